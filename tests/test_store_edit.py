"""archive edit and show: corrections as new versions with their reason, history, nothing overwritten."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli import run
from lxml import etree

from archive.model.xml import loads


@pytest.fixture
def store(tmp_path, seed_path) -> Path:
    folder = tmp_path / "store"
    assert run("ingest", seed_path, "--store", folder).returncode == 0
    return folder


@pytest.fixture
def key(seed_path) -> str:
    return hashlib.sha256(seed_path.read_bytes()).hexdigest()


def folder_of(store: Path, key: str) -> Path:
    return store / "items" / key[:2] / key


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "manifest-sha256.txt"}


def test_an_edit_writes_a_new_version_with_the_note_and_keeps_the_old_one(store, key, iptc_xsd):
    before = snapshot(folder_of(store, key))
    done = run("edit", key[:10], "--set", "published=2020-01-28T07:40:11+08:00",
               "--set", "headline=昆明：全面加强疫情防控工作", "--note", "页面日期有误，经昆明日报核实",
               "--store", store, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["version"] == 2
    assert result["changes"]["published"] == ["2020-01-29T07:40:11+08:00", "2020-01-28T07:40:11+08:00"]
    after = snapshot(folder_of(store, key))
    assert {k: v for k, v in after.items() if k in before} == before  # nothing overwritten
    v2_path = folder_of(store, key) / "v2.xml"
    assert etree.XMLSchema(etree.parse(str(iptc_xsd))).validate(etree.parse(str(v2_path)))
    v1, v2 = loads(before["v1.xml"]), loads(after["v2.xml"])
    assert (v2.version, v2.published, v2.headline) == (2, "2020-01-28T07:40:11+08:00", "昆明：全面加强疫情防控工作")
    assert [n.text for n in v2.notes] == ["页面日期有误，经昆明日报核实"]
    assert v2.first_created == v1.first_created and v2.guid == v1.guid and v2.body == v1.body
    manifest = (folder_of(store, key) / "manifest-sha256.txt").read_text()
    assert hashlib.sha256(after["v2.xml"]).hexdigest() + "  v2.xml" in manifest


def test_show_gives_the_latest_version_any_version_and_the_history(store, key):
    assert run("edit", key, "--set", "section=要闻", "--note", "first fix", "--store", store).returncode == 0
    assert run("edit", key, "--set", "published=2020-01-28", "--note", "second fix", "--store", store).returncode == 0
    latest = run("show", key[:8], "--store", store)
    assert latest.returncode == 0 and 'version="3"' in latest.stdout
    first = run("show", key[:8], "--version", "1", "--store", store)
    assert 'version="1"' in first.stdout and "<edNote>" not in first.stdout
    as_json = json.loads(run("show", key[:8], "--format", "json", "--store", store).stdout)
    assert as_json["version"] == 3 and as_json["section"] == "要闻" and as_json["published"] == "2020-01-28"
    history = json.loads(run("show", key[:8], "--history", "--json", "--store", store).stdout)["versions"]
    assert [v["version"] for v in history] == [1, 2, 3]
    assert [v["note"] for v in history] == [None, "first fix", "second fix"]
    assert history[1]["changes"] == {"section": ["时政", "要闻"]}
    assert history[2]["changes"] == {"published": ["2020-01-29T07:40:11+08:00", "2020-01-28"]}
    text = run("show", key[:8], "--history", "--store", store).stdout
    assert "v3" in text and "second fix" in text and "published" in text
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    assert listed[0]["version"] == 3 and listed[0]["published_date"] == "2020-01-28"
    assert json.loads(run("search", "要闻", "--store", store, "--json").stdout)["count"] == 1


@pytest.mark.parametrize(("assignment", "code", "message"), [
    ("published=2020-02-30", 4, "day is out of range"),
    ("published=yesterday", 4, "is not a date"),
    ("published=2020-01-28T25:00:00", 4, "hour must be"),
    ("headline=", 4, "cannot be empty"),
    ("language=中文", 4, "language tag"),
    ("url=not a url", 4, "absolute address"),
    ("colour=red", 2, "cannot be edited"),
    ("headline", 2, "FIELD=VALUE"),
])
def test_bad_values_are_refused_and_nothing_is_written(store, key, assignment, code, message):
    before = sorted(p.name for p in folder_of(store, key).iterdir())
    done = run("edit", key, "--set", assignment, "--note", "why", "--store", store)
    assert done.returncode == code, done.stderr
    assert message in done.stderr
    assert sorted(p.name for p in folder_of(store, key).iterdir()) == before


def test_an_edit_needs_a_reason_and_a_change(store, key):
    done = run("edit", key, "--set", "section=要闻", "--note", " ", "--store", store)
    assert done.returncode == 2 and "--note" in done.stderr
    done = run("edit", key, "--set", "section=时政", "--note", "no-op", "--store", store)
    assert done.returncode == 2 and "nothing to change" in done.stderr


def test_dates_are_written_in_the_canonical_form(store, key):
    done = run("edit", key, "--set", "published=2020-01-28 07:40", "--note", "time without seconds",
               "--store", store, "--json")
    assert json.loads(done.stdout)["changes"]["published"][1] == "2020-01-28T07:40:00"


def test_an_empty_value_clears_an_optional_field(store, key):
    done = run("edit", key, "--set", "section=", "--note", "not a section", "--store", store, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["changes"]["section"] == ["时政", None]


def test_unknown_and_ambiguous_guids(store):
    done = run("show", "ffffffffff", "--store", store)
    assert done.returncode == 2 and "no item" in done.stderr
    done = run("edit", "urn:newsarchive:sha256:" + "0" * 64, "--set", "section=x", "--note", "y", "--store", store)
    assert done.returncode == 2
