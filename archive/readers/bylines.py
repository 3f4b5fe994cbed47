"""The people and editor steps: who wrote the article and who edited it, with printed roles.

Writers are looked for where pages print them: a byline line between the headline and the text
(澎湃新闻记者 贺梨萍, By Jane Doe, Lily Kuo in Beijing), credits opening the lead (新京报快讯（记者
裴剑飞）, （中央社記者林志明高雄19日電）) or closing the last paragraph (（评论员 罗博 萧海川）), a byline
or credit line after the text (-- By Michael Russell, (Reporting by …; Editing by …)), and a
name glued into the date line. Desk credits, agencies and photographers are never people.
"""

from __future__ import annotations

import re

from archive.model import Person, Role
from archive.readers import body, credits, english, header, patterns, people, publishers
from archive.readers.credits import Credit
from archive.readers.draft import TRAILER, Draft
from archive.readers.lazy import Pattern
from archive.readers.lines import Line

_EDITOR_LINES = 3  # editor credits printed one per line after the first (编辑 / 责编 / 值班编辑)


def find_people(draft: Draft) -> None:
    """Find the writers: a byline line near the headline or after the body, or credits in the lead or tail."""
    found: list[tuple[Credit, int]] = []
    bare: list[tuple[Credit, int]] = []  # names alone beside the date: writers only when no By line names any
    desk = False  # a By line naming a desk or partner ("By Fox News") fills the byline slot: no writer is named
    header = list(draft.header)
    if draft.date_at is not None and draft.headline_at is not None and draft.date_at < draft.headline_at:
        header.insert(0, draft.date_at)  # a date line over the headline: a masthead's bar (/ Jane Doe / 10:08 am …)
    named_row = -1  # the writers' row a lone By label introduced: read with the label
    for index in header:
        if index in (draft.headline_at, named_row):
            continue
        labelled = _by_label_credit(draft, index)
        if labelled:
            found.append((labelled, index + 1))
            named_row = index + 1
            continue
        credit = _header_credit(draft, index)
        if credit:
            (bare if _bare_name_line(draft, index) else found).append((credit, index))
        elif _desk_by_line(draft, index):
            desk = True
    carded = _name_over_share_row(draft)
    if carded is not None:
        bare.append(carded)
    if not any(p.role is not Role.EDITOR for credit, _ in found for p in credit.people):
        boxed = _author_box(draft) or _name_and_title(draft)
        found.extend([boxed] if boxed else [] if desk else bare)
    found.extend(_bylines_inside(draft))
    headed = any(p.role is not Role.EDITOR for credit, _ in found for p in credit.people)
    for index in draft.trailer:
        kind = draft.kinds[index]
        if headed and _card_by_line(draft, index):
            continue  # Latest articles / Topic / <title> / By Jane Doe: another story's writer, under its title
        if kind is body.Kind.STOP and not patterns.EDITOR_LINE.match(draft.lines[index].text):
            text = draft.lines[index].text
            note = text.lstrip("（(")  # the note may stand in brackets: （本文来源：某报 作者：张三）
            if index == draft.trailer.start and draft.lines[index].cjk and "作者" in text and note.startswith("本文"):
                # 本文来源：某报 作者：张三 right under the text: the closing credit names the writers
                credit = credits.labelled_people(text) if patterns.SOURCE_LABEL.match(note) else None
                if credit:
                    found.append((credit, index))
            break  # related links, copyright: a credit after them is another story's
        credit = credits.line_people(draft.lines[index]) if kind is body.Kind.CREDIT else None
        if credit is None and draft.lines[index].cjk:  # 作者： 记者张三 编辑： 李四, in the cells under the story
            text = draft.lines[index].text
            credit = credits.labelled_people(text) or credits.contributor_note(text)  # or （实习生X对此文亦有贡献）
        if credit:
            found.append((credit, index))
    if not any(p.role is not Role.EDITOR for credit, _ in found for p in credit.people):
        found.extend(_closing_credit_past_box(draft))
    if not any(p.role is not Role.EDITOR for credit, _ in found for p in credit.people):
        found.extend(_letter_signature(draft))
    found.extend(_beside_foot_date(draft))
    if draft.body:
        opening = draft.body[0]
        lead = credits.lead_people(draft.lines[opening].text) or _lead_service_writer(draft, opening)
        if lead is None and len(draft.body) > 2 and _subhead(draft.lines[opening]):
            opening = draft.body[1]  # a story opening with a subhead credits its writers in the next line
            lead = credits.lead_people(draft.lines[opening].text)
        tail = credits.tail_people(draft.lines[draft.body[-1]].text)
        found.extend((credit, index) for credit, index in ((lead, opening), (tail, draft.body[-1])) if credit)
    glued = draft.glued_author
    if glued is not None and draft.date_at is not None:
        role = credits.role_named_after(draft.lines[draft.body[-1]].text) if draft.body else None
        named = tuple(Person(name, Role.AUTHOR, role or "作者") for name in people.split_names(glued))
        found.append((Credit(named, glued), draft.date_at))
    for _, index in found:
        if not draft.body or index not in (draft.body[0], draft.body[1 if len(draft.body) > 1 else 0], draft.body[-1]):
            draft.used.add(index)
    everyone = [p for credit, _ in found for p in credit.people]
    filled = _editor_filled(draft, found)
    writers = _unique([p for p in everyone if p.role is not Role.EDITOR and p.name not in filled])
    editors = _unique([p for p in everyone if p.role is Role.EDITOR])
    draft.credit_editors = tuple(editors)
    if not writers:
        draft.warn("people-missing", "no byline with a person's name found near the headline, in the lead, "
                   "at the end of the text or after it", draft.headline_at)
        return
    first = next((credit, index) for credit, index in found
                 if any(p.role is not Role.EDITOR and p.name not in filled for p in credit.people))
    draft.set("people", tuple(writers), first[1])
    draft.fields["byline"] = first[0].printed


