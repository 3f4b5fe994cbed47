"""Start-up work of the CLI: a command loads what it needs and nothing else (issue #6).

Whole-process time is a benchmark figure (tests/bench.py); what is tested here is the work that
makes it: which modules a run imports, and how many commands typer builds for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer.main
from cli import EPOCH

from archive import cli

SEED = Path(__file__).resolve().parents[1] / "seeds"

# Run the console script's entry point, then print the modules the run imported.
_PROBE = """
import json, sys
from archive import cli
sys.argv = ["archive", *sys.argv[1:]]
try:
    cli.main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules_of(*args: str) -> tuple[int, set[str]]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def _seed() -> Path:
    return next(p for p in sorted(SEED.iterdir()) if p.suffix == ".txt")


def test_epub_conversion_loads_no_pdf_store_or_search_modules(tmp_path: Path) -> None:
    code, modules = _modules_of("convert", str(_seed()), "-o", str(tmp_path / "one.epub"))
    assert code in (0, None)
    assert (tmp_path / "one.epub").stat().st_size > 0
    assert "archive.writers.epub" in modules and "ebooklib.epub" in modules
    unwanted = {m for m in modules if m.split(".")[0] == "reportlab" or m.startswith(("archive.writers.pdf",
                "archive.store", "archive.writers.jsonld", "bagit", "rich"))}
    assert not unwanted


def test_jsonld_conversion_loads_neither_ebooklib_nor_reportlab(tmp_path: Path) -> None:
    code, modules = _modules_of("convert", str(_seed()), "-o", str(tmp_path / "one.jsonld"))
    assert code in (0, None)
    assert not {m for m in modules if m.split(".")[0] in {"ebooklib", "reportlab"}}


def test_a_run_builds_only_the_command_it_invokes() -> None:
    only = cli._app_for(["archive", "convert", "x.txt"])
    assert [info.callback.__name__ for info in only.registered_commands] == ["convert"]
    group = typer.main.get_command(only)
    assert list(group.commands) == ["convert"]  # type: ignore[attr-defined]
    # the app itself is untouched: other runs still see every command
    assert len(cli.app.registered_commands) > 10
    named = cli._app_for(["archive", "verify-release", "dist"])
    assert [info.name for info in named.registered_commands] == ["verify-release"]


def test_help_version_and_unknown_words_get_the_whole_app() -> None:
    for argv in (["archive"], ["archive", "--help"], ["archive", "--version"], ["archive", "conver"],
                 ["archive", "-j", "2"]):
        assert cli._app_for(argv) is cli.app


def test_top_level_help_still_lists_every_command() -> None:
    code, _ = _modules_of("--help")
    assert code in (0, None)
    done = subprocess.run([sys.executable, "-m", "archive", "--help"], capture_output=True, text=True,
                          timeout=300, check=False, env=dict(os.environ, COLUMNS="200"))
    for info in cli.app.registered_commands:
        assert cli._command_name(info) in done.stdout
    typo = subprocess.run([sys.executable, "-m", "archive", "conver"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert typo.returncode == 2 and "No such command" in typo.stderr


# Run the conversion as _PROBE does, recording every dataclass made on the way (module.class).
_DATACLASS_PROBE = """
import dataclasses, json, sys
made = []
process = dataclasses._process_class
def recording(cls, *args, **kwargs):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    return process(cls, *args, **kwargs)
dataclasses._process_class = recording
from archive import cli
sys.argv = ["archive", *sys.argv[1:]]
try:
    cli.main()
except SystemExit:
    pass
print(json.dumps(made))
"""


def test_one_article_to_epub_makes_only_the_model_and_options_dataclasses(tmp_path: Path) -> None:
    """On Python 3.11 each frozen slotted dataclass costs about a millisecond to create (its methods
    are generated and exec'd one by one, then the class is made again for slots). Internal records
    are NamedTuples; the dataclasses left on this path are the model's, the writer's options (both
    as GUIDE.md asks) and the reader's mutable draft."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    done = subprocess.run([sys.executable, "-c", _DATACLASS_PROBE, "convert", str(_seed()), "-o",
                           str(tmp_path / "one.epub")], capture_output=True, text=True, env=env, timeout=300,
                          check=False)
    assert done.returncode == 0 and done.stdout.strip(), done.stderr
    made = json.loads(done.stdout.strip().splitlines()[-1])
    assert (tmp_path / "one.epub").stat().st_size > 0
    expected = {"archive.writers.epub.EpubOptions", "archive.readers.draft.Draft"}
    assert {name for name in made if not name.startswith("archive.model.")} == expected
    assert len(made) <= 8
