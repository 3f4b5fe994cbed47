"""READERS: input kind -> reader. A reader turns bytes into a NewsItem plus diagnostics.

``text`` reads scraped page dumps; ``xml`` reads canonical items (already archived records).
"""

from __future__ import annotations

from collections.abc import Callable

from archive.errors import UsageError

READERS: dict[str, str] = {
    "text": "archive.readers.text",
    "xml": "archive.readers.xml",
}
EXTENSIONS = {".txt": "text", ".text": "text", ".xml": "xml"}


def kind_for(filename: str) -> str:
    """Return the reader name for a file name (by extension; anything else is read as text)."""
    for extension, kind in EXTENSIONS.items():
        if filename.lower().endswith(extension):
            return kind
    return "text"


def load(kind: str) -> Callable[..., object]:
    """Return the ``read`` function of reader ``kind``."""
    import importlib

    if kind not in READERS:
        raise UsageError(f"unknown input kind {kind!r}; known: {', '.join(READERS)}")
    return importlib.import_module(READERS[kind]).read
