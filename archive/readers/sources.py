"""The source step: the publication the article comes from, as the page names it.

Evidence, strongest first: a 来源/SOURCE label on the date line or near the headline; the name a
Chinese date line prints after its time with no label (2018年12月28日 19:55 新京报); the account
beside a self-media platform's name (扬眼 / 企鹅号); a wire credit (the lead's "MUMBAI (Reuters) -",
新华社北京11月17日电, an agency alone in the byline slot, a wire's copyright under the story); a
paper's news flash (新京报快讯); a source label after the article. When several name different
publications, the strongest is taken and the others are listed in a warning.
"""

from __future__ import annotations

from archive.readers import body, credits, english, header, patterns, people, publishers
from archive.readers.draft import TRAILER, Draft
from archive.readers.lazy import Pattern

_LEADS = 2  # paragraphs at the start of the article text that may carry its dateline
_LEAD_REACH = 4  # lines at the start of the article text where those paragraphs are looked for
_CHANNEL_MAX = 8  # characters of a channel name glued before a column on an info bar
_NOTE_REACH = 4  # lines either side of the article's ends searched for a syndication note
_FOLLOW_LINES = 2  # lines of an account's follow widget between its name and the date
# A portal's button under the headline that unfolds a collapsed story (Yahoo's 閱讀整篇文章): no credit, no text.
_READ_FULL = frozenset(("閱讀整篇文章", "阅读整篇文章", "閱讀全文", "阅读全文", "展開全文", "展开全文"))
_NOTE_SIZE = 300  # characters of a line that may hold one (a credits paragraph, not a story paragraph)


def find_source(draft: Draft) -> None:
    """Name the originating publication: a 来源 label, the name after the date, a wire credit."""
    found = _source_candidates(draft)
    if not found:
        near = draft.date_at if draft.date_at is not None else draft.headline_at
        draft.warn("source-missing", "no source (来源, wire credit) named near the date or the article", near)
        return
    value, index, how = found[0]
    draft.set("source", value, index)
    others = sorted({v for v, _, _ in found[1:] if v != value})
    if others:
        draft.warn("source-guess", f"source {value!r} ({how}) taken over {', '.join(map(repr, others))}", index)


