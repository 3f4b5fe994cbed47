"""The on-disk cache of compiled regular expressions gives exactly what ``re.compile`` gives.

``re.Pattern`` equality compares the source, the flags and the compiled program, so a cached
pattern equal to ``re.compile``'s runs the same program. A damaged or foreign cache file, an
unwritable folder or a disabled cache cost speed only; pool workers add what they compiled.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_patterns import _reader_patterns

from archive import patterncache

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_d3c6fe3a4f49bc7c.txt"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A fresh cache in ``tmp_path``, as a new process would start with."""
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())
    return tmp_path


def _restart(monkeypatch) -> None:
    """Write what this 'process' compiled and start another one on the same folder."""
    patterncache._STORE.save()
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())


def _sources() -> list[tuple[str, int]]:
    return sorted({(p.compiled().pattern, p.flags) for p in _reader_patterns().values()})


def test_every_reader_pattern_from_the_cache_equals_re_compile(store, monkeypatch):
    sources = _sources()
    fresh = [patterncache.compile(source, flags) for source, flags in sources]
    _restart(monkeypatch)
    assert len(patterncache._read(patterncache.cache_file())) == len(sources)
    cached = [patterncache.compile(source, flags) for source, flags in sources]
    assert not patterncache._STORE.new, "every program came from the file"
    text = SEED.read_text(encoding="utf-8")
    for (source, flags), first, second in zip(sources, fresh, cached, strict=True):
        plain = re.compile(source, flags)
        assert first == plain and second == plain, source
        assert (second.groups, second.groupindex, second.flags) == (plain.groups, plain.groupindex, plain.flags)
        assert [m.span() for m in second.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_named_groups_and_flags_survive(store, monkeypatch):
    source = r"(?P<year>\d{4})年(?P<month>\d{1,2})月|(?i:updated)"
    patterncache.compile(source, re.IGNORECASE | re.MULTILINE)
    _restart(monkeypatch)
    cached = patterncache.compile(source, re.IGNORECASE | re.MULTILINE)
    assert cached == re.compile(source, re.IGNORECASE | re.MULTILINE)
    assert cached.groupindex == {"year": 1, "month": 2}
    assert cached.match("2020年1月").group("month") == "1"


def test_a_bad_pattern_raises_as_re_does(store):
    with pytest.raises(re.error):
        patterncache.compile("[unclosed")


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps(("other", {}))])
def test_a_damaged_or_foreign_file_is_ignored_and_rewritten(store, monkeypatch, damage):
    path = patterncache.cache_file()
    path.write_bytes(damage)
    assert patterncache.compile(r"\d+年") == re.compile(r"\d+年")
    _restart(monkeypatch)
    assert ("\\d+年", 0) in patterncache._read(path)


def test_a_program_the_engine_refuses_is_compiled_afresh(store, monkeypatch):
    patterncache.compile("abc")
    _restart(monkeypatch)
    path = patterncache.cache_file()
    stamp, programs = marshal.loads(path.read_bytes())
    flags, code, groups, groupindex, indexgroup = programs[("abc", 0)]
    programs[("abc", 0)] = (flags, [999_999, *code], groups, groupindex, indexgroup)
    path.write_bytes(marshal.dumps((stamp, programs)))
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())
    assert patterncache.compile("abc") == re.compile("abc")


def test_an_empty_folder_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", "")
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())
    assert patterncache.cache_file() is None
    assert patterncache.compile("x+") == re.compile("x+")
    patterncache._STORE.save()
    assert not patterncache._STORE.new


def test_an_unwritable_folder_costs_nothing_but_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())
    assert patterncache.compile("y+") == re.compile("y+")
    patterncache._STORE.save()  # no error
    assert not (blocker / "cache").exists()


def test_the_file_starts_over_past_its_limit(store, monkeypatch):
    monkeypatch.setattr(patterncache, "_LIMIT", 3)
    for source in ["a", "b", "c"]:
        patterncache.compile(source)
    _restart(monkeypatch)
    patterncache.compile("d")
    _restart(monkeypatch)
    assert set(patterncache._read(patterncache.cache_file())) == {("d", 0)}


