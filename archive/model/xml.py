"""NewsItem <-> canonical XML: a NewsML-G2 2.35 newsItem in our profile (``schemas/``).

The element order is fixed and every model field has exactly one place, so
``dump(load(data)) == data`` for every canonical document and ``load(dump(item)) == item`` for
every item. XML names are defined once, below; nothing else in the project spells them.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from lxml import etree

from archive.errors import InputError
from archive.model.item import Block, EditNote, NewsItem, Original, Person, Role, published_parts

G2 = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"
ARC = "urn:x-newsarchive:profile:1"  # our extension namespace (foreign elements NewsML-G2 admits)
XML_NS = "http://www.w3.org/XML/1998/namespace"

IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"
HEADLINE_ROLE_SCHEME = ("arc-hlrole", "urn:x-newsarchive:cv:headlinerole:")
ORIGINAL_HEADLINE_ROLE = f"{HEADLINE_ROLE_SCHEME[0]}:original"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
ORIGINAL_ID = "original"
PROVIDER = "archive"
SOURCE_ROLE = "cpprole:origcont"

ROLE_ELEMENT = {  # model role -> (NewsML-G2 element, cpprole QCode)
    Role.AUTHOR: ("creator", "cpprole:author"),
    Role.CORRESPONDENT: ("contributor", "cpprole:correspondent"),
    Role.EDITOR: ("contributor", "cpprole:editor"),
}
ROLE_BY_QCODE = {qcode: role for role, (_, qcode) in ROLE_ELEMENT.items()}

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_PARSER = etree.XMLParser(no_network=True, resolve_entities=False, remove_blank_text=True)


def g2(tag: str) -> str:
    return f"{{{G2}}}{tag}"


def arc(tag: str) -> str:
    return f"{{{ARC}}}{tag}"


def xh(tag: str) -> str:
    return f"{{{XHTML}}}{tag}"


# ---------------------------------------------------------------------------------------------
# model -> XML


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrib: str | None) -> etree._Element:
    node = etree.SubElement(parent, name, {k: v for k, v in attrib.items() if v is not None})
    if text is not None:
        node.text = text
    return node


def _content_date(value: str) -> tuple[str, str | None]:
    """Return (contentCreated value, wall-clock time or None) for a model date value.

    NewsML-G2 and our profile keep an instant (date-time with offset) or a date in
    ``contentCreated``. A time printed without a zone is not an instant: the date goes there and
    the wall-clock date-time into ``arc:*Local`` so nothing printed is lost and nothing invented.
    """
    date, time, offset = published_parts(value)
    if time is not None and offset is None:
        return date, value
    return value, None


def to_element(item: NewsItem) -> etree._Element:
    """Build the canonical ``newsItem`` element for ``item``."""
    root = etree.Element(g2("newsItem"), nsmap={None: G2, "arc": ARC})
    root.set("guid", item.guid)
    root.set("version", str(item.version))
    root.set("standard", "NewsML-G2")
    root.set("standardversion", "2.35")
    root.set("conformance", "power")
    root.set(f"{{{XML_NS}}}lang", item.language)

    _sub(root, g2("catalogRef"), href=IPTC_CATALOG)
    catalog = _sub(root, g2("catalog"))
    _sub(catalog, g2("scheme"), alias=HEADLINE_ROLE_SCHEME[0], uri=HEADLINE_ROLE_SCHEME[1])

    if item.publisher:
        history = _sub(root, g2("pubHistory"))
        published = _sub(history, g2("published"), literal=item.publisher)
        _sub(published, g2("name"), item.publisher)

    meta = _sub(root, g2("itemMeta"))
    _sub(meta, g2("itemClass"), qcode="ninat:text")
    provider = _sub(meta, g2("provider"), literal=PROVIDER)
    _sub(provider, g2("name"), PROVIDER)
    _sub(meta, g2("versionCreated"), item.created)
    if item.first_created:
        _sub(meta, g2("firstCreated"), item.first_created)
    _sub(meta, g2("pubStatus"), qcode="stat:usable")
    for note in item.notes:
        _sub(meta, g2("edNote"), note.text)
    if item.url:
        _sub(meta, g2("link"), rel="irel:seeAlso", href=item.url, contenttype="text/html")

    content = _sub(root, g2("contentMeta"))
    published_local = modified_local = None
    if item.published:
        created, published_local = _content_date(item.published)
        _sub(content, g2("contentCreated"), created)
    if item.modified:
        modified, modified_local = _content_date(item.modified)
        _sub(content, g2("contentModified"), modified)
    if item.source:
        source = _sub(content, g2("infoSource"), role=SOURCE_ROLE, literal=item.source)
        _sub(source, g2("name"), item.source)
    for person in item.people:
        tag, qcode = ROLE_ELEMENT[person.role]
        party = _sub(content, g2(tag), role=qcode, literal=person.name)
        _sub(party, g2("name"), person.name)
        if person.printed_role is not None:
            _sub(party, arc("printedRole"), person.printed_role)
    _sub(content, g2("language"), tag=item.language)
    if item.section:
        subject = _sub(content, g2("subject"), type="cpnat:abstract", literal=item.section)
        _sub(subject, g2("name"), item.section)
    _sub(content, g2("headline"), item.headline)
    if item.original_headline:
        _sub(content, g2("headline"), item.original_headline, role=ORIGINAL_HEADLINE_ROLE)
    if item.dateline:
        _sub(content, g2("dateline"), item.dateline)
    if item.byline:
        _sub(content, g2("by"), item.byline)
    if item.breadcrumb:
        crumbs = _sub(content, arc("breadcrumb"))
        for crumb in item.breadcrumb:
            _sub(crumbs, arc("crumb"), crumb)
    if item.published_printed:
        _sub(content, arc("printedDate"), item.published_printed)
    if published_local:
        _sub(content, arc("publishedLocal"), published_local)
    if modified_local:
        _sub(content, arc("modifiedLocal"), modified_local)

    content_set = _sub(root, g2("contentSet"), original=ORIGINAL_ID if item.original else None)
    inline = _sub(content_set, g2("inlineXML"), contenttype="application/xhtml+xml")
    html = etree.SubElement(inline, xh("html"), nsmap={None: XHTML})
    html.set(f"{{{XML_NS}}}lang", item.language)
    head = _sub(html, xh("head"))
    _sub(head, xh("title"), item.headline)
    body = _sub(html, xh("body"))
    for block in item.body:
        _sub(body, xh(block.kind), block.text)
    if item.original:
        _original_to_xml(content_set, item.original, item.language)
    return root


def _original_to_xml(parent: etree._Element, original: Original, language: str) -> None:
    remote = _sub(
        parent, g2("remoteContent"), id=ORIGINAL_ID, href=quote(original.filename, safe="/"),
        contenttype=f"{original.media_type}; charset={original.encoding}",
        size=str(original.size), language=language,
    )
    _sub(remote, g2("hash"), original.sha256, hashtypeuri=SHA256_URI)
    _sub(remote, arc("decoding"), bom="true" if original.bom else "false",
         lineEndings=original.line_endings)


def dumps(item: NewsItem) -> bytes:
    """Serialise ``item`` as canonical XML bytes (UTF-8, declaration, two-space indent, final newline)."""
    root = to_element(item)
    etree.indent(root, space="  ")
    return XML_DECLARATION + etree.tostring(root, encoding="UTF-8") + b"\n"


# ---------------------------------------------------------------------------------------------
# XML -> model


def _text(node: etree._Element | None) -> str | None:
    return None if node is None else (node.text or "")


def _local_or(value: str | None, local: str | None) -> str | None:
    return local if local is not None else value


def from_element(root: etree._Element, *, file: str | None = None) -> NewsItem:
    """Build a NewsItem from a canonical ``newsItem`` element (validate it first for good errors)."""
    if root.tag != g2("newsItem"):
        raise InputError(f"not a NewsML-G2 newsItem (root element is {root.tag!r})", file=file,
                         line=root.sourceline)
    meta = root.find(g2("itemMeta"))
    content = root.find(g2("contentMeta"))
    content_set = root.find(g2("contentSet"))
    if meta is None or content is None or content_set is None:
        raise InputError("newsItem lacks itemMeta, contentMeta or contentSet", file=file,
                         line=root.sourceline)

    people: list[Person] = []
    source = section = headline = original_headline = None
    for node in content:
        tag = etree.QName(node).localname if isinstance(node.tag, str) else ""
        if tag in ("creator", "contributor"):
            role = ROLE_BY_QCODE.get(node.get("role", ""))
            if role is None:
                raise InputError(f"unknown {tag} role {node.get('role')!r}", file=file,
                                 line=node.sourceline)
            people.append(Person(_text(node.find(g2("name"))) or "", role,
                                 _text(node.find(arc("printedRole")))))
        elif tag == "infoSource":
            source = _text(node.find(g2("name")))
        elif tag == "subject":
            section = _text(node.find(g2("name")))
        elif tag == "headline":
            if node.get("role") == ORIGINAL_HEADLINE_ROLE:
                original_headline = _text(node)
            else:
                headline = _text(node)

    publisher = None
    history = root.find(g2("pubHistory"))
    if history is not None:
        publisher = _text(history.find(f"{g2('published')}/{g2('name')}"))
    link = meta.find(g2("link"))
    crumbs = content.find(arc("breadcrumb"))
    html_body = content_set.find(f"{g2('inlineXML')}/{xh('html')}/{xh('body')}")
    blocks = () if html_body is None else tuple(
        Block(node.text or "", etree.QName(node).localname) for node in html_body
    )
    language_node = content.find(g2("language"))
    return NewsItem(
        guid=root.get("guid", ""),
        version=int(root.get("version", "1")),
        language=language_node.get("tag", "") if language_node is not None else "",
        headline=headline or "",
        body=blocks,
        created=_text(meta.find(g2("versionCreated"))) or "",
        first_created=_text(meta.find(g2("firstCreated"))),
        original_headline=original_headline,
        section=section,
        breadcrumb=() if crumbs is None else tuple(c.text or "" for c in crumbs),
        published=_local_or(_text(content.find(g2("contentCreated"))),
                            _text(content.find(arc("publishedLocal")))),
        published_printed=_text(content.find(arc("printedDate"))),
        modified=_local_or(_text(content.find(g2("contentModified"))),
                           _text(content.find(arc("modifiedLocal")))),
        source=source,
        publisher=publisher,
        byline=_text(content.find(g2("by"))),
        dateline=_text(content.find(g2("dateline"))),
        people=tuple(people),
        url=link.get("href") if link is not None else None,
        original=_original_from_xml(content_set.find(g2("remoteContent"))),
        notes=tuple(EditNote(n.text or "") for n in meta.findall(g2("edNote"))),
    )


def _original_from_xml(remote: etree._Element | None) -> Original | None:
    if remote is None:
        return None
    media_type, _, charset = remote.get("contenttype", "text/plain").partition("; charset=")
    decoding = remote.find(arc("decoding"))
    return Original(
        filename=unquote(remote.get("href", "")),
        size=int(remote.get("size", "0")),
        sha256=_text(remote.find(g2("hash"))) or "",
        encoding=charset or "utf-8",
        bom=decoding is not None and decoding.get("bom") == "true",
        line_endings=decoding.get("lineEndings", "lf") if decoding is not None else "lf",
        media_type=media_type,
    )


def parse(data: bytes, *, file: str | None = None) -> etree._Element:
    """Parse XML bytes without network access or entity expansion; errors name the line."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(f"not well-formed XML: {exc.msg}", file=file, line=line) from None


def loads(data: bytes, *, file: str | None = None) -> NewsItem:
    """Parse canonical XML bytes into a NewsItem."""
    return from_element(parse(data, file=file), file=file)