def _source_candidates(draft: Draft) -> list[tuple[str, int, str]]:
    """Return every source the page names, strongest evidence first, as (name, line index, how)."""
    out: list[tuple[str, int, str]] = []
    lines = draft.lines
    date = draft.date
    for index in draft.header:
        # 原创： 张三编译 示例公众号: a portal's repost of a WeChat piece names the account it comes from
        original = patterns.ORIGINAL_CREDIT.match(lines[index].text) if lines[index].text[:1] == "原" else None
        if original is not None:
            out.append((original.group("account"), index, "original's account"))
            break
    if date is not None:
        labelled = credits.labelled_source(date.text)
        if labelled:
            out.append((labelled, date.index, "label on the date line"))
    for index in draft.header:
        if draft.kinds[index] is not body.Kind.CAPTION and index != draft.date_at:
            labelled = credits.labelled_source(lines[index].text) or _from_slot(draft, index) \
                or _value_below(draft, index) or _courtesy(draft, index)
            if labelled:
                draft.used.add(index)
                out.append((labelled, index, "label"))
    for index in draft.header:
        # a reprint's byline names the writer's paper (作者：《中国企业家》记者 林涛): the story comes from it
        writer = patterns.AUTHOR_LABEL.search(lines[index].text) if lines[index].cjk else None
        if writer is not None and writer.group("outlet"):
            out.append((writer.group("outlet"), index, "paper of the writer"))
        # a Taiwanese byline names its reporter's paper: 【聯合晚報╱記者王大明/台北報導】 (the story is the paper's)
        report = patterns.TW_REPORT.match(lines[index].text) if lines[index].cjk else None
        if report is not None and report.group("outlet") and report.group("role"):
            out.append((report.group("outlet"), index, "paper of the reporter"))
        # a reprint's byline beside the date joins the writer and her paper with a slash: 王芳/示例青年报
        pair = credits.writer_slash_outlet(lines[index].text) if lines[index].cjk and date is not None \
            and abs(index - date.index) == 1 else None
        if pair is not None:
            out.append((pair[1], index, "paper after the writer"))
        # a partner outlet credited over the text (圖文／CTWANT): the story is that outlet's
        outlet = credits.wen_outlet(lines[index].text) if lines[index].text[:1] in "文圖图" else None
        if outlet is not None:
            out.append((outlet, index, "outlet credited with 文/ over the article"))
    if date is not None and date.span == 1 and "|" in date.text and not (draft.language or "").startswith("zh"):
        # an English date line opening with the story's provenance: example.com | Updated: 2024-05-20 14:41
        slot = credits.outlet_before_bar(date.text[:date.found.start])
        if slot is not None:
            out.append((slot, date.index, "outlet before a bar and the date"))
    if date is not None and (draft.language or "").startswith("zh"):
        after = credits.after_date(date.text[date.found.end:])
        if after.source and _credited_below(draft, after.source):
            pass  # a pen name after the time that the byline under it credits: the writer, not a paper
        elif after.source and _named_after_text(draft, after.source):
            # a columnist's name after the date (2023/08/25 王大明) that the author box under the text prints
            # alone: the writer, not a paper
            after = after._replace(source=None, author=after.source)
        elif after.source and _own_clock_desk(draft, after.source):
            after = after._replace(source=None)  # 轉角24小時 after the date: the site's own news desk, no paper
        elif after.source:
            out.append((after.source, date.index, "after the date"))
        elif date.span == 1 and date.index != draft.headline_at:  # not the title printed before the date
            before = credits.before_date(date.text[:date.found.start])
            named = date.text[:date.found.start].strip()
            if named and (_boxed_writer(draft, named) or _licensing_writer(draft, named)):
                # the name before the date that the page's author box (name / 作者简介) prints, or that the
                # closing licence note names as a person licensing his own text (本文为X授权…发布): the writer
                after = after._replace(author=named)
            elif before and _own_desk(draft, before):
                pass  # 上報快訊 before the date: the site's own news-flash desk, not a publication it cites
            elif before and (writer := _own_desk_writer(draft, before)) is not None:
                # 上報快訊／王大明 before the date: the site's flash desk, then its writer (no publication)
                after = after._replace(author=writer)
            elif before and _bare_writer(before):
                # 王大明 2023年08月31日 21:00:00: a person's name alone in the byline slot is the writer, not a paper
                after = after._replace(author=before)
            elif before:
                before = _split_channel(draft, before, date.index)
                out.append((before, date.index, "before the date"))
            elif (pair := credits.outlet_and_writer_before_date(date.text[:date.found.start])) is not None:
                out.append((pair[0], date.index, "outlet before the date"))
                after = after._replace(author=pair[1])
            elif (under := _outlet_under_date(draft)) is not None:
                out.append(under)
        draft.glued_author = after.author
        if after.dateline and "dateline" not in draft.fields:
            draft.set("dateline", after.dateline, date.index)
    accounts = _self_media(draft)
    out.extend(accounts)
    out.extend(_wire_sources(draft))
    out.extend(_syndication_note(draft))
    after_article = range(draft.span[1] + 1, min(len(lines), draft.span[1] + 1 + TRAILER)) if draft.span else range(0)
    for index in after_article:
        labelled = credits.labelled_source(lines[index].text)
        # a photo's source under its caption is none of the story's; a list of the reports the story retells
        # reads as a caption when the picture's credit closes it (Sources: A, B / Photo Credit: …), but is one
        if labelled and (draft.kinds[index] is not body.Kind.CAPTION
                         or (lines[index].text[:8] == "Sources:" and patterns.SOURCES_LIST.match(lines[index].text))):
            if accounts:
                # a self-media post's own 来源 note under its text names where the text comes from; the
                # account printed by the date only posted it
                out.insert(out.index(accounts[0]), (labelled, index, "label after the article"))
                accounts = []
            else:
                out.append((labelled, index, "label after the article"))
        elif index == draft.span[1] + 1 and (outlet := credits.wen_outlet(lines[index].text)) is not None:
            out.append((outlet, index, "outlet credited with 文/ under the article"))
    out.extend(_account_card(draft))
    return out


