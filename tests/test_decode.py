"""Decoding: every supported encoding and line ending, and a clear error for everything else."""

from __future__ import annotations

import codecs

import pytest

from archive.errors import InputError
from archive.readers.decode import decode

ZH = "昆明：全面加强疫情防控工作\n\n　　1月28日，昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议召开。\n"
TW = ("澎湖重度殘障男子 陳屍馬公水仙宮旁空屋\n\n"
      "澎湖馬公一名50歲領有重度殘障手冊的方姓男子，今早未到醫院洗腎，卻被人發現陳屍。\n")


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


DUMP = ("首頁 > 社會 > 正文\n澎湖重度殘障男子 陳屍馬公水仙宮旁空屋\n2018-02-28 14:31 來源：中央社\n\n"
        "澎湖馬公一名50歲領有重度殘障手冊的方姓男子，今早未到醫院洗腎，卻被人發現陳屍在馬公水仙宮旁的一處廢棄破屋內。\n\n"
        "馬公分局目前已封鎖現場，待檢察官前往相驗，了解真正死因。\n")


@pytest.mark.parametrize(
    ("codec", "bom", "newline", "encoding", "endings"),
    [
        ("big5", b"", "\n", "big5", "lf"),
        ("gb18030", b"", "\r\n", "gb18030", "crlf"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\r", "utf-16", "cr"),
        ("utf-8", codecs.BOM_UTF8, "\n", "utf-8", "lf"),
    ],
    ids=["big5-lf", "gb18030-crlf", "utf-16-cr", "utf-8-bom"],
)
def test_the_decision_is_recorded_in_the_item(codec, bom, newline, encoding, endings):
    from archive.readers.text import read

    data = bom + DUMP.replace("\n", newline).encode(codec)
    item = read(data, filename="tw.txt", created="2020-01-30T00:00:00Z").item
    assert (item.original.encoding, item.original.bom, item.original.line_endings) == (encoding, bool(bom), endings)
    assert item.headline == "澎湖重度殘障男子 陳屍馬公水仙宮旁空屋"
    assert item.published == "2018-02-28T14:31:00+08:00"
    assert len(item.body) == 2
