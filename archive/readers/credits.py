"""Who wrote, edited and supplied the article: bylines, editor lines and sources, from one line each.

Each function looks at one line (or one paragraph) and says what credit it carries; where to
look (the header between headline and body, the lead, the last paragraph, the lines after the
body) is decided by the steps (``archive.readers.bylines``, ``archive.readers.sources``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from archive.model import Person, Role
from archive.readers import dates, english, patterns, people, publishers
from archive.readers.lazy import Pattern
from archive.readers.lines import Line

# Words that follow a date but are not a source: weekdays, counters, furniture.
_NOT_SOURCE = Pattern(r"^(?:星期|周[一二三四五六日天]|週|阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|分享|字号|字號|"
                         r"来源|來源|北京时间|北京時間|发布|發布|发表|發表|更新|时间|時間|日期|原创|原創|"
                         r"作者|编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|打印|收藏|举报|舉報|\d)")
# How a desk's credit ends (政治中心／綜合報導, 国际新闻部/综合报道): it compiles, it names no paper.
_DESK_REPORT = ("綜合報導", "綜合報道", "综合报道", "综合报导")
# Words opening the place a post was sent from, printed after its time (2019年02月20日 02:26:00 来自北京).
_POSTED_FROM = ("来自", "來自", "发自", "發自")
_DATE_JOINERS = "‧·•・"  # dots a date is joined to its weekday with
_BRACKETED = Pattern(r"^\s*[\[【][^\]】]{0,8}[\]】]")
_SEPARATORS = Pattern(r"\s+[|｜·•]\s+")
_CATEGORY_TAIL = Pattern(r" In [A-Z].*$")  # "… by Jane Doe In Category": the category link after the name
_DATELINE_ZH = Pattern(r"^[\u4e00-\u9fff]{2,10}\d{1,2}日[电電]")


class Credit(NamedTuple):
    """People found in one place, with the credit as printed."""

    people: tuple[Person, ...]
    printed: str


# ---------------------------------------------------------------------------------------------
# people


def line_people(line: Line) -> Credit | None:
    """Return the people a byline standing on its own line names (Chinese or English)."""
    text = line.text
    if line.cjk:
        return _chinese_line(text)
    # closing credits in brackets may name a whole bureau: only they are read past a byline's length
    found = english.parse_any(text) if line.words <= 40 else english.parse_credit_line(text)
    return Credit(found, text) if found else None


def _personal_writers(names: str, role: str) -> tuple[Person, ...]:
    """Return the writers ``names`` lists, each with ``role``, when every one reads as a person's name; else none."""
    found = people.split_names(names)
    if found and all(people.is_personal_name(n) for n in found):
        return tuple(Person(n, Role.AUTHOR, role) for n in found)
    return ()


def _chinese_line(text: str) -> Credit | None:
    """Return the people of a Chinese byline line: role first, 文/ and 作者：, or 記者X／台北報導."""
    match = patterns.BYLINE_LINE.match(text)
    if match is None and " " in text and (closed := people.unpadded(text)) != text:
        match = patterns.BYLINE_LINE.match(closed)  # 本报记者 王乐文 方 敏: a padded two-character name
    if match:
        found = people.parse_credits(match.group("credits"))
        return Credit(found, text) if found else None
    match = patterns.EDITOR_REPORTED.match(text) if text[-2:] in REPORTED else None
    if match:  # 編輯 王大明 報導: the writer, with the desk role the box prints
        found = tuple(Person(n, Role.AUTHOR, match.group("label")) for n in people.split_names(match.group("names"))
                      if people.is_chinese_name(n))
        return Credit(found, text) if found else None
    match = patterns.BYLINE_WEN.match(text)
    if match:
        # 文/张三 prints no role word: the name stands as the author (作者); 撰文, 文/图 are roles of their own
        role = wen_role(match)
        found = tuple(Person(n, Role.AUTHOR, role) for n in people.split_names(match.group("names"))
                      if people.is_chinese_name(n))
        return Credit(found, text) if found else None
    match = patterns.DESK_REPORTER.match(text) if "中心" in text[:10] else None
    if match:  # 國際中心／王大明報導: the desk, then its writer (no role printed); a place (桃園報導) is none
        found = tuple(Person(n, Role.AUTHOR, "作者") for n in people.split_names(match.group("names"))
                      if len(n) >= _DESK_NAME_MIN and people.is_personal_name(n))
        return Credit(found, text) if found else None
    match = patterns.TW_REPORT.match(text)
    if match and match.end() >= len(text) - 1:
        found = _reported(match)
        return Credit(found, text) if found else None
    match = patterns.NAMES_THEN_ROLE.match(text) if text[-2:] in patterns.ROLES_AFTER_SLASH else None
    if match:  # 王大明 李小華／編譯: the writers, the work they did after the slash as their role
        writers = _personal_writers(match.group("names"), match.group("role"))
        if writers:
            return Credit(writers, text)
    match = patterns.NAMES_PLACES_REPORTED.match(text) if text.endswith(REPORTED) else None
    if match:  # 王大明 李小華／新北 台南報導: several reporters, the places they filed from
        writers = _personal_writers(match.group("names"), "作者")
        if writers:
            return Credit(writers, text)
    match = patterns.NAME_SUPPLIED.match(text) if text[-1:] in ")）" else None
    if match:  # 王大明（新华社供本报特稿）: the writer's name, no role printed
        found = tuple(Person(n, Role.AUTHOR, "作者") for n in people.split_names(match.group("names"))
                      if people.is_personal_name(n))
        return Credit(found, text) if found else None
    match = patterns.ORIGINAL_CREDIT.match(text) if text[:1] == "原" else None
    if match and people.is_chinese_name(match.group("name")):
        # 原创： 张三编译 示例公众号: the writer, with the kind of work glued after the name as the role
        return Credit((Person(match.group("name"), Role.AUTHOR, match.group("role") or "作者"),), text)
    return None


