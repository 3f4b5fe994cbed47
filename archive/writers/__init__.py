"""WRITERS: format name -> writer. A writer renders NewsItems to bytes on a binary stream.

One line per format, as pandoc's writer list. Writer modules are imported only when used, so
writing an EPUB never loads reportlab (start-up time matters for one-file conversions).

Every writer has the signature ``write(items, out, options) -> list[Diagnostic]``:
``items`` is a sequence of one item (an article) or many (a collection), ``out`` a binary stream
the caller owns, ``options`` the writer's own frozen options dataclass (``OPTIONS`` in its module).
Writers are pure: no file system, no printing, no clock (time comes in through options).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO, NamedTuple

from archive.diagnostics import Diagnostic
from archive.errors import UsageError
from archive.model import NewsItem

Writer = Callable[[Sequence[NewsItem], BinaryIO, Any], list[Diagnostic]]


class WriterSpec(NamedTuple):
    """Where a writer lives and which file extension selects it."""

    name: str
    extension: str
    module: str
    media_type: str


WRITERS: dict[str, WriterSpec] = {
    "xml": WriterSpec("xml", ".xml", "archive.writers.xml", "application/xml"),
    "epub": WriterSpec("epub", ".epub", "archive.writers.epub", "application/epub+zip"),
    "pdf": WriterSpec("pdf", ".pdf", "archive.writers.pdf", "application/pdf"),
    "jsonld": WriterSpec("jsonld", ".jsonld", "archive.writers.jsonld", "application/ld+json"),
}


def spec(name: str) -> WriterSpec:
    """Return the writer spec for ``name`` or raise a UsageError that lists the known formats."""
    try:
        return WRITERS[name]
    except KeyError:
        raise UsageError(f"unknown output format {name!r}; known formats: {', '.join(WRITERS)}") from None


def for_extension(extension: str) -> WriterSpec:
    """Return the writer whose file extension is ``extension`` (".epub" …)."""
    for writer in WRITERS.values():
        if writer.extension == extension.lower():
            return writer
    known = ", ".join(w.extension for w in WRITERS.values())
    raise UsageError(f"cannot tell the output format from {extension or 'no extension'!r}; "
                     f"use one of {known} or --to FORMAT")


def load(name: str) -> tuple[Writer, type]:
    """Import the writer module for ``name``; return its ``write`` function and options class."""
    module = importlib.import_module(spec(name).module)
    return module.write, module.OPTIONS


def warm(name: str) -> None:
    """Import writer ``name`` and let it load what it loads once per process (the PDF writer's fonts).

    Called before worker processes are forked, so they share what was loaded instead of each
    loading it again, and by a collection's parent while its workers read.
    """
    module = importlib.import_module(spec(name).module)
    prepare = getattr(module, "warm", None)
    if prepare is not None:
        prepare()


MemberMaker = Callable[[NewsItem, Any], "bytes | None"]


def member_maker(name: str) -> MemberMaker | None:
    """Return writer ``name``'s ``make_member``, or None when it has none.

    ``make_member(item, options)`` does, for one member of a collection, the work that does not
    depend on the other members (an EPUB chapter, rendered and deflated), so that the workers
    reading the collection can do it; the writer takes the bytes back from ``Items.made``.
    """
    module = importlib.import_module(spec(name).module)
    return getattr(module, "make_member", None)
