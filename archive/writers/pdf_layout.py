"""Layout for the PDF writer: text to justified lines, lines to pages. No reportlab canvas here.

The layout is computed in points with our own line breaker (:mod:`archive.writers.kinsoku`) and
the fonts' advances (:mod:`archive.writers.fonts`), so the lines a test inspects are exactly the
lines the writer draws. An article becomes a short list of :class:`PagePlan` values that the
writer draws and drops before the next article is laid out, so memory does not grow with the
number of articles.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from archive.model import NewsItem, Role
from archive.model.item import published_parts
from archive.writers.fonts import INVISIBLE, Face, Setter, Shaped, is_cjk_language, setter
from archive.writers.kinsoku import Span, break_lines


@dataclass(frozen=True, slots=True)
class Style:
    """How one kind of text is set: the font role, size and spacing (points), alignment."""

    role: str  # "body" (Ming / Liberation Serif) or "heading" (Hei / Liberation Sans)
    size: float
    leading: float
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0  # first-line indent in em: Chinese paragraphs open with two characters' space
    justify: bool = False  # spread the slack of every line but the last between its characters
    align: str = "left"  # "left", "right" or "center"
    keep_with_next: int = 0  # lines of the next block that must share this block's page


# Chinese text wants more leading than Latin (1.8 against 1.4) and opens paragraphs with an
# indent instead of a gap; headings use the Hei face, body text the Ming face.
CJK_STYLES: dict[str, Style] = {
    "headline": Style("heading", 17.0, 24.0, space_after=6.0),
    "meta": Style("body", 9.0, 13.5),
    "p": Style("body", 10.5, 18.9, space_after=2.0, indent=2.0, justify=True),
    "h2": Style("heading", 12.0, 19.0, space_before=8.0, space_after=2.0, keep_with_next=2),
    "end": Style("body", 9.0, 13.5, space_before=10.0, align="right"),
    "header": Style("heading", 8.0, 10.0),
    "footer": Style("body", 8.0, 10.0, align="center"),
    "toc-title": Style("heading", 16.0, 24.0, space_after=10.0),
    "toc-group": Style("heading", 11.0, 17.0, space_before=8.0, space_after=2.0, keep_with_next=1),
    "toc-entry": Style("body", 10.5, 16.0, space_after=3.0),
}
LATIN_STYLES: dict[str, Style] = {
    **CJK_STYLES,
    "headline": Style("heading", 18.0, 22.0, space_after=6.0),
    "meta": Style("body", 9.0, 12.0),
    "p": Style("body", 10.5, 14.7, space_after=6.0),
    "h2": Style("heading", 12.0, 15.0, space_before=8.0, space_after=3.0, keep_with_next=2),
    "end": Style("body", 9.0, 12.0, space_before=10.0, align="right"),
    "toc-entry": Style("body", 10.5, 13.5, space_after=4.0),
}

# Justify a line only while the spacing this adds stays under a quarter em per character: a line
# left short by a long URL pushed to the next line is better ragged than letter-spaced apart.
MAX_CHAR_SPACE_EM = 0.25


def styles_for(language: str) -> dict[str, Style]:
    """Return the style sheet for an item's language."""
    return CJK_STYLES if is_cjk_language(language) else LATIN_STYLES


# Words the writer prints around the item's own text, by script variant.
LABELS: dict[str, dict[str, str]] = {
    "zh-hans": {"source": "来源：", "editor": "责任编辑：", "original": "原标题：", "note": "更正：",
                "contents": "目录", "undated": "未注明日期", "collection": "新闻合集", "by": ""},
    "zh-hant": {"source": "來源：", "editor": "責任編輯：", "original": "原標題：", "note": "更正：",
                "contents": "目錄", "undated": "未註明日期", "collection": "新聞合集", "by": ""},
    "en": {"source": "Source: ", "editor": "Editor: ", "original": "Original headline: ",
           "note": "Correction: ", "contents": "Contents", "undated": "Undated",
           "collection": "News collection", "by": "By "},
}

_HANT = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")
_CHINESE = {"zh", "cmn", "yue", "lzh", "wuu", "hak", "nan"}


