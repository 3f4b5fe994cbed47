"""The canonical XML writer: the item itself, validated against both schemas before it is written."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from archive.diagnostics import Diagnostic
from archive.errors import ExportError
from archive.model import NewsItem
from archive.model.validate import check
from archive.model.xml import dumps


@dataclass(frozen=True, slots=True)
class XmlOptions:
    """Options of the XML writer."""

    validate: bool = True
    """Check the item against the profile (and IPTC, when available) before writing it."""


OPTIONS = XmlOptions


def write(items: Sequence[NewsItem], out: BinaryIO, options: XmlOptions | None = None) -> list[Diagnostic]:
    """Write one item as canonical NewsML-G2 XML. A collection is not one XML item: use a folder."""
    options = options if options is not None else XmlOptions()
    if len(items) != 1:
        raise ExportError("canonical XML holds one item; write a collection as EPUB, PDF or JSON-LD, "
                          "or convert to a folder with --to xml")
    data = dumps(items[0])
    if options.validate:
        check(data, file=items[0].original.filename if items[0].original else None)
    out.write(data)
    return []
