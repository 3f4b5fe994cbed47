"""The EPUB 3 writer: one item makes an article e-book, several make a collection.

Built with ebooklib (package document, manifest, spine, NCX) around our own XHTML: chapters come
from ``archive.writers.xhtml`` unchanged, as pandoc's EPUB reuses its HTML writer, and the nav
document is written here because ebooklib's cannot carry per-entry languages, a title heading or
vertical writing. Two things ebooklib does are overridden, both for reproducibility: the random
identifier (we set one from the guids) and the zip entry times (we stamp ``options.timestamp``).

Memory: the book is planned from the items' summaries (``archive.itemseq``: date, headline,
section, people), and each article is loaded when ebooklib writes its chapter's zip entry, rendered,
and dropped right after. A 10,000-article collection holds the summaries, one item and one chapter
at a time, and the zip directory; the zip itself goes to the output stream as it is written.
"""

from __future__ import annotations

import functools
import io
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from typing import BinaryIO

from ebooklib import epub
from lxml import etree

from archive import itemseq
from archive.clock import build_time, iso
from archive.diagnostics import Diagnostic
from archive.errors import ExportError, UsageError
from archive.itemseq import Described, Items, Summary
from archive.model import NewsItem, Role
from archive.model.item import published_parts
from archive.writers import xhtml

EPUB_NS = "http://www.idpf.org/2007/ops"
EPUB_TYPE = f"{{{EPUB_NS}}}type"
STYLESHEET = "epub.css"  # href of the stylesheet, relative to the package document
NAV_FILE = "nav.xhtml"
VERTICAL_CLASS = "vertical"  # class on <html> that epub.css turns into writing-mode: vertical-rl

# Primary language subtags whose scripts are set in vertical columns; Latin text in vertical-rl
# lies on its side, so other languages stay horizontal even when vertical writing is asked for.
VERTICAL_LANGUAGES = frozenset({"zh", "ja"})

# MARC relator codes for the roles the model knows (EPUB 3 ``role`` refinements, scheme marc:relators).
# Authors are dc:creator; editors and correspondents are dc:contributor (they did not write the text).
RELATORS: dict[Role, tuple[str, str]] = {  # role -> (DC element, MARC relator)
    Role.AUTHOR: ("creator", "aut"),  # 记者, By …
    Role.EDITOR: ("contributor", "edt"),  # 责任编辑, Editing by …
    Role.CORRESPONDENT: ("contributor", "ctb"),  # 通讯员: MARC has no reporter code; ctb is "contributor"
}

# EPUB Accessibility 1.1 discovery metadata (schema.org properties, reserved ``schema:`` prefix).
# True of every book this writer makes: text only, headings per article and subhead, a nav, the
# spine in reading order, em-based CSS a reader can override. No dcterms:conformsTo: nothing was
# evaluated against WCAG, so no conformance is claimed.
ACCESSIBILITY: tuple[tuple[str, str], ...] = (
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
)

# A collection's table of contents: (group heading, [(chapter id, summary)]) in reading order.
Toc = list[tuple[str, list[tuple[str, Summary]]]]

# Namespace for collection identifiers: uuid5(this, the sorted member guids).
COLLECTION_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:x-newsarchive:epub:collection")


@dataclass(frozen=True, slots=True)
class BookLabels:
    """Words of the book's own furniture (nav, default title, accessibility summary) in one variant."""

    contents: str  # heading of the table of contents
    landmarks: str  # heading of the (hidden) landmarks list
    collection: str  # title of a collection given no title
    undated: str  # TOC group of articles without a publication date
    unsectioned: str  # TOC group of articles the page put in no section
    summary: str  # schema:accessibilitySummary


