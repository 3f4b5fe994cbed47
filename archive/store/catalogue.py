"""The catalogue: an SQLite index of the stored items, for listing, filtering and full-text search.

The files are the truth and this database is only an index of them: every row can be rebuilt from
``items/`` (``archive reindex``), and a missing or outdated catalogue is rebuilt when the store is
opened. One row per item describes its latest version; an FTS5 table (contentless: the text is
kept once, in ``items.body``) indexes the search text ``textindex`` prepares.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.model import NewsItem
from archive.model.item import published_parts
from archive.store import textindex
from archive.store.filters import Filters

SCHEMA_VERSION = 100 + textindex.TEXT_VERSION  # PRAGMA user_version; a change means "rebuild"
BM25_WEIGHTS = (10.0, 5.0, 3.0, 1.0)  # headline, people, meta (source, publisher, section), body

SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,          -- also the rowid of the item's row in ``search``
    key TEXT NOT NULL UNIQUE,        -- the item's folder: items/<key[:2]>/<key>/
    guid TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,        -- the latest version, which this row describes
    headline TEXT NOT NULL,
    original_headline TEXT,
    published TEXT,                  -- as in the item: date, or date-time with or without offset
    published_date TEXT,             -- its date part, for --from/--to
    created TEXT NOT NULL,           -- when this version was made
    first_created TEXT,
    source TEXT,
    publisher TEXT,
    section TEXT,
    language TEXT NOT NULL,
    people TEXT NOT NULL,            -- JSON: [[name, role], …]
    original_name TEXT,
    body TEXT NOT NULL               -- plain text, paragraphs separated by a blank line
);
CREATE INDEX IF NOT EXISTS items_published ON items (published_date, published);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5 (
    headline, people, meta, body,
    content = '', tokenize = 'porter unicode61 remove_diacritics 2'
);
"""

COLUMNS = ("key", "guid", "version", "headline", "original_headline", "published", "published_date",
           "created", "first_created", "source", "publisher", "section", "language", "people",
           "original_name", "body")
LISTED = tuple(c for c in COLUMNS if c != "body")  # what list and search return (the body stays)


@dataclass(frozen=True, slots=True)
class Record:
    """The catalogue row of an item's latest version (and the text it is searched by)."""

    key: str
    guid: str
    version: int
    headline: str
    original_headline: str | None
    published: str | None
    published_date: str | None
    created: str
    first_created: str | None
    source: str | None
    publisher: str | None
    section: str | None
    language: str
    people: str  # JSON
    original_name: str | None
    body: str
    prepared: tuple[str, str, str, str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_item(cls, key: str, item: NewsItem, *, prepare: bool = False) -> Record:
        """Return the record of ``item``; ``prepare`` also makes its search text now (in a worker)."""
        record = cls(
            key=key, guid=item.guid, version=item.version, headline=item.headline,
            original_headline=item.original_headline, published=item.published,
            published_date=published_parts(item.published)[0] if item.published else None,
            created=item.created, first_created=item.first_created, source=item.source,
            publisher=item.publisher, section=item.section, language=item.language,
            people=json.dumps([[p.name, p.role.value] for p in item.people], ensure_ascii=False),
            original_name=item.original.filename if item.original else None, body=item.body_text,
        )
        return dataclasses.replace(record, prepared=record.search_text()) if prepare else record

    def values(self) -> tuple[object, ...]:
        return tuple(getattr(self, c) for c in COLUMNS)

    def search_text(self) -> tuple[str, str, str, str]:
        """Return the prepared FTS5 columns; a pure function of the row, so a delete can redo it."""
        if self.prepared is not None:
            return self.prepared
        names = " ".join(name for name, _ in json.loads(self.people))
        meta = " ".join(v for v in (self.source, self.publisher, self.section, self.original_headline) if v)
        return (textindex.index_text(self.headline), textindex.index_text(names),
                textindex.index_text(meta), textindex.index_text(self.body))


def _record(row: sqlite3.Row) -> Record:  # the stored row: its search text is made again from it
    return Record(**{c: row[c] for c in COLUMNS})


@dataclass(frozen=True, slots=True)
class Entry:
    """One catalogue row as list, show and search report it."""

    key: str
    guid: str
    version: int
    headline: str
    original_headline: str | None
    published: str | None
    published_date: str | None
    created: str
    first_created: str | None
    source: str | None
    publisher: str | None
    section: str | None
    language: str
    people: list[list[str]]
    original_name: str | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any] | sqlite3.Row) -> Entry:
        values = {c: row[c] for c in LISTED}
        values["people"] = json.loads(values["people"])
        return cls(**values)

    def as_dict(self) -> dict[str, object]:
        return {c: getattr(self, c) for c in LISTED}


def connect(path: Path) -> sqlite3.Connection:
    """Open the catalogue: WAL (readers do not wait for a writer), explicit transactions."""
    # Not tied to the opening thread: ingest commits from one thread of its own (one at a time,
    # under the store lock); sqlite3 is built serialized, so this only lifts Python's check.
    con = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
    con.row_factory = sqlite3.Row
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; the files are the truth
    return con