def labels_for(language: str) -> dict[str, str]:
    """Return the printed labels for ``language``: traditional or simplified Chinese, else English."""
    tag = language.lower()
    if tag.startswith(_HANT):
        return LABELS["zh-hant"]
    if tag.split("-")[0] in _CHINESE:
        return LABELS["zh-hans"]
    return LABELS["en"]


class Line(NamedTuple):
    """One line as drawn: runs of (face, text), its natural width and the spacing that justifies it.

    A named tuple rather than a frozen dataclass: a thousand articles make half a million lines.
    """

    text: str  # the source characters of the line (what kinsoku rules are checked on)
    runs: tuple[tuple[Face, str], ...]
    size: float
    width: float  # natural width in points, without the justification spacing
    x: float = 0.0  # offset from the frame's left edge: indent or alignment
    char_space: float = 0.0  # PDF Tc: extra points after each character


@dataclass(frozen=True, slots=True)
class SetText:
    """A paragraph set into lines, and the characters no font could draw."""

    lines: list[Line]
    missing: tuple[str, ...]


_CONTROL_SPACE = re.compile(r"[\t\n\r\f\v\u2028\u2029]+")


def _runs(shaped: Shaped, start: int, end: int) -> tuple[tuple[Face, str], ...]:
    """Split ``shaped.drawn[start:end]`` into runs of one face each, leaving out invisible characters."""
    changes = shaped.changes
    cuts = changes[bisect_right(changes, start):bisect_left(changes, end)]
    runs: list[tuple[Face, str]] = []
    for run_start, run_end in zip([start, *cuts], [*cuts, end], strict=True):
        piece = shaped.drawn[run_start:run_end]
        if INVISIBLE in piece:
            piece = piece.replace(INVISIBLE, "")
        if piece:
            runs.append((shaped.faces[run_start], piece))
    return tuple(runs)


def _placed(text: str, shaped: Shaped, span: Span, style: Style, width: float, first_x: float,
            last: bool) -> Line:
    """Return the line ``span`` of a paragraph, aligned, and justified unless it is the last.

    Justification spreads the slack over the gaps between the drawn characters (PDF Tc), the
    way Chinese is set; Latin-script paragraphs stay ragged right (no hyphenation to even them).
    """
    size = style.size
    natural = span.width * size
    runs = _runs(shaped, span.start, span.end)
    x, char_space = first_x, 0.0
    drawn = sum(len(piece) for _, piece in runs)
    if style.justify and not last and drawn > 1 and natural < width - x:
        char_space = (width - x - natural) / (drawn - 1)
        if char_space > MAX_CHAR_SPACE_EM * size:
            char_space = 0.0
    if style.align == "right":
        x = width - natural
    elif style.align == "center":
        x = (width - natural) / 2
    return Line(text[span.start:span.end], runs, size, natural, x, char_space)


def set_text(text: str, fonts: Setter, style: Style, width: float) -> SetText:
    """Break ``text`` into lines of at most ``width`` points, set in ``style``, justified if it asks.

    Line breaks (tabs, newlines) inside a block are spaces here: a block is one paragraph.
    """
    text = _CONTROL_SPACE.sub(" ", text).strip()
    shaped = fonts.shape(text)
    size = style.size
    indent = style.indent * size if fonts.cjk else 0.0
    natural = sum(shaped.advances) * size
    if natural <= width - indent + 1e-6 and style.align == "left":
        # One line, the common case (credits, subheads, short paragraphs): no breaking to do.
        if not text:
            return SetText([Line("", (), size, 0.0)], ())
        simple = not shaped.changes and INVISIBLE not in shaped.drawn
        runs = ((shaped.faces[0], shaped.drawn),) if simple else _runs(shaped, 0, len(text))
        return SetText([Line(text, runs, size, natural, indent)], shaped.missing)
    spans = break_lines(text, shaped.advances, width / size, indent / size)
    last = len(spans) - 1
    lines = [_placed(text, shaped, span, style, width, indent if number == 0 else 0.0, number == last)
             for number, span in enumerate(spans)]
    return SetText(lines, shaped.missing)


@dataclass(frozen=True, slots=True)
class Frame:
    """The page and the text area on it, in points from the bottom left corner."""

    page_width: float
    page_height: float
    left: float
    right: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.page_width - self.left - self.right

    @property
    def text_top(self) -> float:
        return self.page_height - self.top