def _card_by_line(draft: Draft, index: int) -> bool:
    """Tell whether a trailer line is the By line of a story card in a list after the text.

    A list of other stories (Latest articles) prints each card as category / title / By Jane Doe: a By
    line under a line that is neither the text's last paragraph nor another credit names that story's
    writer. Only looked at when the header named the page's own writers.
    """
    if index < 1 or not patterns.BY_LINE.match(draft.lines[index].text):
        return False
    above = index - 1
    return above not in draft.body and draft.kinds[above] not in (body.Kind.CREDIT, body.Kind.DATE)


_BOX_REACH = 2 * TRAILER  # lines after the text searched for a closing credit under a promo box
_COPYRIGHT_MARKS = ("©", "版权", "版權", "Copyright")  # a page's foot: a credit under it is no story's


def _closing_credit_past_box(draft: Draft) -> list[tuple[Credit, int]]:
    """Return the closing credit 本文来源：某报 作者：张三 printed under a promo box set inside the text block.

    A portal may close the text block with its own promo (网易财经 / 会赚钱的客户端：, 重点推荐 and lists of
    link titles) and only then print the story's credit line. The box holds no dated teasers: a line of
    kind DATE (Title 2015/07/04) or a copyright line before the credit makes it another story's.
    """
    start = draft.trailer.start
    for index in range(start, min(len(draft.lines), start + _BOX_REACH)):
        line = draft.lines[index]
        kind = draft.kinds[index]
        if kind is body.Kind.DATE or any(mark in line.text for mark in _COPYRIGHT_MARKS):
            return []
        if line.cjk and line.text.startswith("本文") and "作者" in line.text and patterns.SOURCE_LABEL.match(line.text):
            credit = credits.labelled_people(line.text)
            return [(credit, index)] if credit else []
    return []


_SUBHEAD_HAN = 16  # Han characters of a Chinese subhead at most


def _subhead(line: Line) -> bool:
    """Tell whether a body line is a Chinese subhead (水果口味啤酒 警語很模糊): short, no sentence mark."""
    return line.cjk and line.han <= _SUBHEAD_HAN and not line.punctuated and not line.sentence


def _bylines_inside(draft: Draft) -> list[tuple[Credit, int]]:
    """Return the Chinese bylines standing on lines of their own between the paragraphs (王大明／台北報導).

    A story may close with a boxed sidebar under its own subhead and byline: its writer is a
    writer of the page too. The byline line is no paragraph (the body leaves credit lines out).
    """
    if not draft.body:
        return []
    found = []
    for index in range(draft.body[0] + 1, draft.body[-1]):
        line = draft.lines[index]
        if draft.kinds[index] is body.Kind.CREDIT and line.cjk:
            credit = credits.line_people(line)
            if credit:
                found.append((credit, index))
    return found


