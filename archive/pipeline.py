"""The conversion pipeline the CLI drives: read a file into an item, render items to a file.

Kept apart from ``cli.py`` so batch jobs, the store and the build can reuse it, and apart from
readers and writers so those stay pure (this module owns the disk, through ``fileio``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from archive import readers, writers
from archive.clock import build_time, iso
from archive.diagnostics import Diagnostic
from archive.errors import InputError, StrictError
from archive.fileio import write_atomic
from archive.model import NewsItem
from archive.readers.text import ReadResult

INPUT_SUFFIXES = (".txt", ".text", ".xml")


def expand_inputs(paths: Sequence[Path]) -> list[Path]:
    """Return input files: files as given, folders replaced by their dumps and items, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES))
        else:
            files.append(path)
    return files


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
