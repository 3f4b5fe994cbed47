"""The article body: which dump lines are paragraphs of the story, first to last.

Three passes, each linear in the number of lines:

1. ``classify`` gives every line a kind (running text, a short sentence, a caption, a credit,
   page furniture, a hard stop such as 责任编辑 …).
2. ``core`` finds the densest run of running text: the maximum-sum segment of per-line scores
   (Kadane), where paragraphs score by their length and furniture, menus and stops cost. Link
   lists and menus are runs of short lines without blank lines between them, so they cost.
3. ``extend`` widens the core to short paragraphs next to it (a lead quote, a closing line), and
   ``paragraphs`` keeps the lines that are article text, dropping captions, credits, markers of
   live formats and link boxes inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum
from functools import lru_cache

from archive.readers import english, patterns
from archive.readers.lines import Line, measure


class Kind(Enum):
    """What a dump line is, as far as the body is concerned."""

    TEXT = "text"  # running text: a paragraph
    SENTENCE = "sentence"  # a short line that ends like a sentence: a quote, a short paragraph
    SHORT = "short"  # a short <p> without final punctuation: a subhead, a poem line
    NAV = "nav"  # a short line inside a run of lines: a menu, a link list
    DATE = "date"  # a short line holding a date
    CAPTION = "caption"  # a photo or video caption or credit
    CREDIT = "credit"  # a byline or credit line
    MARKER = "marker"  # a live-format time stamp, a separator, a bare number
    JUNK = "junk"  # page furniture: share bars, promotions, licences
    STOP = "stop"  # a line that closes the article: editor credit, pager, related links, copyright


# Per-kind scores for the core search; TEXT scores by its length instead.
SCORES = {Kind.SENTENCE: 0.3, Kind.SHORT: -0.3, Kind.NAV: -1.5, Kind.DATE: -3.0, Kind.CAPTION: -2.0,
          Kind.CREDIT: -3.0, Kind.MARKER: -0.5, Kind.JUNK: -3.0, Kind.STOP: -20.0}
TEXT_CAP = 150  # reading units (Han characters, or Latin words x2) beyond which a paragraph scores no more
TEXT_UNIT = 15.0
_SHORT_SIZE = 160  # boilerplate markers are trusted on lines up to this size only
_URL = re.compile(r"^(?:https?://|www\.)\S+$")
# Characters one of which every caption ending (CAPTION_END) holds, but for "… Getty Images".
_CAPTION_HINTS = frozenset("图圖照翻:/)）")
_PHOTO_ENDINGS = ("摄", "攝", "摄)", "攝)", "摄）", "攝）")
# Whole-line furniture, anchored at the start, as one pattern so a line costs one match: a menu
# word alone, an address, a source note, a 原标题 line, a section label.
_FURNITURE_START = re.compile("|".join(f"(?:{p.pattern})" for p in (
    patterns.NAV_WORDS, _URL, patterns.SOURCE_NOTE, patterns.ORIGINAL_HEADLINE, patterns.SECTION_LABEL)),
    re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a quick filter before DATEISH, which is case-insensitive
# A cheap test for a date (a year with month, or a month name with day and year); the exact
# parse is left to ``dates`` and done only on the few lines near the headline.
DATEISH = re.compile(
    r"(?:19|20)\d{2}\s?(?:年\s?\d{1,2}\s?月|[-/.]\s?\d{1,2}\s?[-/.]|\s\d{1,2}\s?/)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}|"
    r"\b\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s(?:19|20)\d{2}",
    re.IGNORECASE)


def is_credit(line: Line) -> bool:
    """Tell whether a line is a byline or credit standing on its own (not article text)."""
    text = line.text
    if line.cjk:
        if len(text) > 40:
            return False
        report = patterns.TW_REPORT.match(text)
        return bool(patterns.BYLINE_LINE.match(text) or patterns.BYLINE_WEN.match(text)
                    or (report and report.end() >= len(text) - 1))
    if line.words > 40:
        return False
    lowered = text.lower()
    # Cheap substring tests first: these patterns are tried on few lines
    if " by " in lowered and patterns.CREDIT_LINE.match(text):
        return True
    if "contributed" in lowered and patterns.CONTRIBUTED.match(text):
        return True
    if len(text) <= 40 and patterns.WIRE_LINE.match(text):
        return True
    if line.words > 20 or "by " not in lowered:
        return False
    by = patterns.BY_LINE.match(text)
    if by is None:
        return False
    return bool(english.parse_by_line(text)[0]) or bool(patterns.DESK_WORDS.search(by.group("names")))


def is_caption(text: str) -> bool:
    """Tell whether a line is a photo caption or credit, by how it opens or how it ends."""
    if patterns.CAPTION_START.match(text):
        return True
    if text.endswith(_PHOTO_ENDINGS):
        return bool(patterns.PHOTO_CREDIT.search(text[-24:]))
    tail = text[-patterns.CAPTION_TAIL:]
    # Only lines that end the way a caption ends are searched: the search is the costly part
    if _CAPTION_HINTS.isdisjoint(tail) and not tail.endswith("Getty Images"):
        return False
    return bool(patterns.CAPTION_END.search(tail))


def is_stop(line: Line) -> bool:
    """Tell whether a line closes the article (English stop words only on short lines)."""
    return (line.cjk or line.words <= 8) and bool(patterns.BODY_STOP.match(line.text))


def is_short(line: Line) -> bool:
    """Tell whether a line is as short as a button or a menu item (widget patterns hold only there)."""
    return line.words <= 8 and line.han <= 24


def is_junk(line: Line) -> bool:
    """Tell whether a line is page furniture: a widget, a promotion, an address, a licence."""
    text = line.text
    return bool(
        (is_short(line) and patterns.WIDGET.match(text))
        or (line.size <= _SHORT_SIZE and (text.endswith(patterns.BOILERPLATE_ENDINGS)
                                          or patterns.BOILERPLATE.search(text)))
        or _FURNITURE_START.match(text)
    )


def classify(line: Line) -> Kind:
    """Return the kind of one line (looked at alone; its neighbours only through ``isolated``)."""
    text = line.text
    if len(text) <= 24 and patterns.MARKER.fullmatch(text):
        return Kind.MARKER
    if is_stop(line):
        return Kind.STOP
    if len(text) <= 12 and (patterns.NAV_WORDS.match(text) or patterns.WIDGET.match(text)):
        return Kind.JUNK  # the many menu items and buttons, answered before the costlier tests
    if is_credit(line):
        return Kind.CREDIT
    if is_caption(text):
        return Kind.CAPTION
    if is_junk(line):
        return Kind.JUNK
    if (line.size <= 40 or len(text) <= 60) and _YEAR.search(text) and DATEISH.search(text):
        return Kind.DATE
    if line.prose:
        return Kind.TEXT
    if line.sentence and (line.words >= 3 or line.han >= 4):
        return Kind.SENTENCE
    return Kind.SHORT if line.isolated else Kind.NAV


def kind_of(line: Line) -> Kind:
    """Return the kind of a line, remembered by its text: pages of one site repeat their furniture."""
    return _kind_of(line.text, line.isolated)


@lru_cache(maxsize=1 << 16)
def _kind_of(text: str, isolated: bool) -> Kind:
    """Classify a line known by its text and isolation (all that ``classify`` reads of it)."""
    return classify(measure(0, text, isolated))


def score(line: Line, kind: Kind) -> float:
    """Return a line's contribution to the core: paragraphs by length, everything else a cost."""
    if kind is Kind.TEXT:
        value = min(line.size, TEXT_CAP) / TEXT_UNIT
        return value if line.isolated else value / 2
    if kind is Kind.SENTENCE and not line.isolated:
        return -0.5
    return SCORES[kind]


