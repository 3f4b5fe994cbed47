"""Full-text search over the catalogue: ranked results, each with the passage that matched."""

from __future__ import annotations

from dataclasses import dataclass

from archive.errors import UsageError
from archive.store import textindex
from archive.store.catalogue import Entry
from archive.store.filters import Filters
from archive.store.store import Store

DEFAULT_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: the item's catalogue row, its rank score (higher is better) and the passage."""

    entry: Entry
    score: float
    passage: textindex.Passage

    def as_dict(self) -> dict[str, object]:
        data = self.entry.as_dict()
        data["score"] = round(self.score, 4)
        data["passage"] = self.passage.text
        data["highlights"] = [list(span) for span in self.passage.highlights]
        return data


def search(store: Store, query: str, filters: Filters, limit: int = DEFAULT_LIMIT) -> list[Hit]:
    """Return the best ``limit`` items matching every term of ``query`` (and ``filters``), best first."""
    terms = textindex.parse_query(query)
    if not terms:
        raise UsageError(f"the query {query!r} has no words to search for")
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    rows = store.catalogue.search(textindex.match_expression(terms), filters, limit)
    hits = []
    for entry, score, body in rows:
        passage = textindex.passage(body, terms)
        if not passage.highlights:  # matched in the headline (or people, source) only
            in_headline = textindex.passage(entry.headline, terms)
            passage = in_headline if in_headline.highlights else passage
        hits.append(Hit(entry, -score, passage))
    return hits
