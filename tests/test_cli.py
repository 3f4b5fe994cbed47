"""The CLI end to end: the seed to all four formats, batches, validation, bad input, reproducibility."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile

import pytest
from cli import run
from conftest import require_shared
from lxml import etree

from archive import __version__
from archive.model.xml import loads

FORMATS = (".xml", ".epub", ".pdf", ".jsonld")
COMMANDS = ("convert", "validate", "inspect", "build")


def test_version():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"archive {__version__}"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_on_every_command(command):
    done = run(*([command] if command else []), "--help")
    assert done.returncode == 0
    assert "Usage:" in done.stdout


def test_help_texts_survive_rich_markup():
    """Rich reads ``[words]`` in a help text as markup and drops it: say defaults in parentheses."""
    import typer.main

    from archive.cli import app

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            text = getattr(param, "help", None) or ""
            assert "[" not in text, f"{name} {param.name}: {text!r}"


@pytest.mark.parametrize("extension", FORMATS)
def test_seed_converts_to_each_format(tmp_path, seed_path, extension):
    target = tmp_path / ("seed" + extension)
    done = run("convert", seed_path, "-o", target)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 500
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "temporary files left behind"


def test_seed_xml_through_the_cli_is_a_valid_item(tmp_path, seed_path, iptc_xsd):
    target = tmp_path / "seed.xml"
    assert run("convert", seed_path, "-o", target).returncode == 0
    tree = etree.parse(str(target))
    assert etree.XMLSchema(etree.parse(str(iptc_xsd))).validate(tree)
    item = loads(target.read_bytes())
    assert item.headline.startswith("昆明")
    assert item.original.sha256 == hashlib.sha256(seed_path.read_bytes()).hexdigest()
    done = run("validate", target)
    assert done.returncode == 0, done.stderr
    assert "1 of 1 valid (profile and iptc)" in done.stdout


def test_validate_reports_each_error_with_its_line(tmp_path, seed_path):
    target = tmp_path / "seed.xml"
    assert run("convert", seed_path, "-o", target).returncode == 0
    broken = tmp_path / "broken.xml"
    broken.write_bytes(target.read_bytes().replace(b'<language tag="zh-CN"/>', b"<language/>"))
    done = run("validate", broken, "--json")
    assert done.returncode == 4
    problems = json.loads(done.stdout)["files"][str(broken)]
    assert problems and all(p.startswith("line ") for p in problems)
    assert any("tag" in p for p in problems)


def test_batch_to_a_folder_names_outputs_after_inputs(tmp_path, seed_path):
    second = tmp_path / "in" / "copy.txt"
    second.parent.mkdir()
    shutil.copy(seed_path, second)
    out = tmp_path / "out"
    done = run("convert", seed_path, second, "-o", out, "--to", "jsonld")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["000_d3c6fe3a4f49bc7c.jsonld", "copy.jsonld"]


def test_a_folder_gives_its_dumps_and_items_in_path_order(tmp_path):
    """The inputs of a folder are the files sorted(rglob) gives: path order (a/b before a-c), any depth,
    linked files but no linked folder's, suffixes in any case, no ".txt" alone nor other suffixes."""
    from archive.pipeline import inputs_under

    for name in ("a/b.txt", "a-c.txt", "a/deep/er/x.XML", "b.text", "..txt", ".txt", "notes.md", "z.txt/inner.txt",
                 "outside/linked.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "a" / "link.txt").symlink_to(tmp_path / "b.text")
    (tmp_path / "a" / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "linked-folder").symlink_to(tmp_path / "outside", target_is_directory=True)
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".text", ".xml"))
    found = inputs_under(tmp_path)
    assert found == expected
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "..txt", "a/b.txt", "a/deep/er/x.XML", "a/link.txt", "a-c.txt", "b.text", "outside/linked.txt",
        "z.txt/inner.txt"]