def _letter_signature(draft: Draft) -> list[tuple[Credit, int]]:
    """Return the writer of a reader's letter, signed on the line right after it (Kim Doe, Dallas).

    Letters pages name no writer in the byline slot (the desk's name stands there); the letter
    closes with the writer's name and town on a line of their own.
    """
    if not draft.body or draft.body[-1] + 1 >= len(draft.lines):
        return []
    index = draft.body[-1] + 1
    line = draft.lines[index]
    match = patterns.LETTER_SIGNATURE.match(line.text) if not line.cjk else None
    if match is None:
        return []
    return [(Credit((Person(match.group("name"), Role.AUTHOR, "author"),), line.text), index)]


def _header_credit(draft: Draft, index: int) -> Credit | None:
    """Return the credit a line between the headline and the article prints, if any.

    Besides byline lines, an English page may print its writers' names alone above the date
    ("Lily Kuo in Beijing"), and a Chinese page may label them inside the source line.
    """
    line = draft.lines[index]
    if draft.kinds[index] in (body.Kind.CREDIT, body.Kind.DATE) or index == draft.date_at:
        credit = credits.line_people(line)
        if credit:
            return credit
    if index == draft.date_at:
        over_headline = draft.headline_at is not None and index < draft.headline_at
        credit = credits.byline_in_date_line(line, bare_name=not over_headline)
        if credit:
            return credit
    if line.cjk:
        name = _without_bureau(line.text) if "_" in line.text else line.text
        service = _over_own_service(draft, index)
        if (service or _next_to_date(draft, index)) and (people.is_personal_name(name) or (
                service and "·" in name and _TRANSLITERATED.match(name) is not None)):
            # a name alone beside the date line (or over the site's own service's name over it: 王大明 / BBC中文 /
            # date), no role printed: the writer (作者); a role glued after the service is his (BBC中文記者)
            role = _role_after_service(draft.lines[index + 1].text) if service else "作者"
            return Credit((Person(name, Role.AUTHOR, role),), line.text)
        writer = _writer_after_own_service(draft, name) if " " in name and _next_to_date(draft, index) else None
        if writer is not None:  # 工商時報 王大明 under the date: the writer after the paper's own name
            return Credit((Person(writer, Role.AUTHOR, "作者"),), line.text)
        pair = credits.writer_slash_outlet(line.text) if _next_to_date(draft, index) else None
        if pair is not None:  # 王芳/示例青年报: the writer, and the paper (the source) after the slash
            return Credit((Person(pair[0], Role.AUTHOR, "作者"),), line.text)
        if _under_paper(draft, index):
            names = _writers_named(name)
            if names:  # date / paper / 王大明 、專欄名: the writer under the paper, a column's name after him
                return Credit(tuple(Person(n, Role.AUTHOR, "作者") for n in names), line.text)
        return credits.labelled_people(line.text)
    if line.words <= 12 and (_next_to_date(draft, index) or _handle_then_date(draft, index)
                             or _under_dated_headline(draft, index) or _under_age_stamp(draft, index)) \
            and not patterns.WIDGET.match(line.text):  # a tool's label beside the date (Text Size) names nobody
        # the name's social links may be glued after it as screen-reader text (Follow @janedoe Email …)
        text = patterns.SOCIAL_TAIL.sub("", line.text) if "@" in line.text else line.text
        # Jane Doe,Business reporter: the name, then the title after a comma; read first, as a title that
        # opens with a brand (Jane Doe, ExampleNews Contributor) reads as a second name otherwise
        names = (english.parse_name_comma_title(text) if "," in text else ()) or english.parse_name_line(text)
        if not names and "," in text:
            names = _name_comma_site(text)
        if names and (draft.language or "").startswith("zh"):
            # Latin names alone beside the date of a Chinese page (JOHN Q. ROE, JANE DOE on a
            # translated story): no role printed, the writers (作者) as Chinese bare names are
            names = tuple(Person(p.name, p.role, "作者") if p.printed_role == "author" else p for p in names)
        return Credit(names, text) if names else None
    return None


_BUREAU_HAN = 3  # Han characters of a bureau's city glued after a writer's name at most