class Catalogue:
    """The index of one store. Writes happen only under the store lock (see ``Store.writing``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = connect(path)

    def close(self) -> None:
        self.con.close()

    # -- schema ------------------------------------------------------------------------------

    def current(self) -> bool:
        """Return True when the database has this program's schema (else it must be rebuilt)."""
        return self.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION

    def reset(self) -> None:
        """Drop every table and create the current schema, empty."""
        with self.transaction():
            self.con.execute("DROP TABLE IF EXISTS search")
            self.con.execute("DROP TABLE IF EXISTS items")
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    self.con.execute(statement)
            self.con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Run a block as one transaction: committed whole or rolled back whole."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- writes (inside a transaction) ----------------------------------------------------------

    def _unindex(self, row: sqlite3.Row) -> None:
        old = _record(row)
        self.con.execute("INSERT INTO search (search, rowid, headline, people, meta, body) "
                         "VALUES ('delete', ?, ?, ?, ?, ?)", (row["id"], *old.search_text()))

    def upsert(self, record: Record) -> None:
        """Add an item's row, or replace it with its new latest version."""
        row = self.con.execute(f"SELECT id, {', '.join(COLUMNS)} FROM items WHERE key = ?",
                               (record.key,)).fetchone()
        if row is not None:
            self._unindex(row)
            assignments = ", ".join(f"{c} = ?" for c in COLUMNS)
            self.con.execute(f"UPDATE items SET {assignments} WHERE id = ?", (*record.values(), row["id"]))
            rowid = row["id"]
        else:
            marks = ", ".join("?" for _ in COLUMNS)
            rowid = self.con.execute(f"INSERT INTO items ({', '.join(COLUMNS)}) VALUES ({marks})",
                                     record.values()).lastrowid
        self.con.execute("INSERT INTO search (rowid, headline, people, meta, body) VALUES (?, ?, ?, ?, ?)",
                         (rowid, *record.search_text()))

    def remove(self, key: str) -> None:
        """Drop an item's row (its folder is gone)."""
        row = self.con.execute(f"SELECT id, {', '.join(COLUMNS)} FROM items WHERE key = ?", (key,)).fetchone()
        if row is not None:
            self._unindex(row)
            self.con.execute("DELETE FROM items WHERE id = ?", (row["id"],))

    def clear(self) -> None:
        self.con.execute("INSERT INTO search (search) VALUES ('delete-all')")
        self.con.execute("DELETE FROM items")

    # -- reads ---------------------------------------------------------------------------------

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM items").fetchone()[0]

    def versions(self) -> dict[str, int]:
        """Return key -> catalogued version of every row (fixity compares it with the files)."""
        return dict(self.con.execute("SELECT key, version FROM items").fetchall())

    def entry(self, key: str) -> Entry | None:
        """Return the row of the item ``key``, or None when the catalogue does not have it."""
        row = self.con.execute(f"SELECT {', '.join(LISTED)} FROM items WHERE key = ?", (key,)).fetchone()
        return None if row is None else Entry.from_row(row)

    def find(self, reference: str) -> list[Entry]:
        """Return the rows whose guid is ``reference`` or whose key starts with it."""
        cols = ", ".join(LISTED)
        rows = self.con.execute(f"SELECT {cols} FROM items WHERE guid = ?", (reference,)).fetchall()
        if not rows and reference and all(c in "0123456789abcdef" for c in reference.lower()):
            low = reference.lower()
            rows = self.con.execute(f"SELECT {cols} FROM items WHERE key >= ? AND key < ? LIMIT 10",
                                    (low, low + "g")).fetchall()
        return [Entry.from_row(r) for r in rows]

    def select(self, filters: Filters, *, limit: int | None = None, offset: int = 0) -> Iterator[Entry]:
        """Yield the rows that pass ``filters``, by publication date (undated last), then guid."""
        where, params = filters.sql()
        sql = (f"SELECT {', '.join(LISTED)} FROM items WHERE {where} "
               "ORDER BY published_date IS NULL, published_date, published, guid")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        for row in self.con.execute(sql, params):
            yield Entry.from_row(row)

    def search(self, match: str, filters: Filters, limit: int) -> list[tuple[Entry, float, str]]:
        """Return (row, score, body) of the best matches of an FTS5 expression; lower score is better."""
        where, params = filters.sql()
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        cols = ", ".join(f"items.{c}" for c in LISTED)
        sql = (f"SELECT {cols}, items.body AS body, bm25(search, {weights}) AS score "
               f"FROM search JOIN items ON items.id = search.rowid "
               f"WHERE search MATCH ? AND {where} ORDER BY score, items.guid LIMIT ?")
        rows = self.con.execute(sql, [match, *params, limit]).fetchall()
        return [(Entry.from_row(r), r["score"], r["body"]) for r in rows]
