"""The EPUB 3 writer: one item makes an article e-book, several make a collection.

Chapters come from ``archive.writers.xhtml`` unchanged, as pandoc's EPUB reuses its HTML writer.
ebooklib writes what is small and fiddly: the package document's metadata (Dublin Core, role
refinements, accessibility, dcterms:modified), the manifest entries and spine attributes of the
fixed items (stylesheet, nav, NCX), the container and the NCX head. What grows with the collection
is streamed by this module: the chapters, and the rows of the manifest, spine, NCX and nav, which
go into the gaps ebooklib's documents leave for them (``Frame``). The nav document is ours because
ebooklib's cannot carry per-entry languages, a title heading or vertical writing. The zip is ours
too (``ZipStream``), so entries carry fixed times and attributes and a pipe gets the same bytes as
a file, without buffering the book.

Memory, flat in the number of articles: the book is planned from the items' summaries
(``archive.itemseq``: date, headline, section, people) and each article is loaded, rendered,
compressed and written when its turn comes, then dropped. A chapter depends on its article alone,
so when workers read a collection they render and deflate it (``make_member``) and the writer
only copies those bytes into place. Per article the writer keeps its place
in the spine (8 bytes) and its zip directory entry (about 60 bytes); no document is ever built
whole, so a 10,000-article collection peaks at one chapter, one row, and the largest entry's
compressed bytes (the nav's, a few hundred kilobytes) above the summaries.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import uuid
import zipfile
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from typing import BinaryIO, NamedTuple

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

UNDATED = "~"  # date_key of an undated article: after every date (digits sort before "~")

# Namespace for collection identifiers: uuid5(this, the sorted member guids).
COLLECTION_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:x-newsarchive:epub:collection")


class BookLabels(NamedTuple):
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


def date_key(item: Described) -> str:
    """Sort key by publication: the local date and time as printed (2020-01-29T07:40:11), undated last.

    Local, not UTC instants, so that the order agrees with the date groups of the table of
    contents (which use the local date, as the pages do). One short string per article, not a
    tuple of three: sorting 10,000 articles holds every key at once.
    """
    if item.published is None:
        return UNDATED
    date, time, _ = published_parts(item.published)
    return f"{date}T{time}" if time else date  # dates are YYYY-MM-DD: a date alone sorts before its times


def reading_order(items: Sequence[Described]) -> array:
    """Return the indices of ``items`` by publication date, undated last, ties in the given order.

    An array of machine integers (8 bytes an article) rather than a list of int objects.
    """
    return array("q", sorted(range(len(items)), key=lambda index: date_key(items[index])))


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
    It is ``uuid5(COLLECTION_NAMESPACE, "\n".join(sorted guids))``, hashed a guid at a time rather
    than from one joined string (a megabyte for 10,000 articles).
    """
    if len(items) == 1:
        return items[0].guid
    digest = hashlib.sha1(COLLECTION_NAMESPACE.bytes, usedforsecurity=False)
    for number, guid in enumerate(sorted(item.guid for item in items)):
        digest.update(f"\n{guid}".encode() if number else guid.encode())
    return f"urn:uuid:{uuid.UUID(bytes=digest.digest()[:16], version=5)}"


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


# Characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates):
# lxml refuses them, and the package document, NCX and nav print every headline and name.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def refuse_unwritable(items: Sequence[Summary]) -> None:
    """Raise ExportError naming the first item whose book-level text XML cannot carry.

    Checked before anything is written: the package document, NCX and nav come before the chapters
    in the zip, and lxml would stop the book half-written with a bare ValueError.
    """
    for item in items:
        fields = [("headline", item.headline), ("language", item.language), ("section", item.section),
                  ("source", item.source), ("publisher", item.publisher), *(("name", n) for n, _ in item.people)]
        for name, value in fields:
            found = NOT_XML.search(value) if value else None
            if found:
                raise ExportError(f"cannot write item {item.guid}: its {name} holds U+{ord(found[0]):04X}, "
                                  "which XML cannot carry")


