"""Reader for scraped news page dumps: plain text, one line per block element, <p> set off by blank lines.

Reading is a named list of steps (``STEPS``), each finding one group of fields on a shared
``Draft`` and recording the line each came from, so a test can drop or replace a step by name.
A field the reader cannot find is left out with a located warning; where it chooses between two
candidates it says so with a warning too. It never invents a value.

Most fields are found relative to the article text, which the draft locates once, on first use
(``Draft.layout``): pages open with menus, logins and tickers and close with link lists, so
"the line above the date line" means something only once the article is known.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import NamedTuple

from archive.diagnostics import Diagnostic
from archive.errors import InputError
from archive.model import Block, NewsItem, Original
from archive.readers import body, dates, english, header, patterns, publishers
from archive.readers.bylines import find_editor, find_people
from archive.readers.decode import decode
from archive.readers.draft import Draft
from archive.readers.language import detect_counted
from archive.readers.lazy import Pattern
from archive.readers.lines import Line, split_lines
from archive.readers.sources import find_source

__all__ = ["STEPS", "Draft", "Line", "ReadResult", "read", "split_lines"]

GUID_PREFIX = "urn:newsarchive:sha256:"


class ReadResult(NamedTuple):
    """A reader's answer: the item, its warnings, and the line each field came from."""

    item: NewsItem
    diagnostics: tuple[Diagnostic, ...]
    where: dict[str, int]


# ---------------------------------------------------------------------------------------------
# steps


def find_language(draft: Draft) -> None:
    """Detect the language from the whole text (script decides zh-CN vs zh-TW)."""
    lines = draft.lines
    text = "\n".join(draft.texts)
    draft.language = detect_counted(text, sum(line.han for line in lines), sum(line.words for line in lines))
    if draft.language is None:
        draft.warn("language-unknown", "cannot tell the language of the text (neither Chinese nor English)", 0)


def find_dateline(draft: Draft) -> None:
    """Find the article's date line: nearest above the article text, else just below it.

    A time printed without a zone is read in the site's zone (China, Hong Kong, Taiwan: +08:00)
    or, for a site elsewhere, kept as the wall-clock time it is.
    """
    span = draft.layout()
    found, other = header.find_dateline(draft.lines, draft.kinds, span, draft.language or "", draft.offset,
                                        draft.day_first)
    if found is None:
        lead = patterns.DATELINE_LEAD.match(draft.lines[span[0]].text) if span else None
        when = dates.find_date(lead.group("date"), lang="en") if lead else None
        if when is not None:  # "Feb. 23, 2015 -- <lead>": the lead's dateline dates the story; the line stays text
            draft.set("published", when.iso, span[0])
            draft.set("published_printed", when.printed, span[0])
            return
        draft.warn("date-missing", "no publication date found next to the article", span[0] if span else None)
        return
    if other is not None:
        draft.warn("date-guess", f"took the date above the article ({found.found.printed}), not the one at "
                   f"line {draft.lines[other.index].number} ({other.found.printed})", found.index)
    draft.date_at = found.index
    draft.date = found
    draft.used.update(range(found.index, found.index + found.span))
    first = found.first or found  # "First published …" at the foot: the stamp over the story is the update
    draft.set("published", first.found.iso, first.index)
    draft.set("published_printed", first.found.printed, first.index)
    modified = found.found if found.first is not None else found.modified
    if modified is not None:
        draft.set("modified", modified.iso, found.index)


_TIMED_REACH = 4  # lines under a date printed alone where a headline stamped with its time may stand


def _timed_headline(draft: Draft) -> bool:
    """Take a title printed under a date-only date line with its time in brackets (标题 【17:52】).

    Some realtime pages print the day in the page header and the time after the headline; the
    stamp completes the date and is not part of the headline.
    """
    date, span = draft.date, draft.layout()
    if date is None or date.found.has_time or span is None or draft.date_at is None:
        return False
    for index in range(draft.date_at + date.span, min(span[0], draft.date_at + date.span + _TIMED_REACH)):
        line = draft.lines[index]
        match = patterns.TIMED_TITLE.match(line.text)
        if match is None or not line.cjk or index in draft.used:
            continue
        time = dates.find_time(match.group("time"), lang=draft.language or "", default_offset=draft.offset)
        if time is None:
            continue
        found = dates.with_time(date.found, time, match.group("time"))
        draft.set("published", found.iso, draft.date_at)
        draft.set("published_printed", found.printed, draft.date_at)
        draft.headline_at = index
        draft.used.add(index)
        draft.set("headline", match.group("title").strip(patterns.TRIM), index)
        return True
    return False


def find_headline(draft: Draft) -> None:
    """Take the title-like line nearest above the date line (or above the article text)."""
    if _timed_headline(draft):
        return
    span = draft.layout()
    anchor = span[0] if span is not None else len(draft.lines)
    if draft.date_at is not None and (span is None or draft.date_at < span[0]):
        anchor = draft.date_at
    elif draft.date_at is None and span is not None \
            and (stamp := header.relative_stamp_above(draft.lines, span[0])) is not None \
            and stamp > 0 and (header.title_like(draft.lines[stamp - 1], draft.kinds[stamp - 1])
                               or _writer_by_line(draft.lines[stamp - 1])):
        # no date printed, only the story's age right under its headline ("7 days ago"), or under the By line
        # under it: a box of links between the stamp and the text is no part of the header
        anchor = stamp
    index, other = header.choose_headline(draft.lines, draft.kinds, anchor, draft.used)
    if span is not None and anchor == draft.date_at and draft.date is not None:
        below = header.headline_below(draft.lines, draft.kinds, anchor, span[0], draft.used, index) \
            or header.headline_over_byline(draft.lines, draft.kinds, draft.date, span[0], draft.used,
                                           index is None or anchor - index > header.BELOW_REACH)
        above = header.headline_above_standfirst(draft.lines, draft.kinds, draft.date, draft.used)
        if below is not None or above is not None:
            index, other = below if below is not None else above, None
    if anchor == draft.date_at and (copy := header.headline_copied_below(draft.lines, draft.kinds, anchor,
                                                                         draft.used)) is not None \
            and copy != index:
        index, other = copy, None  # the title a gallery or print box under the date repeats
    if span is not None and anchor == span[0] and header.opens_with_title(draft.lines, draft.kinds, span[0]):
        if index is not None:
            draft.warn("headline-guess", f"the text opens with a title line, taken as the headline, not line "
                       f"{draft.lines[index].number} above it", span[0])
        index, other = span[0], None
    if index is None and draft.date is not None and anchor == draft.date_at \
            and (title := header.title_before_date(draft.lines, draft.date)) is not None:
        draft.headline_at = anchor  # the title printed before the date on the date line itself
        draft.set("headline", title, anchor)
        return
    if index is None:
        index = header.fallback_headline(draft.lines, draft.kinds, anchor, draft.used)
        if index is None:
            raise InputError("no recognisable headline: the text has no title-like line",
                             hint="is this a news page dump?")
        draft.warn("headline-guess", "no title line next to the date; took the nearest title-like line", index)
    elif other is not None:
        draft.warn("headline-guess", f"two title lines; took this one, not line {draft.lines[other].number} "
                   "(taken as the standfirst)", index)
    if index > 1 and "omment" in draft.lines[index - 1].text and _COMMENT_COUNT.match(draft.lines[index - 1].text) \
            and index - 2 not in draft.used and not draft.lines[index - 2].cjk \
            and 3 <= draft.lines[index - 2].words <= _TITLE_WORDS and draft.lines[index - 2].text[-1:] not in ":.":
        # the title, its comment counter (New, 74 comments), then the dek over the By line: the dek is no headline
        draft.warn("headline-guess", f"line {draft.lines[index].number} is the dek under the comment counter; "
                   "took the title over the counter", index - 2)
        index = index - 2
    if index > 0 and draft.lines[index - 1].text in _PLAYER_LABELS and (titled := _title_over_by_line(draft, index)):
        # a video's title under the player's label (Video), its description under it: the story's title is
        # the one over the By line above the player, and the description no paragraph
        draft.used.update((index, index + 1))
        draft.warn("headline-guess", f"line {draft.lines[index].number} titles a video; took the title over "
                   "the By line", titled)
        index = titled
    joined = header.joined_title_above(draft.lines, index)
    if joined != index and joined not in draft.used:
        draft.used.update((index - 1, index))  # the two parts of a display title the line above joins
        index = joined
    draft.headline_at = index
    draft.used.add(index)
    line = draft.lines[index]
    wrapped = header.wrapped_document_title(draft.lines, index, draft.used) if line.cjk else None
    if wrapped is not None:
        first, title = wrapped  # an official document's title printed over several lines
        draft.used.update(range(first, index))
        draft.set("headline", title, index)
        return
    draft.set("headline", (not line.cjk and header.split_dek(line.text)) or line.text, index)
    for twin in (index - 1, index + 1):  # a headline printed twice is one headline
        if 0 <= twin < len(draft.lines) and draft.lines[twin].text == draft.lines[index].text:
            draft.used.add(twin)
    _lead_clip(draft)


