#!/usr/bin/env python3
"""Benchmark: our pipeline against pandoc, WeasyPrint and wkhtmltopdf, side by side, on this machine.

    .venv/bin/python tests/bench.py [--sizes 1,100,1000,10000] [--runs 3] [--only JOB,...] [--keep DIR]

Jobs: one-epub, collection-epub, collection-pdf, collection-jsonld, batch, jobs, ingest (with a
search-latency probe on the largest store), export, build. Runs of 10,000 articles and more are
repeated ``--runs-large`` times (default 1: they take minutes); the memory-flatness lines compare
each job's 10,000-article peak with its 1,000-article peak, so give both sizes for them.

Builds a deterministic corpus of N articles from ``seeds/`` and the dev corpus (each article a real
dump with a numbered sentence added to its first paragraph, so every one has its own guid), then
runs each job several times as whole processes and prints the median wall time, articles per
second and peak memory (RSS of the process and its children). Where a peer tool is installed it
runs the same job, interleaved with ours, and the ratio ours/theirs is printed next to the target.

Peers (optional): ``apt-get install pandoc wkhtmltopdf`` and ``pip install weasyprint`` (in any
environment; set WEASYPRINT=/path/to/weasyprint if it is not on PATH). A printed figure is what
this machine measured in this run; nothing here is a unit test and nothing fails on a slow run.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
ARCHIVE = [sys.executable, "-m", "archive"]
EPOCH = "1580342400"


# ---------------------------------------------------------------------------------------------
# the corpus


@dataclass(frozen=True)
class Template:
    """A real dump, its encoding, and the first body paragraph a numbered sentence goes after."""

    stem: str
    data: bytes
    encoding: str
    bom: bytes
    anchor: str
    chinese: bool


def templates() -> list[Template]:
    """Return the dev corpus dumps (and the seed) that carry a labelled first paragraph."""
    found = []
    for label_path in sorted(SHARED_CORPUS.glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        data = label_path.with_suffix(".txt").read_bytes()
        encoding = "gb18030" if label["encoding"] == "gb18030" else "utf-8"
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        text = data[len(bom):].decode(encoding)
        anchor = label.get("first_paragraph") or ""
        if anchor and anchor in text:
            found.append(Template(label_path.stem, data, encoding, bom, anchor,
                                  label["language"].startswith("zh")))
    if not found:
        raise SystemExit(f"no corpus at {SHARED_CORPUS}: the benchmark needs ../shared beside the checkout")
    return found


def variant(template: Template, number: int) -> bytes:
    """Return the template with a numbered sentence added to its first paragraph."""
    text = template.data[len(template.bom):].decode(template.encoding)
    mark = f"（编号{number}）" if template.chinese else f" (No. {number})"
    text = text.replace(template.anchor, template.anchor + mark, 1)
    return template.bom + text.encode(template.encoding)


def build_corpus(folder: Path, size: int) -> Path:
    """Write ``size`` articles into ``folder/<size>/`` (once) and return that folder."""
    target = folder / str(size)
    if target.is_dir() and len(list(target.iterdir())) == size:
        return target
    target.mkdir(parents=True, exist_ok=True)
    pool = templates()
    for number in range(size):
        template = pool[number % len(pool)]
        (target / f"{number:05d}_{template.stem}.txt").write_bytes(variant(template, number))
    return target


def anthology_html(corpus: Path, out: Path, limit: int | None = None) -> Path:
    """Write one HTML file of every article (our reader's text), the peers' input for collections."""
    from archive.pipeline import read_path

    parts = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Anthology</title>'
             "</head><body>"]
    for path in sorted(corpus.iterdir())[:limit]:
        item = read_path(path, created="2020-01-30T00:00:00Z").item
        parts.append(f"<h1>{html.escape(item.headline)}</h1>")
        parts.extend(f"<p>{html.escape(block.text)}</p>" for block in item.body)
    parts.append("</body></html>")
    out.write_text("\n".join(parts), encoding="utf-8")
    return out


# ---------------------------------------------------------------------------------------------
# measuring


@dataclass
class Measure:
    """Wall times and peak RSS of repeated runs of one command."""

    times: list[float] = field(default_factory=list)
    peaks: list[int] = field(default_factory=list)  # KiB
    cpu: list[float] = field(default_factory=list)  # user + system seconds of the process and its children
    failed: str | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    @property
    def peak_mb(self) -> float:
        return max(self.peaks) / 1024 if self.peaks else float("nan")


# GNU time, when installed, runs each command as its parent: a child's peak RSS on Linux starts at
# its parent's RSS when it was forked, so a command started straight from this (large) process would
# report at least this process's size. GNU time is small, and reports its child's own peak.
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").is_file() else None


def run_once(command: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, int, str | None, float]:
    """Run a command; return (seconds, peak RSS in KiB of it or its largest child, error or None, CPU seconds)."""
    with tempfile.TemporaryDirectory(prefix="bench-run-") as scratch:
        peak_file = Path(scratch) / "peak"
        argv = [GNU_TIME, "-f", "%M", "-o", str(peak_file), *command] if GNU_TIME else list(command)
        with open(Path(scratch) / "stderr", "w+b") as errors:
            start = time.perf_counter()
            process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors)
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
        code = os.waitstatus_to_exitcode(status)
        peak = usage.ru_maxrss
        if GNU_TIME and peak_file.is_file():
            reported = peak_file.read_text().strip().splitlines()
            peak = int(reported[-1]) if reported and reported[-1].isdigit() else peak
    error = None if code == 0 else (stderr.strip().splitlines() or ["failed"])[-1]
    return elapsed, peak, error, usage.ru_utime + usage.ru_stime


def measure(commands: dict[str, Callable[[int], list[str]]], runs: int, env: dict[str, str], cwd: Path,
            before: Callable[[str, int], None] | None = None) -> dict[str, Measure]:
    """Run each named command ``runs`` times, interleaved (ours, theirs, ours, …), and collect figures."""
    results = {name: Measure() for name in commands}
    for attempt in range(runs):
        for name, make in commands.items():
            if results[name].failed:
                continue
            if before:
                before(name, attempt)
            seconds, peak, error, cpu = run_once(make(attempt), env, cwd)
            if error:
                results[name].failed = error
                continue
            results[name].times.append(seconds)
            results[name].peaks.append(peak)
            results[name].cpu.append(cpu)
    return results


def peers() -> dict[str, str | None]:
    """Find the peer tools installed on this machine."""
    return {
        "pandoc": shutil.which("pandoc"),
        "weasyprint": os.environ.get("WEASYPRINT") or shutil.which("weasyprint"),
        "wkhtmltopdf": shutil.which("wkhtmltopdf"),
    }


# ---------------------------------------------------------------------------------------------
# jobs


@dataclass
class Row:
    job: str
    articles: int
    ours: Measure
    theirs: dict[str, Measure]
    targets: list[tuple[str, str, float | None, float]]  # (what, peer, ratio or value, limit)


def line(row: Row) -> list[str]:
    """Format a result row and its target checks."""
    out = [f"{row.job:34s} n={row.articles:<6d} ours: {row.ours.median:8.3f} s  "
           f"{row.articles / row.ours.median if row.ours.times else float('nan'):9.1f} art/s  "
           f"peak {row.ours.peak_mb:7.1f} MB  cpu {row.ours.cpu_median:7.2f} s"
           + (f"  FAILED: {row.ours.failed}" if row.ours.failed else "")]
    for name, measure in row.theirs.items():
        status = f"FAILED: {measure.failed}" if measure.failed else ""
        out.append(f"{'':34s} {name:12s} {measure.median:8.3f} s  peak {measure.peak_mb:7.1f} MB  {status}")
    for what, _, value, limit in row.targets:
        if value is None:
            out.append(f"{'':34s} target {what}: not measured (peer missing or failed)")
            continue
        met = value <= limit if "≤" in what else value >= limit
        out.append(f"{'':34s} target {what} {limit:g}: {value:.3f} {'MET' if met else 'NOT MET'}")
    return out


def ratio(ours: Measure, theirs: Measure | None, key: str = "time") -> float | None:
    if theirs is None or theirs.failed or not theirs.times or not ours.times:
        return None
    if key == "time":
        return ours.median / theirs.median
    return ours.peak_mb / theirs.peak_mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-large", type=int, default=1, help="runs of sizes of 10,000 and more")
    parser.add_argument("--only", default="", help="comma-separated job names")
    parser.add_argument("--keep", type=Path, help="keep the corpus and outputs in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    only = {s for s in args.only.split(",") if s}
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, PYTHONHASHSEED="0")
    # An installed package has its bytecode compiled; a checkout run with PYTHONDONTWRITEBYTECODE
    # would compile every module on every start. Compile once, as an install does.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "archive")], check=True,
                   stdout=subprocess.DEVNULL)
    tools = peers()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} (other work slows every "
          f"figure); python {sys.version.split()[0]}; peers: "
          + ", ".join(f"{k}={'yes' if v else 'no'}" for k, v in tools.items()))
    rows: list[Row] = []

    def wanted(name: str) -> bool:
        return not only or name in only

    corpus = {n: build_corpus(work / "corpus", n) for n in sizes}
    # Flush the corpus just written: our outputs are made durable (fsync, syncfs), and a file
    # system still holding 10,000 fresh inputs would charge their write-back to the first job.
    os.sync()
    out = work / "out"
    out.mkdir(exist_ok=True)

    if wanted("one-epub") and 1 in corpus:
        one = next(corpus[1].iterdir())
        page = anthology_html(corpus[1], work / "one.html")
        commands = {"ours": lambda _: [*ARCHIVE, "convert", str(one), "-o", str(out / "one.epub")]}
        if tools["pandoc"]:
            commands["pandoc"] = lambda _: [tools["pandoc"], str(page), "-o", str(out / "one-pandoc.epub")]
        got = measure(commands, max(args.runs, 7), env, work)
        ours = got.pop("ours")
        rows.append(Row("one article -> EPUB (whole process)", 1, ours, got,
                        [("time/pandoc ≤", "pandoc", ratio(ours, got.get("pandoc")), 2.5)]))
        print("\n".join(line(rows[-1])), flush=True)

    for n in [s for s in sizes if s >= 100]:
        anthology = None
        runs = args.runs if n < 10000 else args.runs_large
        if wanted("collection-epub"):
            anthology = anthology or anthology_html(corpus[n], work / f"anthology-{n}.html")
            commands = {"ours": lambda _, n=n: [*ARCHIVE, "convert", str(corpus[n]), "-o", str(out / f"book-{n}.epub"),
                                                "--title", "Benchmark", "-q"]}
            if tools["pandoc"] and n <= 1000:
                commands["pandoc"] = lambda _, a=anthology, n=n: [tools["pandoc"], str(a), "-o",
                                                                   str(out / f"book-pandoc-{n}.epub")]
            got = measure(commands, runs, env, work)
            ours = got.pop("ours")
            targets = []
            if n == 1000:
                targets = [("time/pandoc ≤", "pandoc", ratio(ours, got.get("pandoc")), 0.25),
                           ("memory/pandoc ≤", "pandoc", ratio(ours, got.get("pandoc"), "memory"), 0.25)]
            rows.append(Row(f"{n} articles -> one EPUB", n, ours, got, targets))
            print("\n".join(line(rows[-1])), flush=True)

        if wanted("collection-pdf"):
            anthology = anthology or anthology_html(corpus[n], work / f"anthology-{n}.html")
            commands = {"ours": lambda _, n=n: [*ARCHIVE, "convert", str(corpus[n]), "-o", str(out / f"book-{n}.pdf"),
                                                "--title", "Benchmark", "-q"]}
            if n <= 1000:
                if tools["weasyprint"]:
                    commands["weasyprint"] = lambda _, a=anthology, n=n: [tools["weasyprint"], str(a),
                                                                          str(out / f"book-weasy-{n}.pdf")]
                if tools["wkhtmltopdf"]:
                    commands["wkhtmltopdf"] = lambda _, a=anthology, n=n: [tools["wkhtmltopdf"], "-q", str(a),
                                                                           str(out / f"book-wk-{n}.pdf")]
            got = measure(commands, runs, env, work)
            ours = got.pop("ours")
            targets = []
            if n == 1000:
                targets = [("time/weasyprint ≤", "weasyprint", ratio(ours, got.get("weasyprint")), 0.2),
                           ("time/wkhtmltopdf ≤", "wkhtmltopdf", ratio(ours, got.get("wkhtmltopdf")), 0.8),
                           ("peak MB ≤", "", ours.peak_mb if ours.peaks else None, 200)]
            rows.append(Row(f"{n} articles -> one PDF", n, ours, got, targets))
            print("\n".join(line(rows[-1])), flush=True)

        if wanted("collection-jsonld"):
            got = measure({"ours": lambda _, n=n: [*ARCHIVE, "convert", str(corpus[n]), "-o",
                                                   str(out / f"feed-{n}.jsonld"), "--title", "Benchmark", "-q"]},
                          runs, env, work)
            rows.append(Row(f"{n} articles -> one JSON-LD", n, got["ours"], {}, []))
            print("\n".join(line(rows[-1])), flush=True)

        if wanted("batch") and n <= 1000:
            for fmt in ("epub", "pdf"):
                target_dir = out / f"batch-{fmt}-{n}"
                commands = {"ours": lambda _, n=n, fmt=fmt, d=target_dir: [
                    *ARCHIVE, "convert", str(corpus[n]), "-o", str(d), "--to", fmt, "-q"]}
                got = measure(commands, runs, env, work)
                ours = got.pop("ours")
                targets: list = []
                if fmt == "epub" and tools["pandoc"]:
                    sample = sorted(corpus[n].iterdir())[:20]
                    htmls = work / "pandoc-loop"
                    htmls.mkdir(exist_ok=True)
                    loop_inputs = []
                    for path in sample:
                        single = htmls / (path.stem + ".html")
                        if not single.exists():
                            tmp = work / "single"
                            tmp.mkdir(exist_ok=True)
                            shutil.copy(path, tmp / path.name)
                            anthology_html(tmp, single)
                            (tmp / path.name).unlink()
                        loop_inputs.append(single)
                    script = "; ".join(f"{tools['pandoc']} {p} -o {htmls / (p.stem + '.epub')}" for p in loop_inputs)
                    loop = measure({"pandoc loop (20)": lambda _, s=script: ["sh", "-c", s]}, runs, env, work)
                    got.update(loop)
                    theirs = loop["pandoc loop (20)"]
                    if theirs.times and ours.times:
                        speedup = (n / ours.median) / (len(loop_inputs) / theirs.median)
                        targets.append(("throughput/pandoc-loop ≥", "pandoc", speedup, 20))
                if fmt == "pdf" and ours.times:
                    targets.append(("PDFs per second ≥", "", n / ours.median, 30))
                rows.append(Row(f"{n} articles -> {n} {fmt.upper()}s", n, ours, got, targets))
                print("\n".join(line(rows[-1])), flush=True)

        if wanted("jobs") and n == 1000:
            times = {}
            for jobs in (1, 2):
                d = out / f"jobs-{jobs}"
                got = measure({"ours": lambda _, d=d, jobs=jobs, c=corpus[n]: [
                    *ARCHIVE, "convert", str(c), "-o", str(d), "--to", "epub", "-q", "--jobs", str(jobs)]},
                              runs, env, work)
                times[jobs] = got["ours"]
            scaling = times[1].median / times[2].median if times[1].times and times[2].times else None
            rows.append(Row(f"{n} EPUBs, --jobs 2 vs 1", n, times[2], {"--jobs 1": times[1]},
                            [("scaling 1->2 jobs ≥", "", scaling, 1.7)]))
            print("\n".join(line(rows[-1])), flush=True)

        if wanted("ingest"):
            store = work / f"store-{n}"

            def fresh(_: str, __: int, store: Path = store) -> None:
                shutil.rmtree(store, ignore_errors=True)

            got = measure({"ours": lambda _, n=n, s=store: [*ARCHIVE, "ingest", str(corpus[n]), "--store", str(s),
                                                            "-q"]}, runs, env, work, before=fresh)
            ours = got.pop("ours")
            rate = n / ours.median if ours.times else None
            targets = [("articles per second ≥", "", rate, 300)] if n == 10000 else []
            rows.append(Row(f"ingest {n} articles into a store", n, ours, got, targets))
            print("\n".join(line(rows[-1])), flush=True)
            if n == max(sizes):
                latency = search_latency(store)
                rows.append(Row(f"search over {n} items (median of queries)", n, Measure([latency], [0]), {},
                                [("median seconds ≤", "", latency, 0.05)]))
                print("\n".join(line(rows[-1])), flush=True)

            if wanted("export"):  # from the store the ingest job left
                got = measure({"ours": lambda _, n=n, s=store: [*ARCHIVE, "export", "-o", str(out / f"export-{n}.epub"),
                                                                "--title", "Benchmark", "--store", str(s)]},
                              runs, env, work)
                rows.append(Row(f"export {n} stored articles -> one EPUB", n, got["ours"], {}, []))
                print("\n".join(line(rows[-1])), flush=True)

        if wanted("build"):
            dist = out / f"dist-{n}"
            got = measure({"ours": lambda _, n=n, d=dist: [*ARCHIVE, "build", str(corpus[n]), "-o", str(d), "-q"]},
                          runs, env, work, before=lambda _, __, d=dist: shutil.rmtree(d, ignore_errors=True))
            ours = got["ours"]
            rows.append(Row(f"build a release of {n} articles", n, ours, {}, []))
            print("\n".join(line(rows[-1])), flush=True)

    flat = flatness(rows)
    for text in flat:
        print(text)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def search_latency(store: Path) -> float:
    """Return the median in-process latency of typical queries over a store (no process start-up)."""
    from archive.store import Store
    from archive.store.filters import Filters
    from archive.store.search import search

    queries = ["疫情", "程连元", "澎湖", "Sensex", "market", "记者", "Microsoft", "公信力"]
    times = []
    with Store.open(store) as opened:
        for _ in range(5):
            for query in queries:
                start = time.perf_counter()
                search(opened, query, Filters())
                times.append(time.perf_counter() - start)
    return statistics.median(times)


def flatness(rows: list[Row]) -> list[str]:
    """Compare peak memory of the largest runs with the 1,000-article runs of the same job."""
    out = []
    by_job: dict[str, dict[int, Measure]] = {}
    for row in rows:
        key = row.job.replace(str(row.articles), "N")
        by_job.setdefault(key, {})[row.articles] = row.ours
    for job, sizes in by_job.items():
        if 1000 in sizes and 10000 in sizes and min(sizes[1000].peaks + sizes[10000].peaks, default=0) > 0:
            factor = sizes[10000].peak_mb / sizes[1000].peak_mb
            out.append(f"memory flat ({job}): 10,000 peaks at {factor:.2f}x the 1,000 run: "
                       f"{'MET' if factor <= 1.5 else 'NOT MET'} (target ≤ 1.5x)")
    return out


if __name__ == "__main__":
    sys.exit(main())