def _without_bureau(text: str) -> str:
    """Return a writer's name without the bureau's city a site glues after it (王大明_台中 → 王大明), else the text.

    A paper's reporter links may name the reporter's bureau after an underscore; the city is no
    part of the name.
    """
    head, _, city = text.rpartition("_")
    if head and 2 <= len(city) <= _BUREAU_HAN and patterns.HAN_RUN.fullmatch(city) and people.is_personal_name(head):
        return head
    return text


_BY_LABELS = frozenset(("by", "written by", "words by", "story by", "text by"))  # a By label alone on its line


def _by_label_credit(draft: Draft, index: int) -> Credit | None:
    """Return the writers a "By:" label alone on its line introduces on the next line (By: / Jane Doe).

    Some templates print the label and the linked names as two blocks, so the dump splits the byline;
    the label may be spelled out ("Written by" / Jane Doe, a meta row's heading over its link).
    """
    line = draft.lines[index]
    if line.cjk or line.text.rstrip(":：").strip().lower() not in _BY_LABELS or index + 1 >= len(draft.lines):
        return None
    names = english.parse_name_line(draft.lines[index + 1].text)
    if not names and (joined := credits.split_by_line(draft.lines, index + 1)) is not None:
        names = english.parse_by_line(joined)[0]  # the row closes with the writers' agency: Jane Doe Associated Press
    return Credit(names, f"By {draft.lines[index + 1].text}") if names else None


def _author_box(draft: Draft) -> tuple[Credit, int] | None:
    """Return the writer a box beside the story names: a name, maybe a title, then the box's links.

    Columns print no By line but a box (Jane Doe / Political Commentator / See All Articles / Bio);
    the links after the name say whose box it is, and the title under it is the printed role. A card
    whose job title (closed by a job word: Weekend Editor) stands right over the date line is one too,
    its name maybe printed in lower case (jane doe: the site capitalises it by style). A
    reporter's box may stand right over the headline too (Jane Doe / jdoe@example.com / headline), or
    name and title on one line over the writer's bio (Jane Doe, Associate Editor / Jane Doe is … / headline).
    """
    lines = draft.lines
    over = range(max(0, draft.headline_at - _BOX_OVER_HEADLINE), draft.headline_at) \
        if draft.headline_at is not None else range(0)
    for index in (*over, *draft.header):
        line = lines[index]
        if index in over and "," in line.text and not line.cjk and line.words <= _NAME_TITLE_WORDS \
                and index + 1 < draft.headline_at:
            named = english.parse_name_comma_title(line.text)
            if len(named) == 1 and lines[index + 1].text.startswith(named[0].name + " "):
                # the box over the headline: "Jane Doe, Associate Editor", then her bio ("Jane Doe is …")
                return Credit(named, line.text), index
        if line.cjk or line.words > 4 or index + 2 >= len(lines):
            continue
        title = lines[index + 1].text  # a title reads like a name too: the name is the box's first line
        dated = index + 2 == draft.date_at and patterns.EN_TITLE.search(title) is not None
        titled = patterns.AUTHOR_TITLE.match(title) is not None and (dated or bool(patterns.AUTHOR_BOX_LINK.match(
            lines[index + 2].text)))
        if not titled and not patterns.AUTHOR_BOX_LINK.match(title):
            continue
        names = english.parse_name_line(line.text)
        if not names and dated and line.text.islower() and 2 <= line.words <= 3:
            # the card's name in the page's lower case (the site capitalises it by style), its job title and
            # the date under it: the name as printed
            names = tuple(Person(line.text, p.role, p.printed_role) for p in english.parse_name_line(line.text.title()))
        if len(names) == 1:
            role = title if titled else names[0].printed_role
            return Credit((Person(names[0].name, Role.AUTHOR, role),), line.text), index
    return None


_BOX_OVER_HEADLINE = 3  # lines over the headline where a writer's box may open


