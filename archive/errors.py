"""Typed errors: every fatal problem the project reports, each kind with its own exit code.

Recoverable problems are not errors but diagnostics (see ``archive.diagnostics``). The CLI is the
only place that turns these into a message line and an exit code; library code raises them.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of all errors this project raises on purpose.

    ``file`` and ``line`` locate the problem where known, so the CLI can print one line of the
    form ``FILE:LINE: message`` that an archivist can act on.
    """

    exit_code = 1
    kind = "error"

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.hint = hint

    def located(self, file: str | None = None) -> ArchiveError:
        """Return this error with its file set (when it had none), for callers that know the path."""
        if self.file is None and file is not None:
            self.file = file
        return self

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class UsageError(ArchiveError):
    """The command line asks for something impossible (unknown format, missing option)."""

    exit_code = 2
    kind = "usage"


class InputError(ArchiveError):
    """An input cannot be read as a news item: empty, binary, undecodable, no headline."""

    exit_code = 3
    kind = "input"


class ValidationError(ArchiveError):
    """An item does not validate against the profile schema or the IPTC NewsML-G2 schema."""

    exit_code = 4
    kind = "validation"


class ExportError(ArchiveError):
    """A writer cannot render an item (missing font, EPUB or PDF library failure)."""

    exit_code = 5
    kind = "export"


class StoreError(ArchiveError):
    """The archive store is missing, locked, or inconsistent."""

    exit_code = 6
    kind = "store"


class StrictError(ArchiveError):
    """``--strict`` was given and reading produced warnings."""

    exit_code = 7
    kind = "strict"


class FixityError(StoreError):
    """A stored or released file changed, is missing, or is not listed (``verify`` found damage)."""

    exit_code = 8
    kind = "fixity"
