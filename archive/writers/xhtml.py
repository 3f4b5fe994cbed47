"""One article as an XHTML5 document: headline, byline block, body; EPUB chapters reuse it.

Pure: a NewsItem in, UTF-8 bytes out (or an lxml element, for callers that embed the article in a
page of their own). Nothing here knows about EPUB, so an HTML preview or another writer can use
it as pandoc's EPUB writer uses its HTML writer. The document is polyglot XHTML5: an XML
declaration, ``<!DOCTYPE html>``, the XHTML namespace and both ``lang`` and ``xml:lang`` on the
root, because EPUB reading systems parse XML while browsers read ``lang``.

Layout of the ``<article>`` (class names are the stylesheet's hooks)::

    <header>  p.section · h1 · p.original-headline · p.byline · p.pubinfo (time, source, dateline)
    p / h2    the body blocks, in order, nothing else (so the body text can be read back exactly)
    <footer>  p.editors (责任编辑 … goes after the story, as Chinese pages print it)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from lxml import etree

from archive.errors import ExportError
from archive.model import NewsItem, Person, Role
from archive.model.item import published_parts

XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = "<!DOCTYPE html>"
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
MEDIA_TYPE = "application/xhtml+xml"

# Body block kinds the model allows, mapped to the element that carries them.
BLOCK_ELEMENTS = {"p": "p", "h2": "h2"}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


class Labels(NamedTuple):
    """The words and punctuation an article's furniture is printed with, in one language variant."""

    original_headline: str  # label before the original headline (原标题)
    source: str  # label before the originating publication (来源)
    editor: str  # role printed for an editor whose page did not print one
    colon: str  # between a label and its value: full-width in Chinese
    separator: str  # between items of the byline and the publication line
    person: str  # a byline credit with its printed role: "{role}" and "{name}"
    credit: str  # a footer credit (editors): "{role}" and "{name}"
    date: str  # a date: "{year}", "{month}", "{day}", "{month_name}"


# Keyed by ``variant(language)``. Chinese pages print role before name (首席记者 贾献培) and
# use full-width colons; an ideographic space separates credits as on the source pages.
LABELS: dict[str, Labels] = {
    "zh-Hans": Labels("原标题", "来源", "责任编辑", "：", "\u3000", "{role} {name}", "{role}：{name}",
                      "{year}年{month}月{day}日"),
    "zh-Hant": Labels("原標題", "來源", "責任編輯", "：", "\u3000", "{role} {name}", "{role}：{name}",
                      "{year}年{month}月{day}日"),
    "en": Labels("Original headline", "Source", "Edited by", ": ", " · ", "{name} ({role})", "{role} {name}",
                 "{day} {month_name} {year}"),
}

# Subtags that mark traditional characters: the script itself, or a region that writes it
# (zh-TW 臺灣, zh-HK 香港, zh-MO 澳門). zh-Hans-HK is simplified: the script subtag wins.
TRADITIONAL_SUBTAGS = frozenset({"hant", "tw", "hk", "mo"})


def variant(language: str) -> str:
    """Return the LABELS key for a BCP 47 tag: zh-TW -> zh-Hant, zh-CN -> zh-Hans, fr -> en.

    Languages without labels of their own fall back to English, so a new language renders
    (with English furniture) instead of failing.
    """
    subtags = language.lower().replace("_", "-").split("-")
    if subtags[0] != "zh":
        return "en"
    if "hans" in subtags[1:]:
        return "zh-Hans"
    return "zh-Hant" if TRADITIONAL_SUBTAGS.intersection(subtags[1:]) else "zh-Hans"


def labels(language: str) -> Labels:
    """Return the labels for ``language`` (see ``variant``)."""
    return LABELS[variant(language)]


def format_date(date: str, language: str) -> str:
    """Return an ISO date (YYYY-MM-DD) as readers of ``language`` write it: 2020年1月29日, 29 January 2020."""
    year, month, day = (int(part) for part in date.split("-"))
    return labels(language).date.format(year=year, month=month, day=day, month_name=MONTHS_EN[month - 1])


def display_published(item: NewsItem) -> str | None:
    """Return the publication date to print: verbatim as the page printed it, else formatted.

    The printed form wins because it is what the source said; a formatted date shows hours and
    minutes only, as news pages do.
    """
    if item.published_printed:
        return item.published_printed
    if item.published is None:
        return None
    date, time, _ = published_parts(item.published)
    text = format_date(date, item.language)
    return f"{text} {time[:5]}" if time else text


def person_credit(person: Person, words: Labels) -> str:
    """Return a byline credit: the printed role with the name, or the bare name when none was printed."""
    if person.printed_role is None:
        return person.name
    return words.person.format(role=person.printed_role, name=person.name)


