"""Golden files for every writer, from one shared set of canonical items (tests/golden/items/).

Each writer renders each item (and the whole set as one collection); the output, or for EPUB and
PDF a readable summary of it, is compared with the file under ``tests/golden/<writer>/``.
``pytest --update-goldens`` rewrites them; a failure prints a unified diff.

EPUB is compared by its zip listing, OPF, nav and XHTML (zip bytes depend on zlib), PDF by its
metadata, fonts, outline and extracted text (bytes depend on reportlab); XML and JSON-LD by bytes.
"""

from __future__ import annotations

import difflib
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from samples import ALL

from archive.model.xml import dumps, loads
from archive.writers import load

GOLDEN = Path(__file__).resolve().parent / "golden"
ITEMS = GOLDEN / "items"
MOMENT = datetime(2020, 1, 30, 12, 0, 0, tzinfo=UTC)
COLLECTION = "collection"
SUFFIX = {"xml": ".xml", "jsonld": ".jsonld", "epub": ".epub.txt", "pdf": ".pdf.json"}


def item_files() -> list[Path]:
    return sorted(ITEMS.glob("*.xml"))


def render(fmt: str, items: list) -> bytes:
    write, options_class = load(fmt)
    settings = {"timestamp": MOMENT, "title": "Golden collection"}
    names = set(options_class.__dataclass_fields__)
    options = options_class(**{k: v for k, v in settings.items() if k in names})
    out = io.BytesIO()
    write(items, out, options)
    return out.getvalue()


def summarize_epub(data: bytes) -> str:
    """Return the zip listing and every text member of an EPUB, in archive order."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        for info in book.infolist():
            parts.append(f"== {info.filename} (compress_type={info.compress_type}, date={info.date_time})")
            if info.filename.endswith((".opf", ".xhtml", ".ncx", ".css", ".xml", "mimetype")):
                parts.append(book.read(info).decode("utf-8"))
    return "\n".join(parts) + "\n"


def summarize_pdf(data: bytes) -> str:
    """Return a PDF's metadata, fonts, outline and text per page as JSON."""
    reader = PdfReader(io.BytesIO(data))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = set()
        for page in pdf.pages:
            for _, font in (page.Resources.get("/Font") or {}).items():
                descendant = font.get("/DescendantFonts")
                face = descendant[0] if descendant is not None else font
                descriptor = face.get("/FontDescriptor") or {}
                fonts.add((str(font.get("/BaseFont")), "/FontFile2" in descriptor))
        xmp = str(pdf.Root.Metadata.read_bytes().decode("utf-8")) if "/Metadata" in pdf.Root else ""
        lang = str(pdf.Root.get("/Lang", ""))
    summary = {
        "info": {k: str(v) for k, v in sorted((reader.metadata or {}).items())},
        "lang": lang,
        "xmp": xmp.splitlines(),
        "fonts": sorted([name, embedded] for name, embedded in fonts),
        "outline": [o.title if not isinstance(o, list) else [c.title for c in o] for o in reader.outline],
        "pages": [page.extract_text().splitlines() for page in reader.pages],
    }
    return json.dumps(summary, ensure_ascii=False, indent=1) + "\n"


def as_text(fmt: str, data: bytes) -> str:
    if fmt == "epub":
        return summarize_epub(data)
    if fmt == "pdf":
        return summarize_pdf(data)
    return data.decode("utf-8")


def compare(path: Path, actual: str, update: bool) -> None:
    if update:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}: run pytest --update-goldens"
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            f"{path} (golden)", f"{path} (now)", n=2))
        pytest.fail(f"output differs from its golden file (pytest --update-goldens rewrites it):\n{diff[:8000]}")


def test_golden_items_are_the_shared_samples(update_goldens):
    """The canonical items are the samples of tests/samples.py, dumped once and kept as files."""
    for item in ALL:
        name = item.original.filename.rsplit(".", 1)[0]
        compare(ITEMS / f"{name}.xml", dumps(item).decode("utf-8"), update_goldens)
    assert [loads(p.read_bytes()) for p in item_files()] == sorted(ALL, key=lambda i: i.original.filename)


@pytest.mark.parametrize("fmt", ["xml", "jsonld", "epub", "pdf"])
def test_each_item_matches_its_golden(fmt, update_goldens):
    files = item_files()
    assert files, "no golden items"
    for path in files:
        item = loads(path.read_bytes())
        compare(GOLDEN / fmt / (path.stem + SUFFIX[fmt]), as_text(fmt, render(fmt, [item])), update_goldens)


@pytest.mark.parametrize("fmt", ["jsonld", "epub", "pdf"])
def test_the_collection_matches_its_golden(fmt, update_goldens):
    items = [loads(p.read_bytes()) for p in item_files()]
    compare(GOLDEN / fmt / (COLLECTION + SUFFIX[fmt]), as_text(fmt, render(fmt, items)), update_goldens)


def test_a_changed_output_fails_with_a_diff(tmp_path):
    golden = tmp_path / "x.txt"
    golden.write_text("one\ntwo\n", encoding="utf-8")
    with pytest.raises(pytest.fail.Exception) as caught:
        compare(golden, "one\nthree\n", update=False)
    assert "-two" in str(caught.value) and "+three" in str(caught.value)