def _writer_by_line(line: Line) -> bool:
    """Tell whether an English line is a By line naming a writer ("By Jane Doe"), not a desk or a photographer."""
    return not line.cjk and line.text[:2] in ("By", "by", "BY") and bool(english.parse_by_line(line.text)[0])


def _lead_clip(draft: Draft) -> None:
    """Leave out a lead video's title and description, printed under the player's label above the text.

    A template may open the story with a clip (close / Video / its title / its description) between
    the date or By line and the first paragraph; the title reads as a line and the description as a
    paragraph set off on its own, but both are the clip's caption. (When the clip's title was taken
    for the headline, ``find_headline`` has marked them already.) Only the few lines between the
    header and the article's first line are looked at, and only a player's label opens the block.
    """
    span = draft.span
    if span is None or draft.headline_at is None:
        return
    lines = draft.lines
    start = max(draft.headline_at, draft.date_at if draft.date_at is not None else -1) + 1
    for index in range(start, min(span[0], start + _CLIP_REACH)):
        if lines[index].text not in _PLAYER_LABELS:
            continue
        if index + 3 >= len(lines) or index + 2 >= span[1]:
            return  # the text must go on past the clip
        title, described = lines[index + 1], lines[index + 2]
        if {index + 1, index + 2} & draft.used or title.cjk or described.cjk or title.text[-1:] in ".!?" \
                or not 3 <= title.words <= _TITLE_WORDS or not described.isolated \
                or draft.kinds[index + 2] is not body.Kind.TEXT:
            return
        draft.used.update((index + 1, index + 2))
        return


# A comment counter between a headline and its dek: "New, 74 comments", "74 Comments".
_COMMENT_COUNT = Pattern(r"^(?:New,? )?\d[\d,]* [Cc]omments?$")
_TITLE_WORDS = 30  # words of a headline over a comment counter at most
_PLAYER_LABELS = frozenset(("Video", "VIDEO", "Watch", "WATCH"))  # a video player's overlay label
_VIDEO_REACH = 12  # lines above a video's title searched for the story's By line
_CLIP_REACH = 12  # lines under the headline or date searched for a lead video's player label


def _title_over_by_line(draft: Draft, index: int) -> int | None:
    """Return the title-like line over the By line printed above a video's title (past a standfirst), else None."""
    by = next((i for i in range(index - 1, max(-1, index - _VIDEO_REACH), -1)
               if draft.kinds[i] is body.Kind.CREDIT and draft.lines[i].text.startswith("By ")), None)
    if by is None or by < 2:
        return None
    over, above = by - 1, by - 2
    if header.title_like(draft.lines[above], draft.kinds[above]) and draft.lines[over].words >= 3 \
            and not draft.lines[over].cjk:
        return above  # the title, then its standfirst, then the By line
    return over if header.title_like(draft.lines[over], draft.kinds[over]) else None


def find_breadcrumb(draft: Draft) -> None:
    """Find the breadcrumb above the headline; its last item before 正文 is the section."""
    end = draft.headline_at if draft.headline_at is not None else len(draft.lines)
    if _trail_closed_by_title_copy(draft, end):
        return
    barred = header.bar_trail(draft.lines, end) if draft.headline_at is not None else None
    if barred is not None:  # Opinion|Occupied West Bank over the title: the channel, then the topic
        draft.used.add(end - 1)
        draft.set("breadcrumb", tuple(barred), end - 1)
        draft.set("section", barred[-1], end - 1)
        return
    for index in range(end - 1, max(-1, end - 1 - header.HEADLINE_WINDOW), -1):
        start, text = header.crumb_lines(draft.lines, index)
        if index == draft.date_at and draft.date is not None and start == index and draft.date.found.start > 0:
            # the page's date printed after the trail (社會 2013年6月29日‧星期六) is no part of it
            text = text[:draft.date.found.start].rstrip(patterns.TRIM)
        items = header.breadcrumb_items(text)
        if items is None and start < index:
            # a whole trail on one line that opens with its separator (> 频道 > 栏目, after a logo image):
            # the line above (a long menu) joined to it is no item of it
            alone = header.breadcrumb_items(draft.lines[index].text)
            if alone is not None and len(alone) >= 2:
                start, text, items = index, draft.lines[index].text, alone
        headline = str(draft.fields.get("headline", ""))
        if items is None and headline:
            items = header.crumbs_to_title(text, headline)
        if items is None and start == index and index >= end - header.SPACED_REACH:
            items = header.spaced_trail(text)  # the links of a trail with no separator: 三立新聞網 國際
        if items is None and index == end - 1 and (pair := header.home_pair(draft.lines, index)) is not None:
            start, items = index - len(pair) + 1, pair  # 首頁 / 中國時報 one per line right above the headline
        if items is None or (index < end - 1 and header.menu_pair(text, items)
                             and not header.figure_between(draft.lines, index, end)):
            continue
        if len(items) == 1 and index + 1 < end and header.marks_only(draft.lines[index + 1].text):
            continue  # toggle / > / ︿: a button's arrow over a close mark, no trail closed by its separator
        titled = len(items) > 1 and items[-1] == headline.strip(patterns.TRIM)
        if not titled and " " in items[-1]:
            items = [*items[:-1], _slogan_cut(draft, items[-1], start)]
        draft.used.update(range(start, index + 1))
        draft.set("breadcrumb", tuple(items), index)
        # a trail closed by the page's own title names its section in the item before the title
        section = header.section_of(items[:-1] if titled else items)
        if section is not None:
            draft.set("section", section, index)
        return
    _titled_trail_far_above(draft, end - 1 - header.HEADLINE_WINDOW)


