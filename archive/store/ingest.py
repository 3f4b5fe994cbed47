"""Ingest: page dumps and bags into the store, in batches, each input reported as added, unchanged or failed.

The work per file is ``prepare(path, settings)``: a plain function that reads, converts and
validates one dump and returns a small value, so worker processes run it (``--jobs``) while the
parent commits the results in input order; the store is then the same whatever the number of
workers (same files, same catalogue rows in the same order). Bags are read in the parent.
Bytes already stored are recognised by their SHA-256 before any parsing (the guid is derived
from it), so a re-ingest of a large folder costs little more than reading it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from archive import readers
from archive.diagnostics import Diagnostic
from archive.errors import ArchiveError, InputError, StrictError
from archive.model.validate import check
from archive.model.xml import dumps
from archive.readers.text import guid_for
from archive.store import layout
from archive.store.catalogue import Record
from archive.store.commit import Candidate, Status, commit
from archive.store.store import Store

if TYPE_CHECKING:
    from archive.parallel import Workers

DUMP_SUFFIXES = (".txt", ".text")  # what a folder is searched for; a bag is recognised by bagit.txt
BAG_DECLARATION = "bagit.txt"
GLOB_CHARACTERS = frozenset("*?[")
BATCH_ITEMS = 200  # commit at least this often (items) …
BATCH_SECONDS = 1.0  # … or this often (seconds), so a concurrent ingest waits little for the lock


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file to read as a page dump, or a bag (a folder) to read items from."""

    path: Path
    bag: bool = False


@dataclass(frozen=True, slots=True)
class Settings:
    """What ``prepare`` needs besides the path (picklable, for a process pool)."""

    store: Path
    created: str  # versionCreated of new items (xs:dateTime)
    strict: bool = False


@dataclass(frozen=True, slots=True)
class Prepared:
    """One input item read, converted and validated (``candidate``), known stored, or failed."""

    path: str
    guid: str | None = None
    key: str | None = None
    candidate: Candidate | None = None
    stored: bool = False  # the store already holds these bytes: nothing to commit
    error: ArchiveError | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass(frozen=True, slots=True)
class Result:
    """What ingesting one input item did: its status, the versions written, why it failed."""

    path: str
    status: Status
    guid: str | None = None
    key: str | None = None
    versions: tuple[int, ...] = ()
    error: ArchiveError | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"file": self.path, "status": self.status.value, "guid": self.guid}
        if self.versions:
            data["versions"] = list(self.versions)
        if self.error is not None:
            data["error"] = str(self.error)
            data["kind"] = self.error.kind
            data["exit_code"] = self.error.exit_code
        if self.diagnostics:
            data["warnings"] = [d.as_dict() for d in self.diagnostics]
        return data


# ---------------------------------------------------------------------------------------------
# inputs


def _walk(folder: Path) -> Iterator[Source]:
    for current, folders, files in os.walk(folder):
        here = Path(current)
        if BAG_DECLARATION in files and here != folder:
            folders.clear()
            yield Source(here, bag=True)
            continue
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(DUMP_SUFFIXES):
                yield Source(here / name)


def expand(paths: Sequence[Path]) -> list[Source]:
    """Return the inputs: files as given, folders searched for dumps and bags, globs expanded."""
    sources: list[Source] = []
    for path in paths:
        if not path.exists() and GLOB_CHARACTERS & set(str(path)):
            sources.extend(expand([Path(p) for p in sorted(glob.glob(str(path), recursive=True))]))
        elif path.is_dir():
            sources.extend([Source(path, bag=True)] if (path / BAG_DECLARATION).is_file() else _walk(path))
        else:
            sources.append(Source(path))
    return sources


def count_items(sources: Iterable[Source]) -> int:
    """Return how many items the sources hold (a bag's items are counted from its folders)."""
    from archive.store.bag import count_bag_items

    return sum(count_bag_items(s.path) if s.bag else 1 for s in sources)


# ---------------------------------------------------------------------------------------------
# the work per file


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None


def prepare(path: Path, settings: Settings) -> Prepared:
    """Read one page dump into a validated candidate item (or learn that the store has it)."""
    name = str(path)
    try:
        if path.suffix.lower() == ".xml":
            raise InputError("a canonical item is ingested together with its original: ingest the page "
                             "dump, or a bag made by `archive bag`", file=name)
        data = _read_bytes(path)
        guid = guid_for(data)
        key = layout.key_for(guid)
        if (layout.Layout(settings.store).item_dir(key) / layout.MANIFEST).is_file():
            return Prepared(name, guid, key, stored=True)
        read = readers.load("text")
        result = read(data, filename=name, created=settings.created)
        if settings.strict and result.diagnostics:
            first = result.diagnostics[0]
            raise StrictError(f"{first.message} [{first.code}] (--strict turns warnings into failures)",
                              file=name, line=first.line)
        xml = dumps(result.item)
        check(xml, file=name)
        files = {layout.original_file(path.name): data, layout.version_file(result.item.version): xml}
        candidate = Candidate(key, guid, files, Record.from_item(key, result.item, prepare=True))
        return Prepared(name, guid, key, candidate, diagnostics=tuple(result.diagnostics))
    except ArchiveError as error:
        return Prepared(name, error=error.located(name))


