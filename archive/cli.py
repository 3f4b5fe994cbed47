"""The ``archive`` command line: the only place that touches argv, stdout, stderr and exit codes.

Commands import what they need when they run, so ``archive convert x.txt -o x.epub`` never loads
the PDF writer or the store. Errors are ArchiveError subclasses; each becomes one line on stderr
(``FILE:LINE: message``) and the error kind's exit code (see the README's table).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from archive import __version__
from archive.errors import ArchiveError, InputError, UsageError

app = typer.Typer(
    name="archive",
    help="News archive: scraped news pages to validated NewsML-G2 items, published as EPUB, PDF and JSON-LD.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class GroupBy(str, Enum):
    date = "date"
    section = "section"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"archive {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """News archive: scraped news pages to validated NewsML-G2 items, published as EPUB, PDF and JSON-LD."""


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _fail(error: ArchiveError) -> typer.Exit:
    _err(f"archive: {error}")
    return typer.Exit(error.exit_code)


# ---------------------------------------------------------------------------------------------
# convert


@app.command()
def convert(
    inputs: Annotated[list[Path], typer.Argument(help="Page dumps (.txt) or canonical items (.xml); folders are searched.",
                                                 show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file (its extension picks the format) "
                                         "or, with --to, a folder for one file per input.")],
    to: Annotated[str | None, typer.Option("--to", "-t", help="Output format for a folder of outputs: "
                                           "xml, epub, pdf or jsonld.")] = None,
    title: Annotated[str | None, typer.Option(help="Title of a collection (several inputs into one file).")] = None,
    group_by: Annotated[GroupBy, typer.Option("--group-by", help="Group a collection's table of contents.")] = GroupBy.date,
    vertical: Annotated[bool, typer.Option(help="EPUB: vertical writing, right-to-left pages (traditional Chinese).")] = False,
    pdfa: Annotated[bool, typer.Option(help="PDF: PDF/A-2b structure (not validated: see README).")] = False,
    strict: Annotated[bool, typer.Option(help="Treat reader warnings as failures.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """Convert news pages to canonical XML, EPUB, PDF or JSON-LD, in pandoc's manner.

    One input and an output file: one article. Several inputs and an output file: one collection.
    An output folder with --to: one file per input, named after the input.
    """
    from archive import pipeline, writers

    settings = {"title": title, "group_by": group_by.value, "vertical": vertical, "pdfa": pdfa}
    try:
        files = pipeline.expand_inputs(inputs)
        if not files:
            raise UsageError("no input files (folders hold no .txt or .xml files)")
        if to is not None or output.is_dir() or str(output).endswith(("/", "\\")):
            fmt = writers.spec(to).name if to else None
            if fmt is None:
                raise UsageError(f"{output} is a folder: say which format to write with --to")
            failed = _convert_each(files, output, fmt, settings, strict=strict, quiet=quiet)
        else:
            fmt = writers.for_extension(output.suffix).name
            failed = _convert_into_one(files, output, fmt, settings, strict=strict, quiet=quiet)
    except ArchiveError as error:
        raise _fail(error) from None
    if failed:
        raise typer.Exit(failed)


def _print_diagnostics(diagnostics: object, quiet: bool) -> None:
    if quiet:
        return
    for diagnostic in diagnostics:  # type: ignore[attr-defined]
        _err(str(diagnostic))


def _convert_each(files: list[Path], folder: Path, fmt: str, settings: dict[str, object], *,
                  strict: bool, quiet: bool) -> int:
    """Convert each file to its own output in ``folder``; return the exit code (0 if all worked)."""
    from archive import pipeline, writers

    extension = writers.spec(fmt).extension
    options = pipeline.writer_options(fmt, **{k: v for k, v in settings.items() if k != "title"})
    failures: list[tuple[Path, ArchiveError]] = []
    targets: dict[Path, Path] = {}
    for path in files:
        target = folder / (path.stem + extension)
        try:
            if target in targets:
                raise UsageError(f"would overwrite {target}, already written from {targets[target]}")
            targets[target] = path
            result = pipeline.read_path(path, strict=strict)
            _print_diagnostics(result.diagnostics, quiet)
            _print_diagnostics(pipeline.render([result.item], fmt, target, options), quiet)
        except ArchiveError as error:
            _err(f"archive: {error.located(str(path))}")
            failures.append((path, error))
    if failures:
        done = len(files) - len(failures)
        _err(f"archive: converted {done} of {len(files)} files; failed: "
             + ", ".join(str(p) for p, _ in failures))
        codes = {e.exit_code for _, e in failures}
        return codes.pop() if len(codes) == 1 else 1
    return 0


def _convert_into_one(files: list[Path], target: Path, fmt: str, settings: dict[str, object], *,
                      strict: bool, quiet: bool) -> int:
    """Convert one file to one article, or several into one collection; all inputs must read."""
    from archive import pipeline

    if len(files) == 1:  # one article: its own error is the one line to print
        result = pipeline.read_path(files[0], strict=strict)
        _print_diagnostics(result.diagnostics, quiet)
        items = [result.item]
    else:
        items, failures = [], []
        for path in files:
            try:
                result = pipeline.read_path(path, strict=strict)
            except ArchiveError as error:
                _err(f"archive: {error.located(str(path))}")
                failures.append(error)
                continue
            _print_diagnostics(result.diagnostics, quiet)
            items.append(result.item)
        if failures:
            raise InputError(f"{len(failures)} of {len(files)} inputs failed; collection not written",
                             file=str(target))
    options = pipeline.writer_options(fmt, **settings)
    _print_diagnostics(pipeline.render(items, fmt, target, options), quiet)
    return 0


# ---------------------------------------------------------------------------------------------
# validate


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="Canonical items (.xml) to check.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Check items against the profile schema and the IPTC NewsML-G2 2.35 XSD; print each error with its line."""
    from archive.model import validate as validation
    from archive.model.xml import parse

    iptc = validation.iptc_xsd_path()
    results = {}
    bad = 0
    for path in files:
        try:
            found = [str(p) for p in validation.problems(parse(path.read_bytes(), file=str(path)))]
        except ArchiveError as error:
            found = [str(error)]
        except OSError as exc:
            found = [f"cannot read: {exc.strerror}"]
        results[str(path)] = found
        bad += bool(found)
        if not as_json:
            for problem in found:
                _err(f"{path}: {problem}")
    schemas = ["profile"] + (["iptc"] if iptc else [])
    if as_json:
        typer.echo(json.dumps({"schemas": schemas, "files": results}, ensure_ascii=False, indent=2))
    else:
        if not iptc:
            _err(f"archive: note: IPTC XSD not found; checked against the profile only "
                 f"(set {validation.IPTC_ENV} to NewsML-G2_2.35-spec-All-Power.xsd)")
        typer.echo(f"{len(files) - bad} of {len(files)} valid ({' and '.join(schemas)})")
    if bad:
        raise typer.Exit(4)


