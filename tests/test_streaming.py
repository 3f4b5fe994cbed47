"""Work done once, nothing per item twice: counted, not timed.

A collection writer plans from the items' summaries and loads each item once, when it renders it;
the PDF writer writes pages out as it draws them; fonts and schemas load once per process. Each
test counts the work for N and for 2N items: it must double (or stay put), never grow faster.
"""

from __future__ import annotations

import gc
import io
import tracemalloc
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from lxml import etree
from reportlab.pdfbase.pdfdoc import PDFPage
from samples import ALL, EN, ZH_CN, ZH_TW

from archive import itemseq
from archive.itemseq import Spool, Summary
from archive.model import NewsItem
from archive.model.validate import _compile, check
from archive.model.xml import dumps
from archive.store.store import StoredItems
from archive.writers import epub, fonts, jsonld, load, member_maker, pdf, pdf_stream, xhtml

FIXED = datetime(2020, 1, 30, tzinfo=UTC)
FORMATS = ("epub", "pdf", "jsonld")


def corpus(count: int) -> list[NewsItem]:
    """``count`` distinct articles in three languages, dated out of order (the writers must sort)."""
    start = datetime(2020, 1, 1, 8, tzinfo=UTC)
    bases = (ZH_CN, ZH_TW, EN)
    return [replace(bases[n % 3], guid=f"urn:newsarchive:sha256:{n:064x}", headline=f"{bases[n % 3].headline} {n}",
                    published=(start + timedelta(hours=(n * 7) % count)).isoformat())
            for n in range(count)]


def spooled(items: list[NewsItem]) -> Spool:
    spool = Spool()
    spool.extend(items)
    return spool


def write(fmt: str, items) -> bytes:
    writer, options_class = load(fmt)
    out = io.BytesIO()
    writer(items, out, options_class(timestamp=FIXED))
    return out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_collection_loads_each_item_once(fmt):
    for count in (12, 24):
        with spooled(corpus(count)) as items:
            write(fmt, items)
            assert items.loads == count, f"{fmt}: {items.loads} loads for {count} items"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_spooled_collection_is_the_same_file_as_a_list(fmt):
    items = corpus(9)
    with spooled(items) as spool:
        assert write(fmt, spool) == write(fmt, items)


@pytest.mark.parametrize("fmt", ["epub", "pdf"])
def test_members_made_by_workers_give_the_same_file_and_are_not_made_again(fmt):
    """What workers make of each member (chapters, layouts) is used as is: same bytes, no item loaded."""
    items = corpus(9)
    writer, options_class = load(fmt)
    options = options_class(timestamp=FIXED)
    make = member_maker(fmt)
    assert make is not None
    with Spool() as spool:
        for item in items:
            spool.append(itemseq.pack(item), Summary.of(item), make(item, options) or b"")
        out = io.BytesIO()
        writer(spool, out, options)
        assert spool.loads == 0
    assert out.getvalue() == write(fmt, items)


def test_the_spool_gives_back_what_it_was_given():
    with spooled(list(ALL)) as spool:
        assert len(spool) == len(ALL)
        assert list(spool) == list(ALL)
        assert spool[-1] == ALL[-1] and spool[1:3] == list(ALL[1:3])
        assert spool.summaries() == [Summary.of(item) for item in ALL]
        with pytest.raises(IndexError):
            spool[len(ALL)]


def test_each_chapter_and_each_page_layout_is_made_once(monkeypatch):
    calls = {"xhtml": 0, "layout": 0}
    article, layout_article = xhtml.article, pdf.layout.layout_article

    def counted_article(*args, **kwargs):
        calls["xhtml"] += 1
        return article(*args, **kwargs)

    def counted_layout(*args, **kwargs):
        calls["layout"] += 1
        return layout_article(*args, **kwargs)

    monkeypatch.setattr(xhtml, "article", counted_article)
    monkeypatch.setattr(pdf.layout, "layout_article", counted_layout)
    for count in (10, 20):
        calls.update(xhtml=0, layout=0)
        items = corpus(count)
        write("epub", items)
        write("pdf", items)
        assert calls == {"xhtml": count, "layout": count}


def test_pdf_pages_are_written_out_as_they_are_drawn(monkeypatch):
    """At save, only the contents pages are still held: the article pages are already in the file."""
    held: list[int] = []
    written: list[int] = []
    finish = pdf_stream.StreamingDocument.format

    def counting_format(doc):
        held.append(sum(isinstance(obj, PDFPage) for obj in doc.idToObject.values()))
        written.append(doc.pages_written)
        return finish(doc)

    monkeypatch.setattr(pdf_stream.StreamingDocument, "format", counting_format)
    for count in (10, 20):
        write("pdf", corpus(count))
    assert held[0] == held[1] == 1, held  # the one contents page
    assert written[0] >= 10 and written[1] >= 20  # every article has a page of its own


