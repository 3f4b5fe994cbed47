"""Every heuristic matches the examples it is documented with, and none of its counter-examples.

GUIDE: heuristics are data. Each pattern in ``archive.readers.patterns`` carries example lines in
``EXAMPLES``; the near misses that fixed its edges are in ``COUNTER_EXAMPLES``. The parsers built
on them (dates, people, credits, sources, publishers) are checked here on single lines too.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from functools import cache

import pytest
from hypothesis import example as hypothesis_example
from hypothesis import given
from hypothesis import strategies as st

from archive.model import Role
from archive.readers import body, credits, dates, decode, english, header, lines, patterns, people, publishers
from archive.readers.lazy import Pattern


@pytest.mark.parametrize("name", sorted(patterns.EXAMPLES))
def test_pattern_matches_its_examples(name):
    pattern, examples = patterns.EXAMPLES[name]
    assert examples, "a pattern needs at least one example"
    for example in examples:
        assert pattern.search(example), f"{name} does not match {example!r}"


@pytest.mark.parametrize("name", sorted(patterns.COUNTER_EXAMPLES))
def test_pattern_refuses_its_counter_examples(name):
    pattern, _ = patterns.EXAMPLES[name]
    for example in patterns.COUNTER_EXAMPLES[name]:
        assert not pattern.search(example), f"{name} matches {example!r}"


def test_every_compiled_pattern_has_examples():
    compiled = {name for name, value in vars(patterns).items() if isinstance(value, Pattern) and name.isupper()}
    undocumented = compiled - set(patterns.EXAMPLES) - {"HAN", "HAN_RUN", "LATIN_WORD"}
    assert not undocumented, f"patterns without examples: {sorted(undocumented)}"


# ---------------------------------------------------------------------------------------------
# patterns compiled on first use, and their first-character filters

READER_MODULES = [patterns, body, credits, dates, english, header, lines, people, publishers, decode]


def _reader_patterns() -> dict[str, Pattern]:
    found = {}
    for module in READER_MODULES:
        for name, value in vars(module).items():
            if isinstance(value, Pattern):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, list):  # dates.DATE_PATTERNS: (name, pattern) pairs
                found.update({f"{module.__name__}.{name}[{pair[0]}]": pair[1] for pair in value
                              if isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[1], Pattern)})
    return found


@pytest.mark.parametrize("name", sorted(_reader_patterns()))
def test_every_pattern_compiles(name):
    """Compiled on first use, a broken pattern would fail only on the page that reaches it: compile all here."""
    pattern = _reader_patterns()[name]
    plain = re.compile(pattern.pattern, pattern.flags)
    gated = pattern.compiled()
    assert (gated.groups, gated.groupindex) == (plain.groups, plain.groupindex)


def test_space_is_what_backslash_s_matches():
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(patterns.SPACE) == set(re.findall(r"\s", every))


@pytest.mark.parametrize("name", sorted(n for n, p in _reader_patterns().items() if p.starts is not None))
def test_starts_hold_every_character_a_match_can_begin_with(name):
    """The filter answers None for a text beginning with a character not in ``starts``: that must be right."""
    pattern = _reader_patterns()[name]
    first, nullable = first_characters(pattern.pattern, pattern.flags)
    assert first is not None and not nullable, "a pattern that may match anything first cannot be filtered"
    missing, extra = first - pattern.starts, pattern.starts - first
    assert not missing, f"{name}.starts lacks {''.join(sorted(missing))!r}"
    assert not extra, f"no match of {name} begins with {''.join(sorted(extra))!r}: keep the list exact"


def _answers(compiled: re.Pattern[str], text: str) -> list:
    found = [compiled.match(text), compiled.search(text), compiled.fullmatch(text)]
    return [(m.span(), m.groups()) if m else None for m in found] + [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize("name", sorted(n for n, p in _reader_patterns().items() if p.starts is not None))
def test_a_gated_pattern_answers_as_the_plain_one(name):
    """The first-character gate changes how fast a pattern fails, never where or what it matches."""
    pattern = _reader_patterns()[name]
    plain = re.compile(pattern.pattern, pattern.flags)
    texts = [t for _, examples in patterns.EXAMPLES.values() for t in examples]
    texts += [t for examples in patterns.COUNTER_EXAMPLES.values() for t in examples]
    texts += [c + t for t in texts[:40] for c in sorted(pattern.starts)[:8]] + ["", " ", "Share this", "ſhare this"]
    for text in texts:
        assert _answers(pattern.compiled(), text) == _answers(plain, text), text


# Patterns searched anywhere in a line, written so that re can skip to where they may begin.
_SEARCHED_FROM_LITERALS = ["BOILERPLATE"]


@pytest.mark.parametrize("name", _SEARCHED_FROM_LITERALS)
def test_a_searched_pattern_opens_every_branch_with_a_literal(name):
    """re finds the characters a search may begin with only when each branch opens with a literal."""
    pattern = getattr(patterns, name)
    assert not pattern.flags & re.IGNORECASE
    parsed = re._parser.parse(pattern.pattern)
    (op, value), = parsed.data
    assert op is re._constants.BRANCH
    assert all(branch.data[0][0] is re._constants.LITERAL for branch in value[1])


def test_boilerplate_endings_have_examples():
    for example in patterns.BOILERPLATE_ENDING_EXAMPLES:
        assert example.endswith(patterns.BOILERPLATE_ENDINGS), example


# ---------------------------------------------------------------------------------------------
# dates


@pytest.mark.parametrize("example", dates.EXAMPLES)
def test_every_date_form_finds_a_date_in_its_example(example):
    assert dates.find_date(example) is not None


@pytest.mark.parametrize(
    ("text", "lang", "offset", "expected"),
    [
        ("发布时间:2020年01月29日 07:40:11   来源: 昆明日报", "zh", "+08:00", "2020-01-29T07:40:11+08:00"),
        ("2019年06月15日08:18  来源：人民网-文化频道", "zh", "+08:00", "2019-06-15T08:18:00+08:00"),
        ("2023-11-17 20:52:15 来源： 新华网", "zh", "+08:00", "2023-11-17T20:52:15+08:00"),
        ("2023 11/ 17 20:52:15", "zh", "+08:00", "2023-11-17T20:52:15+08:00"),
        ("发布日期：2019-03-06", "zh", "+08:00", "2019-03-06"),
        ("2020/1/29", "zh", "+08:00", "2020-01-29"),
        ("发布日期：108年11月19日", "zh", "+08:00", "2019-11-19"),
        ("Nov. 19, 2019 5:52 AM EST", "en", None, "2019-11-19T05:52:00-05:00"),
        ("Updated 10:01 pm PST, Tuesday, November 19, 2019", "en", None, "2019-11-19T22:01:00-08:00"),
        ("Mon 18 Nov 2019 18.54\u00a0GMT", "en", None, "2019-11-18T18:54:00+00:00"),
        ("MUMBAI   Tue Dec 30, 2014 4:33pm IST", "en", None, "2014-12-30T16:33:00+05:30"),
        ("November 20, 2019 - 11:28 AMT", "en", None, "2019-11-20T11:28:00+04:00"),
        ("Posted July 4, 2019 at 10:15 AM ET", "en", None, "2019-07-04T10:15:00-04:00"),
        ("Posted January 4, 2019 at 10:15 AM ET", "en", None, "2019-01-04T10:15:00-05:00"),
        ("Published 3:05 p.m. November 2, 2019", "en", None, "2019-11-02T15:05:00"),
        ("on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM", "en", None, "2014-12-27T12:06:00"),
        ("19/11/2019 10:37", "en", None, "2019-11-19T10:37:00"),
        ("Updated: January 16, 2020", "en", None, "2020-01-16"),
        ("TNN | Updated: Nov 19, 2019, 10:37 IST", "en", None, "2019-11-19T10:37:00+05:30"),
    ],
)
def test_dates_as_printed_to_iso(text, lang, offset, expected):
    assert dates.find_date(text, lang=lang, default_offset=offset).iso == expected


def test_no_date_means_no_date_and_impossible_dates_are_refused():
    assert dates.find_date("责任编辑：钱霓") is None
    assert dates.find_date("2019年13月45日") is None
    assert dates.find_date("发布时间：11-19 10:37") is None  # no year: never invented
    assert dates.find_date("3小时前") is None


def test_a_second_date_is_found_after_the_first():
    found = dates.find_dates("Mon 18 Nov 2019 18.54 GMT  Last modified on Mon 18 Nov 2019 18.56 GMT", lang="en")
    assert [f.iso for f in found] == ["2019-11-18T18:54:00+00:00", "2019-11-18T18:56:00+00:00"]


@pytest.mark.parametrize("example", dates.TIME_EXAMPLES)
def test_a_line_holding_only_a_time_is_read(example):
    assert dates.find_time(example, lang="en") is not None


def test_a_time_on_the_next_line_completes_a_date():
    day = dates.find_date("2019年09月06日")
    time = dates.find_time("09:38", default_offset="+08:00")
    assert dates.with_time(day, time, "09:38").iso == "2019-09-06T09:38:00+08:00"
    assert dates.find_time("Updated 18:54 GMT", lang="en")[3] == "+00:00"


# ---------------------------------------------------------------------------------------------
# people and credits


def test_credits_split_into_people_with_roles():
    found = people.parse_credits("评论员 罗博 萧海川")
    assert [(p.name, p.printed_role) for p in found] == [("罗博", "评论员"), ("萧海川", "评论员")]
    found = people.parse_credits("首席记者 贾献培 通讯员 左余东")
    assert [p.role for p in found] == [Role.AUTHOR, Role.CORRESPONDENT]


def test_a_paper_glued_to_the_next_role_is_not_a_name():
    found = people.parse_credits("特约记者 张三 环球时报记者 李四")
    assert [(p.name, p.printed_role) for p in found] == [("张三", "特约记者"), ("李四", "记者")]


def test_a_photographer_is_not_an_author():
    assert people.parse_credits("新华社记者 才扬 摄") == ()


def test_editor_names_lose_staff_codes():
    assert people.split_names("荀建国_NN7379") == ["荀建国"]
    assert people.split_names("韩保林 PK155") == ["韩保林"]
    assert people.split_names("汤诗瑶、丁涛") == ["汤诗瑶", "丁涛"]
    assert people.split_names("HN666") == []
    assert people.split_names("HN666", keep_codes=True) == ["HN666"]


def test_names_glued_to_a_place_or_to_furniture():
    assert people.names_before_place("林志明高雄") == ["林志明"]
    assert people.names_before_place("王大明、李小華台北") == ["王大明", "李小華"]
    assert people.glued_name("单仁平我要评论(0)") == "单仁平"
    assert people.glued_name("我要评论(0)") is None


def test_a_name_without_a_role_must_look_personal():
    assert people.is_personal_name("王大明")
    assert not people.is_personal_name("即時新聞")
    assert not people.is_personal_name("國際中心")
    # 賴 / 赖 and 傅 are common surnames (a Taiwanese reporter 賴大明, 傅小華)
    assert people.is_personal_name("賴大明") and people.is_personal_name("赖大明") and people.is_personal_name("傅小華")


def test_english_bylines():
    authors, rest = english.parse_by_line("by Jeff Foust — November 18, 2019")
    assert [(p.name, p.printed_role) for p in authors] == [("Jeff Foust", "author")] and rest == "November 18, 2019"
    assert [p.name for p in english.parse_by_line("-- By Michael Russell Follow @tdmrussell")[0]] == ["Michael Russell"]
    assert [p.name for p in english.parse_by_line("By Jane Doe and John Roe, CNN")[0]] == ["Jane Doe", "John Roe"]
    assert english.parse_by_line("National Desk By National Desk")[0] == ()
    assert english.parse_by_line("By Tuesday, officials said")[0] == ()
    titled = english.parse_by_line("By Jane Doe, Science Correspondent")[0]
    assert [(p.name, p.printed_role) for p in titled] == [("Jane Doe", "Science Correspondent")]


def test_english_closing_credits():
    found = english.parse_credit_line(
        "(Reporting by Indulal PM; Additional reporting by Jane Doe; Editing by Sunil Nair)")
    assert [(p.name, p.printed_role, p.role) for p in found] == [
        ("Indulal PM", "reporter", Role.AUTHOR), ("Jane Doe", "additional reporting", Role.CORRESPONDENT),
        ("Sunil Nair", "Editing by", Role.EDITOR)]
    found = english.parse_contributed("CNN's Sam Smith and Ann Lee contributed to this report.")
    assert [(p.name, p.printed_role) for p in found] == [("Sam Smith", "contributor"), ("Ann Lee", "contributor")]
    assert [p.name for p in english.parse_name_line("Lily Kuo in Beijing")] == ["Lily Kuo"]
    assert english.parse_name_line("World News") == ()


def test_chinese_credits_in_the_lead_and_the_tail():
    lead = credits.lead_people("新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料")
    assert [(p.name, p.printed_role) for p in lead.people] == [("裴剑飞", "记者")]
    lead = credits.lead_people("（中央社記者林志明高雄19日電）高雄市前鎮區一家五金行今天清晨發生大火。")
    assert [(p.name, p.printed_role) for p in lead.people] == [("林志明", "記者")]
    assert credits.lead_people("〔即時新聞／綜合報導〕2008年，台北市萬華區發生命案。") is None
    tail = credits.tail_people("正是有了英勇的你们，才有这座英雄的城！（评论员 罗博 萧海川）")
    assert tail.printed == "（评论员 罗博 萧海川）"
    assert credits.role_named_after("给政府和社会都带来有益的反思。▲（作者是《环球时报》评论员）") == "评论员"


def test_editor_credits():
    assert [p.name for p in credits.editors_in("(责编：汤诗瑶、丁涛)")] == ["汤诗瑶", "丁涛"]
    assert [p.name for p in credits.editors_in("本文来源：每日经济新闻  责任编辑：荀建国_NN7379")] == ["荀建国"]
    assert [p.name for p in credits.editors_in("（责任编辑： HN666）")] == ["HN666"]
    assert [p.name for p in credits.editors_in("(Reporting by Indulal PM; Editing by Sunil Nair)")] == ["Sunil Nair"]
    assert credits.editors_in("校对：刘威") == ()
    assert credits.editors_in("稿事编辑部") == ()


def test_sources_as_pages_print_them():
    assert credits.labelled_source("2019-09-08 00:20:15　来源: 每日经济新闻 举报") == "每日经济新闻"
    assert credits.labelled_source("图片来源：未来科学大奖官网") is None
    after = credits.after_date("环球时报[微博]单仁平我要评论(0)")
    assert (after.source, after.author) == ("环球时报", "单仁平")
    after = credits.after_date("中央社 澎湖縣28日電")
    assert (after.source, after.dateline) == ("中央社", "澎湖縣28日電")
    assert credits.after_date("星期二").source is None
    assert credits.wire_in_lead("HAYWARD, Calif. (AP) — The Latest on a deadly stabbing") == (
        "AP", "HAYWARD, Calif. (AP)")
    assert credits.wire_in_lead("新华社北京11月17日电 记者17日从国家卫生健康委获悉")[0] == "新华社"
    assert credits.flash_source("新京报快讯（记者 裴剑飞）今日") == "新京报"
    assert credits.flash_source("本报讯（记者 张三）今日") is None


# ---------------------------------------------------------------------------------------------
# breadcrumbs and publishers


@pytest.mark.parametrize(
    ("line", "items", "section"),
    [
        ("您当前的位置:云南网 >> 云南频道 >> 时政 >> 正文", ["云南网", "云南频道", "时政", "正文"], "时政"),
        ("人民网>>文化", ["人民网", "文化"], "文化"),
        ("新华网 > > 正文", ["新华网", "正文"], None),
        ("新华网 正文", ["新华网", "正文"], None),
        ("udn / 社會 / 焦點事件", ["udn", "社會", "焦點事件"], "焦點事件"),
        ("首页 > 科技湃", ["首页", "科技湃"], "科技湃"),
    ],
)
def test_breadcrumbs_and_their_section(line, items, section):
    assert header.breadcrumb_items(line) == items
    assert header.section_of(items) == section


def test_a_sentence_is_not_a_breadcrumb():
    assert header.breadcrumb_items("点击进入“文艺星青年”>>") is None
    assert header.breadcrumb_items("他说，价格 > 成本，所以要涨价。") is None


def test_publisher_from_the_copyright_line_not_the_related_links():
    lines = ["网易首页", "新华网", "环球网", "正文", "© 1997-2019 网易公司版权所有"]
    found = publishers.identify(lines, skip=range(3, 4))
    assert (found.site.name, found.index, found.how) == ("网易", 4, "copyright")


def test_a_wire_copyright_under_the_story_is_not_the_site():
    lines = ["Menu", "Story text here.", "© Thomson Reuters 2020", "Contact", "© 2019 Guardian News & Media Limited"]
    assert publishers.identify(lines).site.name == "The Guardian"


def test_a_regional_edition_refines_its_parent():
    lines = ["Reuters Summits", "Story", "Reuters India Mobile"]
    assert publishers.identify(lines).site.name == "Reuters (India)"


def test_a_source_line_or_an_email_does_not_name_the_site():
    assert publishers.identify(["来源：新华网", "投稿邮箱:ynwbjzx@163.com"]).site is None


def test_a_group_footer_names_the_paper_it_leaves_out():
    members = [m for m in publishers.GROUPS["postmedia"] if m != "Vancouver Sun"]
    lines = ["News", "Story", "© 2020 Postmedia Network Inc. All rights reserved.", *members]
    assert publishers.identify(lines).site.name == "Vancouver Sun"


def test_a_site_named_only_in_menus_is_a_guess_that_lists_the_others():
    found = publishers.identify(["网易首页", "新华网", "正文", "环球网"], skip=range(2, 3))
    assert (found.site.name, found.how, found.others) == ("网易", "named", ("新华网",))


def test_time_zones_by_region():
    assert publishers.site_named("自由時報").zone == "+08:00"
    assert publishers.site_named("South China Morning Post").zone == "+08:00"
    assert publishers.site_named("The Guardian").zone is None
    assert publishers.site_named("联合早报").zone is None


# ---------------------------------------------------------------------------------------------
# The first characters of a pattern, derived from re's own parse of it (re._parser: private, but
# only the tests lean on it; the reader holds the result as data, ``starts``).


@cache
def _every_character() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def first_characters(pattern: str, flags: int = 0) -> tuple[set[str] | None, bool]:
    """Return (every character a match can begin with, whether a match can be empty); None: any character."""
    parsed = sre_parse.parse(pattern, flags)
    chars, nullable = _first_of_sequence(list(parsed))
    if chars is not None and parsed.state.flags & re.IGNORECASE:
        folded = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]", re.IGNORECASE)
        chars = set(folded.findall(_every_character()))
    return chars, nullable


def _first_of_sequence(items: list) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for op, av in items:
        first, nullable = _first_of_item(op, av)
        if first is None:
            return None, False
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op, av) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        return _first_of_class(av), False
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero width: the next item decides
        return set(), True
    if op is sre.BRANCH:
        found = [_first_of_sequence(list(alternative)) for alternative in av[1]]
        if any(first is None for first, _ in found):
            return None, False
        return set().union(*(first for first, _ in found)), any(nullable for _, nullable in found)
    if op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
        return _first_of_sequence(list(av[3]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, body_ = av
        first, nullable = _first_of_sequence(list(body_))
        return first, nullable or low == 0
    return None, False  # anything else (., negated classes, backreferences): no filter possible


def _first_of_class(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            chars.update(re.findall(r"\s", _every_character()))
        elif op is sre.CATEGORY and av in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
            chars.update(re.findall(r"\d", _every_character()))
        else:
            return None
    return chars


def test_trademark_examples_match():
    for example in publishers.TRADEMARK_EXAMPLES:
        assert publishers.TRADEMARK.search(example), example


def test_site_mission_examples_match():
    for example in publishers.SITE_MISSION_EXAMPLES:
        assert publishers.SITE_MISSION.match(example), example
    assert not publishers.SITE_MISSION.match("The mission of the council is unclear.")  # no "is to": no statement


def test_credit_slot_examples_match():
    for above, text in english.SLOT_EXAMPLES:
        assert english.credit_slot(above, text) == text


_PUNCT_TEXT = st.text(alphabet=st.sampled_from(list("ab09 ,.;:!?\"”’)\n\tZ。")), max_size=30)


@given(_PUNCT_TEXT)
def test_english_punctuation_pattern_finds_what_its_plain_form_finds(text):
    """lines._EN_PUNCT opens with the mark for speed; it must answer as the plain pattern does."""
    assert bool(lines._EN_PUNCT.search(text)) == bool(re.search(lines.EN_PUNCT_PLAIN, text))


_SOURCE_WORDS = ["来源", "來源", "出处", "出處", "来自", "稿件", "图片", "新华社", "：", "。",
                 "SOURCE", "Source", "sOuRcE", "ſource", "ource", "S", ":", " ", "Reuters", "x"]
_SOURCE_TEXT = st.lists(st.sampled_from(_SOURCE_WORDS), max_size=8).map("".join)


@given(_SOURCE_TEXT)
@hypothesis_example("ſource: Reuters")
@hypothesis_example("Source：新华社")
def test_the_source_label_gate_answers_as_the_search(text):
    """credits.source_label skips the search on lines holding none of the labels' characters: same answers."""
    gated, plain = credits.source_label(text), patterns.SOURCE_LABEL.search(text)
    assert (gated and gated.span()) == (plain and plain.span())


