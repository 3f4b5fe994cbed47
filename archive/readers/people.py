"""People in bylines and credits: names with the roles printed beside them.

Chinese credits put the role first (首席记者 贾献培 通讯员 左余东); several names may share one
role (评论员 罗博 萧海川). Names are kept as printed; staff codes (杨倩_NF4425) are dropped.
"""

from __future__ import annotations

import re

from archive.model import Person, Role
from archive.readers import patterns

_ROLE_WORDS = sorted(patterns.AUTHOR_ROLES + patterns.CORRESPONDENT_ROLES, key=len, reverse=True)
ROLE_TOKEN = re.compile("|".join(map(re.escape, _ROLE_WORDS)))
NAME_SPLIT = re.compile(r"[\s、，,;；/]+|\band\b")


def role_of(printed: str) -> Role:
    """Return the model role for a printed Chinese role word."""
    return Role.CORRESPONDENT if printed in patterns.CORRESPONDENT_ROLES else Role.AUTHOR


def split_names(text: str) -> list[str]:
    """Split a run of names (汤诗瑶、丁涛 / "A, B and C") and drop staff codes and empties."""
    names = []
    for part in NAME_SPLIT.split(text.strip(patterns.TRIM)):
        name = patterns.STAFF_CODE.sub("", part.strip(patterns.TRIM))
        if name:
            names.append(name)
    # A staff code written after a space ("韩保林 PK155") splits off as its own part.
    return [n for n in names if not re.fullmatch(r"[A-Z]{1,4}\d{2,6}", n)]


def parse_credits(text: str) -> tuple[Person, ...]:
    """Parse role-first Chinese credits: ``首席记者 贾献培 通讯员 左余东``.

    >>> [(p.name, p.printed_role) for p in parse_credits("首席记者 贾献培 通讯员 左余东")]
    [('贾献培', '首席记者'), ('左余东', '通讯员')]
    """
    found: list[Person] = []
    tokens = list(ROLE_TOKEN.finditer(text))
    for position, token in enumerate(tokens):
        end = tokens[position + 1].start() if position + 1 < len(tokens) else len(text)
        printed = token.group()
        for name in split_names(text[token.end():end]):
            if 2 <= len(name) <= 20:
                found.append(Person(name, role_of(printed), printed))
    return tuple(found)
