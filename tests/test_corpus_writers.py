"""Every writer on every page of the dev corpus: real pages, not hand-built samples.

The reader turns each dump into an item; then every item validates against both schemas, its
JSON-LD (and the corpus as one collection) passes the schema.org 30.0 check, the corpus as one
EPUB passes EPUBCheck with usage messages on, and the corpus as one PDF embeds every font and
holds every paragraph's text.
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime

import pikepdf
import pytest
from pypdf import PdfReader
from schemaorg import check as check_vocabulary
from schemaorg import load_vocabulary
from test_epub import run_epubcheck

from archive.model.validate import problems
from archive.model.xml import dumps, parse
from archive.readers.text import read
from archive.writers import load

MOMENT = datetime(2020, 1, 30, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def items(dev_corpus):
    found = []
    for path in sorted(dev_corpus.glob("*.txt")):
        found.append(read(path.read_bytes(), filename=path.name, created="2020-01-30T12:00:00Z").item)
    assert len(found) == 21
    return found


@pytest.fixture(scope="module")
def vocabulary(schemaorg_dir):
    return load_vocabulary(schemaorg_dir / "schemaorg-current-https.jsonld")


def render(fmt: str, items: list, **settings) -> bytes:
    write, options_class = load(fmt)
    out = io.BytesIO()
    write(items, out, options_class(timestamp=MOMENT, **settings))
    return out.getvalue()


def test_every_corpus_item_validates_against_both_schemas(items, iptc_xsd):
    for item in items:
        assert problems(parse(dumps(item))) == [], item.original.filename


def test_every_corpus_article_and_the_collection_fit_the_schemaorg_vocabulary(items, vocabulary):
    for item in items:
        assert check_vocabulary(json.loads(render("jsonld", [item])), vocabulary) == [], item.original.filename
    collection = json.loads(render("jsonld", items, title="Dev corpus"))
    assert check_vocabulary(collection, vocabulary) == []
    assert len(collection["@graph"]) == len(items) + 1


@pytest.mark.slow
@pytest.mark.parametrize("group_by", ["date", "section"])
def test_the_corpus_as_one_epub_passes_epubcheck_with_usages_on(items, tmp_path, group_by):
    path = tmp_path / "corpus.epub"
    path.write_bytes(render("epub", items, title="Dev corpus", group_by=group_by))
    checker, messages = run_epubcheck(path)
    assert [m.short for m in messages] == []
    assert (checker.nFatal, checker.nError, checker.nWarning, checker.nUsage) == (0, 0, 0, 0)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_the_corpus_as_one_pdf_embeds_every_font_and_holds_every_paragraph(items):
    data = render("pdf", items, title="Dev corpus")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for _, font in (page.Resources.get("/Font") or {}).items():
                face = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in face.FontDescriptor, font.BaseFont
    # Each page's first line is the running header (the collection title) and its last the page number.
    pages = [page.extract_text().splitlines() for page in PdfReader(io.BytesIO(data)).pages]
    text = squash("".join("".join(lines[1:-1]) for lines in pages))
    missing = [b.text[:30] for item in items for b in item.body if squash(b.text) not in text]
    assert missing == []