# ---------------------------------------------------------------------------------------------
# The plan: what goes where, decided from the summaries alone


class Plan(NamedTuple):
    """The book as the summaries decide it: title, languages, the spine and a collection's TOC groups."""

    title: str
    languages: tuple[str, ...]  # the members' languages, most used first (dc:language); the first is the book's
    order: array  # item indices in spine order (machine integers: 8 bytes an article, no object each)
    groups: tuple[tuple[str, int], ...] | None  # a collection's TOC: (heading, member count) in spine order
    width: int  # digits of the chapter numbers

    @property
    def collection(self) -> bool:
        """Whether the book is a collection (opens on its contents) rather than one article."""
        return self.groups is not None

    @property
    def language(self) -> str:
        """The book's language: the one most of its articles are in."""
        return self.languages[0]

    def chapter_id(self, position: int) -> str:
        """Return the id of the chapter at spine ``position``: a0001 … (zero-padded, so names sort in reading order)."""
        return f"a{position + 1:0{self.width}d}"

    def spans(self) -> Iterator[tuple[str, range]]:
        """Yield each TOC group's heading with its spine positions (an article: one group without a heading)."""
        start = 0
        for heading, count in self.groups or (("", len(self.order)),):
            yield heading, range(start, start + count)
            start += count


def plan(items: Sequence[Summary], order: Sequence[int], options: EpubOptions) -> Plan:
    """Plan the book from the summaries, ``order`` being their indices by date (``reading_order``)."""
    langs = tuple(languages([items[index] for index in order]))  # date order: grouping cannot change which leads
    width = max(4, len(str(len(items))))
    if len(items) == 1:
        return Plan(items[0].headline, langs, array("q", order), None, width)
    grouped = groups(items, order, options.group_by, langs[0])
    title = options.title or BOOK_LABELS[xhtml.variant(langs[0])].collection
    spine = array("q", (index for _, members in grouped for index in members))
    return Plan(title, langs, spine, tuple((heading, len(members)) for heading, members in grouped), width)


# ---------------------------------------------------------------------------------------------
# Streaming XML: small skeletons with slots, and rows streamed into the slots


SLOT = "slot"  # text of the comment that marks, in a skeleton document, where its rows go
_SLOT_MARK = f"<!--{SLOT}-->".encode()

# A slot's rows: each a serialized element, or the chunks of one (a group with rows of its own).
Rows = Iterable[bytes | Iterable[bytes]]


def slot() -> etree._Comment:
    """Return the comment that marks where a skeleton's rows go (see Frame)."""
    return etree.Comment(SLOT)


class Frame(NamedTuple):
    """A serialized skeleton cut at its slot comments: ``fill`` streams rows into the cuts.

    The skeleton is built and serialized by lxml (or ebooklib) like any small document, with a
    ``<!--slot-->`` where a long list's children go, and each row is one such child serialized on
    its own. So the package document, NCX and nav of 10,000 articles are written row by row and
    never held as a tree, yet print as the whole tree would. Rows take the separator the serializer
    put before the slot: a newline and the slot's indentation when pretty-printed, else nothing.
    The mark cannot come from the content: serialized text and attributes escape every ``<``.
    """

    parts: tuple[bytes, ...]  # the text around the slots: one more than there are slots

    @classmethod
    def of(cls, document: bytes) -> Frame:
        """Cut a serialized document at its slot comments."""
        return cls(tuple(document.split(_SLOT_MARK)))

    def fill(self, *slots: Rows) -> Iterator[bytes]:
        """Yield the document with each slot's rows in place of the slot, in slot order."""
        if len(slots) != len(self.parts) - 1:
            raise ValueError(f"the skeleton has {len(self.parts) - 1} slots, not {len(slots)}")
        for before, rows in zip(self.parts, slots, strict=False):
            yield before
            indent = before.rpartition(b"\n")[2]
            separator = b"\n" + indent if b"\n" in before and not indent.strip() else b""
            for number, row in enumerate(rows):
                if number:
                    yield separator
                if isinstance(row, bytes):
                    yield row
                else:
                    yield from row
        yield self.parts[-1]


