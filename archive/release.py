"""The release build: sources ingested into a store, then every item and the collection published from it.

What the README's main command runs and CI checks (``archive verify-release``). The folder holds

```
items/<name>.xml .epub .pdf .jsonld    each item: its stored canonical XML and three renditions
collection.epub .pdf .jsonld           all items in one book, one PDF, one JSON-LD feed
manifest.json                          every file with size, SHA-256 and media type; the items
SHA256SUMS                             every file, manifest included (``sha256sum -c`` reads it)
```

``<name>`` is the original file's name without its extension (with the item key's start added
when two originals share one). With ``SOURCE_DATE_EPOCH`` set the folder is byte-identical
across runs: the store is a fresh temporary one unless ``--store`` names one, so item records
carry the build time, and the writers take the same time from their options.

With ``jobs`` above one, worker processes prepare the items for the store (the parent commits them
in input order, as ``ingest`` does), then render and write each item's files and the three
collection files; the parent writes the manifest and SHA256SUMS from what they report, sorted,
so the folder is the same whatever the number of workers.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from archive import __version__, parallel, pipeline, writers
from archive.clock import build_time, iso
from archive.diagnostics import Diagnostic
from archive.errors import UsageError
from archive.fileio import write_bytes_atomic
from archive.store import Store, ingest
from archive.store.commit import Status
from archive.store.layout import file_sha256

FORMATS = ("xml", "epub", "pdf", "jsonld")
ITEMS = "items"
COLLECTION = "collection"
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"

Report = Callable[[str], None]


def _names(store: Store, keys: Sequence[str]) -> dict[str, str]:
    """Name each item's files after its original (``000_seed``), unique within the release."""
    stems = {}
    for key in keys:
        entry = store.catalogue.entry(key)
        stems[key] = Path(entry.original_name).stem if entry and entry.original_name else key[:16]
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem] = counts.get(stem, 0) + 1
    return {key: stem if counts[stem] == 1 else f"{stem}-{key[:12]}" for key, stem in stems.items()}


def _entry(output: Path, path: Path) -> dict[str, Any]:
    return {"path": path.relative_to(output).as_posix(), "size": path.stat().st_size,
            "sha256": file_sha256(path), "media_type": writers.for_extension(path.suffix).media_type}


def _remove_stale(output: Path, keep: set[str]) -> None:
    """Remove the files an earlier build listed that this one does not write (renamed, dropped)."""
    try:
        previous = json.loads((output / MANIFEST).read_text())
        paths = [entry["path"] for entry in previous.get("files", [])]
    except (OSError, ValueError, AttributeError, TypeError, KeyError):
        return  # no earlier build here (or not one of ours): touch nothing
    for path in paths:
        if isinstance(path, str) and path not in keep and ".." not in Path(path).parts:
            with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                (output / path).unlink()


# ---------------------------------------------------------------------------------------------
# work for worker processes: each writes its files and reports what the manifest needs


@dataclass(frozen=True, slots=True)
class PublishJob:
    """What publishing needs besides the item: where the store and the release are, and how to write."""

    store: Path
    output: Path
    formats: tuple[str, ...]
    options: dict[str, Any]  # format -> writer options


@dataclass(frozen=True, slots=True)
class Published:
    """What publishing one item (or one collection file) reports: its manifest record, files, warnings."""

    files: tuple[dict[str, Any], ...]  # manifest entries: path, size, sha256, media type
    diagnostics: tuple[Diagnostic, ...] = ()
    item: dict[str, Any] | None = None  # the item's record in the manifest


def warm(formats: Sequence[str]) -> None:
    """Import what the workers use (reader, schemas, writers) before they are forked; fonts load in each."""
    ingest.warm()
    for fmt in formats:
        writers.load(fmt)


def publish_item(job: PublishJob, task: tuple[str, str]) -> Published:
    """Write the files of one stored item (``task``: its key and file name stem) in every format."""
    key, name = task
    store = Store(job.store)  # reads item files only: no catalogue, no lock
    manifest = store.manifest(key)
    item = store.load(key, manifest=manifest)
    files, diagnostics = [], []
    for fmt in job.formats:
        target = job.output / ITEMS / (name + writers.spec(fmt).extension)
        if fmt == "xml":  # the stored canonical item itself, byte for byte
            write_bytes_atomic(target, store.version_bytes(key, manifest=manifest))
        else:
            diagnostics += pipeline.render([item], fmt, target, job.options[fmt])
        files.append(_entry(job.output, target))
    record = {"guid": item.guid, "version": item.version, "headline": item.headline, "language": item.language,
              "published": item.published, "files": [entry["path"] for entry in files]}
    return Published(tuple(files), tuple(diagnostics), record)