BOOK_LABELS: dict[str, BookLabels] = {  # keyed by xhtml.variant(language)
    "zh-Hans": BookLabels(
        "目录", "导览", "新闻合集", "未注明日期", "其他",
        "纯文本新闻稿：每篇文章及其小标题均有标题层级，附目录，阅读顺序即文章顺序；无图片、音频或视频；"
        "文字大小与样式可由阅读器调整。未按任何无障碍标准评估。"),
    "zh-Hant": BookLabels(
        "目錄", "導覽", "新聞合集", "未註明日期", "其他",
        "純文字新聞稿：每篇文章及其小標題均有標題層級，附目錄，閱讀順序即文章順序；無圖片、音訊或影片；"
        "文字大小與樣式可由閱讀器調整。未按任何無障礙標準評估。"),
    "en": BookLabels(
        "Contents", "Landmarks", "News collection", "Undated", "Other",
        "Text-only news articles: a heading for each article and subhead, a table of contents, and "
        "a reading order that follows the articles; no images, audio or video; text size and style "
        "can be changed in the reading system. Not evaluated against any accessibility standard."),
}


def _group_by_date(item: Described) -> str | None:
    """Group key for a date TOC: the publication date as printed locally (YYYY-MM-DD)."""
    return published_parts(item.published)[0] if item.published else None


def _group_by_section(item: Described) -> str | None:
    """Group key for a section TOC: the section the page named."""
    return item.section


# group_by option value -> the key an article is grouped under (None: the "undated"/"other" group).
GROUPINGS: dict[str, Callable[[Described], str | None]] = {
    "date": _group_by_date,
    "section": _group_by_section,
}


@dataclass(frozen=True, slots=True)
class EpubOptions:
    """Options of the EPUB writer."""

    timestamp: datetime = field(default_factory=build_time)
    """When the book was made (timezone-aware): dcterms:modified, every zip entry's time, and a
    collection's dc:date. Fix it (SOURCE_DATE_EPOCH) and the same items give byte-identical files."""

    title: str | None = None
    """Title of a collection (several items). None: "News collection" in the collection's main
    language. A single article is always titled by its headline."""

    group_by: str = "date"
    """How a collection's table of contents groups its articles: "date" (publication date, undated
    last) or "section" (in order of first appearance, articles without a section last)."""

    vertical: bool = False
    """Set Chinese and Japanese chapters in vertical columns (writing-mode: vertical-rl) and turn
    pages right to left, as traditional-Chinese books are printed."""

    def __post_init__(self) -> None:
        """Refuse options that cannot make a book, naming what would work."""
        if self.group_by not in GROUPINGS:
            raise UsageError(f"unknown EPUB grouping {self.group_by!r}; use one of {', '.join(GROUPINGS)}")
        if self.timestamp.tzinfo is None or self.timestamp.utcoffset() is None:
            raise UsageError("the EPUB timestamp must be timezone-aware (dcterms:modified is in UTC)")


OPTIONS = EpubOptions


# ---------------------------------------------------------------------------------------------
# What goes into the book


def date_key(item: Described) -> tuple[bool, str, str]:
    """Sort key by publication: the local date and time as printed, undated last.

    Local, not UTC instants, so that the order agrees with the date groups of the table of
    contents (which use the local date, as the pages do).
    """
    if item.published is None:
        return True, "", ""
    date, time, _ = published_parts(item.published)
    return False, date, time or ""


def reading_order(items: Sequence[Described]) -> list[int]:
    """Return the indices of ``items`` by publication date, undated last, ties in the given order."""
    return sorted(range(len(items)), key=lambda index: date_key(items[index]))


def unique(values: Iterable[str | None]) -> list[str]:
    """Return the distinct non-empty values in order of first appearance."""
    return list(dict.fromkeys(v for v in values if v))


def languages(items: Sequence[Described]) -> list[str]:
    """Return the members' languages, the most used first (ties: first appearance); it leads dc:language."""
    counts = Counter(item.language for item in items)
    return sorted(unique(item.language for item in items), key=lambda lang: -counts[lang])