def row(element: etree._Element) -> bytes:
    """Serialize one row in UTF-8.

    Rows are built without a namespace: on their own they print no xmlns, and inside the skeleton's
    default namespace (XHTML, NCX, OPF) they are its elements, exactly as the tree would print them.
    """
    return etree.tostring(element, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The documents: nav, NCX rows, package rows


def _x(tag: str) -> str:
    """Return an XHTML element name in Clark notation."""
    return f"{{{xhtml.XHTML_NS}}}{tag}"


def nav_document(plan: Plan, items: Sequence[Summary], vertical: bool) -> Iterator[bytes]:
    """Yield the EPUB navigation document: a title, the toc nav (grouped for a collection), landmarks."""
    language = plan.language
    words = BOOK_LABELS[xhtml.variant(language)]
    html = etree.Element(_x("html"), nsmap={None: xhtml.XHTML_NS, "epub": EPUB_NS})
    html.set("lang", language)
    html.set(xhtml.XML_LANG, language)
    if vertical:
        html.set("class", VERTICAL_CLASS)
    head = etree.SubElement(html, _x("head"))
    etree.SubElement(head, _x("title")).text = plan.title
    etree.SubElement(head, _x("link"), rel="stylesheet", type="text/css", href=STYLESHEET)
    body = etree.SubElement(html, _x("body"))
    etree.SubElement(body, _x("h1")).text = plan.title
    nav = etree.SubElement(body, _x("nav"), {EPUB_TYPE: "toc", "id": "toc", "role": "doc-toc"})
    etree.SubElement(nav, _x("h2")).text = words.contents
    etree.SubElement(nav, _x("ol")).append(slot())
    _landmarks(body, words, (plan.chapter_id(0), items[plan.order[0]]), in_spine=plan.collection)
    yield from Frame.of(xhtml.serialize(html)).fill(_nav_rows(plan, items))


def _nav_rows(plan: Plan, items: Sequence[Summary]) -> Rows:
    """Yield the toc list's rows: the articles, or for a collection its groups with their articles."""
    for heading, span in plan.spans():
        entries = (_nav_entry(plan, items, position) for position in span)
        if not plan.collection:
            yield from entries
            continue
        group = etree.Element("li")
        etree.SubElement(group, "span").text = heading
        etree.SubElement(group, "ol").append(slot())
        yield Frame.of(row(group)).fill(entries)


def _nav_entry(plan: Plan, items: Sequence[Summary], position: int) -> bytes:
    """Return the nav list entry linking to a chapter, marked with its language when it differs."""
    item = items[plan.order[position]]
    entry = etree.Element("li")
    link = etree.SubElement(entry, "a", href=f"{plan.chapter_id(position)}.xhtml")
    link.text = item.headline
    if item.language != plan.language:
        link.set("lang", item.language)
        link.set(xhtml.XML_LANG, item.language)
    return row(entry)


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


NCX_LEVEL = 2  # depth of the navMap's navPoints (ncx > navMap > navPoint), for pretty-printed rows


def _ncx_point(point_id: str, label: str, src: str, level: int, *, group: bool = False) -> bytes:
    """Return an NCX navPoint as ebooklib builds one, indented for ``level``; a group's has a slot for its points."""
    point = etree.Element("navPoint", id=point_id)
    etree.SubElement(etree.SubElement(point, "navLabel"), "text").text = label
    etree.SubElement(point, "content", src=src)
    if group:
        point.append(slot())
    etree.indent(point, level=level)
    return row(point)


def _ncx_rows(plan: Plan, items: Sequence[Summary]) -> Rows:
    """Yield the navMap's rows: the articles, or for a collection its groups (sep_0 …) with their articles.

    Ids and targets as ebooklib gives them: a group's navPoint points at its first article.
    """
    def point(position: int, level: int) -> bytes:
        uid = plan.chapter_id(position)
        return _ncx_point(f"ncx-{uid}", items[plan.order[position]].headline, f"{uid}.xhtml", level)

    for number, (heading, span) in enumerate(plan.spans()):
        if not plan.collection:
            yield from (point(position, NCX_LEVEL) for position in span)
            continue
        first = f"{plan.chapter_id(span[0])}.xhtml"
        group = _ncx_point(f"sep_{number}", heading, first, NCX_LEVEL, group=True)
        yield Frame.of(group).fill(point(position, NCX_LEVEL + 1) for position in span)


def _manifest_rows(plan: Plan) -> Iterator[bytes]:
    """Yield the package manifest's chapter items."""
    for position in range(len(plan.order)):
        uid = plan.chapter_id(position)
        yield row(etree.Element("item", {"href": f"{uid}.xhtml", "id": uid, "media-type": xhtml.MEDIA_TYPE}))


def _spine_rows(plan: Plan) -> Iterator[bytes]:
    """Yield the spine's chapter itemrefs, in reading order."""
    for position in range(len(plan.order)):
        yield row(etree.Element("itemref", idref=plan.chapter_id(position)))


# ---------------------------------------------------------------------------------------------
# The book: what ebooklib holds (metadata and the fixed items)


@functools.cache
def stylesheet() -> bytes:
    """Return epub.css, read from the package once per process (writers touch no other files)."""
    return resources.files("archive.writers").joinpath("resources", "epub.css").read_bytes()


class Streamed(epub.EpubItem):
    """A manifest item whose document the writer streams into its zip entry in chunks (the nav).

    A plain EpubItem, not ebooklib's EpubNav or EpubHtml: those are rendered from ebooklib's
    templates, which cannot carry our ``lang``/``class`` attributes or headings.
    """

    def __init__(self, uid: str, file_name: str, chunks: Callable[[], Iterable[bytes]],
                 properties: Sequence[str] = ()) -> None:
        super().__init__(uid=uid, file_name=file_name, media_type=xhtml.MEDIA_TYPE)
        self.chunks = chunks
        self.properties = list(properties)  # ebooklib writes these as the manifest item's properties

    def get_content(self, default: bytes | None = None) -> bytes:
        """Return the whole document (the writer streams ``chunks`` instead)."""
        return b"".join(self.chunks())


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


def build(plan: Plan, items: Sequence[Summary], options: EpubOptions) -> epub.EpubBook:
    """Return the ebooklib book of what does not grow with the collection: metadata, stylesheet, nav, NCX.

    The chapters are not in it: the writer streams their manifest and spine rows and their
    documents from the plan, so the book holds no object per article.
    """
    book = epub.EpubBook()
    _metadata(book, [items[index] for index in plan.order], options, plan.title, plan.languages)
    if options.vertical and any(vertical_ok(item.language) for item in items):
        book.set_direction("rtl")  # ebooklib writes it as the spine's page-progression-direction
    book.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css",
                                content=stylesheet()))
    nav_vertical = options.vertical and vertical_ok(plan.language)
    nav = Streamed("nav", NAV_FILE, functools.partial(nav_document, plan, items, nav_vertical), ("nav",))
    book.add_item(nav)
    book.add_item(epub.EpubNcx())
    # A collection opens on its title and contents; one article opens on the article itself.
    book.spine = [nav] if plan.collection else []
    return book


