"""archive search and list: Chinese words and names, traditional and simplified, English words, filters, ranking."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli import run
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.store import textindex


@pytest.fixture(scope="module")
def store(tmp_path_factory, dev_corpus, seed_path) -> Path:
    folder = tmp_path_factory.mktemp("search") / "store"
    done = run("ingest", dev_corpus, seed_path, "--store", folder)
    assert done.returncode in (0, 3), done.stderr  # 3: pages the reader cannot read yet
    return folder


def search(store: Path, *args: str) -> list[dict]:
    done = run("search", *args, "--store", store, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["results"]


def test_a_two_character_chinese_word_is_found_with_its_passage(store):
    results = search(store, "疫情")
    assert results
    assert any(r["headline"].startswith("昆明") for r in results)
    for result in results:
        start, end = result["highlights"][0]
        assert result["passage"][start:end] == "疫情"


def test_a_name_is_found(store):
    results = search(store, "程连元")
    assert [r["headline"][:2] for r in results] == ["昆明"] * len(results) and results
    assert "程连元" in results[0]["passage"]


def test_a_name_does_not_match_its_characters_apart(store):
    assert search(store, "程元") == []  # 程 and 元 both occur, never side by side


def test_traditional_chinese_is_found_as_written(store):
    results = search(store, "凶宅")
    assert results and all(r["language"] == "zh-TW" for r in results)
    assert "凶宅" in results[0]["passage"]
    assert search(store, "台灣") or search(store, "臺灣")


def test_english_words_are_words_and_stems(store):
    results = search(store, "protests")
    assert results and all(r["language"] == "en" for r in results)
    assert search(store, "protest")  # porter: protest, protests, protesters
    assert search(store, "lunar lander")
    assert search(store, "rotest") == []  # part of a word is not a word


def test_a_single_chinese_character_is_found(store):
    assert search(store, "疫")


def test_ranking_puts_headline_matches_first(store):
    results = search(store, "疫情")
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)
    assert "疫情" in results[0]["headline"]


def test_filters_narrow_the_results(store):
    everything = search(store, "疫情")
    dated = search(store, "疫情", "--from", "2020-01-29", "--to", "2020-01-29")
    assert dated and all(r["published_date"] == "2020-01-29" for r in dated)
    assert len(dated) < len(everything) or len(everything) == 1
    assert search(store, "疫情", "--lang", "en") == []
    assert all(r["language"].startswith("zh") for r in search(store, "疫情", "--lang", "zh"))
    by_source = search(store, "疫情", "--source", "昆明日报")
    assert by_source and all("昆明日报" in (r["source"] or "") for r in by_source)
    assert search(store, "疫情", "--from", "2030") == []


def test_bad_filter_values_are_usage_errors(store):
    done = run("search", "疫情", "--from", "2020-13", "--store", store)
    assert done.returncode == 2 and "--from" in done.stderr
    done = run("search", "「」", "--store", store)
    assert done.returncode == 2 and "no words" in done.stderr


def test_text_output_shows_rank_headline_and_passage(store):
    done = run("search", "程连元", "--store", store)
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].lstrip().startswith("1.") and "昆明" in lines[0]
    assert "程连元" in lines[1]
    assert lines[-1] == "1 result"


def test_list_is_ordered_by_date_and_filters(store):
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    dates = [e["published_date"] for e in listed if e["published_date"]]
    assert dates == sorted(dates)
    assert len({e["guid"] for e in listed}) == len(listed)
    tw = json.loads(run("list", "--lang", "zh-TW", "--store", store, "--json").stdout)
    assert tw and all(e["language"] == "zh-TW" for e in tw)
    limited = json.loads(run("list", "--limit", "3", "--store", store, "--json").stdout)
    assert limited == listed[:3]


# ---------------------------------------------------------------------------------------------
# the prepared text itself: any run of CJK characters in a text is found by searching for it

CJK = st.text(alphabet=st.sampled_from("疫情防控程连元臺灣台湾的一是了人在有"), min_size=1, max_size=30)
MIXED = st.lists(st.one_of(CJK, st.sampled_from([" ", "，", "COVID-19", " Hong Kong ", "。"])), max_size=8).map("".join)


def _matches(text: str, query: str) -> bool:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, content='', tokenize='porter unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO t (rowid, body) VALUES (1, ?)", (textindex.index_text(text),))
    expression = textindex.match_expression(textindex.parse_query(query))
    return bool(con.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall())


@settings(max_examples=150, deadline=None)
@given(MIXED, st.data())
def test_every_substring_of_a_cjk_run_is_found(text, data):
    runs = textindex.CJK_RUN.findall(text)
    if not runs:
        return
    run_text = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run_text) - 1))
    end = data.draw(st.integers(start + 1, len(run_text)))
    assert _matches(text, run_text[start:end])


@settings(max_examples=150, deadline=None)
@given(CJK, CJK)
def test_a_chinese_query_matches_only_where_its_characters_are_adjacent(text, query):
    if len(query) >= 2:
        assert _matches(text, query) == (query in text)


def test_prepared_text_is_bigrams_and_words():
    assert textindex.index_text("程连元主持") == " 程连 连元 元主 主持 持 "
    assert textindex.index_text("COVID-19疫情") == "COVID-19 疫情 情 "
    assert [t.phrase for t in textindex.parse_query('疫 程连元 "Hong Kong"')] == ['"疫"*', '"程连 连元"', '"Hong Kong"']