def _name_and_title(draft: Draft) -> tuple[Credit, int] | None:
    """Return the writer a line right above the text names with the writer's title (Jane Doe Senior Writer).

    A writer's box may print name and title as one line with no By; the title closes with a job word,
    and the name is the two words before it (three when the middle one is an initial: Jane Q. Doe).
    The lead photo's credit and caption may stand between the box and the text: looked through.
    """
    if not draft.body:
        return None
    index = draft.body[0] - 1
    for _ in range(_FIGURE_LINES):
        if index <= 0 or index in draft.used or not body.figure_line(draft.lines, draft.kinds, index):
            break
        index -= 1
    if index not in draft.header or index in draft.used:
        return None
    line = draft.lines[index]
    if line.cjk or not 4 <= line.words <= _NAME_TITLE_WORDS \
            or draft.kinds[index] not in (body.Kind.SHORT, body.Kind.NAV):
        return None
    match = patterns.NAME_AND_TITLE.match(line.text)
    if match is None or english.NOT_NAME_WORDS.search(match.group("name")):
        return None
    person = Person(match.group("name"), Role.AUTHOR, match.group("title"))
    return Credit((person,), line.text), index


_NAME_TITLE_WORDS = 11  # words of a name, title and employer line at most (Jane Doe Senior Editor, The Example Post)
_FIGURE_LINES = 2  # lines of a lead photo's credit and caption between a writer's box and the text at most


def _desk_by_line(draft: Draft, index: int) -> bool:
    """Tell whether an English header line is a By line that names no person ("By Fox News").

    A syndicated story credits its partner in the byline slot; a name-like line elsewhere in the
    header (an image button's label, "Modal Trigger") is then no writer: the slot is taken.
    """
    line = draft.lines[index]
    return not line.cjk and line.words <= _DESK_BY_WORDS and bool(patterns.BY_CAPITALS.match(line.text))


_DESK_BY_WORDS = 6  # words of a By line naming a desk at most


def _bare_name_line(draft: Draft, index: int) -> bool:
    """Tell whether a header credit is a line of names alone beside the date, with no By label or role.

    Such a line is the byline on pages that print no By; beside a By line (or a Chinese reporter's
    credit) it is page furniture that merely reads like a name (an image button's label, a story's tag).
    """
    line = draft.lines[index]
    if draft.kinds[index] in (body.Kind.CREDIT, body.Kind.DATE) or index == draft.date_at:
        return False
    # a Chinese name alone beside the date is the byline too, unless a labelled credit names the writers
    # (the story's tag under 聯合報／ 記者王大明／台北即時報導 reads as a name: 王小明)
    return not line.cjk or people.is_personal_name(line.text)


def _beside_foot_date(draft: Draft) -> list[tuple[Credit, int]]:
    """Return an author labelled beside a date printed below the article (a facts box: Date … / Author …)."""
    date_at = draft.date_at
    if date_at is None or not draft.body or date_at < draft.body[-1]:
        return []
    for index in range(max(0, date_at - 2), min(len(draft.lines), date_at + 3)):
        match = patterns.AUTHOR_LINE.match(draft.lines[index].text)
        names = english.names_in(match.group("names")) if match else []
        if names:
            return [(Credit(tuple(Person(n, Role.AUTHOR, "author") for n in names), draft.lines[index].text), index)]
    return []


def _under_age_stamp(draft: Draft, index: int) -> bool:
    """Tell whether a line stands under the story's age stamp under its headline (headline / 7 days ago / Jane Doe).

    A page that prints no date prints its byline where the date line would stand.
    """
    at = draft.headline_at
    if at is None or index != at + 2:
        return False
    return header.age_stamp(draft.lines[at + 1].text)


def _name_comma_site(text: str) -> tuple[Person, ...]:
    """Return the writer of "Jane Doe,Example News": one name, a comma, then the name of a site in the table.

    The byline's role span names the desk the writer works for (the site itself), not a title: the
    writer is the author, as a bare name is.
    """
    head, _, tail = text.partition(",")
    if publishers.site_of_brand(tail.strip()) is None:
        return ()
    names = english.parse_name_line(head.strip())
    return names if len(names) == 1 else ()


# The screen-reader labels of a share row's icon buttons, one per line (facebook / tweet / post).
_SHARE_LABELS = frozenset(("facebook", "twitter", "tweet", "post", "share", "email", "e-mail", "google+",
                           "pinterest", "linkedin", "whatsapp", "reddit", "print"))
_SHARE_ROW_LEAST = 2  # share labels a row holds at least
_SHARE_ROW_REACH = 8  # lines above the date searched for the row and the name over it
_KICKER_WORDS = 4  # words of the kicker between the row and the date at most