def _archive(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ARCHIVE_CACHE_DIR=str(cache), SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run([sys.executable, "-m", "archive", *args], env=env, capture_output=True, text=True,
                          check=True)


def test_a_command_leaves_its_programs_and_the_next_run_gives_the_same_bytes(tmp_path):
    cache = tmp_path / "cache"
    _archive("convert", str(SEED), "-o", str(tmp_path / "cold.jsonld"), cache=cache)
    files = list(cache.iterdir())
    assert len(files) == 1 and len(patterncache._read(files[0])) >= 50
    _archive("convert", str(SEED), "-o", str(tmp_path / "warm.jsonld"), cache=cache)
    assert (tmp_path / "cold.jsonld").read_bytes() == (tmp_path / "warm.jsonld").read_bytes()
    json.loads((tmp_path / "warm.jsonld").read_text(encoding="utf-8"))


def test_pool_workers_add_what_they_compiled(tmp_path, dev_corpus):
    cache = tmp_path / "cache"
    pages = sorted(dev_corpus.glob("*.txt"))[:6]
    _archive("convert", *map(str, pages), "-o", str(tmp_path / "out"), "--to", "jsonld", "--jobs", "2", cache=cache)
    [path] = cache.iterdir()
    programs = patterncache._read(path)
    reader_sources = {(p.compiled().pattern, p.flags) for p in _reader_patterns().values()}
    assert len(reader_sources & set(programs)) >= 30, "the workers' reader patterns reached the file"


# ---------------------------------------------------------------------------------------------
# derived sources (compile_derived)


def _module_with_builder(folder: Path, rule: str) -> object:
    """Import a fresh module whose ``build`` returns sources made by ``rule`` (its source file is the rule)."""
    import importlib.util

    path = folder / f"derived_{abs(hash(rule))}.py"
    path.write_text(f"calls = []\n\ndef build():\n    calls.append(1)\n    return {rule}\n", encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_derived_sources_are_built_once_and_equal_re_compile(store, monkeypatch):
    module = _module_with_builder(store, "[r'(?:ab|cd)[0-9]+', '[\\u4e00-\\u4e10]']")
    first = patterncache.compile_derived("table v1", module.build)
    assert first == (re.compile(r"(?:ab|cd)[0-9]+"), re.compile("[\u4e00-\u4e10]"))
    _restart(monkeypatch)
    again = patterncache.compile_derived("table v1", module.build)
    assert again == first and module.calls == [1], "the second process took the sources from the file"
    assert not patterncache._STORE.new


def test_changed_inputs_or_a_changed_rule_build_again(store, monkeypatch):
    module = _module_with_builder(store, "['x+']")
    patterncache.compile_derived("table v1", module.build)
    _restart(monkeypatch)
    patterncache.compile_derived("table v2", module.build)
    assert module.calls == [1, 1]
    changed = _module_with_builder(store, "['y+']")  # another rule (another file) with the same inputs
    assert patterncache.compile_derived("table v1", changed.build) == (re.compile("y+"),)
    assert changed.calls == [1]


def test_derived_sources_with_the_cache_off_or_a_damaged_entry(tmp_path, store, monkeypatch):
    module = _module_with_builder(store, "['z+']")
    patterncache.compile_derived("t", module.build)
    key = next(k for k in patterncache._STORE.programs if k[1] == patterncache._DERIVED)
    patterncache._STORE.programs[key] = 42  # not sources: built again
    assert patterncache.compile_derived("t", module.build) == (re.compile("z+"),)
    assert module.calls == [1, 1]
    monkeypatch.setenv("ARCHIVE_CACHE_DIR", "")
    monkeypatch.setattr(patterncache, "_STORE", patterncache._Store())
    assert patterncache.compile_derived("t", module.build) == (re.compile("z+"),)
    assert module.calls == [1, 1, 1]


def test_the_readers_derived_patterns_equal_what_their_rules_build(store, monkeypatch):
    from archive.readers import language, publishers

    for _ in range(2):  # built, then from the file
        publishers._key_patterns.cache_clear()
        language._script_classes.cache_clear()
        assert publishers._key_patterns() == tuple(map(re.compile, publishers._key_sources()))
        assert language._script_classes() == tuple(map(re.compile, language._script_class_sources()))
        _restart(monkeypatch)
    publishers._key_patterns.cache_clear()
    language._script_classes.cache_clear()
