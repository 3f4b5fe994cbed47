"""The JSON-LD writer: schema.org NewsArticle documents, for search engines and linked-data tools.

One item becomes one ``NewsArticle`` document. Several items become a collection: a ``@graph``
whose first node is a ``DataFeed`` (the collection, with its own name and dates) followed by the
``NewsArticle`` nodes in publication order, each pointing back to the feed with ``isPartOf``.
A ``DataFeed`` rather than an ``ItemList``: an ItemList is an Intangible and schema.org gives it
no date properties, while a DataFeed is a CreativeWork and may carry ``dateCreated``.

Every type and property written exists in schema.org 30.0 and fits its domain and range
(``tests/schemaorg.py`` checks this). ``@context`` is the string ``https://schema.org``: nothing
here fetches it, and tools that expand the output resolve it from their own copy.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO

from archive import itemseq
from archive.clock import build_time, iso
from archive.diagnostics import Diagnostic
from archive.errors import ExportError
from archive.itemseq import Described, Items
from archive.model import NewsItem, Original, Person
from archive.model.item import published_parts

CONTEXT = "https://schema.org"
COLLECTION_ID = "_:collection"  # a blank node: a collection has no identifier of its own
INDENT = 2

Node = dict[str, Any]

# "https://…", "urn:…", "mailto:…": a scheme, so JSON-LD keeps it as an IRI. A relative address
# would be resolved against wherever the file is read from, or dropped by RDF tools.
ABSOLUTE_IRI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


@dataclass(frozen=True, slots=True)
class JsonLdOptions:
    """Options of the JSON-LD writer."""

    timestamp: datetime = field(default_factory=build_time)
    """When the collection was made: its ``dateCreated``. Must be timezone-aware.
    A single article carries no build time, so its bytes depend on the item alone."""

    title: str | None = None
    """The collection's ``name``; None names it by its size ("4 news articles").
    Unused for a single article, whose name is its headline."""

    def __post_init__(self) -> None:
        """Refuse a naive timestamp: the writer never invents a zone for a date it writes."""
        if self.timestamp.tzinfo is None or self.timestamp.utcoffset() is None:
            raise ValueError("JsonLdOptions.timestamp must be timezone-aware")


OPTIONS = JsonLdOptions


def write(items: Sequence[NewsItem], out: BinaryIO,
          options: JsonLdOptions | None = None) -> list[Diagnostic]:
    """Write one item as a NewsArticle document, or several as a DataFeed collection, to ``out``."""
    options = options if options is not None else JsonLdOptions()
    if not items:
        raise ExportError("no items to write as JSON-LD")
    diagnostics: list[Diagnostic] = []
    if len(items) == 1:
        node = {"@context": CONTEXT, **article(items[0], diagnostics)}
        out.write(_encode(json.dumps(node, ensure_ascii=False, indent=INDENT) + "\n", items[0]))
        return diagnostics
    for chunk in collection_chunks(itemseq.of(items), options, diagnostics):
        out.write(chunk)
    return diagnostics


# ---------------------------------------------------------------------------------------------
# a collection, streamed


def collection_chunks(items: Items, options: JsonLdOptions,
                      diagnostics: list[Diagnostic]) -> Iterator[bytes]:
    """Yield a collection document piece by piece, so memory stays flat however many items.

    The pieces join to exactly what ``json.dumps(document, indent=2)`` would print for the whole
    document, without the whole document ever being built: the order and the feed node come from
    the items' summaries, and each item is loaded once, when its node is written.
    """
    order = sorted(range(len(items)), key=lambda index: publication_key(items.summary(index)))
    pad = " " * (2 * INDENT)
    yield (f'{{\n{" " * INDENT}"@context": {json.dumps(CONTEXT)},\n'
           f'{" " * INDENT}"@graph": [\n').encode()
    yield _indented(feed((items.summary(index) for index in order), len(order), options), pad, None)
    for index in order:
        item = items[index]
        node = {**article(item, diagnostics), "isPartOf": {"@id": COLLECTION_ID}}
        yield b",\n" + _indented(node, pad, item)
    yield f'\n{" " * INDENT}]\n}}\n'.encode()


def feed(ordered: Iterable[Described], count: int, options: JsonLdOptions) -> Node:
    """Return the collection's own node: its name, when it was made, and the span it covers.

    ``ordered`` are the ``count`` members in publication order (read once, not kept).
    """
    node: Node = {
        "@id": COLLECTION_ID,
        "@type": "DataFeed",
        "name": options.title or f"{count} news articles",
        "dateCreated": iso(options.timestamp.astimezone(UTC)),
    }
    first = last = None
    for item in ordered:
        if item.published and valid_date(item.published):
            first = first or item.published
            last = item.published
    if first is not None:
        # An ISO 8601 interval, as schema.org documents for temporalCoverage; ends kept as printed.
        node["temporalCoverage"] = first if first == last else f"{first}/{last}"
    return node


def publication_key(item: Described) -> tuple[int, datetime]:
    """Sort by publication: instants compared in UTC, undated (or unreadable) items last.

    A date alone counts as its midnight and a wall-clock time without a zone as if it were UTC:
    the only way to place them among instants without writing a zone into the output.
    """
    if item.published is None or not valid_date(item.published):
        return 1, datetime.min
    day, time, offset = published_parts(item.published)
    moment = datetime.fromisoformat(f"{day}T{time or '00:00:00'}{offset or ''}".replace("Z", "+00:00"))
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return 0, moment


def _indented(node: Node, pad: str, item: NewsItem | None) -> bytes:
    """Dump one graph node at the depth it has inside the collection document."""
    return _encode(textwrap.indent(json.dumps(node, ensure_ascii=False, indent=INDENT), pad), item)


def _encode(text: str, item: NewsItem | None) -> bytes:
    """Encode as UTF-8; a lone surrogate (undecodable input kept by a reader) cannot be written."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExportError(f"cannot write text with a lone surrogate ({exc.reason}) as UTF-8 JSON",
                          file=_filename(item) if item else None) from None


