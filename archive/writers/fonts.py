"""Fonts for the PDF writer: which files, which face sets which character, and glyph advances.

Every face is a TrueType-outline file from the pinned Debian packages ``.ci/setup`` installs (a
``.ttc`` collection by subfont index): reportlab parses it (``TTFont``), which also makes it a
valid initial font for the canvas, and ``pdf_fonts`` embeds the subset a document uses. Faces are
loaded and registered once per process, on first use, and each face's advances come from its
``hmtx`` table once; a :class:`Setter` then answers, for one role (body or heading) and one
language, which face draws each character and how wide it is, caching every answer.

Chinese is set in a Ming/Song face (AR PL UMing, in its mainland, Taiwan or Hong Kong variant by
the item's language: they differ in where the punctuation sits) for the body and a Hei face
(WenQuanYi Micro Hei) for headings; Latin letters and digits in Liberation Serif, or Liberation
Sans for headings. DejaVu is the fallback before a character is reported as having no glyph.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from itertools import compress
from operator import is_not, itemgetter

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from archive.errors import ExportError
from archive.writers import fontcache


@dataclass(frozen=True, slots=True)
class FontFile:
    """One TrueType face on disk, the name reportlab knows it by, and the package that installs it."""

    pdf_name: str
    path: str
    subfont: int
    package: str


_TT = "/usr/share/fonts/truetype"
FONT_FILES: dict[str, FontFile] = {
    "ming-cn": FontFile("ARPLUMingCN", f"{_TT}/arphic/uming.ttc", 0, "fonts-arphic-uming"),
    "ming-hk": FontFile("ARPLUMingHK", f"{_TT}/arphic/uming.ttc", 1, "fonts-arphic-uming"),
    "ming-tw": FontFile("ARPLUMingTW", f"{_TT}/arphic/uming.ttc", 2, "fonts-arphic-uming"),
    "hei": FontFile("WenQuanYiMicroHei", f"{_TT}/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei"),
    "serif": FontFile("LiberationSerif", f"{_TT}/liberation2/LiberationSerif-Regular.ttf", 0,
                      "fonts-liberation2"),
    "sans-bold": FontFile("LiberationSans-Bold", f"{_TT}/liberation2/LiberationSans-Bold.ttf", 0,
                          "fonts-liberation2"),
    "dejavu-serif": FontFile("DejaVuSerif", f"{_TT}/dejavu/DejaVuSerif.ttf", 0, "fonts-dejavu-core"),
    "dejavu-sans": FontFile("DejaVuSans", f"{_TT}/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core"),
}

# The UMing variant by BCP 47 language tag: Taiwan and Hong Kong centre their punctuation in
# the em box, the mainland sets it low on the left.
MING_BY_LANGUAGE: dict[str, str] = {
    "zh-tw": "ming-tw", "zh-hant": "ming-tw", "zh-hant-tw": "ming-tw",
    "zh-hk": "ming-hk", "zh-mo": "ming-hk", "zh-hant-hk": "ming-hk",
}

# The face that draws U+FFFD where no configured face has a character's glyph.
REPLACEMENT_FACE = "dejavu-sans"
REPLACEMENT = "\ufffd"
# Stands in ``Shaped.drawn`` for an invisible control or format character (ZWJ, BOM, NUL): it takes
# no room and is left out of what is drawn, since a face without it would draw a .notdef box.
INVISIBLE = "\x00"


class Script(Enum):
    """Which font stack sets a character."""

    HAN = "han"  # ideographs, kana, CJK punctuation and full-width forms
    LATIN = "latin"  # letters and digits of alphabetic scripts, and everything else
    NEUTRAL = "neutral"  # spaces and ASCII punctuation: set like the character before them


# Font stacks: for each role and script, the faces tried in order; the first with the glyph wins.
# "ming" stands for the UMing variant of the item's language.
STACKS: dict[tuple[str, Script], tuple[str, ...]] = {
    ("body", Script.HAN): ("ming", "hei", "dejavu-serif", "dejavu-sans"),
    ("body", Script.LATIN): ("serif", "dejavu-serif", "dejavu-sans", "ming", "hei"),
    ("heading", Script.HAN): ("hei", "ming", "dejavu-sans"),
    ("heading", Script.LATIN): ("sans-bold", "dejavu-sans", "hei", "ming"),
}

# Punctuation shared by Chinese and English text: “ ” ‘ ’ — … · are full-width in a Chinese
# font and narrow in a Latin one, so the item's language decides (“感染” vs “hopes”).
AMBIGUOUS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2018\u2019\u201c\u201d\u2025\u2026\u2027"
                      "\u00b7\u00d7\u00f7\u2030\u2032\u2033\u203b\u2103")

# Code point ranges set in the CJK stack whatever the language.
_HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x2FF0, 0x303F), (0x3040, 0x31FF), (0x3200, 0x4DBF),
    (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7AF), (0xF900, 0xFAFF), (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)


def script_of(ch: str, cjk_text: bool) -> Script:
    """Return the stack that sets ``ch`` in a text whose language is CJK or not."""
    cp = ord(ch)
    if cp < 0x80:
        # "1月28日," keeps the CJK comma width; "Reuters) -" the Latin one.
        return Script.LATIN if ch.isalnum() else Script.NEUTRAL
    if ch in AMBIGUOUS:
        return Script.HAN if cjk_text else Script.LATIN
    for low, high in _HAN_RANGES:
        if low <= cp <= high:
            return Script.HAN
    if unicodedata.category(ch)[0] in "ZMC":
        return Script.NEUTRAL  # spaces, combining marks and controls follow their neighbours
    return Script.LATIN


def is_cjk_language(language: str) -> bool:
    """Say whether ``language`` (BCP 47) is written in Han characters (zh, ja, ko and their tags)."""
    return language.lower().split("-")[0] in {"zh", "ja", "ko", "yue", "cmn", "lzh", "wuu", "hak", "nan"}


@dataclass(frozen=True, slots=True, eq=False)
class Face:
    """A registered TrueType face: its reportlab name, glyph coverage and advances (1/1000 em)."""

    key: str
    name: str
    glyphs: dict[int, int] = field(repr=False)
    widths: dict[int, float] = field(repr=False)
    default_width: float = field(repr=False)
    ttf: TTFont = field(repr=False)  # reportlab's font: parsed tables, and the subsetter used to embed

    def __reduce__(self) -> tuple[object, tuple[str]]:
        """Pickle as its key: a layout made in a worker names faces this process has loaded too."""
        return face, (self.key,)

    def covers(self, ch: str) -> bool:
        """Say whether the face has a glyph for ``ch`` (reportlab would draw .notdef otherwise)."""
        return ord(ch) in self.glyphs

    def advance(self, ch: str) -> float:
        """Return the advance width of ``ch`` in em."""
        return self.widths.get(ord(ch), self.default_width) / 1000.0


@functools.cache
def _file_bytes(path: str) -> bytes:
    """Return a font file's bytes, read once: the UMing variants are three faces of one 21 MB file."""
    with open(path, "rb") as handle:
        return handle.read()


