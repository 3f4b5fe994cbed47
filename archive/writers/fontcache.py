"""Parsed TrueType faces kept in the user's cache folder, so a PDF run does not parse its fonts again.

Why: reportlab parses a face's tables (names, metrics, the cmap, every glyph's advance and offset)
in Python on every run: ~0.5 s for the eight faces the PDF writer uses (each AR PL UMing variant
~100 ms), paid by every single-article PDF and before a batch's workers can start. What it
extracts depends only on the font file and reportlab's version, so the parsed face's fields
(plain data: numbers, strings, lists, dicts; marshal, no code) are kept keyed by the file's path,
size and modification time, the subfont index and reportlab's version, and the face is rebuilt
from them together with the file's bytes (which reportlab keeps anyway, to subset from).

The rebuilt ``TTFont`` is the parsed one field for field, and PDFs come out byte-identical with and
without the cache (tests/test_fontcache.py checks both, so a reportlab release that changes its
font objects fails there, not in a user's PDF). A missing, damaged or stale entry is parsed afresh.
"""

from __future__ import annotations

import gc
import os
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from fnmatch import fnmatch
from itertools import accumulate
from pathlib import Path
from typing import Any, Protocol
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from archive import usercache

_FORMAT = 2
_PACK_AT = 256  # tables of this many entries or more are kept as arrays
_NOT_KEPT = ("_ttf_data", "_pdfScale")  # the file's bytes (read anyway), and a function made from unitsPerEm


class FontSource(Protocol):
    """What ``TTFont`` reads a face from: the path, and a ``read`` that returns the file's bytes."""

    name: str

    def read(self) -> bytes: ...


def load(pdf_name: str, source: FontSource, subfont: int) -> TTFont:
    """Return ``TTFont(pdf_name, source, subfontIndex=subfont)``, from the cache when it holds this face."""
    stamp = _stamp(source.name, subfont)
    path = _entry(pdf_name, subfont)
    if stamp is not None and path is not None:
        with _no_collection():
            state = _read(path, stamp)
            if state is not None:
                try:
                    return _rebuilt(pdf_name, state, source.read())
                except (KeyError, TypeError, ValueError):
                    pass  # an entry of another shape: parse afresh and replace it
    font = TTFont(pdf_name, source, subfontIndex=subfont)
    if stamp is not None and path is not None:
        usercache.save(path, stamp, _state(font.face))
    return font


@contextmanager
def _no_collection() -> Iterator[None]:
    """Hold the cyclic garbage collector while the tables are rebuilt.

    They are some 100,000 new lists and dicts with no cycles among them; the collector, started
    every few hundred allocations, walked every object of the process each time (~90 ms in all).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _stamp(filename: str, subfont: int) -> tuple[object, ...] | None:
    """What a parsed face depends on: the file as it is now, the subfont, and reportlab's parser."""
    try:
        info = os.stat(filename)
    except OSError:
        return None
    return (_FORMAT, reportlab.Version, os.path.abspath(filename), info.st_size, info.st_mtime_ns, subfont)


def _entry(pdf_name: str, subfont: int) -> Path | None:
    folder = usercache.folder()
    return None if folder is None else folder / f"font-{pdf_name}-{subfont}.marshal"


def _read(path: Path, stamp: tuple[object, ...]) -> dict[str, Any] | None:
    state = usercache.load(path, stamp)
    return state if isinstance(state, dict) else None


def _state(face: TTFontFace) -> dict[str, Any]:
    """Return a parsed face's fields as plain data.

    Name strings become bytes (listed under "names"); the big per-glyph tables become arrays of
    machine numbers (listed under "packed"): marshal rebuilds a dict of 24,000 small lists in ~18 ms,
    an array in microseconds.
    """
    fields = {key: value for key, value in vars(face).items() if key not in _NOT_KEPT}
    names = sorted(key for key, value in fields.items() if isinstance(value, TTFNameBytes))
    plain = {key: bytes(value) if key in names else value for key, value in fields.items()}
    packed = {key: form for key, value in plain.items() if (form := _packed(value)) is not None}
    plain.update({key: form[1] for key, form in packed.items()})
    return {"fields": plain, "names": names, "packed": {key: form[0] for key, form in packed.items()}}


def _numbers(values: list[Any]) -> tuple[str, bytes] | None:
    """Return ``values`` as an array's type code and bytes, when they are all ints (64-bit) or all floats."""
    if all(type(v) is int for v in values):
        try:
            return "q", array("q", values).tobytes()
        except OverflowError:
            return None
    if all(type(v) is float for v in values):
        return "d", array("d", values).tobytes()
    return None


def _packed(value: object) -> tuple[str, tuple[object, ...]] | None:
    """Return (form, data) for a big table of numbers, or None to keep ``value`` as it is."""
    if isinstance(value, dict) and len(value) >= _PACK_AT:
        keys = _numbers(list(value))
        if keys is None:
            return None
        values = list(value.values())
        if all(type(v) is list for v in values):  # glyph -> the characters drawn with it (mostly one)
            flat = _numbers([c for v in values for c in v])
            if all(len(v) == 1 for v in values):
                return ("dict-of-singles", (keys, flat)) if flat else None
            counts = _numbers([len(v) for v in values])
            return ("dict-of-lists", (keys, counts, flat)) if counts and flat else None
        numbers = _numbers(values)
        return ("dict", (keys, numbers)) if numbers else None
    if isinstance(value, list) and len(value) >= _PACK_AT:
        if all(type(v) is tuple and len(v) == 2 for v in value):  # (advance, left side bearing) per glyph
            firsts, seconds = _numbers([v[0] for v in value]), _numbers([v[1] for v in value])
            return ("pairs", (firsts, seconds)) if firsts and seconds else None
        numbers = _numbers(value)
        return ("list", (numbers,)) if numbers else None
    return None


def _unpacked(form: str, data: tuple[tuple[str, bytes], ...]) -> object:
    lists = [array(code, raw).tolist() for code, raw in data]
    if form == "dict":
        return dict(zip(lists[0], lists[1], strict=True))
    if form == "dict-of-singles":
        return dict(zip(lists[0], map(list, zip(lists[1])), strict=True))
    if form == "dict-of-lists":
        keys, counts, flat = lists
        bounds = list(accumulate(counts, initial=0))
        return {key: flat[bounds[i]:bounds[i + 1]] for i, key in enumerate(keys)}
    if form == "pairs":
        return list(zip(lists[0], lists[1], strict=True))
    if form == "list":
        return lists[0]
    raise ValueError(f"unknown packed form {form!r}")


def _scale(units_per_em: int) -> Any:
    """Return reportlab's font-unit to PDF-unit (1/1000 em) scale, as ``extractInfo`` makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _rebuilt(pdf_name: str, state: dict[str, Any], data: bytes) -> TTFont:
    """Return the TTFont that ``TTFont.__init__`` builds, from a parsed face's kept fields."""
    face = TTFontFace.__new__(TTFontFace)
    fields = dict(state["fields"])
    for key in state["names"]:
        fields[key] = TTFNameBytes(fields[key])
    for key, form in state["packed"].items():
        fields[key] = _unpacked(form, fields[key])
    vars(face).update(fields)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.fontName = pdf_name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(pdf_name, pattern) for pattern in rl_config.unShapedFontGlob)
    return font