# ---------------------------------------------------------------------------------------------
# one article


def article(item: NewsItem, diagnostics: list[Diagnostic]) -> Node:
    """Return the NewsArticle node of ``item``; fields the item does not know are left out."""
    node: Node = {"@type": "NewsArticle", "identifier": item.guid, "headline": item.headline}
    node.update(_present({
        "alternativeHeadline": item.original_headline,
        "articleSection": item.section,
        "datePublished": _date(item, "published", item.published, diagnostics),
        "dateModified": _date(item, "modified", item.modified, diagnostics),
        "dateline": item.dateline,
        "inLanguage": item.language,
        "author": _people(item.authors),
        "contributor": _people(item.correspondents),
        "editor": _people(item.editors),
        "creditText": item.byline,  # the byline as printed; the people above are parsed from it
        "sourceOrganization": _organization(item.source),
        "publisher": _organization(item.publisher),
        "url": _url(item, diagnostics),
        "version": item.version,
        "correction": [note.text for note in item.notes],
        "articleBody": item.body_text,
        "encoding": _media_object(item.original),
    }))
    return node


def _present(fields: dict[str, Any]) -> Node:
    """Drop unknown fields (None, empty lists): schema.org has no null, and absent means unknown."""
    return {key: value for key, value in fields.items() if value not in (None, [], "")}


def _people(people: Iterable[Person]) -> list[Node]:
    """Return one Person per person (Google wants one author object each), printed role as jobTitle."""
    return [_present({"@type": "Person", "name": p.name, "jobTitle": p.printed_role}) for p in people]


def _organization(name: str | None) -> Node | None:
    """Return an Organization known only by name, or None when the item names none."""
    return {"@type": "Organization", "name": name} if name else None


def _media_object(original: Original | None) -> Node | None:
    """Describe the original file: what it was called, how big, how encoded, and its SHA-256."""
    if original is None:
        return None
    return {
        "@type": "MediaObject",
        "name": original.filename,
        "encodingFormat": f"{original.media_type}; charset={original.encoding}",
        "contentSize": f"{original.size} B",  # schema.org's contentSize is Text with its unit
        "sha256": original.sha256,
    }


def valid_date(value: str) -> bool:
    """Tell whether ``value`` is one of the ISO 8601 forms the model allows for dates."""
    try:
        published_parts(value)
    except ValueError:
        return False
    return True


def _date(item: NewsItem, name: str, value: str | None, diagnostics: list[Diagnostic]) -> str | None:
    """Return a date as the model holds it (offset kept, none invented), or None if unreadable."""
    if value is None or valid_date(value):
        return value
    diagnostics.append(Diagnostic("jsonld-date-invalid",
                                  f"{name} {value!r} is not an ISO 8601 date or date-time; left out",
                                  file=_filename(item)))
    return None


def _url(item: NewsItem, diagnostics: list[Diagnostic]) -> str | None:
    """Return the page address if absolute: JSON-LD tools resolve or drop a relative one."""
    if item.url is None or ABSOLUTE_IRI_RE.fullmatch(item.url):
        return item.url
    diagnostics.append(Diagnostic("jsonld-url-relative",
                                  f"url {item.url!r} is not an absolute address; left out",
                                  file=_filename(item)))
    return None


def _filename(item: NewsItem) -> str | None:
    """Return the original's file name, to locate a diagnostic, when the item has one."""
    return item.original.filename if item.original else None
