"""Writing store files so that a kill or a power cut never leaves a half-written one in place.

Files are written under ``tmp/`` and moved into place by rename (a whole folder, or a manifest
replacing its older self) or by hard link (a new version, which must never replace a file). Data
is made durable in batches: ``barrier`` flushes the whole file system once (``syncfs``) instead
of one ``fsync`` per file, which costs ~1.3 ms each here and would bound ingest at a few hundred
files a second. ``archive.fileio`` keeps its per-file fsync for single outputs; the store batches.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import secrets
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from archive.errors import StoreError


def _load_syncfs() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return libc.syncfs
    except (OSError, AttributeError):
        return None


_SYNCFS = _load_syncfs()


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def barrier(root: Path, written: Iterable[Path] = ()) -> None:
    """Make everything written under ``root`` durable before the next step depends on it.

    On Linux one ``syncfs`` covers every file and folder of the file system; elsewhere each path
    in ``written`` and its folder is fsynced.
    """
    if _SYNCFS is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if _SYNCFS(fd) != 0:  # type: ignore[operator]
                error = ctypes.get_errno()
                raise StoreError(f"cannot flush the store to disk: {os.strerror(error)}", file=str(root))
        finally:
            os.close(fd)
        return
    folders = set()
    for path in written:
        _fsync_path(path)
        folders.add(path.parent)
    for folder in sorted(folders):
        with contextlib.suppress(OSError):  # some systems cannot fsync a folder; rename is still atomic
            _fsync_path(folder)


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
