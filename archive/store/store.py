"""A store folder opened for use: its layout, its catalogue, its lock, and recovery after a kill.

``Store.writing()`` is the only way to change a store: it takes the lock, then repairs what an
interrupted writer left (debris in ``tmp/``, catalogue rows named in ``journal/``) before the new
writer starts, so every writer begins from a consistent store.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive.errors import ArchiveError, StoreError, UsageError
from archive.itemseq import Items, Summary
from archive.model import NewsItem, Role
from archive.model.xml import loads
from archive.store import disk, layout, lock
from archive.store.catalogue import Catalogue, Entry, Record
from archive.store.layout import Layout, Manifest

STORE_ENV = "ARCHIVE_STORE"
DEFAULT_STORE = Path("archive-store")
REINDEX_BATCH = 500
MIN_PREFIX = 6  # characters of a key that name an item on the command line (052a8a…)
log = logging.getLogger(__name__)


class Store:
    """An opened store folder (see ``archive.store.layout`` for what is inside)."""

    def __init__(self, root: Path) -> None:
        self.layout = Layout(root)
        self._catalogue: Catalogue | None = None
        self.rebuilt: int | None = None  # items indexed when opening found no usable catalogue
        self.skipped: list[str] = []  # items a rebuild or recovery could not read (verify says why)

    @property
    def root(self) -> Path:
        return self.layout.root

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, create: bool = False) -> Store:
        """Open the store at ``root``; with ``create``, make it when the folder is new or empty."""
        store = cls(root)
        if not store.layout.marker.is_file():
            if not create:
                raise StoreError(f"no archive store at {root}",
                                 hint=f"ingest something to create one, or give --store / set {STORE_ENV}")
            store._create()
        store._check_marker()
        return store

    def _create(self) -> None:
        root = self.root
        if root.exists() and not root.is_dir():
            raise StoreError("is a file, not a store folder", file=str(root))
        self._refuse_foreign()  # before the lock file is made: a folder of someone's papers stays as it was
        root.mkdir(parents=True, exist_ok=True)
        with lock.exclusive(self.layout.lock):
            if self.layout.marker.exists():  # another process created it while we waited
                return
            self._refuse_foreign()
            for folder in (self.layout.items, self.layout.tmp, self.layout.journal):
                folder.mkdir(exist_ok=True)
            marker = {"format": layout.STORE_FORMAT, "layout": layout.LAYOUT_VERSION}
            staged = disk.scratch(self.layout.tmp, layout.MARKER)
            disk.write_file(staged, (json.dumps(marker, indent=2) + "\n").encode())
            disk.barrier(root, [staged])
            disk.replace_file(staged, self.layout.marker)
            disk.barrier(root, [self.layout.marker])

    def _refuse_foreign(self) -> None:
        """Refuse to make a store in a folder that holds anything a store does not (or a half-made store)."""
        if not self.root.is_dir():
            return
        ours = {layout.LOCK, layout.TMP, layout.ITEMS, layout.JOURNAL}
        foreign = sorted(p.name for p in self.root.iterdir() if p.name not in ours)
        if foreign:
            raise StoreError(f"not an archive store and not empty ({', '.join(foreign[:3])} …)",
                             file=str(self.root), hint="give --store a new or empty folder")

    def _check_marker(self) -> None:
        try:
            marker = json.loads(self.layout.marker.read_text())
        except (OSError, ValueError) as exc:
            raise StoreError(f"unreadable store marker: {exc}", file=str(self.layout.marker)) from None
        if marker.get("format") != layout.STORE_FORMAT:
            raise StoreError("not an archive store", file=str(self.layout.marker))
        if marker.get("layout") != layout.LAYOUT_VERSION:
            raise StoreError(f"store layout {marker.get('layout')} is not {layout.LAYOUT_VERSION}, "
                             "which this version of archive reads", file=str(self.layout.marker))

    def close(self) -> None:
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the catalogue ------------------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue, rebuilt from the files first when it is missing or from another version."""
        if self._catalogue is None:
            catalogue = Catalogue(self.layout.catalogue)
            if not catalogue.current():
                with self._locked(catalogue):
                    if not catalogue.current():
                        catalogue.reset()
                        self.rebuilt = self._index(catalogue)
            elif self._journalled():
                with self._locked(catalogue):  # a killed writer left rows to bring in line: do it first
                    pass
            self._catalogue = catalogue
        return self._catalogue

    def reindex(self) -> int:
        """Rebuild the catalogue from the stored files; return how many items it holds."""
        catalogue = Catalogue(self.layout.catalogue)
        try:
            with self._locked(catalogue):
                catalogue.reset()
                return self._index(catalogue)
        finally:
            catalogue.close()

    def _index(self, catalogue: Catalogue) -> int:
        count = 0
        batch: list[Record] = []

        def flush() -> None:
            with catalogue.transaction():
                for record in batch:
                    catalogue.upsert(record)
            batch.clear()

        for folder in self.layout.item_dirs():
            try:
                manifest = self.layout.read_manifest(folder.name)
                if manifest is None:
                    continue
                batch.append(self.record(folder.name, manifest))
            except ArchiveError as error:  # index the rest; verify names the damage
                self.skipped.append(f"{self.layout.relative(folder)}: {error.message}")
                log.warning("not catalogued: %s", self.skipped[-1])
                continue
            count += 1
            if len(batch) >= REINDEX_BATCH:
                flush()
        flush()
        return count

    # -- writing ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[Catalogue]:
        """Hold the store lock, after repairing what an interrupted writer left; yield the catalogue."""
        catalogue = self.catalogue  # opened (and rebuilt if need be) before the lock is taken
        with self._locked(catalogue):
            yield catalogue

    @contextlib.contextmanager
    def _locked(self, catalogue: Catalogue) -> Iterator[None]:
        with lock.exclusive(self.layout.lock):
            disk.clear(self.layout.tmp)
            self._replay_journals(catalogue)
            yield

    def _journalled(self) -> bool:
        return self.layout.journal.is_dir() and any(self.layout.journal.iterdir())

    def _replay_journals(self, catalogue: Catalogue) -> None:
        """Bring the catalogue rows of items a killed writer was committing in line with the files."""
        folder = self.layout.journal
        if not folder.is_dir():
            return
        for entry in sorted(folder.iterdir()):
            try:
                keys = json.loads(entry.read_text())["keys"]
            except (OSError, ValueError, KeyError, TypeError):
                keys = [p.name for p in self.layout.item_dirs()]  # unreadable: check every item
            if catalogue.current():
                with catalogue.transaction():
                    for key in keys:
                        self._refresh(catalogue, key)
            entry.unlink()

    def _refresh(self, catalogue: Catalogue, key: str) -> None:
        """Make the catalogue row of ``key`` describe its files (none, if the folder is gone)."""
        try:
            manifest = self.layout.read_manifest(key)
            if manifest is None:
                catalogue.remove(key)
            else:
                catalogue.upsert(self.record(key, manifest))
        except ArchiveError as error:  # a damaged item must not lock every writer out: verify names it
            self.skipped.append(f"{self.layout.relative(self.layout.item_dir(key))}: {error.message}")
            log.warning("not catalogued: %s", self.skipped[-1])

    @contextlib.contextmanager
    def journal(self, keys: Iterable[str]) -> Iterator[None]:
        """Record ``keys`` as being committed until the block (files, then catalogue) has finished.

        When the block fails the journal stays, and the next writer brings those rows in line.
        """
        keys = sorted(set(keys))
        if not keys:
            yield
            return
        self.layout.journal.mkdir(exist_ok=True)
        path = self.layout.journal / f"{os.getpid()}.json"
        path.write_text(json.dumps({"keys": keys}))
        yield
        path.unlink()

    # -- reading ------------------------------------------------------------------------------

    def manifest(self, key: str) -> Manifest:
        found = self.layout.read_manifest(key)
        if found is None:
            raise StoreError(f"no stored item {key}", file=str(self.layout.item_dir(key)))
        return found

    def version_bytes(self, key: str, version: int | None = None, manifest: Manifest | None = None) -> bytes:
        """Return the canonical XML of one version (the latest by default) as stored."""
        manifest = manifest or self.manifest(key)
        number = manifest.latest if version is None else version
        if number not in manifest.versions:
            raise UsageError(f"the item has no version {number} (versions: "
                             f"{', '.join(map(str, manifest.versions))})")
        path = self.layout.item_dir(key) / layout.version_file(number)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise StoreError("a stored version is missing (run archive verify)",
                             file=self.layout.relative(path)) from None

    def load(self, key: str, version: int | None = None, manifest: Manifest | None = None) -> NewsItem:
        """Return one version of an item (the latest by default)."""
        manifest = manifest or self.manifest(key)
        number = manifest.latest if version is None else version
        path = self.layout.item_dir(key) / layout.version_file(number)
        return loads(self.version_bytes(key, number, manifest), file=self.layout.relative(path))

    def record(self, key: str, manifest: Manifest | None = None) -> Record:
        """Return the catalogue record of an item's latest stored version."""
        return Record.from_item(key, self.load(key, None, manifest))

    def resolve(self, reference: str) -> Entry:
        """Return the catalogue row for a guid or a key (or a unique start of one, 6+ characters)."""
        reference = reference.strip()
        if not reference:
            raise UsageError("no guid given")
        found = self.catalogue.find(reference)
        if not found and len(reference) >= MIN_PREFIX:
            key = layout.key_for(reference)
            if self.layout.read_manifest(key) is not None:  # on disk, not yet catalogued
                return Entry.from_row(dataclasses.asdict(self.record(key)))
        if not found:
            raise UsageError(f"no item {reference!r} in {self.root}")
        if found[0].guid != reference and len(reference) < MIN_PREFIX:
            raise UsageError(f"give the guid or at least {MIN_PREFIX} characters of the item's key")
        if len(found) > 1:
            raise UsageError(f"{reference!r} starts the keys of {len(found)} items; give more of it")
        return found[0]

    def items(self, keys: Iterable[str]) -> StoredItems:
        """Return the latest versions of ``keys`` as a collection for the writers (summaries from the catalogue)."""
        catalogue = self.catalogue
        found = []
        for key in keys:
            entry = catalogue.entry(key)
            if entry is None:
                raise StoreError(f"no catalogued item {key}", file=self.layout.relative(self.layout.item_dir(key)))
            found.append(entry)
        return self.entries_as_items(found)

    def entries_as_items(self, entries: Iterable[Entry]) -> StoredItems:
        """Return catalogue rows (``catalogue.select``) as a collection for the writers."""
        items = StoredItems(self)
        for entry in entries:
            items.add(entry.key, summary_of(entry))
        return items