_DESK_FLASH = ("快訊", "快讯", "即時", "即时")  # a site's desk for breaking news, printed after its brand


def _own_desk(draft: Draft, name: str) -> bool:
    """Tell whether a name before the date is the site's own flash desk: its brand, then 快訊 (上報快訊).

    The desk's credit fills the byline slot of a story the newsroom put together; it names no
    publication the story comes from.
    """
    if not name.endswith(_DESK_FLASH) or len(name) <= len(_DESK_FLASH[0]):
        return False
    site = draft.identify_site().site
    brand = name[:-2]
    return site is not None and (site.name == brand or brand in site.keys)


_DESK_CLOCK = ("24小時", "24小时")  # how the name of a site's round-the-clock news desk ends


def _own_clock_desk(draft: Draft, name: str) -> bool:
    """Tell whether a name after the date is the site's own round-the-clock desk: its brand, then 24小時 (轉角24小時).

    The brand is the opening of the site's name or of an item of the page's breadcrumb
    (轉角國際 udn Global); the desk's credit names no publication the story comes from, and no writer.
    """
    if not name.endswith(_DESK_CLOCK) or len(name) <= len(_DESK_CLOCK[0]):
        return False
    brand = name[:-len(_DESK_CLOCK[0])]
    crumbs = draft.fields.get("breadcrumb") or ()
    if any(item.startswith(brand) for item in crumbs):
        return True
    site = draft.identify_site().site
    return site is not None and (site.name.startswith(brand) or brand in site.keys)


def _own_desk_writer(draft: Draft, name: str) -> str | None:
    """Return the writer(s) a credit before the date names after the site's flash desk and a slash.

    上報快訊／王大明, or several writers joined by 、 (上報快訊／王大明、李小華): every one a personal name.
    """
    if "／" not in name and "/" not in name:
        return None
    desk, _, writer = name.replace("/", "／").partition("／")
    if not _own_desk(draft, desk) or not all(people.is_personal_name(part) for part in people.split_names(writer)):
        return None
    return writer


_AUTHOR_BOX = frozenset(("作者简介", "作者簡介", "作者介绍", "作者介紹"))  # an author box's heading


# How an outlet's short name ends besides credits.OUTLET_ENDINGS (華視, 某某資訊, 某某新聞): never a given name.
_OUTLET_CLOSERS = (*credits.OUTLET_ENDINGS, "視", "视", "訊", "讯", "聞", "闻")
# Wires printed by their short name (路透 for 路透社): their first character is a surname too.
_WIRE_SHORT = frozenset(("路透", "彭博", "美聯", "美联", "法新", "共同", "韓聯", "韩联",
                         "中央", "新華", "新华", "中新"))


def _bare_writer(name: str) -> bool:
    """Tell whether the word alone before the date reads as a person's name, not an outlet's short name.

    A surname and one or two characters (洪大明, 王明); an outlet's name ends as outlets do (…報, …社,
    …網, …台, …新聞, …視) or opens a brand the site table knows (公視 of 公視新聞網), and a wire's short
    name (路透) is listed.
    """
    if not people.is_personal_name(name) or name.endswith(_OUTLET_CLOSERS) or name in _WIRE_SHORT:
        return False
    return not any(key.startswith(name) for site in publishers.SITES for key in (site.name, *site.keys))