class _FontBytes:
    """A file object for reportlab's font parser that hands over the shared bytes without a copy.

    reportlab keeps each face's whole file in memory (it subsets from it); reading the collection
    through this keeps one copy for all its faces instead of one per face.
    """

    def __init__(self, path: str) -> None:
        self.name = path

    def read(self) -> bytes:
        return _file_bytes(self.name)


@functools.cache
def face(key: str) -> Face:
    """Load and register the face ``key`` of FONT_FILES, once per process.

    Raises ExportError naming the Debian package when the file is missing or unreadable, since
    a PDF without its fonts cannot be made.
    """
    spec = FONT_FILES[key]
    if not os.path.exists(spec.path):
        raise ExportError(f"font file {spec.path} is missing",
                          hint=f"install the Debian package {spec.package} (see .ci/setup)")
    try:
        font = fontcache.load(spec.pdf_name, _FontBytes(spec.path), spec.subfont)
    except (TTFError, OSError) as error:
        raise ExportError(f"cannot read font {spec.path}: {error}",
                          hint=f"reinstall the Debian package {spec.package}") from None
    pdfmetrics.registerFont(font)
    return Face(key, spec.pdf_name, font.face.charToGlyph, font.face.charWidths, font.face.defaultWidth, font)


def ming_key(language: str) -> str:
    """Return the UMing variant for ``language``: Taiwan, Hong Kong, or the mainland (the default)."""
    return MING_BY_LANGUAGE.get(language.lower(), "ming-cn")


@dataclass(frozen=True, slots=True)
class Shaped:
    """A text measured for one setter: what is drawn, in which face, how wide (em) each character is.

    ``drawn`` has one character per character of the text: the same, U+FFFD where no face has
    the glyph, or INVISIBLE for control and format characters. ``missing`` lists the characters
    drawn as U+FFFD once each, in order of first appearance. ``changes`` are the indices where
    the face differs from the one before, so a line splits into runs without a pass per character.
    """

    drawn: str
    faces: list[Face]
    advances: list[float]
    missing: tuple[str, ...]
    changes: list[int]


