"""Every heuristic pattern matches the example it is documented with (GUIDE: heuristics are data)."""

from __future__ import annotations

import pytest

from archive.readers import dates, patterns, people


@pytest.mark.parametrize(
    ("pattern", "examples"),
    [
        (patterns.SOURCE_LABEL, patterns.SOURCE_EXAMPLES),
        (patterns.EDITOR, patterns.EDITOR_EXAMPLES),
        (patterns.STAFF_CODE, patterns.STAFF_CODE_EXAMPLES),
        (patterns.BODY_STOP, patterns.BODY_STOP_EXAMPLES),
        (patterns.BOILERPLATE, patterns.BOILERPLATE_EXAMPLES),
        (patterns.BREADCRUMB_PREFIX, patterns.BREADCRUMB_PREFIX_EXAMPLES),
        (patterns.ORIGINAL_HEADLINE, [patterns.ORIGINAL_HEADLINE_EXAMPLE]),
        (patterns.BYLINE_TAIL, [patterns.BYLINE_TAIL_EXAMPLE]),
    ],
    ids=["source", "editor", "staff-code", "body-stop", "boilerplate", "breadcrumb-prefix",
         "original-headline", "byline-tail"],
)
def test_pattern_matches_its_examples(pattern, examples):
    assert examples, "a pattern needs at least one example"
    for example in examples:
        assert pattern.search(example), example


@pytest.mark.parametrize("example", dates.EXAMPLES)
def test_every_date_form_finds_a_date_in_its_example(example):
    assert dates.find_date(example) is not None


@pytest.mark.parametrize(
    ("text", "lang", "offset", "expected"),
    [
        ("发布时间:2020年01月29日 07:40:11   来源: 昆明日报", "zh", "+08:00", "2020-01-29T07:40:11+08:00"),
        ("2019年06月15日08:18  来源：人民网-文化频道", "zh", "+08:00", "2019-06-15T08:18:00+08:00"),
        ("2023-11-17 20:52:15 来源： 新华网", "zh", "+08:00", "2023-11-17T20:52:15+08:00"),
        ("发布日期：2019-03-06", "zh", "+08:00", "2019-03-06"),
        ("Nov. 19, 2019 5:52 AM EST", "en", None, "2019-11-19T05:52:00-05:00"),
        ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "en", None, "2019-11-19T22:01:00-08:00"),
        ("Mon 18 Nov 2019 18.54 GMT", "en", None, "2019-11-18T18:54:00+00:00"),
        ("MUMBAI   Tue Dec 30, 2014 4:33pm IST", "en", None, "2014-12-30T16:33:00+05:30"),
        ("Posted July 4, 2019 at 10:15 AM ET", "en", None, "2019-07-04T10:15:00-04:00"),
        ("Posted January 4, 2019 at 10:15 AM ET", "en", None, "2019-01-04T10:15:00-05:00"),
        ("Published 3:05 p.m. November 2, 2019", "en", None, "2019-11-02T15:05:00"),
        ("2020/1/29", "zh", "+08:00", "2020-01-29"),
    ],
)
def test_dates_as_printed_to_iso(text, lang, offset, expected):
    assert dates.find_date(text, lang=lang, default_offset=offset).iso == expected


def test_no_date_means_no_date_and_impossible_dates_are_refused():
    assert dates.find_date("责任编辑：钱霓") is None
    assert dates.find_date("2019年13月45日") is None


def test_credits_split_into_people_with_roles():
    found = people.parse_credits("评论员 罗博 萧海川")
    assert [(p.name, p.printed_role) for p in found] == [("罗博", "评论员"), ("萧海川", "评论员")]


def test_editor_names_lose_staff_codes():
    assert people.split_names("荀建国_NN7379") == ["荀建国"]
    assert people.split_names("韩保林 PK155") == ["韩保林"]
    assert people.split_names("汤诗瑶、丁涛") == ["汤诗瑶", "丁涛"]