_DESK_NAME_MIN = 3  # characters of a writer's name after a desk's slash at least (two-character words there are places)


def wen_role(match: re.Match[str]) -> str:
    """Return the role a 文/ credit prints: 撰文 and 文/图 are roles of their own, 文/ and 作者 mean 作者."""
    label = match.group("both") or match.group("label")
    return label if label in patterns.WEN_ROLES else "作者"


def byline_in_date_line(line: Line, *, bare_name: bool = True) -> Credit | None:
    """Return a byline printed on the date line after the date or a separator.

    2019-11-19 10:37 聯合報 記者王大明／台北即時報導 · November 19, 2019 | By Jane Doe
    With ``bare_name``, also a name alone before the date (Jane Doe Dec 29 2014); not on a date
    line over the headline, where such words are a kicker (Case Study March 3, 2020).
    """
    text = line.text
    if line.cjk:
        poster = _poster(text) if "於" in text or "于" in text else None
        if poster is not None:
            return Credit((Person(poster, Role.AUTHOR, "作者"),), poster)
        tokens = text.split()
        for start in range(1, len(tokens)):
            credit = _chinese_line(" ".join(tokens[start:]))
            if credit:
                return credit
        # the byline printed first, the date after it: 王大明／台北報導 發布時間：2023-08-24 12:31
        dated = next((i for i, token in enumerate(tokens) if any(c.isdigit() for c in token)), 0)
        for end in range(1, dated + 1):
            credit = _chinese_line(" ".join(tokens[:end]))
            if credit:
                return credit
        return None
    for part in _SEPARATORS.split(text)[1:]:
        found = english.parse_by_line(part.strip())[0]
        if found:
            return Credit(found, part.strip())
    by_at = text.find(" by ") if " by " in text else text.find(" By ")
    if by_at > 0 and any(c.isdigit() for c in text[:by_at]):
        # the writer after the date and a lower-case "by", the category link after "In" closing the row (a
        # WordPress meta line): Published: May 20, 2020 by Jane Doe In Small Business News 0
        part = _CATEGORY_TAIL.sub("", text[by_at + 1:])
        found = english.parse_by_line(part)[0]
        if found:
            return Credit(found, part)
    named = name_outlet_date(text)
    if named is not None:  # Jane Doe, EXAMPLE NEWS 3:53 p.m. EST January 25, 2014
        found = english.parse_name_line(named[0])
        if found:
            return Credit(found, named[0])
    head = _NAME_THEN_DATE.match(text) if " " in text else None
    if head is not None:  # the writer's name, a dash, then the date: Jane Doe - Apr 16, 2015 8:02 pm UTC
        found = english.parse_name_line(head.group("name"))
        if found:
            return Credit(found, head.group("name"))
    return _name_before_date(text) if bare_name else None


# A user name as blogs and forum-style sites print it before 發表於: one Latin word (janedoe, Jane_Doe)
_USER_NAME = Pattern(r"[A-Za-z][A-Za-z0-9_.-]{1,19}")


def _poster(text: str) -> str | None:
    """Return the writer named before the verb of posting on a date line: janus 發表於 2024年9月26日 08:27.

    A blog-style meta line prints the user who posted the story, the verb, then the date; on a news
    page that user is the writer (作者, no role printed). Only a personal name or a one-word Latin user
    name counts: a desk's or an editor's label (编辑甲发布于) or a site's name before the verb is no writer.
    """
    match = patterns.POSTED_BY_DATE.match(text)
    if match is None:
        return None
    name = match.group("name")
    if people.is_personal_name(name) or (_USER_NAME.fullmatch(name) and publishers.site_named(name) is None):
        return name
    return None


_NAME_BEFORE_WORDS = (2, 4)  # words of a writer's name printed right before the date, at least and at most
# Words of a date's own label or its weekday, which read like a name in capitals: "Published Tue 18 Nov 2014".
_DATE_WORDS = Pattern(r"\b(?:Published|Updated|Posted|Modified|Created|Last|Date[ds]?|Time|Filed|Released|"
                      r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$|"
                      r"^(?:Published|Updated|Posted|Modified|Created|Last|Filed|Released)\b", re.IGNORECASE)


