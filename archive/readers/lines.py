"""Dump lines and the cheap facts about each that every step uses (measured once, at split time).

A dump has one line per block element and sets a ``<p>`` off with blank lines, so whether a line
is *isolated* is the strongest structural signal there is: article paragraphs are isolated,
navigation menus and link lists are runs of lines with no blank between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.readers import patterns

# Closing quotes and brackets that may follow the sentence-final mark: 。” / ." / 。）
_CLOSERS = "”’」』\"')）]】》"
_FINAL_MARKS = frozenset("。！？!?…．.；;")
# Punctuation inside running text: a line with none of it is a title, a label or a link.
_CJK_PUNCT = re.compile(r"[，。！？；：、“”「」]")
_EN_PUNCT = re.compile(r"[a-z0-9][,.;:!?]\s|[.!?][\"”’)]?$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty dump line: its 1-based number in the file, trimmed text, and layout facts."""

    number: int
    text: str
    isolated: bool  # set off by blank lines (or the file's edges): a <p> in the page
    indented: bool = False  # opened with U+3000 / NBSP indentation, as CJK article paragraphs are
    han: int = 0  # Han characters
    words: int = 0  # Latin words
    sentence: bool = False  # ends like a sentence (。！？. …, closing quotes allowed)
    punctuated: bool = False  # has punctuation of running text somewhere

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
    text, indented, han, words, sentence, punctuated = _facts(raw)
    return Line(number, text, isolated, indented, han, words, sentence, punctuated)


# Pages of one site repeat their menus and footers line for line, so the facts of a line are
# remembered by its raw text: an ingest of many pages measures each menu item once.
@lru_cache(maxsize=1 << 16)
def _facts(raw: str) -> tuple[str, bool, int, int, bool, bool]:
    """Return (text, indented, han, words, sentence, punctuated) of a raw dump line."""
    text = raw.strip(patterns.TRIM)
    indented = False
    if raw[:1] in patterns.TRIM:
        lead = raw[: len(raw) - len(raw.lstrip(patterns.TRIM))]
        indented = "\u3000" in lead or lead.count("\u00a0") >= 2
    # Most lines of English pages are ASCII: no Han to count there
    han = 0 if text.isascii() else len(patterns.HAN.findall(text))
    words = len(patterns.LATIN_WORD.findall(text)) if han < len(text) else 0
    sentence = text.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS
    punctuated = bool(_CJK_PUNCT.search(text)) if han >= words else bool(_EN_PUNCT.search(text))
    return text, indented, han, words, sentence, punctuated


def split_lines(text: str) -> list[Line]:
    """Return the non-empty lines of ``text``, trimmed, each marked isolated when set off by blanks."""
    raw = text.split("\n")
    blank = [not r.strip(patterns.TRIM) for r in raw]
    out = []
    for index, content in enumerate(raw):
        if blank[index]:
            continue
        before = index == 0 or blank[index - 1]
        after = index == len(raw) - 1 or blank[index + 1]
        out.append(measure(index + 1, content, before and after))
    return out