def identifier(items: Sequence[Described]) -> str:
    """Return the book's identifier: the guid of an article; for a collection a UUID from its guids.

    The collection UUID depends on the set of members only (sorted guids), never on chance or order.
    """
    if len(items) == 1:
        return items[0].guid
    members = "\n".join(sorted(item.guid for item in items))
    return f"urn:uuid:{uuid.uuid5(COLLECTION_NAMESPACE, members)}"


def credits(items: Sequence[Summary]) -> list[tuple[str, Role]]:
    """Return everyone credited as (name, role), de-duplicated, in order of first appearance."""
    return list(dict.fromkeys(person for item in items for person in item.people))


def dc_date(value: str) -> str:
    """Return a model publication value as dc:date: an instant as is, a zoneless time cut to its date.

    EPUB wants W3C date-time forms, which require a zone with a time; a wall-clock time printed
    without one is not an instant, so only its date is certain.
    """
    date, time, offset = published_parts(value)
    return value if time is None or offset is not None else date


def vertical_ok(language: str) -> bool:
    """Return whether text in ``language`` is set in vertical columns (see VERTICAL_LANGUAGES)."""
    return language.lower().split("-")[0] in VERTICAL_LANGUAGES


def check(items: Sequence[Summary], options: EpubOptions) -> list[Diagnostic]:
    """Return warnings about what the book will not do as asked; none of them stops the writing."""
    found: list[Diagnostic] = []
    if len(items) == 1 and options.title is not None:
        found.append(Diagnostic("epub-title-ignored", f"the title {options.title!r} is not used: a single "
                                "article is titled by its headline", file=items[0].filename))
    if options.vertical:
        found.extend(Diagnostic("epub-vertical-language", f"item {i.guid} is in {i.language!r}, which is not "
                                "set vertically; its chapter stays horizontal", file=i.filename)
                     for i in items if not vertical_ok(i.language))
    counts = Counter(item.guid for item in items)
    found.extend(Diagnostic("epub-duplicate-item", f"item {guid} is in the collection {n} times")
                 for guid, n in counts.items() if n > 1)
    return found


# ---------------------------------------------------------------------------------------------
# The book: metadata, chapters, navigation


@functools.cache
def stylesheet() -> bytes:
    """Return epub.css, read from the package once per process (writers touch no other files)."""
    return resources.files("archive.writers").joinpath("resources", "epub.css").read_bytes()


class Chapter(epub.EpubItem):
    """An XHTML item rendered when ebooklib writes it, so chapters are not all in memory at once.

    A plain EpubItem, not ebooklib's EpubHtml: EpubHtml re-parses every chapter with the HTML parser
    and rebuilds it from a template, which costs time and drops our ``lang``/``class`` attributes.
    """

    def __init__(self, uid: str, file_name: str, render: Callable[[], bytes], properties: Sequence[str] = ()) -> None:
        super().__init__(uid=uid, file_name=file_name, media_type=xhtml.MEDIA_TYPE)
        self._render = render
        self.properties = list(properties)  # ebooklib writes these as the manifest item's properties

    def get_content(self, default: bytes | None = None) -> bytes:
        """Render the document now; ebooklib calls this once, when writing the zip entry."""
        return self._render()


def _metadata(book: epub.EpubBook, items: Sequence[Summary], options: EpubOptions, title: str,
              langs: Sequence[str]) -> None:
    """Fill the package metadata: Dublin Core from the items, role refinements, accessibility."""
    book.set_identifier(identifier(items))
    book.set_title(title)
    for language in langs:
        book.set_language(language)
    counters = Counter[str]()
    for name, role in credits(items):
        element, relator = RELATORS[role]
        counters[element] += 1
        uid = f"{element}-{counters[element]}"
        book.add_metadata("DC", element, name, {"id": uid})
        book.add_metadata(None, "meta", relator, {"refines": f"#{uid}", "property": "role",
                                                   "scheme": "marc:relators"})
    for name, value in _dublin_core(items, options):
        book.add_metadata("DC", name, value)
    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})
    summary = BOOK_LABELS[xhtml.variant(langs[0])].summary
    book.add_metadata(None, "meta", summary, {"property": "schema:accessibilitySummary"})


