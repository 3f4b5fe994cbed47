"""Bytes to text, safely: find the encoding, refuse binary and undecodable input, record the decision.

Order of evidence, strongest first: a byte-order mark; strict UTF-8 (valid UTF-8 that is
something else is vanishingly rare in news dumps); then charset-normalizer restricted to the
encodings news pages are actually published in. GB2312 and GBK are decoded as GB18030, their
superset, so a rare character outside GB2312 does not turn a whole file into an error.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from archive.errors import InputError
from archive.readers.lazy import Pattern

BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# charset-normalizer's candidates: what Chinese and English news sites publish in.
CANDIDATES = ["gb18030", "big5", "big5hkscs", "utf_16_le", "utf_16_be", "cp1252"]
# Names charset-normalizer may answer with, and the codec (and recorded name) we decode with.
SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5",
            "big5hkscs": "big5hkscs", "cp950": "big5", "cp1252": "cp1252", "windows-1252": "cp1252",
            "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "utf-16-le": "utf-16-le",
            "utf-16-be": "utf-16-be"}
MAX_MESS = 0.2  # charset-normalizer "chaos" above which a decoding is mojibake, not text

# C0 controls other than tab, LF, CR, FF, and DEL: their presence means binary data.
CONTROL = Pattern(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class Decoded(NamedTuple):
    """Text decoded from a file, and how: the codec name, BOM, and the line endings found."""

    text: str  # line endings normalised to "\n", BOM removed
    encoding: str
    bom: bool
    line_endings: str  # "lf", "crlf", "cr", "mixed" or "none"


def line_endings(text: str) -> str:
    """Name the line-ending convention of ``text``: lf, crlf, cr, mixed, or none."""
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, count in (("crlf", crlf), ("cr", cr), ("lf", lf)) if count]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"


def _decode_with(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _detect(data: bytes, file: str | None) -> tuple[str, str]:
    """Return (text, encoding name) for BOM-less, non-UTF-8 bytes, or raise InputError."""
    # Imported here: it costs 20 ms to import, and most dumps are UTF-8 and never need it
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=CANDIDATES).best()
    if match is None or match.chaos > MAX_MESS:
        raise InputError("cannot decode the bytes as text in any supported encoding "
                         "(UTF-8, UTF-16, GB18030/GBK/GB2312, Big5)", file=file,
                         hint="convert the file to UTF-8, or check that it is a text dump")
    codec = SUPERSET.get(match.encoding.lower().replace("-", "_"),
                         SUPERSET.get(match.encoding.lower(), match.encoding))
    text = _decode_with(data, codec)
    if text is None:
        raise InputError(f"the bytes look like {codec} but do not decode as it", file=file)
    return text, codec


def decode(data: bytes, *, file: str | None = None) -> Decoded:
    """Decode a text dump, or raise InputError saying why it is not readable text."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError("the file is empty (nothing but white space)", file=file)
    bom = False
    for mark, codec, name in BOMS:
        if data.startswith(mark):
            text = _decode_with(data[len(mark):], codec)
            if text is None:
                raise InputError(f"the file starts with a {name} byte-order mark but is not valid {name}",
                                 file=file)
            encoding, bom = name, True
            break
    else:
        if b"\x00" in data:
            raise InputError("the file is binary (it contains NUL bytes and no UTF-16 byte-order mark)",
                             file=file, hint="only plain-text dumps can be converted")
        text = _decode_with(data, "utf-8")
        encoding = "utf-8"
        if text is None:
            text, encoding = _detect(data, file)
    control = CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise InputError(f"the file holds a control character U+{ord(control.group()):04X}, so it is "
                         "binary or corrupt, not a text dump", file=file, line=line)
    if not text.strip():
        raise InputError("the file is empty (nothing but white space)", file=file)
    endings = line_endings(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, bom, endings)
