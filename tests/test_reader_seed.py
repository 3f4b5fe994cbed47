"""The seed, field by field, exactly as labelled in ../shared/corpus/dev/000_seed.json."""

from __future__ import annotations

import json

import pytest
from conftest import require_shared

from archive.model import Role
from archive.readers.text import STEPS, read


@pytest.fixture(scope="module")
def label():
    return json.loads(require_shared("corpus", "dev", "000_seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(seed_path):
    return read(seed_path.read_bytes(), filename=str(seed_path), created="2020-01-30T00:00:00Z")


def test_seed_file_is_the_shared_seed_byte_for_byte(seed_path):
    shared = require_shared("seeds", "000_d3c6fe3a4f49bc7c.txt")
    assert seed_path.read_bytes() == shared.read_bytes()


def test_headline_and_original_headline(result, label):
    assert result.item.headline == label["headline"]
    assert result.item.original_headline == label["original_headline"]


def test_section_and_breadcrumb(result, label):
    assert result.item.section == label["section"]
    assert list(result.item.breadcrumb) == label["breadcrumb"]


def test_publication_date_source_publisher_language(result, label):
    assert result.item.published == label["published"]
    assert result.item.source == label["source"]
    assert result.item.publisher == label["publisher"]
    assert result.item.language == label["language"]


def test_people_with_printed_roles_and_editor(result, label):
    writers = [(p.name, p.printed_role) for p in result.item.people if p.role is not Role.EDITOR]
    assert writers == [(a["name"], a["role"]) for a in label["authors"]]
    assert [p.role for p in result.item.people if p.role is not Role.EDITOR] == [Role.AUTHOR, Role.CORRESPONDENT]
    assert [p.name for p in result.item.editors] == [label["editor"]]
    assert result.item.byline == "(首席记者 贾献培 通讯员 左余东)"


def test_body_paragraphs(result, label):
    body = [b.text for b in result.item.body]
    assert len(body) == label["paragraph_count"] == 8
    assert body[0] == label["first_paragraph"]
    assert body[-1] == label["last_paragraph"]
    text = "\n".join(body)
    for boilerplate in label["boilerplate_samples"]:
        assert boilerplate not in text
    for not_body in ("原标题", "发布时间", "当前的位置", "ICP备", "关注云南网微信", "责任编辑"):
        assert not_body not in text


def test_lines_each_field_came_from(result):
    assert result.where["headline"] == 3
    assert result.where["published"] == 4
    assert result.where["original_headline"] == 6
    assert result.where["body"] == 8


def test_original_file_is_recorded(result, seed_path):
    original = result.item.original
    data = seed_path.read_bytes()
    assert original.size == len(data) == 5665
    assert original.encoding == "utf-8" and not original.bom and original.line_endings == "lf"
    assert original.filename == seed_path.name


def test_guid_is_derived_from_the_bytes(seed_path):
    data = seed_path.read_bytes()
    first = read(data, filename="a.txt", created="2020-01-30T00:00:00Z").item.guid
    again = read(data, filename="b.txt", created="2021-05-05T00:00:00Z").item.guid
    other = read(data + b"\n", filename="a.txt", created="2020-01-30T00:00:00Z").item.guid
    assert first == again != other


def test_a_field_not_found_is_a_located_warning_not_a_guess(seed_path):
    """Without the editor step's input (the line removed), the editor is absent and a warning says so."""
    data = seed_path.read_bytes().replace("责任编辑:钱霓".encode(), b"")
    result = read(data, filename="s.txt", created="2020-01-30T00:00:00Z")
    assert result.item.editors == ()
    assert any(d.code == "editor-missing" for d in result.diagnostics)
    assert all(d.file == "s.txt" for d in result.diagnostics)


def test_steps_are_named_and_can_be_dropped(seed_path):
    names = [name for name, _ in STEPS]
    assert names[:3] == ["language", "dateline", "headline"]
    steps = [(n, s) for n, s in STEPS if n != "original_headline"]
    result = read(seed_path.read_bytes(), filename="s.txt", created="2020-01-30T00:00:00Z", steps=steps)
    assert result.item.original_headline is None
