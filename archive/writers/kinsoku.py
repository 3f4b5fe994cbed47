"""Line breaking by the Chinese rules (禁则, kinsoku): where a line may break, and greedy filling.

Pure functions on text and glyph advances, no fonts and no PDF: the PDF writer measures each
character in the font it will be set in and hands the advances here, and tests count violations on
the very lines this module returns.

The rules, as data below with an example each:

- a closing mark (，。、；：？！”’）》〉」』】…— and their half-width counterparts) never starts a line;
- an opening mark (“‘（《〈「『【 and half-width ( [ {) never ends a line;
- Han characters may break between any two of them; Latin words and numbers break only at spaces
  (and after a hyphen before a letter), so "COVID-19" or "www.12306.cn" stay whole where they fit.

Where a break is forbidden, the whole unbreakable cluster moves to the next line (push-out,
追い出し); the writer then justifies the shorter line by spreading the slack between characters.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate
from typing import NamedTuple


class Kind(Enum):
    """How a character behaves at a line break (a small subset of UAX #14's classes)."""

    IDEOGRAPHIC = "ID"  # Han, kana, full-width letters: a break is allowed on either side
    ALPHABETIC = "AL"  # Latin letters, digits, most symbols: no break inside a word
    SPACE = "SP"  # a break after it; it disappears at the end of a line
    CLOSE = "CL"  # full-width closing punctuation: no break before it
    CLOSE_HALF = "CH"  # half-width closing punctuation: no break before; after it only before CJK
    OPEN = "OP"  # full-width opening punctuation: no break after it
    OPEN_HALF = "OH"  # half-width opening punctuation: no break after; before it only after CJK
    QUOTE = "QU"  # ASCII quotes, open or close unknown: glued to their non-space neighbours
    HYPHEN = "HY"  # a break after it when a letter follows ("long-|term"), never before it
    GLUE = "GL"  # no break on either side (NBSP, word joiner, the middle dot of 阿卜杜勒·哈米德)
    COMBINING = "CM"  # accents, variation selectors, ZWJ: never separated from the character before


@dataclass(frozen=True, slots=True)
class CharClass:
    """A set of characters that share a line-breaking rule, with an example a reviewer can check.

    ``example`` is a text with ``|`` where the rule forbids (or, for spaces and hyphens, allows)
    a break.
    """

    kind: Kind
    chars: str
    example: str
    why: str


# Closing marks that must not start a line (行首禁则). The dashes and the ellipsis are written
# doubled in Chinese (——, ……) and are never split from what precedes them.
NO_START_CLASSES: tuple[CharClass, ...] = (
    CharClass(Kind.CLOSE, "，。、；：？！", "会议召开|，对全市", "sentence and clause punctuation"),
    CharClass(Kind.CLOSE, "”’）》〉」』】〕〗〙〛］｝", "“感染|”的肺炎", "closing quotes and brackets"),
    CharClass(Kind.CLOSE, "…‥—―", "他说|……", "ellipsis and dashes, each written doubled"),
    CharClass(Kind.CLOSE, "％‰℃°′″々〻", "增长50|％", "units and iteration marks bind to what precedes"),
    CharClass(Kind.CLOSE, "｡､｣", "ｱｲｳ|｡", "half-width CJK punctuation"),
    CharClass(Kind.CLOSE_HALF, ",.;:?!)]}%", "Sensex ended flat|.", "ASCII punctuation in mixed text"),
)

# Opening marks that must not end a line (行尾禁则).
NO_END_CLASSES: tuple[CharClass, ...] = (
    CharClass(Kind.OPEN, "“‘（《〈「『【〔〖〘〚［｛｢", "请通过“|铁路12306”", "opening quotes and brackets"),
    CharClass(Kind.OPEN_HALF, "([{", "官方网站(|www.12306.cn)", "ASCII brackets in mixed text"),
)

OTHER_CLASSES: tuple[CharClass, ...] = (
    CharClass(Kind.SPACE, " \t\u3000", "ended flat |on Tuesday", "a break after spaces is allowed"),
    CharClass(Kind.QUOTE, "\"'", "60万\"12306账号|\"外泄", "ASCII quotes may open or close"),
    CharClass(Kind.HYPHEN, "-\u2010", "long-|term", "a break after a hyphen before a letter is allowed"),
    CharClass(Kind.GLUE, "\u00a0\u2060\u202f\ufeff·‧・", "阿卜杜勒|·哈米德", "joiners and name separators"),
    CharClass(Kind.COMBINING, "\u200c\u200d", "👩|\u200d💻", "joiners inside one visible character"),
)

CHAR_CLASSES: tuple[CharClass, ...] = NO_START_CLASSES + NO_END_CLASSES + OTHER_CLASSES

NO_START: frozenset[str] = frozenset("".join(c.chars for c in NO_START_CLASSES))
NO_END: frozenset[str] = frozenset("".join(c.chars for c in NO_END_CLASSES))

# Code point ranges set as ideographs: a break is allowed between any two of them.
_IDEOGRAPHIC_RANGES: tuple[tuple[int, int], ...] = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x2FF0, 0x303F),  # ideographic description, CJK symbols and punctuation
    (0x3040, 0x31FF),  # kana, bopomofo, Hangul compatibility, kanbun, CJK strokes
    (0x3200, 0x4DBF),  # enclosed CJK, compatibility, extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width and half-width forms
    (0x1F000, 0x1FAFF),  # emoji and pictographs: UAX #14 breaks around them as around ideographs
    (0x20000, 0x3FFFF),  # CJK extensions B and later
)