# ---------------------------------------------------------------------------------------------
# The container: a zip streamed front to back, with fixed entry times


def zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """Return ``moment`` in UTC as a zip date_time, clamped to the years a zip header can hold."""
    utc = moment.astimezone(UTC)
    if utc.year < 1980:
        return 1980, 1, 1, 0, 0, 0
    if utc.year > 2107:
        return 2107, 12, 31, 23, 59, 58
    return utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second


COMPRESSLEVEL = 6  # ebooklib's: a tenth smaller than level 1, and chapters compress in microseconds
BLOCK = 1 << 16  # bytes of a streamed entry handed to zlib at a time
ZIP_VERSION = 20  # "version needed to extract" of deflate, as zipfile writes it
ZIP64_VERSION = 45
ZIP64_LIMIT = (1 << 31) - 1  # zipfile's threshold for ZIP64 records (offsets, sizes)
UNIX = 3  # "made by" system: Unix, whatever the host (zipfile's default depends on the platform)
FILE_MODE = 0o100644 << 16  # regular file, rw-r--r--
UTF8_NAME = 0x800  # general purpose flag: the name is UTF-8


class Deflated(NamedTuple):
    """An entry's content deflated as the zip stores it: its CRC-32, its size, the compressed bytes."""

    crc: int
    size: int
    data: bytes