def _dublin_core(items: Sequence[Summary], options: EpubOptions) -> list[tuple[str, str]]:
    """Return (element, value) pairs for date, coverage, publisher, source and subject.

    An article's dc:date is its publication date. A collection was published when it was made,
    so its dc:date is the timestamp and the span of its articles' dates goes in dc:coverage.
    """
    pairs: list[tuple[str, str]] = []
    dates = [published_parts(i.published)[0] for i in items if i.published]
    if len(items) == 1:
        if items[0].published:
            pairs.append(("date", dc_date(items[0].published)))
    else:
        pairs.append(("date", iso(options.timestamp.astimezone(UTC))))
        if dates:
            first, last = min(dates), max(dates)
            pairs.append(("coverage", first if first == last else f"{first}/{last}"))
    pairs += [("publisher", v) for v in unique(i.publisher for i in items)]
    pairs += [("source", v) for v in unique(i.source for i in items)]
    pairs += [("subject", v) for v in unique(i.section for i in items)]
    return pairs


def _file_names(count: int) -> list[str]:
    """Return chapter ids a0001 … (zero-padded, so names sort in reading order in any zip tool)."""
    width = max(4, len(str(count)))
    return [f"a{n:0{width}d}" for n in range(1, count + 1)]


def groups(items: Sequence[Summary], order: Sequence[int], group_by: str,
           language: str) -> list[tuple[str, list[int]]]:
    """Return a collection's TOC groups in reading order: (heading, member indices), the no-key group last.

    ``order`` lists the indices by date, so date groups run oldest first, sections come in the
    order their first article appeared, and members keep date order. The spine follows these
    groups, because a table of contents must list chapters in reading order (EPUBCheck NAV-011).
    """
    key_of = GROUPINGS[group_by]
    keyed: dict[str | None, list[int]] = {}
    for index in order:
        keyed.setdefault(key_of(items[index]), []).append(index)
    words = BOOK_LABELS[xhtml.variant(language)]
    result = [(xhtml.format_date(key, language) if group_by == "date" else key, members)
              for key, members in keyed.items() if key is not None]
    if None in keyed:
        result.append((words.undated if group_by == "date" else words.unsectioned, keyed[None]))
    return result


def _entry(parent: etree._Element, uid: str, item: Summary, nav_language: str) -> None:
    """Append a nav list entry linking to an article, marked with its language when it differs."""
    link = etree.SubElement(etree.SubElement(parent, _x("li")), _x("a"), href=f"{uid}.xhtml")
    link.text = item.headline
    if item.language != nav_language:
        link.set("lang", item.language)
        link.set(xhtml.XML_LANG, item.language)


def _x(tag: str) -> str:
    """Return an XHTML element name in Clark notation."""
    return f"{{{xhtml.XHTML_NS}}}{tag}"


def nav_document(title: str, language: str, toc: Toc | None, entries: list[tuple[str, Summary]],
                 vertical: bool) -> bytes:
    """Render the EPUB navigation document: a title, the toc nav (grouped when ``toc``), landmarks."""
    words = BOOK_LABELS[xhtml.variant(language)]
    html = etree.Element(_x("html"), nsmap={None: xhtml.XHTML_NS, "epub": EPUB_NS})
    html.set("lang", language)
    html.set(xhtml.XML_LANG, language)
    if vertical:
        html.set("class", VERTICAL_CLASS)
    head = etree.SubElement(html, _x("head"))
    etree.SubElement(head, _x("title")).text = title
    etree.SubElement(head, _x("link"), rel="stylesheet", type="text/css", href=STYLESHEET)
    body = etree.SubElement(html, _x("body"))
    etree.SubElement(body, _x("h1")).text = title
    nav = etree.SubElement(body, _x("nav"), {EPUB_TYPE: "toc", "id": "toc", "role": "doc-toc"})
    etree.SubElement(nav, _x("h2")).text = words.contents
    top = etree.SubElement(nav, _x("ol"))
    if toc is None:
        for uid, item in entries:
            _entry(top, uid, item, language)
    else:
        for heading, members in toc:
            group = etree.SubElement(top, _x("li"))
            etree.SubElement(group, _x("span")).text = heading
            inner = etree.SubElement(group, _x("ol"))
            for uid, item in members:
                _entry(inner, uid, item, language)
    _landmarks(body, words, entries[0], in_spine=toc is not None)
    return xhtml.serialize(html)


