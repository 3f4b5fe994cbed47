"""The PDF writer: one article, or a collection with a table of contents, drawn with reportlab.

The steps, each in its own module:

1. order the items by publication date (stable, undated last) and group them (here);
2. lay out each article with our own kinsoku line breaker and font setter (``pdf_layout``,
   ``kinsoku``, ``fonts``): Chinese in AR PL UMing and WenQuanYi Micro Hei, Latin runs in
   Liberation, DejaVu as the fallback. Every article starts a page, so when workers read a
   collection they lay out each article too (``make_member``) and this process only draws;
3. draw the pages on one reportlab canvas, one article at a time, writing the text operators
   ourselves with one embedded composite font per face (``pdf_fonts``). A collection's table of
   contents comes first: its entries are laid out before the articles, and the page numbers are
   drawn last into form XObjects the contents pages already show (reportlab resolves forms and
   link destinations when it saves);
4. metadata: info dictionary, XMP, /Lang, and with ``pdfa`` the PDF/A-2b parts (``pdf_meta``).

Memory stays flat in the number of articles: the order, contents and metadata come from the
items' summaries (``archive.itemseq``), each article is loaded when it is drawn, and its pages
are written to the output as soon as they are drawn (``pdf_stream``), so what stays in memory
is the summaries, the outline, the contents pages and one article at a time.

Same items and ``options.timestamp`` give the same bytes: reportlab runs in invariant mode and
its clock and ID seed are replaced by ours. :func:`wrap` exposes the exact lines the writer draws.
"""

from __future__ import annotations

import hashlib
import pickle
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import BinaryIO

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFInfo, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

from archive import __version__, itemseq
from archive.clock import build_time
from archive.diagnostics import Diagnostic
from archive.errors import ExportError, UsageError
from archive.itemseq import Described, Items, Summary
from archive.model import NewsItem
from archive.model.item import published_parts
from archive.writers import pdf_layout as layout
from archive.writers import pdf_meta as meta
from archive.writers import pdf_stream
from archive.writers.fonts import FONT_FILES, Face, face, setter
from archive.writers.pdf_fonts import FontSet

# Paper sizes in points (ISO 216 A4, US Letter) and the margins around the text frame.
PAPERS: dict[str, tuple[float, float]] = {"a4": (595.2756, 841.8898), "letter": (612.0, 792.0)}
MARGINS = (72.0, 72.0, 72.0, 64.0)  # left, right, top, bottom
GROUPINGS = ("date", "publisher", "section", "none")
NUMBER_WIDTH = 40.0  # points kept free at the right of a contents entry for its page number

INK = (0.0, 0.0, 0.0)  # body text: explicit RGB, so PDF/A sees only the sRGB output intent's space
GREY = (0.4, 0.4, 0.4)  # running header, page numbers, rules


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """Options of the PDF writer."""

    timestamp: datetime = field(default_factory=build_time)
    """Creation and modification date of the file; SOURCE_DATE_EPOCH makes PDFs byte-identical."""

    title: str | None = None
    """Collection title (running header, contents page, metadata); None: the shared publisher, else generic."""

    group_by: str = "date"
    """How a collection's contents and outline are grouped: "date", "publisher", "section" or "none"."""

    pdfa: bool = False
    """Write PDF/A-2b structure: XMP identification, sRGB output intent (not validated here)."""

    paper: str = "a4"
    """Paper size: "a4" or "letter"."""

    def __post_init__(self) -> None:
        if self.group_by not in GROUPINGS:
            raise UsageError(f"unknown PDF grouping {self.group_by!r}; known: {', '.join(GROUPINGS)}")
        if self.paper not in PAPERS:
            raise UsageError(f"unknown paper size {self.paper!r}; known: {', '.join(PAPERS)}")


OPTIONS = PdfOptions


def frame_for(paper: str) -> layout.Frame:
    """Return the page and text frame for a paper size of PAPERS."""
    width, height = PAPERS[paper]
    return layout.Frame(width, height, *MARGINS)