# What a Setter knows about one character: its face, its advance in em, what to draw instead of
# it (None: itself), and the script it was set in (the context for a neutral character after it).
Entry = tuple[Face, float, str | None, Script]


class Setter:
    """Sets text for one role ("body" or "heading") in one language: a face and an advance per character.

    Answers are cached per character, so a document of a million characters looks each character
    up in a dict once rather than walking the font stack every time; only neutral characters
    (spaces, ASCII punctuation), whose face depends on their neighbours, take a slower path.
    """

    def __init__(self, role: str, language: str) -> None:
        self.cjk = is_cjk_language(language)
        ming = ming_key(language)
        self._stacks = {script: tuple(ming if key == "ming" else key for key in STACKS[(role, script)])
                        for script in (Script.HAN, Script.LATIN)}
        self._default = Script.HAN if self.cjk else Script.LATIN
        self._fixed: dict[str, Entry] = {}  # characters whose face does not depend on context
        self._neutral: dict[Script, dict[str, Entry]] = {Script.HAN: {}, Script.LATIN: {}}
        self._special: set[str] = set()  # characters drawn as something else (U+FFFD, nothing)
        self._scripts: dict[str, Script] = {}

    def script(self, ch: str) -> Script:
        """Return the script of ``ch`` in this setter's language, cached.

        In a Latin-script language a neutral character is Latin: the context rule is for CJK
        text, where "1月28日," and "Reuters) -" both occur; this keeps English off the slow path.
        """
        found = self._scripts.get(ch)
        if found is None:
            found = script_of(ch, self.cjk)
            if found is Script.NEUTRAL and not self.cjk:
                found = Script.LATIN
            self._scripts[ch] = found
        return found

    @property
    def base(self) -> Face:
        """Return the first face of the language's own stack."""
        return face(self._stacks[self._default][0])

    def _choose(self, script: Script, ch: str) -> Entry:
        """Return the entry for ``ch`` set from the stack of ``script``."""
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            self._special.add(ch)
            return face(self._stacks[script][0]), 0.0, INVISIBLE, script
        for key in self._stacks[script]:
            candidate = face(key)
            if candidate.covers(ch):
                return candidate, candidate.advance(ch), None, script
        self._special.add(ch)
        replacement = face(REPLACEMENT_FACE)
        return replacement, replacement.advance(REPLACEMENT), REPLACEMENT, script

    def _resolve(self, text: str, entries: list[Entry | None]) -> None:
        """Fill the entries the cache did not have: new characters, and neutral ones from context.

        A neutral character takes the script of the character before it, or at the start of the
        text that of the first character after it that has one. Only the missing entries are
        visited (``list.index`` finds them at C speed): English text has a space every few letters.
        """
        lead = self._default
        for index, ch in enumerate(text):
            entry = entries[index]
            if entry is not None:
                lead = entry[3]
                break
            script = self.script(ch)
            if script is not Script.NEUTRAL:
                lead = script
                break
        index = -1
        while True:
            try:
                index = entries.index(None, index + 1)
            except ValueError:
                return
            ch = text[index]
            script = self.script(ch)
            if script is Script.NEUTRAL:
                previous = entries[index - 1] if index else None
                current = previous[3] if previous is not None else lead
                table = self._neutral[current]
                entry = table.get(ch)
                if entry is None:
                    entry = table[ch] = self._choose(current, ch)
            else:
                entry = self._fixed[ch] = self._choose(script, ch)
            entries[index] = entry

    def shape(self, text: str) -> Shaped:
        """Return the face and advance of each character of ``text``."""
        entries: list[Entry | None] = list(map(self._fixed.get, text))
        if None in entries:
            self._resolve(text, entries)
        done: list[Entry] = entries  # type: ignore[assignment]
        faces = list(map(_FACE, done))
        advances = list(map(_ADVANCE, done))
        changes: list[int] = []
        if len(faces) > 1 and len(set(faces)) > 1:
            changes = list(compress(range(1, len(faces)), map(is_not, faces[1:], faces[:-1])))
        drawn, missing = text, ()
        if self._special and not self._special.isdisjoint(text):
            drawn = "".join(entry[2] or ch for entry, ch in zip(done, text, strict=True))
            missing = tuple(dict.fromkeys(ch for entry, ch in zip(done, text, strict=True)
                                          if entry[2] == REPLACEMENT and ch != REPLACEMENT))
        return Shaped(drawn, faces, advances, missing, changes)


_FACE = itemgetter(0)
_ADVANCE = itemgetter(1)


@functools.cache
def setter(role: str, language: str) -> Setter:
    """Return the shared Setter for ``role`` and ``language`` (its caches live for the process)."""
    return Setter(role, language)
