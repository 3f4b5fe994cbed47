"""A store survives SIGKILL at any moment, and two ingests into one store at once.

Kills come two ways: from outside at staggered moments while a long ingest runs, and from inside
at each named step of a commit (``ARCHIVE_TEST_KILL_AT``), so the moments that matter most (after
the files are in place, before the catalogue knows them) are hit every run, not by luck.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bench_store import make_corpus
from cli import EPOCH, run

CORPUS_SIZE = 240


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, dev_corpus) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder, CORPUS_SIZE, dev_corpus)
    return folder


def start_ingest(store: Path, *paths: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    environment = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, **(env or {}))
    return subprocess.Popen([sys.executable, "-m", "archive", "ingest", *map(str, paths), "--store", str(store),
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)


def assert_valid(store: Path) -> dict:
    done = run("verify", "--store", store, "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 0 and report["ok"], report["failures"]
    return report


def assert_complete(store: Path, expected: int) -> None:
    listed = json.loads(run("list", "--store", store, "--json").stdout)
    guids = [entry["guid"] for entry in listed]
    assert len(guids) == len(set(guids)) == expected
    folders = list((store / "items").glob("*/*"))
    assert len(folders) == expected
    report = assert_valid(store)
    assert not report["notices"], report["notices"]  # the last writer cleared every leftover


def test_killed_at_staggered_moments_the_store_stays_valid_and_a_reingest_completes(tmp_path, corpus):
    store = tmp_path / "store"
    killed_with_items = 0
    for delay in (0.8, 1.1, 1.4, 1.7, 2.0, 2.4):
        process = start_ingest(store, corpus)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate()
        if (store / "store.json").exists():
            report = assert_valid(store)
            killed_with_items += report["items"] > 0
    assert killed_with_items, "no kill happened after the first items were stored; raise the delays"
    done = run("ingest", corpus, "--store", store, "--json")
    summary = json.loads(done.stdout)
    assert done.returncode == 0, done.stderr
    assert summary["added"] + summary["unchanged"] == CORPUS_SIZE and summary["failed"] == 0
    assert_complete(store, CORPUS_SIZE)


@pytest.mark.parametrize("step", ["staged", "publishing", "published", "catalogued"])
def test_killed_between_commit_steps_the_store_stays_valid(tmp_path, corpus, step):
    store = tmp_path / "store"
    files = sorted(corpus.iterdir())[:30]
    process = start_ingest(store, *files, env={"ARCHIVE_TEST_KILL_AT": step})
    process.communicate()
    assert process.returncode == -signal.SIGKILL
    journalled = list((store / "journal").iterdir())
    report = assert_valid(store)  # opening the store replays the journal: the catalogue catches up
    if step in ("published", "catalogued"):
        assert report["items"] == len(files)  # the files were in place before the kill
        assert journalled and not list((store / "journal").iterdir())
        assert len(json.loads(run("list", "--store", store, "--json").stdout)) == len(files)
    done = run("ingest", *files, "--store", store, "--json")
    assert done.returncode == 0, done.stderr
    assert_complete(store, len(files))


def test_two_ingests_at_once_finish_without_duplicates_or_damage(tmp_path, corpus):
    store = tmp_path / "store"
    first = start_ingest(store, corpus)
    second = start_ingest(store, str(corpus / "*.txt"))  # the same files, as a glob archive expands
    results = []
    for process in (first, second):
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    assert sum(r["added"] for r in results) == CORPUS_SIZE
    assert sum(r["unchanged"] for r in results) == CORPUS_SIZE
    added = [{i["guid"] for i in r["items"] if i["status"] == "added"} for r in results]
    assert not added[0] & added[1], "an item was added by both processes"
    assert_complete(store, CORPUS_SIZE)