def _name_over_share_row(draft: Draft) -> tuple[Credit, int] | None:
    """Return the writer whose name alone stands over the share row above the kicker and the date.

    An article's side card prints the writer's name, then the share buttons (their labels one per
    line: facebook / tweet / post), and the header goes on with the kicker, the date and the title:
    the name is the byline, printed with no By label (read like a name alone beside the date).
    """
    at = draft.date_at
    if at is None or draft.headline_at is None or at > draft.headline_at:
        return None
    index = at - 1
    if index >= 0 and not draft.lines[index].sentence and draft.lines[index].words <= _KICKER_WORDS \
            and draft.lines[index].text.lower() not in _SHARE_LABELS:
        index -= 1  # the kicker over the date
    labels = 0
    while index >= max(0, at - _SHARE_ROW_REACH) and draft.lines[index].text.lower() in _SHARE_LABELS:
        index, labels = index - 1, labels + 1
    if labels < _SHARE_ROW_LEAST or index < 0 or draft.lines[index].cjk or draft.lines[index].words > _KICKER_WORDS:
        return None
    names = english.parse_name_line(draft.lines[index].text)
    return (Credit(names, draft.lines[index].text), index) if len(names) == 1 else None


def _under_dated_headline(draft: Draft, index: int) -> bool:
    """Tell whether a line stands right under a headline printed right under the date (date / headline / Jane Doe)."""
    at = draft.headline_at
    return at is not None and index == at + 1 and at >= 1 and (at - 1 == draft.date_at
                                                                or draft.kinds[at - 1] is body.Kind.DATE)


def _next_to_date(draft: Draft, index: int) -> bool:
    """Tell whether a line stands right above or below a date line (where bare bylines are printed)."""
    neighbours = (index - 1, index + 1)
    if any(0 <= i < len(draft.lines) and (i == draft.date_at or draft.kinds[i] is body.Kind.DATE)
           for i in neighbours):
        return True
    # a date split over lines (2024.10.09 / 03:00): the line under its last piece stands beside it too
    return draft.date_at is not None and draft.date is not None and draft.date.span > 1 \
        and index == draft.date_at + draft.date.span


_SERVICE_MAX = 20  # characters of a line naming the site's own service under a writer's name at most


def _over_own_service(draft: Draft, index: int) -> bool:
    """Tell whether a line stands over a line naming the page's own site, right over the date (name / BBC中文 / date).

    A byline printed as a list gives the writer, then the service he writes for; the service is
    the publisher itself, so the name above it is the writer's.
    """
    below = index + 1
    if draft.date_at is None or below + 1 != draft.date_at or len(draft.lines[below].text) > _SERVICE_MAX:
        return False
    return _own_service(draft, draft.lines[below].text)


def _own_service(draft: Draft, text: str) -> bool:
    """Tell whether a short text names the page's own site (or the brand whose service the site is), alone."""
    site = draft.identify_site().site
    named = publishers.sites_in(text)
    # the broadcaster's name alone (BBC亞洲商業事務記者 on BBC News 中文): the brand whose language service the site is
    return site is not None and len(named) == 1 and (site.name in (named[0].name, named[0].parent)
                                                     or named[0].name == site.parent
                                                     or site.name.startswith(named[0].name + " "))


def _writer_after_own_service(draft: Draft, text: str) -> str | None:
    """Return the writer a line beside the date names after the page's own paper (工商時報 王大明), else None.

    A paper's byline may print its own name, then the writer's, with no role between: the paper is the
    publisher itself (no source, no writer), the name after it the writer's.
    """
    head, _, name = text.partition(" ")
    if not name or len(head) > _SERVICE_MAX or not people.is_personal_name(name) or not _own_service(draft, head):
        return None
    return name


# A lead opening with a bracket that names a service, then a name with no role: 【示例快報／王大明】.
_SERVICE_WRITER = Pattern(rf"^[〔【\[［]\s*(?P<service>[^\s〔【\[［〕】\]］╱／/]{{2,{_SERVICE_MAX}}})\s*[╱／/]\s*"
                          rf"(?P<name>{patterns.ZH_NAME})\s*[〕】\]］]", starts="〔【[［")


