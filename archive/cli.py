"""The ``archive`` command line: the only place that touches argv, stdout, stderr and exit codes.

Commands import what they need when they run, so ``archive convert x.txt -o x.epub`` never loads
the PDF writer or the store. Errors are ArchiveError subclasses; each becomes one line on stderr
(``FILE:LINE: message``) and the error kind's exit code (see the README's table).
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from archive import __version__
from archive.errors import ArchiveError, InputError, UsageError

if TYPE_CHECKING:  # the store is imported by the commands that use it, not at start-up
    from rich.progress import Progress

    from archive.store import Store
    from archive.store.catalogue import Entry
    from archive.store.filters import Filters
    from archive.store.textindex import Passage

app = typer.Typer(
    name="archive",
    help="News archive: scraped news pages to validated NewsML-G2 items, published as EPUB, PDF and JSON-LD.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class GroupBy(StrEnum):
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


JobsOption = Annotated[int | None, typer.Option(
    "--jobs", "-j", show_default=False,
    help="Worker processes for many inputs (default: one per core); 1 works in this process. "
         "The output is the same whatever the number.")]


# ---------------------------------------------------------------------------------------------
# convert


@app.command()
def convert(
    inputs: Annotated[list[Path], typer.Argument(
        help="Page dumps (.txt) or canonical items (.xml); folders are searched.", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file (its extension picks the format) "
                                         "or, with --to, a folder for one file per input.")],
    to: Annotated[str | None, typer.Option("--to", "-t", help="Output format for a folder of outputs: "
                                           "xml, epub, pdf or jsonld.")] = None,
    title: Annotated[str | None, typer.Option(help="Title of a collection (several inputs into one file).")] = None,
    group_by: Annotated[GroupBy, typer.Option(
        "--group-by", help="Group a collection's table of contents.")] = GroupBy.date,
    vertical: Annotated[bool, typer.Option(
        help="EPUB: vertical writing, right-to-left pages (traditional Chinese).")] = False,
    pdfa: Annotated[bool, typer.Option(help="PDF: PDF/A-2b structure (not validated: see README).")] = False,
    strict: Annotated[bool, typer.Option(help="Treat reader warnings as failures.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    jobs: JobsOption = None,
) -> None:
    """Convert news pages to canonical XML, EPUB, PDF or JSON-LD, in pandoc's manner.

    One input and an output file: one article. Several inputs and an output file: one collection.
    An output folder with --to: one file per input, named after the input.
    """
    from archive import parallel, pipeline, writers

    settings = {"title": title, "group_by": group_by.value, "vertical": vertical, "pdfa": pdfa}
    try:
        workers = parallel.resolve_jobs(jobs)
        files = pipeline.expand_inputs(inputs)
        if not files:
            raise UsageError("no input files (folders hold no .txt or .xml files)")
        if to is not None or output.is_dir() or str(output).endswith(("/", "\\")):
            fmt = writers.spec(to).name if to else None
            if fmt is None:
                raise UsageError(f"{output} is a folder: say which format to write with --to")
            failed = _convert_each(files, output, fmt, settings, strict=strict, quiet=quiet, jobs=workers)
        else:
            fmt = writers.for_extension(output.suffix).name
            failed = _convert_into_one(files, output, fmt, settings, strict=strict, quiet=quiet, jobs=workers)
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
                  strict: bool, quiet: bool, jobs: int) -> int:
    """Convert each file to its own output in ``folder``; return the exit code (0 if all worked).

    Workers read, render and write each file and send back its warnings or error; they are
    printed here in input order, so the output is the same whatever the number of workers.
    """
    from functools import partial

    from archive import parallel, pipeline, writers
    from archive.clock import build_time, iso

    extension = writers.spec(fmt).extension
    options = pipeline.writer_options(fmt, **{k: v for k, v in settings.items() if k != "title"})
    job = pipeline.FileJob(fmt, options, iso(build_time()), strict)
    # Targets are settled before any work starts, so a clash is the same whatever runs first.
    targets: dict[Path, Path] = {}
    plan: list[tuple[Path, Path, ArchiveError | None]] = []
    for path in files:
        target = folder / (path.stem + extension)
        clash = (UsageError(f"would overwrite {target}, already written from {targets[target]}")
                 if target in targets else None)
        targets.setdefault(target, path)
        plan.append((path, target, clash))
    tasks = [(path, target) for path, target, clash in plan if clash is None]
    failures: list[tuple[Path, ArchiveError]] = []
    warm = partial(pipeline.warm, fmt, [path for path, _ in tasks])
    with parallel.Workers(jobs if len(tasks) > 1 else 1, warm=warm) as pool:
        results = pool.map_batches(partial(pipeline.convert_files, job), tasks)
        for path, _target, clash in plan:
            outcome = pipeline.Converted(error=clash) if clash is not None else next(results)
            _print_diagnostics(outcome.diagnostics, quiet)
            if outcome.error is not None:
                _err(f"archive: {outcome.error.located(str(path))}")
                failures.append((path, outcome.error))
    if failures:
        done = len(files) - len(failures)
        _err(f"archive: converted {done} of {len(files)} files; failed: "
             + ", ".join(str(p) for p, _ in failures))
        codes = {e.exit_code for _, e in failures}
        return codes.pop() if len(codes) == 1 else 1
    return 0


def _convert_into_one(files: list[Path], target: Path, fmt: str, settings: dict[str, object], *,
                      strict: bool, quiet: bool, jobs: int) -> int:
    """Convert one file to one article, or several into one collection; all inputs must read.

    A collection's inputs are read by the workers and spooled here in input order: this process
    keeps a small summary of each and the writer loads each item from the spool when it renders
    it, so memory does not grow with the number of inputs.
    """
    from archive import pipeline

    options = pipeline.writer_options(fmt, **settings)
    if len(files) == 1:  # one article: its own error is the one line to print
        result = pipeline.read_path(files[0], strict=strict)
        _print_diagnostics(result.diagnostics, quiet)
        _print_diagnostics(pipeline.render([result.item], fmt, target, options), quiet)
        return 0
    from functools import partial

    from archive import itemseq, parallel, writers
    from archive.clock import build_time, iso

    failures = []
    # Workers also make what the writer can make of each member alone (EPUB chapters, PDF layouts);
    # such a writer is warmed (its fonts loaded) before they are forked, as they need it.
    maker = writers.member_maker(fmt) is not None
    with (parallel.Workers(jobs, warm=partial(pipeline.warm, fmt if maker else None, files)) as pool,
          itemseq.Spool() as items):
        member = pipeline.MemberJob(fmt, options) if pool.parallel and maker else None
        results = pool.map(partial(pipeline.read_packed, iso(build_time()), strict, member=member), files)
        if pool.parallel:
            writers.warm(fmt)  # import the writer and load its fonts while the workers read
        for packed in results:
            _print_diagnostics(packed.diagnostics, quiet)
            if packed.error is not None or packed.summary is None:
                _err(f"archive: {packed.error}")
                failures.append(packed.error)
                continue
            if not failures:  # one failure means no collection: stop keeping items
                items.append(packed.data, packed.summary, packed.made)
        if failures:
            raise InputError(f"{len(failures)} of {len(files)} inputs failed; collection not written",
                             file=str(target))
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
        _print_json({"schemas": schemas, "files": results})
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
        _print_json(reports if len(reports) != 1 else reports[0])
    else:
        typer.echo(render_table(reports))
    if status:
        raise typer.Exit(status)


# ---------------------------------------------------------------------------------------------
# the store: ingest, search, list, show, edit, verify, bag, export, reindex

StoreOption = Annotated[Path | None, typer.Option(
    "--store", envvar="ARCHIVE_STORE", show_default=False,
    help="Store folder (default: $ARCHIVE_STORE, else ./archive-store).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON (for scripts).")]
FromOption = Annotated[str | None, typer.Option("--from", help="Published on or after (YYYY, YYYY-MM or YYYY-MM-DD).",
                                                show_default=False)]
ToOption = Annotated[str | None, typer.Option("--to", help="Published on or before (YYYY, YYYY-MM or YYYY-MM-DD).",
                                              show_default=False)]
SourceOption = Annotated[str | None, typer.Option("--source", help="Part of the source's or publisher's name.",
                                                  show_default=False)]
LangOption = Annotated[str | None, typer.Option("--lang", help="Language tag or its start: zh, zh-TW, en.",
                                                show_default=False)]


class ShowFormat(StrEnum):
    xml = "xml"
    json = "json"


def _print_json(data: object) -> None:
    import json  # here: most runs print no JSON

    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _open_store(path: Path | None, *, create: bool = False) -> Store:
    """Open the store the options name; say so when its catalogue had to be rebuilt."""
    from archive.store import Store, store_path

    store = Store.open(store_path(path), create=create)
    if store.catalogue is not None and store.rebuilt:
        _err(f"archive: note: catalogue rebuilt from the stored files ({store.rebuilt} items)")
    return store


def _filters(date_from: str | None, date_to: str | None, source: str | None, lang: str | None) -> Filters:
    from archive.store.filters import Filters

    return Filters.parse(date_from, date_to, source, lang)


def _exit_code(errors: list[ArchiveError]) -> int:
    """One kind of failure: its code; several kinds: 1 (as convert does for a batch)."""
    codes = {e.exit_code for e in errors}
    return 0 if not codes else codes.pop() if len(codes) == 1 else 1


def _entry_line(e: Entry) -> str:
    who = e.source or e.publisher or "-"
    date = e.published_date or "----------"
    return f"{e.key[:12]}  v{e.version}  {date}  {e.language:<5}  {who}  {e.headline}"


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Page dumps, folders of them, globs, or bags.",
                                                show_default=False)],
    store: StoreOption = None,
    strict: Annotated[bool, typer.Option(help="Treat reader warnings as failures.")] = False,
    warnings: Annotated[bool, typer.Option("--warnings", help="Print each reader warning.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no list of failures.")] = False,
    as_json: JsonOption = False,
    jobs: JobsOption = None,
) -> None:
    """Add page dumps (or bags) to the store: originals kept byte for byte, canonical XML, checksums.

    The same bytes twice give one item (reported unchanged). Each file is added, unchanged or failed;
    a failed file does not stop the others, and the exit code is that of the failures.
    """
    from archive import parallel
    from archive.clock import build_time, iso
    from archive.store import ingest as ingesting

    try:
        workers = parallel.resolve_jobs(jobs)
        opened = _open_store(store, create=True)
        sources = ingesting.expand(paths)
        if not sources:
            raise UsageError("no input files (folders hold no .txt page dumps or bags)")
        settings = ingesting.Settings(opened.root, iso(build_time()), strict=strict)
        counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
        listed: list[dict[str, object]] = []  # --json only: a long run otherwise keeps counts, not results
        errors: list[ArchiveError] = []
        warned = 0
        show_bar = not (quiet or as_json) and sys.stderr.isatty()
        # The workers start before the progress bar's thread does (they are forked).
        with (parallel.Workers(workers if len(sources) > 1 else 1, warm=ingesting.warm) as pool,
              _Progress(show_bar, ingesting.count_items(sources) if show_bar else None) as advance):
            for result in ingesting.run(opened, sources, settings, pool if pool.parallel else None):
                counts[result.status.value] += 1
                warned += len(result.diagnostics)
                if as_json:
                    listed.append(result.as_dict())
                elif warnings:
                    _print_diagnostics(result.diagnostics, False)
                if result.error is not None:
                    errors.append(result.error)
                    if not (quiet or as_json):
                        _err(f"archive: {result.error}")
                advance()
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json({"store": str(opened.root), **counts, "warnings": warned, "items": listed})
    else:
        note = f"; {warned} reader warnings (--warnings shows them)" if warned and not warnings else ""
        typer.echo(f"{sum(counts.values())} items: {counts['added']} added, {counts['updated']} updated, "
                   f"{counts['unchanged']} unchanged, {counts['failed']} failed{note}")
    raise typer.Exit(_exit_code(errors))


class _Progress:
    """A progress bar on stderr for long runs (only on a terminal); ``advance()`` moves it one step."""

    def __init__(self, show: bool, total: int | None) -> None:
        self.show = show
        self.total = total
        self.bar: Progress | None = None

    def __enter__(self) -> Callable[[], None]:
        if not self.show:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.start()
        bar = self.bar
        task = bar.add_task("ingest", total=self.total)
        return lambda: bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, all of them: 疫情 程连元, \"Hong Kong\", protest.",
                                         show_default=False)],
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    lang: LangOption = None,
    limit: Annotated[int, typer.Option(help="How many results at most.")] = 20,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find items by words in their headline, people, source or text; best matches first, each with its passage."""
    from archive.store import search as searching

    try:
        opened = _open_store(store)
        hits = searching.search(opened, query, _filters(date_from, date_to, source, lang), limit)
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json({"query": query, "count": len(hits), "results": [h.as_dict() for h in hits]})
        return
    bold = sys.stdout.isatty()
    for rank, hit in enumerate(hits, start=1):
        typer.echo(f"{rank:>3}. {_entry_line(hit.entry)}")
        typer.echo(f"     {_highlighted(hit.passage, bold)}")
    typer.echo(f"{len(hits)} result{'s' if len(hits) != 1 else ''}")