def wrap(text: str, language: str = "zh-CN", kind: str = "p", paper: str = "a4") -> list[str]:
    """Return the lines the writer draws for the body block ``text`` (kinsoku tests count on these).

    Pure: the same layout code the writer runs, without a canvas. ``kind`` is "p" or a subhead.
    """
    styles = layout.styles_for(language)
    style = styles["p"] if kind == "p" else styles["h2"]
    fonts = setter(style.role, language)
    return [line.text for line in layout.set_text(text, fonts, style, frame_for(paper).width).lines]


# ---------------------------------------------------------------------------------------------
# Order and groups


def warm() -> None:
    """Load every face now, so worker processes forked after this share them instead of each loading its own."""
    for key in FONT_FILES:
        face(key)


def date_key(item: Described) -> tuple[int, str, str]:
    """Sort key by publication: local date, then local time (date-only first); undated last.

    Local (printed) dates, not instants: a collection reads by the dates the pages show, and
    grouping by date must agree with the order.
    """
    if not item.published:
        return (1, "", "")
    try:
        day, time, _ = published_parts(item.published)
    except ValueError:
        return (1, "", "")
    return (0, day, time or "")


def group_label(item: Described, group_by: str, labels: dict[str, str]) -> str | None:
    """Return the heading of the group ``item`` belongs to, or None when not grouping."""
    if group_by == "none":
        return None
    if group_by == "date":
        key = date_key(item)
        return key[1] if key[0] == 0 else labels["undated"]
    if group_by == "publisher":
        return item.publisher or item.source or "—"
    return item.section or "—"


def order_indices(items: Sequence[Described], group_by: str = "date") -> list[int]:
    """Return the indices of ``items`` by publication date (stable, undated last), groups kept together.

    Grouping by date agrees with the order by itself; grouping by publisher or section keeps
    the groups in the order of their first article, and dates within each group.
    """
    ordered = sorted(range(len(items)), key=lambda index: date_key(items[index]))
    if group_by in ("publisher", "section"):
        firsts: dict[str | None, int] = {}
        groups = [group_label(items[index], group_by, layout.LABELS["en"]) for index in ordered]
        for group in groups:
            firsts.setdefault(group, len(firsts))
        ranked = sorted(range(len(ordered)), key=lambda position: firsts[groups[position]])
        ordered = [ordered[position] for position in ranked]
    return ordered


def order(items: Sequence[NewsItem], group_by: str = "date") -> list[NewsItem]:
    """Return the items in the order the writer draws them (see :func:`order_indices`)."""
    return [items[index] for index in order_indices(items, group_by)]


# ---------------------------------------------------------------------------------------------
# Document-level text: languages, title, metadata


def languages(items: Sequence[Described]) -> tuple[str, ...]:
    """Return the items' languages, most common first (ties: first seen); the first is /Lang."""
    counts = Counter(item.language for item in items)
    seen = list(dict.fromkeys(item.language for item in items))
    return tuple(sorted(seen, key=lambda lang: -counts[lang]))


def collection_title(items: Sequence[Described], options: PdfOptions, labels: dict[str, str]) -> str:
    """Return the collection's title: the option, else the one publisher all share, else a generic one."""
    if options.title:
        return options.title
    publishers = {item.publisher or item.source for item in items}
    if len(publishers) == 1 and None not in publishers:
        return str(publishers.pop())
    return labels["collection"]


def _summary(item: NewsItem, limit: int = 200) -> str:
    """Return the first paragraph as a description, cut at ``limit`` characters."""
    first = next((block.text.strip() for block in item.body if block.kind == "p" and block.text.strip()), "")
    return first if len(first) <= limit else first[: limit - 1] + "…"