@given(st.text(alphabet=st.sampled_from(list(" \t/／>»＞›→〉a首页网")), max_size=12))
def test_a_breadcrumb_separator_holds_one_of_the_gate_characters(text):
    """header.holds_separator asks the separator's pattern only about lines holding one of its characters."""
    for start in (0, 1):
        assert header.holds_separator(text, start) == bool(patterns.BREADCRUMB_SEPARATOR.search(text, start))


def _first_date_by_each_form(text: str, position: int):
    """The plain definition: search every form, keep the earliest match (the first form on a tie)."""
    best = None
    for _, pattern in dates.DATE_PATTERNS:
        match = pattern.search(text, position)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


_DATE_TEXT = st.lists(st.sampled_from([*dates.EXAMPLES, "2019", "11", "/", "-", ".", " ", "年", "月", "日", "Nov",
                                       "十一月", "108", "1", "20", "x", "5th", ","]), max_size=12).map("".join)


@given(_DATE_TEXT, st.integers(min_value=0, max_value=8))
def test_dates_searched_near_their_year_are_the_dates_every_form_finds(text, position):
    near, each = dates._first_date(text, position), _first_date_by_each_form(text, position)
    assert (near and (near.re.pattern, near.span())) == (each and (each.re.pattern, each.span()))


def test_a_form_reaches_its_year_or_nian_within_the_bound():
    """The widest text a form can hold before its year (年 for the Minguo form) is within the reach."""
    for name, rx, _ in dates.DATE_FORMS:
        if name == "minguo":
            before, reach = rx[:rx.index("年")], dates.MINGUO_REACH
        elif name == "mdy_short":
            before, reach = rx[:rx.index("/", rx.index("(?P<month>"))], dates.SLASH_REACH
        elif name == "mdy_name_short":  # the whole date stands before the " by " it is searched back from
            before, reach = rx[:rx.index("(?=(?-i: ")], dates.BY_REACH
        else:
            before, reach = rx[:rx.index("(?P<year>")], dates.YEAR_REACH
        assert sre_parse.parse(before).getwidth()[1] <= reach, name


def test_name_outlet_date_needs_the_newsroom_in_capitals():
    from archive.readers import credits
    found = credits.name_outlet_date("Jane Doe, EXAMPLE NEWS 3:53 p.m. EST January 25, 2014")
    assert found == ("Jane Doe", "EXAMPLE NEWS")
    assert credits.name_outlet_date("Jane Doe, Staff Writer 3:53 p.m. EST January 25, 2014") is None
    assert credits.name_outlet_date("Paris, FRANCE and more") is None