def _highlighted(passage: Passage, bold: bool) -> str:
    text = passage.text
    if not bold:
        return text.replace("\n", " ")
    out, position = [], 0
    for start, end in passage.highlights:
        out += [text[position:start], typer.style(text[start:end], bold=True)]
        position = end
    return ("".join(out) + text[position:]).replace("\n", " ")


@app.command(name="list")
def list_items(
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    lang: LangOption = None,
    limit: Annotated[int | None, typer.Option(help="How many items at most.", show_default=False)] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the stored items by publication date: key, version, date, language, source, headline."""
    try:
        opened = _open_store(store)
        entries = opened.catalogue.select(_filters(date_from, date_to, source, lang), limit=limit)
        if as_json:
            _print_json([e.as_dict() for e in entries])
            return
        count = 0
        for entry in entries:
            typer.echo(_entry_line(entry))
            count += 1
    except ArchiveError as error:
        raise _fail(error) from None
    typer.echo(f"{count} item{'s' if count != 1 else ''}", err=True)


@app.command()
def show(
    guid: Annotated[str, typer.Argument(help="The item's guid, or the start of its key (6+ characters).",
                                        show_default=False)],
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help="xml: the canonical item; json: its fields.")]
    = ShowFormat.xml,
    history: Annotated[bool, typer.Option("--history", help="List every version: when, why, what changed.")] = False,
    version: Annotated[int | None, typer.Option("--version", help="Show this version, not the latest.",
                                                show_default=False)] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one stored item (its latest version unless --version), or its history of versions."""
    from archive.store import edit as editing
    from archive.store.edit import plain

    try:
        opened = _open_store(store)
        entry = opened.resolve(guid)
        if history:
            versions = editing.history(opened, entry.key)
            if as_json or fmt is ShowFormat.json:
                _print_json({"guid": entry.guid, "versions": versions})
                return
            typer.echo(f"{entry.guid}  {entry.headline}")
            for v in versions:
                typer.echo(f"  v{v['version']}  {v['created']}  {v['note'] or '(first version)'}")
                for name, (before, after) in v["changes"].items():
                    typer.echo(f"      {name}: {before!r} -> {after!r}")
            return
        if as_json or fmt is ShowFormat.json:
            item = opened.load(entry.key, version)
            _print_json({"key": entry.key, **plain(item)})
            return
        sys.stdout.buffer.write(opened.version_bytes(entry.key, version))
    except ArchiveError as error:
        raise _fail(error) from None


@app.command()
def edit(
    guid: Annotated[str, typer.Argument(help="The item's guid, or the start of its key.", show_default=False)],
    assignments: Annotated[list[str], typer.Option("--set", help="FIELD=VALUE, e.g. published=2020-01-28 or "
                                                   "headline=…; an empty VALUE clears the field.",
                                                   show_default=False)],
    note: Annotated[str, typer.Option("--note", help="Why: recorded in the new version as its edNote.",
                                      show_default=False)],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Correct an item: a new version (version + 1) with the changes and the reason; earlier versions stay."""
    from archive.clock import build_time, iso
    from archive.store import edit as editing

    try:
        opened = _open_store(store)
        result = editing.edit(opened, guid, assignments, note, iso(build_time()))
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(result.as_dict())
        return
    typer.echo(f"{result.guid}: version {result.version}")
    for name, (before, after) in result.changes.items():
        typer.echo(f"  {name}: {before!r} -> {after!r}")


@app.command()
def verify(
    store: StoreOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print failures only, no notices.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Recompute every checksum in the store; name each changed or missing file (exit 8 if any)."""
    from archive.errors import FixityError
    from archive.store.fixity import verify as verifying

    try:
        opened = _open_store(store)
        report = verifying(opened)
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(report.as_dict())
    else:
        for finding in report.failures:
            _err(f"archive: {finding}")
        if not quiet:
            for finding in report.notices:
                _err(f"archive: note: {finding}")
        state = "ok" if report.ok else f"{len(report.failures)} problems"
        typer.echo(f"{report.items} items, {report.files} files checked: {state}")
    if not report.ok:
        raise typer.Exit(FixityError.exit_code)


@app.command()
def bag(
    output: Annotated[Path, typer.Argument(help="New folder for the bag.", show_default=False)],
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    lang: LangOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Package items (every version and the original) as a BagIt 1.0 bag with SHA-256 manifests."""
    from archive.store.bag import write_bag

    try:
        opened = _open_store(store)
        filters = _filters(date_from, date_to, source, lang)
        keys = [e.key for e in opened.catalogue.select(filters)]
        summary = write_bag(opened, keys, output, filters)
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(summary)
    else:
        typer.echo(f"bagged {summary['items']} items ({summary['versions']} versions) in {output}: "
                   f"BagIt {summary['bagit_version']}, valid")


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Collection file: .epub, .pdf or .jsonld "
                                         "(.xml for a single item).", show_default=False)],
    date_from: FromOption = None,
    date_to: ToOption = None,
    source: SourceOption = None,
    lang: LangOption = None,
    title: Annotated[str | None, typer.Option(help="Title of the collection.")] = None,
    group_by: Annotated[GroupBy, typer.Option("--group-by", help="Group the table of contents.")] = GroupBy.date,
    vertical: Annotated[bool, typer.Option(help="EPUB: vertical writing, right-to-left pages.")] = False,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the stored items that match the filters (latest versions) as one collection file."""
    from archive import pipeline, writers

    try:
        fmt = writers.for_extension(output.suffix).name
        opened = _open_store(store)
        # The catalogue rows are the writer's summaries; each item is read from disk when it is written.
        items = opened.entries_as_items(opened.catalogue.select(_filters(date_from, date_to, source, lang)))
        if not items:
            raise UsageError("no items match; nothing to export")
        options = pipeline.writer_options(fmt, title=title, group_by=group_by.value, vertical=vertical)
        diagnostics = pipeline.render(items, fmt, output, options)
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json({"output": str(output), "format": fmt, "items": len(items),
                     "warnings": [d.as_dict() for d in diagnostics]})
    else:
        _print_diagnostics(diagnostics, False)
        typer.echo(f"exported {len(items)} items to {output}")


@app.command()
def reindex(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Rebuild the catalogue from the stored files (the files are the truth; the catalogue is an index)."""
    from archive.store import Store, store_path

    try:
        with Store.open(store_path(store)) as opened:
            count = opened.reindex()
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json({"store": str(store_path(store)), "items": count, "skipped": opened.skipped})
    else:
        for skipped in opened.skipped:
            _err(f"archive: not catalogued: {skipped} (archive verify says more)")
        typer.echo(f"catalogue rebuilt: {count} items")


# ---------------------------------------------------------------------------------------------
# build and verify-release


@app.command()
def build(
    sources: Annotated[list[Path], typer.Argument(help="Page dumps, folders of them, or bags.", show_default=False)],
    output: Annotated[Path, typer.Option("-o", "--output", help="Release folder.")] = Path("dist"),
    store: Annotated[Path | None, typer.Option("--store", help="Ingest into this store and build from it "
                                               "(default: a temporary store).", show_default=False)] = None,
    title: Annotated[str | None, typer.Option(help="Title of the collection files.")] = None,
    formats: Annotated[str, typer.Option("--formats", help="Comma-separated formats to write.")]
    = "xml,epub,pdf,jsonld",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    as_json: JsonOption = False,
    jobs: JobsOption = None,
) -> None:
    """Build a release: each item as XML, EPUB, PDF and JSON-LD, the collection files, a manifest and SHA256SUMS."""
    from archive import parallel
    from archive.release import build_release

    try:
        chosen = [f.strip() for f in formats.split(",") if f.strip()]
        summary = build_release(sources, output, store_root=store, formats=chosen, title=title,
                                report=None if quiet or as_json else _err, jobs=parallel.resolve_jobs(jobs))
    except ArchiveError as error:
        raise _fail(error) from None
    if as_json:
        _print_json(summary)
    else:
        typer.echo(f"built {summary['items']} items, {summary['files']} files in {output}")
    raise typer.Exit(summary["exit_code"])


@app.command(name="verify-release")
def verify_release(
    folder: Annotated[Path, typer.Argument(help="The release folder (dist).", show_default=False)] = Path("dist"),
    epubcheck: Annotated[bool, typer.Option(help="Run EPUBCheck on every EPUB (needs Java and the "
                                            "epubcheck package).")] = True,
    as_json: JsonOption = False,
) -> None:
    """Check a release: SHA256SUMS and manifest, every file listed, XML valid, EPUBs pass EPUBCheck."""
    from archive.errors import FixityError
    from archive.store.release_check import verify_release as verifying

    report = verifying(folder, epubcheck=epubcheck)
    if as_json:
        _print_json(report.as_dict())
    else:
        for finding in report.failures:
            _err(f"archive: {finding}")
        for finding in report.notices:
            _err(f"archive: note: {finding}")
        state = "ok" if report.ok else f"{len(report.failures)} problems"
        typer.echo(f"{report.items} items, {report.files} files checked: {state}")
    if not report.ok:
        raise typer.Exit(FixityError.exit_code)


def _command_name(info: typer.models.CommandInfo) -> str | None:
    """Return the name a registered command is invoked by (typer's rule: function name, dashed)."""
    if info.name:
        return info.name
    return typer.main.get_command_name(info.callback.__name__) if info.callback is not None else None


def _app_for(argv: list[str]) -> typer.Typer:
    """Return the app with only the command ``argv`` invokes, when its first word names one.

    Typer turns every registered command into a click command (reading each function's signature
    and type hints) before it parses anything: a tenth of ``archive convert``'s start-up for
    fourteen commands, when a run needs one. Any other first word (an option, ``--help``, a typo)
    gets the whole app, so help, ``--version`` and "No such command" are as they always were.
    """
    wanted = argv[1] if len(argv) > 1 else ""
    chosen = [info for info in app.registered_commands if _command_name(info) == wanted]
    if len(chosen) != 1:
        return app
    only = copy.copy(app)
    only.registered_commands = chosen
    return only


def main() -> None:
    """Entry point of the ``archive`` console script."""
    try:
        _app_for(sys.argv)()
    except KeyboardInterrupt:
        _err("archive: interrupted")
        sys.exit(130)
