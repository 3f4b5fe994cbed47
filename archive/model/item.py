"""NewsItem and its parts: immutable values that mirror ``schemas/newsitem-profile.xsd`` one to one.

Readers build these; writers read them; ``archive.model.xml`` maps them to and from canonical XML.
Each class names the XML it maps to, so a change to one side is easy to carry to the other.
Transforms return new values with ``dataclasses.replace``; nothing is mutated after construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

# ISO 8601 forms the model accepts for publication dates: a date, or a date-time with seconds
# and either an offset (an instant) or none (a wall-clock time printed without a zone).
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?")


class Role(StrEnum):
    """What a person did for the text, as NewsML-G2 content production party roles (cpprole)."""

    AUTHOR = "author"  # <creator role="cpprole:author">: 记者, 首席记者, 作者, By …, Reporting by …
    CORRESPONDENT = "correspondent"  # <contributor role="cpprole:correspondent">: 通讯员, additional reporting
    EDITOR = "editor"  # <contributor role="cpprole:editor">: 责任编辑, 编辑, Editing by …


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with the role printed beside the name.

    # <creator> | <contributor>: @role=cpprole:<role>, @literal=name, <name>, <arc:printedRole>
    """

    name: str
    role: Role
    printed_role: str | None = None  # "首席记者", "reporter", "责任编辑" … verbatim, None if unprinted


@dataclass(frozen=True, slots=True)
class Block:
    """One block of body text.

    # <inlineXML><html><body>: <p> (kind "p") or <h2> (kind "h2", a subhead inside the story)
    """

    text: str
    kind: str = "p"


@dataclass(frozen=True, slots=True)
class Original:
    """The original file the item was read from: kept byte for byte, identified by its SHA-256.

    # <contentSet original="original"><remoteContent id="original" href size contenttype language>
    #   <hash hashtypeuri="…xmlenc#sha256">; encoding, BOM and line endings in <arc:decoding>
    """

    filename: str
    size: int
    sha256: str
    encoding: str  # the codec the bytes were decoded with: "utf-8", "gb18030", "big5", "utf-16"
    bom: bool = False
    line_endings: str = "lf"  # "lf", "crlf", "cr", "mixed" or "none"
    media_type: str = "text/plain"


@dataclass(frozen=True, slots=True)
class EditNote:
    """Why a version differs from the one before it (a correction).

    # <itemMeta><edNote>: the note text; @creator-free, dated by <versionCreated>
    """

    text: str


@dataclass(frozen=True, slots=True)
class NewsItem:
    """One news article as the archive keeps it.

    # <newsItem guid version xml:lang>
    #   <pubHistory>: publisher
    #   <itemMeta>: created, first_created, notes, url, original decoding
    #   <contentMeta>: published, modified, source, people, language, section, headline,
    #                  original_headline, dateline, byline, breadcrumb, published_printed
    #   <contentSet>: body (inlineXML XHTML), original (remoteContent + hash)
    """

    guid: str
    language: str  # BCP 47: zh-CN, zh-TW, en …
    headline: str
    body: tuple[Block, ...]
    created: str  # <versionCreated>: when this version of the record was made (xs:dateTime, offset)
    version: int = 1
    first_created: str | None = None  # <firstCreated>: when version 1 was made
    original_headline: str | None = None  # 原标题 / 原题
    section: str | None = None  # channel or section the page names
    breadcrumb: tuple[str, ...] = ()
    published: str | None = None  # ISO 8601: date, or date-time with seconds (+offset when known)
    published_printed: str | None = None  # the date as the page printed it, verbatim
    modified: str | None = None  # same forms as ``published``
    source: str | None = None  # 来源: the originating publication
    publisher: str | None = None  # the site that published the page
    byline: str | None = None  # the printed byline, verbatim
    dateline: str | None = None
    people: tuple[Person, ...] = ()
    url: str | None = None  # the page's address, when the dump shows it
    original: Original | None = None
    notes: tuple[EditNote, ...] = field(default=())

    def people_with(self, role: Role) -> tuple[Person, ...]:
        """Return the people credited with ``role``, in printed order."""
        return tuple(p for p in self.people if p.role is role)

    @property
    def authors(self) -> tuple[Person, ...]:
        return self.people_with(Role.AUTHOR)

    @property
    def editors(self) -> tuple[Person, ...]:
        return self.people_with(Role.EDITOR)

    @property
    def correspondents(self) -> tuple[Person, ...]:
        return self.people_with(Role.CORRESPONDENT)

    @property
    def body_text(self) -> str:
        """Return the body as plain text, one block per paragraph, blocks separated by a blank line."""
        return "\n\n".join(b.text for b in self.body)


def published_parts(value: str) -> tuple[str, str | None, str | None]:
    """Split an ISO publication value into (date, time or None, offset or None).

    >>> published_parts("2020-01-29T07:40:11+08:00")
    ('2020-01-29', '07:40:11', '+08:00')
    """
    match = DATETIME_RE.fullmatch(value)
    if match:
        return match.group(1), match.group(2), match.group(3)
    if DATE_RE.fullmatch(value):
        return value, None, None
    raise ValueError(f"not an ISO 8601 date or date-time the model accepts: {value!r}")