def summary_of(entry: Entry) -> Summary:
    """Return the writers' summary of a catalogued item (the row describes its latest version)."""
    return Summary(entry.guid, entry.version, entry.headline, entry.language, entry.published, entry.section,
                   entry.source, entry.publisher, tuple((name, Role(role)) for name, role in entry.people),
                   entry.original_name)


class StoredItems(Items):
    """Stored items for a collection writer: summaries from the catalogue, each item read from disk when asked."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._keys: list[str] = []
        self._summaries: list[Summary] = []

    def add(self, key: str, summary: Summary) -> None:
        """Add the item ``key`` with its summary."""
        self._keys.append(key)
        self._summaries.append(self._share(summary))

    def __len__(self) -> int:
        return len(self._summaries)

    def summary(self, index: int) -> Summary:
        return self._summaries[index]

    def key(self, index: int) -> str:
        """Return the store key of item ``index``."""
        return self._keys[index]

    def _load(self, index: int) -> NewsItem:
        return self._store.load(self.key(index))


def store_path(value: Path | None) -> Path:
    """Return the store folder: the option, else ``ARCHIVE_STORE``, else ``./archive-store``."""
    if value is not None:
        return value
    configured = os.environ.get(STORE_ENV)
    return Path(configured) if configured else DEFAULT_STORE