def _name_before_date(text: str) -> Credit | None:
    """Return the writer a metadata line prints right before its date, with no By and no separator.

    "Jane Doe Dec 29 2014, 12:16 PM ET": the writer's linked name and the date share the line. Only
    capitalised words reading as a personal name (no figure, no label such as Updated or a desk's
    News) open the line, and the date closes it.
    """
    if not text[:1].isupper():
        return None
    found = dates.find_date(text, lang="en")
    if found is None or found.start == 0 or text[found.end:].strip(patterns.TRIM + " ,|"):
        return None
    name = text[:found.start].strip(patterns.TRIM + " ,|")
    low, high = _NAME_BEFORE_WORDS
    if not low <= len(name.split()) <= high or any(c.isdigit() for c in name) or not patterns.EN_NAME.match(name) \
            or _DATE_WORDS.search(name) or patterns.DESK_WORDS.search(name):
        return None
    people_found = english.parse_name_line(name)
    return Credit(people_found, name) if len(people_found) == 1 else None


# The writer's name, a comma, the newsroom in capitals, then the date line's time or date:
# "Jane Doe, EXAMPLE NEWS 3:53 p.m. EST January 25, 2014".
_NAME_OUTLET_DATE = Pattern(r"^(?P<name>[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}), "
                            r"(?P<outlet>[A-Z][A-Z&'.]+(?: [A-Z][A-Z&'.]+){0,3}) "
                            r"(?=\d{1,2}[:.]\d{2}\b|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})")


def name_outlet_date(text: str) -> tuple[str, str] | None:
    """Return the writer and the newsroom a date line opens with: "Jane Doe, EXAMPLE NEWS 3:53 p.m. …"."""
    match = _NAME_OUTLET_DATE.match(text) if ", " in text[:40] else None
    return (match.group("name"), match.group("outlet")) if match else None


# A name of two to four words without digits, then a spaced dash, bar or slash and the date line's digits.
# A masthead's byline bar may open with the separator after its logo: "/ Jane Doe / 10:08 am Fri Jul 19, 2013".
_NAME_THEN_DATE = Pattern(r"^(?:/\s+)?(?P<name>[A-Z][^\d|/–—-]{2,40}?)\s+[-–—|/]\s+(?=\D{0,12}\d)")


def labelled_people(text: str) -> Credit | None:
    """Return an author named with a label inside a longer line: 来源：人民日报 作者：张三.

    A Latin name after 作者： (本文作者：Jane Doe, ■作者：janedoe) is the writer too: tech and trade sites
    print their writers' pen names, and a reprinted release its issuer, in Latin letters.
    """
    match = patterns.AUTHOR_LABEL.search(text)
    if match is None:
        return _latin_labelled(text) if "作者" in text else None
    role = people.printed_role(match.group("printed") or match.group("role"))
    found = tuple(Person(n, people.role_of(role), role) for n in people.split_names(match.group("names"))
                  if people.is_chinese_name(n))
    return Credit(found, match.group().strip()) if found else None


# 作者： and a Latin name of one to three words, alone or before a gap of spaces or the line's end; the label
# opens the line or follows a space or a bullet (■作者：janedoe, 本文作者：Jane Doe   點擊：)
_LATIN_AUTHOR = Pattern(r"(?:^|(?<=[\s■●◆•|｜]))(?:本文)?作者\s*[:：]\s*"
                        r"(?P<name>[A-Za-z][A-Za-z0-9_.'’-]{1,19}(?: [A-Z][A-Za-z'’-]{1,19}){0,2})\s*(?=\s{2}|$)")


def _latin_labelled(text: str) -> Credit | None:
    """Return the writer a 作者： label names in Latin letters; a site's own name there is no writer."""
    match = _LATIN_AUTHOR.search(text)
    if match is None or publishers.site_named(match.group("name")) is not None:
        return None
    return Credit((Person(match.group("name"), Role.AUTHOR, "作者"),), match.group().strip())


def contributor_note(text: str) -> Credit | None:
    """Return the people a closing note credits as contributors: （实习生王小明对此文亦有贡献）.

    Chinese papers name interns and colleagues who helped this way under the story; they are
    credited writers of it, with the role the note prints.
    """
    match = patterns.CONTRIBUTOR_NOTE.match(text)
    if match is None:
        return None
    role = people.printed_role(match.group("role"))
    found = tuple(Person(n, Role.AUTHOR, role) for n in people.split_names(match.group("names"))
                  if people.is_chinese_name(n))
    return Credit(found, match.group().strip()) if found else None


