"""archive ingest through the CLI: what a store keeps, idempotence, globs, failures, --json, exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from cli import run
from lxml import etree

from archive.model.xml import loads


def ingest(store: Path, *paths: str | Path, extra: tuple[str, ...] = ()) -> tuple[int, dict]:
    done = run("ingest", *paths, "--store", store, "--json", *extra)
    return done.returncode, json.loads(done.stdout) if done.stdout.strip() else {}


def item_folder(store: Path, seed_path: Path) -> Path:
    digest = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    return store / "items" / digest[:2] / digest


def test_ingest_keeps_the_original_bytes_the_canonical_xml_and_their_checksums(tmp_path, seed_path, iptc_xsd):
    store = tmp_path / "store"
    code, summary = ingest(store, seed_path)
    assert code == 0, summary
    assert (summary["added"], summary["unchanged"], summary["failed"]) == (1, 0, 0)
    folder = item_folder(store, seed_path)
    assert sorted(p.name for p in folder.iterdir()) == ["manifest-sha256.txt", "original.txt", "v1.xml"]
    assert (folder / "original.txt").read_bytes() == seed_path.read_bytes()
    item = loads((folder / "v1.xml").read_bytes())
    assert item.guid == summary["items"][0]["guid"] == "urn:newsarchive:sha256:" + folder.name
    assert item.version == 1 and item.original.sha256 == folder.name
    assert etree.XMLSchema(etree.parse(str(iptc_xsd))).validate(etree.parse(str(folder / "v1.xml")))
    manifest = dict(reversed(line.split("  ")) for line in (folder / "manifest-sha256.txt").read_text().splitlines())
    for name in ("original.txt", "v1.xml"):
        assert manifest[name] == hashlib.sha256((folder / name).read_bytes()).hexdigest()
    assert not list((store / "tmp").iterdir()) and not list((store / "journal").iterdir())


def test_the_same_bytes_twice_give_one_item(tmp_path, seed_path):
    store = tmp_path / "store"
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(seed_path, copy)
    code, first = ingest(store, seed_path, copy)
    assert code == 0
    assert [i["status"] for i in first["items"]] == ["added", "unchanged"]
    code, again = ingest(store, seed_path)
    assert code == 0 and again["unchanged"] == 1 and again["added"] == 0
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    assert len(listed) == 1


def test_folders_and_globs_are_expanded_and_one_bad_file_does_not_stop_the_others(tmp_path, seed_path):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    shutil.copy(seed_path, inputs / "sub" / "seed.txt")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "notes.md").write_text("not a dump")  # folders are searched for .txt dumps only
    store = tmp_path / "store"
    done = run("ingest", inputs, "--store", store)
    assert done.returncode == 3, done.stderr  # the input error's code
    assert "1 added" in done.stdout and "1 failed" in done.stdout
    assert "empty.txt" in done.stderr
    _, summary = ingest(store, str(inputs / "**" / "*.txt"))  # a quoted glob, expanded by archive
    assert summary["unchanged"] == 1 and summary["failed"] == 1
    failed = next(i for i in summary["items"] if i["status"] == "failed")
    assert failed["kind"] == "input" and failed["exit_code"] == 3 and failed["file"].endswith("empty.txt")


def test_a_canonical_xml_file_alone_is_refused_with_the_reason(tmp_path, seed_path):
    item = tmp_path / "item.xml"
    assert run("convert", seed_path, "-o", item).returncode == 0
    code, summary = ingest(tmp_path / "store", item)
    assert code == 3
    assert "original" in summary["items"][0]["error"]


def test_the_store_defaults_to_archive_store_env_then_cwd(tmp_path, seed_path):
    done = run("ingest", seed_path, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "archive-store" / "store.json").is_file()
    elsewhere = tmp_path / "env-store"
    done = run("ingest", seed_path, cwd=tmp_path, env={"ARCHIVE_STORE": str(elsewhere)})
    assert done.returncode == 0 and (elsewhere / "store.json").is_file()


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path, seed_path):
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "thesis.doc").write_text("mine")
    done = run("ingest", seed_path, "--store", tmp_path / "papers")
    assert done.returncode == 6
    assert "not an archive store" in done.stderr
    assert sorted(p.name for p in (tmp_path / "papers").iterdir()) == ["thesis.doc"]


def test_reading_commands_on_a_missing_store_exit_6(tmp_path):
    for command in (["list"], ["search", "疫情"], ["verify"], ["show", "abcdef"], ["reindex"]):
        done = run(*command, "--store", tmp_path / "nowhere")
        assert done.returncode == 6, (command, done.stderr)
        assert "no archive store" in done.stderr


def test_strict_refuses_items_with_reader_warnings(tmp_path, dev_corpus):
    store = tmp_path / "store"
    _, summary = ingest(store, dev_corpus, extra=("--strict",))
    strict = [i for i in summary["items"] if i["status"] == "failed" and i["kind"] == "strict"]
    _, relaxed = ingest(store, dev_corpus)
    assert strict, "the dev corpus has pages with warnings"
    assert relaxed["added"] == len(strict)


@pytest.mark.parametrize("command", ["ingest", "search", "list", "show", "edit", "verify", "bag", "export",
                                     "reindex", "build", "verify-release"])
def test_every_store_command_has_help_and_json(command):
    done = run(command, "--help")
    assert done.returncode == 0
    assert "--json" in done.stdout