# Every character's kind, filled on first sight: looking one up is then a single dict access,
# which matters at a million characters a document.
_KINDS: dict[str, Kind] = {ch: c.kind for c in CHAR_CLASSES for ch in c.chars}


def _classify(ch: str) -> Kind:
    """Return the kind of a character the tables do not name, from its code point and category."""
    cp = ord(ch)
    for low, high in _IDEOGRAPHIC_RANGES:
        if low <= cp <= high:
            return Kind.IDEOGRAPHIC
    category = unicodedata.category(ch)
    if category == "Zs":
        return Kind.SPACE
    if category.startswith("M") or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return Kind.COMBINING
    return Kind.ALPHABETIC


def kind(ch: str) -> Kind:
    """Return how ``ch`` behaves at a line break."""
    found = _KINDS.get(ch)
    if found is None:
        found = _KINDS[ch] = _classify(ch)
    return found


# Pairs (before, after) of kinds between which a line may break. Every pair absent here is a
# forbidden break; spaces, hyphens and combining marks have their own rules in ``_allows``.
# Each value is an example with the allowed break marked "|".
BREAK_PAIRS: dict[tuple[Kind, Kind], str] = {
    (Kind.IDEOGRAPHIC, Kind.IDEOGRAPHIC): "会议|召开",
    (Kind.IDEOGRAPHIC, Kind.ALPHABETIC): "通讯员|COVID",
    (Kind.ALPHABETIC, Kind.IDEOGRAPHIC): "60|万",
    (Kind.IDEOGRAPHIC, Kind.OPEN): "请通过|“铁路12306”",
    (Kind.IDEOGRAPHIC, Kind.OPEN_HALF): "网站|(www",
    (Kind.ALPHABETIC, Kind.OPEN): "12306|“账号”",
    (Kind.CLOSE, Kind.IDEOGRAPHIC): "召开，|对全市",
    (Kind.CLOSE, Kind.ALPHABETIC): "防控。|COVID-19",
    (Kind.CLOSE, Kind.OPEN): "，|“铁路”",
    (Kind.CLOSE, Kind.OPEN_HALF): "，|(记者",
    (Kind.CLOSE_HALF, Kind.IDEOGRAPHIC): "28日,|昆明市",
    (Kind.CLOSE_HALF, Kind.OPEN): "flat.|“Asian”",
}


def _allows(text: str, kinds: Sequence[Kind], i: int) -> bool:
    """Say whether a line may break between ``text[i-1]`` and ``text[i]``."""
    before, after = kinds[i - 1], kinds[i]
    if after is Kind.COMBINING:
        return False
    if before is Kind.COMBINING:
        j = i - 1
        while j > 0 and kinds[j] is Kind.COMBINING:
            j -= 1
        before = kinds[j]
    if before is Kind.SPACE:
        # After spaces anything may start a line except closing marks (a stray "他说 ，").
        return after not in (Kind.CLOSE, Kind.CLOSE_HALF, Kind.SPACE)
    if after is Kind.SPACE:
        return False  # break after the whole space run, so spaces end the line and vanish there
    if before is Kind.HYPHEN:
        # "long-|term" and "COVID-|肺炎", but not "COVID-|19" nor " -|5"
        return text[i].isalpha() and i >= 2 and text[i - 2].isalpha()
    if text[i - 1] == "’" and after is Kind.ALPHABETIC and i >= 2 and kinds[i - 2] is Kind.ALPHABETIC:
        return False  # an apostrophe inside a word: government’|s
    return (before, after) in BREAK_PAIRS


# The same rules as a table, for speed: _PAIR_TABLE[before][after] is 0 (no break), 1 (break) or
# 2 (ask ``_allows``, which looks at the characters around). Built from ``_allows`` itself, so
# the two cannot disagree.
_KIND_LIST = list(Kind)
_CONTEXTUAL = {Kind.COMBINING, Kind.HYPHEN}


def _table_entry(before: Kind, after: Kind) -> int:
    """Return 0, 1 or 2 for a pair of kinds (2: the answer depends on the characters around)."""
    if before in _CONTEXTUAL or (before is Kind.CLOSE and after is Kind.ALPHABETIC):
        return 2
    return int(_allows("xx", [before, after], 1))


_PAIR_TABLE: list[list[int]] = [[_table_entry(b, a) for a in _KIND_LIST] for b in _KIND_LIST]
_CODES: dict[str, int] = {}  # character -> index of its kind in _KIND_LIST, filled on first sight


def _code(ch: str) -> int:
    """Return the index of ``ch``'s kind, caching it."""
    code = _CODES[ch] = _KIND_LIST.index(kind(ch))
    return code