def _reported(match: re.Match[str]) -> tuple[Person, ...]:
    """Return the reporters of a 記者X／台北報導 credit; without a role the names must look personal.

    A role printed before a later name is that name's and the next ones' (編譯王大明、記者李小華).
    """
    role = match.group("role")
    found: list[Person] = []
    for part in _NAME_JOINS.split(match.group("names")):
        own = _OWN_ROLE.match(part)
        if own:
            role, part = own.group(), part[own.end():].lstrip()
        for name in people.split_names(part):
            if role and people.is_chinese_name(name):
                found.append(Person(name, Role.AUTHOR, people.printed_role(role)))
            elif not role and people.is_personal_name(name):
                found.append(Person(name, Role.AUTHOR, "作者"))
    return tuple(found)


_NAME_JOINS = Pattern(r"[、，,]\s*")
_OWN_ROLE = Pattern(patterns.TW_ROLES)  # a role word opening one of the names joined in a credit


def lead_people(text: str) -> Credit | None:
    """Return the people credited at the start of the lead.

    新京报快讯（记者 裴剑飞）…, 〔記者王大明／台北報導〕…, （中央社記者林志明高雄19日電）…
    """
    match = patterns.BYLINE_HEAD.match(text)
    if match:
        found = people.parse_credits(match.group("credits"))
        if found:
            return Credit(found, text[match.start("credits") - 1:match.end()])
    match = patterns.TW_REPORT.match(text)
    if match:
        found = _reported(match)
        if found:
            return Credit(found, match.group())
    match = patterns.ZH_WIRE_BYLINE.match(text)
    if match and match.group("role"):
        role = people.printed_role(match.group("role"))
        found = tuple(Person(n, Role.AUTHOR, role) for n in people.names_before_place(match.group("rest")))
        if found:
            return Credit(found, match.group())
    match = patterns.DISPATCH_WRITERS.match(text) if "电" in text[:24] or "電" in text[:24] else None
    if match:  # 新华社北京5月19日电（刘艺、杨吉）: the writers, no role printed; each must read as a person's name
        names = people.split_names(match.group("names"))
        if names and all(people.is_personal_name(n) for n in names):
            return Credit(tuple(Person(n, Role.AUTHOR, "作者") for n in names), match.group())
    return None


def tail_people(text: str) -> Credit | None:
    """Return the people credited at the end of the last paragraph: …(首席记者 贾献培 通讯员 左余东).

    Without a role word, a bracket closing the story after its last sentence may still credit
    its writers: （王大明／台北報導）, (文/图 张三 李四), or names alone （张三）, printed as 作者.
    """
    closing = patterns.CLOSING_CREDITS.search(text) if "：" in text[-40:] or ":" in text[-40:] else None
    if closing is not None:
        # （譯者：王大明/核稿：李小華）: the translator is the writer, the checking editor an editor;
        # （編輯：王大明/李小華）: one label, two editors
        found = tuple(Person(name, Role.AUTHOR if m.group("label") in patterns.TRANSLATOR_LABELS
                             else Role.EDITOR, m.group("label"))
                      for m in patterns.CLOSING_CREDIT.finditer(closing.group("credits"))
                      for name in people.split_names(m.group("names")))
        return Credit(found, closing.group().strip()) if found else None
    match = patterns.BYLINE_TAIL.search(text)
    if match is not None:
        found = people.parse_credits(match.group("credits"))
        return Credit(found, match.group().strip()) if found else None
    match = patterns.TAIL_BRACKET.search(text)
    if match is None:
        return None
    inner = match.group("inner").strip(patterns.TRIM)
    found = _bracket_people(inner)
    return Credit(found, match.group().strip()) if found else None


def _bracket_people(inner: str) -> tuple[Person, ...]:
    """Return the writers a closing bracket names without a role word (see ``tail_people``)."""
    report = patterns.TW_REPORT.match(inner)
    if report is not None and report.end() >= len(inner) - 1:
        return _reported(report)
    wen = patterns.BYLINE_WEN.match(inner)
    if wen is not None:
        role = wen_role(wen)
        return tuple(Person(n, Role.AUTHOR, role) for n in people.split_names(wen.group("names"))
                     if people.is_chinese_name(n))
    names = people.split_names(inner)
    if names and len(names) <= 3 and all(people.is_personal_name(n) for n in names):
        return tuple(Person(n, Role.AUTHOR, "作者") for n in names)
    return ()


def role_named_after(text: str) -> str | None:
    """Return the role a closing note gives the author: ▲（作者是《环球时报》评论员） → 评论员."""
    match = patterns.AUTHOR_IS.search(text)
    return people.printed_role(match.group("role")) if match else None


# ---------------------------------------------------------------------------------------------
# editors


# What a CMS fills an empty editor slot with: a generic account, not a person (责任编辑：news). A personal
# account in lower case (责任编辑：janedoe) is an editor's name as the page prints it.
_CMS_ACCOUNTS = frozenset(("news", "admin", "administrator", "editor", "webmaster", "web", "system", "sysadmin",
                           "guest", "user", "test"))


