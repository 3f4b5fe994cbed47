"""Located warnings collected while reading or writing, as docutils' system messages.

A diagnostic never stops the work; it tells the archivist what was not found, what was guessed
between two candidates, or what a writer could not render, with the line it concerns.
"""

from __future__ import annotations

from typing import NamedTuple


class Diagnostic(NamedTuple):
    """One warning: a stable code for scripts, a message for people, and where it applies."""

    code: str
    message: str
    line: int | None = None
    file: str | None = None
    level: str = "warning"

    def located(self, file: str) -> Diagnostic:
        """Return a copy with ``file`` set, for callers that know the path the reader did not."""
        return Diagnostic(self.code, self.message, self.line, self.file or file, self.level)

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.level}: {self.message} [{self.code}]"

    def as_dict(self) -> dict[str, object]:
        """Return the diagnostic as plain data for ``--json`` output."""
        return {"code": self.code, "message": self.message, "line": self.line,
                "file": self.file, "level": self.level}
