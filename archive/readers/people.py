"""People in Chinese bylines and credits: names with the roles printed beside them.

Chinese credits put the role first (首席记者 贾献培 通讯员 左余东); several names may share one
role (评论员 罗博 萧海川). Names are kept as printed; staff codes (杨倩_NF4425) are dropped.
An organisation before the role (澎湃新闻记者 贺梨萍, 本报记者 王芳) is not part of the role.
English credits are parsed in ``archive.readers.english``.
"""

from __future__ import annotations

import re

from archive.model import Person, Role
from archive.readers import patterns
from archive.readers.lazy import Pattern

_ROLE_WORDS = sorted(patterns.AUTHOR_ROLES + patterns.CORRESPONDENT_ROLES, key=len, reverse=True)
ROLE_TOKEN = Pattern("|".join(map(re.escape, _ROLE_WORDS)))
# A space parts two names except inside a Latin name (责编：Demi Xia is one editor, 张三 李四 two).
NAME_SPLIT = Pattern(r"\s*[、，,;；/／｜|&＆]+\s*|(?<![A-Za-z.])\s+|\s+(?![A-Za-z])|\s*\band\b\s*")
ZH_NAME = Pattern(patterns.ZH_NAME)
# Words that follow a role in running text but are not a name: 记者17日从… / 记者获悉 / 记者了解到
NOT_A_NAME = Pattern(r"^(?:获悉|獲悉|了解|注意|发现|發現|采访|採訪|从|從|在|近日|今天|昨天|日前|表示|看到|走访|走訪|"
                        r"联系|聯繫|询问|詢問|致电|致電|摄|攝|报道|報導|综合|綜合|整合|编整|編整|简介|簡介|介绍|介紹)")


def printed_role(role: str) -> str:
    """Return the role as a credit prints it, without the house prefix (本报记者 → 记者)."""
    for prefix in patterns.ROLE_PREFIXES:
        if role.startswith(prefix) and len(role) > len(prefix):
            return role[len(prefix):]
    return role


def role_of(printed: str) -> Role:
    """Return the model role for a printed Chinese role word."""
    return Role.CORRESPONDENT if printed in patterns.CORRESPONDENT_ROLES else Role.AUTHOR


def split_names(text: str, *, keep_codes: bool = False) -> list[str]:
    """Split a run of names (汤诗瑶、丁涛 / "A, B and C") and drop staff codes and empties.

    With ``keep_codes`` a run that holds nothing but a staff code keeps it: then the code is
    the only name the page gives (（责任编辑： HN666）).
    """
    names = []
    for part in NAME_SPLIT.split(text.strip(patterns.TRIM)):
        name = patterns.STAFF_CODE.sub("", part.strip(patterns.TRIM))
        if name:
            names.append(name)
    # A staff code written after a space ("韩保林 PK155") splits off as its own part.
    kept = [n for n in names if not patterns.STAFF_CODE_ALONE.fullmatch(n)]
    if not kept and keep_codes:
        return names
    return kept


# A two-character name set to the width of a three-character one beside it by a space inside it:
# 本报记者 王乐文 方 敏 (方敏). Two lone Han characters, the first a surname, with a space between.
_PADDED_NAME = Pattern(rf"(?<![{patterns._H}])([{patterns._H}]) ([{patterns._H}])(?![{patterns._H}])")


def unpadded(text: str) -> str:
    """Return ``text`` with padded two-character names closed up (方 敏 → 方敏); else ``text`` itself.

    Print layouts align the names of a byline, so a two-character name gets spaces in the middle;
    the dump collapses them to one. A lone character is no name, so the pair is one.
    """
    if " " not in text:
        return text
    return _PADDED_NAME.sub(lambda m: m.group(1) + m.group(2) if m.group(1) in patterns.SURNAMES else m.group(), text)


def is_chinese_name(name: str) -> bool:
    """Tell whether ``name`` looks like a person's name in Chinese: 2-4 Han characters, or a transliteration."""
    return bool(ZH_NAME.fullmatch(name)) and not NOT_A_NAME.match(name) and not patterns.DESK_WORDS.search(name)