def editors_in(text: str) -> tuple[Person, ...]:
    """Return the editors an editor credit names, staff codes dropped, several kept apart."""
    if re.search(r"editing by|edited by", text, re.IGNORECASE) and patterns.CREDIT_LINE.match(text):
        return tuple(p for p in english.parse_credit_line(text) if p.role is Role.EDITOR)
    if text[-2:] in REPORTED and patterns.EDITOR_REPORTED.match(text):
        return ()  # 編輯 王大明 報導: the writer's author box (a byline), no editor of someone else's text
    after = patterns.EDITOR_AFTER_NAME.match(text) if text[-2:] in ("編輯", "编辑", "責編", "责编") else None
    if after is not None:  # 王大明/編輯: the name first, its label after the slash
        names = [n for n in people.split_names(after.group("names")) if people.is_chinese_name(n)]
        return tuple(Person(name, Role.EDITOR, after.group("label")) for name in names)
    found: list[Person] = []
    for match in patterns.EDITOR.finditer(text):
        label = match.group("label")
        if label.lower().startswith("edit"):
            names = english.names_in(match.group("names"))
            if names:
                return tuple(Person(name, Role.EDITOR, label) for name in names)
            continue
        names = [n for n in people.split_names(match.group("names"), keep_codes=True)
                 if len(n) <= 20 and n.lower() not in _CMS_ACCOUNTS and n not in REPORTED]
        # 编辑：张三  责任编辑：李四: two editor credits on one line name two editors, both kept
        found.extend(Person(name, Role.EDITOR, label) for name in names if all(p.name != name for p in found))
    return tuple(found)


# ---------------------------------------------------------------------------------------------
# sources


def source_label(text: str) -> re.Match[str] | None:
    """Return the first source label (来源：, 出处：, SOURCE:) in ``text`` with the source it names, or None.

    Every label holds 来, 來 or 出 or spells "source" in some case (its first letter may be ſ): a line
    without them is passed over without a search, which would try the label's lookbehinds at every
    character.
    """
    if "来" in text or "來" in text or "出" in text or "ource" in text.lower():
        return patterns.SOURCE_LABEL.search(text)
    return None


def labelled_source(text: str) -> str | None:
    """Return the source a 来源：/SOURCE: label names in ``text``, without furniture glued after it."""
    match = source_label(text)
    if match is None and text[:8] == "Sources:":
        listed = patterns.SOURCES_LIST.match(text)  # Sources: A, B / Photo Credit: …: the reports it retells
        if listed is not None:
            return listed.group("sources")
    if match is None and text[:1] == "原":
        # 原创：示例网2024-04-23 12:27:25: the site marks the text its own; an outlet's name is the source
        # (原创： 张三 示例公众号 names a writer, read by ORIGINAL_CREDIT)
        own = patterns.ORIGINAL_OUTLET.match(text)
        if own is not None and own.group("outlet").endswith(OUTLET_ENDINGS):
            return own.group("outlet")
    if match is None:
        compiled = patterns.COMPILED_SOURCE.match(text)  # (综合整理自A、B等): the outlets it was compiled from
        return compiled.group("source").strip(patterns.TRIM) or None if compiled else None
    source = patterns.SOURCE_TRAILER.sub("", match.group("source").strip(patterns.TRIM))
    if source[:1] in "综綜" and source.startswith(_COMPILED):
        # 来源：综合示例日报、示例晚报 — "compiled from" these outlets: the names are the source, the word is not
        # (综合报道 alone, a desk's credit, names none and is left as it is)
        named = _after_label(source, _COMPILED)
        if "、" in named or named.endswith(OUTLET_ENDINGS):
            source = named
    return source or None


def _after_label(text: str, labels: Sequence[str]) -> str:
    """Return ``text`` after the first of ``labels`` (longest first) it opens with; the caller has checked one does."""
    return text[next(len(label) for label in labels if text.startswith(label)):]


# Words of a source label's value saying the story was compiled from the outlets named after them, longest first.
_COMPILED = ("综合整理自", "綜合整理自", "综合自", "綜合自", "综合", "綜合")


class AfterDate(NamedTuple):
    """What a Chinese date line prints after its time with no label: source, author, dateline.

    After a 来源： label only ``author`` is read (the labelled source itself is read by labelled_source).
    """

    source: str | None = None
    author: str | None = None  # one name, or several reporters separated by spaces
    dateline: str | None = None


