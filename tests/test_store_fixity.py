"""archive verify and reindex: every changed or missing file named, exit 8; the catalogue rebuilt from the files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli import run


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, dev_corpus, seed_path) -> Path:
    folder = tmp_path_factory.mktemp("fixity") / "store"
    done = run("ingest", dev_corpus, seed_path, "--store", folder)
    assert done.returncode in (0, 3), done.stderr
    return folder


@pytest.fixture
def store(tmp_path, pristine) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(pristine, copy)
    return copy


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def verify(store: Path) -> tuple[int, dict]:
    done = run("verify", "--store", store, "--json")
    return done.returncode, json.loads(done.stdout)


def test_an_intact_store_verifies(store):
    code, report = verify(store)
    assert code == 0 and report["ok"] and report["items"] >= 1
    assert report["files"] == 2 * report["items"]  # original and v1 of each


def test_one_flipped_byte_in_an_original_and_in_an_xml_are_each_named(store):
    folders = sorted((store / "items").glob("*/*"))
    original = folders[0] / "original.txt"
    xml = folders[1] / "v1.xml"
    flip(original, 10)
    flip(xml, 400)
    done = run("verify", "--store", store)
    assert done.returncode == 8
    assert f"{original.relative_to(store)}: changed" in done.stderr
    assert f"{xml.relative_to(store)}: changed" in done.stderr
    code, report = verify(store)
    assert code == 8 and {f["path"] for f in report["failures"]} == {
        original.relative_to(store).as_posix(), xml.relative_to(store).as_posix()}


def test_missing_files_and_folders_are_named(store):
    folders = sorted((store / "items").glob("*/*"))
    (folders[0] / "v1.xml").unlink()
    shutil.rmtree(folders[1])
    code, report = verify(store)
    assert code == 8
    kinds = {(f["path"], f["kind"]) for f in report["failures"]}
    assert (f"{folders[0].relative_to(store).as_posix()}/v1.xml", "missing") in kinds
    assert (folders[1].relative_to(store).as_posix(), "missing") in kinds  # the catalogue still lists it


def test_a_changed_manifest_is_caught_by_the_cross_check(store):
    folder = sorted((store / "items").glob("*/*"))[0]
    flip(folder / "original.txt", 5)
    manifest = folder / "manifest-sha256.txt"
    lines = manifest.read_text().splitlines()
    import hashlib
    new = hashlib.sha256((folder / "original.txt").read_bytes()).hexdigest()
    manifest.write_text("\n".join([f"{new}  original.txt", *lines[1:]]) + "\n")
    code, report = verify(store)
    assert code == 8 and any(f["kind"] == "inconsistent" for f in report["failures"])


def test_leftovers_of_an_interrupted_write_are_notices_not_failures(store):
    (store / "tmp" / "half-written.part").write_bytes(b"<?xml")
    code, report = verify(store)
    assert code == 0 and [n["kind"] for n in report["notices"]] == ["interrupted"]
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_d3c6fe3a4f49bc7c.txt"
    assert run("ingest", seed, "--store", store).returncode == 0  # a writer clears them
    assert not list((store / "tmp").iterdir())


def test_the_catalogue_is_rebuilt_from_the_files(store):
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    for path in store.glob("catalogue.sqlite*"):
        path.unlink()
    done = run("list", "--store", store, "--json")
    assert done.returncode == 0 and "catalogue rebuilt" in done.stderr
    assert json.loads(done.stdout) == listed
    (store / "catalogue.sqlite").write_bytes(b"")  # an empty file is an empty, schema-less database
    done = run("reindex", "--store", store, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["items"] == len(listed)
    assert json.loads(run("list", "--store", store, "--json").stdout) == listed
    assert json.loads(run("search", "疫情", "--store", store, "--json").stdout)["count"] >= 1


def test_reindex_skips_a_damaged_item_and_names_it(store):
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    folder = sorted((store / "items").glob("*/*"))[0]
    (folder / "v1.xml").write_bytes(b"<not-xml")
    done = run("reindex", "--store", store, "--json")
    assert done.returncode == 0
    result = json.loads(done.stdout)
    assert result["items"] == len(listed) - 1 and folder.name in result["skipped"][0]
    assert run("verify", "--store", store).returncode == 8
