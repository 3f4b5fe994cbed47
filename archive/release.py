"""The release build: every input as XML, EPUB, PDF and JSON-LD, plus a manifest and SHA256SUMS.

What the README's main command runs and CI checks. With ``SOURCE_DATE_EPOCH`` set the whole
folder is byte-identical across runs: items, renditions, manifest and checksums.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from archive import __version__, pipeline, writers
from archive.clock import build_time, iso
from archive.errors import ArchiveError, UsageError
from archive.fileio import write_bytes_atomic

FORMATS = ("xml", "epub", "pdf", "jsonld")
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def build_release(sources: Sequence[Path], output: Path,
                  report: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Convert every source into ``output``; write the manifest and checksums; return a summary."""
    files = pipeline.expand_inputs(sources)
    if not files:
        raise UsageError("no input files to build from")
    moment = build_time()
    created = iso(moment)
    options = {fmt: pipeline.writer_options(fmt, timestamp=moment) for fmt in FORMATS}
    written: list[Path] = []
    failed = 0
    for path in files:
        try:
            result = pipeline.read_path(path, created=created)
            for diagnostic in result.diagnostics:
                report and report(str(diagnostic))
            for fmt in FORMATS:
                target = output / (path.stem + writers.spec(fmt).extension)
                for diagnostic in pipeline.render([result.item], fmt, target, options[fmt]):
                    report and report(str(diagnostic))
                written.append(target)
        except ArchiveError as error:
            failed += 1
            report and report(f"archive: {error.located(str(path))}")
    entries = [
        {"path": p.relative_to(output).as_posix(), "size": p.stat().st_size, "sha256": _digest(p),
         "media_type": writers.for_extension(p.suffix).media_type}
        for p in sorted(written)
    ]
    manifest = {"generator": f"archive {__version__}", "created": created, "files": entries}
    write_bytes_atomic(output / MANIFEST,
                       (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode())
    sums = [(e["sha256"], e["path"]) for e in entries] + [(_digest(output / MANIFEST), MANIFEST)]
    write_bytes_atomic(output / SUMS, "".join(f"{h}  {p}\n" for h, p in sorted(sums, key=lambda s: s[1])).encode())
    return {"items": len(files) - failed, "files": len(entries) + 2, "failed": failed}
