"""Which items a command works on: a date range, a source, a language (shared by list, search, bag, export)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from archive.errors import UsageError

# --from/--to take a year, a month or a day; --from 2020-01 means 2020-01-01, --to 2020-01 2020-01-31.
PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse(value: str, option: str, *, end: bool) -> str:
    match = PARTIAL_DATE.fullmatch(value.strip())
    if not match:
        raise UsageError(f"{option} {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    try:
        if month is None:
            found = date(year, 12, 31) if end else date(year, 1, 1)
        elif day is None:
            last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 0
            found = date(year, int(month), last if end else 1)
        else:
            found = date(year, int(month), int(day))
    except ValueError as exc:
        raise UsageError(f"{option} {value!r} is not a date: {exc}") from None
    return found.isoformat()


@dataclass(frozen=True, slots=True)
class Filters:
    """Conditions an item must meet; None means any. Dates compare the date the page printed."""

    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None  # YYYY-MM-DD, inclusive
    source: str | None = None  # part of the source's or the publisher's name, any case
    language: str | None = None  # a BCP 47 tag or its prefix: "zh" matches zh-CN and zh-TW

    @classmethod
    def parse(cls, date_from: str | None = None, date_to: str | None = None, source: str | None = None,
              language: str | None = None) -> Filters:
        """Build filters from command-line values; raise UsageError for a date that is not one."""
        start = _parse(date_from, "--from", end=False) if date_from else None
        stop = _parse(date_to, "--to", end=True) if date_to else None
        if start and stop and start > stop:
            raise UsageError(f"--from {date_from} is after --to {date_to}")
        return cls(start, stop, source or None, language or None)

    def sql(self, table: str = "items") -> tuple[str, list[str]]:
        """Return a WHERE condition (``1`` for none) and its parameters."""
        clauses: list[str] = []
        params: list[str] = []
        if self.date_from:
            clauses.append(f"{table}.published_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{table}.published_date <= ?")
            params.append(self.date_to)
        if self.source:
            clauses.append(f"(instr(lower({table}.source), lower(?)) > 0 "
                           f"OR instr(lower({table}.publisher), lower(?)) > 0)")
            params += [self.source, self.source]
        if self.language:
            clauses.append(f"(lower({table}.language) = lower(?) OR lower({table}.language) LIKE lower(?))")
            params += [self.language, self.language.replace("%", "").replace("_", "") + "-%"]
        return (" AND ".join(clauses) or "1"), params

    def as_dict(self) -> dict[str, str | None]:
        return {"from": self.date_from, "to": self.date_to, "source": self.source, "lang": self.language}