def _landmarks(body: etree._Element, words: BookLabels, first: tuple[str, Summary], in_spine: bool) -> None:
    """Append the hidden landmarks nav: where the table of contents (if in the spine) and the text begin.

    A link to the nav itself is allowed only when the nav is a spine item (EPUBCheck RSC-011), which
    it is for collections; an article's book opens straight on the article.
    """
    nav = etree.SubElement(body, _x("nav"), {EPUB_TYPE: "landmarks", "id": "landmarks", "hidden": "hidden"})
    etree.SubElement(nav, _x("h2")).text = words.landmarks
    ol = etree.SubElement(nav, _x("ol"))
    marks = [("toc", f"{NAV_FILE}#toc", words.contents)] if in_spine else []
    marks.append(("bodymatter", f"{first[0]}.xhtml", first[1].headline))
    for kind, href, text in marks:
        link = etree.SubElement(etree.SubElement(ol, _x("li")), _x("a"), {EPUB_TYPE: kind, "href": href})
        link.text = text


def _ncx_toc(toc: Toc | None, entries: list[tuple[str, Summary]]) -> list[object]:
    """Return the same table of contents in ebooklib's terms, for the EPUB 2 NCX it writes."""
    def link(uid: str, item: Summary) -> epub.Link:
        return epub.Link(f"{uid}.xhtml", item.headline, f"ncx-{uid}")

    if toc is None:
        return [link(uid, item) for uid, item in entries]
    return [(epub.Section(heading), [link(uid, item) for uid, item in members]) for heading, members in toc]


def _render_chapter(items: Items, index: int, html_class: str | None) -> bytes:
    """Load article ``index`` and render it as its chapter's XHTML (the one time it is loaded)."""
    return xhtml.article(items[index], stylesheets=(STYLESHEET,), html_class=html_class)


def _chapter(uid: str, items: Items, index: int, vertical: bool) -> Chapter:
    """Return the chapter of one article, loaded and rendered by the XHTML writer when it is written."""
    html_class = VERTICAL_CLASS if vertical and vertical_ok(items.summary(index).language) else None
    return Chapter(uid, f"{uid}.xhtml", functools.partial(_render_chapter, items, index, html_class))


def build(items: Items, options: EpubOptions) -> epub.EpubBook:
    """Assemble the ebooklib book from the items' summaries; chapters load and render lazily."""
    collection = len(items) > 1
    summaries = items.summaries()
    order = reading_order(summaries)
    ordered = [summaries[index] for index in order]
    langs = languages(ordered)  # from date order, so grouping cannot change which language leads
    language = langs[0]
    default_title = BOOK_LABELS[xhtml.variant(language)].collection
    title = (options.title or default_title) if collection else ordered[0].headline
    ids = iter(_file_names(len(items)))  # numbered in reading order, which grouping may change
    grouped = groups(summaries, order, options.group_by, language) if collection else [("", order)]
    spine = [(next(ids), index) for _, members in grouped for index in members]  # (chapter id, item index)
    entries = [(uid, summaries[index]) for uid, index in spine]
    toc: Toc | None = None
    if collection:
        numbered = iter(entries)
        toc = [(heading, [next(numbered) for _ in members]) for heading, members in grouped]

    book = epub.EpubBook()
    _metadata(book, [item for _, item in entries], options, title, langs)
    if options.vertical and any(vertical_ok(item.language) for item in ordered):
        book.set_direction("rtl")  # ebooklib writes it as the spine's page-progression-direction
    book.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css",
                                content=stylesheet()))
    nav_vertical = options.vertical and vertical_ok(language)
    render_nav = functools.partial(nav_document, title, language, toc, entries, nav_vertical)
    nav = Chapter("nav", NAV_FILE, render_nav, ("nav",))
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    chapters = [_chapter(uid, items, index, options.vertical) for uid, index in spine]
    for chapter in chapters:
        book.add_item(chapter)
    book.toc = _ncx_toc(toc, entries)
    # A collection opens on its title and contents; one article opens on the article itself.
    book.spine = [nav, *chapters] if collection else chapters
    return book