def deflate(chunks: Iterable[bytes]) -> Deflated:
    """Deflate an entry's content given in chunks, as every entry of the book is (raw deflate, as zipfile's).

    The one way entries are compressed, whether in this process or in a worker ahead of time, so
    a chapter deflated by a worker is the same bytes as one deflated here.
    """
    compressor = zlib.compressobj(COMPRESSLEVEL, zlib.DEFLATED, -15)
    crc = size = 0
    compressed: list[bytes] = []
    pending = bytearray()
    for chunk in chunks:
        pending += chunk
        if len(pending) >= BLOCK:
            crc, size = zlib.crc32(pending, crc), size + len(pending)
            compressed.append(compressor.compress(pending))
            pending.clear()
    crc, size = zlib.crc32(pending, crc), size + len(pending)
    compressed += (compressor.compress(pending), compressor.flush())
    return Deflated(crc, size, b"".join(compressed))


@functools.lru_cache(maxsize=8)
def deflated_once(content: bytes) -> Deflated:
    """Return a fixed entry (the container, the stylesheet) deflated, once per process.

    Every book of a batch carries the same bytes there: a third of the deflating of a
    one-article book, done once instead of once a book.
    """
    return deflate((content,))


class ZipStream:
    """A zip written front to back onto a binary stream, one whole entry at a time.

    Each entry is compressed before its local header goes out, so the header carries the CRC and
    the sizes and the stream is never sought nor asked where it is: a pipe gets the same bytes as a
    file, without data descriptors (zipfile adds them on a pipe, and OCF wants the mimetype entry
    plain) and without buffering the book. Every entry carries one time, Unix as its system and
    rw-r--r--, so the bytes depend on the inputs only; they are the bytes ``zipfile.ZipFile``
    writes for the same entries on a seekable file (a test compares). The central directory is
    kept as packed bytes, about 60 an entry. ``writestr`` is ZipFile's call, which ebooklib makes.
    """

    def __init__(self, out: BinaryIO, date_time: tuple[int, int, int, int, int, int]) -> None:
        self._out = out
        year, month, day, hour, minute, second = date_time
        self._dostime = hour << 11 | minute << 5 | second // 2
        self._dosdate = (year - 1980) << 9 | month << 5 | day
        self._offset = 0  # bytes written so far: where the next entry starts
        self._count = 0
        self._directory = bytearray()

    def writestr(self, name: str, data: bytes | str, compress_type: int = zipfile.ZIP_DEFLATED) -> None:
        """Write an entry whose content is at hand, deflated or (ZIP_STORED) as it is."""
        content = data.encode("utf-8") if isinstance(data, str) else data
        if compress_type == zipfile.ZIP_STORED:
            self._entry(name, zipfile.ZIP_STORED, zlib.crc32(content), len(content), (content,))
        else:
            self.write_stream(name, (content,))

    def write_stream(self, name: str, chunks: Iterable[bytes]) -> None:
        """Write a deflated entry from its content in chunks: only the compressed bytes are held."""
        self.write_deflated(name, deflate(chunks))

    def write_deflated(self, name: str, entry: Deflated) -> None:
        """Write an entry whose content was deflated already (by :func:`deflate`, maybe in a worker)."""
        self._entry(name, zipfile.ZIP_DEFLATED, entry.crc, entry.size, (entry.data,))

    def _entry(self, name: str, method: int, crc: int, size: int, data: Sequence[bytes]) -> None:
        """Write a local header and the entry's (compressed) bytes; note the entry for the directory."""
        compressed = sum(len(part) for part in data)
        if max(size, compressed) * 1.05 > ZIP64_LIMIT:  # never for a chapter, nav or NCX of any real book
            raise ExportError(f"cannot write {name}: {size:,} bytes is more than one EPUB entry may hold here")
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), UTF8_NAME
        self._out.write(struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", ZIP_VERSION, 0, flags, method, self._dostime,
                                    self._dosdate, crc, compressed, size, len(encoded), 0) + encoded)
        for part in data:
            if part:
                self._out.write(part)
        offset, extra, version = self._offset, b"", ZIP_VERSION
        if offset > ZIP64_LIMIT:  # past 2 GiB the offset goes in a ZIP64 extra field, as zipfile does
            offset, extra, version = 0xFFFFFFFF, struct.pack("<HHQ", 1, 8, self._offset), ZIP64_VERSION
        self._directory += struct.pack("<4s4B4HL2L5H2L", b"PK\x01\x02", version, UNIX, version, 0, flags, method,
                                       self._dostime, self._dosdate, crc, compressed, size, len(encoded), len(extra),
                                       0, 0, 0, FILE_MODE, offset) + encoded + extra
        self._offset += 30 + len(encoded) + compressed
        self._count += 1

    def close(self) -> None:
        """Write the central directory and the end record (with ZIP64 records past 65,535 entries or 2 GiB)."""
        start, size, count = self._offset, len(self._directory), self._count
        self._out.write(self._directory)
        self._directory = bytearray()
        if count > 0xFFFF or start > ZIP64_LIMIT or size > ZIP64_LIMIT:
            self._out.write(struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, ZIP64_VERSION, ZIP64_VERSION, 0, 0,
                                        count, count, size, start))
            self._out.write(struct.pack("<4sLQL", b"PK\x06\x07", 0, start + size, 1))
            count, size, start = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(start, 0xFFFFFFFF)
        self._out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, size, start, 0))
        self._out.flush()


