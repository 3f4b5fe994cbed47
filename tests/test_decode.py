"""Decoding: every supported encoding and line ending, and a clear error for everything else."""

from __future__ import annotations

import codecs

import pytest

from archive.errors import InputError
from archive.readers.decode import decode

ZH = "昆明：全面加强疫情防控工作\n\n　　1月28日，昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议召开。\n"
TW = "澎湖重度殘障男子 陳屍馬公水仙宮旁空屋\n\n澎湖馬公一名50歲領有重度殘障手冊的方姓男子，今早未到醫院洗腎，卻被人發現陳屍。\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (ZH.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + ZH.encode("utf-8"), "utf-8", True),
        (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), "utf-16", True),
        (codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), "utf-16", True),
        (ZH.encode("gb18030"), "gb18030", False),
        (TW.encode("big5"), "big5", False),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "big5"],
)
def test_supported_encodings_decode_to_the_same_text(data, encoding, bom):
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.bom is bom
    assert decoded.text in (ZH, TW)


def test_gbk_text_with_a_character_outside_gb2312_is_read_as_gb18030():
    text = ZH + "镕基、喆、堃、昇等字也在其中。\n" * 3
    assert decode(text.encode("gbk")).text == text


@pytest.mark.parametrize(
    ("newline", "name"), [("\n", "lf"), ("\r\n", "crlf"), ("\r", "cr")]
)
def test_line_endings_are_recorded_and_normalised(newline, name):
    decoded = decode(ZH.replace("\n", newline).encode("utf-8"))
    assert decoded.line_endings == name
    assert decoded.text == ZH


def test_mixed_line_endings_are_named_mixed():
    assert decode(b"a title\r\n\nbody text here\n").line_endings == "mixed"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b" \n\r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd broken", "byte-order mark"),
    ],
    ids=["empty", "whitespace", "png", "all-bytes", "bad-after-bom"],
)
def test_unreadable_input_is_one_clear_error(data, words):
    with pytest.raises(InputError) as caught:
        decode(data, file="in.txt")
    assert words in str(caught.value)
    assert str(caught.value).startswith("in.txt")


def test_random_high_bytes_are_refused_not_turned_into_mojibake():
    noise = bytes((i * 97 + 13) % 128 + 128 for i in range(3000))
    try:
        decoded = decode(noise)
    except InputError:
        return
    # If a detector accepts it, it must be a real decoding of those exact bytes (no replacement).
    assert "\ufffd" not in decoded.text
    assert decoded.text.encode(decoded.encoding) == noise