def after_date(rest: str) -> AfterDate:
    """Read ``rest``, the text after the time on a Chinese date line.

    ``2018年12月28日 19:55 新京报`` prints the source; ``09:47环球时报[微博]单仁平我要评论(0)``
    the source and the author; ``14:31中央社 澎湖縣28日電`` the source and the dateline;
    ``08:10 来源：示例新闻网 王小明`` the author after the labelled source.
    """
    rest = rest.strip(patterns.TRIM).lstrip(_DATE_JOINERS)  # 2013年6月29日‧星期六: the dot joins a weekday
    if not rest:
        return AfterDate()
    label = source_label(rest)
    if label is not None:
        return AfterDate(author=_writer_after_source(rest, label))
    reported = patterns.NAMES_REPORTED.match(rest)
    if reported is not None:
        # TV news pages print the reporters, not a paper, after the time: 18:58 王大明 李小華 報導
        names = [n for n in people.split_names(reported.group("names")) if people.is_chinese_name(n)]
        return AfterDate(author=" ".join(names) or None)
    token = re.match(r"[^\s\[\]【】()（）|｜<>:：]+", rest)
    if token is None or rest[token.end():token.end() + 1] in (":", "："):
        return AfterDate()  # a label (责任编辑：…), not a name
    word = token.group()
    if word.endswith(("/", "／")) and len(word) > 2:
        word = word[:-1]  # 聯合報／ 記者王大明／台北即時報導: the paper, then its reporter after the slash
    if word.startswith(_POSTED_FROM) and not word.endswith(OUTLET_ENDINGS):
        return AfterDate()  # where the post was sent from (来自北京), not a paper (来自某某日报 would be one)
    if word.endswith(_DESK_REPORT):
        return AfterDate()  # a desk's credit (政治中心／綜合報導), not a paper
    if (_NOT_SOURCE.match(word) and not _digit_brand(word)) or not (2 <= len(word) <= 15) \
            or not patterns.HAN.search(word) or patterns.NAV_WORDS.match(word) or _DATELINE_ZH.match(word):
        return AfterDate()
    remainder = rest[token.end():]
    remainder = _BRACKETED.sub("", remainder).strip(patterns.TRIM)
    dateline = _DATELINE_ZH.match(remainder)
    glued = people.glued_name(remainder) if remainder and not dateline else None
    return AfterDate(word, glued, dateline.group() if dateline else None)


# A brand opening with a few digits and ending as an outlet does (39某某网, 21某某报): a name, not a count or a date.
_DIGIT_BRAND = Pattern(r"^\d{1,3}[\u4e00-\u9fff]")


def _digit_brand(word: str) -> bool:
    """Tell whether ``word``, opening with a digit, is an outlet's name (39某某网), not a count (1234阅读).

    _NOT_SOURCE turns away words opening with a digit, which after a time are counts and dates; an
    outlet whose brand opens with digits ends as outlets do, all the same.
    """
    return word[:1].isdigit() and word.endswith(OUTLET_ENDINGS) and bool(_DIGIT_BRAND.match(word))


def _writer_after_source(rest: str, label: re.Match[str]) -> str | None:
    """Return the bare name(s) a date line prints after its labelled source: the page's author field.

    ``08:10 来源：示例新闻网 王小明``: the CMS prints the writer right after the source with no role. Only
    when the label opens what follows the time and nothing but personal names (one to three, a surname
    first) follows the source; a place (a post's IP location: 来源: 某号 江苏) or furniture (举报) is none.
    """
    if label.start() != 0:
        return None
    names = rest[label.end():].split()
    if not 1 <= len(names) <= 3 or not all(people.is_personal_name(n) and n not in patterns.PLACE_WORDS
                                           for n in names):
        return None
    return " ".join(names)


# A 文/ credit under the story naming an outlet, not a writer: 文/示例IT (a portal's channel), 文/某某日报.
_WEN_OUTLET = Pattern(r"^(?:文|圖文|图文)\s*[/／]\s*"
                      r"(?P<outlet>[\u4e00-\u9fff]{2,8}[A-Za-z]{0,6}|[A-Z][A-Za-z]{0,2}[A-Z]{2,9})$",
                      starts="文圖图")


def wen_outlet(text: str) -> str | None:
    """Return the outlet a 文/ or 圖文/ credit names (文/示例IT, 圖文／CTWANT), when it is no person's name.

    The 文/ label credits the text; when what follows ends as an outlet's name does, carries a Latin
    channel tag (IT) or is a brand in capitals, the text comes from that outlet: it is the source, and
    no writer is named.
    """
    match = _WEN_OUTLET.match(text) if text[:1] in "文圖图" else None
    if match is None:
        return None
    outlet = match.group("outlet")
    if outlet.isascii():
        return outlet  # a brand in capitals (圖文／CTWANT): a partner outlet, no person's name
    if people.is_personal_name(outlet) or not (outlet.endswith(OUTLET_ENDINGS) or outlet[-1:].isascii()):
        return None
    return outlet


def before_date(text: str) -> str | None:
    """Return the account or paper printed alone before a Chinese date: 央视新闻 2019-11-19 10:37."""
    word = text.strip(patterns.TRIM + " |｜·•")
    if word.startswith(_FROM_LABELS):
        # 本文来源于国家统计局 2024-05-11 09:36: the label run into the name with no colon; the name follows it
        word = _after_label(word, _FROM_LABELS)
    if not (2 <= len(word) <= 12) or " " in word or not patterns.HAN.search(word) or _NOT_SOURCE.match(word) \
            or word.endswith((":", "：")) or patterns.NAV_WORDS.match(word) or patterns.DATE_LABEL.search(word) \
            or word.endswith(_POSTED_BY):
        return None
    return word