def _lead_service_writer(draft: Draft, index: int) -> Credit | None:
    """Return the writer a bracket opening the lead names after the site's own name (【示例快報／王大明】), else None.

    A wire or paper may open its story with its own name and the writer's, no role and no place
    between (as its byline beside the date prints them, 工商時報 王大明): the service is the publisher
    itself, so the name after it is the writer's. Only the site's own name vouches for the name: a
    bracket naming another outlet and a place (【示例社／高雄】) credits no one.
    """
    text = draft.lines[index].text
    match = _SERVICE_WRITER.match(text) if text[:1] in _SERVICE_WRITER.starts else None
    if match is None or not people.is_personal_name(match.group("name")) \
            or not _own_service(draft, match.group("service")):
        return None
    return Credit((Person(match.group("name"), Role.AUTHOR, "作者"),), match.group())


# A foreign writer's name transliterated, its parts joined by a middle dot, the original in brackets after it
# (尼克·馬什（Nick Marsh）): printed over the site's own service it is the writer's name.
_TRANSLITERATED = Pattern(rf"^{patterns.ZH_NAME}(?:（[A-Za-z][A-Za-z .'-]{{1,40}}）)?$")  # gated on a middle dot


def _role_after_service(text: str) -> str:
    """Return the role printed glued after the service's name under a writer (BBC中文記者 → 記者), else 作者."""
    for role in patterns.AUTHOR_ROLES:  # longest first: 特約記者 before 記者
        if text.endswith(role) and len(text) > len(role):
            return people.printed_role(role)
    return "作者"


def _under_paper(draft: Draft, index: int) -> bool:
    """Tell whether a line stands under the paper printed alone under the date (date / 中國時報 / writer)."""
    number = draft.where.get("source")
    if number is None or index < 1 or draft.lines[index - 1].number != number:
        return False
    return draft.date_at is not None and draft.date is not None and index - 1 == draft.date_at + draft.date.span


_COLUMN_MAX = 6  # characters of a column's name printed after the writer's at most


def _writers_named(text: str) -> list[str]:
    """Return the personal names opening a line of names (王大明 、李小華 、專欄名), a column's name after them.

    Every item must be a personal name or, after at least one, a short Han name of a column.
    """
    names: list[str] = []
    column = False
    for item in re.split(r"[、\s]+", text.strip(patterns.TRIM)):
        if not item:
            continue
        if not column and people.is_personal_name(item):
            names.append(item)
        elif names and len(item) <= _COLUMN_MAX and patterns.HAN_RUN.fullmatch(item):
            column = True
        else:
            return []
    return names


def _handle_then_date(draft: Draft, index: int) -> bool:
    """Tell whether a line is followed by a social handle alone, then the date (Jane Doe / @janedoe / Dec 22, 2014).

    A metadata list printed one item per line puts the writer's handle under the name.
    """
    handle = index + 1
    if handle + 1 >= len(draft.lines) or handle + 1 != draft.date_at:
        return False
    text = draft.lines[handle].text
    return text[:1] == "@" and 2 <= len(text) <= 16 and text[1:].replace("_", "").isalnum()


# Roles the reader gives a name printed without one (a name alone by the date, 【王大明／台北報導】).
_GENERIC_ROLES = frozenset(("作者", "author"))


def _editor_filled(draft: Draft, found: list[tuple[Credit, int]]) -> set[str]:
    """Return the writers' names a credit line fills with its own editor's, when another line names a writer.

    Some templates print a copy of the credit line for crawlers whose 作者 field defaults to the editor
    who posted the piece (作者：张三 责任编辑：张三); the article names its real writer elsewhere (its
    closing （作者：李四…）). A line naming one person as both writer and editor, on a page where another
    line credits a different writer, has credited no writer. Alone, the name stays the writer's.
    """
    filled: set[str] = set()
    for credit, index in found:
        text = draft.lines[index].text if 0 <= index < len(draft.lines) else ""
        if "编" not in text and "編" not in text:
            continue  # no editor label on the line (编辑, 責任編輯): nothing to compare
        edited = {p.name for p in credits.editors_in(text)}
        filled.update(p.name for p in credit.people if p.role is not Role.EDITOR and p.name in edited)
    if not filled:
        return filled
    others = any(p.role is not Role.EDITOR and p.name not in filled for credit, _ in found for p in credit.people)
    return filled if others else set()


