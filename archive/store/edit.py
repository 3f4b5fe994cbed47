"""Corrections: a new version of an item with the changed fields and the reason, and the history of versions.

An edit never touches a stored version: it writes ``v<n+1>.xml`` (NewsML-G2 ``version`` n+1, the
reason as ``edNote``, ``versionCreated`` now, ``firstCreated`` kept), validated against the
profile and the IPTC schema before it is stored. Values are checked here first, so a bad one is
refused with a message about the field rather than a schema error about an element.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time

from archive.errors import UsageError, ValidationError
from archive.model import EditNote, NewsItem
from archive.model.validate import check
from archive.model.xml import dumps, loads
from archive.store import layout
from archive.store.catalogue import Record
from archive.store.commit import add_version
from archive.store.store import Store

# "2020-01-28", "2020-01-28T07:40", "2020-01-28 07:40:11", "2020-01-28T07:40:11+08:00", "…Z"
LENIENT_DATE = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
DATE_FORMS = ("write YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss followed by the UTC offset (+08:00, Z) "
              "when the zone is known")
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
ABSOLUTE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")


def _date(field: str, value: str) -> str:
    """Return an ISO date or date-time the model accepts, or raise naming the field and the forms."""
    match = LENIENT_DATE.fullmatch(value.strip())
    if not match:
        raise ValidationError(f"{field}: {value!r} is not a date; {DATE_FORMS}")
    try:
        day = date.fromisoformat(match["date"])
        if match["h"] is None:
            return day.isoformat()
        moment = time(int(match["h"]), int(match["m"]), int(match["s"] or 0))
    except ValueError as exc:
        raise ValidationError(f"{field}: {value!r} is not a date: {exc}; {DATE_FORMS}") from None
    zone = match["zone"] or ""
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:])
        if hours > 14 or minutes > 59:
            raise ValidationError(f"{field}: {zone!r} is not a UTC offset; {DATE_FORMS}")
        zone = f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return f"{day.isoformat()}T{moment.isoformat()}{zone}"


def _text(field: str, value: str) -> str | None:
    value = value.strip()
    return value or None


def _required_text(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"{field} cannot be empty")
    return value


def _language(field: str, value: str) -> str:
    value = value.strip()
    if not LANGUAGE_TAG.fullmatch(value):
        raise ValidationError(f"{field}: {value!r} is not a BCP 47 language tag (zh-CN, zh-TW, en …)")
    return value


def _url(field: str, value: str) -> str | None:
    value = value.strip()
    if value and not ABSOLUTE_URL.fullmatch(value):
        raise ValidationError(f"{field}: {value!r} is not an absolute address (https://…)")
    return value or None


def _optional_date(field: str, value: str) -> str | None:
    return _date(field, value) if value.strip() else None


Parser = Callable[[str, str], object]
# field -> parser: the fields an archivist corrects; an empty value clears an optional field.
EDITABLE: dict[str, Parser] = {
    "headline": _required_text,
    "original_headline": _text,
    "published": _optional_date,
    "modified": _optional_date,
    "published_printed": _text,
    "source": _text,
    "publisher": _text,
    "section": _text,
    "byline": _text,
    "dateline": _text,
    "language": _language,
    "url": _url,
}


def parse_changes(assignments: Sequence[str]) -> dict[str, object]:
    """Parse ``--set FIELD=VALUE`` values into model values; refuse unknown fields and bad values."""
    changes: dict[str, object] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        name = name.strip().replace("-", "_")
        if not equals:
            raise UsageError(f"--set {assignment!r}: write FIELD=VALUE")
        if name not in EDITABLE:
            raise UsageError(f"--set: {name!r} cannot be edited; fields: {', '.join(EDITABLE)}")
        if name in changes:
            raise UsageError(f"--set: {name} is given twice")
        changes[name] = EDITABLE[name](name, value)
    if not changes:
        raise UsageError("nothing to change: give at least one --set FIELD=VALUE")
    return changes


@dataclass(frozen=True, slots=True)
class EditResult:
    guid: str
    key: str
    version: int
    changes: dict[str, list[object]]  # field -> [old, new]

    def as_dict(self) -> dict[str, object]:
        return {"guid": self.guid, "version": self.version, "changes": self.changes}


def edit(store: Store, reference: str, assignments: Sequence[str], note: str, created: str) -> EditResult:
    """Store a corrected version of an item; return what changed."""
    if not note.strip():
        raise UsageError("say why with --note: the reason is recorded in the new version")
    changes = parse_changes(assignments)
    entry = store.resolve(reference)
    manifest = store.manifest(entry.key)
    current = store.load(entry.key, manifest=manifest)
    corrected = dataclasses.replace(current, **changes)
    differences = _differences(current, corrected)
    if not differences:
        raise UsageError("nothing to change: the values given are the item's own")
    new = dataclasses.replace(corrected, version=manifest.latest + 1, created=created,
                              first_created=current.first_created or current.created,
                              notes=(EditNote(note.strip()),))
    data = dumps(new)
    check(data, file=f"{entry.guid} version {new.version}")
    version = add_version(store, entry.key, manifest.latest, data, Record.from_item(entry.key, new))
    return EditResult(entry.guid, entry.key, version, differences)


# ---------------------------------------------------------------------------------------------
# history

UNVERSIONED = frozenset({"version", "created", "notes"})  # what every new version changes anyway


def plain(value: object) -> object:
    """Return a model value as JSON-ready data (dataclasses as dicts, tuples as lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


def _differences(old: NewsItem, new: NewsItem) -> dict[str, list[object]]:
    changes: dict[str, list[object]] = {}
    for field in dataclasses.fields(NewsItem):
        if field.name in UNVERSIONED:
            continue
        before, after = getattr(old, field.name), getattr(new, field.name)
        if before != after:
            if field.name == "body":  # too long to show: say how it changed
                changes["body"] = [f"{len(before)} blocks", f"{len(after)} blocks"]
            else:
                changes[field.name] = [plain(before), plain(after)]
    return changes


def history(store: Store, key: str) -> list[dict[str, object]]:
    """Return every stored version: number, when made, the reason, its file and checksum, what changed."""
    manifest = store.manifest(key)
    versions: list[dict[str, object]] = []
    previous: NewsItem | None = None
    for number in manifest.versions:
        name = layout.version_file(number)
        data = store.version_bytes(key, number, manifest)
        item = loads(data, file=store.layout.relative(store.layout.item_dir(key) / name))
        versions.append({
            "version": number,
            "created": item.created,
            "note": "; ".join(n.text for n in item.notes) or None,
            "file": store.layout.relative(store.layout.item_dir(key) / name),
            "sha256": hashlib.sha256(data).hexdigest(),
            "changes": _differences(previous, item) if previous is not None else {},
        })
        previous = item
    return versions
