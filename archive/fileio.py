"""Atomic file writes: a file appears whole under its name or not at all.

Write to a temporary file in the same folder, flush and fsync it, then rename over the target
(atomic on POSIX). A failure or a kill at any moment leaves no partial file behind under the name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary stream; on normal exit it replaces ``path`` atomically, else it vanishes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomic(path: Path, produce: Callable[[BinaryIO], T]) -> T:
    """Call ``produce(stream)`` and publish what it wrote at ``path`` atomically; return its result."""
    with atomic_output(path) as stream:
        return produce(stream)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    write_atomic(path, lambda stream: stream.write(data))
