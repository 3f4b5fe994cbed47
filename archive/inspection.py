"""What ``archive inspect`` shows: the fields the reader found, the line each came from, the warnings.

Every field the item can carry is listed, found or not: a field left out shows as "-" so the
table says what was looked for and not found, next to the warning that says why. Guesses between
candidates are warnings too, each with the line it concerns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive.model import NewsItem, Role
from archive.readers.text import ReadResult

# (field label, key of the line it came from in ReadResult.where)
FIELDS: list[tuple[str, str]] = [
    ("headline", "headline"),
    ("original_headline", "original_headline"),
    ("section", "section"),
    ("breadcrumb", "breadcrumb"),
    ("published", "published"),
    ("published_printed", "published_printed"),
    ("modified", "modified"),
    ("source", "source"),
    ("dateline", "dateline"),
    ("publisher", "publisher"),
    ("people", "people"),
    ("byline", "people"),
    ("editors", "editors"),
    ("url", "url"),
    ("language", "language"),
    ("body", "body"),
]


def _value(item: NewsItem, name: str) -> Any:
    """Return a field's value as plain data for the report (None when the item lacks it)."""
    if name == "people":
        return [f"{p.name} ({p.printed_role or p.role.value})" for p in item.people if p.role is not Role.EDITOR]
    if name == "editors":
        return [p.name for p in item.editors]
    if name == "body":
        if not item.body:
            return None
        first = item.body[0].text
        return f"{len(item.body)} paragraphs: {first[:40]}{'…' if len(first) > 40 else ''}"
    if name == "breadcrumb":
        return list(item.breadcrumb)
    return getattr(item, name)


def describe(path: Path, result: ReadResult) -> dict[str, Any]:
    """Return the inspection report of one file as plain data (what ``--json`` prints)."""
    item = result.item
    fields = []
    for label, key in FIELDS:
        value = _value(item, label)
        found = value not in (None, [], ())
        line = result.where.get(key) if found else None
        fields.append({"field": label, "value": value if found else None, "line": line})
    original = item.original
    return {
        "file": str(path),
        "guid": item.guid,
        "encoding": original.encoding if original else None,
        "bom": original.bom if original else None,
        "line_endings": original.line_endings if original else None,
        "fields": fields,
        "warnings": [d.as_dict() for d in result.diagnostics],
    }


def render_table(reports: list[dict[str, Any]]) -> str:
    """Render reports as a readable plain-text table per file."""
    out: list[str] = []
    for report in reports:
        out.append(report["file"])
        if "error" in report:
            out.append(f"  error: {report['error']}")
            out.append("")
            continue
        bom = " with BOM" if report.get("bom") else ""
        out.append(f"  encoding: {report['encoding']}{bom}   line endings: {report.get('line_endings')}"
                   f"   guid: {report['guid']}")
        width = max(len(f["field"]) for f in report["fields"]) if report["fields"] else 5
        out.append(f"  {'field'.ljust(width)}  line  value")
        for entry in report["fields"]:
            out.append(f"  {entry['field'].ljust(width)}  {_line(entry['line']).rjust(4)}  {_text(entry['value'])}")
        for warning in report["warnings"]:
            where = f"line {warning['line']}: " if warning["line"] else ""
            out.append(f"  warning: {where}{warning['message']} [{warning['code']}]")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _line(line: int | None) -> str:
    """Return a line number for the table, "-" when the field was not found."""
    return str(line) if line else "-"


def _text(value: Any) -> str:
    """Return a value as one table cell: lists joined, long text cut, a missing value as "-"."""
    if value is None:
        return "-"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= 90 else text[:87] + "..."