def _boxed_writer(draft: Draft, name: str) -> bool:
    """Tell whether ``name`` stands alone on a line right above or below an author box's heading (作者简介)."""
    if len(name) > _BOXED_NAME or " " in name:
        return False
    lines = draft.lines
    return any(lines[i].text == name and (lines[i + 1].text in _AUTHOR_BOX or lines[i - 1].text in _AUTHOR_BOX)
               for i in range(1, len(lines) - 1))


_BOXED_NAME = 24  # characters of a writer's name or handle before the date at most


def _licensing_writer(draft: Draft, name: str) -> bool:
    """Tell whether a licence note (本文为X授权…发布) names ``name``, a person's name, as who licensed the text."""
    if not people.is_personal_name(name):
        return False
    for line in draft.lines:
        text = line.text
        licensed = _LICENSED.match(text) if text[:2] == "本文" and len(text) <= _NOTE_SIZE else None
        if licensed is not None and licensed.group("outlet") == name:
            return True
    return False


def _courtesy(draft: Draft, index: int) -> str | None:
    """Return the publication a "Courtesy of X" line set off over the text names: the story is reprinted from it.

    Under a photo the same words credit the picture: a line right under a caption is no source.
    """
    line = draft.lines[index]
    if not line.isolated or line.text[:1] not in "CcRS" or (index > 0 and draft.kinds[index - 1] is body.Kind.CAPTION):
        return None
    match = patterns.COURTESY_SOURCE.match(line.text)
    return match.group("source") if match else None


def _from_slot(draft: Draft, index: int) -> str | None:
    """Return the outlet a "From: Herald Sun" line names in the byline list (by: Jane Doe / From: X / date).

    Only next to a By line or the date line: elsewhere From: opens a letter's or a mail's header.
    """
    text = draft.lines[index].text
    if not text.startswith("From:") or (match := patterns.FROM_SOURCE.match(text)) is None:
        return None
    near = (i for i in (index - 1, index + 1) if 0 <= i < len(draft.lines))
    if any(i == draft.date_at or patterns.BY_LINE.match(draft.lines[i].text) for i in near):
        return match.group("source")
    return None


_LONE_LABELS = ("source:", "source：", "来源:", "来源：", "來源:", "來源：")


def _value_below(draft: Draft, index: int) -> str | None:
    """Return the source a label printed alone names on the next line (a definition list: Source: / X)."""
    if draft.lines[index].text.lower() not in _LONE_LABELS or index + 1 not in draft.header:
        return None
    below = draft.lines[index + 1]
    if below.sentence or below.size > _VALUE_SIZE:
        return None
    found = credits.labelled_source(f"{draft.lines[index].text} {below.text}")
    if found:
        draft.used.add(index + 1)
    return found


_VALUE_SIZE = 30  # reading units of a source's name printed under its label at most
_CARD_REACH = 40  # lines after the article searched for the card of the account it comes from
_ACCOUNT_ENDINGS = ("公号", "公众号", "公號", "公眾號")


def _account_card(draft: Draft) -> list[tuple[str, int, str]]:
    """Return the account a card after the article names: its avatar's initial, then its name (补 补壹刀微信公号).

    A portal running a piece of a WeChat account closes it with the account's card; the name,
    ending in 公号 / 公众号, is printed after a one-character avatar that repeats its first character.
    """
    if draft.span is None or not (draft.language or "").startswith("zh"):
        return []
    lines = draft.lines
    for index in range(draft.span[1] + 1, min(len(lines), draft.span[1] + 1 + _CARD_REACH)):
        text = lines[index].text
        initial, space, name = text.partition(" ")
        if space and len(initial) == 1 and name.startswith(initial) and name.endswith(_ACCOUNT_ENDINGS) \
                and len(name) <= 20 and " " not in name:
            return [(name, index, "account card")]
    return []