def test_fonts_are_loaded_once_per_process():
    write("pdf", corpus(3))
    loaded = fonts.face.cache_info().misses
    write("pdf", corpus(6))
    write("pdf", [EN])
    assert fonts.face.cache_info().misses == loaded
    assert loaded <= len(fonts.FONT_FILES)


def test_schemas_are_compiled_once_per_process():
    check(dumps(ZH_CN))
    compiled = _compile.cache_info().misses
    for item in ALL:
        check(dumps(item))
    assert _compile.cache_info().misses == compiled


class _CountingStore:
    """Stands in for a Store: hands out items by key and counts the loads."""

    def __init__(self, items: dict[str, NewsItem]) -> None:
        self.items = items
        self.loads = 0

    def load(self, key: str) -> NewsItem:
        self.loads += 1
        return self.items[key]


def test_an_export_reads_each_stored_item_once():
    for count in (8, 16):
        items = {f"k{n}": item for n, item in enumerate(corpus(count))}
        store = _CountingStore(items)
        stored = StoredItems(store)  # type: ignore[arg-type]
        for key, item in items.items():
            stored.add(key, Summary.of(item))
        write("jsonld", stored)
        write("epub", stored)
        assert store.loads == 2 * count


def test_plain_lists_are_wrapped_without_copying():
    items = corpus(4)
    wrapped = itemseq.of(items)
    assert wrapped[2] is items[2] and itemseq.of(wrapped) is wrapped
    assert wrapped.summary(0) == Summary.of(items[0])


def test_writer_metadata_comes_from_summaries():
    """Ordering and book metadata need no item: the functions take summaries."""
    items = corpus(6)
    summaries = [Summary.of(item) for item in items]
    assert epub.identifier(summaries) == epub.identifier(items)
    assert pdf.order_indices(summaries) == pdf.order_indices(items)
    assert [summaries[i].guid for i in epub.reading_order(summaries)] == \
        [items[i].guid for i in epub.reading_order(items)]
    assert jsonld.publication_key(summaries[0]) == jsonld.publication_key(items[0])


# ---------------------------------------------------------------------------------------------
# EPUB: memory flat in the number of articles


class _Sink(io.RawIOBase):
    """A pipe that discards what it is given: the output's size is not the writer's memory."""

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[override]
        return len(b)


def _epub_peak(count: int) -> int:
    """Return the peak traced memory of writing ``count`` spooled articles as one EPUB (the spool and
    its summaries are made before tracing starts, and the collector starts from empty generations,
    so where its passes fall inside the write does not depend on the tests that ran before)."""
    with spooled(corpus(count)) as items:
        gc.collect()
        tracemalloc.start()
        try:
            epub.write(items, _Sink(), epub.EpubOptions(timestamp=FIXED))
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_epub_memory_per_article_is_a_few_bytes():
    """Four times the articles, hardly more memory at peak: per article the writer keeps its entry in
    the plan (reading order, chapter id, table-of-contents row) and its packed zip directory entry
    (~60 bytes): ~620 bytes at peak measured here, the same with the collector off, so no garbage
    piles up per article; never an item, a tree node or a chapter.

    The writer that built the package document, NCX and nav as whole trees and kept an ebooklib item
    per chapter took some 2,100 bytes more per article than this one (2.1 times the peak), and more
    in lxml's own memory, which tracemalloc does not see (the next test covers that). Interpreter
    free lists are filled first by a larger run, each size is measured twice, and each measurement
    starts from a collected heap (``_epub_peak``), so the tests run before this one do not count.
    """
    n = 100
    _epub_peak(4 * n)
    small = min(_epub_peak(n) for _ in range(2))
    large = min(_epub_peak(4 * n) for _ in range(2))
    per_article = (large - small) / (3 * n)
    assert per_article < 1000, f"{per_article:.0f} more bytes at peak per article ({small:,} -> {large:,})"
    assert large < 1.5 * small


def test_epub_never_serializes_a_whole_document(monkeypatch):
    """The largest piece of XML serialized at once is the same for N and 4N articles (a chapter, a
    row or a skeleton), so no document is ever a tree of every article; and the ebooklib book holds
    the same three items whatever the size: the chapters are streamed, not added to it."""
    sizes: list[int] = []
    tostring = etree.tostring

    def measured(*args, **kwargs):
        data = tostring(*args, **kwargs)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(etree, "tostring", measured)  # lxml's, which ebooklib and xhtml.py call too
    largest = []
    for count in (30, 120):
        sizes.clear()
        write("epub", corpus(count))
        largest.append(max(sizes))
        summaries = [Summary.of(item) for item in corpus(count)]
        options = epub.EpubOptions(timestamp=FIXED)
        plan = epub.plan(summaries, epub.reading_order(summaries), options)
        book = epub.build(plan, summaries, options)
        assert [item.file_name for item in book.get_items()] == ["epub.css", "nav.xhtml", "toc.ncx"]
        assert len(book.spine) == 1 and len(plan.order) == count
    assert largest[1] <= largest[0] + 64, largest