def _slogan_cut(draft: Draft, item: str, trail_at: int) -> str:
    """Return the trail's last item without the words glued after it when its first word stands alone nearby.

    A site's slogan may follow its trail on the same line (亦观察 有态度的财经门户): the item's first
    word printed on a line of its own near the trail (the channel's name in the masthead or as the
    column heading) is the item; a two-word item no line repeats alone is kept whole.
    """
    first = item.split(" ", 1)[0]
    reach = range(max(0, trail_at - _SLOGAN_REACH), min(len(draft.lines), trail_at + _SLOGAN_REACH + 1))
    return first if any(draft.lines[i].text == first for i in reach) else item


_SLOGAN_REACH = 4  # lines around a trail searched for its last item's word printed alone


def _trail_closed_by_title_copy(draft: Draft, end: int) -> bool:
    """Take a trail printed one item per line and closed by a copy of the headline right above it."""
    headline = str(draft.fields.get("headline", ""))
    found = header.trail_closed_by_title_copy(draft.lines, end, headline)
    if found is None:
        return False
    start, items = found
    draft.used.update(range(start, end))
    draft.set("breadcrumb", tuple(items), start)
    section = header.section_of(items[:-1])
    if section is not None:
        draft.set("section", section, end - 2)
    return True


def _titled_trail_far_above(draft: Draft, stop: int) -> None:
    """Find a trail closed by the page's own headline printed far above it (at the top of the page).

    Some pages print the trail first and 100+ lines of menus before the article; a trail that ends
    with the headline, after a separator, is the page's own wherever it stands.
    """
    headline = str(draft.fields.get("headline", "")).strip(patterns.TRIM)
    if len(headline) < 4:
        return
    for index in range(max(stop, 0)):
        text = draft.lines[index].text
        items = _trail_to_page(text)
        if items is None:
            if len(text) <= len(headline) or not text.endswith(headline):
                continue
            items = header.crumbs_to_title(text, headline)
        if items is None or len(items) < 3:  # a home item, at least one section, the title
            continue
        draft.used.add(index)
        draft.set("breadcrumb", tuple(items), index)
        section = header.section_of(items[:-1])
        if section is not None:
            draft.set("section", section, index)
        return


_TAIL_WORDS = tuple(patterns.BREADCRUMB_TAIL)
_TAIL_CHARS = max(map(len, _TAIL_WORDS))


def _trail_to_page(text: str) -> list[str] | None:
    """Return the items of a trail on one line closed by the page itself (科技 > 要闻 > 示例 > 正文), or None.

    A trail ending in 正文 ("the story") points at the page it is printed on, so it is the page's own
    even when rows of channel menus stand between it and the headline.
    """
    if not text[-_TAIL_CHARS:].lower().endswith(_TAIL_WORDS) or not header.holds_separator(text):
        return None
    items = header.breadcrumb_items(text)
    if items is None or items[-1].lower() not in patterns.BREADCRUMB_TAIL:
        return None
    return items


def find_original_headline(draft: Draft) -> None:
    """Find a 原标题 / 原题 line anywhere and keep its text without the wrapper."""
    for index, line in enumerate(draft.lines):
        match = patterns.ORIGINAL_HEADLINE.match(line.text) if "原" in line.text else None  # 原标题, 原題 …
        if match:
            draft.used.add(index)
            title = match.group("title")
            if title[:1] in "[【":  # the column's tag and issue number label the series: [专栏] No.12 标题
                title = _COLUMN_TAG.sub("", title, count=1) or title
            draft.set("original_headline", title, index)
            return


# A column's name in brackets, and its issue number, opening an original headline: [专栏] No.550 / 【专栏】第12期.
_COLUMN_TAG = Pattern(r"^[\[【][^\]】]{1,8}[\]】]\s*(?:No\.?\s*\d+|第\d+期)?\s*(?=\S)")


def find_body(draft: Draft) -> None:
    """Take the article's paragraphs: the densest run of text, widened to short paragraphs beside it."""
    span = draft.layout()
    if span is None:
        raise InputError("no article text found after the headline: no line reads as a paragraph",
                         hint="is this a news page dump?")
    first, last = span
    if draft.headline_at is not None and draft.headline_at >= first:
        # The densest text began above the headline (a ticker, a promotion): look below it only
        below = draft.headline_at + 1
        rest = body.core(draft.lines[below:], draft.kinds[below:])
        if rest is None:
            raise InputError("no article text found after the headline", hint="is this a news page dump?")
        first, last = rest[0] + below, rest[1] + below
    if draft.framed:
        found = body.framed_paragraphs(draft.kinds, (first, last), draft.used)
    else:
        first, last = body.after_byline(draft.lines, draft.kinds, (first, last))
        first, last = body.before_contributor_note(draft.lines, draft.kinds, (first, last))
        widened = body.extend(draft.kinds, draft.lines, (first, last), draft.used)
        found = body.drop_repeated_lead(draft.lines, body.paragraphs(draft.lines, draft.kinds, widened, draft.used))
        found = body.drop_pull_quotes(draft.lines, found)
        found = body.drop_caption_pairs(draft.lines, body.drop_repeated_captions(draft.lines, found))
        found = _drop_writer_bio(draft, _with_salutation(draft, found))
        found = _drop_site_standfirst(draft, found)
        found = _drop_site_captions(draft, found)
        found = _drop_bracketed_summary(draft, found)
        found = _drop_writer_portrait(draft, found)
        found = _drop_doubled(draft, found)
        found = body.drop_boxes_printed_twice(draft.lines, draft.kinds, found)
        found = _drop_run_on_lead(draft, found)
        found = _drop_dek_under_headline(draft, found)
        found = _drop_box_under_by_line(draft, found)
    if not found:
        raise InputError("no article text found after the headline", hint="is this a news page dump?")
    draft.body = found
    draft.where["body"] = draft.lines[found[0]].number


def _drop_doubled(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a line printed twice in a row (no blank line between the copies): a widget's text, not a paragraph.

    A page may print a tool's notice once for each layout (请同意…才能启用听新闻的功能 under the desktop
    and the mobile share bar); the dump then holds the same line twice, run together. A story prints
    no paragraph twice over.
    """
    kept = [i for i in found if not body.doubled(draft.lines, i)]
    return kept if kept else found


_RUN_ON_LINES = 2  # lines run together at the top of the text that make a block of their own


def _drop_run_on_lead(draft: Draft, found: list[int]) -> list[int]:
    """Leave out two lines opening the text run together (no blank line between), every paragraph after set off.

    A page that sets its paragraphs as <p> prints them set off by blank lines; two lines run
    together at the top of the text come from another block, a photo box whose captions are
    printed as text. (One such line is left in: it may be the lead set in a box of its own.)
    """
    lines = draft.lines
    run = 0
    while run < len(found) and not lines[found[run]].isolated:
        run += 1
    rest = found[run:]
    if run != _RUN_ON_LINES or len(rest) < _STANDFIRST_MIN - 1 or not all(lines[i].isolated for i in rest):
        return found
    if body.opening_worded_subhead(lines, draft.kinds, found):
        return found[1:]  # the standfirst goes, the subhead glued under it opens the text
    return rest


def _drop_dek_under_headline(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a first line glued under the headline (no blank line between) when every paragraph below is set off.

    The dek is printed in the headline's block (<h1> then a <div>): the dump runs it on under the
    headline with no blank line, while the story's <p> paragraphs are set off by blank lines. A
    lead that is body comes in its own <p>, set off like the rest.
    """
    at = draft.headline_at
    if at is None or len(found) < _STANDFIRST_MIN or found[0] != at + 1:
        return found
    lines = draft.lines
    dek, rest = lines[found[0]], found[1:]
    if dek.number - lines[at].number != 1 or lines[rest[0]].number - dek.number < 2:
        return found
    return rest if all(lines[i].isolated for i in rest) else found