def _credited_below(draft: Draft, name: str) -> bool:
    """Tell whether a byline line under the date line credits ``name`` (a pen name printed after the time too).

    The name must be one the byline credits as a writer (执笔/示例君、王小刀), not a word of a writer's
    title: 文丨示例栏特约评论员 王明 credits 王明, and the column 示例栏 printed after the time is the source.
    """
    date_at = draft.date_at
    if date_at is None:
        return False
    for i in range(date_at + 1, min(len(draft.lines), date_at + 4)):
        if draft.kinds[i] is body.Kind.CREDIT and name in draft.lines[i].text:
            credit = credits.line_people(draft.lines[i])
            if credit is None or any(person.name == name for person in credit.people):
                return True
    return False


def _named_after_text(draft: Draft, name: str) -> bool:
    """Tell whether a personal name printed after the date stands alone on a line after the article (its author box)."""
    if not people.is_personal_name(name) or name.endswith(credits.OUTLET_ENDINGS) or draft.span is None:
        return False
    return any(line.text == name for line in draft.lines[draft.span[1] + 1:])


def _outlet_under_date(draft: Draft) -> tuple[str, int, str] | None:
    """Return a paper printed alone on the line under a date line that holds nothing but its date.

    2014-04-05 01:28 / 中國時報 / 王大明／華盛頓4日電: date, paper and writer one item per line.
    """
    date = draft.date
    if date is None or date.text[date.found.end:].strip(patterns.TRIM):
        return None
    index = date.index + date.span
    if index not in draft.header or index in draft.used:
        return None
    outlet = credits.outlet_alone(draft.lines[index].text) or _own_short_brand(draft, draft.lines[index].text)
    if outlet is None:
        return None
    draft.used.add(index)
    return outlet, index, "paper under the date"


_BRAND_MIN, _BRAND_MAX = 2, 4  # Han characters of a site's short brand (中時 of 中時新聞網)


def _own_short_brand(draft: Draft, text: str) -> str | None:
    """Return the site's short brand printed alone in the paper's slot under the date (中時 of 中時新聞網).

    The template that prints date / paper / writer one item per line puts the site's own desk there
    as the start of its name: the story is the site's own, credited as printed.
    """
    word = text.strip(patterns.TRIM)
    if not _BRAND_MIN <= len(word) <= _BRAND_MAX or not patterns.HAN_RUN.fullmatch(word):
        return None
    site = draft.identify_site().site
    return word if site is not None and len(site.name) > len(word) and site.name.startswith(word) else None


def _split_channel(draft: Draft, word: str, index: int) -> str:
    """Split a channel glued before the column the headline names (金融市场 + 专栏 of 专栏|标题).

    An info bar may print channel, column and date with no separator; the headline's own column
    prefix tells where the channel ends. The column is the source, the channel the section.
    """
    headline = draft.fields.get("headline")
    column = header.column_prefix(headline) if isinstance(headline, str) else None
    if column is None or not word.endswith(column) or len(word) == len(column):
        return word
    channel = word[:-len(column)]
    if "section" not in draft.fields and 2 <= len(channel) <= _CHANNEL_MAX:
        draft.set("section", channel, index)
    return column


def _self_media(draft: Draft) -> list[tuple[str, int, str]]:
    """Return the account name printed beside a self-media platform name near the date (扬眼 / 企鹅号).

    Without the platform's name, an account printed alone between the headline and a date line
    (标题 / 加拿大必读 / 发布时间：…) is taken too, when it is no person's name.
    """
    account = _account_above_date(draft)
    if account is not None:
        return [account]
    if draft.date_at is None:
        return []
    lines = draft.lines
    for index in range(draft.date_at + 1, min(len(lines), draft.date_at + 6)):
        if patterns.SELF_MEDIA.match(lines[index].text):
            account = index - 1
            if account in draft.used or account < 0:
                account = index + 1
            if account < len(lines) and account not in draft.used and 2 <= len(lines[account].text) <= 20:
                draft.used.update((account, index))
                return [(lines[account].text, account, "self-media account")]
    return []


