"""The Chinese line-breaking rules (kinsoku) as a pure function: examples, data, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.writers import kinsoku
from archive.writers.kinsoku import NO_END, NO_START, Kind, break_lines, break_opportunities, violations


def lines_of(text: str, width: float, advance: float = 1.0, first_indent: float = 0.0) -> list[str]:
    """Break ``text`` with every character ``advance`` wide (ASCII half as wide) into line strings."""
    advances = [advance / 2 if ord(ch) < 0x80 else advance for ch in text]
    return [text[s.start:s.end] for s in break_lines(text, advances, width, first_indent)]


@pytest.mark.parametrize("char_class", kinsoku.CHAR_CLASSES, ids=lambda c: c.why)
def test_every_character_class_example_shows_its_rule(char_class: kinsoku.CharClass) -> None:
    """Each class's example marks a break with "|": forbidden for marks, allowed for spaces and hyphens."""
    before, after = char_class.example.split("|")
    text = before + after
    allowed = len(before) in break_opportunities(text)
    assert allowed is (char_class.kind in (Kind.SPACE, Kind.HYPHEN)), char_class.example


@pytest.mark.parametrize("pair, example", kinsoku.BREAK_PAIRS.items(), ids=lambda v: str(v))
def test_every_break_pair_example_is_a_break(pair: tuple[Kind, Kind], example: str) -> None:
    before, after = example.split("|")
    assert len(before) in break_opportunities(before + after), example


def test_closing_punctuation_never_starts_a_line() -> None:
    # Width 4 would put "，" first on the second line; "开" goes down with it instead.
    lines = lines_of("会议召开，对全市", 4)
    assert lines == ["会议召", "开，对全", "市"]
    assert violations(lines) == []


def test_opening_punctuation_never_ends_a_line() -> None:
    lines = lines_of("请通过铁路“铁路12306”客户端购票", 4)
    assert all(not line.endswith("“") for line in lines)
    assert violations(lines) == []
    assert "".join(lines) == "请通过铁路“铁路12306”客户端购票"


def test_latin_words_break_at_spaces_and_lose_the_space() -> None:
    assert lines_of("ended flat on Tuesday", 6) == ["ended flat", "on Tuesday"]


def test_hyphen_breaks_before_a_letter_but_not_a_digit() -> None:
    assert break_opportunities("long-term") == [5]
    assert break_opportunities("COVID-19") == []


def test_apostrophe_inside_a_word_holds() -> None:
    text = "government’s view"
    assert text.index("s ") not in break_opportunities(text)


def test_ascii_quotes_glue_to_their_neighbours() -> None:
    text = '60万"12306账号"外泄'
    opportunities = break_opportunities(text)
    assert text.index('"') not in opportunities  # not before the opening quote's digits…
    assert text.rindex('"') not in opportunities  # …nor before the closing quote


def test_a_cluster_wider_than_the_line_is_cut_rather_than_overflowing() -> None:
    lines = lines_of("see www.12306.cn/abc/def/ghi now", 4)
    assert lines[0] == "see"
    assert all(len(line) <= 8 for line in lines)
    assert "".join(lines) == "seewww.12306.cn/abc/def/ghinow"


def test_first_line_indent_narrows_only_the_first_line() -> None:
    assert lines_of("一二三四五六七八", 4, first_indent=2) == ["一二", "三四五六", "七八"]


def test_empty_text_is_one_empty_line() -> None:
    assert break_lines("", [], 10) == [kinsoku.Span(0, 0, 0.0)]


def test_violations_count_only_breaks() -> None:
    assert violations(["“开头", "结尾”"]) == []  # a paragraph may open and close with quotes
    assert violations(["会议召开", "，对全市"]) == [(1, "line starts with '，'")]
    assert violations(["请通过“", "铁路”"]) == [(0, "line ends with '“'")]


def test_no_start_and_no_end_hold_the_characters_the_issue_lists() -> None:
    assert set("，。、；：？！”’）》〉」』】…—") <= NO_START
    assert set("“‘（《〈「『【") <= NO_END


# Words of at most six characters' width, so every cluster fits a line of six: then no break may
# violate a rule, whatever the words are and however they are joined.
CJK = "会议指出新型冠状病毒感染肺炎疫情发生以来总书记高度重视"
WORDS = st.builds(
    lambda opening, core, closing: opening + core + closing,
    st.sampled_from(["", "“", "（", "《", "「"]),
    st.text(alphabet=CJK + "ABC123", min_size=1, max_size=3),
    st.sampled_from(["", "，", "。", "”", "）", "》", "、", "！", "……"]),
)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=40), width=st.integers(min_value=6, max_value=30))
def test_any_text_breaks_without_violations_and_without_losing_characters(words: list[str], width: int) -> None:
    text = "".join(words)
    lines = lines_of(text, width)
    assert "".join(lines) == text
    assert violations(lines) == []
    advances = {ch: (0.5 if ord(ch) < 0x80 else 1.0) for ch in text}
    assert all(sum(advances[ch] for ch in line) <= width for line in lines)


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=0, max_size=200), width=st.floats(min_value=0.5, max_value=50))
def test_break_lines_never_raises_and_keeps_every_visible_character(text: str, width: float) -> None:
    lines = lines_of(text, width)
    kept = "".join(lines)
    assert [ch for ch in kept if kinsoku.kind(ch) is not Kind.SPACE] == \
        [ch for ch in text if kinsoku.kind(ch) is not Kind.SPACE]
