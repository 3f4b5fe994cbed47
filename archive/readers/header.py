"""The article's header: its date line, headline, breadcrumb and section.

Everything here is found relative to the article text: pages open with menus, logins and
tickers, so the date line is the one nearest above the body (or just after it, on pages that
print the date at the foot), the headline is the title-like line nearest above the date line,
and the breadcrumb sits above the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from archive.readers import body, credits, dates, english, patterns, people, publishers
from archive.readers.body import Kind
from archive.readers.lazy import Pattern
from archive.readers.lines import Line, measure

DATE_WINDOW = 60  # lines above the body searched for its date line
_YEARLESS_WINDOW = 6  # lines above the body searched for a date printed without a year
BELOW_WINDOW = 30  # lines after the body searched for a labelled date printed at the foot (a facts box)
HEADLINE_WINDOW = 15  # lines above the date line searched for the headline
BELOW_REACH = 2  # lines under the date line where a headline printed after its date may stand
_BAR_ITEM = 6  # characters of a channel bar's item printed on its own line under the date line
_BAR_ITEMS = 5  # items of such a channel bar at most
_DEK_WORDS = 12  # an English standfirst without a final full stop is at least this long
_COLUMN_MAX = 6  # characters of a column name printed before a bar in the headline (专栏|标题)
_KICKER_WORDS = 4  # an English kicker above a headline ("Test Series v Visitors") is at most this long
_CRUMB_OPENERS = frozenset(">»›＞→")  # a breadcrumb item printed on its own line opens with its separator
_CRUMB_ITEMS = 6  # items of a breadcrumb printed one per line
_BARE_ITEMS = 4  # items printed one per line with neither separators nor 正文 (首頁 / 即時新聞 / 中廣 / 社會萬象)
_HOME_ITEMS = frozenset(("首页", "首頁", "主页", "主頁", "home"))
_BRAND_HOME_WORDS = 3  # words of a brand's home item ("OK! Home", "Example News Home") at most
_CUT_TITLE_STEM = 12  # characters of a headline's copy cut short with "..." in a trail, at least
_SLASH_ITEMS = 3  # a trail joined by slashes alone has at least this many items (udn / 社會 / 焦點事件)
_REMAINDER_MAX = 60  # characters a date line may hold besides its date, labels and zone
_MORE_WINDOW = 20  # lines after the body searched for a "more news from this channel" link
_COPY_REACH = 2  # lines under the date line where a gallery or print box repeats the headline
_COPY_WORDS = 4  # words of an English headline so repeated at least (not a repeated menu item)
_JOIN_MAX = 12  # a date split over lines ("2019" / "09/07" / "19:02") has short pieces
_URL = Pattern(r"^(?:https?://|www\.)\S+$", starts="hw")
# A share button's label printed alone between two English title lines (Headline / Tweet / dek): a share
# bar sits under the headline, so the title line over it is the headline and the one under it the standfirst.
_SHARE_BUTTON = Pattern(r"^(?:Tweet|Share|Pin it|Like)$", starts="TSPL")
# An e-mail address: a line holding one is a contact or byline line (Desk Name Email desk@paper.com), no title.
_EMAIL = Pattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_LINE = 300  # characters of a line searched for an address (a headline is far shorter)
# A portal's picture marker closing a headline: 阿里郎全新力作《兰花指》单曲成红歌(图), …(组图), …（多图）.
_PICTURE_MARK = Pattern(r"[（(](?:图|圖|组图|組圖|多图|多圖|图文|圖文|视频|視頻)[)）]$")
_BY_WORDS = 6  # words of a By line naming a desk ("By Fox News") at most
_NOT_TITLES = frozenset((Kind.STOP, Kind.JUNK, Kind.CREDIT, Kind.CAPTION, Kind.MARKER, Kind.DATE))
_TAIL_CHARS = 40  # characters at the end of a long line where a glued date is looked for
_WEEKDAY_TAIL = Pattern(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$")
_PUBLISHED_LABEL = Pattern(r"published|posted|发布|發布|发表|發表", re.IGNORECASE)
# A stamp naming the first publication outright ("First published February 1, 2016: 1:28 AM ET"):
# the time over the story is then the last update.
_FIRST_PUBLISHED = Pattern(r"\b(?:[Ff]irst|FIRST) (?:[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)\b")
_LABEL_WORDS = Pattern(patterns.DATE_LABEL.pattern + r"|\b(?:on|at|am|pm|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b",
                          re.IGNORECASE)


class DateLine(NamedTuple):
    """The date line found: where it is, how many lines it spans, what it says."""

    index: int
    span: int  # number of dump lines the date was printed over
    found: dates.Found
    modified: dates.Found | None
    text: str  # the (joined) text the date was read from
    first: DateLine | None = None  # the first publication, stamped elsewhere ("First published …" at the foot)


def read_date_line(text: str, lang: str, offset: str | None, day_first: bool = False) -> DateLine | None:
    """Return the date a line prints when the line is a date line (not a sentence mentioning a date).

    ``day_first``: the site prints a numeric date day first (``publishers.Site.day_first``).
    """
    if len(text) > 160:
        return _tail_date_line(text, lang, offset, day_first)
    found = dates.find_dates(text, lang=lang, default_offset=offset, limit=2, day_first=day_first)
    if not found:
        labelled = _labelled_short_date(text, offset) if not lang.startswith("zh") else None
        if labelled is not None:
            return labelled
        short = _byline_short_date(text, offset)
        return DateLine(-1, 1, short, None, text) if short is not None else None
    first = found[0]
    rest = text[:first.start] + text[first.end:]
    rest = _LABEL_WORDS.sub("", rest)
    if len(found) > 1:
        rest = rest.replace(found[1].printed, "")
    if len(rest.strip(patterns.TRIM + " ,-—|")) > _REMAINDER_MAX and not _glued_at_end(text, first):
        return None
    modified = None
    if len(found) > 1:
        second = found[1]
        if patterns.MODIFIED_LABEL.search(text[:first.start]) and _PUBLISHED_LABEL.search(text[first.end:second.start]):
            first, modified = second, first  # "Updated: … Published: …": the publication time is the second
        elif patterns.MODIFIED_LABEL.search(text[first.end:second.start + 1]):
            modified = second  # "… Last modified on …"
    return DateLine(-1, 1, first, modified, text)


# A By line closing on a date with a two-digit year after a bullet, bar or dash, maybe with a 12-hour clock:
# "By Jane Doe • 12.29.14", "By Jane Doe • 03/04/21 9:05am".
_BY_SHORT_DATE = Pattern(r"^By\s.+?\s[•·|—–-]\s*(?P<date>(?P<first>\d{1,2})(?P<sep>[./])(?P<second>\d{1,2})(?P=sep)"
                         r"(?P<year>\d{2}))(?P<clock>\s+\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?)?$", starts="B")


def _byline_short_date(text: str, offset: str | None = None) -> dates.Found | None:
    """Return the date a By line closes on when printed with a two-digit year and an order it settles.

    Month and day are told apart where one of them is over 12 (12.29.14 is December 29, 29.12.14 the
    same day printed day first); 05.04.14 could be either, and gives no date. (A slashed one under a
    12-hour clock, 03/04/21 9:05am, is the US style, month first: ``dates`` reads it before this is asked.)
    """
    match = _BY_SHORT_DATE.match(text)
    if match is None:
        return None
    clock = match.group("clock")
    when = _two_digit_date(int(match.group("first")), int(match.group("second")), int(match.group("year")))
    if when is None:
        return None
    found = dates.Found(when.isoformat(), match.group("date"), False, False, match.start("date"), match.end("date"))
    time = dates.find_time(clock, lang="en", default_offset=offset, on=when) if clock else None
    return dates.with_time(found, time, clock.strip()) if time else found


# A posting label, then a numeric date with a two-digit year and its clock:
# "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM".
_LABELLED_SHORT = Pattern(r"(?:First\s+)?(?:Posted|Published|Updated)\s*:?\s*(?P<date>(?P<first>\d{1,2})(?P<sep>[./-])"
                          r"(?P<second>\d{1,2})(?P=sep)(?P<year>\d{2}))(?!\d)(?P<clock>\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?)?")
_LABELLED_SHORT_REST = 40  # characters of a line besides its labelled stamps at most


def _labelled_short_date(text: str, offset: str | None) -> DateLine | None:
    """Return the date a Posted / Published line prints with a two-digit year, when its order is certain.

    An old US template prints "First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM": the
    label makes the numbers a date, and month and day are told apart only where one of them is over
    12 (``_two_digit_date``); 05-04-10 gives none. A later stamp labelled Updated is the modification.
    """
    stamps = []
    for match in _LABELLED_SHORT.finditer(text):
        day = _two_digit_date(int(match.group("first")), int(match.group("second")), int(match.group("year")))
        if day is None:
            return None
        clock = match.group("clock")
        time = dates.find_time(clock, lang="en", default_offset=offset, on=day) if clock else None
        found = dates.Found(day.isoformat(), match.group("date"), False, False, match.start("date"), match.end())
        stamps.append((dates.with_time(found, time, clock.strip()) if time else found, match.group()))
    if not stamps or len(text) - sum(len(printed) for _, printed in stamps) > _LABELLED_SHORT_REST:
        return None
    first = stamps[0][0]
    modified = stamps[1][0] if len(stamps) > 1 and patterns.MODIFIED_LABEL.match(stamps[1][1]) else None
    return DateLine(-1, 1, first, modified, text)


def _two_digit_date(first: int, second: int, year: int) -> date | None:
    """Return the date two numbers and a two-digit year print (12.29.14, 29.12.14) when their order is certain.

    Month and day are told apart only where one of them is over 12; 05.04.14 could be either and
    gives None. The century is POSIX's (``dates.full_year``).
    """
    if (first > 12) == (second > 12):
        return None
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return date(dates.full_year(year), month, day)
    except ValueError:
        return None


def headline_above_standfirst(lines: Sequence[Line], kinds: Sequence[Kind], dateline: DateLine,
                              used: set[int]) -> int | None:
    """Return the line above a date line that carries the standfirst glued before its date.

    The standfirst follows the headline; with the standfirst on the date line, the line right
    above it is the headline, whatever its last mark ("…for over a century. Now, it's reborn.").
    """
    if not _glued_at_end(dateline.text, dateline.found) or dateline.found.start < _DEK_WORDS:
        return None
    index = dateline.index - 1
    if index < 0 or index in used or kinds[index] in _NOT_TITLES:
        return None
    line = lines[index]
    return index if (line.han >= 6 if line.cjk else 3 <= line.words <= 30) and len(line.text) <= 200 else None


def _tail_date_line(text: str, lang: str, offset: str | None, day_first: bool = False) -> DateLine | None:
    """Return the date closing a long line glued right after its last sentence (see ``_glued_at_end``)."""
    cut = len(text) - _TAIL_CHARS
    found = dates.find_dates(text[cut:], lang=lang, default_offset=offset, limit=1, day_first=day_first)
    if not found:
        return None
    first = found[0]._replace(start=found[0].start + cut, end=found[0].end + cut)
    return DateLine(-1, 1, first, None, text) if _glued_at_end(text, first) else None


def _glued_at_end(text: str, found: dates.Found) -> bool:
    """Tell whether a date closes a line glued right after a sentence (…its recovery?Monday, 6 January 2020).

    The dump joins two inline blocks with no space: a standfirst and the date printed after it.
    The line is then the date line (the standfirst is no paragraph either).
    """
    if text[found.end:].strip(patterns.TRIM + " .") or found.start == 0:
        return False
    before = _WEEKDAY_TAIL.sub("", text[:found.start])
    return before[-1:] in ".?!。？！" and not before[-2:-1].isspace()


def _complete_time(dateline: DateLine, lines: Sequence[Line], lang: str, offset: str | None) -> DateLine:
    """Add a time printed on the line after a date printed alone ("2019年09月06日" / "09:38")."""
    following = dateline.index + dateline.span
    if dateline.found.has_time:
        return dateline
    try:
        day: date | None = date.fromisoformat(dateline.found.iso[:10])
    except ValueError:
        day = None  # a month or a year alone
    # a stamp's items may each close with a bar (12.29.14 | / 6:30 am |)
    time = dates.find_time(lines[following].text.rstrip(patterns.TRIM + " |"), lang=lang, default_offset=offset,
                           on=day) \
        if following < len(lines) else None
    if time is not None:
        found = dates.with_time(dateline.found, time, lines[following].text)
        return DateLine(dateline.index, dateline.span + 1, found, dateline.modified, dateline.text)
    above = lines[dateline.index - 1] if dateline.index > 0 else None
    before = above.text if above is not None and not above.cjk else ""
    if day is not None and before[:1].isdigit() and len(before) <= _TIME_ABOVE_MAX:
        # a blog's stamp prints the time over the date ("1:26 pm ET" / "Jun 3, 2014"): the date's time
        time = dates.find_time(before, lang=lang, default_offset=offset, on=day)
        if time is not None:
            return DateLine(dateline.index, dateline.span, dates.with_time(dateline.found, time, before),
                            dateline.modified, dateline.text)
    return dateline


_TIME_ABOVE_MAX = 16  # characters of a time printed alone over the date line ("11:05 a.m. EDT")


def date_at(lines: Sequence[Line], index: int, lang: str, offset: str | None,
            day_first: bool = False) -> DateLine | None:
    """Return the date line starting at ``index``: one line, or a date split over up to three short lines."""
    found = read_date_line(lines[index].text, lang, offset, day_first)
    if found is not None:
        return _complete_time(DateLine(index, 1, found.found, found.modified, found.text), lines, lang, offset)
    for span in (2, 3):
        piece = lines[index:index + span]
        if len(piece) < span or any(len(p.text) > _JOIN_MAX for p in piece):
            break
        joined = " ".join(p.text for p in piece)
        found = read_date_line(joined, lang, offset, day_first)
        if found is not None and found.found.start < len(piece[0].text):
            return _complete_time(DateLine(index, span, found.found, None, joined), lines, lang, offset)
    return None


def _published_above(lines: Sequence[Line], found: DateLine, lang: str, offset: str | None,
                     day_first: bool = False) -> DateLine:
    """Prefer a publication date printed just above an update date ("Published …" / "Updated …")."""
    if found.modified is not None or not patterns.MODIFIED_LABEL.match(found.text.strip(patterns.TRIM)):
        return found
    for index in range(found.index - 1, max(-1, found.index - 3), -1):
        published = date_at(lines, index, lang, offset, day_first)
        if published is not None and not patterns.MODIFIED_LABEL.match(published.text.strip(patterns.TRIM)):
            return DateLine(published.index, published.span, published.found, found.found, published.text)
    return found


_GLUED_CREDIT_STARTS = patterns.GLUED_CREDIT.starts or frozenset()  # a cheap gate before the pattern


def _shown_above(lines: Sequence[Line], found: DateLine, lang: str, offset: str | None,
                 day_first: bool = False) -> DateLine:
    """Prefer the date line the page shows over the hidden copy of it stacked right under it.

    Some templates print, under the visible date line, a copy for search engines that runs the
    stamp (to the second), the source and the credits together with no space between them
    (2020-05-06 10:21　来源：示例日报 / 2020-05-06 10:21:07来源：示例日报作者：责任编辑：王五). The copy is
    nearer the text, but the date line a reader sees is the one above it, for the same minute.
    """
    end = found.found.end
    if found.index < 1 or found.span != 1 or not found.found.has_time or end >= len(found.text) \
            or found.text[end] not in _GLUED_CREDIT_STARTS or not patterns.GLUED_CREDIT.match(found.text, end):
        return found
    shown = date_at(lines, found.index - 1, lang, offset, day_first)
    if shown is None or shown.span != 1 or not shown.found.has_time or shown.found.iso[:16] != found.found.iso[:16]:
        return found
    return shown


def find_dateline(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int] | None, lang: str,
                  offset: str | None, day_first: bool = False) -> tuple[DateLine | None, DateLine | None]:
    """Return the article's date line, and another date line near the article that says otherwise.

    The date line nearest above the article text is taken; failing that, one just below it
    (pages that print the date at the foot). A date elsewhere on the page (a ticker, a list of
    links) is not the article's: without a date near the article there is no date.
    """
    start, end = span if span is not None else (len(lines), len(lines) - 1)
    above = below = None
    relative = False  # the header's only stamp is relative to the visit (Last updated: 11 hours ago)
    for index in range(start - 1, max(-1, start - 1 - DATE_WINDOW), -1):
        if kinds[index] is Kind.TEXT and lines[index].size > 80 and not lines[index].text[-1:].isdigit():
            continue  # a paragraph mentioning a date is not a date line (unless one is glued at its end)
        if lines[index].text[:1] in patterns.EMBED_STARTS and patterns.EMBED_ATTRIBUTION.match(lines[index].text):
            continue  # "— Jane Doe (@janedoe) September 4, 2023": an embedded post's date, not the article's
        if lines[index].text[:1] in patterns.DATA_STAMP.starts and patterns.DATA_STAMP.match(lines[index].text):
            continue  # "Price as of August 10, 2022, 1:20 p.m. ET": a stock card's stamp, read at the visit
        if lines[index].text[:1] in patterns.FACT_DATE.starts and patterns.FACT_DATE.match(lines[index].text):
            continue  # "Release Date 2014-06-26": a facts box's date of the game or film the story covers
        if index >= start - _RELATIVE_REACH and lines[index].text[-4:] == " ago" \
                and patterns.RELATIVE_STAMP.match(lines[index].text):
            relative = True  # the story's stamp prints no date: one further up is a sidebar's or a teaser's
            break
        above = date_at(lines, index, lang, offset, day_first)
        if above is not None and _teaser_stamp(lines, kinds, above):
            above = None  # the stamp of one of a box's teasers (title / stamp / title / stamp)
            continue
        if above is not None:
            break
    for index in range(end + 1, min(len(lines), end + 1 + BELOW_WINDOW)):
        text = lines[index].text
        if index > end + 5 and not patterns.DATE_LABEL.match(text) \
                and not (("irst " in text or "IRST " in text) and _FIRST_PUBLISHED.search(text)):
            continue  # further down, only a labelled date line (发布日期：…, First published …) is the article's
        if text[:1] in patterns.EMBED_STARTS and patterns.EMBED_ATTRIBUTION.match(text):
            continue  # a post embedded at the text's end ("— Jane Doe (@janedoe) September 4, 2023") dates itself
        below = date_at(lines, index, lang, offset, day_first)
        if below is not None:
            break
    if above is not None:
        above = _published_above(lines, _shown_above(lines, above, lang, offset, day_first), lang, offset, day_first)
    if above is not None and below is not None and above.modified is None \
            and _FIRST_PUBLISHED.search(below.text[:below.found.start]) \
            and not _FIRST_PUBLISHED.search(above.text[:above.found.start]) and below.found.iso < above.found.iso:
        # a stamp at the foot says when the story first ran; the stamp over it (still the header's
        # anchor) is its update
        return above._replace(first=below), None
    if above is None and below is None:
        if relative:
            return None, None
        return _yearless(lines, start, lang, offset) or _short_numeric(lines, start, lang, offset), None
    if above is None:
        return below, None
    other = below if below is not None and below.found.iso[:10] != above.found.iso[:10] else None
    return above, other


_RELATIVE_REACH = 6  # lines above the article text where its relative stamp stands at most


def age_stamp(text: str, *, labelled: bool = False) -> bool:
    """Tell whether a line is a stamp of the story's age ("7 days ago"; with ``labelled``, "Published 1 day ago")."""
    return text[-4:] == " ago" and (patterns.RELATIVE_AGE.match(text) is not None
                                    or (labelled and patterns.RELATIVE_STAMP.match(text) is not None))


