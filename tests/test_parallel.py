"""--jobs: the same bytes whatever the number of workers, for batches, collections, ingest and build.

Each test runs one command with ``--jobs 1`` (everything in one process) and ``--jobs 2`` (a pool)
and compares what they wrote byte for byte, and what they printed line for line; the inputs include
failing files, so the order of warnings and errors is checked too. ``archive.parallel`` itself is
checked in-process: results in input order, no pool for one job, a bounded number of chunks in flight.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli import run

from archive import parallel
from archive.errors import UsageError

BAD_DUMPS = {"0_empty.txt": b"", "9_binary.txt": b"\x00\x01\x02PK\x03\x04" * 50}


@pytest.fixture(scope="module")
def pages(tmp_path_factory, dev_corpus, seed_path) -> Path:
    """A folder of page dumps: the dev corpus and the seed."""
    folder = tmp_path_factory.mktemp("pages") / "in"
    folder.mkdir()
    for path in sorted(dev_corpus.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    shutil.copy(seed_path, folder / seed_path.name)
    return folder


@pytest.fixture(scope="module")
def with_bad(tmp_path_factory, pages) -> Path:
    """The same pages with an empty and a binary dump among them (first and last by name)."""
    folder = tmp_path_factory.mktemp("with-bad") / "in"
    shutil.copytree(pages, folder)
    for name, data in BAD_DUMPS.items():
        (folder / name).write_bytes(data)
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def both(tmp_path: Path, *args: str | Path) -> tuple[list[subprocess.CompletedProcess[str]], list[Path]]:
    """Run ``archive ARGS --jobs N`` for N = 1 and 2 (``{out}`` in ARGS is a fresh path for each).

    In what each printed, its own output path reads ``{out}`` again, so the two can be compared.
    """
    done, outs = [], []
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        argv = [str(a).replace("{out}", str(out)) for a in args]
        finished = run(*argv, "--jobs", str(jobs))
        finished.stdout = finished.stdout.replace(str(out), "{out}")
        finished.stderr = finished.stderr.replace(str(out), "{out}")
        done.append(finished)
        outs.append(out)
    return done, outs


def test_a_batch_writes_the_same_files_and_messages_with_one_or_two_workers(tmp_path, with_bad):
    done, outs = both(tmp_path, "convert", with_bad, "-o", "{out}", "--to", "epub")
    assert [d.returncode for d in done] == [3, 3]
    assert done[0].stderr == done[1].stderr
    assert done[0].stderr.index("0_empty.txt") < done[0].stderr.index("9_binary.txt")
    first, second = tree(outs[0]), tree(outs[1])
    assert len(first) == len(list(with_bad.iterdir())) - len(BAD_DUMPS)
    assert first == second


@pytest.mark.parametrize("extension", [".epub", ".pdf", ".jsonld"])
def test_a_collection_is_byte_identical_with_one_or_two_workers(tmp_path, pages, extension):
    done, outs = both(tmp_path, "convert", pages, "-o", "{out}" + extension, "--title", "Jobs")
    assert [d.returncode for d in done] == [0, 0], done[1].stderr
    assert done[0].stderr == done[1].stderr
    first, second = (Path(str(out) + extension).read_bytes() for out in outs)
    assert first == second


def test_a_collection_with_a_bad_input_fails_the_same_way(tmp_path, with_bad):
    done, outs = both(tmp_path, "convert", with_bad, "-o", "{out}.jsonld")
    assert [d.returncode for d in done] == [3, 3]
    assert done[0].stderr == done[1].stderr and "2 of" in done[0].stderr
    assert not any(Path(str(out) + ".jsonld").exists() for out in outs)


def catalogue_rows(store: Path) -> list[tuple]:
    with sqlite3.connect(store / "catalogue.sqlite") as con:
        return con.execute("SELECT * FROM items ORDER BY id").fetchall()


def test_ingest_stores_the_same_files_and_catalogue_rows(tmp_path, with_bad):
    done, stores = both(tmp_path, "ingest", with_bad, "--store", "{out}", "--json")
    assert [d.returncode for d in done] == [3, 3]
    assert done[0].stdout == done[1].stdout
    assert tree(stores[0] / "items") == tree(stores[1] / "items")
    assert catalogue_rows(stores[0]) == catalogue_rows(stores[1])
    summary = json.loads(done[0].stdout)
    assert summary["failed"] >= len(BAD_DUMPS) and summary["added"] == len(catalogue_rows(stores[0])) > 10
    search = [run("search", "记者", "--store", store, "--json").stdout for store in stores]
    assert search[0] == search[1]


def test_a_build_is_byte_identical_with_one_or_two_workers(tmp_path, pages):
    done, outs = both(tmp_path, "build", pages, "-o", "{out}")
    assert [d.returncode for d in done] == [0, 0], done[1].stderr
    assert done[0].stderr == done[1].stderr
    assert tree(outs[0]) == tree(outs[1])
    assert (outs[0] / "collection.pdf").is_file()


def test_jobs_must_be_at_least_one(tmp_path, seed_path):
    done = run("convert", seed_path, seed_path, "-o", tmp_path / "x.epub", "--jobs", "0")
    assert done.returncode == 2 and "--jobs" in done.stderr
    with pytest.raises(UsageError):
        parallel.resolve_jobs(0)
    assert parallel.resolve_jobs(None) == parallel.default_jobs() >= 1


# ---------------------------------------------------------------------------------------------
# the pool itself


def _squares_of_chunk(values: list[int]) -> list[int]:
    return [value * value for value in values]


def _square_and_pid(value: int) -> tuple[int, int]:
    return value * value, os.getpid()


def test_results_come_back_in_input_order_from_worker_processes():
    with parallel.Workers(2) as pool:
        assert pool.parallel
        results = list(pool.map(_square_and_pid, range(200), chunk=3))
    assert [square for square, _ in results] == [n * n for n in range(200)]
    assert os.getpid() not in {pid for _, pid in results}


def test_one_job_runs_in_this_process_without_a_pool():
    warmed = []
    with parallel.Workers(1, warm=lambda: warmed.append(True)) as pool:
        assert not pool.parallel
        results = list(pool.map(_square_and_pid, range(5)))
        later = pool.submit(_square_and_pid, 7)
        assert later() == (49, os.getpid())
    assert {pid for _, pid in results} == {os.getpid()}
    assert warmed == [], "with one job nothing is loaded ahead: the work loads what it needs"


def test_only_a_window_of_chunks_is_in_flight():
    """Inputs are taken lazily: a consumer that stops early has pulled only a bounded number."""
    pulled = []

    def inputs():
        for n in range(10_000):
            pulled.append(n)
            yield n

    with parallel.Workers(2) as pool:
        results = pool.map(_square_and_pid, inputs(), chunk=4, ahead=3)
        assert next(results)[0] == 0
        assert len(pulled) <= 4 * 3 * 2 + 4 + 1  # the window, one more chunk, and the generator's look-ahead


def test_chunks_are_small_enough_to_balance_and_large_enough_to_pay():
    assert parallel.chunk_size(1, 2) == 1
    assert parallel.chunk_size(1000, 2) == 1000 // (2 * parallel.TASKS_PER_WORKER)
    assert parallel.chunk_size(10**6, 2) == parallel.CHUNK_MAX


def test_the_last_chunks_shrink_so_workers_finish_together():
    """Guided tail: full chunks while there is plenty left, then ever smaller ones, none lost or repeated."""
    for count, jobs in [(1, 2), (7, 2), (100, 4), (1000, 2), (10_000, 2), (12_345, 3)]:
        sizes = list(parallel.chunk_sizes(count, jobs))
        full = parallel.chunk_size(count, jobs)
        assert sum(sizes) == count
        assert all(0 < size <= full for size in sizes)
        assert sizes == sorted(sizes, reverse=True), "sizes only ever fall"
        assert sizes[-1] == 1
    sizes = list(parallel.chunk_sizes(1000, 2))
    assert sizes[0] == parallel.chunk_size(1000, 2)
    # a worker taking the last full chunk would leave the other idle for 31 inputs; now at most a few
    assert sum(sizes[-2 * parallel.TAIL_CHUNKS:]) < parallel.chunk_size(1000, 2)


def test_batches_follow_the_guided_sizes_in_input_order():
    with parallel.Workers(2) as pool:
        got = list(pool.map_batches(_squares_of_chunk, list(range(300))))
    assert got == [n * n for n in range(300)]
