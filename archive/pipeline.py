"""The conversion pipeline the CLI drives: read a file into an item, render items to a file.

Kept apart from ``cli.py`` so batch jobs, the store and the build can reuse it, and apart from
readers and writers so those stay pure (this module owns the disk, through ``fileio``).

The functions a batch hands to worker processes (``convert_file``, ``read_packed``) take plain,
picklable values and return small ones: a worker reads, renders and writes a file itself and
sends back only its warnings or its error; a collection's worker sends back the item packed for
the parent's spool (``archive.itemseq``) with its summary, or, when the writer can make its part
of one member alone (an EPUB chapter, a PDF article's layout), that part instead of the item.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from archive import itemseq, readers, writers
from archive.clock import build_time, iso
from archive.diagnostics import Diagnostic
from archive.errors import ArchiveError, InputError, StrictError
from archive.fileio import Batch, write_atomic
from archive.itemseq import Summary
from archive.model import NewsItem
from archive.readers.text import ReadResult

INPUT_SUFFIXES = (".txt", ".text", ".xml")


def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Return input files: files as given, folders replaced by their dumps and items, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(inputs_under(path))
        else:
            files.append(path)
    return files


def inputs_under(folder: Path) -> list[Path]:
    """Return the dumps and items under ``folder`` in path order: ``sorted(rglob)``'s files, found sooner.

    A batch's workers start only once its inputs are listed. ``rglob`` makes a Path of every entry
    and ``sorted`` compares Paths part by part, ~15 ms for a thousand inputs; a walk with
    ``os.scandir`` keeps names and sorts tuples of them, in the same order. Like ``rglob``, it
    goes into no linked folder, takes linked files, and passes over a folder it may not read.
    """
    found: list[tuple[str, ...]] = []
    pending: list[tuple[str, ...]] = [()]
    while pending:
        parts = pending.pop()
        try:
            with os.scandir(folder.joinpath(*parts)) as listing:
                entries = list(listing)
        except PermissionError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append((*parts, entry.name))
            elif _suffix(entry.name).lower() in INPUT_SUFFIXES and entry.is_file():
                found.append((*parts, entry.name))
    found.sort(key=lambda parts: tuple(map(os.path.normcase, parts)))  # Path order: case-blind on Windows
    return [folder.joinpath(*parts) for parts in found]


def _suffix(name: str) -> str:
    """Return a file name's suffix as ``PurePath.suffix`` does (none for ".txt" alone)."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def read_path(path: Path, *, created: str | None = None, strict: bool = False) -> ReadResult:
    """Read one input file (a page dump or a canonical item) into an item with its diagnostics."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from None
    read = readers.load(readers.kind_for(path.name))
    result: ReadResult = read(data, filename=str(path), created=created or iso(build_time()))
    if strict and result.diagnostics:
        first = result.diagnostics[0]
        raise StrictError(f"{first.message} [{first.code}] (--strict turns warnings into failures)",
                          file=str(path), line=first.line)
    return result


def writer_options(fmt: str, **settings: Any) -> Any:
    """Build the options of writer ``fmt`` from the settings it knows (others are ignored)."""
    _, options_class = writers.load(fmt)
    known = {f.name for f in dataclasses.fields(options_class)}
    return options_class(**{k: v for k, v in settings.items() if k in known and v is not None})


def render(items: Sequence[NewsItem], fmt: str, target: Path, options: Any = None) -> list[Diagnostic]:
    """Render ``items`` with writer ``fmt`` to ``target`` atomically; return the writer's warnings."""
    write, options_class = writers.load(fmt)
    opts = options if options is not None else options_class()
    return write_atomic(target, lambda stream: write(items, stream, opts))


def warm(fmt: str | None, paths: Iterable[Path] = ()) -> None:
    """Import the readers ``paths`` need and writer ``fmt`` (with what it loads once), before workers fork."""
    for kind in sorted({readers.kind_for(path.name) for path in paths}):
        readers.load(kind)
    if fmt is not None:
        writers.warm(fmt)


# ---------------------------------------------------------------------------------------------
# work for worker processes


class FileJob(NamedTuple):
    """How every file of a batch is converted to its own output (sent to each worker once per chunk)."""

    fmt: str
    options: Any  # the writer's options dataclass
    created: str  # versionCreated of items read from page dumps: one time for the whole run
    strict: bool = False


class Converted(NamedTuple):
    """What converting one file reports back: the reader's and writer's warnings, and its error if it failed."""

    diagnostics: tuple[Diagnostic, ...] = ()
    error: ArchiveError | None = None


def convert_files(job: FileJob, tasks: list[tuple[Path, Path]]) -> list[Converted]:
    """Read each ``(source, target)`` and write the target in ``job.fmt``; one result per task.

    In a worker: read, render, write. The chunk's outputs are published together (one sync for
    all, then a rename each); a file that fails leaves no output and does not stop the others.
    """
    write, _ = writers.load(job.fmt)
    results = []
    with Batch() as batch:
        for path, target in tasks:
            diagnostics: tuple[Diagnostic, ...] = ()
            try:
                result = read_path(path, created=job.created, strict=job.strict)
                diagnostics = tuple(result.diagnostics)
                item = result.item
                diagnostics += tuple(batch.write(target, lambda stream, item=item: write([item], stream, job.options)))
            except ArchiveError as error:
                results.append(Converted(diagnostics, error.located(str(path))))
                continue
            results.append(Converted(diagnostics))
    return results


class Packed(NamedTuple):
    """One input of a collection, read: the item packed for the spool with its summary, or its error.

    ``made``: what the collection's writer made of the item in the worker (``writers.member_maker``).
    """

    data: bytes = b""
    summary: Summary | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    error: ArchiveError | None = None
    made: bytes = b""


class MemberJob(NamedTuple):
    """The collection's writer and its options, for workers that make each member's part as they read it."""

    fmt: str
    options: Any


def read_packed(created: str, strict: bool, path: Path, member: MemberJob | None = None) -> Packed:
    """Read one input of a collection and pack it (in a worker; the parent appends it to its spool).

    With ``member``, the writer's per-member work is done here too (see ``writers.member_maker``).
    """
    try:
        result = read_path(path, created=created, strict=strict)
    except ArchiveError as error:
        return Packed(error=error.located(str(path)))
    made = None
    if member is not None:
        make = writers.member_maker(member.fmt)
        made = make(result.item, member.options) if make is not None else None
    # A made member is all the writer reads of it: the item itself is not packed nor spooled.
    data = b"" if made else itemseq.pack(result.item)
    return Packed(data, Summary.of(result.item), tuple(result.diagnostics), made=made or b"")
