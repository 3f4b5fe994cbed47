"""Dump lines and the cheap facts about each that every step uses (measured once, at split time).

A dump has one line per block element and sets a ``<p>`` off with blank lines, so whether a line
is *isolated* is the strongest structural signal there is: article paragraphs are isolated,
navigation menus and link lists are runs of lines with no blank between them.
"""

from __future__ import annotations

from collections import namedtuple
from itertools import repeat
from operator import add

from archive.readers import patterns
from archive.readers.lazy import Pattern

# Closing quotes and brackets that may follow the sentence-final mark: 。” / ." / 。）
_CLOSERS = "”’」』\"')）]】》"
_FINAL_MARKS = frozenset("。！？!?…．.；;")
# Punctuation inside running text: a line with none of it is a title, a label or a link.
_CJK_PUNCT = Pattern(r"[，。！？；：、“”「」]")
# A letter or digit, then , . ; : ! or ? and a space; or . ! ? closing the line (a closing quote may
# follow). Written to open with the punctuation mark, so re skips to the marks in C instead of
# trying the pattern at every character (tests/test_patterns.py checks it against the plain form).
EN_PUNCT_PLAIN = r"[a-z0-9][,.;:!?]\s|[.!?][\"”’)]?$"
_EN_PUNCT = Pattern(r"[,.;:!?](?:(?<=[a-z0-9][,.;:!?])\s|(?<=[.!?])[\"”’)]?$)")


# The fields of a Line, in order:
#   number      1-based line number in the file
#   text        the line, trimmed
#   isolated    set off by blank lines (or the file's edges): a <p> in the page
#   indented    opened with U+3000 / NBSP indentation, as CJK article paragraphs are
#   han         Han characters
#   words       Latin words
#   sentence    ends like a sentence (。！？. …, closing quotes allowed)
#   punctuated  has punctuation of running text somewhere
_LINE_FIELDS = ("number", "text", "isolated", "indented", "han", "words", "sentence", "punctuated")


class Line(namedtuple("Line", _LINE_FIELDS, defaults=(False, 0, 0, False, False))):
    """One non-empty dump line: its 1-based number in the file, trimmed text, and layout facts.

    A named tuple rather than a frozen dataclass: one is built for every line of every page, and a
    frozen dataclass takes five times as long to build (its __init__ sets each field through
    ``object.__setattr__``). ``collections.namedtuple`` rather than ``typing.NamedTuple``, whose
    module costs 3 ms to import.
    """

    __slots__ = ()
    number: int
    text: str
    isolated: bool
    indented: bool
    han: int
    words: int
    sentence: bool
    punctuated: bool

    @property
    def cjk(self) -> bool:
        """Tell whether the line is mostly Chinese (Han characters outnumber Latin words)."""
        return self.han >= 2 and self.han >= self.words

    @property
    def prose(self) -> bool:
        """Tell whether the line reads as a paragraph of running text, not a title or a link."""
        if self.cjk:
            return self.han >= 20 and (self.sentence or self.punctuated)
        return self.words >= 12 and (self.sentence or self.punctuated)

    @property
    def size(self) -> int:
        """Return the line's length in reading units: Han characters, or Latin words times two."""
        return self.han + 2 * self.words


def measure(number: int, raw: str, isolated: bool) -> Line:
    """Build a Line from a raw dump line (white space around it not yet trimmed)."""
    return _measured([number - 1], [raw], [raw.strip(patterns.TRIM)], [isolated])[0]


def split_lines(text: str) -> list[Line]:
    """Return the non-empty lines of ``text``, trimmed, each marked isolated when set off by blanks."""
    raw = text.split("\n")
    trimmed = [r.strip(patterns.TRIM) for r in raw]
    kept = [index for index, line in enumerate(trimmed) if line]
    last = len(raw) - 1
    isolated = [(i == 0 or not trimmed[i - 1]) and (i == last or not trimmed[i + 1]) for i in kept]
    return _measured(kept, [raw[i] for i in kept], [trimmed[i] for i in kept], isolated)


def _indented(raw: str) -> bool:
    """Tell whether a raw line opens with paragraph indentation (U+3000, or two NBSP or more)."""
    if raw[:1] not in patterns.TRIM:
        return False
    lead = raw[: len(raw) - len(raw.lstrip(patterns.TRIM))]
    return "\u3000" in lead or lead.count("\u00a0") >= 2


# ---------------------------------------------------------------------------------------------
# the measures of a page's lines, taken for all its lines at once
#
# A call of ``re`` costs ~1,500 machine instructions before the engine reads a character, and
# each word it finds costs a string. So Han characters are counted for the whole page at once
# (deleting everything else but line breaks in one pass of ``re.sub``), and Latin words on the page
# encoded as ASCII bytes with every letter made "a" and everything else a space (one pass of
# ``bytes.translate``), where a word of two letters or more opens with " aa": ``bytes.count`` finds
# those, no regular expression needed. No measure spans a line break.

# Everything but Han characters and line breaks, deleted to leave each line's Han characters.
_NOT_HAN = Pattern(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\n]+")
# ASCII letters to "a", line breaks kept, every other byte to a space (applied to the page encoded
# as ASCII with "?" for every other character: one byte per character).
_LETTERS = bytes(ord("a") if chr(c).isascii() and chr(c).isalpha() else c if c == 10 else 32 for c in range(256))


def _measured(indexes: list[int], raw: list[str], texts: list[str], isolated: list[bool]) -> list[Line]:
    """Return the Lines of the non-empty lines ``texts`` (trimmed ``raw``), at ``indexes`` in the file."""
    if not texts:
        return []  # an empty page still splits into one (empty) part
    page = "\n".join(texts)
    han = [0] * len(texts) if page.isascii() else list(map(len, _NOT_HAN.sub("", page).split("\n")))
    spelled = page.encode("ascii", "replace").translate(_LETTERS).split(b"\n")
    # LATIN_WORD's runs of two letters or more: " aa" inside the line, "aa" at its start
    words = list(map(add, map(bytes.count, spelled, repeat(b" aa")), map(bytes.startswith, spelled, repeat(b"aa"))))
    sentence = [text.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS for text in texts]
    punctuated = [bool(_CJK_PUNCT.search(text) if h >= w else _EN_PUNCT.search(text))
                  for text, h, w in zip(texts, han, words, strict=True)]
    # Each column is made in one pass, and the Lines by tuple.__new__ (what namedtuple's _make
    # calls) from C: a Python call per line to build it cost a fifth of splitting a page.
    numbers = [index + 1 for index in indexes]
    # (a line strip() left whole is the same object: it has no white space to open with)
    indented = [line is not text and line[:1] in patterns.TRIM and _indented(line)
                for line, text in zip(raw, texts, strict=True)]
    columns = zip(numbers, texts, isolated, indented, han, words, sentence, punctuated, strict=True)
    return list(map(tuple.__new__, repeat(Line), columns))
