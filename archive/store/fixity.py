"""Fixity: recompute every stored checksum and report each file that changed or went missing.

Checked per item: every file its manifest lists (SHA-256 recomputed), that each version holds the
item's guid and its own version number, and that the original is the one the item names. Checked
for the store: that every catalogue row has its folder. Debris of an interrupted write (files in
``tmp/``, an unlisted version file, catalogue rows a killed writer had not yet added) is reported
as a notice, not a failure: the store is still whole, and the next writer clears it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from archive.errors import ArchiveError, StoreError
from archive.model.xml import loads
from archive.store import layout
from archive.store.layout import Manifest
from archive.store.store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing verify found: where, what kind (changed, missing …), and what it means."""

    path: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.kind}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "message": self.message}


@dataclass(slots=True)
class Report:
    """What verify checked and found: failures (damage) and notices (harmless leftovers)."""

    items: int = 0
    files: int = 0
    failures: list[Finding] = field(default_factory=list)
    notices: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "items": self.items, "files": self.files,
                "failures": [f.as_dict() for f in self.failures],
                "notices": [f.as_dict() for f in self.notices]}


def _check_files(store: Store, key: str, manifest: Manifest, report: Report) -> bool:
    folder = store.layout.item_dir(key)
    whole = True
    for name, expected in manifest.entries:
        path = folder / name
        where = store.layout.relative(path)
        report.files += 1
        try:
            found = layout.file_sha256(path)
        except FileNotFoundError:
            report.failures.append(Finding(where, "missing", "listed in the item's manifest but not there"))
            whole = False
            continue
        if found != expected:
            report.failures.append(Finding(where, "changed", f"SHA-256 is {found}, stored as {expected}"))
            whole = False
    listed = {*manifest.names, layout.MANIFEST}
    for path in sorted(folder.iterdir()):
        if path.name not in listed:
            report.notices.append(Finding(store.layout.relative(path), "unlisted",
                                          "not in the item's manifest (an interrupted edit; the next "
                                          "edit of the item removes it)"))
    return whole


def _check_versions(store: Store, key: str, manifest: Manifest, report: Report) -> None:
    """Check that the versions agree with the folder and the original (their bytes are intact)."""
    folder = store.layout.item_dir(key)
    for number in manifest.versions:
        path = folder / layout.version_file(number)
        where = store.layout.relative(path)
        try:
            item = loads(path.read_bytes(), file=where)
        except ArchiveError as error:
            report.failures.append(Finding(where, "unreadable", error.message))
            continue
        if item.version != number:
            report.failures.append(Finding(where, "inconsistent", f"holds version {item.version}"))
        if layout.key_for(item.guid) != key:
            report.failures.append(Finding(where, "inconsistent", f"holds guid {item.guid}, not this folder's"))
        original = manifest.original
        if item.original is not None and original is not None and manifest.sha(original) != item.original.sha256:
            report.failures.append(Finding(where, "inconsistent",
                                           f"names an original with SHA-256 {item.original.sha256}, "
                                           f"but {original} is listed as {manifest.sha(original)}"))


def verify(store: Store, progress: Callable[[], None] | None = None) -> Report:
    """Recompute every checksum in ``store``; return the report (callers decide the exit code)."""
    report = Report()
    catalogued = store.catalogue.versions()
    seen: set[str] = set()
    for folder in store.layout.item_dirs():
        key = folder.name
        seen.add(key)
        report.items += 1
        try:
            manifest = store.layout.read_manifest(key)
        except StoreError as error:
            report.failures.append(Finding(store.layout.relative(folder / layout.MANIFEST), "unreadable",
                                           error.message))
            continue
        if manifest is None:
            report.failures.append(Finding(store.layout.relative(folder / layout.MANIFEST), "missing",
                                           "the item's manifest is gone; its checksums cannot be checked"))
            continue
        if _check_files(store, key, manifest, report):
            _check_versions(store, key, manifest, report)
        if key not in catalogued:
            report.notices.append(Finding(store.layout.relative(folder), "uncatalogued",
                                          "stored but not in the catalogue yet (archive reindex adds it)"))
        elif manifest.versions and catalogued[key] != manifest.latest:
            report.notices.append(Finding(store.layout.relative(folder), "stale",
                                          f"the catalogue shows version {catalogued[key]}, the files have "
                                          f"{manifest.latest} (archive reindex updates it)"))
        if progress:
            progress()
    for key in sorted(set(catalogued) - seen):
        report.failures.append(Finding(store.layout.relative(store.layout.item_dir(key)), "missing",
                                       "the catalogue lists this item but its folder is gone"))
    debris = sorted(store.layout.tmp.iterdir()) if store.layout.tmp.is_dir() else []
    if debris:
        report.notices.append(Finding(layout.TMP, "interrupted",
                                      f"{len(debris)} partly written entries of an interrupted write "
                                      "(the next ingest or edit clears them)"))
    return report
