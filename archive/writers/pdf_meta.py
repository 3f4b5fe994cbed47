"""Document metadata for the PDF writer: the info dictionary, XMP, /Lang, the clock, PDF/A parts.

reportlab writes the info dictionary and /Lang itself; XMP, the PDF/A identification and the
output intent it does not, so they are added to its catalog here. The few reportlab internals this
needs (the document's timestamp and ID seed, the catalog's list of keys) are touched in this
module only, each with the reason beside it.

For PDF/A the info dictionary and the XMP packet must say the same things (ISO 19005-2, 6.6.2.3):
both are built from one :class:`DocInfo`, so they cannot drift apart.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from importlib import resources

from lxml import etree
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

from archive.clock import iso

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The packet wrapper XMP readers look for; the id is the fixed one from the XMP specification.
XPACKET_BEGIN = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
XPACKET_END = '\n<?xpacket end="w"?>'

SRGB_IDENTIFIER = "sRGB IEC61966-2.1"
ICC_RESOURCE = "pdf-srgb.icc"


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the document says about itself, in both the info dictionary and XMP."""

    title: str
    author: str
    subject: str
    keywords: str
    languages: tuple[str, ...]  # the first is the document's /Lang
    creator: str  # the application that made the content (xmp:CreatorTool)
    producer: str  # the library that wrote the PDF (pdf:Producer)
    moment: datetime  # creation and modification time
    identifiers: tuple[str, ...] = ()  # the items' GUIDs (dc:identifier for a single article)


# Characters XML 1.0 forbids, and lone surrogates, which neither XMP nor a UTF-16 PDF string can
# hold: metadata and outline titles come from scraped text, where stray controls do occur.
_UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def fit(text: str) -> str:
    """Return ``text`` fit for metadata and outline titles: unfit characters become U+FFFD."""
    return _UNFIT.sub("\ufffd", text)


def utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC, whole seconds; a naive time is taken to be UTC already."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _sub(parent: etree._Element, prefix: str, name: str, text: str | None = None) -> etree._Element:
    """Append the element ``prefix:name`` with ``text`` to ``parent``."""
    element = etree.SubElement(parent, f"{{{NS[prefix]}}}{name}")
    if text is not None:
        element.text = text
    return element


def _container(parent: etree._Element, prefix: str, name: str, kind: str, items: list[str],
               lang: bool = False) -> None:
    """Append ``prefix:name`` holding an rdf:Alt, Seq or Bag of ``items``."""
    holder = _sub(_sub(parent, prefix, name), "rdf", kind)
    for item in items:
        li = _sub(holder, "rdf", "li", item)
        if lang:
            li.set(XML_LANG, "x-default")


def xmp(info: DocInfo, pdfa: bool) -> bytes:
    """Return the XMP packet: Dublin Core, XMP basic and PDF properties, and PDF/A identification."""
    info = clean(info)
    root = etree.Element(f"{{{NS['x']}}}xmpmeta", nsmap={"x": NS["x"]})
    rdf = _sub(root, "rdf", "RDF")
    used = ["dc", "xmp", "pdf", *(["pdfaid"] if pdfa else [])]
    description = etree.SubElement(rdf, f"{{{NS['rdf']}}}Description",
                                   nsmap={p: NS[p] for p in ["rdf", *used]})
    description.set(f"{{{NS['rdf']}}}about", "")
    _sub(description, "dc", "format", "application/pdf")
    _container(description, "dc", "title", "Alt", [info.title], lang=True)
    # PDF/A equates the info Author with a single dc:creator entry, so there is one.
    _container(description, "dc", "creator", "Seq", [info.author])
    _container(description, "dc", "description", "Alt", [info.subject], lang=True)
    _container(description, "dc", "language", "Bag", list(info.languages))
    if len(info.identifiers) == 1:
        _sub(description, "dc", "identifier", info.identifiers[0])
    stamp = iso(utc(info.moment))
    _sub(description, "xmp", "CreateDate", stamp)
    _sub(description, "xmp", "ModifyDate", stamp)
    _sub(description, "xmp", "MetadataDate", stamp)
    _sub(description, "xmp", "CreatorTool", info.creator)
    _sub(description, "pdf", "Producer", info.producer)
    _sub(description, "pdf", "Keywords", info.keywords)
    _sub(description, "pdf", "Trapped", "False")
    if pdfa:
        _sub(description, "pdfaid", "part", "2")
        _sub(description, "pdfaid", "conformance", "B")
    body = etree.tostring(root, encoding="unicode")
    return (XPACKET_BEGIN + body + XPACKET_END).encode("utf-8")


def clean(info: DocInfo) -> DocInfo:
    """Return ``info`` with every text made fit for XML and PDF strings."""
    return replace(info, title=fit(info.title), author=fit(info.author), subject=fit(info.subject),
                   keywords=fit(info.keywords), languages=tuple(map(fit, info.languages)),
                   identifiers=tuple(map(fit, info.identifiers)))


@dataclass(frozen=True, slots=True)
class _FixedStamp:
    """Stands in for reportlab's TimeStamp, which reads the clock or SOURCE_DATE_EPOCH itself."""

    t: float
    YMDhms: tuple[int, int, int, int, int, int]  # reportlab's attribute name
    dhh: int = 0
    dmm: int = 0
    tzname: str = "UTC"


def pin_identity(canvas: Canvas, moment: datetime, fingerprint: bytes) -> None:
    """Give the document our time and an ID derived from its content, not from the environment.

    reportlab dates the info dictionary from its own TimeStamp (the clock, or SOURCE_DATE_EPOCH
    read from os.environ) and seeds the trailer /ID from it; writers are pure, so both come from
    ``options.timestamp`` and the items instead.
    """
    moment = utc(moment)
    doc = canvas._doc
    doc._timeStamp = _FixedStamp(moment.timestamp(), moment.timetuple()[:6])
    seed = hashlib.md5(usedforsecurity=False)
    seed.update(b"archive pdf\0" + iso(moment).encode("ascii") + b"\0" + fingerprint)
    doc.signature = seed


def set_info(canvas: Canvas, info: DocInfo, pdfa: bool) -> None:
    """Fill the info dictionary and attach the XMP packet (uncompressed, as PDF/A asks)."""
    info = clean(info)
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setKeywords(info.keywords)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.producer)
    packet = xmp(info, pdfa)
    stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), packet)
    stream.filters = None  # never compressed (no /Filter): XMP stays readable without a PDF parser
    canvas._doc.Catalog.Metadata = stream


class _OutputIntentCatalog(PDFCatalog):
    """reportlab's catalog writes only the keys it lists; PDF/A adds /OutputIntents."""

    __NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]  # noqa: RUF012 (reportlab's layout)
    __Refs__ = __NoDefault__


@functools.cache
def srgb_profile() -> bytes:
    """Return the shipped sRGB ICC profile (read once per process; see ``pdf_icc``)."""
    return resources.files("archive.writers").joinpath("resources", ICC_RESOURCE).read_bytes()


def add_output_intent(canvas: Canvas) -> None:
    """Add the sRGB output intent PDF/A requires of files with device colours."""
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(SRGB_IDENTIFIER),
        "Info": PDFString(SRGB_IDENTIFIER),
        "RegistryName": PDFString("http://www.color.org"),
        "DestOutputProfile": canvas._doc.Reference(profile),
    })
    catalog = canvas._doc.Catalog
    catalog.__class__ = _OutputIntentCatalog
    catalog.OutputIntents = PDFArray([intent])