class StreamingWriter(epub.EpubWriter):
    """ebooklib's writer for the small parts, with the long lists and the chapters streamed.

    ebooklib writes the container and builds the package document (metadata, the fixed items'
    manifest entries, the spine's attributes) and the NCX head; this class cuts slots into them
    for the chapters' rows (``Frame``), writes the nav, and loads, renders and writes each chapter
    in spine order. The zip is a ZipStream, and dcterms:modified comes from the options.
    """

    def __init__(self, out: BinaryIO, book: epub.EpubBook, plan: Plan, items: Items,
                 summaries: Sequence[Summary], options: EpubOptions) -> None:
        super().__init__(out, book, {"mtime": options.timestamp.astimezone(UTC)})
        self.out = ZipStream(out, zip_time(options.timestamp))
        self.plan = plan
        self.items = items
        self.summaries = summaries
        self.vertical = options.vertical

    def write(self) -> None:
        """Write mimetype (first, stored, as OCF requires), container, package document, items, directory."""
        self.out.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        self._write_container()
        self._write_opf()
        self._write_items()
        self.out.close()

    def _write_container(self) -> None:
        """Write META-INF/container.xml as ebooklib does, deflated once per process."""
        container = epub.CONTAINER_XML % {"folder_name": self.book.FOLDER_NAME}
        self.out.write_deflated(epub.CONTAINER_PATH, deflated_once(container.encode("utf-8")))

    def _write_opf_file(self, root: etree._Element) -> None:
        """Write the package document ebooklib built, with the chapters' manifest items and itemrefs streamed in."""
        root.find("manifest").append(slot())
        root.find("spine").append(slot())
        frame = Frame.of(etree.tostring(root, pretty_print=True, encoding="utf-8", xml_declaration=True))
        name = f"{self.book.FOLDER_NAME}/content.opf"
        self.out.write_stream(name, frame.fill(_manifest_rows(self.plan), _spine_rows(self.plan)))

    def _ncx(self) -> Iterator[bytes]:
        """Yield the NCX: ebooklib's head and title, then our navMap rows."""
        skeleton = etree.fromstring(self._get_ncx(), etree.XMLParser(remove_blank_text=True))  # an empty navMap
        skeleton.find(f"{{{epub.NAMESPACES['DAISY']}}}navMap").append(slot())
        frame = Frame.of(etree.tostring(skeleton, pretty_print=True, encoding="utf-8", xml_declaration=True))
        yield from frame.fill(_ncx_rows(self.plan, self.summaries))

    def _write_items(self) -> None:
        """Write the fixed items in manifest order (the NCX and nav streamed), then every chapter."""
        folder = self.book.FOLDER_NAME
        for item in self.book.get_items():
            name = f"{folder}/{item.file_name}"
            if isinstance(item, epub.EpubNcx):
                self.out.write_stream(name, self._ncx())
            elif isinstance(item, Streamed):
                self.out.write_stream(name, item.chunks())
            else:  # the stylesheet: the same in every book
                self.out.write_deflated(name, deflated_once(item.get_content()))
        for position, index in enumerate(self.plan.order):
            name = f"{folder}/{self.plan.chapter_id(position)}.xhtml"
            made = self.items.made(index)
            if made is not None:  # rendered and deflated by the worker that read the article
                crc, size = MADE.unpack_from(made)
                self.out.write_deflated(name, Deflated(crc, size, made[MADE.size:]))
            else:
                self.out.writestr(name, self._chapter(index))

    def _chapter(self, index: int) -> bytes:
        """Load article ``index`` and render its chapter (the one time it is loaded)."""
        return chapter(self.items[index], self.vertical)


