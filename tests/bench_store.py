"""Store benchmark: ingest throughput, search latency and size on disk, on a deterministic corpus.

Not a test (pytest collects ``test_*.py`` only): run it by hand, or in CI as a report.

    .venv/bin/python tests/bench_store.py --ingest 1000 --search 10000 [--work DIR] [--json]

The corpus is made from the development corpus (``../shared/corpus/dev``) and the seed: document
``i`` is base document ``i % n`` with one paragraph inserted after its first, made of sentences
drawn from every base document by a generator seeded with ``i``, and a line that names ``i``. Its
bytes, and so its guid, are unique; its encoding, BOM and line endings stay those of its base.
``make_corpus`` is also what the kill and concurrency tests use to get a long-running ingest.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "seeds" / "000_d3c6fe3a4f49bc7c.txt"
EPOCH = "1580342400"
QUERIES = ("疫情", "程连元", "防控", "新闻", "凶宅", "台灣", "protest", "Hong Kong", "lunar lander", "疫")

CJK_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
EN_SENTENCE = re.compile(r"[^.!?]+[.!?]")


@dataclass(frozen=True, slots=True)
class Base:
    """A base document: its text, how to write it back as bytes, and where its body starts."""

    name: str
    text: str
    encoding: str
    bom: bool
    newline: str
    after_line: int  # index of the line after which the variant paragraph goes
    chinese: bool


def _encoding(label: dict) -> tuple[str, bool]:
    value = (label.get("encoding") or "utf-8").lower()
    return ("utf-8", True) if "bom" in value else (value, False)


def _base(path: Path) -> Base | None:
    label_path = path.with_suffix(".json")
    label = json.loads(label_path.read_text(encoding="utf-8")) if label_path.exists() else {}
    encoding, bom = _encoding(label)
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig" if bom else encoding)
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    first = (label.get("first_paragraph") or "").strip()
    if first:
        index = next((i for i, line in enumerate(lines) if first[:20] and first[:20] in line), None)
    else:  # the seed: its first long paragraph
        index = next((i for i, line in enumerate(lines) if len(line.strip()) > 60), None)
    if index is None:
        return None
    language = label.get("language", "zh-CN")
    return Base(path.name, text, encoding, bom, newline, index, language.startswith("zh"))


def _readable(base: Base) -> bool:
    """Return True when the text reader makes an item of the base document (so its variants too)."""
    from archive.errors import ArchiveError
    from archive.readers.text import read

    data = variant(base, 0, ([], []))
    try:
        read(data, filename=base.name, created="2020-01-30T00:00:00Z")
    except ArchiveError:
        return False
    return True


def bases(dev: Path = DEV, *, readable_only: bool = True) -> list[Base]:
    """Return the base documents the corpus varies: the dev corpus where present, else the seed.

    ``readable_only`` keeps those the reader can read today, so every document ingests.
    """
    paths = sorted(dev.glob("*.txt")) if dev.is_dir() else []
    found = [b for b in (_base(p) for p in paths) if b is not None]
    if readable_only:
        found = [b for b in found if _readable(b)]
    if not found:
        seed = _base(SEED)
        found = [seed] if seed else []
    return found


def _sentences(bases_: list[Base]) -> tuple[list[str], list[str]]:
    chinese, english = [], []
    for base in bases_:
        pattern = CJK_SENTENCE if base.chinese else EN_SENTENCE
        bucket = chinese if base.chinese else english
        for line in base.text.splitlines():
            line = line.strip()
            if len(line) > 40:
                bucket.extend(s.strip() for s in pattern.findall(line) if 8 < len(s.strip()) < 200)
    return chinese, english


def variant(base: Base, number: int, pools: tuple[list[str], list[str]]) -> bytes:
    """Return document ``number``: ``base`` with one new, deterministic paragraph after its first."""
    rng = random.Random(number)
    chinese, english = pools
    pool = (chinese if base.chinese else english) or ["档案样本。" if base.chinese else "Archive sample."]
    sentences = [rng.choice(pool) for _ in range(rng.randint(2, 5))]
    marker = f"（档案样本第{number}号）" if base.chinese else f"(Archive sample {number}.)"
    joiner = "" if base.chinese else " "
    lines = base.text.split(base.newline)
    lines[base.after_line + 1:base.after_line + 1] = ["", joiner.join(sentences) + marker, ""]
    data = base.newline.join(lines).encode(base.encoding)
    return (b"\xef\xbb\xbf" + data) if base.bom else data


def make_corpus(folder: Path, count: int, dev: Path = DEV, *, readable_only: bool = True) -> list[Path]:
    """Write ``count`` distinct documents into ``folder`` (same input, same bytes); return their paths."""
    found = bases(dev, readable_only=readable_only)
    pools = _sentences(found)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        base = found[number % len(found)]
        path = folder / f"{number:06d}_{Path(base.name).stem}.txt"
        path.write_bytes(variant(base, number, pools))
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# measuring


def archive(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    done = subprocess.run([sys.executable, "-m", "archive", *map(str, args)], capture_output=True, text=True,
                          env=env, check=False)
    if check and done.returncode not in (0, 3):  # 3: some inputs the reader cannot read
        raise SystemExit(f"archive {' '.join(map(str, args))} failed ({done.returncode}):\n{done.stderr}")
    return done


def du(path: Path) -> int:
    """Return the bytes the folder occupies on disk (allocated blocks, as ``du`` counts)."""
    return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file() or p.is_dir()) \
        + path.stat().st_blocks * 512


def bench_ingest(work: Path, count: int) -> dict[str, float]:
    corpus = work / f"corpus-{count}"
    if not corpus.exists():
        make_corpus(corpus, count)
    store = work / f"store-ingest-{count}"
    started = time.perf_counter()
    done = archive("ingest", corpus, "--store", store, "--json")
    elapsed = time.perf_counter() - started
    summary = json.loads(done.stdout)
    again = time.perf_counter()
    archive("ingest", corpus, "--store", store, "--json")
    reingest = time.perf_counter() - again
    verify_started = time.perf_counter()
    archive("verify", "--store", store)
    verify = time.perf_counter() - verify_started
    return {"documents": count, "added": summary["added"], "failed": summary["failed"],
            "seconds": round(elapsed, 2), "docs_per_second": round(count / elapsed, 1),
            "reingest_seconds": round(reingest, 2), "verify_seconds": round(verify, 2)}


def bench_search(work: Path, count: int, repeat: int = 20) -> dict[str, object]:
    from archive.store import Store
    from archive.store import search as searching
    from archive.store.filters import Filters

    corpus = work / f"corpus-{count}"
    if not corpus.exists():
        make_corpus(corpus, count)
    store_path = work / f"store-search-{count}"
    started = time.perf_counter()
    summary = json.loads(archive("ingest", corpus, "--store", store_path, "--json").stdout)
    ingest_seconds = time.perf_counter() - started
    latencies: dict[str, float] = {}
    all_times: list[float] = []
    with Store.open(store_path) as store:
        items = store.catalogue.count()
        for query in QUERIES:
            searching.search(store, query, Filters())  # warm the page cache
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                hits = searching.search(store, query, Filters())
                times.append((time.perf_counter() - t0) * 1000)
            latencies[f"{query} ({len(hits)} hits)"] = round(statistics.median(times), 2)
            all_times.extend(times)
        t0 = time.perf_counter()
        searching.search(store, "疫情", Filters.parse("2019", "2020", None, "zh"))
        filtered = (time.perf_counter() - t0) * 1000
    cli_started = time.perf_counter()
    archive("search", "程连元", "--store", store_path, "--json")
    cli = (time.perf_counter() - cli_started) * 1000
    files = du(store_path / "items")
    catalogue = sum(du(p) if p.is_dir() else p.stat().st_blocks * 512
                    for p in store_path.glob("catalogue.sqlite*"))
    total = du(store_path)
    originals = sum(p.stat().st_size for p in (store_path / "items").rglob("original.*"))
    return {"items": items, "added": summary["added"], "ingest_seconds": round(ingest_seconds, 1),
            "ingest_docs_per_second": round(count / ingest_seconds, 1),
            "median_ms_all_queries": round(statistics.median(all_times), 2),
            "p95_ms_all_queries": round(sorted(all_times)[int(len(all_times) * 0.95)], 2),
            "median_ms_per_query": latencies, "filtered_query_ms": round(filtered, 2),
            "cli_search_ms_including_startup": round(cli, 1),
            "bytes_per_item": {"total": total // max(items, 1), "item_files": files // max(items, 1),
                               "catalogue": catalogue // max(items, 1),
                               "original_bytes": originals // max(items, 1)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=1000, help="documents for the throughput run")
    parser.add_argument("--search", type=int, default=10000, help="items for the search run (0: skip)")
    parser.add_argument("--work", type=Path, help="working folder (kept); default: a temporary one")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    work = args.work or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    if args.ingest:
        results["ingest"] = bench_ingest(work, args.ingest)
    if args.search:
        results["search"] = bench_search(work, args.search)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