def doc_info(items: Sequence[Described], title: str, options: PdfOptions,
             article: NewsItem | None = None) -> meta.DocInfo:
    """Return the metadata for a single article (``article``, the whole item) or a collection."""
    base = meta.DocInfo(title=title, author="", subject="", keywords="", languages=languages(items),
                        creator=f"archive {__version__}", producer=PDFInfo.producer, moment=options.timestamp,
                        identifiers=tuple(item.guid for item in items))
    if len(items) == 1:
        item = article if article is not None else items[0]
        assert isinstance(item, NewsItem), "a single article's metadata needs the whole item"
        author = ", ".join(p.name for p in item.authors) or item.byline or item.source or item.publisher or ""
        keywords = ", ".join(dict.fromkeys(k for k in (item.section, *item.breadcrumb) if k))
        return replace(base, author=author, subject=_summary(item), keywords=keywords)
    publishers = dict.fromkeys(p for p in (item.publisher or item.source for item in items) if p)
    dated = [date_key(item)[1] for item in items if date_key(item)[0] == 0]
    span = f", {min(dated)} – {max(dated)}" if dated else ""
    return replace(base, author="; ".join(publishers), subject=f"{len(items)} articles{span}")


class Fingerprint:
    """A digest of what the document shows, to seed the trailer /ID; fed each article as it is drawn."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def add(self, item: NewsItem) -> None:
        """Add one article (in drawing order)."""
        self.add_text(self.text(item))

    def add_text(self, text: bytes) -> None:
        """Add one article given as :meth:`text` made it (in a worker)."""
        self._digest.update(text)

    @staticmethod
    def text(item: NewsItem) -> bytes:
        """Return what of ``item`` the fingerprint covers."""
        return f"{item.guid} {item.version}\n{item.headline}\n{item.body_text}\n".encode(errors="replace")

    def digest(self, options: PdfOptions) -> bytes:
        """Return the digest of the articles added and the options that shape the document."""
        self._digest.update(repr((options.title, options.group_by, options.pdfa, options.paper)).encode())
        return self._digest.digest()


def fingerprint(items: Iterable[NewsItem], options: PdfOptions) -> bytes:
    """Return the fingerprint of ``items`` in drawing order (see :class:`Fingerprint`)."""
    found = Fingerprint()
    for item in items:
        found.add(item)
    return found.digest(options)


def missing_glyphs(file: str | None, missing: Sequence[str]) -> list[Diagnostic]:
    """Return one diagnostic per character no configured font could draw (drawn as U+FFFD), naming ``file``."""
    return [Diagnostic("pdf-missing-glyph",
                       f"U+{ord(ch):04X}{' ' + ch if ch.isprintable() else ''} has no glyph in any configured font",
                       file=file)
            for ch in dict.fromkeys(missing)]


# ---------------------------------------------------------------------------------------------
# Drawing


def _num(value: float) -> str:
    """Format a number for a content stream: two decimals (1/7200 in), the same everywhere."""
    return f"{value:.2f}"


class TextOps:
    """A PDF text object (BT … ET) written as operators, for ``canvas.drawText``.

    reportlab's PDFTextObject measures every string it shows; the layout already knows every
    position, so this writes the operators directly, with our composite fonts (``pdf_fonts``).
    """

    def __init__(self, fonts: FontSet) -> None:
        self._fonts = fonts
        self._ops: list[str] = ["BT"]
        self._font: tuple[Face, float] | None = None
        self._char_space = 0.0

    def fill(self, rgb: tuple[float, float, float]) -> None:
        """Set the fill colour (DeviceRGB) for the text that follows."""
        self._ops.append(f"{_num(rgb[0])} {_num(rgb[1])} {_num(rgb[2])} rg")

    def line(self, x: float, y: float, line: layout.Line) -> None:
        """Show one line with its left end at (x, y)."""
        ops = self._ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        if line.char_space != self._char_space:
            ops.append(f"{line.char_space:.4f} Tc")
            self._char_space = line.char_space
        fonts = self._fonts
        for run_face, piece in line.runs:
            if self._font is None or self._font[0] is not run_face or self._font[1] != line.size:
                ops.append(f"{fonts.resource(run_face)} {_num(line.size)} Tf")
                self._font = (run_face, line.size)
            ops.append(f"<{fonts.encode(run_face, piece)}> Tj")

    def getCode(self) -> str:  # the name canvas.drawText calls
        """Return the operators, resetting character spacing: Tc outlives the text object."""
        if self._char_space:
            self._ops.append("0 Tc")
            self._char_space = 0.0
        return "\n".join([*self._ops, "ET"])


class Painter:
    """Draws laid-out pages on one canvas: lines, rules, running header and page number."""

    def __init__(self, canvas: Canvas, frame: layout.Frame) -> None:
        self.canvas = canvas
        self.frame = frame
        self.header: layout.Line | None = None
        self._folio_style = layout.LATIN_STYLES["footer"]
        self._folio_fonts = setter("body", "en")
        self.fonts = FontSet()

    def set_header(self, text: str, language: str) -> tuple[str, ...]:
        """Set the running header for the pages that follow (its first line, if it is long).

        Return the characters no font could draw.
        """
        style = layout.styles_for(language)["header"]
        result = layout.set_text(text, setter(style.role, language), style, self.frame.width)
        self.header = result.lines[0] if text.strip() else None
        return result.missing

    def _folio(self, number: int, style: layout.Style) -> layout.Line:
        """Return a page number set as a line (Latin digits)."""
        return layout.set_text(str(number), self._folio_fonts, style, self.frame.width).lines[0]

    def page(self, plan: layout.PagePlan) -> None:
        """Draw ``plan`` and the page furniture, and end the page.

        In reading order: running header, lines (each contents entry followed by the form that
        holds its page number), page number; text extraction follows the same order.
        """
        canvas, frame = self.canvas, self.frame
        canvas.setStrokeColorRGB(*GREY)
        canvas.setLineWidth(0.5)
        top = frame.page_height - frame.top
        if self.header is not None:
            canvas.line(frame.left, top + 10.0, frame.left + frame.width, top + 10.0)
        for x0, x1, y in plan.rules:
            canvas.line(x0, y, x1, y)
        forms = {mark[1]: mark[0] for mark in plan.marks}
        text = TextOps(self.fonts)
        if self.header is not None:
            text.fill(GREY)
            text.line(frame.left + self.header.x, top + 16.0, self.header)
        text.fill(INK)
        for index, (x, y, line) in enumerate(plan.lines):
            text.line(x, y, line)
            if index in forms:
                # A form cannot be drawn inside a text object: close it, draw, open a new one.
                canvas.drawText(text)
                canvas.doForm(f"n{forms[index]}")
                text = TextOps(self.fonts)
        text.fill(GREY)
        folio = self._folio(canvas.getPageNumber(), self._folio_style)
        text.line(frame.left + folio.x, frame.bottom - 30.0, folio)
        canvas.drawText(text)
        for key, _line, x0, y0, x1, y1 in plan.marks:
            # /F 4 (print): PDF/A wants every annotation printable; Border 0: no box around the link.
            canvas.linkAbsolute("", key, (x0, y0, x1, y1), thickness=0, F=4)
        canvas.showPage()
        _compress_last_page(canvas)

    def number(self, key: str, mark: tuple[str, int, float, float, float, float], page: int,
               style: layout.Style) -> None:
        """Define the form ``n<key>``: the page number of one contents entry, right-aligned on its line."""
        canvas = self.canvas
        _key, _line, _x0, _y0, x1, y1 = mark
        canvas.beginForm(f"n{key}")
        text = TextOps(self.fonts)
        text.fill(INK)
        folio = self._folio(page, style)
        text.line(x1 - folio.width, layout.baseline(y1, style), folio)
        canvas.drawText(text)
        canvas.endForm()


def _compress_last_page(canvas: Canvas) -> None:
    """Compress the page just ended now rather than at save, and without reportlab's ASCII85 step.

    reportlab keeps every page's content as text until it saves, and then encodes it with
    ASCII85 in pure Python before deflating: the text held for a thousand articles is most of the
    memory, and the encoding most of the saving time. Deflated at once, a page holds a quarter.
    """
    page = canvas._doc.Pages.pages[-1]
    content = zlib.compress(page.stream.encode("utf-8"))
    page.Contents = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}), content)
    page.stream = None


def _canvas(out: BinaryIO, frame: layout.Frame, language: str) -> Canvas:
    """Return a reportlab canvas in invariant mode whose initial font is one of ours, not Helvetica.

    reportlab opens every page stream by selecting its initial font; with the default, Helvetica,
    every page would reference a font that is never embedded. A TrueType initial font is only
    selected when text is drawn with it, and our text selects its own fonts.
    """
    initial = face("serif")
    return Canvas(out, pagesize=(frame.page_width, frame.page_height), invariant=1, pageCompression=1,
                  initialFontName=initial.name, initialFontSize=10.5, lang=language, pdfVersion=(1, 7))


@dataclass(frozen=True, slots=True)
class Article:
    """One article in reading order: its index among the items, its bookmark key and the group it opens."""

    index: int
    item: Summary
    key: str
    group: str | None
    opens_group: bool


def articles(summaries: Sequence[Summary], order: Sequence[int], group_by: str,
             labels: dict[str, str]) -> Iterator[Article]:
    """Yield the articles in drawing order with their keys and the group each one opens."""
    previous: str | None = None
    for position, index in enumerate(order):
        item = summaries[index]
        group = group_label(item, group_by, labels) if len(order) > 1 else None
        yield Article(index, item, f"a{position + 1}", group,
                      group is not None and (position == 0 or group != previous))
        previous = group


def _contents(painter: Painter, summaries: Sequence[Summary], order: Sequence[int], title: str, language: str,
              options: PdfOptions) -> layout.Laid:
    """Draw the contents pages (numbers come later, as forms) and return their layout."""
    labels = layout.labels_for(language)
    entries: list[layout.TocEntry] = []
    for article in articles(summaries, order, options.group_by, labels):
        if article.opens_group and article.group is not None:
            entries.append(layout.TocEntry(article.group))
        entries.append(layout.TocEntry(article.item.headline, article.key))
    laid = layout.layout_toc(title, entries, language, painter.frame, NUMBER_WIDTH)
    painter.canvas.bookmarkPage("contents", fit="XYZ", left=0, top=painter.frame.page_height)
    painter.canvas.addOutlineEntry(labels["contents"], "contents", 0)
    for plan in laid.pages:
        painter.page(plan)
        plan.lines.clear()  # drawn; only the marks (where page numbers go) are needed at the end
    return laid


def _articles(painter: Painter, items: Items, summaries: Sequence[Summary], order: Sequence[int],
              options: PdfOptions, labels: dict[str, str], collection: bool,
              stream: pdf_stream.StreamingDocument, seen: Fingerprint,
              first: NewsItem | None) -> tuple[dict[str, int], list[Diagnostic]]:
    """Load, lay out and draw the articles one at a time; return their first pages and diagnostics.

    Each article is loaded when its turn comes, and its pages are written out once drawn, so
    memory does not grow with the number of articles. ``first`` is a single article already loaded.
    """
    canvas, frame = painter.canvas, painter.frame
    starts: dict[str, int] = {}
    diagnostics: list[Diagnostic] = []
    level = 0
    for article in articles(summaries, order, options.group_by, labels):
        file = article.item.filename
        made = items.made(article.index) if first is None else None
        if made is not None:  # laid out by the worker that read the article
            member: Member = pickle.loads(made)
            seen.add_text(member.text)
            laid = member.laid
        else:
            item = first if first is not None else items[article.index]
            seen.add(item)
            if not collection:
                diagnostics.extend(missing_glyphs(file, painter.set_header(item.publisher or item.source or "",
                                                                           item.language)))
            laid = layout.layout_article(item, frame)
        diagnostics.extend(missing_glyphs(file, laid.missing))
        starts[article.key] = canvas.getPageNumber()
        if article.opens_group and article.group is not None:
            canvas.bookmarkPage(f"g{article.key}", fit="XYZ", left=0, top=frame.page_height)
            canvas.addOutlineEntry(meta.fit(article.group), f"g{article.key}", 0)
            level = 1
        canvas.bookmarkPage(article.key, fit="XYZ", left=0, top=frame.page_height)
        canvas.addOutlineEntry(meta.fit(article.item.headline), article.key, level)
        for plan in laid.pages:
            painter.page(plan)
        stream.flush()
    return starts, diagnostics


@dataclass(frozen=True, slots=True)
class Member:
    """A collection member laid out where it was read: its fingerprint text and its pages."""

    text: bytes  # Fingerprint.text(item)
    laid: layout.Laid


def make_member(item: NewsItem, options: PdfOptions) -> bytes | None:
    """Lay out one member of a collection where it was read (a worker), pickled for the parent's spool.

    Every article starts on a new page, so its layout depends on the article and the paper only;
    the parent then draws pages it did not have to lay out. Faces pickle as their keys (the
    workers were forked with the fonts loaded). None when the layout fails: the writer lays the
    article out again in its turn and raises there, as it would without workers.
    """
    try:
        laid = layout.layout_article(item, frame_for(options.paper))
    except ExportError:
        return None
    return pickle.dumps(Member(Fingerprint.text(item), laid), protocol=pickle.HIGHEST_PROTOCOL)


def _merge(general: list[Diagnostic], per_article: list[Diagnostic]) -> list[Diagnostic]:
    """Return the article diagnostics, then those of the contents and header not already among them.

    A headline's missing character shows up in the contents too; it is reported once, with the
    article's file.
    """
    known = {d.message for d in per_article}
    return per_article + [d for d in dict.fromkeys(general) if d.message not in known]


def write(items: Sequence[NewsItem], out: BinaryIO, options: PdfOptions | None = None) -> list[Diagnostic]:
    """Write one item as an article, or several as a collection with contents, to ``out`` as PDF."""
    options = options if options is not None else PdfOptions()
    if not items:
        raise ExportError("nothing to write: the PDF writer needs at least one item")
    collection_items = itemseq.of(items)
    summaries = collection_items.summaries()
    order = order_indices(summaries, options.group_by)
    ordered = [summaries[index] for index in order]
    language = languages(ordered)[0]
    labels = layout.labels_for(language)
    frame = frame_for(options.paper)
    collection = len(ordered) > 1
    first = None if collection else collection_items[0]  # a single article: loaded once, used twice
    title = collection_title(ordered, options, labels) if collection else ordered[0].headline

    canvas = _canvas(out, frame, language)
    stream = pdf_stream.stream_to(canvas, out)
    painter = Painter(canvas, frame)
    general: list[Diagnostic] = []
    contents: layout.Laid | None = None
    if collection:
        general += missing_glyphs(None, painter.set_header(title, language))
        contents = _contents(painter, summaries, order, title, language, options)
        general += missing_glyphs(None, contents.missing)
        stream.hold()  # the contents pages show page numbers drawn at the end
    seen = Fingerprint()
    starts, per_article = _articles(painter, collection_items, summaries, order, options, labels, collection,
                                    stream, seen, first)
    meta.pin_identity(canvas, options.timestamp, seen.digest(options))
    if contents is not None:
        entry_style = layout.styles_for(language)["toc-entry"]
        for plan in contents.pages:
            for mark in plan.marks:
                painter.number(mark[0], mark, starts[mark[0]], entry_style)

    painter.fonts.add_to(canvas._doc)
    canvas.showOutline()
    meta.set_info(canvas, doc_info(ordered, title, options, first), options.pdfa)
    if options.pdfa:
        meta.add_output_intent(canvas)
    canvas.save()
    return _merge(general, per_article)
