"""archive export: the stored items that match the filters as one collection, through the collection writers."""

from __future__ import annotations

import html
import importlib.util
import json
import zipfile
from pathlib import Path

import pytest
from cli import run


@pytest.fixture(scope="module")
def store(tmp_path_factory, dev_corpus, seed_path) -> Path:
    folder = tmp_path_factory.mktemp("export") / "store"
    assert run("ingest", dev_corpus, seed_path, "--store", folder).returncode in (0, 3)
    return folder


def available(fmt: str) -> bool:
    return importlib.util.find_spec(f"archive.writers.{fmt}") is not None


def listed(store: Path, *filters: str) -> list[dict]:
    return json.loads(run("list", *filters, "--store", store, "--json").stdout)


def test_export_jsonld_is_a_feed_of_the_matching_items(tmp_path, store):
    target = tmp_path / "zh.jsonld"
    done = run("export", "--lang", "zh", "--title", "中文新闻", "-o", target, "--store", store, "--json")
    assert done.returncode == 0, done.stderr
    expected = listed(store, "--lang", "zh")
    assert json.loads(done.stdout)["items"] == len(expected)
    graph = json.loads(target.read_text())["@graph"]
    assert graph[0]["@type"] == "DataFeed" and graph[0]["name"] == "中文新闻"
    articles = [node for node in graph if node["@type"] == "NewsArticle"]
    assert {a["headline"] for a in articles} == {e["headline"] for e in expected}


def test_export_carries_the_latest_version(tmp_path, store, seed_path):
    import hashlib

    key = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    work = tmp_path / "store"
    import shutil
    shutil.copytree(store, work)
    assert run("edit", key, "--set", "headline=已更正的标题", "--note", "fix", "--store", work).returncode == 0
    target = tmp_path / "one.jsonld"
    assert run("export", "--source", "昆明日报", "-o", target, "--store", work).returncode == 0
    data = json.loads(target.read_text())
    assert data["headline"] == "已更正的标题"  # one item: an article, not a feed


@pytest.mark.skipif(not available("epub"), reason="the EPUB writer has not landed")
def test_export_epub_is_one_book_of_all_items(tmp_path, store):
    target = tmp_path / "all.epub"
    done = run("export", "-o", target, "--title", "Archive", "--store", store)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(target) as book:
        text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))
    for entry in listed(store):
        assert html.escape(entry["headline"], quote=False)[:8] in text


@pytest.mark.skipif(not available("pdf"), reason="the PDF writer has not landed")
def test_export_pdf_of_a_date_range(tmp_path, store):
    target = tmp_path / "2019.pdf"
    done = run("export", "--from", "2019", "--to", "2019", "-o", target, "--store", store)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_export_refuses_an_empty_selection_and_an_unknown_format(tmp_path, store):
    done = run("export", "--from", "2031", "-o", tmp_path / "x.jsonld", "--store", store)
    assert done.returncode == 2 and "no items match" in done.stderr
    done = run("export", "-o", tmp_path / "x.docx", "--store", store)
    assert done.returncode == 2
    assert not list(tmp_path.iterdir())