@dataclass(slots=True)
class PagePlan:
    """What goes on one page inside the frame: placed lines and rules, and where links go."""

    lines: list[tuple[float, float, Line]] = field(default_factory=list)  # (x, baseline, line)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y)
    # (key, index of the line it follows, rect): a contents entry's page number and link
    marks: list[tuple[str, int, float, float, float, float]] = field(default_factory=list)


def baseline(top: float, style: Style) -> float:
    """Return the baseline of a line whose box starts at ``top``: the em box centred in the leading."""
    return top - style.leading / 2 - 0.38 * style.size


class Paginator:
    """Places blocks of lines down the frame, starting new pages, without orphans or widows.

    A paragraph never leaves a single first line at the foot of a page (orphan) nor a single last
    line at the head of the next (widow); a heading keeps ``keep_with_next`` lines after it.
    """

    def __init__(self, frame: Frame) -> None:
        self.frame = frame
        self.pages: list[PagePlan] = []
        self.y = 0.0
        self.at_top = True
        self.new_page()

    def new_page(self) -> None:
        """Start a new page at the top of the frame."""
        self.pages.append(PagePlan())
        self.y = self.frame.text_top
        self.at_top = True

    @property
    def room(self) -> float:
        return self.y - self.frame.bottom

    def place(self, lines: Sequence[Line], style: Style, keep: float = 0.0) -> tuple[int, float, float]:
        """Place ``lines`` set in ``style``; return (page index, top, bottom) of the last line placed.

        ``keep`` is the height of what must follow on the same page (a heading's next lines).
        """
        if not lines:
            return len(self.pages) - 1, self.y, self.y
        before = 0.0 if self.at_top else style.space_before
        first = min(len(lines), 2)  # an orphan rule: two lines of a paragraph, or its only line
        whole = len(lines) * style.leading
        need = whole + keep if style.keep_with_next else first * style.leading
        if not self.at_top and need + before > self.room + 1e-6:
            self.new_page()
            before = 0.0
        self.y -= before
        index = 0
        top = self.y
        while index < len(lines):
            remaining = len(lines) - index
            take = min(remaining, int((self.room + 1e-6) // style.leading))
            if take < remaining:
                if remaining - take == 1 and take >= 2:
                    take -= 1  # leave two lines for the next page, not a widow
                if index == 0 and take == 1 and not self.at_top:
                    take = 0  # nor an orphan: the whole paragraph moves to the next page
                if take == 0 and self.at_top:
                    take = 1  # a frame lower than one line: place it anyway rather than loop
            page = self.pages[-1]
            for line in lines[index:index + take]:
                top = self.y
                page.lines.append((self.frame.left + line.x, baseline(self.y, style), line))
                self.y -= style.leading
            index += take
            if take:
                self.at_top = False
            if index < len(lines):
                self.new_page()
        self.y -= style.space_after
        return len(self.pages) - 1, top, top - style.leading

    def rule(self, gap: float) -> None:
        """Draw a hairline across the frame ``gap`` points below the last line, and leave ``gap`` after it."""
        if self.room < 2 * gap:
            return
        self.y -= gap
        self.pages[-1].rules.append((self.frame.left, self.frame.left + self.frame.width, self.y))
        self.y -= gap


def byline(item: NewsItem, labels: dict[str, str]) -> str:
    """Return the credit line: the printed byline verbatim, else the people with their printed roles."""
    if item.byline:
        return item.byline
    credited = [p for p in item.people if p.role is not Role.EDITOR]
    if not credited:
        return ""
    if labels["by"]:
        return labels["by"] + ", ".join(p.name for p in credited)
    return "\u3000".join(f"{p.printed_role} {p.name}" if p.printed_role else p.name for p in credited)


def date_text(item: NewsItem) -> str:
    """Return the publication date as the page printed it, else its ISO value made readable."""
    if item.published_printed:
        return item.published_printed
    if not item.published:
        return ""
    day, time, offset = published_parts(item.published)
    return " ".join(part for part in (day, time, "UTC" if offset == "Z" else offset) if part)


def meta_lines(item: NewsItem, labels: dict[str, str]) -> list[str]:
    """Return the lines under the headline: credits; date, source and section; original headline; URL."""
    dated = [date_text(item), f"{labels['source']}{item.source}" if item.source else "", item.section or ""]
    lines = [byline(item, labels), "  ·  ".join(part for part in dated if part)]
    if item.original_headline:
        lines.append(labels["original"] + item.original_headline)
    if item.url:
        lines.append(item.url)
    return [line for line in lines if line]


def end_lines(item: NewsItem, labels: dict[str, str]) -> list[str]:
    """Return the lines after the body: editors as printed (责任编辑：钱霓, Editing by …), then notes."""
    lines = []
    colon = "：" if is_cjk_language(item.language) else ": "
    for person in item.editors:
        role = person.printed_role
        if not role:
            lines.append(labels["editor"] + person.name)
        elif role.lower().endswith(" by"):
            lines.append(f"{role} {person.name}")  # Editing by Sunil Nair
        elif role.endswith(("：", ":")):
            lines.append(role + person.name)  # the role was printed with its colon
        else:
            lines.append(role + colon + person.name)  # 责任编辑：钱霓
    lines.extend(labels["note"] + note.text for note in item.notes)
    return lines


@dataclass(slots=True)
class Laid:
    """An article (or a table of contents) laid out: its pages and the characters no font could draw."""

    pages: list[PagePlan]
    missing: list[str] = field(default_factory=list)


def _add(paginator: Paginator, laid: Laid, text: str, style: Style, fonts: Setter,
         keep: float = 0.0) -> tuple[int, float, float]:
    """Set ``text`` and place it; collect the characters that had no glyph."""
    result = set_text(text, fonts, style, paginator.frame.width)
    laid.missing.extend(result.missing)
    return paginator.place(result.lines, style, keep)


def layout_article(item: NewsItem, frame: Frame) -> Laid:
    """Lay out one article from the top of a new page: headline, credits, body, editors."""
    styles = styles_for(item.language)
    labels = labels_for(item.language)
    body = setter("body", item.language)
    heading = setter("heading", item.language)
    paginator = Paginator(frame)
    laid = Laid(paginator.pages)
    _add(paginator, laid, item.headline, styles["headline"], heading)
    for text in meta_lines(item, labels):
        _add(paginator, laid, text, styles["meta"], body)
    paginator.rule(6.0)
    p_style = styles["p"]
    for block in item.body:
        if block.kind == "p":
            _add(paginator, laid, block.text, p_style, body)
        else:
            # Any subhead kind (h2 … h6) is set as h2: the model keeps only one level inside a story.
            style = styles["h2"]
            _add(paginator, laid, block.text, style, heading, keep=style.keep_with_next * p_style.leading)
    for index, text in enumerate(end_lines(item, labels)):
        style = styles["end"] if index == 0 else styles["meta"]
        _add(paginator, laid, text, style, body)
    return laid


@dataclass(frozen=True, slots=True)
class TocEntry:
    """One line of a table of contents: a group heading, or an article with the key it links to."""

    text: str
    key: str | None = None  # the article's bookmark key; None for a group heading


def layout_toc(title: str, entries: Sequence[TocEntry], language: str, frame: Frame,
               number_width: float) -> Laid:
    """Lay out a table of contents; each article entry leaves ``number_width`` points for its page number.

    The page numbers are not known yet (articles come after the contents): each entry records
    a mark (key, rect of its last line) where the writer later draws the number and the link.
    """
    styles = styles_for(language)
    body = setter("body", language)
    heading = setter("heading", language)
    paginator = Paginator(frame)
    laid = Laid(paginator.pages)
    _add(paginator, laid, title, styles["toc-title"], heading)
    entry_style = styles["toc-entry"]
    for entry in entries:
        if entry.key is None:
            style = styles["toc-group"]
            _add(paginator, laid, entry.text, style, heading, keep=style.keep_with_next * entry_style.leading)
            continue
        result = set_text(entry.text, body, entry_style, frame.width - number_width)
        laid.missing.extend(result.missing)
        page, top, bottom = paginator.place(result.lines, entry_style)
        left, right = frame.left, frame.left + frame.width
        plan = paginator.pages[page]
        plan.marks.append((entry.key, len(plan.lines) - 1, left, bottom, right, top))
    return laid
