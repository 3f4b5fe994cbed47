"""Reader for canonical items: an archived NewsML-G2 item read back, validated first."""

from __future__ import annotations

from archive.model.validate import check
from archive.model.xml import loads
from archive.readers.text import ReadResult


def read(data: bytes, *, filename: str, created: str | None = None) -> ReadResult:
    """Validate and load a canonical item; ``created`` is ignored (the item keeps its own)."""
    check(data, file=filename)
    return ReadResult(loads(data, file=filename), (), {})
