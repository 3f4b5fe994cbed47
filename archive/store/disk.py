"""Writing store files so that a kill or a power cut never leaves a half-written one in place.

Files are written under ``tmp/`` and moved into place by rename (a whole folder, or a manifest
replacing its older self) or by hard link (a new version, which must never replace a file). Data
is made durable in batches: ``barrier`` flushes the whole file system once (``syncfs``) instead
of one ``fsync`` per file, which costs ~1.3 ms each here and would bound ingest at a few hundred
files a second (``archive.fileio.make_durable``, shared with batches of converted files).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterable
from pathlib import Path

from archive.errors import StoreError
from archive.fileio import make_durable


def barrier(root: Path, written: Iterable[Path] = ()) -> None:
    """Make everything written under ``root`` durable before the next step depends on it.

    On Linux one ``syncfs`` covers every file and folder of the file system; elsewhere each path
    in ``written`` and its folder is fsynced.
    """
    try:
        make_durable(root, written)
    except OSError as exc:
        raise StoreError(f"cannot flush the store to disk: {exc.strerror}", file=str(root)) from None


def scratch(tmp: Path, name: str) -> Path:
    """Return a fresh path under ``tmp`` for a file or folder being built (unique per call)."""
    tmp.mkdir(parents=True, exist_ok=True)
    return tmp / f"{name}.{os.getpid()}.{secrets.token_hex(4)}"


def write_file(path: Path, data: bytes) -> None:
    """Write a new file (no fsync: a later ``barrier`` makes it durable)."""
    with path.open("xb") as stream:
        stream.write(data)


def publish_folder(staged: Path, target: Path) -> bool:
    """Rename a complete folder into place; return False when ``target`` already exists."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(staged, target)
    except OSError as exc:
        if target.exists():
            shutil.rmtree(staged, ignore_errors=True)
            return False
        raise StoreError(f"cannot move an item into place: {exc.strerror}", file=str(target)) from None
    return True


def publish_new_file(staged: Path, target: Path) -> None:
    """Link a staged file in under a name that must not exist yet (a version is never replaced)."""
    try:
        os.link(staged, target)
    except FileExistsError:
        raise StoreError("refusing to replace a stored file", file=str(target)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staged)


def replace_file(staged: Path, target: Path) -> None:
    """Rename a staged file over ``target`` atomically (only a manifest, by a superset of itself)."""
    os.replace(staged, target)


def clear(folder: Path) -> int:
    """Remove everything in ``folder`` (debris of interrupted writes); return how many entries."""
    if not folder.is_dir():
        return 0
    count = 0
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
        count += 1
    return count
