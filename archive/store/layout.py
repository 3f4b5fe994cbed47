"""Where things live in a store folder, and the per-item checksum manifest.

```
archive-store/
  store.json                  marks the folder as a store (format and layout version)
  items/05/052a…44/           one folder per item, named by its key (the SHA-256 in its guid)
    original.txt              the bytes the item was read from, untouched
    v1.xml  v2.xml …          every version of the canonical item; a new version is a new file
    manifest-sha256.txt       SHA-256 of each file above (``sha256sum -c`` reads it)
  catalogue.sqlite            the index (headline, dates, people, full text); rebuilt from items/
  journal/                    items whose catalogue rows a writer was updating when it stopped
  tmp/                        files being written; anything here is debris of an interrupted write
  lock                        held by the one process writing at a time
```

The manifest is each item's commit record: a file belongs to the item when the manifest lists
it. A new item appears by renaming a complete folder into ``items/`` (atomic); a new version is
linked in under a new name (never over an old one) before the manifest, replaced atomically by a
superset of itself, lists it. So a kill at any moment leaves whole items and, at worst, an
unlisted file that the next writer removes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from archive.errors import StoreError

MARKER = "store.json"
STORE_FORMAT = "newsarchive-store"
LAYOUT_VERSION = 1
ITEMS = "items"
TMP = "tmp"
JOURNAL = "journal"
CATALOGUE = "catalogue.sqlite"
LOCK = "lock"
MANIFEST = "manifest-sha256.txt"
ORIGINAL_STEM = "original"
DEFAULT_ORIGINAL_SUFFIX = ".txt"

HEX64 = re.compile(r"[0-9a-f]{64}")
VERSION_FILE = re.compile(r"v([1-9][0-9]*)\.xml")  # v1.xml, v2.xml … v10.xml
MANIFEST_LINE = re.compile(r"([0-9a-f]{64})  ([^/\n]+)")  # "<sha256>  <file name>"
ORIGINAL_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}")


def key_for(guid: str) -> str:
    """Return the folder key of ``guid``: its SHA-256 part, or the SHA-256 of a foreign guid."""
    from archive.readers.text import GUID_PREFIX  # here, not above: the reader costs 150 ms to import

    tail = guid.removeprefix(GUID_PREFIX)
    if tail != guid and HEX64.fullmatch(tail):
        return tail
    return hashlib.sha256(guid.encode()).hexdigest()


def version_file(version: int) -> str:
    return f"v{version}.xml"


def original_file(filename: str) -> str:
    """Return the stored name of an original: ``original`` and the suffix it came with (``.txt``)."""
    suffix = Path(filename).suffix.lower()
    return ORIGINAL_STEM + (suffix if ORIGINAL_SUFFIX.fullmatch(suffix) else DEFAULT_ORIGINAL_SUFFIX)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """Return the SHA-256 of a file, read in chunks (originals can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Manifest:
    """The files of one item and their SHA-256, in a fixed order: original first, then versions."""

    entries: tuple[tuple[str, str], ...]  # (file name, sha256)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.entries)

    def sha(self, name: str) -> str | None:
        return dict(self.entries).get(name)

    @property
    def original(self) -> str | None:
        """The stored original's file name, or None for an item kept without one."""
        return next((n for n, _ in self.entries if n.startswith(ORIGINAL_STEM + ".")), None)

    @property
    def versions(self) -> tuple[int, ...]:
        """The version numbers listed, ascending."""
        return tuple(sorted(int(m.group(1)) for n in self.names if (m := VERSION_FILE.fullmatch(n))))

    @property
    def latest(self) -> int:
        versions = self.versions
        if not versions:
            raise StoreError("the item's manifest lists no version")
        return versions[-1]

    def with_entry(self, name: str, digest: str) -> Manifest:
        """Return this manifest with one more file (a new version); never drops or changes one."""
        if name in self.names:
            raise StoreError(f"{name} is already listed: a stored file is never replaced")
        return Manifest(_ordered((*self.entries, (name, digest))))

    def dumps(self) -> bytes:
        return "".join(f"{digest}  {name}\n" for name, digest in self.entries).encode()


def _order(entry: tuple[str, str]) -> tuple[int, int, str]:
    match = VERSION_FILE.fullmatch(entry[0])
    return (1, int(match.group(1)), "") if match else (0, 0, entry[0])


def _ordered(entries: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(entries, key=_order))


def make_manifest(files: dict[str, bytes]) -> Manifest:
    """Return the manifest of files given as name -> bytes."""
    return Manifest(_ordered(tuple((name, sha256(data)) for name, data in files.items())))


def parse_manifest(data: bytes, *, file: str | None = None) -> Manifest:
    """Parse a manifest; raise StoreError naming the line when it is not one we wrote."""
    entries = []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        match = MANIFEST_LINE.fullmatch(line)
        if not match:
            raise StoreError(f"not a manifest line: {line[:80]!r}", file=file, line=number)
        entries.append((match.group(2), match.group(1)))
    if not entries:
        raise StoreError("empty manifest", file=file)
    return Manifest(_ordered(tuple(entries)))


@dataclass(frozen=True, slots=True)
class Layout:
    """The paths of one store folder."""

    root: Path

    @property
    def marker(self) -> Path:
        return self.root / MARKER

    @property
    def items(self) -> Path:
        return self.root / ITEMS

    @property
    def tmp(self) -> Path:
        return self.root / TMP

    @property
    def journal(self) -> Path:
        return self.root / JOURNAL

    @property
    def catalogue(self) -> Path:
        return self.root / CATALOGUE

    @property
    def lock(self) -> Path:
        return self.root / LOCK

    def item_dir(self, key: str) -> Path:
        return self.items / key[:2] / key

    def relative(self, path: Path) -> str:
        """Return ``path`` relative to the store root, with forward slashes (for messages)."""
        return path.relative_to(self.root).as_posix()

    def item_dirs(self) -> list[Path]:
        """Return every item folder, sorted by key (a committed item has a manifest)."""
        if not self.items.is_dir():
            return []
        return sorted((p for shard in self.items.iterdir() if shard.is_dir() for p in shard.iterdir()),
                      key=lambda p: p.name)

    def read_manifest(self, key: str) -> Manifest | None:
        """Return the item's manifest, or None when the store has no item ``key``."""
        path = self.item_dir(key) / MANIFEST
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        return parse_manifest(data, file=self.relative(path))
