"""archive build and verify-release: the release folder, its manifest and checksums, reproducibility, checks."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from cli import run

FORMATS = [f for f in ("xml", "epub", "pdf", "jsonld")
           if f == "xml" or importlib.util.find_spec(f"archive.writers.{f}") is not None]
FORMAT_OPTION = ",".join(FORMATS)


@pytest.fixture(scope="module")
def dist(tmp_path_factory, seed_path) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    done = run("build", seed_path.parent, "-o", out, "--formats", FORMAT_OPTION)
    assert done.returncode == 0, done.stderr
    return out


def test_the_release_has_each_item_in_every_format_and_the_collection(dist, seed_path):
    stem = seed_path.stem
    expected = {f"items/{stem}.{ext}" for ext in FORMATS} | {f"collection.{ext}" for ext in FORMATS if ext != "xml"}
    files = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()}
    assert files == expected | {"manifest.json", "SHA256SUMS"}
    stored = (dist / "items" / f"{stem}.xml").read_bytes()
    assert b'version="1"' in stored and hashlib.sha256(seed_path.read_bytes()).hexdigest().encode() in stored


def test_the_manifest_lists_every_file_with_size_and_sha256(dist):
    manifest = json.loads((dist / "manifest.json").read_text())
    entries = {e["path"]: e for e in manifest["files"]}
    on_disk = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()}
    assert set(entries) == on_disk - {"manifest.json", "SHA256SUMS"}
    for path, entry in entries.items():
        data = (dist / path).read_bytes()
        assert entry["size"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["created"] == "2020-01-30T00:00:00Z" and len(manifest["items"]) == 1
    sums = dict(reversed(line.split("  ")) for line in (dist / "SHA256SUMS").read_text().splitlines())
    assert set(sums) == on_disk - {"SHA256SUMS"}
    assert all(hashlib.sha256((dist / p).read_bytes()).hexdigest() == h for p, h in sums.items())


def test_two_builds_are_byte_identical(tmp_path, dist, seed_path):
    again = tmp_path / "again"
    assert run("build", seed_path.parent, "-o", again, "--formats", FORMAT_OPTION).returncode == 0
    first = {p.relative_to(dist): p.read_bytes() for p in dist.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [p for p in first if first[p] != second[p]] == []


def test_a_rebuild_into_the_same_folder_removes_what_it_no_longer_writes(tmp_path, seed_path):
    out = tmp_path / "dist"
    assert run("build", seed_path.parent, "-o", out, "--formats", FORMAT_OPTION).returncode == 0
    (out / ".keep").write_text("")
    assert run("build", seed_path.parent, "-o", out, "--formats", "xml,jsonld").returncode == 0
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert names == {f"items/{seed_path.stem}.xml", f"items/{seed_path.stem}.jsonld", "collection.jsonld",
                     "manifest.json", "SHA256SUMS", ".keep"}
    assert run("verify-release", out, "--no-epubcheck").returncode == 0


def test_build_from_a_store_keeps_its_corrections(tmp_path, seed_path):
    store = tmp_path / "store"
    assert run("ingest", seed_path, "--store", store).returncode == 0
    key = hashlib.sha256(seed_path.read_bytes()).hexdigest()
    assert run("edit", key, "--set", "published=2020-01-28", "--note", "fix", "--store", store).returncode == 0
    out = tmp_path / "dist"
    done = run("build", seed_path, "-o", out, "--store", store, "--formats", "xml,jsonld", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["items"] == 1
    assert b'version="2"' in (out / "items" / f"{seed_path.stem}.xml").read_bytes()


def test_a_failing_source_is_reported_and_the_rest_is_built(tmp_path, seed_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(seed_path, sources)
    (sources / "empty.txt").write_bytes(b"")
    out = tmp_path / "dist"
    done = run("build", sources, "-o", out, "--formats", "xml,jsonld", "--json")
    assert done.returncode == 3
    summary = json.loads(done.stdout)
    assert summary["items"] == 1 and summary["failed"] == 1 and summary["failed_files"][0].endswith("empty.txt")


def test_verify_release_passes_a_good_release_and_names_each_damaged_file(tmp_path, dist):
    copy = tmp_path / "dist"
    shutil.copytree(dist, copy)
    done = run("verify-release", copy, "--no-epubcheck", "--json")
    assert done.returncode == 0, done.stdout
    victim = next(copy.glob("items/*.jsonld"))
    victim.write_bytes(victim.read_bytes().replace(b"{", b"[", 1))
    (copy / "stray.txt").write_text("not built")
    xml = next(copy.glob("items/*.xml"))
    xml.write_bytes(xml.read_bytes().replace(b"<headline>", b"<headline role=\"x\">", 1))
    done = run("verify-release", copy, "--no-epubcheck", "--json")
    assert done.returncode == 8
    failures = {(f["path"], f["kind"]) for f in json.loads(done.stdout)["failures"]}
    rel = victim.relative_to(copy).as_posix()
    assert {(rel, "changed"), (rel, "invalid"), ("stray.txt", "unlisted")} <= failures
    assert (xml.relative_to(copy).as_posix(), "invalid") in failures


@pytest.mark.slow
@pytest.mark.skipif("epub" not in FORMATS, reason="the EPUB writer has not landed")
def test_verify_release_runs_epubcheck_on_every_epub(dist):
    done = run("verify-release", dist, "--json")
    assert done.returncode == 0, done.stdout
    assert json.loads(done.stdout)["files"] == len(json.loads((dist / "manifest.json").read_text())["files"]) + 1