def core(lines: Sequence[Line], kinds: Sequence[Kind]) -> tuple[int, int] | None:
    """Return (first, last) indexes of the maximum-scoring run of lines, or None if nothing scores."""
    best, best_span = 0.0, None
    running, start = 0.0, 0
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if running <= 0:
            running, start = 0.0, index
        running += score(line, kind)
        if running > best:
            best, best_span = running, (start, index)
    return best_span


def extend(kinds: Sequence[Kind], lines: Sequence[Line], span: tuple[int, int],
           used: set[int]) -> tuple[int, int]:
    """Widen the core to short paragraphs beside it.

    Upwards only sentences and running text join (a lead quote); downwards any <p> may join,
    but only when a sentence follows it before the article ends, so a trailing tag line,
    byline or link never becomes the last paragraph.
    """
    first, last = span
    while first - 1 >= 0 and first - 1 not in used and kinds[first - 1] in (Kind.TEXT, Kind.SENTENCE) \
            and (lines[first - 1].isolated or kinds[first - 1] is Kind.TEXT):
        first -= 1
    index = last + 1
    while index < len(lines) and index not in used:
        kind, line = kinds[index], lines[index]
        if kind in (Kind.STOP, Kind.JUNK, Kind.CREDIT, Kind.DATE, Kind.NAV):
            break
        if kind in (Kind.TEXT, Kind.SENTENCE):
            if not keeps(line, kind):
                break  # a title-like line in a run of lines: the related links have begun
            last = index
        index += 1
    return first, last


def keeps(line: Line, kind: Kind) -> bool:
    """Tell whether a line inside the article's span is a paragraph of it."""
    if kind in (Kind.TEXT, Kind.SENTENCE):
        # A run of lines without blanks is a list: its items are text only when they are sentences
        # (a bulleted list), not titles (a box of related links).
        return line.isolated or line.sentence or line.text.endswith((")", "）"))
    return kind is Kind.SHORT and line.isolated


def paragraphs(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int], used: set[int]) -> list[int]:
    """Return the indexes of the body paragraphs within ``span``, first to last."""
    first, last = span
    body = [i for i in range(first, last + 1) if i not in used and keeps(lines[i], kinds[i])]
    return trim_unindented(lines, body)


def trim_unindented(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop lines at either edge that lack the indentation (U+3000) nearly all paragraphs have.

    Pages that indent their paragraphs do not indent the promotions printed beside them.
    """
    indented = sum(1 for i in body if lines[i].indented)
    if len(body) < 3 or indented < 0.7 * len(body):
        return body
    first, last = 0, len(body) - 1
    while first <= last and not lines[body[first]].indented:
        first += 1
    while last >= first and not lines[body[last]].indented:
        last -= 1
    return body[first:last + 1]


def cut_glued_tail(text: str) -> str:
    """Cut boilerplate glued onto the end of the last paragraph, keeping the article text."""
    match = patterns.GLUED_TAIL.search(text)
    if match is None or match.start() == 0:
        return text
    return text[:match.start()].rstrip(patterns.TRIM)
