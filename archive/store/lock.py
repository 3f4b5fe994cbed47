"""One writer at a time: an exclusive ``flock`` on the store's ``lock`` file.

Writers hold it for one batch (a few hundred items, well under a second), not for a whole run,
so two ingests into one store interleave their batches and both finish. Readers never lock:
stored files are never changed in place and SQLite's WAL lets them read while a batch commits.
The kernel drops a ``flock`` when its process dies, so a killed writer never leaves it held.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from archive.errors import StoreError

TIMEOUT_ENV = "ARCHIVE_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 600.0  # seconds; a reindex of a large store holds the lock for a while
POLL = 0.02


def _timeout() -> float:
    value = os.environ.get(TIMEOUT_ENV)
    if not value:
        return DEFAULT_TIMEOUT
    try:
        return float(value)
    except ValueError:
        raise StoreError(f"{TIMEOUT_ENV}={value!r} is not a number of seconds") from None


@contextlib.contextmanager
def exclusive(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the store lock; wait up to ``timeout`` seconds, then raise StoreError."""
    limit = _timeout() if timeout is None else timeout
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + limit
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(f"the store is locked by another archive process (waited {limit:g} s)",
                                     file=str(path.parent),
                                     hint=f"try again when it has finished, or raise {TIMEOUT_ENV}") from None
                time.sleep(POLL)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