def _wire_sources(draft: Draft) -> list[tuple[str, int, str]]:
    """Return wire credits: the lead's dateline (AP), an agency alone in the byline slot, a wire copyright."""
    out: list[tuple[str, int, str]] = []
    lines = draft.lines
    span = draft.layout()
    if span is not None:
        # The lead is the first paragraph; a caption printed as text may come before it, so the
        # first paragraphs are tried until one opens with a dateline or a news flash. A tool's notice
        # printed twice there (once for each layout's tool bar, maybe a photo between) is no paragraph.
        top = range(span[0], min(span[0] + _LEAD_REACH, span[1] + 1))
        texts = [lines[i].text for i in top]
        leads = [i for i in top if draft.kinds[i] is body.Kind.TEXT and i not in draft.used
                 and not body.doubled(lines, i) and texts.count(lines[i].text) == 1][:_LEADS]
        for index in leads:
            wire = credits.wire_in_lead(lines[index].text)
            if wire:
                out.append((wire[0], index, "wire dateline"))
                if "dateline" not in draft.fields:
                    draft.set("dateline", wire[1], index)
            flash = credits.flash_source(lines[index].text)
            if flash:
                out.append((flash, index, "news flash"))
            if wire or flash:
                break
    for index in draft.header:
        if index > 0 and patterns.PHOTO_LABEL.match(lines[index - 1].text):
            continue  # "Photo by:" / "The Associated Press": the agency took the picture, not the story
        if _under_caption(draft, index) and not lines[index].text.startswith("By "):
            # "Copyright 2020 The Associated Press" in a picture's box, under its caption; a By line run
            # together under the lead picture's caption is the story's (By Example Staff and AFP)
            continue
        text = credits.split_by_line(lines, index) or lines[index].text  # By / Jane Doe Associated Press
        wire = credits.wire_line(text) or credits.wire_in_byline(text) or _agency_after_by_line(draft, index)
        if wire:
            out.append((wire, index, "agency in the byline"))
        elif (newsroom := credits.newsroom_in_byline(lines[index].text)) is not None:
            out.append((newsroom, index, "newsroom in the byline"))
        elif (outlet := _outlet_after_bar(draft, index)) is not None:
            out.append((outlet, index, "newsroom after the By line's bar"))
        elif (named := credits.name_outlet_date(lines[index].text)) is not None:
            out.append((named[1], index, "newsroom after the writer on the date line"))
        elif index > 0:
            slot = english.credit_slot(lines[index - 1].text, lines[index].text)
            if slot:
                out.append((slot, index, "credit under the byline"))
    if span is not None:
        for index in range(span[1] + 1, min(len(lines), span[1] + 4)):
            wire = credits.wire_line(lines[index].text)
            if wire:
                out.append((wire, index, "wire copyright"))
            elif (helped := credits.wire_in_contributed(lines[index].text)) is not None:
                out.append((helped, index, "wire in the contributor note"))
    return out


_CAPTION_BOX = 3  # lines of a picture's box above a credit line, its caption among them, at most


def _under_caption(draft: Draft, index: int) -> bool:
    """Tell whether a line is run together under a caption (the picture's box: caption / © line / © line)."""
    lines = draft.lines
    for above in range(index - 1, max(-1, index - 1 - _CAPTION_BOX), -1):
        if lines[above].number != lines[above + 1].number - 1:
            return False
        if draft.kinds[above] is body.Kind.CAPTION:
            return True
    return False


_AND_WORDS = 4  # words of a line adding an agency to the By line above it ("and AFP") at most


def _agency_after_by_line(draft: Draft, index: int) -> str | None:
    """Return the agency a line right under a By line adds to it ("By Example Newsroom" / "and AFP")."""
    lines = draft.lines
    text = lines[index].text
    if index == 0 or not text.startswith("and ") or lines[index].words > _AND_WORDS \
            or lines[index - 1].number < lines[index].number - 2 or not patterns.BY_LINE.match(lines[index - 1].text):
        return None
    return credits.wire_line(text[4:])


_BAR_OUTLET_WORDS = 4  # words of a newsroom named after a bar in a By line at most


