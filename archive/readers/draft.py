"""The draft the reading steps share: the dump's lines, what has been found, and where.

Most fields are found relative to the article text, which the draft locates once, on first use
(``Draft.layout``): pages open with menus, logins and tickers and close with link lists, so
"the line above the date line" means something only once the article is known. The site is
identified once too (``Draft.identify_site``): its time zone decides how a printed time is read,
and its date order how a numeric date both orders could read is (``Draft.day_first``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from archive.diagnostics import Diagnostic
from archive.model import Person
from archive.readers import body, header, patterns, publishers
from archive.readers.lines import Line

TRAILER = 15  # lines after the body searched for closing credits
_NO_SPAN = (0, -1)
_FOOTER_LINES = 80  # lines at the end of the page searched for a statement of its times' zone


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
    kinds: list[body.Kind] = field(default_factory=list)
    span: tuple[int, int] | None = None  # first and last line of the densest article text
    site: publishers.Identified | None = None
    date: header.DateLine | None = None  # the date line read, with where its date ends
    glued_author: str | None = None  # name(s) printed after the date (…环球时报[微博]单仁平…, 王大明 李小華 報導)
    credit_editors: tuple[Person, ...] = ()  # editors named in closing credits ("Editing by …")
    syndicated: str | None = None  # the site a syndication note names ("This post originally appeared on X")
    framed: bool = False  # the article is printed phrase by phrase between its date and its credits
    _laid_out: bool = False
    _texts: list[str] | None = None
    _stated: str | None = None  # the zone the footer states ("" when none), once looked for
    _held: tuple[str, int] | None = None  # the copyright line's holder and its index, once looked for
    _held_read: bool = False

    def set(self, name: str, value: object, index: int | None) -> None:
        """Record a found field and the line it came from."""
        self.fields[name] = value
        if index is not None:
            self.where[name] = self.lines[index].number

    def warn(self, code: str, message: str, index: int | None = None) -> None:
        """Record a located warning: a field not found, or a guess between candidates."""
        line = self.lines[index].number if index is not None else None
        self.diagnostics.append(Diagnostic(code, message, line))

    @property
    def texts(self) -> list[str]:
        """Return the lines' texts, made once: site identification and each publisher evidence read them."""
        if self._texts is None:
            self._texts = [line.text for line in self.lines]
        return self._texts

    def index_of(self, name: str) -> int | None:
        """Return the index of the line field ``name`` was found on (``where`` keeps its line number)."""
        number = self.where.get(name)
        if number is None:
            return None
        return next((i for i, line in enumerate(self.lines) if line.number == number), None)

    def layout(self) -> tuple[int, int] | None:
        """Classify every line and locate the article text, once; return its span."""
        if not self._laid_out:
            self.kinds = [body.kind_of(line) for line in self.lines]
            body.mark_line_blocks(self.lines, self.kinds)
            body.mark_trailing_prose(self.lines, self.kinds)
            body.mark_teasers(self.lines, self.kinds)
            body.mark_dated_teasers(self.lines, self.kinds)
            body.mark_rich_links(self.lines, self.kinds)
            body.mark_sign_off(self.lines, self.kinds)
            body.mark_repeated_courtesy(self.lines, self.kinds)
            body.mark_widget_links(self.lines, self.kinds)
            body.mark_split_bylines(self.lines, self.kinds, self.texts)
            span = body.after_header(self.lines, self.kinds, body.core(self.lines, self.kinds))
            span = body.across_inner_box(self.lines, self.kinds, body.dated_block(self.lines, self.kinds, span))
            span = body.across_inner_player(self.lines, self.kinds, span)
            span = body.across_inner_signup(self.lines, self.kinds, span)
            framed = body.framed_block(self.lines, self.kinds, span)
            self.span, self.framed = (framed, True) if framed is not None else (span, False)
            self._laid_out = True
        return self.span

    def identify_site(self) -> publishers.Identified:
        """Identify the publishing site from the lines outside the article text, once."""
        if self.site is None:
            span = self.layout() or _NO_SPAN
            self.site = publishers.identify(self.texts, skip=range(span[0], span[1] + 1))
        return self.site

    def copyright(self) -> tuple[str, int] | None:
        """Return the holder the page's copyright line names and its index, once (several evidences ask)."""
        if not self._held_read:
            self._held, self._held_read = publishers.copyright_holder(self.texts), True
        return self._held

    def stated_zone(self) -> str | None:
        """Return the zone the page's footer says its times are printed in (All times AEDT (GMT +11:00)), once.

        The last statement is the footer's: a menu may print another (the zone half the year).
        """
        if self._stated is None:
            tail = "\n".join(line.text for line in self.lines[-_FOOTER_LINES:] if "times" in line.text)
            found = [m.group("offset") for m in patterns.STATED_ZONE.finditer(tail)] if tail else []
            offset = found[-1] if found else ""
            self._stated = (offset if len(offset) == 6 else offset[0] + "0" + offset[1:]) if offset else ""
        return self._stated or None

    @property
    def offset(self) -> str | None:
        """Return the offset of times printed without a zone: the site's, or China's for Chinese text."""
        site = self.identify_site().site
        stated = self.stated_zone()
        if stated is not None:
            return stated
        if site is not None:
            return site.zone
        return publishers.CHINA_TIME if (self.language or "").startswith("zh") else None

    @property
    def day_first(self) -> bool:
        """Tell whether the site prints a numeric date day first (01/09/2023 is 1 September): a table fact."""
        site = self.identify_site().site
        return site is not None and site.day_first

    @property
    def header(self) -> range:
        """Return the indexes between the headline and the article text (bylines, sources, dates)."""
        start = self.headline_at + 1 if self.headline_at is not None else 0
        end = self.body[0] if self.body else (self.span[0] if self.span else len(self.lines))
        if self.date_at is not None and start <= self.date_at < end + 3:
            end = max(end, self.date_at + 1)  # a date line just inside the densest text still belongs here
        return range(start, max(start, end))

    @property
    def trailer(self) -> range:
        """Return the indexes just after the article text (closing credits, editor lines)."""
        start = self.body[-1] + 1 if self.body else len(self.lines)
        return range(start, min(len(self.lines), start + TRAILER))