def outlet_before_bar(text: str) -> str | None:
    """Return the outlet an English date line credits before a bar: "example.com | Updated: 2024-05-20 14:41".

    Some templates print the story's provenance in the date line's first slot, then a bar, then the
    (labelled) date. Only a web address, a wire's name or a site of the publisher table counts: a
    section or a desk printed in the same slot ("Opinion | May 5") names no publication.
    """
    head, bar, tail = text.rpartition("|")
    if not bar or (tail.strip() and patterns.DATE_LABEL.fullmatch(tail.strip()) is None):
        return None
    word = head.rpartition("|")[2].strip()
    if patterns.WEB_ADDRESS.match(word) or (word[:1] in "RAXBKYd" and patterns.WIRE_LINE.match(word)):
        return word
    if publishers.site_named(word) is not None:
        return word  # the site's own name in that slot (By Jane Doe | Example Daily | Updated: …): its own story
    return None


# Source labels printed without a colon before the name (本文来源于国家统计局), longest first.
_FROM_LABELS = ("本文来源于", "本文來源於", "文章来源于", "文章來源於", "稿件来源于", "稿件來源於", "来源于", "來源於")


# A name glued to the verb of posting before the date (编辑甲发布于 2012-05-02): who put the item up, not a paper.
_POSTED_BY = ("发布于", "發布於", "發佈於", "发表于", "發表於", "发布", "發布", "發佈", "发表", "發表",
              "上传于", "上傳於")


# How the name of a paper or broadcaster ends (中國時報, 某某日报, 某某周刊, 某某通讯社, 某某新聞網, 某某電視台).
OUTLET_ENDINGS = ("報", "报", "刊", "社", "網", "网", "新聞", "新闻", "電視", "电视", "台", "廣播", "广播")
_OUTLET_MAX = 10  # characters of an outlet's name printed alone at most


def outlet_alone(text: str) -> str | None:
    """Return the paper a line names alone, all Han and ending as outlets do (中國時報), else None.

    Templates that print the date, the paper and the writer one item per line put the paper on a
    line of its own under the date. A caption's word (海报 "poster") ends the same way but is none.
    """
    word = text.strip(patterns.TRIM)
    if not (2 <= len(word) <= _OUTLET_MAX) or not word.endswith(OUTLET_ENDINGS) or word in patterns.PICTURE_WORDS \
            or not patterns.HAN_RUN.fullmatch(word) or _NOT_SOURCE.match(word):
        return None
    return word


def writer_slash_outlet(text: str) -> tuple[str, str] | None:
    """Return (writer, outlet) of a byline joining a name and its paper with a slash: 王芳/示例青年报.

    A portal reprinting a paper's story prints, in its byline slot beside the date, the writer and the
    paper she wrote for; the name must read as a personal name and the paper end as outlets do.
    """
    if "/" not in text and "／" not in text:
        return None
    name, slash, outlet = text.strip(patterns.TRIM).replace("／", "/").partition("/")
    name, outlet = name.strip(patterns.TRIM), outlet.strip(patterns.TRIM)
    if not slash or "/" in outlet or not people.is_personal_name(name) or outlet_alone(outlet) is None:
        return None
    return name, outlet


def outlet_and_writer_before_date(text: str) -> tuple[str, str] | None:
    """Return (outlet, writer) printed before a Chinese date: 中廣 溫蘭魁 2013年06月29日 18:24.

    A portal running another outlet's story prints that outlet and its reporter in the byline
    slot ahead of the date; the second word must read as a personal name. The name may carry the
    kind of article or where it was filed after a slash (王大明／特稿, 王大明／台北報導): no role.
    """
    words = text.strip(patterns.TRIM + " |｜·•").split()
    if len(words) != 2 or before_date(words[0]) is None:
        return None
    name, slash, kind = words[1].replace("/", "／").partition("／")
    if slash and kind not in _ARTICLE_KINDS and not (kind.endswith(REPORTED) and len(kind) <= _PLACE_MAX):
        return None
    if not 2 <= len(name) <= 4 or not people.is_chinese_name(name):
        return None
    return words[0], name


# Kinds of article a byline may name after the writer's slash (王大明／特稿): not a role.
_ARTICLE_KINDS = frozenset(("特稿", "專稿", "专稿", "專訪", "专访", "評論", "评论", "分析", "新聞分析", "新闻分析",
                            "觀察", "观察", "短評", "短评", "特寫", "特写", "專題", "专题"))
REPORTED = ("報導", "报道", "報道", "报导")  # how a writer's credit closes: 王大明／台北報導
_PLACE_MAX = 10  # characters of a place with 報導 after a writer's slash (台北報導) at most