# ---------------------------------------------------------------------------------------------
# inspect


@app.command()
def inspect(
    files: Annotated[list[Path], typer.Argument(help="Page dumps to read.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Show the fields the reader finds in each page, the line each came from, and the warnings."""
    from archive import pipeline
    from archive.inspection import describe, render_table

    reports = []
    status = 0
    for path in files:
        try:
            reports.append(describe(path, pipeline.read_path(path)))
        except ArchiveError as error:
            reports.append({"file": str(path), "error": str(error)})
            status = status or error.exit_code
    if as_json:
        typer.echo(json.dumps(reports if len(reports) != 1 else reports[0], ensure_ascii=False, indent=2))
    else:
        typer.echo(render_table(reports))
    if status:
        raise typer.Exit(status)


# ---------------------------------------------------------------------------------------------
# build


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(help="Page dumps or folders of them.", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Release folder.")] = Path("dist"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
) -> None:
    """Build a release: each item as XML, EPUB, PDF and JSON-LD, a manifest and SHA256SUMS."""
    from archive.release import build_release

    try:
        summary = build_release(sources, output, report=None if quiet else _err)
    except ArchiveError as error:
        raise _fail(error) from None
    typer.echo(f"built {summary['items']} items, {summary['files']} files in {output}")
    if summary["failed"]:
        raise typer.Exit(3)


def main() -> None:
    """Entry point of the ``archive`` console script."""
    try:
        app()
    except KeyboardInterrupt:
        _err("archive: interrupted")
        sys.exit(130)