# ---------------------------------------------------------------------------------------------
# The container: a zip with fixed entry times


def zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """Return ``moment`` in UTC as a zip date_time, clamped to the years a zip header can hold."""
    utc = moment.astimezone(UTC)
    if utc.year < 1980:
        return 1980, 1, 1, 0, 0, 0
    if utc.year > 2107:
        return 2107, 12, 31, 23, 59, 58
    return utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second


class StampedZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry one time and fixed attributes.

    ebooklib calls ``writestr(name, data)``, which stamps the current local time and the host's
    system; every entry is rewritten here as a ZipInfo with the book's timestamp, Unix as the
    system and rw-r--r--, so the bytes depend on the inputs only (whatever ebooklib passes).
    """

    def __init__(self, file: BinaryIO, date_time: tuple[int, int, int, int, int, int]) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self._date_time = date_time

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: bytes | str,
                 compress_type: int | None = None, compresslevel: int | None = None) -> None:
        """Write an entry under its name with the fixed time and attributes."""
        given = zinfo_or_arcname if isinstance(zinfo_or_arcname, zipfile.ZipInfo) else None
        info = zipfile.ZipInfo(given.filename if given else str(zinfo_or_arcname), date_time=self._date_time)
        info.create_system = 3  # Unix, whatever the host: ZipInfo's default depends on the platform
        info.external_attr = 0o100644 << 16
        info.compress_type = given.compress_type if given else self.compression
        super().writestr(info, data, compress_type, compresslevel)


class ReproducibleWriter(epub.EpubWriter):
    """ebooklib's writer with the zip created by us (StampedZip) and dcterms:modified from options."""

    def __init__(self, out: BinaryIO, book: epub.EpubBook, timestamp: datetime) -> None:
        super().__init__(out, book, {"mtime": timestamp.astimezone(UTC)})
        self._date_time = zip_time(timestamp)

    def write(self) -> None:
        """Write mimetype (first, stored, as OCF requires), container, package document, items."""
        self.out = StampedZip(self.file_name, self._date_time)
        with self.out:
            self.out.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
            self._write_container()
            self._write_opf()
            self._write_items()


def write(items: Sequence[NewsItem], out: BinaryIO, options: EpubOptions | None = None) -> list[Diagnostic]:
    """Write one item as an article e-book, or several as a collection.

    A collection's articles are ordered by publication date (stable, undated last), then grouped
    for the table of contents (``options.group_by``); the spine follows the table of contents.
    """
    options = options if options is not None else EpubOptions()
    if not items:
        raise ExportError("no items to write: an EPUB needs at least one article")
    collection = itemseq.of(items)
    summaries = collection.summaries()
    diagnostics = check([summaries[index] for index in reading_order(summaries)], options)
    book = build(collection, options)
    if out.seekable():
        ReproducibleWriter(out, book, options.timestamp).write()
    else:
        # On a pipe zipfile would append data descriptors, and OCF wants the stored mimetype entry
        # plain: build the zip in memory (compressed, so small) and copy it out.
        buffer = io.BytesIO()
        ReproducibleWriter(buffer, book, options.timestamp).write()
        out.write(buffer.getbuffer())
    return diagnostics
