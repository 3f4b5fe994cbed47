"""Reader for scraped news page dumps: plain text, one line per block element, <p> set off by blank lines.

Reading is a named list of steps (``STEPS``), each finding one group of fields on a shared
``Draft`` and recording the line each came from, so a test can drop or replace a step by name.
A field the reader cannot find is left out with a located warning; it is never guessed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.diagnostics import Diagnostic
from archive.errors import InputError
from archive.model import Block, NewsItem, Original, Person, Role
from archive.readers import dates, patterns, people, publishers
from archive.readers.decode import decode
from archive.readers.language import detect

GUID_PREFIX = "urn:newsarchive:sha256:"


@dataclass(frozen=True, slots=True)
class Line:
    """One dump line: its 1-based number in the file, its trimmed text, and whether it is a <p>."""

    number: int
    text: str
    isolated: bool  # set off by blank lines (or the file's edges): a <p> in the page


@dataclass(slots=True)
class Draft:
    """What the steps have found so far; mutable while reading, frozen into a NewsItem at the end."""

    lines: list[Line]
    language: str | None = None
    fields: dict[str, object] = field(default_factory=dict)
    where: dict[str, int] = field(default_factory=dict)  # field -> line number it came from
    diagnostics: list[Diagnostic] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # indexes of lines that hold metadata, not body
    headline_at: int | None = None  # index into lines
    date_at: int | None = None
    body: list[int] = field(default_factory=list)  # indexes of body lines, in order

    def set(self, name: str, value: object, index: int | None) -> None:
        """Record a found field and the line it came from."""
        self.fields[name] = value
        if index is not None:
            self.where[name] = self.lines[index].number

    def warn(self, code: str, message: str, index: int | None = None) -> None:
        line = self.lines[index].number if index is not None else None
        self.diagnostics.append(Diagnostic(code, message, line))


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A reader's answer: the item, its warnings, and the line each field came from."""

    item: NewsItem
    diagnostics: tuple[Diagnostic, ...]
    where: dict[str, int]


def split_lines(text: str) -> list[Line]:
    """Return the non-empty lines of ``text``, trimmed, each marked isolated when set off by blanks."""
    raw = text.split("\n")
    out = []
    for number, content in enumerate(raw, start=1):
        trimmed = content.strip(patterns.TRIM)
        if not trimmed:
            continue
        before = number == 1 or not raw[number - 2].strip(patterns.TRIM)
        after = number == len(raw) or not raw[number].strip(patterns.TRIM)
        out.append(Line(number, trimmed, before and after))
    return out


# ---------------------------------------------------------------------------------------------
# steps


def find_language(draft: Draft) -> None:
    """Detect the language from the whole text (script decides zh-CN vs zh-TW)."""
    draft.language = detect("\n".join(line.text for line in draft.lines))
    if draft.language is None:
        draft.warn("language-unknown", "cannot tell the language of the text")


def _is_date_line(text: str) -> bool:
    return len(text) <= 120 and dates.find_date(text) is not None


def find_dateline(draft: Draft) -> None:
    """Find the line with the article's date (and often its source), near the top of the page."""
    lang = draft.language or ""
    for index, line in enumerate(draft.lines):
        if not _is_date_line(line.text):
            continue
        found = dates.find_date(line.text, lang=lang,
                                default_offset=dates.CHINA if lang.startswith("zh") else None)
        if found is None:
            continue
        draft.date_at = index
        draft.used.add(index)
        draft.set("published", found.iso, index)
        draft.set("published_printed", found.printed, index)
        source = patterns.SOURCE_LABEL.search(line.text)
        if source:
            draft.set("source", source.group("source").strip(), index)
        return
    draft.warn("date-missing", "no publication date found")


def _title_like(text: str) -> bool:
    if len(text) < 4 or len(text) > 100:
        return False
    if patterns.BREADCRUMB_SEPARATOR.search(text) or "|" in text:
        return False
    return not text.endswith(("。", "：", ":"))


def find_headline(draft: Draft) -> None:
    """Take the title-like line nearest above the date line (or the first title-like line)."""
    end = draft.date_at if draft.date_at is not None else len(draft.lines)
    for index in range(end - 1, -1, -1):
        text = draft.lines[index].text
        if _title_like(text) and not _is_breadcrumb(text):
            draft.headline_at = index
            draft.used.add(index)
            draft.set("headline", text, index)
            return
    raise InputError("no recognisable headline: the text has no title line above its date",
                     hint="is this a news page dump?")


def _is_breadcrumb(text: str) -> bool:
    parts = [p for p in patterns.BREADCRUMB_SEPARATOR.split(patterns.BREADCRUMB_PREFIX.sub("", text)) if p]
    return len(parts) >= 2 and all(len(p) <= 20 for p in parts)


def find_breadcrumb(draft: Draft) -> None:
    """Find the breadcrumb above the headline; its last item before 正文 is the section."""
    end = draft.headline_at if draft.headline_at is not None else len(draft.lines)
    for index in range(end - 1, -1, -1):
        text = draft.lines[index].text
        if not patterns.BREADCRUMB_SEPARATOR.search(text) or not _is_breadcrumb(text):
            continue
        items = [p.strip(patterns.TRIM) for p in
                 patterns.BREADCRUMB_SEPARATOR.split(patterns.BREADCRUMB_PREFIX.sub("", text))]
        items = [p for p in items if p]
        draft.used.add(index)
        draft.set("breadcrumb", tuple(items), index)
        sections = [p for p in items if p.lower() not in patterns.BREADCRUMB_TAIL]
        if len(sections) >= 1 and not patterns.HOME_WORDS.match(sections[-1]):
            draft.set("section", sections[-1], index)
        return


