"""Validate canonical items against our profile schema and the official IPTC NewsML-G2 XSD.

Schemas are compiled once per process (``functools.cache``): compiling costs ~10 ms, validating an
item ~0.1 ms, so batch work pays the cost once. The IPTC XSD is not part of the project (its
licence asks for attribution and we must not fork it); it is found through ``ARCHIVE_NEWSML_XSD``
or, in a development checkout, in ``../shared/standards/newsml-g2/`` beside the repository.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lxml import etree

from archive.errors import ValidationError
from archive.model.xml import G2, ORIGINAL_HEADLINE_ROLE, parse

PROFILE_NAME = "newsitem-profile.xsd"
IPTC_NAME = "NewsML-G2_2.35-spec-All-Power.xsd"
IPTC_ENV = "ARCHIVE_NEWSML_XSD"
_SAFE = etree.XMLParser(no_network=True, resolve_entities=False)


def schemas_dir() -> Path:
    """Return the project's ``schemas/`` folder (the package is installed from the checkout)."""
    here = Path(__file__).resolve().parents[2] / "schemas"
    if not (here / PROFILE_NAME).is_file():
        raise ValidationError(f"profile schema not found at {here / PROFILE_NAME}",
                              hint="install the package from its checkout with `pip install -e .`")
    return here


def iptc_xsd_path() -> Path | None:
    """Return the IPTC NewsML-G2 2.35 XSD to validate against, or None when none is available."""
    configured = os.environ.get(IPTC_ENV)
    if configured:
        path = Path(configured)
        if not path.is_file():
            raise ValidationError(f"{IPTC_ENV} points at {path}, which is not a file")
        return path
    beside = Path(__file__).resolve().parents[3] / "shared" / "standards" / "newsml-g2" / IPTC_NAME
    return beside if beside.is_file() else None


@cache
def _compile(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path), _SAFE))


def profile_schema() -> etree.XMLSchema:
    """Return the compiled profile schema (compiled once per process)."""
    return _compile(schemas_dir() / PROFILE_NAME)


def iptc_schema() -> etree.XMLSchema | None:
    """Return the compiled IPTC schema, or None when the XSD is not available on this machine."""
    path = iptc_xsd_path()
    return _compile(path) if path else None


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation error: which schema, which line, what."""

    schema: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: [{self.schema}] {self.message}"


def _profile_rules(root: etree._Element) -> list[Problem]:
    """Check what XSD 1.0 cannot express: the main headline comes first and carries no role."""
    headlines = root.findall(f"{{{G2}}}contentMeta/{{{G2}}}headline")
    problems = []
    if headlines and headlines[0].get("role") is not None:
        problems.append(Problem("profile", headlines[0].sourceline or 0,
                                "the first headline must be the main headline (no role)"))
    if len(headlines) == 2 and headlines[1].get("role") != ORIGINAL_HEADLINE_ROLE:
        problems.append(Problem("profile", headlines[1].sourceline or 0,
                                f"a second headline must have role {ORIGINAL_HEADLINE_ROLE}"))
    return problems


@cache
def _schemas_for(configured: str | None) -> tuple[tuple[str, etree.XMLSchema], ...]:
    """Return the (name, schema) pairs to check against, for one value of ``ARCHIVE_NEWSML_XSD``."""
    iptc = iptc_schema()
    return (("profile", profile_schema()),) + ((("iptc", iptc),) if iptc is not None else ())


def schemas() -> tuple[tuple[str, etree.XMLSchema], ...]:
    """Return the compiled schemas every item is checked against, found once per process.

    Finding them resolves paths and checks files (~0.1 ms, as long as validating an item with
    both), so the answer is kept, keyed by the environment variable that can change it.
    """
    return _schemas_for(os.environ.get(IPTC_ENV))


def problems(root: etree._Element | etree._ElementTree) -> list[Problem]:
    """Return every problem of a parsed item against the profile and (when available) IPTC."""
    tree = root if isinstance(root, etree._ElementTree) else root.getroottree()
    found: list[Problem] = []
    for name, schema in schemas():
        if not schema.validate(tree):
            found.extend(Problem(name, e.line, e.message) for e in schema.error_log)
    found.extend(_profile_rules(tree.getroot()))
    return found


def check(data: bytes, *, file: str | None = None) -> None:
    """Raise ValidationError naming the first problem's line when ``data`` is not a valid item."""
    root = parse(data, file=file)
    found = problems(root)
    if found:
        first = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ValidationError(f"[{first.schema}] {first.message}{more}", file=file, line=first.line)
