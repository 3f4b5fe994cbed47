"""What ``archive inspect`` shows: the fields the reader found, the line each came from, the warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from archive.readers.text import ReadResult

# field label -> (where key in ReadResult.where, how to get the value from the item)
FIELDS: list[tuple[str, str]] = [
    ("headline", "headline"),
    ("original_headline", "original_headline"),
    ("section", "section"),
    ("breadcrumb", "breadcrumb"),
    ("published", "published"),
    ("source", "source"),
    ("publisher", "publisher"),
    ("people", "people"),
    ("editors", "editors"),
    ("byline", "byline"),
    ("language", "language"),
    ("body", "body"),
]


def _value(result: ReadResult, name: str) -> Any:
    item = result.item
    if name == "people":
        return [f"{p.name} ({p.printed_role or p.role.value})" for p in item.people if p.role.value != "editor"]
    if name == "editors":
        return [p.name for p in item.editors]
    if name == "body":
        return f"{len(item.body)} paragraphs"
    if name == "breadcrumb":
        return list(item.breadcrumb)
    return getattr(item, name)


def describe(path: Path, result: ReadResult) -> dict[str, Any]:
    """Return the inspection report of one file as plain data (what ``--json`` prints)."""
    fields = []
    for label, key in FIELDS:
        value = _value(result, label)
        if value in (None, [], ()):
            continue
        fields.append({"field": label, "value": value, "line": result.where.get(key)})
    return {
        "file": str(path),
        "guid": result.item.guid,
        "encoding": result.item.original.encoding if result.item.original else None,
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
        out.append(f"  encoding: {report['encoding']}   guid: {report['guid']}")
        width = max(len(f["field"]) for f in report["fields"]) if report["fields"] else 5
        out.append(f"  {'field'.ljust(width)}  line  value")
        for entry in report["fields"]:
            value = entry["value"]
            text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            if len(text) > 90:
                text = text[:87] + "..."
            line = str(entry["line"]) if entry["line"] else "-"
            out.append(f"  {entry['field'].ljust(width)}  {line.rjust(4)}  {text}")
        for warning in report["warnings"]:
            where = f"line {warning['line']}: " if warning["line"] else ""
            out.append(f"  warning: {where}{warning['message']} [{warning['code']}]")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
