"""The JSON-LD writer: real output parsed back and checked field by field, against the schema.org 30.0
vocabulary (``tests/schemaorg.py``), through an offline JSON-LD processor (pyld), and through the
importer's scorer (``../shared/tools/score_import.py``), which reads our JSON-LD to grade the reader."""

from __future__ import annotations

import importlib.util
import io
import json
import socket
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import require_shared
from samples import ALL, EN, MINIMAL, ZH_CN, ZH_TW
from schemaorg import Vocabulary, check, load_vocabulary

from archive import writers
from archive.diagnostics import Diagnostic
from archive.errors import ExportError
from archive.model import EditNote, NewsItem
from archive.writers.jsonld import OPTIONS, JsonLdOptions, write

STAMP = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
FIXED = JsonLdOptions(timestamp=STAMP, title="Sample collection")
SCHEMA = "http://schema.org/"  # the @vocab of schema.org's context file
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def render(items: Sequence[NewsItem], options: JsonLdOptions = FIXED) -> tuple[bytes, list[Diagnostic]]:
    """Write ``items`` and return the bytes and the diagnostics."""
    out = io.BytesIO()
    diagnostics = write(items, out, options)
    return out.getvalue(), diagnostics


def document(*items: NewsItem, options: JsonLdOptions = FIXED) -> dict[str, Any]:
    """Write ``items`` and parse the output back."""
    return json.loads(render(items, options)[0])