def _outlet_after_bar(draft: Draft, index: int) -> str | None:
    """Return the newsroom a By line names after a bar (By Jane Doe | Example News), when the page prints it alone.

    The name must stand on a line of its own elsewhere (the masthead's logo text), so a writer's
    title or beat after the bar is never taken for a publication.
    """
    text = draft.lines[index].text
    if " | " not in text or not text.startswith("By "):
        return None
    found, outlet = english.parse_by_line(text)
    if len(found) != 1 or not outlet or len(outlet.split()) > _BAR_OUTLET_WORDS or not outlet[:1].isupper():
        return None
    return outlet if any(line.text == outlet for line in draft.lines) else None


def _syndication_note(draft: Draft) -> list[tuple[str, int, str]]:
    """Return the site a syndication note at either end of the article names ("… originally appeared on X")."""
    span = draft.layout()
    if span is None:
        return []
    lines = draft.lines
    near = [*range(max(0, span[0] - _NOTE_REACH), min(len(lines), span[0] + _NOTE_REACH)),
            *range(max(0, span[1] - 1), min(len(lines), span[1] + _NOTE_REACH))]
    for index in near:
        text = lines[index].text
        noted = len(text) <= _NOTE_SIZE and ("riginally " in text or "irst " in text)  # what the note must hold
        match = patterns.ORIGINALLY_PUBLISHED.search(text) if noted else None
        if match is not None:
            draft.syndicated = match.group("site").strip()
            return [(draft.syndicated, index, "syndication note")]
        licensed = _LICENSED.match(text) if "本文" in text[:3] and len(text) <= _NOTE_SIZE else None
        if licensed is not None and not people.is_personal_name(licensed.group("outlet")):
            # 本文为示例网授权示例财经发布: the outlet that licensed the text (a writer licensing his own is none)
            return [(licensed.group("outlet"), index, "licence note")]
    return []


# A rights note naming who licensed the text to the site: 本文为示例网授权示例财经《专栏》发布; set in brackets
# under the text, the outlet quoted, by a Taiwanese reprint: （本文由「示例時報」授權轉載）.
_LICENSED = Pattern(r"^[（(]?本文(?:为|系|由)[「『“《]?(?P<outlet>[^，,。、；\s「」『』“”《》]{2,16}?)[」』”》]?"
                    r"(?:独家|獨家)?(?:授权|授權)")


def _account_above_date(draft: Draft) -> tuple[str, int, str] | None:
    """Return a name line standing alone right under the headline and right above a date line."""
    if draft.headline_at is None or not (draft.language or "").startswith("zh"):
        return None
    index = draft.headline_at + 1
    if index < len(draft.lines) and draft.lines[index].text in _READ_FULL:
        index += 1  # a portal's collapse button under the headline (閱讀整篇文章), then the partner's name
    following = index + 1
    # the account's follow widget may stand between name and date (关注 / 下载客户端 / 独家抢先看)
    while following < len(draft.lines) and following - index <= _FOLLOW_LINES \
            and patterns.FOLLOW_WIDGET.match(draft.lines[following].text):
        following += 1
    if following >= len(draft.lines) or index in draft.used or draft.kinds[following] is not body.Kind.DATE:
        return None
    line = draft.lines[index]
    text = line.text
    # a name set off on its own, or one its follow widget's buttons come with (in a block of short lines)
    alone = line.isolated and draft.kinds[index] is body.Kind.SHORT
    followed = following > index + 1 and draft.kinds[index] in (body.Kind.SHORT, body.Kind.NAV)
    # a portal prints its partner's name over the headline (the logo's text) and again over the date: a credit
    repeated = draft.headline_at > 0 and draft.lines[draft.headline_at - 1].text == text
    if not (alone or followed or repeated) or not 2 <= len(text) <= 12 \
            or not patterns.HAN.search(text) or any(c in text for c in " ，。：:、|｜/") \
            or people.is_personal_name(text) or patterns.NAV_WORDS.match(text):
        return None
    draft.used.add(index)
    return text, index, "account above the date"