def _prepare_with(settings: Settings, path: Path) -> Prepared:
    return prepare(path, settings)


def warm() -> None:
    """Import what ``prepare`` uses (the reader, the schemas), before worker processes are forked."""
    from archive.model.validate import iptc_schema, profile_schema

    readers.load("text")
    # A schema that cannot be loaded is reported by ``prepare``, for each file, as without workers.
    with contextlib.suppress(ArchiveError):
        profile_schema()
        iptc_schema()


# Chunks of dumps in flight per worker: few, since each prepared item carries its bytes and XML,
# but enough to keep the workers busy while a batch (BATCH_ITEMS) is handed to the committer.
AHEAD = 4


def _prepared(sources: Sequence[Source], settings: Settings, workers: Workers | None) -> Iterator[Prepared]:
    """Yield the prepared items of every source in input order; runs of dumps go to the workers."""
    from archive.store.bag import read_bag

    index = 0
    while index < len(sources):
        if sources[index].bag:
            yield from read_bag(sources[index].path, settings)
            index += 1
            continue
        end = index
        while end < len(sources) and not sources[end].bag:
            end += 1
        paths = [source.path for source in sources[index:end]]
        if workers is None:
            yield from (prepare(path, settings) for path in paths)
        else:
            yield from workers.map(partial(_prepare_with, settings), paths, ahead=AHEAD)
        index = end


# ---------------------------------------------------------------------------------------------
# committing in batches


def _commit(store: Store, batch: list[Prepared]) -> Iterator[Result]:
    ready = [p.candidate for p in batch if p.candidate is not None]
    outcomes = iter(commit(store, ready) if ready else [])
    for prepared in batch:
        if prepared.error is not None:
            yield Result(prepared.path, Status.FAILED, prepared.guid, prepared.key, error=prepared.error)
        elif prepared.stored:
            yield Result(prepared.path, Status.UNCHANGED, prepared.guid, prepared.key)
        else:
            outcome = next(outcomes)
            yield Result(prepared.path, outcome.status, outcome.guid, outcome.key, outcome.versions,
                         outcome.error, prepared.diagnostics)
    batch.clear()


def _committed(store: Store, batch: list[Prepared]) -> list[Result]:
    return list(_commit(store, batch))


def _batches(prepared: Iterable[Prepared]) -> Iterator[list[Prepared]]:
    """Group prepared items into commit batches of at most BATCH_ITEMS, or what BATCH_SECONDS brought."""
    batch: list[Prepared] = []
    started = time.monotonic()
    for item in prepared:
        batch.append(item)
        if len(batch) >= BATCH_ITEMS or time.monotonic() - started >= BATCH_SECONDS:
            yield batch
            batch, started = [], time.monotonic()
    if batch:
        yield batch


def run(store: Store, sources: Sequence[Source], settings: Settings,
        workers: Workers | None = None) -> Iterator[Result]:
    """Ingest ``sources`` into ``store``; yield one result per item, in input order, once committed.

    With ``workers``, page dumps are prepared in worker processes, and batches are committed in
    order by one thread of this process while this one goes on taking the workers' results and
    handing them more: a commit waits on the disk (file creation, syncfs, SQLite), and with the
    commit in the same thread the workers ran dry during every one (at 10,000 items, 38 s of
    commits left the two workers idle for a third of the run). At most one batch waits while
    another is committed, so memory stays flat; without workers, commits happen here.
    """
    with store.writing():  # clear what an interrupted writer left, even if nothing new comes
        pass
    batches = _batches(_prepared(sources, settings, workers))
    if workers is None:
        for batch in batches:
            yield from _commit(store, batch)
        return
    from concurrent.futures import Future, ThreadPoolExecutor

    pending: deque[Future[list[Result]]] = deque()
    with ThreadPoolExecutor(1, thread_name_prefix="archive-commit") as committer:
        try:
            for batch in batches:
                pending.append(committer.submit(_committed, store, batch))
                while pending and (pending[0].done() or len(pending) > 1):
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # stopped early (an error, Ctrl-C): finish the commit under way, drop the queued one
            for future in pending:
                future.cancel()
