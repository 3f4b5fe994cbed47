"""The one place that reads the clock: ``SOURCE_DATE_EPOCH`` when set, else the current time.

Readers and writers never call ``datetime.now``; they take a time through their options, and the
CLI fills it from here, so the same inputs and ``SOURCE_DATE_EPOCH`` give byte-identical outputs.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from archive.errors import UsageError


def build_time() -> datetime:
    """Return the time to stamp on records and files, in UTC, whole seconds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and epoch.strip():
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix time in seconds") from None
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    """Return an aware datetime as xs:dateTime with seconds and ``Z`` for UTC."""
    text = moment.replace(microsecond=0).isoformat()
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
