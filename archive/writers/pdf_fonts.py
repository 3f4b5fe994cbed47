"""Embedded fonts for the PDF writer: one composite (Type 0, Identity-H) font per face used.

reportlab embeds a TrueType font as simple fonts of 256 glyphs each, so a Chinese line that uses
a few thousand distinct characters switches between a dozen of them, one ``Tf`` per switch. Here
each face becomes a single CIDFontType2 subset with two-byte codes, as PDF writers usually embed
CJK fonts: a line is one ``Tj`` per run of one face, the content streams are smaller, and
encoding a run is a dict lookup per character.

Codes (CIDs) are the glyph indices of the subset that reportlab's own ``makeSubset`` builds from
the characters in order of first use (CIDToGIDMap /Identity); :meth:`FontSet.encode` assigns them
the way ``makeSubset`` numbers glyphs, so the two agree by construction. Each font carries a
ToUnicode map (text extraction, search, copy) and the advance widths the layout used.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

from archive.writers.fonts import Face

FF_SYMBOLIC = 1 << 2  # PDF font flag: glyphs outside the standard Latin set
FF_NONSYMBOLIC = 1 << 5


@dataclass(slots=True)
class _Used:
    """What one document uses of a face: its resource name, characters and glyphs in order."""

    resource: str
    chars: list[int] = field(default_factory=list)  # code points in order of first use
    cids: dict[str, str] = field(default_factory=dict)  # character -> four hex digits
    glyph_cid: dict[int, int] = field(default_factory=lambda: {0: 0})  # original glyph -> CID
    first_char: dict[int, int] = field(default_factory=dict)  # CID -> first character drawn with it


class FontSet:
    """The faces one document draws with; call :meth:`add_to` once all pages are drawn."""

    def __init__(self) -> None:
        self._used: dict[str, _Used] = {}
        self._faces: dict[str, Face] = {}

    def resource(self, face: Face) -> str:
        """Return the font resource name (``/FA`` …) of ``face`` in this document."""
        used = self._used.get(face.name)
        if used is None:
            used = self._used[face.name] = _Used(f"/FA{len(self._used) + 1}")
            self._faces[face.name] = face
        return used.resource

    def encode(self, face: Face, text: str) -> str:
        """Return ``text`` as the hex string of its CIDs in ``face`` (without the angle brackets)."""
        used = self._used[face.name]
        cids = used.cids
        codes = list(map(cids.get, text))
        if None in codes:
            for ch in text:
                if ch not in cids:
                    self._assign(face, used, ch)
            codes = list(map(cids.get, text))
        return "".join(codes)  # type: ignore[arg-type]

    @staticmethod
    def _assign(face: Face, used: _Used, ch: str) -> None:
        """Give ``ch`` its CID: the subset glyph index ``makeSubset`` will give its glyph."""
        code = ord(ch)
        glyph = face.glyphs.get(code, 0)
        cid = used.glyph_cid.get(glyph)
        if cid is None:
            cid = used.glyph_cid[glyph] = len(used.glyph_cid)
            used.first_char[cid] = code
        used.chars.append(code)
        used.cids[ch] = f"{cid:04x}"

    def add_to(self, doc: PDFDocument) -> None:
        """Make the font objects of every face used and list them in the document's font resources."""
        fonts = doc.idToObject["BasicFonts"].dict
        for name in sorted(self._used, key=lambda n: self._used[n].resource):
            used = self._used[name]
            fonts[used.resource[1:]] = doc.Reference(_type0(doc, self._faces[name], used))


def _subset_tag(face: Face, chars: list[int]) -> str:
    """Return the six capital letters that name a subset, derived from what it holds (deterministic)."""
    digest = hashlib.sha256(face.name.encode() + b"\0" + ",".join(map(str, chars)).encode()).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


def _widths(face: Face, used: _Used) -> PDFArray:
    """Return the W array: the advance of every CID from 1, in 1/1000 em, as the layout measured them."""
    advances = [0.0] * len(used.glyph_cid)
    for cid, code in used.first_char.items():
        advances[cid] = face.widths.get(code, face.default_width)
    return PDFArray([1, PDFArray([round(a, 2) for a in advances[1:]])])


def _utf16_hex(code: int) -> str:
    """Return a code point as UTF-16BE hex digits (a surrogate pair beyond the BMP)."""
    return chr(code).encode("utf-16-be").hex()


def to_unicode_cmap(used: _Used) -> str:
    """Return the ToUnicode CMap: each CID to the character it was drawn for (100 per block)."""
    pairs = sorted(used.first_char.items())
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    ]
    for start in range(0, len(pairs), 100):
        block = pairs[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{cid:04x}> <{_utf16_hex(code)}>" for cid, code in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _descriptor(doc: PDFDocument, face: Face, base_font: str, program: bytes) -> PDFDictionary:
    """Return the FontDescriptor with the embedded TrueType program (FontFile2)."""
    ttf = face.ttf.face
    font_file = PDFStream(PDFDictionary({"Length1": len(program)}), program, filters=[PDFZCompress])
    return PDFDictionary({
        "Type": PDFName("FontDescriptor"),
        "FontName": PDFName(base_font),
        "Flags": (ttf.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC,
        "FontBBox": PDFArray(ttf.bbox),
        "ItalicAngle": ttf.italicAngle,
        "Ascent": ttf.ascent,
        "Descent": ttf.descent,
        "CapHeight": ttf.capHeight,
        "StemV": ttf.stemV,
        "MissingWidth": ttf.defaultWidth,
        "FontFile2": doc.Reference(font_file),
    })


def _type0(doc: PDFDocument, face: Face, used: _Used) -> PDFDictionary:
    """Return the Type 0 font (Identity-H) over a CIDFontType2 subset of ``face``."""
    base_font = f"{_subset_tag(face, used.chars)}+{face.ttf.face.name.decode('latin-1')}"
    program = face.ttf.face.makeSubset(used.chars)
    cid_font = PDFDictionary({
        "Type": PDFName("Font"),
        "Subtype": PDFName("CIDFontType2"),
        "BaseFont": PDFName(base_font),
        "CIDSystemInfo": PDFDictionary({"Registry": PDFString("Adobe"), "Ordering": PDFString("Identity"),
                                        "Supplement": 0}),
        "FontDescriptor": doc.Reference(_descriptor(doc, face, base_font, program)),
        "DW": 1000,
        "W": _widths(face, used),
        "CIDToGIDMap": PDFName("Identity"),
    })
    cmap = PDFStream(content=to_unicode_cmap(used), filters=[PDFZCompress])
    return PDFDictionary({
        "Type": PDFName("Font"),
        "Subtype": PDFName("Type0"),
        "BaseFont": PDFName(base_font),
        "Encoding": PDFName("Identity-H"),
        "DescendantFonts": PDFArray([doc.Reference(cid_font)]),
        "ToUnicode": doc.Reference(cmap),
    })