def relative_stamp_above(lines: Sequence[Line], start: int) -> int | None:
    """Return the index of a stamp relative to the visit ("7 days ago") printed just above the article text.

    A page that prints no date may still print how old the story is, under its headline: it marks
    the header as a date line would.
    """
    for index in range(start - 1, max(-1, start - 1 - _RELATIVE_REACH), -1):
        if age_stamp(lines[index].text, labelled=True):
            return index
    return None


_STAMP_SHAPE = Pattern(r"\d+|[^\W\d_]+")  # a date's digits and words, reduced to its shape
_STAMP_TITLE_WORDS = 3  # words of a teaser's title between two stamps at least


def _shape(text: str) -> str:
    """Return a date line's shape: digit runs as 0, word runs as a ("Mon, Dec 29 2014" -> "a, a 0 0")."""
    return _STAMP_SHAPE.sub(lambda m: "0" if m.group().isdigit() else "a", text)


def _teaser_stamp(lines: Sequence[Line], kinds: Sequence[Kind], found: DateLine) -> bool:
    """Tell whether a date line printed alone is the stamp of a teaser in a box of other stories.

    A box of related videos or articles prints each title with its date under it (Title / Mon, Dec 29
    2014 / Title / Sun, Dec 28 2014): a title line lies between the stamp and another line of the
    same shape, above or below. The article's own date line does not repeat so.
    """
    index = found.index
    if found.span != 1 or kinds[index] is not Kind.DATE:
        return False
    shape = _shape(lines[index].text)
    for title, twin in ((index - 1, index - 2), (index + 1, index + 2)):
        if twin < 0 or twin >= len(lines) or kinds[title] is Kind.DATE or kinds[twin] is not Kind.DATE:
            continue
        line = lines[title]
        if not line.cjk and line.words >= _STAMP_TITLE_WORDS and kinds[title] not in (Kind.CREDIT, Kind.STOP) \
                and _shape(lines[twin].text) == shape:
            return True
    return False


def _yearless(lines: Sequence[Line], start: int, lang: str, offset: str | None) -> DateLine | None:
    """Return a labelled date line printed without a year, when the page prints the year elsewhere."""
    for index in range(start - 1, max(-1, start - _YEARLESS_WINDOW), -1):
        text = lines[index].text
        match = patterns.YEARLESS_DATE.match(text)
        if match is None:
            continue
        label = patterns.DATE_LABEL.match(text)
        rest = text[label.end():].lstrip(patterns.TRIM) if label else text
        found = dates.with_short_year(rest, default_offset=offset) \
            or dates.with_year_from(rest, [line.text for line in lines], lang=lang, default_offset=offset)
        if found is None:
            return None
        shift = len(text) - len(rest)  # where the date stands in the whole line, after its label
        return DateLine(index, 1, found._replace(start=found.start + shift, end=found.end + shift), None, text)
    return None


# A date printed alone with a two-digit year and two numbers before it: "12.29.14", "3/17/15 |".
_SHORT_NUMERIC = Pattern(r"^(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{2})$")
_SHORT_NUMERIC_WINDOW = 12  # lines above the body searched for such a date line
_STAMP_MARKS = patterns.TRIM + " |·•"  # the separators a stamp's items print after them


def _short_numeric(lines: Sequence[Line], start: int, lang: str, offset: str | None) -> DateLine | None:
    """Return a date line printing only month, day and a two-digit year in numbers (12.29.14), English pages.

    A blog's stamp may print the date as 12.29.14 and its time on the next line (6:30 am); the
    order of the two numbers is read only where it cannot be mistaken: one of them is above 12 (the
    day). Both at most 12 (03.04.15) is no date: a year or an order is never guessed.
    """
    if lang.startswith("zh"):
        return None
    for index in range(start - 1, max(-1, start - 1 - _SHORT_NUMERIC_WINDOW), -1):
        text = lines[index].text.strip(_STAMP_MARKS)
        match = _SHORT_NUMERIC.match(text) if len(text) <= 8 else None
        if match is None:
            continue
        day = _two_digit_date(int(match.group("first")), int(match.group("second")), int(match.group("year")))
        if day is None:
            return None
        found = dates.Found(day.isoformat(), text, False, False, 0, len(text))
        return _complete_time(DateLine(index, 1, found, None, lines[index].text), lines, lang, offset)
    return None


# ---------------------------------------------------------------------------------------------
# headline


def is_breadcrumb(text: str) -> bool:
    """Tell whether a line is a breadcrumb trail (short items joined by separators)."""
    return breadcrumb_items(text) is not None


# The characters a breadcrumb's separator holds: one class, which re scans for in C, where the
# separator's own pattern (opening with \s*) is tried at every character of the line.
_SEPARATOR_CHARS = Pattern(r"[>»＞›→/／〉]")


def holds_separator(text: str, start: int = 0) -> bool:
    """Tell whether ``text`` holds a breadcrumb's separator (社會 > 地方, A / B) at ``start`` or after."""
    return _SEPARATOR_CHARS.search(text, start) is not None \
        and patterns.BREADCRUMB_SEPARATOR.search(text, start) is not None


_ITEM, _PREFIXED_ITEM = 20, 30  # characters of a trail's item at most, without and under a prefix


def breadcrumb_items(text: str) -> list[str] | None:
    """Return the items of a breadcrumb line as printed (empty items dropped), or None."""
    if len(text) > 100:
        return None
    if patterns.BREADCRUMB_SPACED.match(text):
        return text.split()
    prefixed = patterns.BREADCRUMB_PREFIX.match(text)
    body = text[prefixed.end():] if prefixed else text
    if not holds_separator(body):
        dashed = _dashed_crumb(body)
        if dashed is not None:
            return dashed
        return [body.strip(patterns.TRIM)] if prefixed and body.strip(patterns.TRIM) else None
    items = [p.strip(patterns.TRIM) for p in patterns.BREADCRUMB_SEPARATOR.split(body)]
    items = [p for p in items if p]
    if not items or (len(items) < 2 and not prefixed and not _closed_item(body, items)):
        return None
    # an item is a short channel name; a trail under its "You are here:" label may name a longer English one
    # (Government Regulation), and so may a trail of title-cased English names (a show and its blog:
    # The Example Evening Show / The Example Blog), which no sentence or credit line is
    longest = _PREFIXED_ITEM if prefixed or _titled_items(items) else _ITEM
    # the first item may be the home link printed as the site's address (Example.com » Sport): its dots are no stops
    home = 1 if "." in items[0] and patterns.WEB_ADDRESS.match(items[0]) else 0
    if any(len(p) > longest for p in items) or any(re.search(r"[。！？，,.!?“”\"]", p) for p in items[home:]):
        return None
    if any(re.search(r"[<＜‹]", p) for p in items):  # a back arrow: a pager's or calendar's > < controls
        return None
    if not any(ch.isalpha() for p in items for ch in p):
        return None  # figures alone (a player's 0:00 / 0:00, a pager's 1 / 12): no trail
    if any(marks_only(p) for p in items):
        return None  # an item of marks alone (toggle / > / ︿, a menu's close mark): buttons, no trail
    last = items[-1]
    if " " in last and last.split(None, 1)[0].lower() in patterns.BREADCRUMB_TAIL:
        # a link the page prints after the trail's own end (首页 > 某号 > 正文 申请入驻, "apply to join"):
        # the trail ends at 正文, the link is no item of it
        items[-1] = last.split(None, 1)[0]
    return items


def _titled_items(items: Sequence[str]) -> bool:
    """Tell whether a trail's items, two at least and one over the short limit, are English names in title case."""
    if len(items) < 2 or all(len(p) <= _ITEM for p in items):
        return False
    return all(_TITLED_ITEM.match(p) for p in items)


# An item of English words each capitalised, small joining words allowed: "The Example Evening Show", "News & Views".
_TITLED_ITEM = Pattern(r"^[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|&|of|and|the|in|on|for|to|a))*$")


_SPACED_ITEMS = 3  # items of a trail joined by spaces alone at most (udn 要聞 政治)
SPACED_REACH = 4  # lines above the headline where such a trail may stand


def spaced_trail(text: str) -> list[str] | None:
    """Return the items of a trail printed with spaces only, opening with the site or home item.

    三立新聞網 國際, udn 要聞 政治: the links of a trail printed with no separator between them. The
    first names the site (…網, udn) or the home page; the others are channel names, Han only, maybe
    after the year a channel is about (udn 要聞 2024大選前哨站).
    """
    parts = text.split()
    if not 2 <= len(parts) <= _SPACED_ITEMS or not patterns.HOME_WORDS.match(parts[0]) or len(parts[0]) > 10:
        return None
    if any(not 2 <= len(p) <= 10 or not patterns.TRAIL_ITEM.fullmatch(p) for p in parts[1:]):
        return None
    return parts


def home_pair(lines: Sequence[Line], index: int) -> list[str] | None:
    """Return the items of a trail printed one per line right above the headline: 首頁 / 中國時報.

    A home item, then one channel item (or a channel and its topic: 首頁 / 全球 / 某話題), as short as
    menu items, in a run with no blank between: the site's menu above them may run straight into it
    (…汽車 / 房產 / 首頁 / 中國時報 / headline).
    """
    if index < 1 or not _home_run_item(lines, index):
        return None
    if lines[index - 1].text in _PAIR_HOMES and not lines[index - 1].isolated:
        return [lines[index - 1].text, lines[index].text]
    if index >= 2 and lines[index - 2].text in _PAIR_HOMES and not lines[index - 2].isolated \
            and _home_run_item(lines, index - 1):
        return [lines[index - 2].text, lines[index - 1].text, lines[index].text]
    return None


# The home item of such a run: in English too (Home / Magazine over the headline, under the site's menu).
_PAIR_HOMES = frozenset(("首頁", "首页", "Home"))
_PAIR_ITEM_CHARS = 24  # characters of an English item of a home run at most