def test_one_bad_file_in_a_batch_does_not_stop_the_others(tmp_path, seed_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    out = tmp_path / "out"
    done = run("convert", empty, seed_path, binary, "-o", out, "--to", "xml")
    assert done.returncode == 3
    assert [p.name for p in out.iterdir()] == ["000_d3c6fe3a4f49bc7c.xml"]
    assert f"{empty}: the file is empty" in done.stderr
    assert f"{binary}: the file is binary" in done.stderr
    assert "converted 1 of 3 files" in done.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 40, "binary"),
        ("只有一行没有标题的文字，也没有日期。".encode("utf-16-le"), "binary"),
        (b"just some words\n", "headline"),
    ],
    ids=["empty", "jpeg", "utf16-without-bom", "no-headline"],
)
@pytest.mark.parametrize("extension", FORMATS)
def test_bad_input_is_one_line_a_nonzero_exit_and_no_output(tmp_path, content, message, extension):
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    target = tmp_path / ("out" + extension)
    done = run("convert", source, "-o", target)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(source) in lines[0] and message in lines[0]
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt"]
    assert source.read_bytes() == content, "the original bytes must never change"


def test_missing_input_file(tmp_path):
    done = run("convert", tmp_path / "nope.txt", "-o", tmp_path / "x.xml")
    assert done.returncode == 3
    assert "no such file" in done.stderr


def test_unknown_output_extension_lists_the_known_ones(tmp_path, seed_path):
    done = run("convert", seed_path, "-o", tmp_path / "x.docx")
    assert done.returncode == 2
    assert ".epub" in done.stderr and ".jsonld" in done.stderr


def test_strict_turns_warnings_into_failures(tmp_path, seed_path):
    source = tmp_path / "noeditor.txt"
    source.write_bytes(seed_path.read_bytes().replace("责任编辑:钱霓".encode(), b""))
    assert run("convert", source, "-o", tmp_path / "a.xml").returncode == 0
    done = run("convert", source, "-o", tmp_path / "b.xml", "--strict")
    assert done.returncode == 7
    assert "editor" in done.stderr
    assert not (tmp_path / "b.xml").exists()


def test_inspect_shows_fields_with_lines_and_json(seed_path):
    table = run("inspect", seed_path)
    assert table.returncode == 0
    assert "headline" in table.stdout and "昆明" in table.stdout
    report = json.loads(run("inspect", seed_path, "--json").stdout)
    fields = {f["field"]: f for f in report["fields"]}
    assert fields["headline"]["line"] == 3
    assert fields["published"]["value"] == "2020-01-29T07:40:11+08:00"
    assert report["encoding"] == "utf-8"


@pytest.mark.slow
@pytest.mark.parametrize("extension", FORMATS)
def test_same_input_and_epoch_give_identical_bytes(tmp_path, seed_path, extension):
    first, second = tmp_path / ("a" + extension), tmp_path / ("b" + extension)
    assert run("convert", seed_path, "-o", first).returncode == 0
    assert run("convert", seed_path, "-o", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_epoch_is_what_the_record_carries(tmp_path, seed_path):
    target = tmp_path / "seed.xml"
    assert run("convert", seed_path, "-o", target, epoch="1600000000").returncode == 0
    assert loads(target.read_bytes()).created == "2020-09-13T12:26:40Z"


def test_epub_from_the_cli_is_a_zip_with_the_mimetype_first(tmp_path, seed_path):
    target = tmp_path / "seed.epub"
    assert run("convert", seed_path, "-o", target).returncode == 0
    with zipfile.ZipFile(target) as book:
        assert book.namelist()[0] == "mimetype"


def test_score_tool_finds_no_failed_field_for_the_seed(tmp_path):
    """The shared scorer, through the CLI, on the seed alone."""
    import subprocess
    import sys

    corpus = require_shared("corpus", "dev")
    tool = require_shared("tools", "score_import.py")
    only = tmp_path / "corpus"
    only.mkdir()
    for name in ("000_seed.txt", "000_seed.json"):
        shutil.copy(corpus / name, only / name)
    done = subprocess.run([sys.executable, str(tool), str(only), "--cli", f"{sys.executable} -m archive",
                           "--json"], capture_output=True, text=True, timeout=300)
    scores = json.loads(done.stdout[: done.stdout.rindex("}") + 1])  # the tool adds a summary line
    assert scores["failures"]["000_seed"] == []
    assert scores["accuracy"]["all"] == 1.0