_BOX_HEADING_WORDS = 5  # words of a sidebar box's heading at most
_BOX_TEXT_WORDS = 12  # words of the box's one sentence at most (a lead runs longer)


def _drop_box_under_by_line(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a one-sentence box whose heading stands right under the By line, over the first paragraph.

    A sidebar box (Why It Matters / one sentence) printed in the header after the byline opens the
    dump's text: its heading is glued under the By line and its sentence is set off like a paragraph.
    A story opens with its lead, not with a heading; only a short single sentence is taken for the box.
    """
    if len(found) < _STANDFIRST_MIN or found[0] < 2 or found[0] - 1 in found or found[0] - 1 in draft.used \
            or found[0] - 1 == draft.date_at or draft.kinds[found[0] - 1] is body.Kind.DATE:
        return found  # the date printed under the By line is no box's heading
    lines = draft.lines
    box, heading, by_line = lines[found[0]], lines[found[0] - 1], lines[found[0] - 2]
    if box.cjk or not box.isolated or not box.sentence or box.words > _BOX_TEXT_WORDS \
            or heading.sentence or heading.words > _BOX_HEADING_WORDS or not heading.text[:1].isupper():
        return found
    if by_line.text[:3].lower() != "by " or heading.number - by_line.number != 1 \
            or lines[found[1]].words < 2 * box.words:
        return found  # (the box's line is short beside the text under it)
    return found[1:]


_PORTRAIT_WORDS = 4  # words of a portrait's caption (the writer's name) at most
_BYLINE_REACH = 8  # lines above the text searched for the By line


def _drop_writer_portrait(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a line inside the text that is only the writer's name the By line above prints: a portrait's caption.

    A column sets the writer's mug shot beside a paragraph, captioned with the name alone; the
    dump prints that caption as a line of its own between two paragraphs.
    """
    if len(found) < 3:
        return found
    names = [i for i in found[1:-1] if not draft.lines[i].cjk and draft.lines[i].words <= _PORTRAIT_WORDS
             and not draft.lines[i].sentence and draft.lines[i].text[:1].isupper()]
    if not names:
        return found
    above = [draft.lines[i].text for i in range(max(0, found[0] - _BYLINE_REACH), found[0])]
    bylines = [text for text in above if "By " in text]
    drop = {i for i in names if any(f"By {draft.lines[i].text}" in text for text in bylines)}
    return [i for i in found if i not in drop] if drop else found


def _drop_bracketed_summary(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a first paragraph that is a summary wrapped in brackets ([摘要：…], 【摘要】…): a standfirst."""
    if len(found) < _STANDFIRST_MIN or not found:
        return found
    text = draft.lines[found[0]].text
    if text[:1] in "[【〔［" and text[1:3] in ("摘要", "提要") and text[-1:] in "]】〕］":
        return found[1:]
    if text[:1] in "[【［" and text[-1:] in "]】］" and draft.lines[found[0]].cjk:
        # [上市公司借停牌避免下跌，…] with no label: a summary when the text below repeats its words
        # (a bracketed line of the text itself, 【记者手记】, is not copied from the paragraphs under it)
        pairs = {text[i:i + 2] for i in range(1, len(text) - 2) if text[i].isalnum() and text[i + 1].isalnum()}
        below = "".join(draft.lines[i].text for i in found[1:4])
        if len(pairs) >= _SUMMARY_PAIRS and sum(pair in below for pair in pairs) >= _SUMMARY_ECHO * len(pairs):
            return found[1:]
    return found


_SUMMARY_PAIRS = 20  # character pairs an unlabelled bracketed summary holds at least
_SUMMARY_ECHO = 0.8  # share of them the three paragraphs under it repeat


def _with_salutation(draft: Draft, found: list[int]) -> list[int]:
    """Add a letter's or speech's salutation set off right above its text ("Dear Jane,"): its first paragraph."""
    index = found[0] - 1 if found else -1
    if index <= (draft.headline_at if draft.headline_at is not None else -1) or index in draft.used:
        return found
    line = draft.lines[index]
    if line.isolated and not line.cjk and patterns.SALUTATION.match(line.text) and not line.text.isupper():
        return [index, *found]
    if line.isolated and line.cjk and line.text[-1:] in "：:" and draft.lines[found[0]].cjk \
            and patterns.CJK_SALUTATION.match(line.text):
        return [index, *found]  # 女士们、先生们： over a statement's first sentence
    return found


_STANDFIRST_MIN = 4  # paragraphs a body keeps at least when its site's standfirst is left out


def _drop_site_standfirst(draft: Draft, found: list[int]) -> list[int]:
    """Leave out the first paragraph when the site's template sets its standfirst there (a publisher fact).

    Only a paragraph right under the headline (blank lines aside) and only on a site known to print
    one there (``publishers.STANDFIRST_UNDER_HEADLINE``); a short body keeps all its paragraphs. On a
    site known to print a summary box over the text (``publishers.STANDFIRST_OVER_TEXT``), the first
    paragraph is the box when it is glued to the header line above it and the text is set off under it.
    """
    if len(found) <= _STANDFIRST_MIN or draft.headline_at is None or found[0] <= draft.headline_at:
        return found
    site = draft.identify_site().site
    if site is not None and site.name in publishers.STANDFIRST_OVER_TEXT:
        # the summary box glued under the header's last list item, the text set off under it
        lines = draft.lines
        glued = lines[found[0]].number - lines[found[0] - 1].number == 1 and found[0] - 1 not in found
        return found[1:] if glued and lines[found[1]].number - lines[found[0]].number > 1 else found
    if site is None or site.name not in publishers.STANDFIRST_UNDER_HEADLINE:
        return found
    if any(draft.lines[i].text.strip() for i in range(draft.headline_at + 1, found[0])):
        return found
    return found[1:]


def _drop_site_captions(draft: Draft, found: list[int]) -> list[int]:
    """Leave out the photo captions a site known to print them unmarked sets between the paragraphs.

    A publisher fact (``publishers.UNMARKED_CAPTIONS``): on such a site an English line inside the
    text (not its first or last) that ends on a letter or digit, with no final mark, and runs to the
    site's caption length is a caption; shorter such lines are its subheads and stay.
    """
    if len(found) <= _STANDFIRST_MIN:
        return found
    site = draft.identify_site().site
    least = publishers.UNMARKED_CAPTIONS.get(site.name) if site is not None else None
    if least is None:
        return found
    lines = draft.lines
    dropped = {i for i in found[1:-1] if not lines[i].cjk and lines[i].words >= least and not lines[i].sentence
               and lines[i].text[-1:].isalnum()}
    return [i for i in found if i not in dropped] if dropped else found


_BIO_REACH = 4  # lines above the article text searched for the By line whose writer a closing bio names


def _drop_writer_bio(draft: Draft, found: list[int]) -> list[int]:
    """Leave out a closing paragraph about the writer: it opens with the byline's name and a verb.

    "Jane Doe teaches at Example University. Her book …" under a piece by Jane Doe is the
    writer's biography, not the story's last paragraph; a name alone is no bio. The byline may
    print no By: the name alone right under the headline (Title / Jane Doe / date), or the name, a
    comma and the title ("Jane Doe, a retired judge, is a regular contributor …" under "Jane Doe,
    Example Contributor").
    """
    if len(found) < 2 or draft.lines[found[-1]].cjk:
        return found
    last = draft.lines[found[-1]].text
    # the By line stands just above the text, or anywhere between the headline and it (a photo, share rows)
    top = draft.headline_at + 1 if draft.headline_at is not None and draft.headline_at < found[0] else found[0]
    for index in range(max(0, min(top, found[0] - _BIO_REACH)), found[0]):
        text = draft.lines[index].text
        if text[:2].lower() == "by":
            names = [person.name for person in english.parse_by_line(text)[0]]
        elif index == top and last.startswith(text + " ") and patterns.EN_NAME.match(text):
            names = [text]  # the writer's name printed alone right under the headline (a byline with no By label)
        elif "," in text and text[:1].isupper():  # no By: the name, a comma and the title (Jane Doe, Staff Writer)
            names = [person.name for person in english.parse_name_comma_title(text)]
        else:
            continue
        for name in names:
            rest = last[len(name):] if last.startswith((name + " ", name + ", ")) else ""
            if rest[:4] in (", a ", ", an", ", th"):
                rest = rest[1:]  # an apposition after the name: "Jane Doe, a retired judge, writes …"
            given = name.split()[0]
            if not rest and len(given) > 2 and last.startswith(given + " ") \
                    and last[len(given):len(given) + 5] in (" is a", " is t", " was "):
                rest = last[len(given):]  # the bio calls the writer by the first name: "Jane is a reporter at …"
            if rest[1:2].islower():
                kept = found[:-1]
                while len(kept) > 1 and draft.kinds[kept[-1]] is body.Kind.SHORT:
                    kept.pop()  # the author card's name and tag lines over the bio: no text ends on such a line
                return kept
    return found


def find_section(draft: Draft) -> None:
    """Name the section when the breadcrumb did not: a label, a channel line, a repeated menu item."""
    if "section" in draft.fields:
        return
    if "breadcrumb" in draft.fields:  # the page's own trail names no section (新华网 > 正文)
        draft.warn("section-missing", "the breadcrumb names no section", draft.headline_at)
        return
    if draft.body and (trail := header.trail_below(draft.lines, draft.body[-1] + 1)) is not None:
        items, index = trail
        draft.set("breadcrumb", tuple(items), index)
        draft.set("section", header.section_of(items), index)
        draft.warn("section-guess", "section taken from a breadcrumb printed after the article", index)
        return
    skip = range(draft.body[0], draft.body[-1] + 1) if draft.body else range(0)
    found = header.labelled_section(draft.lines, skip)
    how = "label"
    if found is None and draft.date is not None:
        found, how = header.section_on_date(draft.lines, draft.date), "topic after the date"
    if found is None and draft.date is not None and draft.headline_at is not None:
        found, how = header.section_before_date(draft.lines, draft.date, draft.headline_at), "kicker before the date"
    if found is None and draft.headline_at is not None and draft.date is not None and draft.date_at is not None \
            and draft.headline_at == draft.date_at + draft.date.span and not draft.lines[draft.headline_at].cjk:
        found, how = header.section_over_date(draft.lines, draft.date_at), "line above the date"
    if found is None and draft.headline_at is not None and draft.date is not None and draft.date_at is not None \
            and draft.headline_at == draft.date_at + draft.date.span + 1 and not draft.lines[draft.headline_at].cjk:
        kicker = header.kicker_under_date(draft.lines[draft.headline_at - 1])
        found, how = (kicker, draft.headline_at - 1) if kicker else None, "kicker between date and headline"
    if found is None and draft.headline_at is not None:
        found, how = header.section_above(draft.lines, draft.headline_at), "line above the headline"
    if found is None and draft.body:
        found, how = header.section_below(draft.lines, draft.body[-1] + 1), "category after the article"
    if found is None and draft.body:
        found, how = header.section_more(draft.lines, draft.body[-1] + 1), "link to more of its channel"
    if found is None and draft.body:
        found, how = header.section_more_in(draft.lines, draft.body[-1] + 1), "box of more from its channel"
    if found is None:
        draft.warn("section-missing", "no breadcrumb, section label or channel line found", draft.headline_at)
        return
    value, index = found
    draft.set("section", value, index)
    if how != "label":
        draft.warn("section-guess", f"section {value!r} taken from the {how}", index)


def find_url(draft: Draft) -> None:
    """Keep the page's address when the dump prints it on a line of its own before the article."""
    end = draft.body[0] if draft.body else len(draft.lines)
    for index in range(end):
        text = draft.lines[index].text
        if text.startswith(("http://", "https://")) and " " not in text:
            draft.set("url", text, index)
            return


def find_publisher(draft: Draft) -> None:
    """Name the site that published the page from the strongest evidence, then resolve 本站 sources.

    The evidence (``PUBLISHER_EVIDENCE``) is tried in order; the first that names a site decides.
    """
    for _, evidence in PUBLISHER_EVIDENCE:
        found = evidence(draft)
        if found is not None:
            draft.set("publisher", found[0], found[1])
            break
    else:
        draft.warn("publisher-missing", "cannot tell which site published the page: no known domain or brand in "
                   "its copyright lines, masthead or footer", len(draft.lines) - 1)
    source, publisher = draft.fields.get("source"), draft.fields.get("publisher")
    if isinstance(source, str) and isinstance(publisher, str) and source.startswith(publisher + " ") \
            and len(source) - len(publisher) <= _EDITION_WORDS \
            and not patterns.DESK_WORDS.search(source[len(publisher):]):
        # the network's copyright (© FOX News Network) over a page crediting its own edition in the
        # source slot (Fox News Latino): the edition published the page; a desk (CNN Wire) is none
        draft.fields["publisher"] = source
        if "source" in draft.where:
            draft.where["publisher"] = draft.where["source"]
    elif isinstance(source, str) and publisher is not None and patterns.SELF_SOURCE.fullmatch(source):
        # 来源：本站原创 ("this site, original") names the publishing site
        draft.fields["source"] = publisher
    elif source is not None and source == draft.syndicated and _same_site(source, publisher):
        # "Originally published on X" on X's own page says where the story ran, not that it came from elsewhere
        del draft.fields["source"]
        draft.where.pop("source", None)
    _drop_site_byline(draft)
    _section_past_site(draft)


def _section_past_site(draft: Draft) -> None:
    """Take the trail's item before the site's own name as the section (首頁 / 日報 / 工商時報 / title).

    A paper's site may end its trail with the paper itself, under the channel (its daily edition); the
    site's name is no section of it. Known only once the publisher is found, so it is mended here. A
    trail naming nothing else before it (首頁 / 示例時報) keeps the paper as its section.
    """
    section, trail = draft.fields.get("section"), draft.fields.get("breadcrumb")
    if not isinstance(section, str) or not isinstance(trail, tuple) or section not in trail \
            or not _same_site(section, draft.fields.get("publisher")):
        return
    before = header.section_of(trail[:trail.index(section)])
    if before is not None:
        draft.fields["section"] = before


def _drop_site_byline(draft: Draft) -> None:
    """Drop a writer the By line names by the publishing site's own name ("Written by Example Today on …").

    A paper that credits a story to itself credits its staff, as a desk does: the name is the site's, no
    writer's. Known only once the publisher is found, so it is undone here, after the people step.
    """
    people, publisher = draft.fields.get("people"), draft.fields.get("publisher")
    if not isinstance(people, tuple) or not isinstance(publisher, str):
        return
    kept = tuple(p for p in people if p.name.casefold() != publisher.casefold())
    if len(kept) != len(people):
        draft.fields["people"] = kept


_EDITION_WORDS = 12  # characters an edition's name may add to its network's (" Latino", " Sunday")


def _same_site(name: str, publisher: object) -> bool:
    """Tell whether a site named in a note is the publishing site (its name, or a table key of it)."""
    if not isinstance(publisher, str):
        return False
    site = publishers.site_named(publisher)
    return name.lower() == publisher.lower() or any(s.name == publisher for s in publishers.sites_in(name)) \
        or (site is not None and name.lower() in (k.lower() for k in site.keys))


Found = tuple[str, int | None]  # a site's name and the line that names it


def _table_copyright(draft: Draft) -> Found | None:
    """Return a site of the table that the page's copyright lines (or a group footer) name."""
    identified = draft.identify_site()
    if identified.site is not None and identified.how in ("copyright", "group"):
        return _printed_site(draft, identified.site, identified.index), identified.index
    return None


def _page_title(draft: Draft) -> Found | None:
    """Return the site a page-title line printed in the dump names after the headline ("headline | Site")."""
    if "headline" not in draft.fields:
        return None
    return publishers.title_site(draft.texts, str(draft.fields["headline"]),
                                 draft.headline_at)


def _self_described(draft: Draft) -> Found | None:
    """Return the site a footer line describes ("X is a production of …")."""
    span = draft.layout() or (0, -1)
    return publishers.self_described(draft.texts, range(span[0], span[1] + 1))


def _byline_domain(draft: Draft) -> Found | None:
    """Return the site a staff writer's English By line names by its domain ("by Jane Doe, Example.org").

    A site's own writer is credited with the site's name, and a site known by its domain prints it so
    (Example.org, Example.com | The Example Times); the copyright line may name only the network or
    group that owns the site, and only over such a holder (or none) does the By line decide. A site
    of the table named in the page's furniture is left to decide.
    """
    byline = draft.fields.get("byline")
    if not isinstance(byline, str) or "." not in byline or (draft.language or "").startswith("zh") \
            or draft.syndicated is not None or _site_named_above(draft):
        return None
    match = publishers.BYLINE_DOMAIN.search(byline)
    if match is None or match.group("site").lower() == str(draft.fields.get("source", "")).lower():
        return None
    if _copyright_names_brand(draft):
        return None
    return match.group("site"), draft.index_of("people")  # the By line


def _byline_address(draft: Draft) -> Found | None:
    """Return the site of the table at whose domain the English By line gives the writer's address.

    "By Jane Doe | jdoe@example-herald.com": a staff writer's mailbox is at the paper's own domain. Over a
    copyright naming the group that owns the paper (© Example Media Group), or none, the address names
    the brand; a copyright naming a brand decides itself.
    """
    byline = draft.fields.get("byline")
    if not isinstance(byline, str) or "@" not in byline or (draft.language or "").startswith("zh"):
        return None
    match = _ADDRESS_DOMAIN.search(byline)
    site = publishers.sites_in(match.group(1)) if match is not None else []
    if not site:
        return None
    if _copyright_names_brand(draft):
        return None
    return _printed_site(draft, site[0], None), draft.index_of("people")


def _copyright_names_brand(draft: Draft) -> bool:
    """Tell whether the copyright line names a brand, not the network or group that owns the site: it decides.

    A By line's domain or address names the site only over a copyright of the owner (© Example Media
    Group) or none.
    """
    held = draft.copyright()
    return held is not None and not publishers.owner_holder(held[0])


_ADDRESS_DOMAIN = Pattern(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _site_named_above(draft: Draft) -> bool:
    """Tell whether the page names a site of the table in its furniture before the end of the article text.

    A site named only after the text (the writer's bio: "… writes for Example.com and Example News", a
    list of sister sites) is no evidence against the domain the writer's own By line credits.
    """
    identified = draft.identify_site()
    if identified.site is None:
        return False
    after = draft.body[-1] if draft.body else None
    return identified.how != "named" or identified.index is None or after is None or identified.index <= after


def _copyright_holder(draft: Draft) -> Found | None:
    """Return the holder the page's copyright line names, when it can stand for the site.

    A copyright line outranks a site of the table named in passing (a bar of links to other
    sites). On a Chinese page only a Chinese name does: a Latin holder there (© Baidu,
    Sanlih E-Television) is the operator's legal or group name, not the site's brand.
    """
    held = draft.copyright()
    if held is None or ((draft.language or "").startswith("zh") and not patterns.HAN.search(held[0])):
        return None
    named = draft.identify_site()
    if publishers.owner_holder(held[0]) and named.how == "named" and (not named.others or _masthead(draft, named)):
        return None  # © Example Media Group owns the one paper the page names outside its text (masthead, footer)
    return held


_MASTHEAD_REACH = 3  # lines at the top of a page where the site's logo text stands


def _masthead(draft: Draft, named: publishers.Identified) -> bool:
    """Tell whether the site the page names is printed as its masthead: the logo's text alone atop the page.

    Under an owner's copyright (© Example Interactive) the page may also name sister sites (a select
    box of the network's sites, a writer's bio); the brand printed alone as the page's first lines is
    the site's own logo, and outranks them.
    """
    if named.site is None or named.index is None or named.index >= _MASTHEAD_REACH:
        return False
    printed = draft.texts[named.index].casefold()
    return printed == named.site.name.casefold() or any(printed == key.casefold() for key in named.site.keys)


def _own_calls(draft: Draft) -> Found | None:
    """Return the site its own calls name: a "Discover more from X" heading under the article, or a call to
    its readers outside it (Get X delivered, Sign into your X account), over an owner's copyright or none.

    The site heads its own reading list and asks its readers to join it by its brand; its copyright
    line may name only the company that publishes it (© Example Publishing Ltd under the Example
    Review): only over such a holder, or none, do these decide (as a By line's domain does).
    """
    if not draft.body or (draft.language or "").startswith("zh") or _copyright_names_brand(draft):
        return None
    return _in_table_name(publishers.more_from_heading(draft.texts, draft.body[-1])
                          or publishers.reader_call(draft.texts, range(draft.body[0], draft.body[-1] + 1)))


def _in_table_name(found: Found | None) -> Found | None:
    """Return a brand the page prints under the table's name for its site, when the table lists it."""
    if found is None:
        return None
    site = publishers.site_of_brand(found[0])
    return (site.name if site is not None else found[0]), found[1]


def _self_claim(draft: Draft) -> Found | None:
    """Return the site a rights note under the article claims the piece for (本文为示例网原创文章，禁止转载).

    Tried after the copyright line and the sites of the table the page names: only where neither
    names the site (the copyright lines name companies, as operators' do) does the note decide, since
    a page carrying another outlet's piece may keep that outlet's note under it.
    """
    if not draft.body or not (draft.language or "").startswith("zh"):
        return None
    return _in_table_name(publishers.self_claim(draft.texts, draft.body[-1]))


def _follow_heading(draft: Draft) -> Found | None:
    """Return the site a footer's "Follow X" heading over its social links names, after the article text.

    Tried before a site of the table named outside the article: a footer's list of sister sites or
    partner feeds names other brands, where the footer's own follow column names the page's.
    """
    if not draft.body or (draft.language or "").startswith("zh"):
        return None
    people = draft.fields.get("people") or ()
    names = [p.name for p in people] if isinstance(people, tuple) else []
    found = publishers.follow_heading(draft.texts, draft.body[-1], names)
    if found is None:
        return None
    site = publishers.site_of_brand(found[0]) or next(iter(publishers.sites_in(found[0])), None)
    named = draft.identify_site().site
    if site is not None and named is not None and site.name in (named.name, named.parent):
        return None  # the site the table finds named on the page, maybe as its edition (Reuters (India))
    return (site.name if site is not None else found[0]), found[1]


def _named_site(draft: Draft) -> Found | None:
    """Return the first site of the table named outside the article (masthead, menus, footer)."""
    identified = draft.identify_site()
    if identified.site is None:
        return None
    wire = _dateline_wire(draft)
    if wire is not None and wire.name in identified.others:
        # a wire's own site (中央社新聞網 under a bar of its sister sites: Focus Taiwan …) credits the wire
        # in the story's dateline: of the sites named above the article, that wire's is the page's
        return _printed_site(draft, wire, None), identified.index
    sibling = _chinese_sibling(draft, identified.site)
    if sibling is not None:
        return _printed_site(draft, sibling, None), identified.index
    if identified.others:
        titled = publishers.group_wordmark(draft.texts, identified.site, identified.others)
        if titled is not None:
            # the masthead prints the group's name before its title's (Example Group Example Weekly): the
            # group named first on the page is the owner, the title in its wordmark published the page
            return _printed_site(draft, titled[0], titled[1]), titled[1]
        draft.warn("publisher-guess", f"no copyright line names the site; took {identified.site.name!r}, named "
                   f"first, over {', '.join(map(repr, identified.others))}", identified.index)
    return _printed_site(draft, identified.site, identified.index), identified.index


def _chinese_sibling(draft: Draft, site: publishers.Site) -> publishers.Site | None:
    """Return the Chinese paper of an English sister paper named on a Chinese page, else None."""
    if not (draft.language or "").startswith("zh"):
        return None
    sibling = publishers.CHINESE_SIBLINGS.get(site.name)
    return publishers.site_named(sibling) if sibling is not None else None


def _dateline_wire(draft: Draft) -> publishers.Site | None:
    """Return the site of the wire whose dateline opens the story: （中央社記者王大明台北29日專電）."""
    if not draft.body:
        return None
    match = patterns.ZH_WIRE_BYLINE.match(draft.lines[draft.body[0]].text)
    return publishers.site_named(match.group("wire")) if match else None


def _printed_site(draft: Draft, site: publishers.Site, index: int | None) -> str:
    """Return the name a table site is recorded under: the short brand the page names it by, if any.

    A copyright line may name the site by its domain only (© NOWnews.com); the brand's spacing is
    then the one its masthead or breadcrumb prints (NOWnews 今日新聞).
    """
    name = site.name if index is None else publishers.as_printed(site, draft.lines[index].text)
    if name == site.name and index is not None and site.name not in draft.lines[index].text:
        name = publishers.spaced_as_printed(site.name, "\n".join(draft.texts))
        name = publishers.alias_on_page(site, draft.texts, draft.body) or name
    if name == site.name and (index is None or site.name not in draft.lines[index].text):
        name = publishers.name_when(name, draft.fields.get("published"))  # not printed: the name it had then
    if name == site.name and draft.language == "zh-TW" and (variant := publishers.script_variant(site)) is not None:
        page = "\n".join(draft.texts)
        if variant in page and name not in page:
            name = variant  # a traditional-script page printing the brand as it writes it (紐約時報中文網)
    return name


def _breadcrumb_site(draft: Draft) -> Found | None:
    """Return the breadcrumb's first item when it names a site (…网)."""
    crumbs = draft.fields.get("breadcrumb") or ()
    first = crumbs[0] if isinstance(crumbs, tuple) and crumbs else None
    if isinstance(first, str) and first.endswith(("网", "網")) and 2 <= len(first) <= 10:
        draft.warn("publisher-guess", f"site not in the table; named {first!r} from the breadcrumb",
                   draft.headline_at)
        return first, draft.headline_at
    if isinstance(first, str) and first.lower().endswith(" home"):
        # the home item named after the brand ("OK! Home"): the site of the table the brand names
        site = publishers.site_of_brand(first[:-len(" home")])
        if site is not None:
            return site.name, draft.headline_at
    return None


def _collector(draft: Draft) -> Found | None:
    """Return the site a repost names as its collector on the date or source line (新浪科技 酷勤网收集).

    Aggregators credit the original outlet as the source and themselves as the collector.
    """
    if draft.date_at is None:
        return None
    match = patterns.COLLECTED_BY.search(draft.lines[draft.date_at].text)
    if match is None:
        return None
    draft.warn("publisher-guess", f"site not in the table; named {match.group('site')!r} as the collector",
               draft.date_at)
    return match.group("site"), draft.date_at


def _logo_domain(draft: Draft) -> Found | None:
    """Return the domain the page's first line prints as its logo's text, when the page names it again."""
    return publishers.logo_domain(draft.texts)


def _skip_link_masthead(draft: Draft) -> Found | None:
    """Return the name the page's branding block prints over its skip link (The Example Gazette / Jump to content).

    Tried before the copyright line: that line may name the vendor of the site's publishing system
    (Contents of this site are © Example Systems), where the masthead's heading is the site's own name.
    """
    if (draft.language or "").startswith("zh"):
        return None
    return _in_table_name(publishers.skip_link_masthead(draft.texts))


def _reprinted_source(draft: Draft) -> Found | None:
    """Return the source as the site when the page prints its name again outside the article.

    Only when nothing else names the site: a source credit (Published … / Example News Latino,
    来源: 示例网) whose name the page also prints in its network bar, a follow box or a promo
    (扫二维码上移动示例网) is the site's own brand, not another publication's.
    """
    source = draft.fields.get("source")
    if not isinstance(source, str) or len(source) < _MIN_REPRINTED:
        return None
    article = range(draft.body[0], draft.body[-1] + 1) if draft.body else range(0)
    index = publishers.reprinted(draft.texts, source, article, draft.index_of("source"))
    if index is None:
        return None
    draft.warn("publisher-guess", f"site not named otherwise; took the source {source!r}, printed again", index)
    return source, index


_MIN_REPRINTED = 3  # characters of a source name looked for elsewhere on the page

# A writer's biography naming the employer: "Jane Doe currently works for Example News as a writer.",
# "Jane Doe is a Senior Writer at Example News." The site of the table named after it is the employer.
_EMPLOYER = Pattern(r"\b(?:works|writes) for |\bis an? (?:[A-Za-z-]+ ){0,2}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|"
                    r"[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor) (?:at|for|with) ")
_BIO_LINES = 8  # lines after the article text searched for the writer's biography


def _writer_employer(draft: Draft) -> Found | None:
    """Return the site the writer's biography names as the employer, outside the article text.

    Only when nothing else names the site: the biography box between the headline and the text,
    or right after the text, says whom the writer works for ("… works for Example News as a
    writer"). A site of the table is taken by its name; any other name only when the page prints it
    again outside the article (``_printed_outside``).
    """
    if not draft.body or draft.headline_at is None:
        return None
    around = [*range(draft.headline_at + 1, draft.body[0]),
              *range(draft.body[-1] + 1, min(len(draft.lines), draft.body[-1] + 1 + _BIO_LINES))]
    for index in around:
        text = draft.lines[index].text
        match = _EMPLOYER.search(text) if len(text) < _BIO_SIZE and not draft.lines[index].cjk else None
        if match is None:
            continue
        named = publishers.sites_in(text[match.end():])
        if named:
            draft.warn("publisher-guess", f"site not named otherwise; took the writer's employer {named[0].name!r}",
                       index)
            return named[0].name, index
        brand = _EMPLOYER_BRAND.match(text, match.end())
        name = brand.group("name").rstrip(".") if brand is not None else ""
        if len(name) >= _MIN_EMPLOYER and _printed_outside(draft, name, index):
            draft.warn("publisher-guess", f"site not in the table; took the writer's employer {name!r}, printed "
                       "again outside the article", index)
            return name, index
    return None


_BIO_SIZE = 600  # characters of a writer's biography at most
# The employer a biography names, when no site of the table: a brand's capitalised words, "the" kept when
# capitalised ("… an associate editor at Example Cricket", "… a senior writer at The Example Post")
_EMPLOYER_BRAND = Pattern(r"(?P<name>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’-]*){0,3})")
_MIN_EMPLOYER = 4  # characters of an employer's name at least


def _printed_outside(draft: Draft, name: str, bio: int) -> bool:
    """Tell whether the page prints ``name`` on a line outside the article text other than the biography.

    The writer's employer is the site when its furniture names it too (a sidebar's "Example staff"
    credits, a footer), possibly glued to the text before it ("1dExample staff"), which is why the name
    is looked for inside words here (``publishers.reprinted`` asks a Latin name to stand as words); a
    company a guest writer works for is named only in the biography.
    """
    article = range(draft.body[0], draft.body[-1] + 1)
    return any(name in line.text for i, line in enumerate(draft.lines) if i != bio and i not in article)


def _copied_titles(draft: Draft) -> Found | None:
    """Return the site that three or more page titles copied into the page's link lists name (… -- Site).

    Tried before a table site named anywhere outside the article: a page's own related posts name
    its site, where a network bar under them names sister sites (TechCrunch among AOL's blogs).
    """
    if (draft.language or "").startswith("zh"):
        return None
    span = draft.layout() or (0, -1)
    found = publishers.copied_titles_site(draft.texts, range(span[0], span[1] + 1))
    if found is not None:
        draft.warn("publisher-guess", f"no copyright line names the site; took {found[0]!r}, named after "
                   "copied page titles", found[1])
    return found


# Evidence of the publishing site, strongest first (a named list, so a test can drop or reorder one).
PUBLISHER_EVIDENCE: list[tuple[str, Callable[[Draft], Found | None]]] = [
    ("table copyright", _table_copyright),
    ("page title", _page_title),
    ("self-description", _self_described),
    ("logo domain", _logo_domain),
    ("byline domain", _byline_domain),
    ("byline address", _byline_address),
    ("site's own calls", _own_calls),
    ("skip-link masthead", _skip_link_masthead),
    ("copyright holder", _copyright_holder),
    ("copied page titles", _copied_titles),
    ("follow heading", _follow_heading),
    ("named site", _named_site),
    ("self-claim note", _self_claim),
    ("breadcrumb", _breadcrumb_site),
    ("collector", _collector),
    ("reprinted source", _reprinted_source),
    ("writer's employer", _writer_employer),
]


Step = Callable[[Draft], None]
STEPS: list[tuple[str, Step]] = [
    ("language", find_language),
    ("dateline", find_dateline),
    ("headline", find_headline),
    ("breadcrumb", find_breadcrumb),
    ("original_headline", find_original_headline),
    ("source", find_source),
    ("body", find_body),
    ("people", find_people),
    ("editor", find_editor),
    ("section", find_section),
    ("url", find_url),
    ("publisher", find_publisher),
]


# ---------------------------------------------------------------------------------------------
# entry point


def guid_for(data: bytes, digest: str | None = None) -> str:
    """Derive the item's guid from the original bytes: the same bytes always give the same guid.

    ``digest`` is their SHA-256 (hex) when the caller has it already: the reader keeps it as the fixity value.
    """
    return GUID_PREFIX + (digest or hashlib.sha256(data).hexdigest())


def _body_blocks(draft: Draft) -> tuple[Block, ...]:
    """Return the body as blocks; boilerplate glued onto the last paragraph is cut off."""
    texts = [draft.lines[i].text for i in draft.body]
    if texts:
        texts[-1] = body.cut_glued_tail(texts[-1])
    return tuple(Block(t) for t in texts if t)


def read(data: bytes, *, filename: str, created: str, steps: list[tuple[str, Step]] | None = None) -> ReadResult:
    """Read a page dump into a NewsItem; ``created`` stamps the record (xs:dateTime with offset)."""
    decoded = decode(data, file=filename)
    draft = Draft(split_lines(decoded.text))
    if not draft.lines:
        raise InputError("the file is empty (nothing but white space)", file=filename)
    try:
        for _, step in steps if steps is not None else STEPS:
            step(draft)
    except InputError as exc:
        raise exc.located(filename) from None
    if "headline" not in draft.fields or not draft.body:
        raise InputError("no headline or no article text found", file=filename, hint="is this a news page dump?")
    f = draft.fields
    digest = hashlib.sha256(data).hexdigest()  # the original's fixity value, and its guid
    people_found = tuple(f.get("people", ())) + tuple(f.get("editors", ()))  # type: ignore[arg-type]
    item = NewsItem(
        guid=guid_for(data, digest),
        language=draft.language or "und",
        headline=str(f["headline"]),
        body=_body_blocks(draft),
        created=created,
        first_created=created,
        original_headline=f.get("original_headline"),  # type: ignore[arg-type]
        section=f.get("section"),  # type: ignore[arg-type]
        breadcrumb=tuple(f.get("breadcrumb", ())),  # type: ignore[arg-type]
        published=f.get("published"),  # type: ignore[arg-type]
        published_printed=f.get("published_printed"),  # type: ignore[arg-type]
        modified=f.get("modified"),  # type: ignore[arg-type]
        source=f.get("source"),  # type: ignore[arg-type]
        publisher=f.get("publisher"),  # type: ignore[arg-type]
        byline=f.get("byline"),  # type: ignore[arg-type]
        dateline=f.get("dateline"),  # type: ignore[arg-type]
        people=people_found,
        url=f.get("url"),  # type: ignore[arg-type]
        original=Original(
            filename=filename.replace("\\", "/").rsplit("/", 1)[-1],
            size=len(data),
            sha256=digest,
            encoding=decoded.encoding,
            bom=decoded.bom,
            line_endings=decoded.line_endings,
        ),
    )
    diagnostics = tuple(d.located(filename) for d in draft.diagnostics)
    return ReadResult(item, diagnostics, dict(draft.where))
