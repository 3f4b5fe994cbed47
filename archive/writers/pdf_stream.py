"""Write a reportlab document to its output as it is drawn, so memory stays flat in the page count.

reportlab keeps every object of a document (each page, each page's content stream) until
``canvas.save()``, and then builds the whole file as one ``bytes`` before writing it: a
10,000-article collection would hold some 15,000 pages and then the file twice. Here the
document's class is swapped for :class:`StreamingDocument`, which

- writes the header when the canvas is made, and each finished page with its content stream
  whenever the writer calls :meth:`StreamingDocument.flush` (after each article), then drops them,
  keeping only their object numbers and file offsets;
- at ``save`` writes the objects still held (catalogue, page tree, outline, fonts, forms, the pages
  kept back), the cross-reference table and the trailer straight to the output, in reportlab's
  own format, instead of joining them into one string first.

PDF puts no order on objects in the file (the cross-reference table gives each one's offset),
so pages written early are as valid as pages written last. A page that refers to something not
yet defined (the contents pages show page numbers drawn later as forms) must wait until ``save``:
:meth:`StreamingDocument.hold` keeps the pages drawn so far for then.

This relies on reportlab's document internals (the object tables, ``format``, ``PDFFile``); it
is kept to this module, each use with its reason, and the PDF tests check the result with two
independent parsers (pypdf, pikepdf) and pdfminer's text extraction.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import (
    PDFCrossReferenceTable,
    PDFDocument,
    PDFIndirectObject,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFStream,
    PDFTrailer,
    pdfdocEnc,
)
from reportlab.pdfgen.canvas import Canvas

HEADER_TAIL = b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"  # as reportlab's PDFFile


class _Sink:
    """Where objects go: the output stream, with the offset of each write (reportlab's ``PDFFile.add``)."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self.offset = 0

    def add(self, data: str | bytes) -> int:
        """Write ``data``; return the offset it starts at."""
        encoded = pdfdocEnc(data)
        start = self.offset
        self._out.write(encoded)
        self.offset += len(encoded)
        return start


class _Written(PDFObject):
    """Stands in the document's tables for an object already in the file (it is never formatted again)."""


WRITTEN = _Written()


class StreamingDocument(PDFDocument):
    """reportlab's document, writing finished pages as it goes (see the module docstring).

    Made by :func:`stream_to` from the canvas's own document (``__class__`` is swapped, so every
    attribute reportlab set up stays as it was).
    """

    _sink: _Sink
    _written: set[str]
    _next_page: int
    _version: tuple[int, int]

    def _start(self, out: BinaryIO) -> None:
        self._sink = _Sink(out)
        self._written = set()
        self._next_page = 0  # index in Pages.pages of the first page not yet written or held
        self._version = self._pdfVersion
        major, minor = self._pdfVersion
        self._sink.add(f"%PDF-{major}.{minor}".encode() + HEADER_TAIL)

    @property
    def pages_written(self) -> int:
        """How many pages have been written out so far (for tests)."""
        return sum(1 for page in self.Pages.pages if isinstance(page, PDFObjectReference))

    def hold(self) -> None:
        """Keep the pages drawn so far until ``save`` (they refer to things defined later)."""
        self._next_page = len(self.Pages.pages)

    def flush(self) -> None:
        """Write the pages finished since the last flush, with their content streams, and drop them."""
        pages = self.Pages.pages
        for index in range(self._next_page, len(pages)):
            page = pages[index]
            if not isinstance(page, PDFPage):
                continue
            name = page.__InternalName__
            first_new = self.objectcounter + 1
            self._write(name)
            # Formatting the page registered its content stream (and, the first time, the page
            # tree): write the streams now; anything else waits for save.
            for number in range(first_new, self.objectcounter + 1):
                other = self.numberToId[number]
                if isinstance(self.idToObject[other], PDFStream):
                    self._write(other)
            pages[index] = PDFObjectReference(name)  # the page tree lists it by reference from now on
        self._next_page = len(pages)

    def _write(self, name: str) -> None:
        """Format the object ``name``, write it, note its offset, and drop it."""
        self.idToOffset[name] = self._sink.add(PDFIndirectObject(name, self.idToObject[name]).format(self))
        self.idToObject[name] = WRITTEN
        self._written.add(name)

    def format(self) -> bytes:
        """Write what is left, the cross-reference table and the trailer to the output; return nothing.

        reportlab's ``format`` without its in-memory file: the same objects in the same order for
        everything not written yet, and the same table and trailer. ``SaveToFile`` then writes the
        empty result.
        """
        if self._pdfVersion != self._version:
            raise RuntimeError(f"the PDF version changed to {self._pdfVersion} after the header was written")
        self.encrypt.prepare(self)
        self.Reference(self.Catalog)
        self.Reference(self.info)
        encryption = self.encrypt.info()
        encrypt_ref = self.Reference(encryption) if encryption else None
        sink = self._sink
        self.__accum__ = sink  # reportlab lets objects see the file being written (as in its format)
        ids = []
        counter = 1
        while counter in self.numberToId:
            name = self.numberToId[counter]
            if name not in self._written:
                if not rl_config.invariant and rl_config.pdfComments:
                    sink.add(f"% {name!a}: class {type(self.idToObject[name]).__name__[:50]} \n")
                self._write(name)
            ids.append(name)
            counter += 1
        del self.__accum__
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = sink.add(xref.format(self))
        trailer = PDFTrailer(startxref=start, Size=len(ids) + 1, Root=self.Reference(self.Catalog),
                             Info=self.Reference(self.info), Encrypt=encrypt_ref, ID=self.ID())
        sink.add(trailer.format(self))
        return b""


def stream_to(canvas: Canvas, out: BinaryIO) -> StreamingDocument:
    """Make ``canvas`` write its document to ``out`` as pages are flushed; return the document.

    Call it right after the canvas is made, before anything is drawn; ``canvas.save()`` then
    finishes the file.
    """
    doc = canvas._doc
    doc.__class__ = StreamingDocument
    assert isinstance(doc, StreamingDocument)
    doc._start(out)
    return doc