def articles(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the NewsArticle nodes of a single or collection document."""
    return [n for n in doc.get("@graph", [doc]) if n.get("@type") == "NewsArticle"]


@pytest.fixture(scope="session")
def vocabulary(schemaorg_dir: Path) -> Vocabulary:
    return load_vocabulary(schemaorg_dir / "schemaorg-current-https.jsonld")


# ---------------------------------------------------------------------------------------------
# one article: every field


def test_chinese_article_is_a_complete_news_article() -> None:
    assert document(ZH_CN) == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": ZH_CN.guid,
        "headline": "昆明:全面加强疫情防控工作 坚决打赢疫情防控阻击战",
        "alternativeHeadline": "昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议强调全面加强疫情防控工作",
        "articleSection": "时政",
        "datePublished": "2020-01-29T07:40:11+08:00",
        "inLanguage": "zh-CN",
        "author": [{"@type": "Person", "name": "贾献培", "jobTitle": "首席记者"}],
        "contributor": [{"@type": "Person", "name": "左余东", "jobTitle": "通讯员"}],
        "editor": [{"@type": "Person", "name": "钱霓", "jobTitle": "责任编辑"}],
        "creditText": "(首席记者 贾献培 通讯员 左余东)",
        "sourceOrganization": {"@type": "Organization", "name": "昆明日报"},
        "publisher": {"@type": "Organization", "name": "云南网"},
        "version": 1,
        "articleBody": "\n\n".join(b.text for b in ZH_CN.body),
        "encoding": {
            "@type": "MediaObject",
            "name": "000_seed.txt",
            "encodingFormat": "text/plain; charset=utf-8",
            "contentSize": "5665 B",
            "sha256": "a" * 64,
        },
    }


def test_minimal_item_writes_only_what_is_known() -> None:
    assert document(MINIMAL) == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "identifier": MINIMAL.guid,
        "headline": "A headline and nothing else",
        "inLanguage": "en",
        "version": 1,
        "articleBody": "One paragraph.",
        "encoding": {
            "@type": "MediaObject",
            "name": "minimal.txt",
            "encodingFormat": "text/plain; charset=utf-8",
            "contentSize": "40 B",
            "sha256": "d" * 64,
        },
    }


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.original.filename)
def test_people_one_person_each_with_printed_role(item: NewsItem) -> None:
    art = document(item)
    roles = (("author", item.authors), ("contributor", item.correspondents), ("editor", item.editors))
    for key, people in roles:
        want = [{"@type": "Person", "name": p.name, "jobTitle": p.printed_role} for p in people]
        assert art.get(key, []) == want


def test_person_without_printed_role_has_no_job_title() -> None:
    item = replace(EN, people=(replace(EN.people[0], printed_role=None),))
    assert document(item)["author"] == [{"@type": "Person", "name": "Indulal PM"}]


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.original.filename)
def test_body_paragraphs_separated_by_a_blank_line(item: NewsItem) -> None:
    assert document(item)["articleBody"].split("\n\n") == [b.text for b in item.body]


def test_original_file_as_media_object_with_its_charset() -> None:
    assert document(ZH_TW)["encoding"] == {"@type": "MediaObject", "name": "udn.txt",
                                           "encodingFormat": "text/plain; charset=big5",
                                           "contentSize": "2048 B", "sha256": "b" * 64}
    assert "encoding" not in document(replace(MINIMAL, original=None))


def test_optional_fields_when_the_item_knows_them() -> None:
    item = replace(EN, modified="2014-12-31T09:00:00+05:30", url="https://in.reuters.com/article/x",
                   dateline="MUMBAI", byline="By Indulal PM", version=2,
                   notes=(EditNote("Corrects closing level in paragraph 1."),))
    art = document(item)
    assert art["dateModified"] == "2014-12-31T09:00:00+05:30"
    assert art["url"] == "https://in.reuters.com/article/x"
    assert art["dateline"] == "MUMBAI"
    assert art["creditText"] == "By Indulal PM"
    assert art["version"] == 2
    assert art["correction"] == ["Corrects closing level in paragraph 1."]
    assert "isAccessibleForFree" not in art  # nothing in a dump tells whether the page was paywalled


@pytest.mark.parametrize("value", ["2020-01-29T07:40:11+08:00", "2020-01-29T07:40:11Z",
                                   "2020-01-29T07:40:11", "2020-01-29"])
def test_dates_are_written_as_the_model_holds_them(value: str) -> None:
    # An offset is kept, a date stays a date, and a wall-clock time gets no invented zone.
    art = document(replace(ZH_CN, published=value, modified=value))
    assert (art["datePublished"], art["dateModified"]) == (value, value)


def test_unreadable_date_is_left_out_with_a_diagnostic() -> None:
    data, diagnostics = render([replace(MINIMAL, published="29/01/2020")])
    assert "datePublished" not in json.loads(data)
    assert [(d.code, d.file) for d in diagnostics] == [("jsonld-date-invalid", "minimal.txt")]


def test_relative_url_is_left_out_with_a_diagnostic() -> None:
    data, diagnostics = render([replace(MINIMAL, url="www.example.com/news/1")])
    assert "url" not in json.loads(data)
    assert [d.code for d in diagnostics] == ["jsonld-url-relative"]


def test_a_clean_item_gives_no_diagnostics() -> None:
    assert render(ALL)[1] == []


# ---------------------------------------------------------------------------------------------
# a collection


def test_collection_is_a_data_feed_with_its_articles_in_a_graph() -> None:
    doc = document(*ALL)
    assert doc["@context"] == "https://schema.org"
    feed, *rest = doc["@graph"]
    assert feed == {"@id": "_:collection", "@type": "DataFeed", "name": "Sample collection",
                    "dateCreated": "2024-05-01T12:00:00Z",
                    "temporalCoverage": "2014-12-30T16:33:00+05:30/2020-01-29T07:40:11+08:00"}
    assert [a["identifier"] for a in rest] == [EN.guid, ZH_TW.guid, ZH_CN.guid, MINIMAL.guid]
    assert all(a["@type"] == "NewsArticle" and a["isPartOf"] == {"@id": "_:collection"} for a in rest)
    # Each node is the article as written alone, plus its link to the collection.
    for node, item in zip(rest, (EN, ZH_TW, ZH_CN, MINIMAL), strict=True):
        alone = {k: v for k, v in document(item).items() if k != "@context"}
        assert node == {**alone, "isPartOf": {"@id": "_:collection"}}


def test_collection_title_defaults_to_its_size_and_stamp_is_written_in_utc() -> None:
    east = timezone(timedelta(hours=8))
    options = JsonLdOptions(timestamp=datetime(2024, 5, 1, 20, 0, tzinfo=east))
    feed = document(EN, ZH_TW, options=options)["@graph"][0]
    assert feed["name"] == "2 news articles"
    assert feed["dateCreated"] == "2024-05-01T12:00:00Z"


def test_collection_of_undated_items_has_no_temporal_coverage() -> None:
    feed = document(MINIMAL, replace(MINIMAL, guid="urn:x:2"))["@graph"][0]
    assert "temporalCoverage" not in feed


def test_order_compares_instants_and_keeps_ties_and_undated_in_input_order() -> None:
    def item(guid: str, published: str | None) -> NewsItem:
        return replace(MINIMAL, guid=guid, published=published)

    items = [
        item("undated-1", None),
        item("beijing-01h", "2020-01-01T01:00:00+08:00"),  # 2019-12-31T17:00Z
        item("utc-20h", "2019-12-31T20:00:00Z"),
        item("day", "2019-12-31"),  # midnight
        item("undated-2", None),
        item("tie-a", "2019-06-01"),
        item("tie-b", "2019-06-01"),
        item("bad", "yesterday"),  # unreadable: undated
    ]
    got = [a["identifier"] for a in articles(document(*items))]
    assert got == ["tie-a", "tie-b", "day", "beijing-01h", "utc-20h", "undated-1", "undated-2", "bad"]


def test_no_items_is_an_export_error() -> None:
    with pytest.raises(ExportError):
        write([], io.BytesIO(), FIXED)


def test_naive_timestamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        JsonLdOptions(timestamp=datetime(2024, 5, 1))


def test_registry_finds_this_writer() -> None:
    write_fn, options_cls = writers.load("jsonld")
    assert (write_fn, options_cls) == (write, OPTIONS)
    assert OPTIONS is JsonLdOptions


# ---------------------------------------------------------------------------------------------
# bytes: reproducible, UTF-8, canonical layout, streamed


@pytest.mark.parametrize("items", [(ZH_CN,), ALL], ids=["article", "collection"])
def test_same_items_and_options_give_identical_bytes(items: tuple[NewsItem, ...]) -> None:
    assert render(items)[0] == render(items)[0]
    assert render(items)[0] == render(items, JsonLdOptions(timestamp=STAMP, title="Sample collection"))[0]


def test_a_single_article_does_not_depend_on_the_build_time() -> None:
    later = JsonLdOptions(timestamp=STAMP + timedelta(days=400))
    assert render([ZH_CN], later)[0] == render([ZH_CN])[0]
    assert render(ALL, later)[0] != render(ALL)[0]  # a collection does carry its dateCreated


@pytest.mark.parametrize("items", [(ZH_CN,), ALL], ids=["article", "collection"])
def test_output_is_utf8_json_in_the_canonical_layout(items: tuple[NewsItem, ...]) -> None:
    data = render(items)[0]
    assert "昆明日报".encode() in data  # not \\u escapes
    assert data.endswith(b"}\n") and not data.endswith(b"\n\n")
    # The streamed pieces add up to exactly what one json.dumps of the whole document prints.
    assert data == (json.dumps(json.loads(data), ensure_ascii=False, indent=2) + "\n").encode()


class CountingSink(io.RawIOBase):
    """A binary stream that keeps no bytes: counts them, and the writes."""

    def __init__(self) -> None:
        self.size = 0
        self.writes = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        self.writes += 1
        return len(data)


def test_a_large_collection_is_streamed_with_flat_memory() -> None:
    start = datetime(2015, 1, 1, tzinfo=UTC)
    items = [replace(EN, guid=f"urn:x:{n}", published=(start - timedelta(hours=n)).isoformat())
             for n in range(2000)]
    write(items[:3], CountingSink(), FIXED)  # warm up imports and caches outside the measurement
    sink = CountingSink()
    tracemalloc.start()
    try:
        write(items, sink, FIXED)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.writes >= len(items)  # article by article
    # Only the sort keys grow with the collection (~170 B an article, against ~1.3 KB of output each).
    assert peak < sink.size / 4, f"peak {peak} B for {sink.size} B written: the document was built whole"


# ---------------------------------------------------------------------------------------------
# the schema.org vocabulary


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.original.filename)
def test_every_sample_fits_schema_org(item: NewsItem, vocabulary: Vocabulary) -> None:
    full = replace(item, modified=item.published, url="https://example.com/a", dateline="KUNMING",
                   byline="by someone", notes=(EditNote("fixed a name"),))
    assert check(document(item), vocabulary) == []
    assert check(document(full), vocabulary) == []


def test_a_collection_fits_schema_org(vocabulary: Vocabulary) -> None:
    assert check(document(*ALL), vocabulary) == []


BAD_NODES: list[tuple[str, dict[str, Any], str]] = [
    ("made-up property", {"headlinez": "x"}, "'headlinez' is not a schema.org property"),
    ("property of another type", {"jobTitle": "reporter"}, "'jobTitle' does not apply to NewsArticle"),
    ("text where a Person is expected", {"editor": "钱霓"}, "'钱霓' does not fit 'editor'"),
    ("number where Text is expected", {"headline": 5}, "5 does not fit 'headline'"),
    ("text where a Number is expected", {"wordCount": "three"}, "'three' does not fit 'wordCount'"),
    ("malformed date", {"datePublished": "29/01/2020"}, "does not fit 'datePublished'"),
    ("relative URL", {"url": "news/1.html"}, "does not fit 'url'"),
    ("node of a wrong type", {"sourceOrganization": {"@type": "Person", "name": "x"}},
     "a Person node, expected Organization"),
    ("wrong property inside a nested node", {"author": [{"@type": "Person", "name": "x", "sha256": "0"}]},
     "$.author[0].sha256: 'sha256' does not apply to Person"),
    ("made-up type", {"about": {"@type": "Newsroom", "name": "x"}}, "'Newsroom' is not a schema.org type"),
    ("superseded property", {"reviews": []}, "'reviews' is superseded by 'review'"),
    ("reference to a node of a wrong type",
     {"isPartOf": {"@id": "_:p"}, "about": {"@id": "_:p", "@type": "Person"}},
     "refers to a Person, expected CreativeWork, URL"),
]


@pytest.mark.parametrize(("why", "extra", "problem"), BAD_NODES, ids=[b[0] for b in BAD_NODES])
def test_the_checker_finds(why: str, extra: dict[str, Any], problem: str, vocabulary: Vocabulary) -> None:
    doc = {**document(MINIMAL), **extra}
    problems = check(doc, vocabulary)
    assert any(problem in p for p in problems), problems


def test_the_checker_wants_the_schema_org_context_and_typed_nodes(vocabulary: Vocabulary) -> None:
    assert check({"@context": "https://example.org", "@type": "NewsArticle"}, vocabulary) == [
        "$.@context: expected the string 'https://schema.org', got 'https://example.org'"]
    assert check({"@context": "https://schema.org", "@graph": [{"name": "x"}]}, vocabulary) == [
        "$.@graph[0]: node has no @type"]
    assert check({"@context": "https://schema.org", "@type": "Text"}, vocabulary) == [
        "$.@type: 'Text' is a data type, not a node type"]


def test_the_checker_accepts_subtypes_and_data_type_subclasses(vocabulary: Vocabulary) -> None:
    doc = {"@context": "https://schema.org", "@type": "ReportageNewsArticle",  # NewsArticle < Article < CW
           "articleSection": "x", "dateline": "y", "wordCount": 3, "timeRequired": "PT5M",
           "author": {"@type": "NewsMediaOrganization", "name": "z"}, "url": "urn:isbn:0451450523"}
    assert check(doc, vocabulary) == []


# ---------------------------------------------------------------------------------------------
# offline JSON-LD processing: nothing is dropped when the compact form is expanded


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any socket connection fail, so a test proves it needs no network."""
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise OSError("network access in a test that must run offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def context_loader(schemaorg_dir: Path) -> Any:
    """A pyld document loader that serves schema.org's context from ../shared and nothing else."""
    from pyld import jsonld

    context = json.loads((schemaorg_dir / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                    "document": context}
        raise jsonld.JsonLdError(f"offline: will not load {url}", "jsonld.LoadDocumentError",
                                 code="loading document failed")

    return load


def written_predicates(node: Any) -> Counter[str]:
    """Count the triples the compact form states: one per @type and one per property value."""
    counts: Counter[str] = Counter()
    if not isinstance(node, dict):
        return counts
    for key, value in node.items():
        values = value if isinstance(value, list) else [value]
        if key == "@type":
            counts[RDF_TYPE] += len(values)
        elif key == "@graph":
            for child in values:
                counts += written_predicates(child)
        elif not key.startswith("@"):
            counts[SCHEMA + key] += len(values)
            for child in values:
                counts += written_predicates(child)
    return counts


def rdf_predicates(doc: dict[str, Any], loader: Any) -> Counter[str]:
    """Count the triples pyld produces from ``doc``, by predicate."""
    from pyld import jsonld

    dataset = jsonld.to_rdf(doc, {"documentLoader": loader})
    return Counter(t["predicate"]["value"] for graph in dataset.values() for t in graph)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("items", [*((i,) for i in ALL), ALL],
                         ids=[*(i.original.filename for i in ALL), "collection"])
def test_expansion_offline_keeps_every_term(items: tuple[NewsItem, ...], context_loader: Any) -> None:
    from pyld import jsonld

    doc = document(*[replace(i, url="https://example.com/" + i.guid[-4:], modified=i.published,
                             notes=(EditNote("n"),), dateline="d", byline="b") for i in items])
    assert rdf_predicates(doc, context_loader) == written_predicates(doc)
    expanded = jsonld.expand(doc, {"documentLoader": context_loader})
    assert len(expanded) == len(doc.get("@graph", [doc]))


@pytest.mark.usefixtures("no_network")
def test_the_expansion_check_notices_dropped_terms(context_loader: Any) -> None:
    doc = {**document(MINIMAL), "alternativeHeadline": None}  # JSON-LD drops a null
    assert rdf_predicates(doc, context_loader) != written_predicates(doc)


def test_the_loader_refuses_anything_but_schema_org(context_loader: Any) -> None:
    from pyld import jsonld

    with pytest.raises(jsonld.JsonLdError):
        context_loader("https://example.org/context.jsonld")


# ---------------------------------------------------------------------------------------------
# the importer's scorer reads every field we write


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    path = require_shared("tools", "score_import.py")
    spec = importlib.util.spec_from_file_location("score_import", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def label_of(item: NewsItem) -> dict[str, Any]:
    """Return the ground-truth label the corpus would give ``item`` (keys of ../shared/corpus/README.md)."""
    return {
        "language": item.language,
        "headline": item.headline,
        "original_headline": item.original_headline,
        "section": item.section,
        "published": item.published,
        "source": item.source,
        "publisher": item.publisher,
        "authors": [{"name": p.name, "role": p.printed_role} for p in item.authors + item.correspondents],
        "editor": "、".join(p.name for p in item.editors) or None,
        "first_paragraph": item.body[0].text,
        "last_paragraph": item.body[-1].text,
        "paragraph_count": len(item.body),
        "boilerplate_samples": [],
    }


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.original.filename)
def test_scorer_reads_each_field(item: NewsItem, scorer: ModuleType) -> None:
    art = scorer.find_article(document(item))
    assert scorer.text_of(art.get("headline")) == item.headline
    assert scorer.text_of(art.get("alternativeHeadline")) == item.original_headline
    assert scorer.text_of(art.get("articleSection")) == item.section
    assert scorer.text_of(art.get("datePublished")) == item.published
    assert scorer.source_name(art) == item.source
    assert scorer.text_of(art.get("publisher")) == item.publisher
    assert scorer.people(art.get("author")) == [(p.name, p.printed_role) for p in item.authors]
    assert scorer.people(art.get("contributor")) == [(p.name, p.printed_role) for p in item.correspondents]
    assert scorer.people(art.get("editor")) == [(p.name, p.printed_role) for p in item.editors]
    assert scorer.paragraphs(scorer.text_of(art.get("articleBody"))) == [b.text for b in item.body]
    assert scorer.text_of(art.get("inLanguage")) == item.language


@pytest.mark.parametrize("item", ALL, ids=lambda i: i.original.filename)
def test_scorer_gives_full_marks_to_a_faithful_item(item: NewsItem, scorer: ModuleType) -> None:
    scores = scorer.score_document(label_of(item), document(item))
    assert [field for field, ok in scores.items() if not ok] == []


def test_scorer_marks_down_a_wrong_field(scorer: ModuleType) -> None:
    # The full-marks test above can fail: a label that disagrees with the item loses that field.
    label = {**label_of(ZH_CN), "publisher": "人民网", "authors": [{"name": "贾献培", "role": "记者"}]}
    scores = scorer.score_document(label, document(ZH_CN))
    assert sorted(f for f, ok in scores.items() if not ok) == ["author_roles", "authors", "publisher"]


def test_scorer_finds_the_article_in_a_collection(scorer: ModuleType) -> None:
    art = scorer.find_article(document(*ALL))
    assert art["@type"] == "NewsArticle"
    assert scorer.text_of(art["headline"]) == EN.headline  # the earliest first
