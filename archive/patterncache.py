"""Compiled regular expressions kept on disk between runs, as Python keeps compiled bytecode.

Why: ``re``'s compiler is Python code that walks every code point of a character range, so each
Han class (``[\\u4e00-\\u9fff]``, 21,000 code points) costs about a millisecond, and the reader's
patterns took ~100 ms to compile on a process's first page: the largest share of converting one
article, paid again by every worker of a batch. What the compiler produces, the program that
``re._compiler`` hands to ``_sre.compile``, depends only on the pattern, its flags and the regular
expression engine, so it is kept in a file and handed straight to ``_sre.compile`` next time.

Safety: the file is tied to the interpreter (its version string, ``_sre.MAGIC``, code size and
Unicode range) and a program is looked up by the pattern's exact source and flags, so a changed
pattern simply misses. ``_sre`` validates every program it is given (a bad one raises, it is not
run); anything unreadable, mismatched or refused falls back to ``re.compile``. Results are the same
``re.Pattern`` objects either way (tests/test_patterncache.py). New programs are written when the
process ends (workers of a pool included), atomically (temporary file and rename), merged with
what other processes wrote meanwhile. Where the private hooks do not exist (another Python
implementation) the cache is off and ``re.compile`` is used.

The file lives in the user's cache folder (``archive.usercache``: ``ARCHIVE_CACHE_DIR``, an empty
value turning it off, or ``~/.cache/archive``). Output never depends on the cache.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from archive import usercache

try:  # CPython's engine: the parser, the code generator and the program loader re.compile uses.
    import _sre
    from re import _compiler, _parser

    _HOOKS = callable(getattr(_sre, "compile", None)) and callable(getattr(_compiler, "_code", None))
except ImportError:  # pragma: no cover - other implementations
    _HOOKS = False

_FORMAT = 1
_LIMIT = 5000  # programs kept at most; past it the file starts over (old patterns leave with it)

Key = tuple[str, int]
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# Derived sources (``compile_derived``) share the file under the key (digest, -1): flags are never
# negative, so the two kinds of entry cannot collide.
_DERIVED = -1


def _stamp() -> tuple[object, ...]:
    """What a program depends on besides its pattern: the interpreter and its engine."""
    return (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def cache_file() -> Path | None:
    """Return the cache file of this interpreter, or None when the cache is off."""
    folder = usercache.folder() if _HOOKS else None
    if folder is None:
        return None
    return folder / f"re-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


class _Store:
    """The programs of this process: those read from the file, and those compiled here since."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.programs: dict[Key, Program] = {}
        self.new: dict[Key, Program] = {}
        self.loaded = False
        self.saver_pid: int | None = None

    def load(self) -> None:
        self.loaded = True
        self.path = cache_file()
        if self.path is not None:
            self.programs = _read(self.path)

    def remember(self, key: Key, program: Program) -> None:
        self.programs[key] = program
        self.new[key] = program
        if self.saver_pid != os.getpid():  # once per process; a forked worker registers its own
            self.saver_pid = os.getpid()
            _save_at_exit(self.save)

    def save(self) -> None:
        """Write the programs compiled here into the file, keeping what others wrote meanwhile."""
        if self.path is None or not self.new:
            return
        merged = _read(self.path)
        if len(merged) + len(self.new) > _LIMIT:
            merged = {}
        merged.update(self.new)
        self.new = {}
        usercache.save(self.path, _stamp(), merged)


_STORE = _Store()


def _read(path: Path) -> dict[Key, Program]:
    """Return the programs in ``path``; nothing when it is missing, damaged or from another interpreter."""
    programs = usercache.load(path, _stamp())
    return programs if isinstance(programs, dict) else {}


def _save_at_exit(save: object) -> None:
    """Run ``save`` when this process ends: atexit in a main process, a finalizer in a pool's worker."""
    atexit.register(save)
    if "multiprocessing" in sys.modules:
        import multiprocessing
        from multiprocessing import util

        if multiprocessing.parent_process() is not None:  # workers leave through os._exit: no atexit
            util.Finalize(None, save, exitpriority=0)


def _compile_new(source: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """Compile as ``re._compiler.compile`` does, keeping the program it builds."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program: Program = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _load(source, program), program


def _load(source: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(source, flags, list(code), groups, dict(groupindex), tuple(indexgroup))


def _cache_on() -> bool:
    """Tell whether programs can be kept (the hooks exist and a cache file is set); load the file once."""
    if not _HOOKS:
        return False
    if not _STORE.loaded:
        _STORE.load()
    return _STORE.path is not None


def compile_derived(inputs: str, build: Callable[[], list[str]], flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """Return the patterns whose sources ``build()`` makes from data, skipping ``build`` when it can.

    Some patterns are generated: a trie of the publisher table's keys, a class of the characters
    only one Chinese script has. Making such a source (walking thousands of keys or characters in
    Python) costs more than compiling it from the cache, ~15 ms each on every process's first
    page, so the sources are kept too, under a digest of ``inputs`` (the data they are made from,
    as text) and of the source file of the module that defines ``build`` (its rules, as Python
    checks a .pyc against its .py): a changed key or rule misses. Whatever ``build`` uses from
    another module belongs in ``inputs``.
    """
    if not _cache_on():
        return tuple(re.compile(source, flags) for source in build())
    digest = hashlib.blake2b(inputs.encode("utf-8", "surrogatepass"), digest_size=20)
    try:
        digest.update(Path(build.__code__.co_filename).read_bytes())
    except (OSError, AttributeError):  # no source to vouch for the rule: build every time
        return tuple(compile(source, flags) for source in build())
    key = (digest.hexdigest(), _DERIVED)
    sources = _STORE.programs.get(key)
    if not (isinstance(sources, tuple) and all(isinstance(source, str) for source in sources)):
        sources = tuple(build())
        _STORE.remember(key, sources)  # type: ignore[arg-type]
    return tuple(compile(source, flags) for source in sources)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``, taking the compiled program from the cache when it is there."""
    flags = int(flags)
    if flags & re.DEBUG or not isinstance(source, str) or not _cache_on():
        return re.compile(source, flags)
    key = (source, flags)
    program = _STORE.programs.get(key)
    if program is not None:
        try:
            return _load(source, program)
        except Exception:  # a program _sre refuses (a damaged entry) is compiled afresh below
            pass
    try:
        pattern, program = _compile_new(source, flags)
    except re.error:
        raise  # a bad pattern is reported as re.compile reports it
    except Exception:  # the private hooks changed under us: the public compiler still works
        return re.compile(source, flags)
    _STORE.remember(key, program)
    return pattern
