"""Committing items to the store: new folders, new versions, and their catalogue rows, in batches.

The order is what makes a kill harmless at any moment:

1. stage each new folder (original, versions, manifest) in ``tmp/`` and note the keys in the journal;
2. flush to disk; 3. rename folders into ``items/`` and link new versions in, then replace their
manifests; 4. flush again; 5. update the catalogue in one transaction; 6. drop the journal.

Killed before 3, nothing is visible (the next writer clears ``tmp/``). Killed after 3, the items
are whole on disk and the journal tells the next writer which catalogue rows to bring in line.
A catalogue row therefore never names a file that is not there.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from archive.errors import ArchiveError, StoreError
from archive.store import disk, layout
from archive.store.catalogue import Catalogue, Record
from archive.store.layout import Manifest, make_manifest
from archive.store.store import Store


class Status(StrEnum):
    """What committing one input did to the store."""

    ADDED = "added"  # a new item
    UPDATED = "updated"  # new versions of a stored item (from a bag)
    UNCHANGED = "unchanged"  # the store already had it
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An item ready to be stored: its files and the catalogue record of its latest version.

    ``merge_versions``: a bag brings versions to add to a stored item; a page dump brings a
    first reading, which a stored item already has (the same bytes, so the same guid).
    """

    key: str
    guid: str
    files: dict[str, bytes]  # stored name -> bytes: original.txt, v1.xml …
    record: Record
    merge_versions: bool = False

    @property
    def manifest(self) -> Manifest:
        return make_manifest(self.files)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of committing one candidate."""

    guid: str
    key: str
    status: Status
    versions: tuple[int, ...] = ()  # versions written by this commit
    error: ArchiveError | None = None


@dataclass(slots=True)
class _Plan:
    candidate: Candidate
    status: Status
    new_names: list[str] = field(default_factory=list)
    error: ArchiveError | None = None


def _plan(store: Store, candidate: Candidate) -> _Plan:
    stored = store.layout.read_manifest(candidate.key)
    if stored is None:
        return _Plan(candidate, Status.ADDED, list(candidate.files))
    if not candidate.merge_versions:
        return _Plan(candidate, Status.UNCHANGED)
    incoming = candidate.manifest
    for name, digest in incoming.entries:
        have = stored.sha(name)
        if have is not None and have != digest:
            return _Plan(candidate, Status.FAILED, error=StoreError(
                f"the store's {name} differs from the one offered: the same item has another history",
                file=store.layout.relative(store.layout.item_dir(candidate.key) / name)))
    new = [name for name in incoming.names if stored.sha(name) is None]
    if not new:
        return _Plan(candidate, Status.UNCHANGED)
    if any(layout.VERSION_FILE.fullmatch(n) is None for n in new):
        return _Plan(candidate, Status.FAILED, error=StoreError(
            "the stored item lacks its original; it cannot be added later",
            file=store.layout.relative(store.layout.item_dir(candidate.key))))
    return _Plan(candidate, Status.UPDATED, new)


def commit(store: Store, candidates: Sequence[Candidate]) -> list[Outcome]:
    """Store a batch of candidates in one locked step; return one outcome per candidate, in order."""
    with store.writing() as catalogue:
        return _commit_locked(store, catalogue, candidates)


def _commit_locked(store: Store, catalogue: Catalogue, candidates: Sequence[Candidate]) -> list[Outcome]:
    plans = [_plan(store, c) for c in candidates]
    seen: set[str] = set()
    for plan in plans:  # the same item twice in one batch: the second finds it stored
        if plan.status in (Status.ADDED, Status.UPDATED) and plan.candidate.key in seen:
            plan.status, plan.new_names = Status.UNCHANGED, []
        seen.add(plan.candidate.key)
    changing = [p for p in plans if p.status in (Status.ADDED, Status.UPDATED)]
    with store.journal(p.candidate.key for p in changing):
        staged = [_stage(store, plan) for plan in changing]
        _kill_point("staged")
        disk.barrier(store.root, [path for paths in staged for path, _ in paths])
        for index, (plan, paths) in enumerate(zip(changing, staged, strict=True)):
            _publish(store, plan, paths)
            if index == len(changing) // 2:
                _kill_point("publishing")
        _kill_point("published")
        disk.barrier(store.root, [store.layout.item_dir(p.candidate.key) for p in changing])
        with catalogue.transaction():
            for plan in changing:
                if plan.status is not Status.UNCHANGED:
                    catalogue.upsert(plan.candidate.record)
        _kill_point("catalogued")
    return [_outcome(plan) for plan in plans]


KILL_ENV = "ARCHIVE_TEST_KILL_AT"


def _kill_point(name: str) -> None:
    """Die here, as a SIGKILL would, when a test asks for it (``ARCHIVE_TEST_KILL_AT=<name>``).

    The crash tests use it to stop a writer between two named steps deterministically, besides
    killing it at random moments from outside.
    """
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _outcome(plan: _Plan) -> Outcome:
    versions = tuple(int(m.group(1)) for n in plan.new_names if (m := layout.VERSION_FILE.fullmatch(n)))
    return Outcome(plan.candidate.guid, plan.candidate.key, plan.status, versions, plan.error)


def _stage(store: Store, plan: _Plan) -> list[tuple[Path, str]]:
    """Write what ``plan`` adds under ``tmp/``; return (staged path, target name) pairs."""
    candidate = plan.candidate
    if plan.status is Status.ADDED:
        folder = disk.scratch(store.layout.tmp, candidate.key)
        folder.mkdir()
        for name, data in candidate.files.items():
            disk.write_file(folder / name, data)
        disk.write_file(folder / layout.MANIFEST, candidate.manifest.dumps())
        return [(folder, "")]
    stored = store.manifest(candidate.key)
    paths = []
    for name in plan.new_names:
        staged = disk.scratch(store.layout.tmp, name)
        disk.write_file(staged, candidate.files[name])
        paths.append((staged, name))
        stored = stored.with_entry(name, layout.sha256(candidate.files[name]))
    manifest = disk.scratch(store.layout.tmp, layout.MANIFEST)
    disk.write_file(manifest, stored.dumps())
    paths.append((manifest, layout.MANIFEST))
    return paths


def _publish(store: Store, plan: _Plan, staged: list[tuple[Path, str]]) -> None:
    """Move staged files into place: a whole new folder, or new versions and then the manifest."""
    target = store.layout.item_dir(plan.candidate.key)
    if plan.status is Status.ADDED:
        if not disk.publish_folder(staged[0][0], target):
            plan.status, plan.new_names = Status.UNCHANGED, []
        return
    for path, name in staged:
        if name == layout.MANIFEST:
            disk.replace_file(path, target / name)
        else:
            _remove_unlisted(store, plan.candidate.key, name)
            disk.publish_new_file(path, target / name)


def _remove_unlisted(store: Store, key: str, name: str) -> None:
    """Remove a version file an interrupted commit linked in but never listed (it is not the item's)."""
    path = store.layout.item_dir(key) / name
    if path.exists() and store.manifest(key).sha(name) is None:
        path.unlink()


def add_version(store: Store, key: str, expected: int, data: bytes, record: Record) -> int:
    """Store ``data`` as the item's next version, if its latest is still ``expected``; return it."""
    version = expected + 1
    name = layout.version_file(version)
    candidate = Candidate(key, record.guid, {name: data}, record, merge_versions=True)
    with store.writing() as catalogue:
        latest = store.manifest(key).latest
        if latest != expected:
            raise StoreError(f"the item changed while it was being edited (now at version {latest}); "
                             "edit it again", file=store.layout.relative(store.layout.item_dir(key)))
        outcome = _commit_locked(store, catalogue, [candidate])[0]
    if outcome.status is not Status.UPDATED:
        raise outcome.error or StoreError("the new version was not stored", file=key)
    return version