def break_opportunities(text: str) -> list[int]:
    """Return the indices ``i`` (0 < i < len) where a line may start with ``text[i]``."""
    codes_get = _CODES.get
    codes = [codes_get(ch) for ch in text]
    if None in codes:
        codes = [c if c is not None else _code(ch) for c, ch in zip(codes, text, strict=True)]
    table = _PAIR_TABLE
    found: list[int] = []
    kinds: list[Kind] | None = None
    for i in range(1, len(codes)):
        verdict = table[codes[i - 1]][codes[i]]
        if verdict == 2:
            if kinds is None:
                kinds = [_KIND_LIST[c] for c in codes]  # type: ignore[index]
            verdict = _allows(text, kinds, i)
        if verdict:
            found.append(i)
    return found


class Span(NamedTuple):
    """One line: ``text[start:end]`` is what is drawn (no trailing spaces), ``width`` its advance."""

    start: int
    end: int
    width: float


_EPSILON = 1e-6  # advances are sums of floats: a line that fits exactly must not overflow


def _strip_end(text: str, start: int, end: int) -> int:
    """Return ``end`` moved back over the spaces that end ``text[start:end]``."""
    while end > start and kind(text[end - 1]) is Kind.SPACE:
        end -= 1
    return end


def _forbidden_at(text: str, i: int) -> bool:
    """Say whether a forced cut before ``text[i]`` would break a kinsoku rule."""
    return text[i] in NO_START or text[i - 1] in NO_END


def _emergency_cut(text: str, prefix: Sequence[float], start: int, end: int, room: float) -> int:
    """Return where to cut ``text[start:end]``, an unbreakable cluster wider than a whole line.

    Only over-long words (a URL, a long number, a run of closing marks) get here. The cut is the
    last place that fits (at least one character), moved back off kinsoku-forbidden places while
    the line keeps a character.
    """
    limit = prefix[start] + room + _EPSILON
    cut = max(start + 1, bisect_right(prefix, limit, start, end + 1) - 1)
    if cut >= end:
        return end
    best = cut
    while best > start + 1 and _forbidden_at(text, best):
        best -= 1
    return cut if _forbidden_at(text, best) else best


def break_lines(text: str, advances: Sequence[float], width: float, first_indent: float = 0.0) -> list[Span]:
    """Break ``text`` into lines no wider than ``width``, greedily, by the rules above.

    ``advances[i]`` is the width of ``text[i]`` in the units of ``width``; the first line is
    ``first_indent`` narrower (the two-character indent of Chinese paragraphs). Spaces at a break
    are dropped from both lines. A cluster wider than a line is cut, at an allowed place if any.

    Greedy filling is what readers of Chinese expect (lines are justified by spacing characters,
    which needs no look-ahead to look even). Each line takes the farthest break that fits, found
    by bisection over prefix sums, so the cost per line is logarithmic, not per character.
    """
    if len(advances) != len(text):
        raise ValueError(f"one advance per character is needed: {len(advances)} for {len(text)}")
    size = len(text)
    prefix = list(accumulate(advances, initial=0.0))
    if prefix[-1] <= width - first_indent + _EPSILON:
        # The whole paragraph fits on its first line (most headers, credits, short paragraphs).
        end = _strip_end(text, 0, size)
        return [Span(0, end, prefix[end])]
    candidates = [*break_opportunities(text), size]
    lines: list[Span] = []
    start, first, room = 0, 0, width - first_indent
    while start < size:
        limit = prefix[start] + room + _EPSILON
        low, high = first, len(candidates)
        while low < high:  # the first candidate whose line (without trailing spaces) does not fit
            middle = (low + high) // 2
            if prefix[_strip_end(text, start, candidates[middle])] <= limit:
                low = middle + 1
            else:
                high = middle
        if low > first:
            stop = candidates[low - 1]
            end = _strip_end(text, start, stop)
            lines.append(Span(start, end, prefix[end] - prefix[start]))
            start, first = stop, low
        else:
            stop = candidates[first]
            end = _strip_end(text, start, stop)
            cut = _emergency_cut(text, prefix, start, end, room)
            lines.append(Span(start, cut, prefix[cut] - prefix[start]))
            if cut >= end:
                start, first = stop, first + 1
            else:
                start = cut
        room = width
    if not lines:
        lines.append(Span(0, 0, 0.0))
    return lines


def violations(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Return (line index, reason) for each break between ``lines`` that breaks a kinsoku rule.

    ``lines`` are the lines of one paragraph. A break is bad when the line after it starts with a
    closing mark or the line before it ends with an opening mark; a paragraph's own first and last
    characters are not breaks, so they are not counted.
    """
    found: list[tuple[int, str]] = []
    for index in range(1, len(lines)):
        before, after = lines[index - 1], lines[index]
        if after and after[0] in NO_START:
            found.append((index, f"line starts with {after[0]!r}"))
        if before and before[-1] in NO_END:
            found.append((index - 1, f"line ends with {before[-1]!r}"))
    return found
