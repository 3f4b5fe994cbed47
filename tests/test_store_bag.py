"""archive bag and ingest of a bag: BagIt 1.0, SHA-256 manifests, valid by the bagit library, items back whole."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import bagit
import pytest
from cli import run


@pytest.fixture(scope="module")
def edited_store(tmp_path_factory, dev_corpus, seed_path) -> Path:
    store = tmp_path_factory.mktemp("bag") / "store"
    assert run("ingest", dev_corpus, seed_path, "--store", store).returncode in (0, 3)
    key = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    done = run("edit", key, "--set", "published=2020-01-28", "--note", "date corrected", "--store", store)
    assert done.returncode == 0, done.stderr
    return store


def items_of(store: Path) -> dict[str, dict[str, bytes]]:
    """Return key -> {file name: bytes} for every item folder."""
    return {folder.name: {p.name: p.read_bytes() for p in folder.iterdir()}
            for folder in (store / "items").glob("*/*")}


def test_a_bag_is_bagit_1_0_with_sha256_manifests_and_validates(tmp_path, edited_store):
    out = tmp_path / "bag"
    done = run("bag", out, "--store", edited_store, "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    bag = bagit.Bag(str(out))
    bag.validate()
    assert bag.version_info == (1, 0)
    assert (out / "bagit.txt").read_text() == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    assert bag.algorithms == ["sha256"] and (out / "tagmanifest-sha256.txt").is_file()
    assert bag.info["Bag-Software-Agent"].startswith("archive ")
    assert bag.info["Bagging-Date"] == "2020-01-30"  # from SOURCE_DATE_EPOCH
    assert summary["items"] == len(items_of(edited_store)) and summary["versions"] == summary["items"] + 1
    assert items_of(out / "data") == items_of(edited_store)  # the payload is the item folders, byte for byte


def test_ingesting_a_bag_gives_the_same_items_with_the_same_history(tmp_path, edited_store, seed_path):
    out = tmp_path / "bag"
    assert run("bag", out, "--store", edited_store).returncode == 0
    fresh = tmp_path / "fresh"
    done = run("ingest", out, "--store", fresh, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == len(items_of(edited_store))
    assert items_of(fresh) == items_of(edited_store)
    key = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    history = [json.loads(run("show", key, "--history", "--json", "--store", s).stdout) for s in (edited_store, fresh)]
    assert history[0] == history[1] and len(history[0]["versions"]) == 2
    assert json.loads(run("list", "--store", fresh, "--json").stdout) == \
        json.loads(run("list", "--store", edited_store, "--json").stdout)
    again = json.loads(run("ingest", out, "--store", fresh, "--json").stdout)
    assert again["unchanged"] == again["added"] + again["unchanged"] and again["added"] == 0


def test_a_bag_brings_new_versions_to_a_store_that_has_the_first(tmp_path, edited_store, dev_corpus, seed_path):
    out = tmp_path / "bag"
    assert run("bag", out, "--lang", "zh-CN", "--from", "2020-01-28", "--to", "2020-01-28",
               "--store", edited_store).returncode == 0
    older = tmp_path / "older"  # version 1 as the edited store made it: the same bytes, under the same name
    assert run("ingest", dev_corpus / "000_seed.txt", "--store", older).returncode == 0
    done = run("ingest", out, "--store", older, "--json")
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["updated"] == 1
    assert result["items"][0]["versions"] == [2]
    key = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert items_of(older)[key] == items_of(edited_store)[key]


def test_a_bag_with_another_history_of_an_item_is_refused(tmp_path, edited_store, seed_path):
    out = tmp_path / "bag"
    assert run("bag", out, "--source", "昆明日报", "--store", edited_store).returncode == 0
    other = tmp_path / "other"  # the same bytes under another file name: its version 1 differs
    assert run("ingest", seed_path, "--store", other).returncode == 0
    done = run("ingest", out, "--store", other, "--json")
    assert done.returncode == 6
    assert "another history" in json.loads(done.stdout)["items"][0]["error"]


def test_a_damaged_bag_is_refused(tmp_path, edited_store):
    out = tmp_path / "bag"
    assert run("bag", out, "--store", edited_store).returncode == 0
    victim = next((out / "data").rglob("v1.xml"))
    victim.write_bytes(victim.read_bytes().replace(b"<headline>", b"<headline>X", 1))
    done = run("ingest", out, "--store", tmp_path / "fresh", "--json")
    assert done.returncode == 3
    assert "not a valid bag" in json.loads(done.stdout)["items"][0]["error"]


def test_a_bag_needs_a_new_folder_and_some_items(tmp_path, edited_store):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    done = run("bag", tmp_path / "full", "--store", edited_store)
    assert done.returncode == 2 and "not an empty folder" in done.stderr
    done = run("bag", tmp_path / "none", "--from", "2031", "--store", edited_store)
    assert done.returncode == 2 and not (tmp_path / "none").exists()


def test_a_bag_of_page_dumps_made_elsewhere_is_ingested_as_dumps(tmp_path, seed_path):
    made = tmp_path / "their-bag"
    made.mkdir()
    shutil.copy(seed_path, made / "page.txt")
    bagit.make_bag(str(made), {"Source-Organization": "Elsewhere"}, checksums=["sha256"])
    done = run("ingest", made, "--store", tmp_path / "store", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 1