def find_original_headline(draft: Draft) -> None:
    """Find a 原标题 / 原题 line anywhere and keep its text without the wrapper."""
    for index, line in enumerate(draft.lines):
        match = patterns.ORIGINAL_HEADLINE.match(line.text)
        if match:
            draft.used.add(index)
            draft.set("original_headline", match.group("title"), index)
            return


def _stop(text: str) -> bool:
    return bool(patterns.BODY_STOP.match(text))


def find_body(draft: Draft) -> None:
    """Take the paragraphs (<p> lines) after the date line up to the first closing line."""
    start = max(i for i in (draft.date_at, draft.headline_at) if i is not None) + 1
    body: list[int] = []
    for index in range(start, len(draft.lines)):
        line = draft.lines[index]
        if index in draft.used:
            continue
        if _stop(line.text):
            break
        if not line.isolated:
            if body:
                break
            continue
        if patterns.BOILERPLATE.search(line.text):
            continue
        body.append(index)
    if not body:
        raise InputError("no article text found after the headline", hint="is this a news page dump?")
    draft.body = body
    draft.where["body"] = draft.lines[body[0]].number


def find_people(draft: Draft) -> None:
    """Find the byline's people: a credit closing the last paragraph, or a byline line."""
    if not draft.body:
        return
    last = draft.lines[draft.body[-1]]
    match = patterns.BYLINE_TAIL.search(last.text)
    if match:
        found = people.parse_credits(match.group("credits"))
        if found:
            draft.set("people", found, draft.body[-1])
            draft.set("byline", match.group(0).strip(), draft.body[-1])
            return
    draft.warn("people-missing", "no byline with a person's name found")


def find_editor(draft: Draft) -> None:
    """Find the editor line (责任编辑 …) after the body; staff codes are dropped."""
    start = draft.body[-1] + 1 if draft.body else 0
    for index in range(start, len(draft.lines)):
        match = patterns.EDITOR.search(draft.lines[index].text)
        if match:
            label = match.group("label")
            names = people.split_names(match.group("names"))
            editors = tuple(Person(name, Role.EDITOR, label) for name in names)
            if editors:
                draft.set("editors", editors, index)
                return
    draft.warn("editor-missing", "no editor credit found")


def find_publisher(draft: Draft) -> None:
    """Name the site that published the page, from the site table, the breadcrumb or the footer."""
    name, index = publishers.identify([line.text for line in draft.lines])
    if name is None:
        crumbs = draft.fields.get("breadcrumb") or ()
        first = crumbs[0] if crumbs else None
        if isinstance(first, str) and re.fullmatch(r".{1,8}[网網]", first):
            name, index = first, draft.headline_at
    if name is None:
        draft.warn("publisher-missing", "cannot tell which site published the page")
        return
    draft.set("publisher", name, index)


Step = Callable[[Draft], None]
STEPS: list[tuple[str, Step]] = [
    ("language", find_language),
    ("dateline", find_dateline),
    ("headline", find_headline),
    ("breadcrumb", find_breadcrumb),
    ("original_headline", find_original_headline),
    ("body", find_body),
    ("people", find_people),
    ("editor", find_editor),
    ("publisher", find_publisher),
]


# ---------------------------------------------------------------------------------------------
# entry point


def guid_for(data: bytes) -> str:
    """Derive the item's guid from the original bytes: the same bytes always give the same guid."""
    return GUID_PREFIX + hashlib.sha256(data).hexdigest()


def read(data: bytes, *, filename: str, created: str, steps: list[tuple[str, Step]] | None = None) -> ReadResult:
    """Read a page dump into a NewsItem; ``created`` stamps the record (xs:dateTime with offset)."""
    decoded = decode(data, file=filename)
    lines = split_lines(decoded.text)
    draft = Draft(lines)
    try:
        for _, step in steps if steps is not None else STEPS:
            step(draft)
    except InputError as exc:
        raise exc.located(filename) from None
    f = draft.fields
    language = draft.language or "und"
    people_found = tuple(f.get("people", ())) + tuple(f.get("editors", ()))  # type: ignore[arg-type]
    item = NewsItem(
        guid=guid_for(data),
        language=language,
        headline=str(f["headline"]),
        body=tuple(Block(draft.lines[i].text) for i in draft.body),
        created=created,
        first_created=created,
        original_headline=f.get("original_headline"),  # type: ignore[arg-type]
        section=f.get("section"),  # type: ignore[arg-type]
        breadcrumb=tuple(f.get("breadcrumb", ())),  # type: ignore[arg-type]
        published=f.get("published"),  # type: ignore[arg-type]
        published_printed=f.get("published_printed"),  # type: ignore[arg-type]
        source=f.get("source"),  # type: ignore[arg-type]
        publisher=f.get("publisher"),  # type: ignore[arg-type]
        byline=f.get("byline"),  # type: ignore[arg-type]
        people=people_found,
        original=Original(
            filename=filename.replace("\\", "/").rsplit("/", 1)[-1],
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=decoded.encoding,
            bom=decoded.bom,
            line_endings=decoded.line_endings,
        ),
    )
    diagnostics = tuple(d.located(filename) for d in draft.diagnostics)
    return ReadResult(item, diagnostics, dict(draft.where))