def wire_in_lead(text: str) -> tuple[str, str] | None:
    """Return (wire, dateline) from a story's dateline.

    "MUMBAI (Reuters) -", 新华社北京11月17日电 and （中央社台北19日電） all name a wire.
    """
    match = patterns.WIRE_DATELINE.match(text) or patterns.ZH_WIRE_DATELINE.match(text)
    if match is not None:
        return match.group("wire"), match.group("dateline").strip()
    match = patterns.ZH_WIRE_BYLINE.match(text)
    if match is not None:
        return match.group("wire"), match.group().strip("（()） ")
    return None


def flash_source(text: str) -> str | None:
    """Return the paper a lead's news flash names: 新京报快讯（… → 新京报 (本报讯 names no paper)."""
    match = patterns.FLASH_SOURCE.match(text)
    if match is None or match.group("source").startswith(patterns.FLASH_SELF):
        return None
    return match.group("source")


# A By label printed alone on its line, the writers' names on the next (By / Jane Doe Associated Press).
BY_LABELS = ("By", "By:", "BY", "BY:")


def split_by_line(lines: Sequence[Line], index: int) -> str | None:
    """Return the By line a lone By label over line ``index`` makes with it ("By" / "Jane Doe" -> "By Jane Doe").

    Some templates print the label and the writers' row as two blocks, so the dump splits the byline
    over two lines run together; the row may close with the writers' agency (Jane Doe Associated Press).
    Only a row that reads as a By line's names once the label is put back counts.
    """
    if index == 0 or lines[index - 1].text not in BY_LABELS or lines[index].cjk \
            or lines[index].number != lines[index - 1].number + 1:
        return None
    text = f"By {lines[index].text}"
    return text if english.parse_by_line(text)[0] else None


def wire_in_byline(text: str) -> str | None:
    """Return the agency a byline names after its writers.

    "By Jane Doe, Associated Press", "By JANE DOE Associated Press", "Jane Doe, Associated Press",
    "By Example Staff and AFP".
    """
    match = patterns.BY_LINE.match(text)
    if match is not None:
        names = match.group("names")
    elif "," in text and english.parse_name_line(text.split(",", 1)[0].strip()):
        names = text
    else:
        return None
    parts = re.split(r"\s*[,|]\s*", names)
    if " and " in parts[-1]:  # the agency added after the last writer or desk: "By Example Staff and AFP"
        parts[-1:] = parts[-1].rsplit(" and ", 1)
    for part in parts[1:]:
        wire = wire_line(part.strip())
        if wire:
            return wire
    trailing = patterns.WIRE_AFTER_NAMES.search(names)
    return trailing.group("wire") if trailing and english.names_in(names[:trailing.start()]) else None


# The newsroom a byline names after its writer: "By Jane Doe, Example Valley Media Group" (the staff of a sister
# paper or group newsroom whose story the site runs). Capitalised words closing with a newsroom's kind.
NEWSROOM = Pattern(r"^(?:The )?(?:[A-Z][\w&.'’-]*\s+){1,4}(?:Media Group|Media|Newspapers?|News Service|News Group|"
                   r"Newsroom|News|Times|Post|Herald|Tribune|Journal|Gazette|Chronicle)$")
NEWSROOM_EXAMPLES = ["Example Valley Media Group", "The Example Times", "Northeast Example News"]


def newsroom_in_byline(text: str) -> str | None:
    """Return the newsroom a By line names after its one writer: "By Jane Doe, Example Valley Media Group"."""
    if " By " in text:
        text = english.without_echo(text)
    match = patterns.BY_LINE.match(text)
    if match is None:
        return None
    if "," not in match.group("names"):  # "By Jane Doe Example News": the newsroom run on after the name
        room = english.NEWSROOM_TAIL.search(match.group("names"))
        head = match.group("names")[:room.start()] if room else ""
        return room.group().strip() if room and len(head.split()) >= 2 and english.parse_name_line(head) else None
    parts = [part.strip() for part in match.group("names").split(",")]
    if len(parts) != 2 or not english.parse_name_line(parts[0]) or NEWSROOM.match(parts[1]) is None:
        return None
    return parts[1]


def wire_in_contributed(text: str) -> str | None:
    """Return the agency a contributor note under the story names among its helpers.

    "Example Daily reporter Jane Doe and the Associated Press contributed to this report.": the story drew on
    the wire's copy, so the wire is its source (the writers named beside it are contributors, see
    ``english.parse_contributed``). The article printed before the agency's name mid-sentence is no part of it.
    """
    if "contributed" not in text:
        return None
    match = patterns.CONTRIBUTED.match(text.lstrip("-–— "))
    if match is None:
        return None
    for part in english.name_parts(match.group("names")):
        wire = wire_line(part.removeprefix("the ").strip())
        if wire:
            return wire
    return None


def wire_line(text: str) -> str | None:
    """Return the agency a line names alone ("Reuters", "© Thomson Reuters 2020")."""
    match = patterns.WIRE_LINE.match(text) or patterns.WIRE_COPYRIGHT_LINE.match(text)
    return match.group("wire") if match else None