def chapter(item: NewsItem, vertical: bool) -> bytes:
    """Render ``item`` as its chapter document (``vertical``: as asked, for languages set vertically)."""
    upright = vertical and vertical_ok(item.language)
    return xhtml.article(item, stylesheets=(STYLESHEET,), html_class=VERTICAL_CLASS if upright else None)


MADE = struct.Struct("<LQ")  # a made member: the chapter's CRC-32 and size, then its deflated bytes


def make_member(item: NewsItem, options: EpubOptions) -> bytes | None:
    """Return a collection member's chapter, rendered and deflated, where the item was read (a worker).

    A chapter depends on its article and the options only, never on its place in the book, so
    the workers that read a collection make them while the parent waits for the last summaries;
    the parent then only copies bytes. None when the chapter cannot be rendered: the writer
    tries again in its turn and raises the error there, as it would without workers.
    """
    try:
        entry = deflate((chapter(item, options.vertical),))
    except ExportError:
        return None
    return MADE.pack(entry.crc, entry.size) + entry.data


def write(items: Sequence[NewsItem], out: BinaryIO, options: EpubOptions | None = None) -> list[Diagnostic]:
    """Write one item as an article e-book, or several as a collection.

    A collection's articles are ordered by publication date (stable, undated last), then grouped
    for the table of contents (``options.group_by``); the spine follows the table of contents.
    ``out`` may be a pipe: the zip is written front to back.
    """
    options = options if options is not None else EpubOptions()
    if not items:
        raise ExportError("no items to write: an EPUB needs at least one article")
    collection = itemseq.of(items)
    summaries = collection.summaries()
    refuse_unwritable(summaries)
    order = reading_order(summaries)
    diagnostics = check([summaries[index] for index in order], options)
    book_plan = plan(summaries, order, options)
    StreamingWriter(out, build(book_plan, summaries, options), book_plan, collection, summaries, options).write()
    return diagnostics