def _unique(found: list[Person]) -> list[Person]:
    """Drop repeated credits of the same person in the same role, keeping printed order.

    A page may print the writer's name alone (a reporter box above the date) and again with a
    role (記者王大明／台北報導 opening the story): one person, whose role is the one printed, so the
    credit without a role gives way to it, in the place the name was first printed.
    """
    specific = {p.name: p for p in found if p.role is not Role.EDITOR and p.printed_role not in _GENERIC_ROLES}
    seen: set[tuple[str, str | None]] = set()
    out = []
    for person in found:
        if person.role is not Role.EDITOR and person.printed_role in _GENERIC_ROLES and person.name in specific:
            person = specific[person.name]
        key = (person.name, person.printed_role)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out


def _following_editors(draft: Draft, start: int, found: tuple[Person, ...]) -> tuple[Person, ...]:
    """Return the editors credited on the lines right after an editor line (编辑|张三 / 责编|李四).

    Credits printed one per line name each editor of the piece; a proofreader (校对) is none.
    """
    more: list[Person] = []
    names = {p.name for p in found}
    for index in range(start, min(len(draft.lines), start + _EDITOR_LINES)):
        editors = credits.editors_in(draft.lines[index].text)
        if not editors:
            break
        draft.used.add(index)
        more.extend(p for p in editors if p.name not in names)
        names.update(p.name for p in editors)
    return tuple(more)


_EDITOR_LINE_STARTS = patterns.EDITOR_LINE.starts
_SOURCE_THEN_EDITOR_STARTS = patterns.SOURCE_THEN_EDITOR.starts
_FAR_EDITOR_STARTS = _EDITOR_LINE_STARTS | _SOURCE_THEN_EDITOR_STARTS  # what a far editor line may open with


def _far_editor_line(text: str) -> bool:
    """Tell whether a line further below the text than the closing credits is still the page's editor credit.

    A line opening with 责任编辑 is; so is the closing source credit with the editor glued on (本文来源：某报
    责任编辑：NF042), which a promo box inside the text can push down as far.
    """
    first = text[:1]
    return bool((first in _EDITOR_LINE_STARTS and patterns.EDITOR_LINE.match(text))
                or (first in _SOURCE_THEN_EDITOR_STARTS and patterns.SOURCE_THEN_EDITOR.match(text)))


def _responsible_editors(draft: Draft, start: int, stop: int, found: tuple[Person, ...]) -> tuple[Person, ...]:
    """Return the editors of a 责任编辑 line under the closing credits that those credits did not name.

    A self-media piece credits its own editor in the closing credits (编辑 张三 ｜ 排版 李四) and the portal
    adds its responsible editor below the platform statement ([责任编辑：王五 PX209]), which ends the
    closing credits; both edited the piece, so the names are joined, as two editor lines in a row are.
    """
    lines = draft.lines
    names = {p.name for p in found}
    more: list[Person] = []
    for index in range(start, min(stop, len(lines))):
        text = lines[index].text
        if text[:1] in _EDITOR_LINE_STARTS and patterns.EDITOR_LINE.match(text):
            draft.used.add(index)
            more.extend(p for p in credits.editors_in(text) if p.name not in names)
            names.update(p.name for p in more)
    return tuple(more)


def find_editor(draft: Draft) -> None:
    """Find the editor credit (责任编辑 …, Editing by …) after the body or near the headline."""
    if draft.credit_editors:
        draft.set("editors", draft.credit_editors, draft.body[-1] + 1 if draft.body else None)
        return
    lines = draft.lines
    after = range(draft.body[-1] + 1 if draft.body else 0, len(lines))
    near = [i for i in after if i < after.start + TRAILER] + list(draft.header)
    # (a line opening with none of the label's first characters is asked no question of re)
    starting = [i for i in range(after.start + TRAILER, after.stop)
                if lines[i].text[:1] in _FAR_EDITOR_STARTS and _far_editor_line(lines[i].text)]
    for index in near + starting:
        editors = credits.editors_in(lines[index].text)
        if editors:
            draft.used.add(index)
            editors += _following_editors(draft, index + 1, editors)
            if after.start <= index < after.start + TRAILER:
                editors += _responsible_editors(draft, index + 1, after.start + TRAILER, editors)
            draft.set("editors", editors, index)
            return
    after = min(draft.body[-1] + 1, len(lines) - 1) if draft.body else None
    draft.warn("editor-missing", "no editor credit (责任编辑, Editing by) found after the article", after)