def publish_collection(job: PublishJob, keys: Sequence[str], fmt: str) -> Published:
    """Write the collection file of ``fmt`` from the stored items ``keys`` (each loaded when written)."""
    target = job.output / (COLLECTION + writers.spec(fmt).extension)
    with Store.open(job.store) as store:
        diagnostics = pipeline.render(store.items(keys), fmt, target, job.options[fmt])
    return Published((_entry(job.output, target),), tuple(diagnostics))


# ---------------------------------------------------------------------------------------------
# the build


def build_release(sources: Sequence[Path], output: Path, *, store_root: Path | None = None,
                  formats: Sequence[str] = FORMATS, title: str | None = None,
                  report: Report | None = None, jobs: int = 1) -> dict[str, Any]:
    """Ingest ``sources`` and publish them into ``output``; return a summary for the CLI."""
    inputs = ingest.expand(sources)
    if not inputs:
        raise UsageError("no input files to build from")
    for fmt in formats:
        writers.spec(fmt)
    moment = build_time()
    created = iso(moment)
    say = report or (lambda _message: None)
    with contextlib.ExitStack() as stack:
        if store_root is None:
            store_root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="archive-build-"))) / "store"
        store = stack.enter_context(Store.open(store_root, create=True))
        pool = stack.enter_context(parallel.Workers(jobs, warm=partial(warm, tuple(formats))))
        keys: list[str] = []
        seen: set[str] = set()
        failed = []
        for result in ingest.run(store, inputs, ingest.Settings(store_root, created), pool if pool.parallel else None):
            for diagnostic in result.diagnostics:
                say(str(diagnostic))
            if result.status is Status.FAILED:
                failed.append(result)
                say(f"archive: {result.error}")
            elif result.key and result.key not in seen:
                seen.add(result.key)
                keys.append(result.key)
        options = {fmt: pipeline.writer_options(fmt, timestamp=moment, title=title) for fmt in formats}
        job = PublishJob(store_root, output, tuple(formats), options)
        # The collections start first: the PDF is the longest single task and runs beside the items.
        # Canonical XML holds one item: its collection is the items/ folder.
        chosen = [fmt for fmt in ("pdf", "epub", "jsonld") if fmt in formats] if keys else []
        pending = {fmt: pool.submit(partial(publish_collection, job, keys), fmt) for fmt in chosen}
        names = _names(store, keys)
        entries: list[dict[str, Any]] = []
        items = []
        for published in pool.map(partial(publish_item, job), [(key, names[key]) for key in keys]):
            for diagnostic in published.diagnostics:
                say(str(diagnostic))
            entries += published.files
            items.append(published.item)
        collection = []
        for fmt in [f for f in formats if f in pending]:  # reported in the order the formats were given
            published = pending[fmt]()
            for diagnostic in published.diagnostics:
                say(str(diagnostic))
            entries += published.files
            collection.append(published.files[0]["path"])
    entries.sort(key=lambda entry: entry["path"])
    _remove_stale(output, {e["path"] for e in entries})
    manifest = {"generator": f"archive {__version__}", "created": created, "formats": list(formats),
                "items": items, "collection": collection, "files": entries}
    write_bytes_atomic(output / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())
    sums = [(e["sha256"], e["path"]) for e in entries] + [(file_sha256(output / MANIFEST), MANIFEST)]
    write_bytes_atomic(output / SUMS, "".join(f"{h}  {p}\n" for h, p in sorted(sums, key=lambda s: s[1])).encode())
    codes = {r.error.exit_code for r in failed if r.error is not None}
    return {"output": str(output), "items": len(keys), "files": len(entries) + 2, "failed": len(failed),
            "failed_files": [r.path for r in failed],
            "exit_code": 0 if not failed else (codes.pop() if len(codes) == 1 else 1)}