def _home_run_item(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line is an item of a home run (home_pair): short Han, right under the line above it.

    An English item is a menu item's title-case word or two ("Magazine", "Arts & Books").
    """
    item = lines[index].text
    if not lines[index].cjk and item[:1].isupper():
        return not lines[index].isolated and len(item) <= _PAIR_ITEM_CHARS and not home_word(item) \
            and _TITLED_ITEM.match(item) is not None and lines[index].number - lines[index - 1].number == 1
    return not lines[index].isolated and 2 <= len(item) <= 8 and patterns.HAN_RUN.fullmatch(item) is not None \
        and lines[index].number == lines[index - 1].number + 1 and not patterns.NAV_WORDS.match(item)


def _closed_item(text: str, items: Sequence[str]) -> bool:
    """Tell whether a line is a one-item trail closed by its separator (國際新聞 〉, News ›).

    A single-angle separator after the only item is the trail's, the page's own title left off;
    a double one (更多 >>, More ») is a link's arrow, and so is one after a menu word or after a call to
    act (查看TA的文章>, 进入专题 >: a link's label opens with its verb, a channel's name never does).
    """
    tail = text.rstrip()
    return len(items) == 1 and len(tail) <= 20 and tail[-1:] in _TRAIL_CLOSERS and tail[-2:-1] not in _TRAIL_CLOSERS \
        and not patterns.NAV_WORDS.match(items[0]) and not items[0].lower().endswith(("more", "更多", "全文")) \
        and not items[0].startswith(_LINK_VERBS)


# Verbs opening a link's label (查看, 进入, 点击 …): "view", "enter", "click", "read", "browse".
_LINK_VERBS = ("查看", "進入", "进入", "点击", "點擊", "阅读", "閱讀", "浏览", "瀏覽")


_TRAIL_CLOSERS = ">＞›〉"
# Separators a trail may end in before the page's title (">", ">>", "»", "/").
_CRUMB_CLOSERS = ">»＞›→/／"


def crumbs_to_title(text: str, headline: str) -> list[str] | None:
    """Return the items of a breadcrumb whose last item is the page's own headline, or None.

    Many sites close the trail with the article's title (首页>IT评论>业界>标题, TVBS 新聞 > 台灣政治 > 标题).
    A title is longer than any trail item and may hold punctuation, so the trail is read without it
    and the title, printed in full after a separator, is kept as the last item.
    """
    headline = headline.strip(patterns.TRIM)
    if len(headline) < 4 or not text.endswith(headline):
        return None
    rest = text[: len(text) - len(headline)].rstrip(patterns.TRIM)
    trail = rest.rstrip(_CRUMB_CLOSERS)
    if trail == rest:  # the title must follow a separator, not run on from other text
        return None
    items = breadcrumb_items(trail)
    return None if items is None else [*items, headline]


def menu_pair(text: str, items: Sequence[str]) -> bool:
    """Tell whether a line read as a breadcrumb may be a menu item of two alternatives ("iPhone / iPad").

    A slash joins alternatives as well as trail items; a two-item trail joined by slashes alone is
    taken only right above the headline, where a menu item would not stand. A trail with no separator
    at all (三立新聞網 兩岸, the site then its channel, over a news player's 聽新聞) is no such pair.
    """
    marks = [m.group().strip() for m in patterns.BREADCRUMB_SEPARATOR.finditer(text)]
    slashes = bool(marks) and all(mark in ("/", "／") for mark in marks)
    return slashes and len(items) < _SLASH_ITEMS and not home_word(items[0])


def figure_between(lines: Sequence[Line], index: int, end: int) -> bool:
    """Tell whether only the lead photo's caption and credit stand between line ``index`` and the headline at ``end``.

    A two-item trail joined by a slash is taken right above the headline (see ``menu_pair``); a template
    may set the lead photo between them (trail / caption / "Photo by Jane Doe/Example" / title): a photo
    is no menu either, so the trail still stands at the article's head.
    """
    between = end - index - 1
    return 1 <= between <= _FIGURE_LINES and body.is_caption(lines[end - 1].text)


_FIGURE_LINES = 2  # lines of a photo between a trail and the headline at most: its caption and its credit


def marks_only(text: str) -> bool:
    """Tell whether a line holds marks alone, no letter or figure (︿, a menu's close mark)."""
    return bool(text) and not any(ch.isalnum() for ch in text)


def crumb_lines(lines: Sequence[Line], index: int) -> tuple[int, str]:
    """Return where a breadcrumb printed one item per line starts, and its items joined on one line.

    首页 / > 要闻 / > 山西要闻: each item after the first opens with its separator; 首页 / > / 要闻:
    each separator stands on a line of its own. A line that does neither is returned alone.
    """
    start = index
    # only a single item is continued upward (a whole trail on one line is the trail: "»" lines above it
    # are another list's bullets)
    while start >= 2 and _lone_separator(lines[start - 1].text) and len(lines[start - 2].text) <= 20 \
            and index - start < 2 * _CRUMB_ITEMS and not (start == index and _has_separator(lines[index].text)):
        start -= 2
    if start < index:
        return start, " ".join(line.text for line in lines[start:index + 1])
    while start > 0 and (lines[start].text[:1] in _CRUMB_OPENERS or _slash_under_home(lines, start)) \
            and index - start < _CRUMB_ITEMS:
        start -= 1
    if start == index:
        return _bare_crumb(lines, index)
    return start, " ".join(line.text for line in lines[start:index + 1])


def _slash_under_home(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line opening with a slash continues the home item right above it (回到主頁 / "/ 港澳台").

    A slash opens many lines (a date's, a menu's), so only under the home page's item is it a trail's separator.
    """
    return index > 0 and lines[index].text[:1] in "/／" and home_word(lines[index - 1].text)


_BACK_TO = ("回到", "返回")  # "back to" before the home item: 回到主頁, 返回首页


def home_word(text: str) -> bool:
    """Tell whether a trail's item is the home page's: 首页, Home, or 回到主頁 ("back to the home page")."""
    lowered = text.strip().lower()
    return lowered in _HOME_ITEMS or (lowered[:2] in _BACK_TO and lowered[2:] in _HOME_ITEMS)


def _has_separator(text: str) -> bool:
    """Tell whether a line holds a trail separator between items (社會 > 地方), not only at its start."""
    return len(text) <= 100 and holds_separator(text, 1)


def trail_closed_by_title_copy(lines: Sequence[Line], end: int, headline: str) -> tuple[int, list[str]] | None:
    """Return a trail printed one item per line and closed by a copy of the headline (line ``end - 1``).

    Home / Showbiz & TV / Celebs / <headline> above the <h1> <headline>: the run from a home item
    down to the headline's copy is the page's own trail, even under a menu of short items.
    Returns where it starts and its items (the headline last), or None.
    """
    headline = headline.strip(patterns.TRIM)
    if end < 3 or len(headline) < 4 or not _title_copy(lines[end - 1].text, headline):
        return None
    for start in range(end - 2, max(-1, end - 2 - _CRUMB_ITEMS), -1):
        text = lines[start].text
        if len(text) > 20 or lines[start].isolated:
            return None
        if _home_item(text):
            if start == end - 2:
                return None  # a home item and the title: no section between
            return start, [*(line.text for line in lines[start:end - 1]), headline]
    return None


def _title_copy(text: str, headline: str) -> bool:
    """Tell whether a trail's last item copies the headline, maybe cut short by the site with an ellipsis.

    Example Home / Celeb News / Soap Spoilers: A new storyline ahead ... above the full <h1>: a
    shortened copy is the headline's opening words (a dozen characters at least) and "..." or "…".
    """
    text = text.strip(patterns.TRIM)
    if text == headline:
        return True
    if not text.endswith(("...", "…")):
        return False
    stem = text.rstrip(".… ")
    return len(stem) >= _CUT_TITLE_STEM and headline.startswith(stem)


def _home_item(text: str) -> bool:
    """Tell whether a trail's first item is the home page: Home / 首页, or the brand's home ("OK! Home").

    Sites whose trail is printed one item per line name the home item after their brand as often as not.
    """
    lowered = text.lower()
    return home_word(text) or (lowered.endswith(" home") and len(lowered.split()) <= _BRAND_HOME_WORDS)


def _lone_separator(text: str) -> bool:
    """Tell whether a line holds nothing but a breadcrumb separator (">", "»", ">>")."""
    return 0 < len(text) <= 2 and all(c in _CRUMB_OPENERS for c in text)


def _bare_crumb(lines: Sequence[Line], index: int) -> tuple[int, str]:
    """Return a breadcrumb printed one item per line with no separators: 首页 / 基金资讯 / 资讯正文.

    Only a run that opens with the home page and closes with the page itself (…正文) is one.
    """
    text = lines[index].text
    closed = text.endswith("正文") and len(text) <= 8
    if _long_item(lines[index]) or lines[index].isolated or (index > 0 and lines[index - 1].text == text):
        return index, text  # (a section's heading printing the trail's last item again is no item of it)
    placeholder = text in _EN_PAGE_ITEMS  # nature / news / article: the page's own item, in English
    for start in range(index - 1, max(-1, index - (_CRUMB_ITEMS if closed or placeholder else _BARE_ITEMS)), -1):
        item = lines[start].text
        if len(item) > 10 or lines[start].isolated:  # (only the last item may be a longer English name)
            if placeholder and index - start > 2 and _set_off(lines, start + 1):
                # a run of short items closed by the page's placeholder item and set off by a blank line above
                return start + 1, " > ".join(line.text for line in lines[start + 1:index + 1])
            break
        if item.lower() in _HOME_ITEMS:  # (not 回到主頁: a "back home" link opens the slash trail under it)
            # without 正文 the run must stand alone: a longer menu above or below it is a menu, not a trail;
            # so is a run right under a bar of links (Site | Autos | Video | Blogs): the bar's second row
            above = lines[start - 1].text if start > 0 else ""
            # (a blank line between the run and the line above sets it off from a menu there too)
            # (the section's own heading right under the trail, printing its last item again, is no menu)
            alone = (start == 0 or (len(above) > 10 and above.count("|") < 2) or lines[start - 1].isolated
                     or lines[start].number - lines[start - 1].number > 1) \
                and (index + 1 >= len(lines) or not _menu_item(lines[index + 1]) or lines[index + 1].isolated
                     or lines[index + 1].text == text) \
                and not _menu_runs_on(lines, index)
            # an English item longer than a Chinese one's ten characters only in a trail of three items or more:
            # Home over one such line is the site's name under its home link (Home / Example Post), no trail
            short = index - start >= 2 or all(len(line.text) <= 10 for line in lines[start:index + 1])
            if (closed or alone) and short:
                return start, " > ".join(line.text for line in lines[start:index + 1])
            break
    return index, text


_BARE_ITEM_WORDS = 3  # words of an English item of such a trail at most (Home / News / Signal Strength)


def _long_item(line: Line) -> bool:
    """Tell whether a line is too long for an item of a trail printed one item per line.

    Ten characters hold a Chinese channel's name (基金资讯); the English section a trail closes with runs
    longer in letters (Business Tech, Signal Strength), so it is measured in words (the items above it,
    Home and News, stay short: a run of longer lines is a menu).
    """
    if line.cjk or not line.text.isascii():
        return len(line.text) > 10
    return line.words > _BARE_ITEM_WORDS or len(line.text) > 2 * 10


_EN_PAGE_ITEMS = frozenset(("article", "story"))  # the last item of an English trail standing for the page itself


def _set_off(lines: Sequence[Line], start: int) -> bool:
    """Tell whether line ``start`` opens a block: a blank line (or a paragraph set off on its own) above it."""
    return start == 0 or lines[start].number - lines[start - 1].number > 1 or lines[start - 1].isolated


_MENU_RUN = 3  # short items under a Home / Section run that make it the top of a menu, not a trail
_MENU_ITEM_CHARS = 20  # characters of such an item at most ("Public Notices", "Beauty & Fashion")


def _menu_runs_on(lines: Sequence[Line], index: int) -> bool:
    """Tell whether the short items go on under line ``index`` with no break: a menu, not a trail.

    Home / News / Public Notices / Patriarca Papers / Sports …: a menu printed one item per line opens
    with Home as a trail does, but its items go on (some longer than ten characters); a trail is closed
    by the headline or a blank line.
    """
    run = lines[index + 1:index + 1 + _MENU_RUN]
    return len(run) == _MENU_RUN and all(
        not line.isolated and not line.cjk and len(line.text) <= _MENU_ITEM_CHARS and line.words <= 3
        and line.text[-1:] not in ".?!:" for line in run) \
        and all(b.number - a.number == 1 for a, b in zip((lines[index], *run), run, strict=False))


def _menu_item(line: Line) -> bool:
    """Tell whether a line is as short as a menu item (a headline has six characters or four words at least)."""
    return len(line.text) <= 10 and (line.han < 6 if line.cjk else line.words < 4)


def _dashed_crumb(text: str) -> list[str] | None:
    """Return the items of a breadcrumb joined by " - " (首页 - 新闻动态), only when it opens with the home page.

    A dash also joins a headline to its site's name, so the home item is what makes it a trail.
    """
    items = [p.strip(patterns.TRIM) for p in text.split(" - ")]
    if len(items) < 2 or not home_word(items[0]) or any(not p or len(p) > 20 for p in items):
        return None
    return items


def _page_item(item: str) -> bool:
    """Tell whether a breadcrumb item names the page itself in a channel's words (资讯正文, 新闻正文)."""
    return item.endswith("正文") and len(item) <= 6


_BAR_TRAIL_WORDS = 4  # words of an item of a two-item trail joined by a bar at most


def bar_trail(lines: Sequence[Line], headline: int) -> list[str] | None:
    """Return the two items of a trail joined by a bar right above the headline (Opinion|Occupied West Bank).

    A bar joins menu items too, so only a line of two short capitalised items right over the title
    counts, the first of them the page's menu prints alone above it (the channel), the second a
    topic inside it; a menu word, a widget or a site's name is no item.
    """
    if headline < 1:
        return None
    line = lines[headline - 1]
    if line.cjk or line.text.count("|") != 1:
        return None
    items = [item.strip(patterns.TRIM) for item in line.text.split("|")]
    if not all(items) or any(not (_kicker(item) or (i == 0 and _menu_channel(item)))
                             or len(item.split()) > _BAR_TRAIL_WORDS or publishers.sites_in(item)
                             for i, item in enumerate(items)):
        return None
    if patterns.WIDGET.match(items[1]) or not (_earlier(lines, headline - 1, items[0])
                                               or _earlier_toggled(lines, headline - 1, items[0])):
        return None
    return items


def _menu_channel(item: str) -> bool:
    """Tell whether a trail's first item is a channel the menu names in a menu word (News|Migration)."""
    return item[:1].isupper() and bool(patterns.NAV_WORDS.match(item))


# A screen-reader text a menu item's sub-menu button glues after the item: "NewsShow more news sections".
_TOGGLE_TEXTS = ("Show more", "Show submenu", "Open submenu", "Expand submenu")


def _earlier_toggled(lines: Sequence[Line], index: int, text: str) -> bool:
    """Tell whether ``text`` opens a line before ``index`` glued to its sub-menu button's screen-reader text."""
    size = len(text)
    return any(lines[i].text.startswith(text) and lines[i].text.startswith(_TOGGLE_TEXTS, size)
               for i in range(index - 1))


def section_of(items: Sequence[str]) -> str | None:
    """Return the section a breadcrumb names: its last item before 正文, unless that is the home page."""
    sections = [p for p in items if p.lower() not in patterns.BREADCRUMB_TAIL and not _page_item(p)]
    if not sections:
        return None
    last = sections[-1]
    if patterns.HOME_WORDS.match(last) and (len(sections) == 1 or last.lower() in ("首页", "首頁", "home")):
        return None
    return last


# A recurring column's title, its name then a dash and the issue's date: "Weekly Market Notes – May 5, 2023".
# The name is three to eight capitalised words (no label such as Published or Updated, no By, no comma), so a
# date line with its label or its writer is no title.
_DATED_TITLE = Pattern(r"^(?!(?:Published|Updated|Posted|Last|By|Date|Modified)\b)[A-Z0-9][\w'’&]*"
                       r"(?: [A-Z0-9][\w'’&]*| (?:of|the|and|for|in|on|to|a)){2,7} [–—-] "
                       + dates.MONTH_NAME + r" \d{1,2}(?:st|nd|rd|th)?, (?:19|20)\d{2}$",
                       starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def title_like(line: Line, kind: Kind) -> bool:
    """Tell whether a line could be a headline: title-sized, not furniture, not a sentence."""
    text = line.text
    if kind is Kind.JUNK and body.truncated(line):
        kind = Kind.NAV  # a headline the site cuts short ("…无敌免...") reads as a teaser, but may be the title
    if kind is Kind.CAPTION and line.cjk and _picture_marked(text):
        kind = Kind.NAV  # a headline flagged (图) reads as a caption's closing credit, but is a title
    if kind is Kind.DATE and not line.cjk and text[-4:].isdigit() and _DATED_TITLE.match(text):
        kind = Kind.SHORT  # a column's title closed by its issue's date ("Weekly Market Notes – May 5, 2023")
    if kind in (Kind.STOP, Kind.JUNK, Kind.CREDIT, Kind.CAPTION, Kind.MARKER, Kind.DATE, Kind.NAV) \
            and not (kind is Kind.NAV and _titleish_nav(line)):
        return False
    if (("|" in text or "｜" in text) and not column_prefix(text)) or _URL.match(text) or is_breadcrumb(text):
        return False
    if "@" in text and len(text) <= _EMAIL_LINE and _EMAIL.search(text):
        return False
    if text[-4:] == " ago" and patterns.RELATIVE_STAMP.match(text):
        return False  # the story's stamp relative to the visit (Last updated: 11 hours ago)
    if credits.source_label(text) or patterns.SELF_MEDIA.match(text) or patterns.ORIGINAL_HEADLINE.match(text):
        return False
    if text[:1] in "CcRS" and patterns.COURTESY_SOURCE.match(text):
        return False  # Courtesy of Example News: where the story comes from, over its text
    if (":" in text[:16] or "：" in text[:8]) and patterns.TAG_LIST.match(text):
        return False  # the story's tag list (Topics: a, b, c), printed between byline and text
    if line.cjk:
        return line.han >= 6 and len(text) <= 80 and not text.endswith(("。", "：", ":")) and not _tool_bar(text)
    if line.words <= _BY_WORDS and patterns.BY_CAPITALS.match(text):
        return False  # a credit line whose By names a desk or a partner, not a writer
    if line.words <= _BY_WORDS and text[-1:] == "s" and patterns.DESK_REPORTS.match(text):
        return False  # a desk's credit alone in the byline slot (From staff and wire reports), not a title
    if text[-1] == ")" and _CREDITED_SENTENCE.search(text):
        return False  # a photo's caption: a sentence closed by its stop, then the picture's credit in brackets
    if text[-1] == "." and text[-3:-2] == "." and _INITIALISM.search(text):
        return 3 <= line.words <= 30 and len(text) <= 200  # closed by an abbreviation (… in N.Y.C.), not a stop
    if text[-1] == "." and not line.isolated and ". " in text and _TWO_PART_TITLE.match(text):
        return line.words <= 30 and len(text) <= 200  # a statement and its short tag line, both closed by a stop
    # a line closed by a comma is a list cut off (the topics a post is filed under: "Home, Gadgets,"), not a title
    return 3 <= line.words <= 30 and len(text) <= 200 and not text.endswith((".", ":", "…", ","))


def _lower_cased_links(line: Line) -> bool:
    """Tell whether an English line opens with a word in lower case alone ("example example Asia"), as menus set links.

    An English headline opens with a capital (or a word holding one: "iPhone sales double"), so a line whose
    first word has none is a row of links, not the title over a standfirst.
    """
    first = line.text.split(" ", 1)[0]
    return not line.cjk and first.isalpha() and first.islower()


# A photo caption under the headline: a sentence closed by its stop, then the picture's credit in brackets
# ("One of the new trams on its first run. (Example Transit)"). A headline closes with no stop before a bracket.
_CREDITED_SENTENCE = Pattern(r"[a-z0-9][.!?][\"'”’]?\s+\([A-Z][^()]{0,40}\)$")


# A headline of two sentences, a statement then a short tag line ("Shops keep opening early. Here's why."): both
# parts close with a stop, the tag line runs 2-8 words. A standfirst is one sentence or a longer second one; a
# paragraph is set off by blank lines (title_like asks this only of a line run together with its neighbours).
_TWO_PART_TITLE = Pattern(r"^[A-Z0-9\"'‘“][^.?!]{15,}[.?!] [A-Z\"'‘“][^\s.?!]*(?: [^\s.?!]+){1,7}\.$")


# A title's last word an initialism written with full stops ("Underneath N.Y.C.", "to the U.S."): its final
# full stop belongs to the abbreviation and does not make the line a sentence.
_INITIALISM = Pattern(r"(?:^|\s)(?:[A-Z]\.){2,}$")


# Links of a Chinese page's tool bar besides the menu words NAV_WORDS knows: 网站地图 (site map), 设为首页 (make
# this your home page), 加入收藏 (bookmark), and those of a signed-in reader's account menu a platform's header
# prints (个人中心 / 帐号设置 / 意见反馈 / 退出).
_TOOL_WORDS = frozenset((
    "网站地图", "網站地圖", "站点地图", "站點地圖", "设为首页", "設為首頁", "设置首页", "設置首頁",
    "加入收藏", "收藏本站", "繁体", "繁體", "简体", "簡體", "手机版", "手機版", "触屏版", "觸屏版",
    "个人中心", "個人中心", "帐号设置", "账号设置", "帳號設定", "帳號設置", "意见反馈", "意見反饋", "退出", "登出",
))
_TOOL_BAR = 40  # characters of a tool bar's line at most
# The same words run together, as links set side by side with no white space between them print
# (个人中心帐号设置意见反馈退出): two or more, the longest tried first, nothing else on the line.
_GLUED_TOOLS = Pattern("(?:" + "|".join(sorted(_TOOL_WORDS, key=len, reverse=True)) + "){2,}",
                       starts="".join({word[0] for word in _TOOL_WORDS}))


def _tool_bar(text: str) -> bool:
    """Tell whether a Chinese line is a tool bar: two or more links, each a menu or tool word (搜索 网站地图).

    Links printed with no space between them run together on the line; a headline is never made of
    tool words alone.
    """
    if len(text) > _TOOL_BAR:
        return False
    if " " not in text:
        return _GLUED_TOOLS.fullmatch(text) is not None
    words = text.split()
    return len(words) >= 2 and all(w in _TOOL_WORDS or patterns.NAV_WORDS.match(w) for w in words)


def _picture_marked(text: str) -> bool:
    """Tell whether a line ends in nothing but a portal's picture marker, (图) / (组图) / (视频).

    Sina, Tencent and Sohu flag an article with photos by closing its headline with (图); a
    caption's bracket names a photographer or holds more (（图：张三）, (圖／記者攝)), so a bare
    marker says title, not caption. The rest of the line must still have no caption mark.
    """
    tail = max(0, len(text) - 6)
    marked = _PICTURE_MARK.search(text, tail)
    return marked is not None and not body.is_caption(text[: marked.start()].rstrip(patterns.TRIM))


def _credit_above_date(lines: Sequence[Line], index: int, anchor: int) -> bool:
    """Tell whether an English line right above the date is a credit (names, or a By line's organisation).

    "Lily Kuo in Beijing"; "BY Jane Doe" / "EXAMPLE DAILY NEWS". A Chinese line right above the date that
    names a news site and ends with a writer's role is the byline's service under the writer's name
    (王大明 / BBC亞洲商業事務記者 / date), not a title.
    """
    if index != anchor - 1:
        return False
    text = lines[index].text
    if lines[index].cjk:
        return len(text) <= _SERVICE_CREDIT and text.endswith(_ROLE_ENDS) and bool(publishers.sites_in(text))
    return bool(english.parse_name_line(text)) or (index > 0 and english.credit_slot(lines[index - 1].text, text)
                                                   is not None)


_SERVICE_CREDIT = 20  # characters of a byline's service line with the writer's role glued (BBC中文記者) at most


def _account_over_date(lines: Sequence[Line], index: int, anchor: int) -> bool:
    """Tell whether a Chinese line right above the date is the posting account's name that the date line repeats.

    A platform's author box prints the account, then the time with the account's verification glued
    (示例日报新媒体 / 2024-05-18 16:56发布于北京示例日报新媒体官方账号): the name over the date is no title,
    the headline stands above it.
    """
    if index != anchor - 1 or anchor >= len(lines) or not lines[index].cjk:
        return False  # (the anchor may be the end of the lines: no date found)
    text = lines[index].text
    return len(text) <= _ACCOUNT_NAME and not lines[index].punctuated and text in lines[anchor].text


_ACCOUNT_NAME = 20  # characters of an account's name printed over the date at most
_ROLE_ENDS = tuple(patterns.AUTHOR_ROLES)


def column_prefix(text: str) -> str | None:
    """Return the column name a headline opens with before a bar (专栏|标题), else None.

    A bar usually joins a page title to its site's name, the short part last (标题 | 网站); a
    short name first, followed by the long title, is a column's label printed inside the headline.
    """
    parts = re.split(r"[|｜]", text)
    if len(parts) != 2:
        return None
    column, title = parts[0].strip(patterns.TRIM), parts[1].strip(patterns.TRIM)
    if 2 <= len(column) <= _COLUMN_MAX and " " not in column and len(title) >= 3 * len(column):
        return column
    return None


def _titleish_nav(line: Line) -> bool:
    """Tell whether a line among others (no blank around it) may still be the headline.

    Many pages print the headline as an <h1> right after the menu with no blank line; a line
    of headline length is allowed even so. A shorter Chinese line is allowed when it carries a
    title's punctuation (益阳：“数字”是优长, 7 Han): menu links are bare words, never a colon or quotes.
    """
    if line.cjk:
        return line.han >= 8 or (line.han >= _SHORT_TITLE_HAN and any(c in _TITLE_MARKS for c in line.text))
    return line.words >= 4


_SHORT_TITLE_HAN = 6  # Han characters of a Chinese title at least (title_like's own floor)
# A title's marks inside a line (a colon between place and topic, quotes, book-title marks, ! and ?); a
# line ending with a colon is still a label (title_like turns it away).
_TITLE_MARKS = frozenset("：“”《》！？")


def _notice(line: Line, kind: Kind) -> bool:
    """Tell whether a furniture line under a headline can be looked through: an old story's age notice.

    A template may print "This article is more than 5 years old" over and under the <h1>, then the
    standfirst: the notice stands between headline and standfirst as a label would.
    """
    return kind is Kind.JUNK and not line.cjk and line.text[:1] == "T" and bool(patterns.WIDGET.match(line.text)) \
        and line.text.endswith(" old")


def _transparent(line: Line) -> bool:
    """Tell whether a line between a headline and its standfirst can be looked through ("Editorial")."""
    return not line.cjk and line.words <= 2 and not _URL.match(line.text) and "." not in line.text


_DOCUMENT_KINDS = ("决议", "決議", "决定", "決定", "通知", "意见", "意見", "办法", "辦法", "条例", "條例", "规定",
                   "規定", "公告", "通告", "批复", "批覆", "方案", "纲要", "綱要")
_ISSUERS = ("委员会", "委員會", "国务院", "國務院", "办公厅", "辦公廳", "政府", "部", "局", "院", "会", "會", "署",
            "厅", "廳")
_WRAPPED_LINES = 3  # lines above the last one an official title may be wrapped over
_FRAGMENT_HAN = 30  # Han characters of one line of such a title at most


def wrapped_document_title(lines: Sequence[Line], index: int, used: set[int]) -> tuple[int, str] | None:
    """Return where an official document's title wrapped over several lines starts, and the title joined.

    A government page prints a document's title centred, broken over lines with no punctuation:
    全国人民代表大会常务委员会 / 关于批准…及 / 调整…的决议. The headline line closes with the kind of
    document; the lines right above it (no blank between) continue it up to the one opening with 关于,
    and above that only the issuer's name may stand.
    """
    if not lines[index].text.endswith(_DOCUMENT_KINDS):
        return None
    first, about = index, None
    while index - first < _WRAPPED_LINES and first > 0:
        upper = lines[first - 1]
        if first - 1 in used or not upper.cjk or upper.han > _FRAGMENT_HAN or upper.punctuated or upper.sentence \
                or upper.number + 1 != lines[first].number or len(upper.text) != upper.han:
            break
        if about is not None and not upper.text.endswith(_ISSUERS):
            break  # above the 关于 line only the issuer may stand
        first -= 1
        if upper.text.startswith(("关于", "關於")):
            about = first
    if about is None and not lines[index].text.startswith(("关于", "關於")):
        return None
    if about is not None and about > first and not all(lines[i].text.endswith(_ISSUERS) for i in range(first, about)):
        first = about
    if first == index:
        return None
    return first, "".join(lines[i].text for i in range(first, index + 1))


def choose_headline(lines: Sequence[Line], kinds: Sequence[Kind], anchor: int,
                    used: set[int]) -> tuple[int | None, int | None]:
    """Return (headline index, the other candidate passed over or None) above ``anchor``.

    The title-like line nearest above the anchor is taken, passing over a line of writers'
    names right above the date. When a second title-like line stands right above it (only
    blank lines or one label line between) and the lower one reads as a standfirst (longer,
    and punctuated if Chinese), the upper one is the headline.
    """
    anchor = _author_card(lines, anchor)
    # the writer's card listing her other stories stands between the headline and the date: look above it
    anchor = _writer_story_list(lines, anchor, max(0, anchor - HEADLINE_WINDOW))
    low = max(0, anchor - HEADLINE_WINDOW)
    # a header may print two stamps, the update over the first-published one: the names stand over both
    stamps = anchor
    while stamps > low and kinds[stamps - 1] is Kind.DATE:
        stamps -= 1
    labelled = _labelled_title(lines, kinds, _over_writer_card(lines, anchor, low) - 1, used)
    if labelled is not None:
        return labelled, None
    first = next((i for i in range(_over_writer_card(lines, anchor, low) - 1, low - 1, -1)
                  if i not in used and title_like(lines[i], kinds[i]) and not _credit_above_date(lines, i, stamps)
                  and not _account_over_date(lines, i, stamps)
                  and not lines[i].text.startswith(_BYLINE_LABELS)),
                 None)
    if first is None:
        return None, None
    if _picture_label(lines, kinds, first, used):
        return first - 1, None  # the lead picture's label over its caption, under the headline
    if _sentence_dek_under(lines, kinds, first, anchor, used):
        return first, None  # its standfirst is the sentence under it: a line above it is no headline
    upper = first - 1
    if upper >= 0 and upper not in used and (_transparent(lines[upper]) or _notice(lines[upper], kinds[upper])):
        upper -= 1  # one label line ("Editorial") or notice may stand between headline and standfirst
    if upper < 0 or upper in used or not title_like(lines[upper], kinds[upper]) or is_breadcrumb(lines[upper].text):
        return first, None
    if " " in lines[upper].text and _menu_tag(lines, upper) is not None:
        return first, None  # the story's channel tags (評論 社論 時事) over the headline, not a title
    if _lower_cased_links(lines[upper]):
        return first, None  # a menu's links set in lower case (edition one edition two), not a title
    if "ore:" in lines[upper].text and _CATEGORY_TAGS.match(lines[upper].text):
        return first, None  # the category with the story's tags run on (Politics More: A B C), not a title
    top, low_line = lines[upper], lines[first]
    if first == anchor - 1 and upper == first - 1 and not low_line.cjk and len(top.text) > len(low_line.text) \
            and _credited_caption(low_line.text) and patterns.BY_LINE.match(lines[anchor].text):
        return upper, None  # the picture's caption, its credit after a colon, between the headline and the By line
    # An English standfirst is a sentence or a long line; a short lower line is the headline under a kicker
    dek = low_line.punctuated if low_line.cjk else (low_line.sentence or low_line.words >= _DEK_WORDS)
    if low_line.cjk and not dek and low_line.text[-1:] == "）" and _COLUMN_TAGGED.match(low_line.text):
        return first, None  # the column's tag closes the paper's main title: the line over it is its kicker (引题)
    # under a trail, the first title line is the headline and a second one its subtitle; so it is under
    # the story's channel label (Local News | / headline / dek) when the page repeats the upper line
    # elsewhere (a list of popular stories, a trail closed by it) and not the lower one
    standfirst = (low_line.size > top.size and dek) or _crumb_above(lines, upper) \
        or (_label_above(lines, upper) and _copied(lines, upper) and not _copied(lines, first)) \
        or _dek_over_by_line(lines, upper, first) \
        or (upper == first - 2 and not top.cjk and not low_line.cjk
            and _SHARE_BUTTON.match(lines[first - 1].text) is not None)
    # the upper line is a headline, not a kicker, when it is not much shorter or longer than a kicker runs,
    # or when it is printed twice in a row: the trail over it closes with the page's title (首頁 / 日報 /
    # its title / its title / subtitle), which a kicker never is
    headline = top.size >= 0.4 * low_line.size or (not top.cjk and top.words > _KICKER_WORDS) \
        or (upper > 0 and lines[upper - 1].text == top.text)
    if standfirst and headline and top.text != low_line.text:
        if body.printed_again(lines, first) and not body.printed_again(lines, upper):
            return first, None  # the page repeats its title in its lists (slider, New Stories), never a standfirst
        return upper, first
    return first, None


# A Chinese paper's main title closed by its column's or series' tag in brackets: 在新时代…争先出彩（推动高质量
# 发展·权威发布）, …态势好（人民时评）. A kicker (引题) or subtitle (副题, opening with ——) carries none.
_COLUMN_TAGGED = Pattern(r"^(?![—-])[^（）]{4,}（[^（）]{2,16}）$")


def _dek_over_by_line(lines: Sequence[Line], upper: int, first: int) -> bool:
    """Tell whether, under a channel label, the lower of two English title lines is a dek over the By line.

    Restaurant reviews / Old diner reopens with a new menu / The second location opened downtown last
    week / By Jane Doe on Thu, Nov 9, 2023: under the label the upper line is the headline and the
    longer line right over the By line its standfirst, stop or no stop, written in sentence case (a
    title-cased lower line is the headline, under some other line of the menu). A long upper line
    (a sentence-case headline of a dozen words or more) is no menu item: the lower line is then the
    standfirst even when it is the shorter one.
    """
    low = lines[first]
    if first + 1 >= len(lines) or low.cjk or (low.size <= lines[upper].size and lines[upper].words < _DEK_WORDS):
        return False
    words = low.text.split()
    capitalised = sum(1 for word in words if word[:1].isupper())
    return 2 * capitalised < len(words) and _label_above(lines, upper) \
        and patterns.BY_LINE.match(lines[first + 1].text) is not None


def _labelled_title(lines: Sequence[Line], kinds: Sequence[Kind], by_line: int, used: set[int]) -> int | None:
    """Return the title a media label opens right over the story's By line, else None.

    A video story prints its title the way PROMO_LINK shapes a promo (VIDEO: Voting on the Future /
    By Jane Doe / Published November 8, 2023): over the By line and the date it is the headline.
    """
    if by_line < 1 or not patterns.BY_LINE.match(lines[by_line].text):
        return None
    index = by_line - 1
    if index in used or kinds[index] is not Kind.JUNK or not patterns.PROMO_LINK.match(lines[index].text):
        return None
    return index


_CARD_LINES = 6  # lines of a writer's card (name, bio, links, title) between a By line and the date at most


def _author_card(lines: Sequence[Line], anchor: int) -> int:
    """Return the By line heading a writer's card printed over the date line, else ``anchor`` itself.

    A template may print the writer's hover card as text between the By line and the date: the name
    again right under the By line, a one-line bio, the card's links, the writer's title (By Jane Doe /
    Jane Doe / Columnist covering city hall / Email Bio Follow / Columnist / date). The bio reads as a
    title line; the headline stands above the By line, so the search for it starts there.
    """
    for index in range(anchor - 2, max(-1, anchor - 1 - _CARD_LINES), -1):
        text = lines[index].text
        if text[:3] in ("By ", "BY ") and lines[index + 1].text == text[3:].strip():
            return index
    return anchor


_SENTENCE_DEK_WORDS = 6  # an English standfirst printed as a full sentence is at least this long


def _sentence_dek_under(lines: Sequence[Line], kinds: Sequence[Kind], index: int, anchor: int,
                        used: set[int]) -> bool:
    """Tell whether an English title line has its standfirst right under it: a sentence, then only By lines.

    Title / The former official made the remarks at a dinner. / By Jane Doe / date: the title line is the
    headline, whatever title-like line stands above it (a notification pop-over's question over the
    <h1>, a teaser): a page prints one standfirst, under the headline. Asked of the title line nearest
    above the date, it keeps the header whole above the date (no headline is looked for under it).
    """
    dek = index + 1
    if dek >= anchor or dek in used or kinds[dek] not in (Kind.TEXT, Kind.SENTENCE):
        return False
    line = lines[dek]
    if line.cjk or not line.sentence or line.words < _SENTENCE_DEK_WORDS or lines[index].cjk:
        return False
    between = range(dek + 1, anchor)
    return len(between) > 0 and all(patterns.BY_LINE.match(lines[i].text) for i in between)


def _over_writer_card(lines: Sequence[Line], anchor: int, low: int) -> int:
    """Return the By line opening a writer's card above ``anchor`` (By Jane Doe / Jane Doe / TV Critic / More
    Stories By Jane / <her other stories' titles> / View All / date), else ``anchor``.

    The card's links are titles of other stories, nearer the date than the headline: the headline is
    looked for above the By line.
    """
    card = next((i for i in range(anchor - 1, low - 1, -1)
                 if lines[i].text[:1] == "M" and patterns.WRITER_CARD.match(lines[i].text)), None)
    if card is None:
        return anchor
    return next((i for i in range(card - 1, low - 1, -1) if patterns.BY_LINE.match(lines[i].text)), anchor)


_LISTED_STORIES = 2  # a writer's card lists at least this many of her other stories, each signed with her name


def _writer_story_list(lines: Sequence[Line], anchor: int, low: int) -> int:
    """Return the top copy of a writer's name heading a card that lists her other stories, else ``anchor``.

    Jane Doe / Contributor / one-line bio / Kicker / Other title / Jane Doe / Kicker / Other title / Jane
    Doe / date: the card's story links each sign with the card's name, the lowest one right over the date,
    so the nearest title over the date is one of her other stories. The headline stands above the card.
    """
    name = lines[anchor - 1].text if anchor > 0 else ""
    if not name or len(name) > 40 or not (patterns.EN_NAME.match(name) or people.is_personal_name(name)):
        return anchor
    copies = [i for i in range(anchor - 1, low - 1, -1) if lines[i].text == name]
    signed = [i for i in copies[:-1] if i - 1 > low and title_like(lines[i - 1], Kind.TEXT)]
    if len(signed) < _LISTED_STORIES or len(signed) < len(copies) - 1:
        return anchor
    return copies[-1]


def _picture_label(lines: Sequence[Line], kinds: Sequence[Kind], index: int, used: set[int]) -> bool:
    """Tell whether a title-like line is the label of the lead picture printed under the headline.

    A template may print the picture's name right over its caption, between the headline and the
    byline, with no blank line between the three: Headline / Court hearings / The senator at his
    hearing (Jane Doe/Example Daily). The line nearest the byline is then the label, shorter than the
    headline right above it.
    """
    upper = index - 1
    if upper < 0 or index + 1 >= len(lines) or upper in used or kinds[index + 1] is not Kind.CAPTION:
        return False
    label, caption, top = lines[index], lines[index + 1], lines[upper]
    return top.number + 1 == label.number and label.number + 1 == caption.number and not label.cjk \
        and top.words > label.words and title_like(top, kinds[upper]) and not is_breadcrumb(top.text)


# A byline's label word before "by" ("Text by NEWS WIRES", "Words by Jane Doe"): a credit line, never the headline.
_BYLINE_LABELS = ("Text by ", "Words by ", "Story by ", "Written by ", "Report by ")
_CREDIT_WORDS = 3  # words of a picture credit closing a caption after a colon at most
_CAPTIONED_WORDS = 4  # words of the caption before that colon at least


def _credited_caption(text: str) -> bool:
    """Tell whether an English line ends as a caption does, its picture's credit after a colon.

    "Jane Doe speaks out in the film: Example Studios": a description of four or more words, then
    one to three capitalised words and no figure. A headline's colon comes early ("Review: …").
    """
    head, colon, credit = text.rpartition(": ")
    words = credit.split()
    return bool(colon) and len(head.split()) >= _CAPTIONED_WORDS and 1 <= len(words) <= _CREDIT_WORDS \
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words) and not credit.endswith(".")


_EN_BELOW_WORDS = 6  # words of an English title printed under the date line at least
_EN_KICKER_WORDS = 2  # words of an English kicker looked through between the date and such a title


def kicker_under_date(line: Line) -> str | None:
    """Return an English kicker printed between the date line and the headline under it (Sales/Marketing)."""
    text = line.text
    if line.cjk or not 1 <= line.words <= _EN_KICKER_WORDS or not text[:1].isupper() or len(text) > _KICKER_CHARS \
            or any(ch.isdigit() for ch in text):
        return None
    return text


_KICKER_CHARS = 30  # characters of such a kicker at most


def headline_below(lines: Sequence[Line], kinds: Sequence[Kind], date_at: int, end: int, used: set[int],
                   above: int | None) -> int | None:
    """Return a headline printed right under the date line, when no title line stands right above it.

    Most pages print the headline above the date; some print date and channel first (2017年12月09日 /
    地方 / 标题 / text). A title-like line within two lines under the date, before the article text,
    is the headline when the nearest candidate above the date is further than that (a menu item);
    a channel bar's short items between them (社會 / 社會焦點 / 保障人權 / 小志氣大夢想) are looked through.
    """
    if above is not None and date_at - above <= BELOW_REACH \
            and not any(is_breadcrumb(lines[i].text) for i in range(above + 1, date_at)):
        return None  # a title line close above the date is the headline, unless the trail stands between them
    if above is not None and _sentence_dek_under(lines, kinds, above, date_at, set()):
        return None  # headline / its standfirst / By line / date: the header is whole above the date
    reach = min(end, date_at + 1 + BELOW_REACH)
    index = date_at + 1
    bar = None  # a channel bar on one line passed on the way
    passed = 0  # a video's length and its player's placeholder looked through
    while index < reach:
        line = lines[index]
        if not line.cjk and not lines[date_at].cjk and passed < _PLAYER_LINES and _player_line(line):
            passed += 1  # a clip's page: date, length (00:35), the player (Loading...), then the title
            reach = min(end, reach + 1)
            index += 1
            continue
        if not line.cjk and not lines[date_at].cjk:  # a blog's stamp, its kicker, then a title's length
            least = _EN_CLIP_WORDS if passed and index + 1 == end and line.isolated else _EN_BELOW_WORDS
            if index not in used and line.words >= least and not patterns.BY_LINE.match(line.text) \
                    and title_like(line, kinds[index]) and not is_breadcrumb(line.text):
                return index
            if line.words > _EN_KICKER_WORDS or kinds[index] is not Kind.NAV:
                return None  # a caption, a link list's heading: no title of this story follows
            index += 1
            continue
        if index not in used and line.cjk and title_like(line, kinds[index]) and not is_breadcrumb(line.text):
            if not bar_line(line.text):
                return index
            # the channel bar printed on one line (大陸 大陸焦點 特派現場): the title under it, if any, is the headline
            bar = index if bar is None else bar
            reach = min(end, reach + 1, date_at + 1 + BELOW_REACH + _BAR_ITEMS)
        if line.cjk and len(line.text) <= _BAR_ITEM:
            # a channel bar's items one per line (政治 / 政治焦點) are looked through
            reach = min(end, reach + 1, date_at + 1 + BELOW_REACH + _BAR_ITEMS)
        index += 1
    return bar


def bar_line(text: str) -> bool:
    """Tell whether a Chinese line is a channel bar printed on one line: 大陸 大陸焦點 特派現場, 社會 社會焦點.

    Two to five tags of two to four Han characters: three or more, or one opening another (a channel and
    its 焦點 page). A headline with spaces has longer parts, or punctuation.
    """
    tags = text.split()
    if not 2 <= len(tags) <= _BAR_ITEMS or any(not 2 <= len(t) <= 4 or not patterns.HAN_RUN.fullmatch(t) for t in tags):
        return False
    return len(tags) >= 3 or any(a != b and b.startswith(a) for a in tags for b in tags)


_PLAYER_LINES = 2  # lines of a video player (its length, its placeholder) between a clip's date and title
_EN_CLIP_WORDS = 3  # words of a clip's title set off right over its summary at least
# What a video player prints where the clip will show: its length (00:35, 1:02:10) or a placeholder (Loading...).
_PLAYER_TEXT = Pattern(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|Loading(?:\.\.\.|…)|Loading video(?:\.\.\.|…)?)$")


def _player_line(line: Line) -> bool:
    """Tell whether a line is what a video player prints over a clip: its length or a loading placeholder."""
    return len(line.text) <= 20 and _PLAYER_TEXT.match(line.text) is not None


def headline_over_byline(lines: Sequence[Line], kinds: Sequence[Kind], dateline: DateLine, end: int,
                         used: set[int], alone: bool = False) -> int | None:
    """Return an English title line printed right under the date line and right over its By line, else None.

    Blogs print their banner or channel above the date and the post's title after it
    (Fact Tank - Our Lives in Numbers / November 20, 2014 / <title> / By Jane Doe): a title line
    the writer's By line follows is the headline, not the banner above the date. A long line there
    may be a standfirst under a title above the date; when no title line stands close above the
    date (``alone``: none, or only a menu item further up), it is the headline however long.
    """
    index = dateline.index + dateline.span
    if index + 1 >= end or index in used:
        return None
    line = lines[index]
    if line.cjk or not title_like(line, kinds[index]) or patterns.BY_LINE.match(line.text) \
            or not _by_line_follows(lines, index, end):
        return None
    return index if alone or line.words < _DEK_WORDS or split_dek(line.text) is not None else None


def _by_line_follows(lines: Sequence[Line], index: int, end: int) -> bool:
    """Tell whether a By line follows the title line ``index``, right under it or under its standfirst.

    A magazine prints the deck between its title and the By line (title / The star has achieved … /
    By Jane Doe): a longer English line there is the standfirst, not the By line's neighbour.
    """
    if index + 1 >= end:
        return False  # the title is the page's last line: nothing follows it
    if patterns.BY_LINE.match(lines[index + 1].text):
        return True
    if index + 2 >= end:
        return False
    dek = lines[index + 1]
    return not dek.cjk and dek.words > lines[index].words and not patterns.BY_LINE.match(dek.text) \
        and patterns.BY_LINE.match(lines[index + 2].text) is not None


def section_before_date(lines: Sequence[Line], date: DateLine, headline: int) -> tuple[str, int] | None:
    """Return a kicker the date line prints before its date ("Case Study March 3, 2020, 5:00PM EST").

    English pages only, and only when the headline stands right under the date line with its By line
    after it (directly or under a standfirst): the words before the date are then no writer's name,
    but the story's label. Capitalised words only; a date label (Posted, Updated) or a site is none.
    """
    found = date.found
    if date.span != 1 or lines[date.index].cjk or found.start < 2 or headline != date.index + 1 \
            or date.text[found.end:].strip(patterns.TRIM) or not _by_line_follows(lines, headline, len(lines)):
        return None
    label = date.text[:found.start].strip(patterns.TRIM + " |·•-–—")
    if label[:4].lower() in ("text", "font"):
        label = _SIZE_TOOL.sub("", label, count=1)  # the text-size buttons printed first: text size: T T Label
    if not label or not _DATE_TOPIC.match(label) or _DATE_TOPIC_NOT.search(label) or publishers.sites_in(label):
        return None
    return label, date.index


_SMALL_WORDS = frozenset(("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by",
                          "with", "from", "as", "vs", "via", "into", "over", "per"))
_DEK_MIN = 4  # words of a standfirst glued after a title-case headline at least (and of the headline)


_PART_WORDS = 6  # words of the first part of a two-part display title at most ("Jane Doe")
_JOINED_SHARE = 0.8  # share of the second part's words the joined title must hold
_WORD = re.compile(r"[a-z0-9]+")


def joined_title_above(lines: Sequence[Line], index: int) -> int:
    """Return the line printing a two-part display title joined, when it stands right above both parts.

    A celebrity site prints the title in two parts, a name and a tag line (Jane Doe /
    $10K Gala Dress ... STOLEN!!!!), under its <h1> joining them (Jane Doe's $10K Gala
    Dress -- STOLEN!!!): the joined line is the headline. It opens with the first part and
    holds nearly every word of the second, and little else.
    """
    if index < 2:
        return index
    full, kicker, title = lines[index - 2], lines[index - 1], lines[index]
    if full.cjk or kicker.cjk or title.cjk or not full.text.startswith(kicker.text):
        return index
    kicker_words, title_words = _WORD.findall(kicker.text.lower()), _WORD.findall(title.text.lower())
    full_words = _WORD.findall(full.text.lower())
    if not 1 <= len(kicker_words) <= _PART_WORDS or len(title_words) < 3 \
            or len(full_words) > len(kicker_words) + len(title_words) + 2:
        return index
    held = set(full_words[len(kicker_words):])
    return index - 2 if sum(w in held for w in title_words) >= _JOINED_SHARE * len(title_words) else index


def split_dek(text: str) -> str | None:
    """Return an English title-case headline with the standfirst the page glued after it cut off, else None.

    The <h1> and the dek printed in one block come out as one line: "I Wish Someone Had Told Me
    This Before I Became a Politician A letter to a young liberal". The headline capitalises every
    word but the small ones; the dek, in sentence case, opens with a capital and then capitalises
    nothing; where the one ends and the other begins is the cut.
    """
    words = text.split()
    for cut in range(len(words) - _DEK_MIN, _DEK_MIN - 1, -1):
        head, tail = words[:cut], words[cut:]
        if not tail[0][:1].isupper() or head[-1][-1:] in ",:;-–—":
            continue
        if any(w[:1].isupper() or not w[:1].isalpha() for w in tail[1:]):
            return None  # a capital (or a figure) further on: no sentence-case dek closes the line
        lower = [w for w in tail[1:] if w.lower() not in _SMALL_WORDS]
        big = [w for w in head if w.lower() not in _SMALL_WORDS]
        if len(lower) >= 2 and len(big) >= _DEK_MIN and all(w[:1].isupper() for w in big):
            return " ".join(head)
        return None
    return None


def headline_copied_below(lines: Sequence[Line], kinds: Sequence[Kind], date_at: int, used: set[int]) -> int | None:
    """Return the title line above the date line that the page prints again right under it, else None.

    A photo gallery or print box opening the article repeats the headline as its own title
    (PERRIS: Woman ordered … / BY … / Published: … / PERRIS: Woman ordered …). Boxes of the page's
    side column printed between headline and byline ("THINGS TO DO") are not repeated there, so
    the copy tells which of the title lines above the date is the headline.
    """
    below = {lines[i].text for i in range(date_at + 1, min(len(lines), date_at + 1 + _COPY_REACH))}
    for index in range(date_at - 1, max(-1, date_at - 1 - HEADLINE_WINDOW), -1):
        line = lines[index]
        if index not in used and line.text in below and (line.cjk or line.words >= _COPY_WORDS) \
                and title_like(line, kinds[index]):
            return index
    return None


def _crumb_above(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a breadcrumb (or its last piece, "> 山西要闻") stands right above ``index``.

    The headline follows the breadcrumb; a second title line under it is a subtitle.
    """
    if index == 0:
        return False
    text = lines[index - 1].text
    return text[:1] in _CRUMB_OPENERS or is_breadcrumb(text)


_CHANNEL_LABEL_WORDS = 2  # words of a channel label printed over the headline ("Local News |", "Issues") at most


def _label_above(lines: Sequence[Line], index: int) -> bool:
    """Tell whether an English channel label stands right above ``index`` ("Local News |", "Issues").

    Over a headline and its dek, a site prints the story's channel as a kicker: one or two capitalised
    words, maybe closed by a bar, with no sentence mark. Under it the first title line is the headline,
    as under a trail; a label so short is no title of its own.
    """
    if index == 0 or lines[index].cjk:
        return False
    label = lines[index - 1]
    text = label.text.rstrip(" |")
    return not label.cjk and 1 <= len(text.split()) <= _CHANNEL_LABEL_WORDS and text[:1].isupper() \
        and text.replace(" ", "").replace("&", "").isalpha() and lines[index - 1].number == lines[index].number - 1


def _copied(lines: Sequence[Line], index: int) -> bool:
    """Tell whether another line of the page repeats a title line, whole or closing it (a trail's last item).

    A page repeats its headline (in its list of popular stories, at the end of its trail, in a share
    box); a standfirst is printed once.
    """
    text = lines[index].text
    return any(i != index and (line.text == text or line.text.endswith(" " + text)) for i, line in enumerate(lines))


def opens_with_title(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether the first line of the article text is its headline (a long, punctuated title).

    Without a date line between them, a headline that reads like text (柳叶刀：…，优于发烧咳嗽)
    starts the densest run itself; it has no final full stop and the next line is a paragraph.
    """
    line = lines[index]
    if not title_like(line, kinds[index]) or line.sentence or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    return kinds[index + 1] is Kind.TEXT and following.size > 1.5 * line.size


def title_before_date(lines: Sequence[Line], dateline: DateLine) -> str | None:
    """Return the headline printed before the date on the date line itself (标题 2014-04-30 23:54), else None.

    Some templates set the date inside the <h1>, after the title and a space: the dump prints both
    on one line. Taken only when no title line stands near the date, so a date line's label or
    source before the date is not read as a title.
    """
    found = dateline.found
    line = lines[dateline.index]
    text = line.text
    if dateline.span != 1 or found.start < 2 or not text[found.start - 1].isspace() \
            or text[found.end:].strip(patterns.TRIM):
        return None
    title = text[:found.start].strip(patterns.TRIM)
    part = measure(line.number, title, line.isolated)
    if patterns.DATE_LABEL.search(title) or not title_like(part, body.kind_of(part)):
        return None
    return title


_CREDIT_TITLE_WORDS = 20  # words of a title closed by a full stop, printed under a photo's credit, at most


def _title_under_credit(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a one-sentence line ending its block right under a photo's credit, over the text, is the title.

    A stream's item (a blog's post, a site's short take) may set its title as a sentence with a full
    stop, under the item's photo and its credit (Jane Doe/Getty / "Maybe the plan is more than it
    seems." / blank / paragraph): no title-like line stands next to it, and the lines above are the
    writer's name and a time stamp relative to the visit.
    """
    if index < 1 or index + 1 >= len(lines) or kinds[index] is not Kind.SENTENCE \
            or kinds[index - 1] is not Kind.CAPTION:
        return False
    line = lines[index]
    if not 3 <= line.words <= _CREDIT_TITLE_WORDS or line.cjk or ". " in line.text[:-1]:
        return False
    return lines[index - 1].number == line.number - 1 and lines[index + 1].number > line.number + 1


def fallback_headline(lines: Sequence[Line], kinds: Sequence[Kind], anchor: int, used: set[int]) -> int | None:
    """Return the nearest title-like line above ``anchor`` at any distance, else a short title (重要通知).

    Failing both, the first title-like line of the page. A title closed by a full stop right above the
    text, glued under the photo's credit, goes first (see ``_title_under_credit``).
    """
    if _title_under_credit(lines, kinds, anchor - 1) and anchor - 1 not in used:
        return anchor - 1
    for index in range(anchor - 1, -1, -1):
        if index not in used and title_like(lines[index], kinds[index]):
            return index
    for index in range(anchor - 1, max(-1, anchor - 1 - HEADLINE_WINDOW), -1):
        line = lines[index]
        if index not in used and kinds[index] in (Kind.SHORT, Kind.NAV) and len(line.text) <= 80 \
                and (line.han >= 2 or line.words >= 1) and not patterns.NAV_WORDS.match(line.text) \
                and not is_breadcrumb(line.text):
            return index
    return next((i for i in range(len(lines)) if i not in used and title_like(lines[i], kinds[i])), None)


# ---------------------------------------------------------------------------------------------
# section


_SECTION_LABEL_STARTS = patterns.SECTION_LABEL.starts


def labelled_section(lines: Sequence[Line], skip: range) -> tuple[str, int] | None:
    """Return a section named by a label ("Overview: World", "FILED UNDER:" then "Business")."""
    for index, line in enumerate(lines):
        if index in skip or line.text[:1] not in _SECTION_LABEL_STARTS:  # no label opens it: no call of re
            continue
        match = patterns.SECTION_LABEL.match(line.text)
        if match is None:
            continue
        value = match.group("section").strip(patterns.TRIM)
        if not value and index + 1 < len(lines):
            value = lines[index + 1].text
            if value.lower() in _FRONT_PAGE and index + 2 < len(lines) and _nav_section(lines[index + 2].text) \
                    and not lines[index + 1].isolated:
                value = lines[index + 2].text  # FILED UNDER: / Top News / World: the channel after the grouping
        value = _first_listed(value)
        if value and len(value) <= 30 and not patterns.NAV_WORDS.match(value):
            return value, index
    return None


def _first_listed(value: str) -> str:
    """Return the first of several categories a section label lists ("Filed under: Nation, Politics").

    A story filed under several categories names its own channel first; the others are cross-listings.
    """
    if "," not in value and "、" not in value and "，" not in value:
        return value
    parts = [p.strip(patterns.TRIM) for p in re.split(r"[,，、]", value)]
    if len(parts) > 1 and all(0 < len(p) <= 30 for p in parts):
        return parts[1] if parts[0].lower() in _FRONT_PAGE else parts[0]
    return value


# Front-page groupings a story is also filed under, listed before its own channel ("Top News, World").
_FRONT_PAGE = frozenset(("top news", "top stories", "featured", "breaking news", "latest news", "headlines"))


def _earlier(lines: Sequence[Line], index: int, text: str) -> bool:
    """Tell whether ``text`` stands alone on a line before ``index`` (a menu item repeated)."""
    return any(lines[i].text == text for i in range(index - 1))


def _recased_menu_item(lines: Sequence[Line], index: int) -> bool:
    """Tell whether an English label of two or more words repeats a menu item above it in other capitals.

    A topic link over the headline may print its name in sentence case (Restaurant reviews) where the
    menu capitalises every word (Restaurant Reviews): the same channel, not a title line. An eyebrow
    in capitals may be one word (HEALTH over the headline, Health in the menu): a word in capitals is
    no sentence's first word, so one word is enough there.
    """
    line = lines[index]
    text = line.text
    if line.cjk or (" " not in text and not (text.isupper() and text.isalpha())) or not _nav_section(text) \
            or not text[:1].isupper():
        return False
    folded = text.casefold()
    return any(lines[i].text != text and lines[i].text.casefold() == folded for i in range(index - 1))


_GLUED_ITEM = 6  # characters of a Chinese channel's name over the headline looked for inside run-together menus
_GLUED_MENU = 40  # characters of a menu line printing its links run together at most
_GLUED_COPIES = 2  # such menu lines holding the name at least (the menu and the footer's site map)


def _glued_menu_item(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a Chinese label over the headline is one of the links of a menu printed run together.

    A template may print a menu's links with nothing between them (政經金融圈科技…): no item stands
    alone on a line to be found again (``_earlier``), but the channel named over the headline stands
    inside such a line, and inside another (the footer's site map lists the menu once more). Two
    lines, so a label that happens to stand inside one other line is no evidence.
    """
    line = lines[index]
    text = line.text
    if not line.cjk or line.isolated or len(text) > _GLUED_ITEM or " " in text or not _nav_section(text) \
            or publishers.sites_in(text):
        return False
    holding = sum(1 for i, other in enumerate(lines) if i != index and len(other.text) <= _GLUED_MENU
                  and text in other.text and other.text != text and " " not in other.text and not other.sentence)
    return holding >= _GLUED_COPIES


def _menu_copy(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a menu item repeated above the headline closes a second copy of the whole menu.

    A menu printed twice (a scrolling bar and its drop-down, … 財經 / 視頻材料 / BBC英倫網 each time)
    puts its last item over the headline again: the item before it repeats the one before its first
    copy too, where a channel named over the headline follows another line than in the menu.
    """
    text = lines[index].text
    earlier = next((i for i in range(index - 2, -1, -1) if lines[i].text == text), None)
    return earlier is not None and earlier > 0 and lines[earlier - 1].text == lines[index - 1].text


_TAG_ITEMS = 3  # channel tags on the line over a Chinese headline at most


def _menu_tag(lines: Sequence[Line], index: int) -> str | None:
    """Return the one channel tag of a line of two or three (焦點 綜合) that the site's menu prints above it.

    A page may print the story's channel and sub-channel as two links over the headline; the
    channel is the tag the menu lists as an item of its own, the sub-channel one it does not.
    """
    line = lines[index]
    tags = line.text.split()
    if not line.cjk or not 2 <= len(tags) <= _TAG_ITEMS or any(not 2 <= len(t) <= 4 or not patterns.HAN_RUN.fullmatch(t)
                                                              for t in tags):
        return None
    listed = [t for t in tags if _nav_section(t) and _earlier(lines, index, t)]
    if not listed and patterns.NAV_WORDS.match(tags[0]) and not patterns.HOME_WORDS.match(tags[0]) \
            and _earlier(lines, index, tags[0]) and all(_nav_section(t) and not _earlier(lines, index, t)
                                                        for t in tags[1:]):
        return tags[0]  # a channel named with a menu word (評論, opinion) first, its sub-channels after it
    return listed[0] if len(listed) == 1 else None


def _nav_section(text: str) -> bool:
    """Tell whether a short line can name a section (not a menu widget, not a sentence)."""
    words = len(text.split())
    return _MIN_SECTION <= len(text) <= 30 and words <= 4 and not patterns.NAV_WORDS.match(text) \
        and not patterns.WIDGET.match(text) and not re.search(r"[.!?。！？,，:：|]", text) \
        and not _COMMENT_BUTTON.search(text) \
        and not (text[:1] in "RrCc" and patterns.READ_ON_BUTTON.match(text))  # a folded story's "Read full article"


# A button to the readers' comments ("View/Post Comments", "Post a comment"): no section's name (a section
# may be named "Comment", opinion pieces).
_COMMENT_BUTTON = Pattern(r"\b[Cc]omments\b|\b(?:Post|Add|Leave|Write) (?:a )?[Cc]omment\b")


def _kicker(text: str) -> bool:
    """Tell whether a line can be a kicker naming a topic: short, capitalised or Chinese, no sentence."""
    return _MIN_SECTION <= len(text) <= 40 and len(text.split()) <= 6 and not patterns.NAV_WORDS.match(text) \
        and text not in _SPONSOR_LABELS and not re.search(r"[.!?。！？,，:：|]", text) \
        and (text[:1].isupper() or not text[:1].isascii())


# characters of a section's or kicker's name at least: a lone letter over the headline is a button (the "A A A"
# of a font-size switch), and a sponsor slot's label (Supported by) names no topic
_MIN_SECTION = 2


def _repeated(lines: Sequence[Line], index: int, text: str) -> bool:
    """Tell whether ``text`` stands alone on a line after ``index`` (a tag under the story), and is no site name."""
    return any(line.text == text for line in lines[index + 1:]) and not publishers.sites_in(text)


_TAG_REACH = 4  # lines under the headline searched for the story's tag list (byline, date, then Topics: …)
_TAG_WORDS = 3  # words of a topic kicker at most


def _tagged_below(lines: Sequence[Line], headline: int, text: str) -> bool:
    """Tell whether the tag list under the headline (Topics: a, nation, b) names ``text`` as one of its tags.

    A topic link printed over the headline, in lower case as the site's tags are (nation), is the
    story's topic when the tag list printed between byline and text repeats it.
    """
    if not 0 < len(text) <= 30 or len(text.split()) > _TAG_WORDS or patterns.NAV_WORDS.match(text):
        return False
    for index in range(headline + 1, min(len(lines), headline + 1 + _TAG_REACH)):
        tags = lines[index].text
        if (":" in tags[:16] or "：" in tags[:8]) and patterns.TAG_LIST.match(tags):
            items = re.split(r"\s*[,，、]\s*", re.split(r"[:：]", tags, maxsplit=1)[1].strip())
            return text.lower() in (item.lower() for item in items)
    return False


_GLUED_TAG_REACH = 20  # lines under the headline searched for the story's tag links run together
_GLUED_TAG_ROW = 200  # characters of such a line at most
_SENTENCE_MARK = Pattern(r"[.!?]")


def _glued_tag_row(lines: Sequence[Line], headline: int, text: str) -> bool:
    """Tell whether the story's tag links, run together on one line under the headline, open with ``text``.

    A page printing its tags as links with no separator gives one line in the dump (chaos
    theorycomputer sciencephysics): a topic link over the headline, in lower case as the tags
    are, is the story's topic when that line opens with it and the next tag is glued right on
    (a letter, no space). The line holds no sentence; a capitalised kicker has rules of its own.
    """
    if not text[:1].islower() or not 0 < len(text) <= 30 or len(text.split()) > _TAG_WORDS \
            or _SENTENCE_MARK.search(text) or patterns.NAV_WORDS.match(text):
        return False
    size = len(text)
    for index in range(headline + 1, min(len(lines), headline + 1 + _GLUED_TAG_REACH)):
        row = lines[index].text
        if size < len(row) <= _GLUED_TAG_ROW and row[size].isalpha() and row.startswith(text) \
                and not _SENTENCE_MARK.search(row):
            return True
    return False


_TOPIC_HEADINGS = frozenset(("topics", "tags", "related topics"))
_TOPIC_ITEMS = 8  # lines of a Topics box's items looked at, under its heading


def _topic_listed(lines: Sequence[Line], kicker: int) -> bool:
    """Tell whether the kicker over the headline is one of the topics a box after the text lists (Topics / a / b).

    A kicker run into the menu lines above the headline (no blank line around it) reads like a
    menu item; the page's Topics box, each topic on a line of its own, printing it again makes it
    the story's topic. Only a capitalised kicker of a few words, no site's name.
    """
    text = lines[kicker].text
    if lines[kicker].cjk or not _kicker(text) or len(text.split()) > _KICKER_WORDS or publishers.sites_in(text) \
            or patterns.WIDGET.match(text):
        return False
    for index in range(kicker + 2, len(lines)):
        if lines[index].text.rstrip(":").lower() in _TOPIC_HEADINGS:
            return any(lines[j].text == text for j in range(index + 1, min(len(lines), index + 1 + _TOPIC_ITEMS)))
    return False


_ABOUT_LINE = Pattern(r"^This (?:article|story|post) is (?:about|filed under):? (?P<topic>[^.!?]{2,40})$", starts="T")
_TAG_ROW = 120  # characters of a row of tag links run together on one line at most
_TAG_ROW_GAP = 5  # lines under the headline before such a row is looked for (the header's own lines)


def _topic_named_below(lines: Sequence[Line], kicker: int) -> bool:
    """Tell whether the kicker over the headline is the topic a line after the text names.

    A kicker glued to the menu lines reads like one more menu item; the page names it again under the
    story, in a line of its own ("This article is about MARKETING", any case) or as one of the tag links
    run together on one line, each a capitalised word or two (Growth Strategies Fear Success Stories).
    Only a capitalised kicker of a few words that no line above it prints, no site's name.
    """
    text = lines[kicker].text
    if lines[kicker].cjk or not _kicker(text) or len(text.split()) > _TAG_WORDS or publishers.sites_in(text) \
            or patterns.WIDGET.match(text) or _earlier(lines, kicker, text):
        return False
    wanted = text.lower()
    for index in range(kicker + 1 + _TAG_ROW_GAP, len(lines)):
        row = lines[index].text
        about = _ABOUT_LINE.match(row) if row[:1] == "T" else None
        if about is not None:
            return about.group("topic").lower() == wanted
        if len(text) < len(row) <= _TAG_ROW and f" {text} " in f" {row} " and not _SENTENCE_MARK.search(row) \
                and all(word[:1].isupper() or word == "&" for word in row.split()) \
                and not any(lines[j].text == row for j in range(index)):
            return True
    return False


_SHARE_BAR_LINES = 3  # share buttons (Share this: / Share / Tweet) looked past above a headline; not other
# widgets: a comments link or a menu's last item above the headline is page furniture of another kind
_SHARE_BAR_LENGTH = 20  # characters of such a line at most
_TOP_LABEL_WORDS = 4  # words of a one-item trail printed as a page's first line at most
_TEASER_WORDS = 5  # words of another story's title printed above a News flag at least (a menu item has fewer)


# A time stamp's label printed alone, the time itself left for a script to fill in: "Updated", "Published".
_EMPTY_STAMPS = frozenset(("Updated", "Published", "Posted", "Last updated", "UPDATED", "PUBLISHED", "POSTED"))


def section_above(lines: Sequence[Line], headline: int) -> tuple[str, int] | None:
    """Return a section printed just above the headline: a channel line, or a repeated menu item.

    A kicker (a short topic line of its own) may stand between the section and the headline, and
    a share bar (Share this: / Share) printed above the headline is looked past.
    """
    twice = _between_copies(lines, headline)
    if twice is not None:
        return twice
    if headline > 1 and lines[headline - 1].text == lines[headline - 2].text \
            and _kicker(lines[headline - 1].text) and _nav_section(lines[headline - 1].text) \
            and not publishers.sites_in(lines[headline - 1].text):
        return lines[headline - 1].text, headline - 1  # the index title printed twice over the headline (two layouts)
    skipped = 0
    while headline > 0 and skipped < _SHARE_BAR_LINES and len(lines[headline - 1].text) <= _SHARE_BAR_LENGTH \
            and lines[headline - 1].text.lower().startswith(("share", "tweet")) \
            and patterns.WIDGET.match(lines[headline - 1].text):
        headline, skipped = headline - 1, skipped + 1
    if headline > 0 and _notice(lines[headline - 1], body.kind_of(lines[headline - 1])):
        headline -= 1  # an old story's age notice printed between the kicker and the headline
    if headline > 1 and patterns.READ_TIME.match(lines[headline - 1].text):
        headline -= 1  # the story's reading time (5 min read) printed between the kicker and the headline
    skipped = 0
    while headline > 0 and skipped < _SHARE_BAR_LINES and _dual_label(lines[headline - 1]):
        headline, skipped = headline - 1, skipped + 1  # a switch's buttons, each label printed long and short
    if headline > 1 and (lines[headline - 1].text in _EMPTY_STAMPS
                         or patterns.RELATIVE_STAMP.match(lines[headline - 1].text)):
        # the eyebrow over a relative time stamp (Published 1 day ago) over the title, or over a stamp's label
        # whose time a script fills in (Updated, its <time> empty in the saved page)
        eyebrow = lines[headline - 2]
        if not eyebrow.cjk and _kicker(eyebrow.text) and len(eyebrow.text.split()) <= _KICKER_WORDS \
                and not patterns.WIDGET.match(eyebrow.text) and not publishers.sites_in(eyebrow.text):
            return eyebrow.text, headline - 2
    if headline > 0 and _news_flag(lines, headline - 1):
        return lines[headline - 1].text, headline - 1
    for index in range(headline - 1, max(-1, headline - 3), -1):
        tagged = _CATEGORY_TAGS.match(lines[index].text) if "ore:" in lines[index].text else None
        if tagged is not None:
            return tagged.group("section"), index  # the category before its tag list (Politics More: A B C)
    for index in range(headline - 1, max(-1, headline - 3), -1):
        text = lines[index].text
        if patterns.CHANNEL_LINE.match(text):
            return text, index
        if _nav_section(text) and _earlier(lines, index, text) and not _menu_copy(lines, index):
            return text, index
        if index == headline - 1 and (tag := _menu_tag(lines, index)) is not None:
            return tag, index  # the story's channel tags over the headline (焦點 綜合): the one the menu lists
        if index == headline - 1 and _recased_menu_item(lines, index):
            return text, index  # the topic link over the headline, in sentence case, names a menu item
        if not (_nav_section(text) and text[:1].isupper()):
            break  # only a capitalised kicker may be looked past
    grouped = _slashed_groups(lines, headline - 1 if headline > 0 and lines[headline - 1].text != lines[headline].text
                              else headline - 2)
    if grouped is not None:
        return grouped  # the story's groups one per line, each but the last closed by a slash: the first
    kicker = headline - 1
    if kicker >= 0 and (first := _filed_under(lines[kicker].text)) is not None:
        return first, kicker  # the topics the post is filed under, the label an image: the first one names it
    typed = _TYPED_KICKER.match(lines[kicker].text) if kicker >= 0 and "|" in lines[kicker].text else None
    if typed is not None and _kicker(typed.group("topic")) and not publishers.sites_in(typed.group("topic")):
        return typed.group("topic"), kicker  # the story's type in lower case, then its topic: column | Higher Education
    if kicker >= 0 and _tagged_below(lines, kicker + 1, lines[kicker].text):
        return lines[kicker].text, kicker  # a topic link over the headline that the story's tag list names
    if kicker >= 0 and _glued_tag_row(lines, kicker + 1, lines[kicker].text):
        return lines[kicker].text, kicker  # a topic link over the headline that opens the tag links run together
    if kicker >= 0 and _topic_listed(lines, kicker):
        return lines[kicker].text, kicker  # a topic link over the headline that the Topics box after the text lists
    if kicker >= 0 and _topic_named_below(lines, kicker):
        return lines[kicker].text, kicker  # a topic link over the headline that the tag line after the text names
    if kicker >= 0 and lines[kicker].isolated and _kicker(lines[kicker].text) \
            and _repeated(lines, kicker, lines[kicker].text):
        # a kicker set off on its own that the page prints again as a tag (Filed under … / X); a line in a
        # run of others repeated below the story is a share bar or a menu printed twice ("More sharing")
        return lines[kicker].text, kicker
    if kicker >= 0 and _english_kicker(lines[kicker]):
        return lines[kicker].text, kicker  # a kicker set off on its own right above the headline
    if kicker >= 0 and _glued_menu_item(lines, kicker):
        return lines[kicker].text, kicker  # the channel over the headline, one of a menu's links printed run together
    if kicker >= 1 and (lines[kicker - 1].text in _SPONSOR_LABELS or _account_links(lines[kicker - 1].text)) \
            and not lines[kicker].cjk \
            and _kicker(lines[kicker].text) and len(lines[kicker].text.split()) <= _KICKER_WORDS \
            and not patterns.WIDGET.match(lines[kicker].text) and not publishers.sites_in(lines[kicker].text):
        # the kicker under the sponsor's label (Supported by / Africa / headline), or under the account links
        # closing the site's header (Log In Log Out / American Opportunity / headline)
        return lines[kicker].text, kicker
    if kicker >= 0 and (label := _colon_label(lines[kicker])) is not None:
        return label, kicker  # the story's type as a label over the headline: Reference: / <title>
    if kicker >= 0 and lines[kicker].text.endswith(_DECK_DASHES) and not lines[kicker].cjk:
        name = lines[kicker].text[:-2].rstrip()  # an upper deck run into the headline by a dash: Biz & IT —
        if _kicker(name) and len(name.split()) <= _KICKER_WORDS and _earlier(lines, kicker, name):
            return name, kicker
    if kicker == 0 and _top_label(lines[0]):
        return lines[0].text, 0  # the page's only line above the headline: a one-item trail (Opinion Blog)
    return None


# The label of a sponsor's slot over the story's header, its logo an image: the line under it opens the header.
_SPONSOR_LABELS = frozenset(("Supported by", "Sponsored by", "Presented by"))

# The reader's account links closing a site's header, printed on one line: "Log In Log Out" (one shown when
# signed out, the other when signed in), "Sign in | Register". The line under them opens the story's header.
_ACCOUNT_LINKS = Pattern(r"^(?:(?:Log ?in|Log ?out|Sign ?in|Sign ?out|Register|Sign up)(?:\s*[|/]\s*|\s+|$)){2,3}$",
                         re.IGNORECASE, starts="LSR")


def _account_links(text: str) -> bool:
    """Tell whether a line is a header's pair of account links (Log In Log Out, Sign in | Register)."""
    return len(text) <= 30 and text[:1] in "LlSsRr" and _ACCOUNT_LINKS.match(text) is not None

_DUAL_LABEL = 8  # characters of a button printing its label twice (中英雙語 雙語) at most


def _dual_label(line: Line) -> bool:
    """Tell whether a Chinese line is a button printing its label twice, long and short: 中文 中, 中英雙語 雙語.

    A responsive page prints both texts of each button of a switch (one for wide, one for narrow screens).
    """
    parts = line.text.split()
    return line.cjk and len(line.text) <= _DUAL_LABEL and len(parts) == 2 and parts[1] != parts[0] \
        and parts[1] in parts[0]


def _between_copies(lines: Sequence[Line], headline: int) -> tuple[str, int] | None:
    """Return the kicker printed between two copies of the headline (a bar's title, the kicker, the title).

    A page whose title also stands in a sticky bar prints it twice, with the section's kicker in
    between, over the title it labels; the headline found may be either copy. The bar may close with
    the story's comment count (title, kicker, "36 comments", title).
    """
    text = lines[headline].text
    for kicker in (headline + 1, headline - 1):
        other = 2 * kicker - headline
        if 0 <= other < len(lines) and lines[other].text == text and _kicker(lines[kicker].text) \
                and not publishers.sites_in(lines[kicker].text):
            return lines[kicker].text, kicker
    for kicker, count, other in ((headline - 2, headline - 1, headline - 3),
                                 (headline + 1, headline + 2, headline + 3)):
        if 0 <= other < len(lines) and lines[other].text == text and lines[count].text[:1].isdigit() \
                and patterns.COMMENTS_HEADING.match(lines[count].text) and _kicker(lines[kicker].text) \
                and not publishers.sites_in(lines[kicker].text):
            return lines[kicker].text, kicker
    return None


_DECK_DASHES = (" —", " –", " -")  # the dash closing an upper deck that runs into the headline

_FILED_TOPICS = 4  # topics of a filed-under list over the headline at most


def _slashed_groups(lines: Sequence[Line], last: int) -> tuple[str, int] | None:
    """Return the first of the groups a story is filed in, printed one per line over its title (Apple/ / Tech/ / AI).

    A template lists the story's groups over the headline (maybe printed twice: the twin is passed
    over) joined by slashes, each link's separator glued after it, so every line but the last ends
    with "/"; the first group is the story's own. A trail opening with its home item is a breadcrumb,
    read elsewhere; 2 to 4 short capitalised items only, and the line above the first has no slash.
    """
    if last < 1 or lines[last].text.endswith("/") or not _kicker(lines[last].text) or lines[last].cjk:
        return None
    first = last
    while first > 0 and last - first < _FILED_TOPICS - 1 and lines[first - 1].text.endswith("/") \
            and _kicker(lines[first - 1].text[:-1]) and not lines[first - 1].cjk:
        first -= 1
    if first == last or (first > 0 and lines[first - 1].text.endswith("/")):
        return None  # no slashed item, or a longer run: a menu's items (Tech/ Reviews/ Science/ …)
    item = lines[first].text[:-1].strip()
    if patterns.HOME_WORDS.match(item) or publishers.sites_in(item):
        return None
    return item, first


def _filed_under(text: str) -> str | None:
    """Return the first topic of a list of topics closed by its comma (Home Entertainment, HD Set Tops,), else None.

    A blog prints the topics a post is filed under over its title, after an image label, each
    followed by a comma; the line closed by the comma is that list, and its first topic the post's.
    """
    if not text.endswith(",") or not text[:1].isupper():
        return None
    items = [item.strip() for item in text[:-1].split(",")]
    if not 1 <= len(items) <= _FILED_TOPICS or not all(_kicker(item) for item in items):
        return None
    return items[0]


# The heading of a list of links to more stories of the page's channel, printed over the date: "More Sports:".
_MORE_LIST = Pattern(r"^More (?P<section>[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2}):$", starts="M")
_MORE_LIST_ITEMS = 8  # links of such a list between its heading and the date at most


def section_over_date(lines: Sequence[Line], date_at: int) -> tuple[str, int] | None:
    """Return the channel printed right above a date line that the headline follows (English pages).

    Politics / November 22, 2014 / <title>: with the title under the date, the short line over the
    date is the channel's label; a blog's banner (Fact Tank - Our Lives in Numbers) names the
    channel before its dash when the menu lists that name.
    """
    if date_at < 1 or lines[date_at - 1].cjk:
        return None
    for index in range(date_at - 1, max(-1, date_at - 1 - _MORE_LIST_ITEMS), -1):
        more = _MORE_LIST.match(lines[index].text)
        if more is not None and index < date_at - 1:
            return more.group("section"), index  # More Sports: / Eagles / Flyers / date: the box names the channel
        if not _kicker(lines[index].text) or len(lines[index].text.split()) > _TOP_LABEL_WORDS:
            break
    text = lines[date_at - 1].text
    name = text.split(" - ")[0] if " - " in text else text
    if name != text and not _earlier(lines, date_at - 1, name):
        return None
    if _kicker(name) and len(name.split()) <= _TOP_LABEL_WORDS and not patterns.WIDGET.match(name) \
            and not publishers.sites_in(name):
        return name, date_at - 1
    return None


# A text-size tool's label and its one-letter buttons opening a strap line: "text size: T T", "Font size A A".
_SIZE_TOOL = Pattern(r"^(?:text|font)[ -]?size:?(?: [A-Za-z][+-]?){1,3}(?: |$)", re.IGNORECASE)

# A topic printed after the date on the date line: "24 July 2026 Peace and Security" (capitalised words only).
_DATE_TOPIC = Pattern(r"^[A-Z][a-z]+(?: (?:and|of|&|[A-Z][a-z]+)){0,3}$")
_DATE_TOPIC_NOT = Pattern(r"\b(?:By|Updated|Published|Posted|Modified|Last|Edited|Source|From|Print|Share|Email)\b|"
                          r"\b(?:[A-Z]{2,5}T|GMT|UTC|Local|Time)$")


def section_on_date(lines: Sequence[Line], date: DateLine) -> tuple[str, int] | None:
    """Return a topic the date line prints after its date ("24 July 2026 Peace and Security"), English pages.

    The date must open the line and the topic close it, as capitalised words: a byline, a time
    zone or an update label after the date is none.
    """
    if date.span != 1 or lines[date.index].cjk:
        return None
    rest = date.text[date.found.end:].strip(patterns.TRIM + " |·•-–—")
    if rest[:3] in ("by ", "By ") and " In " in rest and (filed := _BY_IN_CATEGORY.match(rest)) is not None:
        return filed.group("section"), date.index  # Published: May 20, 2020 by Jane Doe In Small Business News 0
    if date.found.start != 0:
        return None
    if not rest or not _DATE_TOPIC.match(rest) or _DATE_TOPIC_NOT.search(rest) or publishers.sites_in(rest):
        return None
    return rest, date.index


# A WordPress meta line's writer and category after the date: "by Jane Doe In Small Business News 0" (the comment
# count closing it). The category is the section.
_BY_IN_CATEGORY = Pattern(r"^[Bb]y [A-Z][^|]{1,60}? In (?P<section>[A-Z][\w&'’ -]{1,40}?)(?: \d+)?$")


# A kicker naming the story's type (a lower-case word, the page's article class) and its topic: "column | Higher
# Education". The topic is the section.
_TYPED_KICKER = Pattern(r"^[a-z]{3,12} \| (?P<topic>[A-Z].{0,39})$")


# A category label with the story's tags run on after it on one line: "Military & Defense More: Britain Argentina".
_CATEGORY_TAGS = Pattern(r"^(?P<section>[A-Z][\w&'’ -]{1,30}?) More: \S")


def _top_label(line: Line) -> bool:
    """Tell whether the first line of a page, right above its headline, is a one-item trail naming the channel.

    Blogs whose site header is written by a script print nothing above the post but the blog's
    trail (Opinion Blog / headline); a site's name standing there is the masthead, not a section.
    """
    text = line.text
    return not line.cjk and _kicker(text) and len(text.split()) <= _TOP_LABEL_WORDS \
        and not patterns.WIDGET.match(text) and not publishers.sites_in(text)


def _news_flag(lines: Sequence[Line], index: int) -> bool:
    """Tell whether the line right above the headline is a channel flag reading News, not a menu's item.

    News is a menu word everywhere else (NAV_WORDS), but many sites print the channel's label above
    the headline and the channel is often just News. The flag is set off on its own, or follows a
    longer line (another story's title under the same label), the button closing a box of teasers
    (View more) or a teaser's age and writer (11dJane Doe); a menu item follows a short item.
    """
    line = lines[index]
    if line.cjk or line.text.lower() != "news":
        return False
    above = lines[index - 1] if index > 0 else None
    return line.isolated or (above is not None and not above.cjk and above.words >= _TEASER_WORDS) \
        or (above is not None and above.text.lower() in _BOX_BUTTONS) \
        or (above is not None and len(above.text) <= _AGE_CREDIT_SIZE and _AGE_CREDIT.match(above.text) is not None)


# A teaser's closing line in a sidebar of other stories: its age, short, glued to its writer ("5hJane Doe",
# "2d Example staff", "1dEXAMPLE staff"). It ends the teaser above the flag, as a long title does; a menu item
# prints no age.
_AGE_CREDIT = Pattern(r"[0-9]{1,2}[smhdw] ?[A-Z]", starts="0123456789")
_AGE_CREDIT_SIZE = 40  # characters of such a line at most


_BOX_BUTTONS = frozenset(("view more", "load more", "see more", "show more", "more stories", "see all", "view all"))


_LABEL_WORDS_MAX = 2  # words of a type label closed by a colon over the headline at most


def _colon_label(line: Line) -> str | None:
    """Return the label an English line right above the headline prints closed by a colon (Reference:), else None.

    A reference page or a column names its kind in a label of one or two capitalised words over the
    title; the label without its colon is the section. A menu word, a widget or a site's name is none.
    """
    text = line.text
    if line.cjk or not text.endswith(":") or len(text) > _KICKER_CHARS:
        return None
    name = text[:-1].strip()
    if not 1 <= len(name.split()) <= _LABEL_WORDS_MAX or not all(w[:1].isupper() for w in name.split()) \
            or not _kicker(name) or patterns.WIDGET.match(text) or publishers.sites_in(name):
        return None
    return name


def _english_kicker(line: Line) -> bool:
    """Tell whether a line set off on its own is an English kicker ("Politics", "Test Series v Visitors").

    Chinese pages name their channel in a line of its own (CHANNEL_LINE); a short Chinese line
    above the headline is as often a badge (原创, 独家) as a section.
    """
    text = line.text
    return line.isolated and not line.cjk and _kicker(text) and len(text.split()) <= 4 \
        and not patterns.WIDGET.match(text) and not publishers.sites_in(text)


def section_more(lines: Sequence[Line], after_body: int) -> tuple[str, int] | None:
    """Return the channel a "more news from it" link after the article names (更多《社會》新聞).

    The link may be printed over several short lines (更多 / 《社會》 / 新聞); the channel must be
    an item of the page's menu too, so a link to a topic is not taken for the section.
    """
    for index in range(after_body, min(len(lines), after_body + _MORE_WINDOW)):
        for span in (1, 2, 3):
            piece = lines[index:index + span]
            if len(piece) < span or any(len(p.text) > _JOIN_MAX for p in piece):
                break
            match = patterns.MORE_SECTION.match("".join(p.text for p in piece))
            if match and _earlier(lines, index, match.group("section")):
                return match.group("section"), index
    return None


# The heading of a box of more stories from the page's channel: "More in Entertainment", "Next Up In Culture"
# (the related list Vox Media's sites print after the text). A Chinese page's theme may keep the English
# heading over its Han category's name: "More in 科技速報".
_MORE_IN = Pattern(r"^(?:More in|Next Up In) (?P<section>[A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,2}|"
                   r"[\u4e00-\u9fff]{2,8})$", starts="MN")
_MORE_IN_OPENINGS = ("More in ", "Next Up In ")
_MORE_IN_WINDOW = 60  # lines after the body searched for such a heading (the right rail comes after the comments)


def section_more_in(lines: Sequence[Line], after_body: int) -> tuple[str, int] | None:
    """Return the channel a box heading after the article names ("More in Entertainment", "More in 科技速報").

    The box lists more stories of the page's own channel; the name must be an item the page's menu
    printed alone earlier, so a topic box (More in Climate Change) is not taken for the section.
    """
    for index in range(after_body, min(len(lines), after_body + _MORE_IN_WINDOW)):
        text = lines[index].text
        match = _MORE_IN.match(text) if text.startswith(_MORE_IN_OPENINGS) else None
        if match and _earlier(lines, index, match.group("section")):
            return match.group("section"), index
    return None


def trail_below(lines: Sequence[Line], after_body: int) -> tuple[list[str], int] | None:
    """Return a breadcrumb printed after the article (items, line), when it opens with the home page or site.

    Old portal templates (people.com.cn 2009) put the page header after the article in the
    source, so the dump prints the trail 人民网>>时政>>各地要闻 near the end of the page. Only a
    trail with separators that starts at the site or its home page counts, not a menu.
    """
    for index in range(after_body, len(lines)):
        text = lines[index].text
        if not holds_separator(text):
            continue
        items = breadcrumb_items(text)
        if items and len(items) >= 2 and patterns.HOME_WORDS.match(items[0]) and section_of(items) is not None:
            return items, index
    return None


def section_below(lines: Sequence[Line], after_body: int) -> tuple[str, int] | None:
    """Return a category printed first on the line right after the body ("Commercial  Blue Origin…")."""
    if after_body >= len(lines):
        return None
    first = re.split(r"\s{2,}", lines[after_body].text)[0]
    # a link box's heading printed twice (More News over the links, in the rail and under the text) is no category
    if _nav_section(first) and not first.startswith("More ") and _earlier(lines, after_body, first):
        return first, after_body
    return None