# Administrative units closing a place's name: a three-character name ending so is a county or city.
_PLACE_UNITS = frozenset("縣县市區区鄉乡省")


def is_personal_name(name: str) -> bool:
    """Tell whether a name printed without a role is a person's: a surname, then one or two characters."""
    if not is_chinese_name(name) or "·" in name or "•" in name or name in patterns.PICTURE_WORDS:
        return False
    if len(name) == 3 and name[-1] in _PLACE_UNITS:
        return False  # a county or city (雲林縣, 某某市): a place the page's tags name, not a person
    if name[:2] in patterns.COMPOUND_SURNAMES:
        return 3 <= len(name) <= 4
    return name[0] in patterns.SURNAMES and 2 <= len(name) <= 3


def names_before_place(text: str) -> list[str]:
    """Split names glued to a place (林志明高雄 → 林志明; 王大明、李小華台北 → 王大明, 李小華).

    Taiwanese names are mostly three characters and places at least two, so the last name
    takes three characters when five or more are left, else two.
    """
    parts = [p for p in re.split(r"[、，,]", text) if p]
    if not parts:
        return []
    *named, last = parts
    surname = 2 if last[:2] in patterns.COMPOUND_SURNAMES else 0
    length = (3 if len(last) >= 5 else 2) + surname
    names = [*named, last[:length]]
    return [n for n in names if is_chinese_name(n)]


def parse_credits(text: str) -> tuple[Person, ...]:
    """Parse role-first Chinese credits: ``首席记者 贾献培 通讯员 左余东``.

    >>> [(p.name, p.printed_role) for p in parse_credits("首席记者 贾献培 通讯员 左余东")]
    [('贾献培', '首席记者'), ('左余东', '通讯员')]
    """
    found: list[Person] = []
    tokens = list(ROLE_TOKEN.finditer(text))
    for position, token in enumerate(tokens):
        end = tokens[position + 1].start() if position + 1 < len(tokens) else len(text)
        role = printed_role(token.group())
        chunk = text[token.end():end].strip(patterns.TRIM + ":：/／｜|")
        if patterns.PHOTO_CREDIT.fullmatch(chunk) or chunk.endswith(("摄", "攝")):
            continue  # a photographer's credit
        names = split_names(chunk)
        glued = token.end() < len(text) and patterns.HAN.match(text[token.end()]) is not None
        if glued and names and not is_personal_name(names[0]):
            names = names[1:]  # 作者最新文章: a word glued to the role is no name unless it reads as one
        if names and end < len(text) and not text[end - 1].isspace() and not is_personal_name(names[-1]):
            names = names[:-1]  # "张三 环球时报记者 李四": the paper glued to the next role is no name
        for name in names:
            if is_chinese_name(name) or (re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}", name) is not None):
                found.append(Person(name, role_of(role), role))
    return tuple(found)


def glued_name(text: str) -> str | None:
    """Return a personal name glued at the start of ``text`` (单仁平我要评论 → 单仁平), if one is there.

    Only a name that opens with a common surname is taken, so furniture words are not mistaken
    for people; two or three characters are tried, the shorter first when the rest is furniture.
    """
    head = re.match(rf"[{patterns._H}]{{2,4}}", text)
    if head is None:
        return None
    run = head.group()
    surname_len = 2 if run[:2] in patterns.COMPOUND_SURNAMES else 1
    if surname_len == 1 and run[0] not in patterns.SURNAMES:
        return None
    for length in (surname_len + 2, surname_len + 1):
        if length > len(run):
            continue
        rest = text[length:]
        if not rest or not patterns.HAN.match(rest) or patterns.NAV_WORDS.match(rest[:2]) or _furniture(rest):
            return run[:length]
    return None


def _furniture(rest: str) -> bool:
    """Tell whether what follows a glued name is page furniture (我要评论, 分享, 字号 …)."""
    return bool(re.match(r"(?:我要|分享|评论|評論|字号|字號|收藏|打印|举报|舉報|参与|參與|跟帖|阅读|閱讀)", rest))
