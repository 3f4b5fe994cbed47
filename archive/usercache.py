"""The per-user cache folder: data derived from fixed inputs, kept between runs to save start-up time.

What lives here is only ever a faster way to the same result (compiled regular expressions, parsed
font tables); deleting the folder, or a damaged file in it, costs speed on the next run and
changes no output. ``ARCHIVE_CACHE_DIR`` chooses the folder and an empty value turns caching off;
the default is ``$XDG_CACHE_HOME/archive`` (``~/.cache/archive``).
"""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path


def folder() -> Path | None:
    """Return the cache folder, or None when caching is turned off."""
    chosen = os.environ.get("ARCHIVE_CACHE_DIR")
    if chosen is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(base, "archive")
    return Path(chosen) if chosen else None


def write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (a reader sees the old file or the new, never half).

    Failures are swallowed: a read-only home or a full disk makes the next run slower, nothing else.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def load(path: Path, stamp: tuple[object, ...]) -> object | None:
    """Return the value kept in ``path`` by :func:`save` under ``stamp``; None when missing, damaged or stale.

    An entry is ``marshal`` data (numbers, strings, containers; never code), so a damaged file
    can only fail to load.
    """
    try:
        kept_stamp, value = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if kept_stamp == stamp else None


def save(path: Path, stamp: tuple[object, ...], value: object) -> None:
    """Keep ``value`` in ``path`` under ``stamp`` (what it was derived from), atomically."""
    write(path, marshal.dumps((stamp, value)))