def byline(item: NewsItem) -> str | None:
    """Return the byline line: authors then correspondents; the printed byline when nobody is named.

    Built from the people rather than copied from ``item.byline``, because the printed byline often
    carries brackets and repeats that belong to the page, not to the article (“(首席记者 贾献培 …)”).
    """
    words = labels(item.language)
    credited = [*item.authors, *item.correspondents]
    if credited:
        return words.separator.join(person_credit(person, words) for person in credited)
    return item.byline


def editor_line(item: NewsItem) -> str | None:
    """Return the editors' credit line (责任编辑：钱霓), or None when the item names no editor."""
    words = labels(item.language)
    editors = item.people_with(Role.EDITOR)
    if not editors:
        return None
    return words.separator.join(words.credit.format(role=p.printed_role or words.editor, name=p.name)
                                for p in editors)


def _sub(parent: etree._Element, tag: str, text: str | None = None, css: str | None = None) -> etree._Element:
    """Append an XHTML element with optional text and class, the one way this module builds nodes."""
    node = etree.SubElement(parent, f"{{{XHTML_NS}}}{tag}")
    if css:
        node.set("class", css)
    if text is not None:
        node.text = text
    return node


def _header(article: etree._Element, item: NewsItem) -> None:
    """Append the header: section, headline, original headline, byline and publication line."""
    words = labels(item.language)
    header = _sub(article, "header")
    if item.section:
        _sub(header, "p", item.section, "section")
    _sub(header, "h1", item.headline)
    if item.original_headline:
        text = f"{words.original_headline}{words.colon}{item.original_headline}"
        _sub(header, "p", text, "original-headline")
    credits = byline(item)
    if credits:
        _sub(header, "p", credits, "byline")
    _pubinfo(header, item, words)


def _pubinfo(header: etree._Element, item: NewsItem, words: Labels) -> None:
    """Append the publication line: date (as <time>), source and dateline, when any is known."""
    parts: list[tuple[str, str, str | None]] = []  # (class, text, machine-readable datetime)
    shown = display_published(item)
    if shown:
        parts.append(("published", shown, item.published))
    if item.source:
        parts.append(("source", f"{words.source}{words.colon}{item.source}", None))
    if item.dateline:
        parts.append(("dateline", item.dateline, None))
    if not parts:
        return
    line = _sub(header, "p", css="pubinfo")
    previous: etree._Element | None = None
    for css, text, moment in parts:
        node = _sub(line, "time" if moment else "span", text, css)
        if moment:
            node.set("datetime", moment)
        if previous is not None:  # a real separator, so screen readers pause and copied text reads well
            previous.tail = words.separator
        previous = node


def article_element(item: NewsItem) -> etree._Element:
    """Build the ``<article>`` element for ``item`` (XHTML namespace), for embedding in other pages."""
    article = etree.Element(f"{{{XHTML_NS}}}article", nsmap={None: XHTML_NS})
    _header(article, item)
    for block in item.body:
        _sub(article, BLOCK_ELEMENTS.get(block.kind, "p"), block.text)
    editors = editor_line(item)
    if editors:
        _sub(_sub(article, "footer"), "p", editors, "editors")
    return article


def document_element(item: NewsItem, *, stylesheets: Sequence[str] = (),
                     html_class: str | None = None) -> etree._Element:
    """Build the ``<html>`` root of the article's document, with ``lang`` and ``xml:lang`` set."""
    html = etree.Element(f"{{{XHTML_NS}}}html", nsmap={None: XHTML_NS})
    html.set("lang", item.language)
    html.set(XML_LANG, item.language)
    if html_class:
        html.set("class", html_class)
    head = _sub(html, "head")
    _sub(head, "title", item.headline)
    for href in stylesheets:
        link = _sub(head, "link")
        link.set("rel", "stylesheet")
        link.set("type", "text/css")
        link.set("href", href)
    _sub(html, "body").append(article_element(item))
    return html


def article(item: NewsItem, *, stylesheets: Sequence[str] = (), html_class: str | None = None) -> bytes:
    """Render ``item`` as a complete XHTML5 document in UTF-8.

    ``stylesheets`` are hrefs linked from the head in order; ``html_class`` goes on the root, where
    CSS must set ``writing-mode`` for a reading system to lay the whole document out vertically.
    Raises ExportError when a field holds characters XML cannot carry (stray C0 controls).
    """
    try:
        root = document_element(item, stylesheets=stylesheets, html_class=html_class)
    except ValueError as error:  # lxml refuses control characters; say which item has them
        raise ExportError(f"cannot render item {item.guid} as XHTML: {error}") from error
    return serialize(root)


def serialize(root: etree._Element) -> bytes:
    """Return an XHTML root as a UTF-8 document with the XML declaration and the HTML5 doctype."""
    return XML_DECLARATION + etree.tostring(root, encoding="utf-8", doctype=DOCTYPE)
