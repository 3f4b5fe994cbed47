"""The article body: which dump lines are paragraphs of the story, first to last.

Three passes, each linear in the number of lines:

1. ``classify`` gives every line a kind (running text, a short sentence, a caption, a credit,
   page furniture, a hard stop such as 责任编辑 …).
2. ``core`` finds the densest run of running text: the maximum-sum segment of per-line scores
   (Kadane), where paragraphs score by their length and furniture, menus and stops cost. Link
   lists and menus are runs of short lines without blank lines between them, so they cost.
3. ``extend`` widens the core to short paragraphs next to it (a lead quote, a closing line), and
   ``paragraphs`` keeps the lines that are article text, dropping captions, credits, markers of
   live formats and link boxes inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

from archive.readers import credits, english, patterns, people
from archive.readers.lazy import Pattern
from archive.readers.lines import Line


class Kind:
    """What a dump line is, as far as the body is concerned: one of the members below, compared by identity.

    A plain class, not an Enum: on Python 3.11 every ``Kind.TEXT`` read through Enum's metaclass
    (which defines ``__getattr__``) cost ~130 ns against ~10 for a class attribute, and the body's
    steps read members some thousands of times a page.
    """

    __slots__ = ("value",)

    TEXT: Kind  # running text: a paragraph
    SENTENCE: Kind  # a short line that ends like a sentence: a quote, a short paragraph
    SHORT: Kind  # a short <p> without final punctuation: a subhead, a poem line
    VERSE: Kind  # a line of a poem or list printed as one <p> with <br> lines between two paragraphs
    NAV: Kind  # a short line inside a run of lines: a menu, a link list
    DATE: Kind  # a short line holding a date
    CAPTION: Kind  # a photo or video caption or credit
    CREDIT: Kind  # a byline or credit line
    MARKER: Kind  # a live-format time stamp, a separator, a bare number
    JUNK: Kind  # page furniture: share bars, promotions, licences
    STOP: Kind  # a line that closes the article: editor credit, pager, related links, copyright

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Kind.{self.value.upper()}"


for _member in ("text", "sentence", "short", "verse", "nav", "date", "caption", "credit", "marker", "junk", "stop"):
    setattr(Kind, _member.upper(), Kind(_member))


# A Chinese ad slot's label set off between the paragraphs (a separator, see ``classify``).
_ZH_AD_LABELS = ("廣告", "广告")
# Per-kind scores for the core search; TEXT scores by its length instead.
SCORES = {Kind.SENTENCE: 0.3, Kind.SHORT: -0.3, Kind.VERSE: 0.0, Kind.NAV: -1.5, Kind.DATE: -3.0, Kind.CAPTION: -2.0,
          Kind.CREDIT: -3.0, Kind.MARKER: -0.5, Kind.JUNK: -3.0, Kind.STOP: -20.0}
BOX_SCORE = -60.0  # a box of other stories: the article does not go on past its heading
TEXT_CAP = 150  # reading units (Han characters, or Latin words x2) beyond which a paragraph scores no more
TEXT_UNIT = 15.0
_HEADER_LINES = 3  # lines between an article's date line and its first paragraph (byline, caption)
_CREDIT_REACH = 50  # characters at the start of a line where a photographer's "Name/Agency" credit stands
_FRAME_HEAD = 6  # lines under a date line where an article printed phrase by phrase may begin
_FRAME_LINES = 15  # lines such an article runs to at least
_FRAME_TEXTS = 3  # paragraphs of running text it holds at least
_SUBHEAD_WORDS = 10  # words of a subhead at most
_SUBHEAD_HAN = 30  # Han characters of a subhead at most
_EDITOR_NOTE_STARTS = frozenset("【[编編")
_BOX_LINES = 10  # lines at the top of the article text where a key-points box may stand above the byline
_GLUED_PROSE = 20  # Han characters before a glued link that make the line a paragraph
_SHORT_SIZE = 160  # boilerplate markers are trusted on lines up to this size only
_PROSE_AFTER_MARKER = 2  # full sentences after a boilerplate marker's own that make a Chinese line a paragraph
_URL = Pattern(r"^(?:https?://|www\.)\S+$", starts="hw")
_PHOTO_ENDINGS = ("摄", "攝", "摄)", "攝)", "摄）", "攝）", "图", "圖")
# Whole-line furniture, anchored at the start, as one pattern so a line costs one match: a menu
# word alone, an address, a source note, a 原标题 line, a section label, a letter's sign-off, a note on where
# the piece first appeared (本文首发于…), a summary box's label (核心提示：…).
_FURNITURE_PARTS = (patterns.NAV_WORDS, _URL, patterns.SOURCE_NOTE, patterns.ORIGINAL_HEADLINE, patterns.SECTION_LABEL,
                    patterns.SIGN_OFF, patterns.FIRST_PUBLISHED, patterns.SUMMARY_LABEL)
_FURNITURE_START = Pattern("|".join(f"(?:{p.pattern})" for p in _FURNITURE_PARTS), re.IGNORECASE,
                           starts="".join(c for p in _FURNITURE_PARTS for c in sorted(p.starts or ())))
# What a live-format marker (MARKER) can open with, besides a digit (any Unicode digit, as \d).
_MARKER_STARTS = frozenset("_-–—=*·•~#（(一二三四五六七八九十")
# A cheap test for a date (a year with month, or a month name with day and year); the exact
# parse is left to ``dates`` and done only on the few lines near the headline.
DATEISH = Pattern(
    r"(?:19|20)\d{2}\s?(?:年\s?\d{1,2}\s?月|[-/.]\s?\d{1,2}\s?[-/.]|\s\d{1,2}\s?/)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d{2}|"
    r"\b\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s(?:19|20)\d{2}",
    re.IGNORECASE)


# Classifying runs on every line of every page, and nearly every test fails on nearly every line.
# A call of ``re`` costs ~1,500 machine instructions before the engine reads a character, a set test
# a tenth of that, so each pattern is guarded by the cheapest test that a line it matches must pass:
# the first character for an anchored pattern (``starts``), the last character for an ending.
_STOP_STARTS = patterns.BODY_STOP.starts
_CORRECTION_STARTS = patterns.CORRECTION_NOTE.starts
_PAYWALL_WORDS = 30  # words of a paywall notice's line at most (a paragraph about a paywall runs longer)
_NAV_STARTS = patterns.NAV_WORDS.starts
_WIDGET_STARTS = patterns.WIDGET.starts
_CAPTION_STARTS = patterns.CAPTION_START.starts
_FURNITURE_STARTS = _FURNITURE_START.starts
_WIRE_STARTS = patterns.WIRE_LINE.starts
_WEN_STARTS = patterns.BYLINE_WEN.starts
_YEARLESS_STARTS = patterns.YEARLESS_DATE.starts
_FOLLOW_STARTS = patterns.FOLLOW_CREDIT.starts
_RELATED_STARTS = patterns.RELATED_LINK.starts
_PROMO_STARTS = patterns.PROMO_LINK.starts
_DESK_CREDIT_STARTS = patterns.TW_DESK_CREDIT.starts
_ENDING_LASTS = frozenset(ending[-1] for ending in patterns.BOILERPLATE_ENDINGS)
_PHOTO_LASTS = frozenset(ending[-1] for ending in _PHOTO_ENDINGS)
# Every ending CAPTION_END knows closes a bracket (round or square) or ends "Getty Images" or a file photo's
# label (資料照片) or the caption's hide switch ("hide caption"), unless it holds ":" or "/"
# (a "\n" too: before a final line break, its $ matches as well).
_CAPTION_LASTS = frozenset(")）s]片照n\n")
_CAPTION_ENDINGS = (")", "）", "Getty Images", "]", "資料照片", "资料照片", "資料照", "资料照", "檔案照片", "档案照片",
                    " hide caption", "\n")


_GLUED_MIN = 24  # characters of a line of glued copies at least (two copies of a 12-character label)
_GLUED_PROBE = 12  # characters of the line's opening looked for again further on (the cheap test first)


def _glued_copies(text: str) -> bool:
    """Tell whether a line is one text repeated with nothing between: "Sign up nowSign up nowSign up now".

    A responsive template prints a box's heading once per screen size; the dump joins the copies. The
    line is periodic exactly when it turns up inside itself doubled before its own length.
    """
    return (text + text).find(text, 1) < len(text)


def classify(line: Line) -> Kind:
    """Return the kind of one line (looked at alone; its neighbours only through ``isolated``).

    The rules are tried in order and the first that holds decides. The line's measures are read
    once (``cjk`` and ``size`` as Line computes them) and every pattern is guarded (see above).
    """
    _, text, isolated, _, han, words, sentence, punctuated = line
    length, first, last = len(text), text[:1], text[-1:]
    cjk = han >= 2 and han >= words
    size = han + 2 * words
    # a live-format time stamp, a separator, a bare number
    if length <= 24 and (first in _MARKER_STARTS or first.isdecimal()) and patterns.MARKER.fullmatch(text):
        return Kind.MARKER
    # a Chinese ad slot's label set off between the paragraphs (廣告): it stands where the ad stands, a separator
    # (an English one, Advertisement, is furniture: a heading glued under it is the text's, see WIDGET)
    if length == 2 and text in _ZH_AD_LABELS:
        return Kind.MARKER
    # an editor's note introducing the story (【编前语】, 编者按：) is not its text
    if first in _EDITOR_NOTE_STARTS and patterns.EDITOR_NOTE.match(text):
        return Kind.JUNK
    # a line closing the article (English stop words only on short lines; a Chinese label such as 文章來源： closes
    # it whatever Latin text follows, as an English headline of the source story)
    if (first in _STOP_STARTS and (cjk or words <= 8 or "\u4e00" <= first <= "\u9fff")
            and patterns.BODY_STOP.match(text)):
        return Kind.STOP
    # the site's notice claiming the piece and forbidding reposts (示例网专稿，未经书面授权请勿转载) closes the text
    if size <= _SHORT_SIZE and ("未经" in text or "未經" in text) and patterns.RIGHTS_NOTICE.search(text):
        return Kind.STOP
    if first in _CORRECTION_STARTS and not cjk and patterns.CORRECTION_NOTE.match(text):
        return Kind.STOP  # an editors' correction appended to the story
    if not cjk and words <= _PAYWALL_WORDS and ("free" in text or "enjoying" in text) \
            and patterns.PAYWALL_NOTICE.search(text):
        return Kind.STOP  # a metered paywall's box where the free part of the story ends
    if first == "(" and last == ")" and not cjk and patterns.AMENDED_NOTE.match(text):
        return Kind.JUNK  # a wire's note over an amended story: "(Corrects 10th paragraph to show …)"
    if 2 <= words <= 5 and not cjk and text.lower().endswith(patterns.STOP_ENDINGS):
        return Kind.STOP  # the heading of a box of other stories
    if length <= 20 and not cjk and patterns.COMMENTS_HEADING.match(text):
        return Kind.STOP  # readers' comments follow
    if "@" in text and words <= 20 and patterns.CONTACT_LINE.match(text):
        return Kind.JUNK  # the writer's address
    if not cjk and words >= _CAPS_LINK_WORDS and text.isupper():
        return Kind.JUNK  # a whole sentence in capitals: a linked headline or a promo set in the text
    # the many menu items and buttons, answered before the costlier tests
    if length <= 12 and ((first in _NAV_STARTS and patterns.NAV_WORDS.match(text))
                         or (first in _WIDGET_STARTS and patterns.WIDGET.match(text))):
        return Kind.JUNK
    if (length <= 40 and _is_chinese_credit(text)) if cjk else (words <= 40 and _is_english_credit(text, words)):
        return Kind.CREDIT
    if first in "([" and last in ")]" and not cjk and " by " in text and patterns.CREDIT_LINE.match(text):
        return Kind.CREDIT  # closing credits in brackets, however many names (Additional reporting by …; Writing by …)
    if words <= 16 and first in "([vVhH" and not cjk and patterns.HAT_TIP.match(text):
        return Kind.CREDIT  # a blog's hat tip: (via Example Blog)
    if (first in _CAPTION_STARTS and patterns.CAPTION_START.match(text)) or _caption_ending(text, last):
        return Kind.CAPTION
    if last == "a" and first == "S" and text.endswith(" on social media") and text.startswith("Share "):
        return Kind.JUNK  # a share button's screen-reader text naming the story: Share <headline> on social media
    if first in patterns.EMBED_PLACEHOLDER_STARTS and words <= 14 and patterns.EMBED_PLACEHOLDER.match(text):
        return Kind.MARKER  # an embedded post's fallback text: it stands for the post, between paragraphs
    if last in ")w" and " new window" in text and not cjk and patterns.NEW_WINDOW_LABEL.search(text):
        return Kind.JUNK  # a link's screen-reader label: Click to share on Example (Opens in new window)
    if last.isdecimal() and "(@" in text and not cjk \
            and patterns.EMBED_END.search(text, max(0, length - patterns.EMBED_END_REACH)):
        return Kind.MARKER  # an embedded post printed as one line, its attribution glued on: the post, not the text
    # page furniture: a widget (only as short as a button), a promotion or licence, an address
    if ((first in _WIDGET_STARTS and words <= 8 and han <= 24 and patterns.WIDGET.match(text))
            or (size <= _SHORT_SIZE and ((last in _ENDING_LASTS and text.endswith(patterns.BOILERPLATE_ENDINGS)
                                          and not _glued_to_prose(text))
                                         or _boilerplate_marker(text, cjk)))
            or (first in _FURNITURE_STARTS and _FURNITURE_START.match(text))):
        return Kind.JUNK
    # Every date DATEISH finds has a year 19xx or 20xx: two substring tests spare most lines the search
    # (a Chinese sentence closed by 。 that opens with a month, 2008年1月，他到任。, is text, not a date line)
    if (size <= 40 or length <= 60) and ("19" in text or "20" in text) and DATEISH.search(text) \
            and not (cjk and last == "。" and "，" in text) \
            and not (cjk and first in "12" and patterns.TITLED_MONTH.match(text)) \
            and not (" -- " in text and patterns.DATELINE_LEAD.match(text)):  # "Feb. 23, 2015 -- <lead>": text
        return Kind.DATE
    if length <= 60 and first in _YEARLESS_STARTS and patterns.YEARLESS_DATE.match(text):
        return Kind.DATE  # a labelled date line printing no year is still no paragraph
    if first in _FOLLOW_STARTS and patterns.FOLLOW_CREDIT.match(text):
        return Kind.JUNK
    if first in _RELATED_STARTS and patterns.RELATED_LINK.match(text):
        return Kind.JUNK  # a labelled link to another story ("Related article: …"), of any length
    if first in _PROMO_STARTS and not cjk and patterns.PROMO_LINK.match(text):
        return Kind.JUNK  # a capitalised promo label and a linked title ("(MORE: …)", "PHOTOS: …")
    if first == "R" and not cjk and words <= 16 and patterns.FULL_TEXT_LINK.match(text):
        return Kind.MARKER  # a link to the document the story draws on ("Read the full transcript of …"): it stands
        # between two paragraphs, as an embed's fallback text does, and the text runs across it
    if cjk and _teaser(text, last):
        return Kind.JUNK
    if length <= 14 and last == ">" and first in "</" and patterns.STRAY_TAG.match(text):
        return Kind.MARKER  # markup printed as text by a broken tag ("/a>", "</div>"): a separator, no text
    if not han and not words and not any(c.isalnum() for c in text):
        return Kind.JUNK  # nothing legible: symbols, or characters lost in saving (U+FFFD)
    if length >= _GLUED_MIN and text.find(text[:_GLUED_PROBE], _GLUED_PROBE) > 0 and _glued_copies(text):
        return Kind.JUNK  # one box's text printed twice or more with no break: a template's copies per screen size
    if (han >= 20 if cjk else words >= 12) and (sentence or punctuated):  # Line.prose
        return Kind.TEXT
    if sentence and (words >= 3 or han >= 4):
        return Kind.SENTENCE
    if isolated and not cjk and words >= _BARE_PROSE_WORDS and _lower_words(text) * 2 > words:
        return Kind.TEXT  # a long sentence set off on its own with no stop: "… is asked to call 0800 000000"
    return Kind.SHORT if isolated else Kind.NAV


_BARE_PROSE_WORDS = 18  # words of an English line set off alone that reads as prose without a final stop at least


def _lower_words(text: str) -> int:
    """Count the words of an English line that open with a small letter (prose; a title capitalises most)."""
    return sum(word[:1].islower() for word in text.split())


_CAPS_LINK_WORDS = 8  # words of an English line in capitals at least to be a link or promo, not a subhead


def _boilerplate_marker(text: str, cjk: bool) -> bool:
    """Tell whether a line holds a marker of page furniture (BOILERPLATE), as a promotion or licence line does.

    In a Chinese line the marker is page furniture only when no two full sentences follow the sentence
    holding it: a paragraph reporting on an app (用户可以下载“某某”APP直接注册使用。此前，…。与此同时，…。)
    names the download in its prose, where a promotion or a notice (转载请注明出处。本文仅为作者观点…。)
    closes the line.

    An English paragraph may close with a link of its own ("To see the best plays of the day, click
    here."): after two or more sentences of prose, "click here" is the story's link, no promotion.
    """
    match = patterns.BOILERPLATE.search(text)
    if match is None:
        return False
    if not cjk and match.group()[1:] == "lick here" and _CLICK_PROSE.search(text, 0, match.start()) is not None:
        return False
    return not cjk or text.count("。", match.end()) <= _PROSE_AFTER_MARKER


# Two sentences closed before a marker: "… are being crafted. Here are a few notes. To see more, click here."
_CLICK_PROSE = Pattern(r"[a-z0-9][.!?][\"”’)]?\s.*?[a-z0-9][.!?][\"”’)]?\s")


def _glued_to_prose(text: str) -> bool:
    """Tell whether a link ending a line (返回某网首页>>) is glued onto a paragraph's closing sentence.

    The paragraph is the article's; ``cut_glued_tail`` takes the link off the last one.
    """
    match = patterns.GLUED_TAIL.search(text)
    return match is not None and len(patterns.HAN.findall(text[:match.start()])) >= _GLUED_PROSE


def truncated(line: Line) -> bool:
    """Tell whether a Chinese line is cut short with "..." (a teaser, or a headline the site truncates)."""
    return line.cjk and _teaser(line.text, line.text[-1:])


def _teaser(text: str, last: str) -> bool:
    """Tell whether a Chinese line is a teaser cut short ("…將進一步..."): a link box, not a paragraph.

    Chinese prose closes an ellipsis with the doubled "……"; a single "…" or ASCII "..." right after a
    character is how a list of other stories truncates its summaries.
    """
    if last not in ".…":
        return False
    stem = text[:-3] if text.endswith("...") else text[:-1] if last == "…" else ""
    return bool(stem) and not stem.endswith(("…", ".")) and stem[-1:].isalnum()


def _is_chinese_credit(text: str) -> bool:
    """Tell whether a Chinese line is a byline standing alone: 记者 张三, 文/张三, 記者王大明／台北報導.

    A line ending with 摄 credits a photographer (图片记者 张三、李四摄): a caption's credit, not a byline.
    """
    if text[-1:] in _PHOTO_LASTS and text.endswith(_PHOTO_ENDINGS):
        return False
    # Cheap necessary conditions first: a role word for BYLINE_LINE, a slash for TW_REPORT
    if text[:1] == "原" and patterns.ORIGINAL_CREDIT.match(text):
        return True  # 原创： 张三编译 示例公众号: a WeChat piece's writer and account
    slashed = "/" in text or "／" in text or "╱" in text
    report = slashed and patterns.TW_REPORT.match(text)
    if slashed and text[:1] in _DESK_CREDIT_STARTS and patterns.TW_DESK_CREDIT.match(text):
        return True  # 【示例新聞網／綜合報導】: a desk's credit, naming no one
    if text[-1:] in ")）" and patterns.NAME_SUPPLIED.match(text):
        return True  # 王大明（新华社供本报特稿）: the writer, and how the piece came to the paper
    if text[:1] in "編编" and text[-1:] in "導道导" and patterns.EDITOR_REPORTED.match(text):
        return True  # 編輯 王大明 報導: a TV newsroom's author box
    if patterns.ROLE_WORD.search(text) and (
            patterns.BYLINE_LINE.match(text)
            # 本报记者 王乐文 方 敏: a two-character name padded to the width of three
            or (" " in text and (closed := people.unpadded(text)) != text and patterns.BYLINE_LINE.match(closed))):
        return True
    return bool(patterns.SLASH_CREDITS.search(text)
                or (text[:1] in _WEN_STARTS and patterns.BYLINE_WEN.match(text))
                or (report and report.end() >= len(text) - 1))


_DESK_CREDIT_WORDS = 6  # words a desk's credit after By holds at most ("Staff Reports and wire services")


def _is_english_credit(text: str, words: int) -> bool:
    """Tell whether an English line is a credit standing alone: By …, (Reporting by …), a wire's name."""
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")  # By&nbsp;Jane Doe: the template's no-break space is a space
    if " By " in text:
        text = english.without_echo(text)  # "Jane Doe, Example Group By Jane Doe, Example Group": the avatar's copy
    lowered = text.lower()
    # Cheap substring tests first: these patterns are tried on few lines
    if " by " in lowered and patterns.CREDIT_LINE.match(text):
        return True
    if "contributed" in lowered and patterns.CONTRIBUTED.match(text):
        return True
    if (" is " in text or " was " in text or " has been " in text) and patterns.AUTHOR_BIO.match(text):
        return True  # the writer's biography under the story
    if len(text) <= 40 and text[:1] in _WIRE_STARTS and patterns.WIRE_LINE.match(text):
        return True
    if words > 20 and not (text[:3] in ("By ", "by ") and ", a" in text and english.parse_by_line(text)[0]):
        return False  # (a By line running on into the writer's bio, "By Jane Doe, a reporter who …", is one)
    if "by " not in lowered and "by:" not in lowered:
        return False
    by = patterns.BY_LINE.match(text)
    if by is None or by.group("prefix") == "Powered":
        return False  # "Powered by Example VIP": the platform a footer credits, no writer
    if text[:1] in "MRrF" and patterns.REVIEWER_LINE.match(text):
        return True  # "Reviewed by Jane Doe, MD": a credit line (no headline, no text), though it names no writer
    names = by.group("names")
    # a desk credited by name ("By National Desk"), not a sentence mentioning one ("A poll by Example News shows …")
    return bool(english.parse_by_line(text)[0]) or (len(names.split()) <= _DESK_CREDIT_WORDS
                                                    and bool(patterns.DESK_WORDS.search(names)))


def is_caption(text: str) -> bool:
    """Tell whether a line is a photo caption or credit, by how it opens or how it ends."""
    return bool(text[:1] in _CAPTION_STARTS and patterns.CAPTION_START.match(text)) or _caption_ending(text, text[-1:])


_SCREENSHOT_LASTS = frozenset("图圖屏。")
_VIDEO_REACH = 40  # characters at a line's end VIDEO_CAPTION looks at
_DATED_CREDIT_REACH = 20  # characters at a line's end DATED_PHOTO_CREDIT looks at
_OUTLET_REACH = 12  # characters at a line's end CREDIT_OUTLET looks at (a space and a site's name)
_OUTLET_LASTS = frozenset("网網社报報发發")
_TITLES = Pattern(r"《[^《》]*》")
# How a group photo's caption ends: the pose it shows (…接受会旗并合影, 全体学员合影留念). A line set off with no stop.
_GROUP_PHOTO_ENDINGS = ("合影", "合影留念", "合照", "留影")
_GROUP_PHOTO_LASTS = frozenset(ending[-1] for ending in _GROUP_PHOTO_ENDINGS)
_GROUP_PHOTO_MAX = 40  # characters of such a caption at most


def _caption_ending(text: str, last: str) -> bool:
    """Tell whether a line ends the way a photo caption or credit ends (才扬 摄, "Photo: AFP").

    A credit opening the line ("Jane Doe/for Example News The mayor …") marks a caption too.
    """
    if "/" in text[:_CREDIT_REACH] and text[:1].isupper() and patterns.PHOTO_CREDIT_START.match(text):
        return True
    if "video" in text[-_VIDEO_REACH:] and patterns.VIDEO_CAPTION.search(text[-_VIDEO_REACH:]):
        return True  # a video's title closed by "– video" under its player (maybe its credit after it)
    if last == ")" and text.endswith(("( )", "()")) and len(text) > 2:
        return True  # the photo's credit printed empty after its caption: Council meeting ( )
    if last in _PHOTO_LASTS and text.endswith(_PHOTO_ENDINGS):
        if patterns.PHOTO_CREDIT.search(text[-24:]):
            return True
        if "截" not in text[-5:]:
            return False  # (a screenshot's caption, 示例报道截图, ends in 图 too: tried next)
    if last in _OUTLET_LASTS and " " in text[-_OUTLET_REACH:]:
        outlet = patterns.CREDIT_OUTLET.search(text, max(0, len(text) - _OUTLET_REACH))
        if outlet is not None:
            credit = text[:outlet.start()].rstrip()
            if credit.endswith(_PHOTO_ENDINGS) and patterns.PHOTO_CREDIT.search(credit[-24:]):
                return True  # the site that ran the picture after its credit: 某某分局供图 示例网
    if "源" in text[-patterns.PICTURE_SOURCE_REACH:] and patterns.PICTURE_SOURCE_END.search(
            text, max(0, len(text) - patterns.PICTURE_SOURCE_REACH)):
        return True  # the picture's origin after the caption and a space: 示例有轨电车  图片来源：示例融媒
    if last == "日" and "年" in text[-_DATED_CREDIT_REACH:] and patterns.DATED_PHOTO_CREDIT.search(
            text[-_DATED_CREDIT_REACH:]):
        return True  # the photographer's credit and the day the picture was taken: 中央社記者王大明攝 112年8月23日
    if ("left" in text or "right" in text) and (placed := patterns.PLACED_CAPTION.search(text)) is not None:
        if last.isalpha() and patterns.CREDIT_AFTER_STOP.search(text[-_CREDIT_NAME_REACH:]):
            return True  # people placed in the picture (X, left, and Y), the photographer's name after the stop
        named = text[:placed.start()].split()
        if 2 <= len(named) <= _PLACED_NAME_WORDS and all(word[:1].isupper() for word in named):
            return True  # the caption opens on the first person it places: "Jane Roe (far left) and John Doe …"
    if last in _SCREENSHOT_LASTS and "截" in text[-5:] and patterns.SCREENSHOT_CAPTION.search(text):
        return "，" not in _TITLES.sub("", text)  # 某报网站题为《…，…》的报道截图。: a comma in a title is no clause
    if last in _GROUP_PHOTO_LASTS and text.endswith(_GROUP_PHOTO_ENDINGS) and len(text) <= _GROUP_PHOTO_MAX:
        return True  # a group photo's caption names the pose, with no sentence's stop: 与会代表合影, 全体学员合影留念
    tail = text[-patterns.CAPTION_TAIL:]
    if (last in _CAPTION_LASTS and text.endswith(_CAPTION_ENDINGS)) or ":" in tail or "/" in tail \
            or "ourtesy " in tail:
        return bool(patterns.CAPTION_END.search(tail))
    return False


_CREDIT_NAME_REACH = 50  # characters at the end of a caption searched for the photographer's name after its stop
_PLACED_NAME_WORDS = 5  # capitalised words (a title and a name) a caption places first at most


# Kinds remembered by (text, isolated), all that ``classify`` reads of a line besides the facts
# measured from its text: pages of one site repeat their menus and footers line for line. A plain
# dict, emptied when full, rather than lru_cache: a miss classifies the Line at hand, where a
# function cached on (text, isolated) would have to measure the line again to classify it.
_KINDS: dict[tuple[str, bool], Kind] = {}
KINDS_REMEMBERED = 1 << 16


def kind_of(line: Line) -> Kind:
    """Return the kind of a line, remembered by its text: pages of one site repeat their furniture."""
    key = (line.text, line.isolated)
    kind = _KINDS.get(key)
    if kind is None:
        if len(_KINDS) >= KINDS_REMEMBERED:
            _KINDS.clear()
        kind = _KINDS[key] = classify(line)
    return kind


def forget_kinds() -> None:
    """Empty the kinds remembered (for measuring the cost of a site seen for the first time)."""
    _KINDS.clear()


def score(line: Line, kind: Kind) -> float:
    """Return a line's contribution to the core: paragraphs by length, everything else a cost."""
    if kind is Kind.TEXT:
        value = min(line.han + 2 * line.words, TEXT_CAP) / TEXT_UNIT  # the line's size
        return value if line.isolated else value / 2
    if kind is Kind.SENTENCE and not line.isolated:
        return -0.5
    if kind is Kind.STOP and _box_heading(line.text):
        return BOX_SCORE
    return SCORES[kind]


# The kinds whose score is the kind's alone (most lines of a page): looked up, not computed.
_FIXED_SCORES = {kind: value for kind, value in SCORES.items() if kind not in (Kind.SENTENCE, Kind.STOP)}


def _box_heading(text: str) -> bool:
    """Tell whether a stop line heads a box of other stories ("DW recommends", 推荐阅读), not a credit."""
    return text.lower().endswith(patterns.STOP_ENDINGS) or bool(patterns.BOX_HEADING.match(text))


def core(lines: Sequence[Line], kinds: Sequence[Kind]) -> tuple[int, int] | None:
    """Return (first, last) indexes of the maximum-scoring run of lines, or None if nothing scores."""
    best, best_span = 0.0, None
    running, start = 0.0, 0
    fixed = _FIXED_SCORES.get
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        value = fixed(kind)
        if value is None:
            value = score(line, kind)
        if running <= 0:
            running, start = 0.0, index
        running += value
        if running > best:
            best, best_span = running, (start, index)
    return best_span


def after_header(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Start the article text after a labelled date or source line that the densest run swallowed.

    A run of menu paragraphs right above the headline can join the article into one run; the
    article's own header line (发布时间：… 来源：…) still marks where its text begins. So does a
    blog-style meta line naming the poster before the verb of posting (janus 發表於 2024年9月26日 08:27).
    """
    if span is None:
        return None
    first, last = span
    texts = [i for i in range(first, last + 1) if kinds[i] is Kind.TEXT]
    for index in range(first + 1, last):
        if kinds[index] is not Kind.DATE:
            continue
        text = lines[index].text
        posted = ("於" in text or "于" in text) and patterns.POSTED_BY_DATE.match(text) is not None
        if not posted and not _header_line(text):
            continue
        # menu links printed run together read as text, but are not set off as paragraphs are: over a
        # poster's meta line only the lines set off on their own weigh as the story's text
        counted = [i for i in texts if lines[i].isolated] if posted else texts
        if 2 * sum(1 for i in counted if i < index) > len(counted):
            break  # most of the text is above it: a date line inside the story, not its header
        rest = core(lines[index + 1:last + 1], kinds[index + 1:last + 1])
        if rest is not None:
            return rest[0] + index + 1, rest[1] + index + 1
    return span


def dated_block(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Prefer the text right under a date line to a denser run after a stop (推薦閱讀, Related stories).

    A short story followed by related links and a block of comment rules or teasers: the run
    under the date line is the article, what follows a stop belongs to the page. After the heading
    of a box of other stories, any earlier run of paragraphs is preferred.
    """
    if span is None:
        return span
    if _dated(kinds, span[0]) or _dated_byline_above(lines, kinds, span[0]):
        # a byline closing on the date (by Jane Doe July 10, 2015) dates the run as a date line does
        return _before_appended_story(lines, kinds, span)
    stop = next((i for i in range(span[0] - 1, -1, -1) if kinds[i] is Kind.STOP), None)
    if stop is None:
        return span
    earlier = core(lines[:stop], kinds[:stop])
    # Under the heading of a box of other stories (Editor's Picks, 推荐阅读) the run is teasers, whatever
    # stands between the article's date and its text (font buttons, a gallery's caption)
    if earlier is not None and (_dated(kinds, earlier[0]) or _box_heading(lines[stop].text)) \
            and any(kinds[i] is Kind.TEXT and lines[i].isolated for i in range(earlier[0], earlier[1] + 1)):
        return earlier
    return span


_INNER_BOX_LINES = 12  # lines of a box of related links set inside the story, its heading included, at most
_INNER_BOX_TITLE = 3  # words of one of its linked titles at least
_INNER_BOX_KINDS = frozenset((Kind.SHORT, Kind.NAV, Kind.DATE, Kind.JUNK))
# "Related" alone heads such a box too (a cricket site's box floated beside the text: Related / five titles), and
# so does "Further reading" (a magazine's box of its earlier pieces, set between paragraphs)
_RELATED_HEADING = Pattern(r"^(?:Related(?: (?:articles|stories|links|content|coverage|news))?|Further reading)$",
                           re.IGNORECASE, starts="RrFf")
# The kinds of its heading line: a stop ("Related stories"), or a menu-like line when it prints "Related" alone
_RELATED_HEADING_KINDS = frozenset((Kind.STOP, Kind.NAV))


def across_inner_box(lines: Sequence[Line], kinds: list[Kind], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Start the article above a box of related links set inside it, when its opening stands under the date.

    A template may float a box of links (Related Articles / a title and its stamp per link) after the
    story's first paragraphs; box and stamps cost more than those paragraphs score, so the densest
    run begins under the box. The run above the box heading is the story's opening when it follows
    the article's date line and ends right at the heading: the article spans both runs, and the
    box's lines are marked as page furniture.
    """
    if span is None:
        return span
    start = span[0]
    heading = start - 1
    while heading >= 0 and start - heading < _INNER_BOX_LINES and kinds[heading] in _INNER_BOX_KINDS:
        heading -= 1
    if heading < 1 or heading == start - 1 or kinds[heading] is not Kind.STOP \
            or not _RELATED_HEADING.match(lines[heading].text):
        return span
    box = range(heading + 1, start)
    # a linked title may print its stamp glued on the same line (Title JULY 26, 2016): a date line of many words
    if not any((kinds[i] in (Kind.SHORT, Kind.NAV) and lines[i].words >= _INNER_BOX_TITLE)
               or (kinds[i] is Kind.DATE and lines[i].words >= _INNER_BOX_TITLE + _STAMP_WORDS) for i in box):
        return span
    last = heading - 1
    while last > 0 and kinds[last] is Kind.JUNK:
        last -= 1  # a skip link (Continue reading the main story) between the opening and the box
    earlier = core(lines[:last + 1], kinds[:last + 1])
    if earlier is None or earlier[1] != last or kinds[last] is not Kind.TEXT \
            or not (_dated(kinds, earlier[0]) or _dated_byline_above(lines, kinds, earlier[0])):
        return span
    opening = sum(1 for i in range(earlier[0], heading) if kinds[i] is Kind.TEXT and lines[i].isolated)
    if opening < 2:
        return span
    for i in box:
        if kinds[i] is not Kind.DATE:
            kinds[i] = Kind.JUNK  # a linked title of the box, no paragraph
    return earlier[0], span[1]


_SIGNUP_WORDS = ("newsletter", "ign up", "ubscribe")  # a sign-up box's stop line names what it signs up for


def across_inner_signup(lines: Sequence[Line], kinds: list[Kind],
                        span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Start the article above a newsletter sign-up box set inside it, when its opening stands under the date.

    A template may set a sign-up box after the story's first paragraphs: the newsletter's name, its
    pitch, "Sign up for the … newsletter." (a stop line), the button and the terms line, run together
    with no blank line, where the paragraphs stand off on their own. The stop cuts the densest run
    there. The run above is the story's opening when it ends right at the box, holds two paragraphs
    set off and follows the article's dated header: the article spans both runs, and the box's lines
    are marked as page furniture.
    """
    if span is None:
        return span
    end = span[0] if not lines[span[0]].isolated else span[0] - 1  # the box may end on the run's first line
    top = end
    while top > 0 and not lines[top - 1].isolated and end - top < _INNER_BOX_LINES:
        top -= 1
    if top < 1 or top > end or kinds[top - 1] is not Kind.TEXT or not lines[top - 1].isolated \
            or not any(kinds[i] is Kind.STOP and any(w in lines[i].text.lower() for w in _SIGNUP_WORDS)
                       for i in range(top, end + 1)):
        return span
    earlier = core(lines[:top], kinds[:top])
    if earlier is None or earlier[1] != top - 1 \
            or not (_dated(kinds, earlier[0]) or _dated_byline_above(lines, kinds, earlier[0])):
        return span
    if sum(1 for i in range(earlier[0], top) if kinds[i] is Kind.TEXT and lines[i].isolated) < 2:
        return span
    for i in range(top, end + 1):
        if kinds[i] is not Kind.DATE:
            kinds[i] = Kind.JUNK  # the box's name, pitch, button and terms: no paragraph
    return earlier[0], span[1]


_CLIP_TITLE = Pattern(r"\S \d{1,2}:\d{2}$")  # a clip's title closed by its length ("… launch pad failure? 2:06")
_CLIP_TITLE_WORDS = 4  # words of such a title line, its length included, at least
_PLAY_LENGTH = Pattern(r"^Play(?: video)?\s*[-–—:]?\s*\d{1,2}:\d{2}$", re.IGNORECASE,
                       starts="Pp")  # the player's button over its title, the clip's length in it: "Play Video - 2:46"
_PLAYER_HEAD = 12  # lines between the article's date line and the opening above a player, at most
# A player's block may be long: its caption settings (Closed Captioning / ON OFF / font / size …) and its list
# of other clips, each clip's title a run line, are printed with it; a picture's mark (MARKER) may close it.
_PLAYER_LINES = 40
_PLAYER_KINDS = _INNER_BOX_KINDS | {Kind.MARKER}
_PLAYER_TOOLS = frozenset(("share link", "embed", "closed captioning"))  # a player's own tools, printed as text


def across_inner_player(lines: Sequence[Line], kinds: list[Kind],
                        span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Start the article above a video player set inside it, when its opening stands under the date.

    A template may embed a clip after the first paragraphs, printed as a block of short lines: the
    player's labels (Play), its share buttons (Facebook / Twitter / Embed), the clip's title closed
    by its length (… failure? 2:06), maybe a link (Related: …). Those lines cost more than a short
    opening scores, so the densest run begins under the player. The run above is the opening when
    it ends right at the block, holds two paragraphs set off on their own and has the article's date
    line a few lines above it: the article spans both runs.
    """
    if span is None:
        return span
    start = span[0]
    top = start - 1
    while top >= 0 and start - top <= _PLAYER_LINES and (kinds[top] in _PLAYER_KINDS
                                                          or (kinds[top] is Kind.TEXT and not lines[top].isolated)):
        top -= 1
    block = range(top + 1, start)
    if top < 1 or not block or kinds[top] is not Kind.TEXT:
        return span
    clip = any(not lines[i].cjk and ((lines[i].words >= _CLIP_TITLE_WORDS and _CLIP_TITLE.search(lines[i].text))
                                     or (lines[i].text[:1] in "Pp" and _PLAY_LENGTH.match(lines[i].text)))
               for i in block)
    if not clip or not any(lines[i].text.lower() in _SHARE_BUTTONS or lines[i].text.lower() in _PLAYER_TOOLS
                           for i in block):
        return span
    earlier = core(lines[:top + 1], kinds[:top + 1])
    if earlier is None or earlier[1] != top \
            or not any(kinds[i] is Kind.DATE for i in range(max(0, earlier[0] - _PLAYER_HEAD), earlier[0])):
        return span
    if sum(1 for i in range(earlier[0], top + 1) if kinds[i] is Kind.TEXT and lines[i].isolated) < 2:
        return span
    for i in block:
        kinds[i] = Kind.JUNK  # the player's labels and the clip's title, no paragraph
    return earlier[0], span[1]


_STAMP_WORDS = 3  # words of a printed date (JULY 26, 2016) at most
_BYLINE_REACH = 12  # lines of share tools and a photo's credit between a dated byline and the first paragraph


def _dated_byline_above(lines: Sequence[Line], kinds: Sequence[Kind], start: int) -> bool:
    """Tell whether a byline closing on a date (By JANE DOE JULY 29, 2016) heads ``start`` across a share bar.

    Only share words, menu items and short labels (Share, Tweet, Photo, a photo's credit) may stand between.
    """
    for index in range(start - 1, max(-1, start - 1 - _BYLINE_REACH), -1):
        kind = kinds[index]
        if kind is Kind.CREDIT:
            text = lines[index].text
            return text[:3] in ("By ", "BY ", "by ") and text[-4:].isdigit()  # a magazine's lower-case "by" too
        if kind not in (Kind.JUNK, Kind.NAV, Kind.SHORT, Kind.CAPTION):
            return False  # the lead photo's caption may stand between too (… the stage. Credit: Jane Doe)
    return False


def framed_block(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return an article printed phrase by phrase (<br> lines) between its date line and its credits.

    Posts written for phone apps break their text into short lines with no blank between them; such
    a run scores below any list of links, so the densest run lands elsewhere on the page. The run
    is recognised by its frame: it opens within a few lines under a date line, runs on without a
    blank line, holds some running text, and ends right at an editor credit or a stop line.
    """
    if span is None or _dated(kinds, span[0]):
        return None
    for date in range(span[0]):
        if kinds[date] is not Kind.DATE:
            continue
        start = next((i for i in range(date + 1, min(span[0] + 1, date + 1 + _FRAME_HEAD))
                      if kinds[i] in (Kind.TEXT, Kind.SENTENCE)), None)
        if start is None:
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1 \
                and kinds[end + 1] not in (Kind.STOP, Kind.CREDIT):
            end += 1
        closed = end + 1 < len(lines) and kinds[end + 1] in (Kind.STOP, Kind.CREDIT) \
            and lines[end + 1].number == lines[end].number + 1
        texts = sum(1 for i in range(start, end + 1) if kinds[i] is Kind.TEXT)
        if closed and end - start + 1 >= _FRAME_LINES and texts >= _FRAME_TEXTS:
            return start, end
    return None


def framed_paragraphs(kinds: Sequence[Kind], span: tuple[int, int], used: set[int]) -> list[int]:
    """Return the lines of a framed article (see ``framed_block``): every phrase line is a paragraph."""
    return [i for i in range(span[0], span[1] + 1)
            if i not in used and kinds[i] in (Kind.TEXT, Kind.SENTENCE, Kind.SHORT, Kind.NAV)]


def _before_appended_story(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int]) -> tuple[int, int]:
    """Prefer a dated article above a box of other stories to a dated one printed under it.

    Pages that scroll on without end append whole further stories, each with its own date, under
    a heading such as "You may like"; the one the page is about comes first. The earlier run is
    taken only when it is itself an article: under a date, with paragraphs set off on their own.
    """
    stop = next((i for i in range(span[0] - 1, -1, -1) if kinds[i] is Kind.STOP and _box_heading(lines[i].text)),
                None)
    if stop is None:
        return span
    earlier = core(lines[:stop], kinds[:stop])
    if earlier is None or not _dated(kinds, earlier[0]):
        return span
    paragraphs = sum(1 for i in range(earlier[0], earlier[1] + 1) if kinds[i] is Kind.TEXT and lines[i].isolated)
    return earlier if paragraphs >= _FRAME_TEXTS else span


def _dated(kinds: Sequence[Kind], start: int) -> bool:
    """Tell whether a date line stands within the few lines above ``start`` (an article's header)."""
    return any(kinds[i] is Kind.DATE for i in range(max(0, start - _HEADER_LINES), start))


def _header_line(text: str) -> bool:
    """Tell whether a date line carries a publication label (发布时间：, 来源：, Published), as headers do."""
    return bool(patterns.DATE_LABEL.match(text) or credits.source_label(text))


def after_byline(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int]) -> tuple[int, int]:
    """Start the article text after a byline line when only a box of list items stands above it.

    A key-points box (划重点： and its bullets, Story highlights) may open the densest run; its
    items are lines of a list, not paragraphs set off on their own, and the story proper starts
    under the writer's byline.
    """
    first, last = span
    for index in range(first, min(last, first + _BOX_LINES)):
        if kinds[index] is Kind.CREDIT:
            above = [i for i in range(first, index) if kinds[i] in (Kind.TEXT, Kind.SENTENCE)]
            if above and (not any(lines[i].isolated for i in above) or _opening_report(lines, kinds, index, last)):
                return index + 1, last
            break
    return span




_CLOSING_NOTE_TAIL = 2  # lines the densest run may hold under a contributor's note (a promo, a newsletter line)


def before_contributor_note(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int]) -> tuple[int, int]:
    """End the article text above a contributor's note ("Jane Doe contributed reporting.") near the run's end.

    The note closes the story; a promotion printed under it in the same footer ("Find out what you
    need to know about the race today, and get news updates via …") may be prose enough to join the
    densest run, which then reads the promotion as the last paragraph and the note as a credit
    inside the text, where the writers' credits after the text are never looked for.
    """
    first, last = span
    for index in range(last, max(first, last - _CLOSING_NOTE_TAIL) - 1, -1):
        text = lines[index].text
        if index > first and kinds[index] is Kind.CREDIT and "contributed" in text \
                and patterns.CONTRIBUTED.match(text):
            return first, index - 1
    return span


def _opening_report(lines: Sequence[Line], kinds: Sequence[Kind], index: int, last: int) -> bool:
    """Tell whether a credit line is a Taiwanese story's own byline opening its text (生活中心／王大明報導).

    A reporter's (or a desk's and its reporter's) credit ending with 報導, alone on its line, is
    printed where the story begins: what a template sets between the date and it (a machine-written
    comment on the story, a quiz, an embedded post) is not the story's text. Two paragraphs at least
    must follow it.
    """
    text = lines[index].text.strip(patterns.TRIM)
    if not lines[index].isolated or not text.endswith(credits.REPORTED) or not ("／" in text or "/" in text):
        return False
    if not (patterns.TW_REPORT.match(text) or patterns.DESK_REPORTER.match(text)):
        return False
    return sum(1 for i in range(index + 1, last + 1) if kinds[i] is Kind.TEXT) >= 2


def extend(kinds: Sequence[Kind], lines: Sequence[Line], span: tuple[int, int],
           used: set[int]) -> tuple[int, int]:
    """Widen the core to short paragraphs beside it.

    Upwards only sentences and running text join (a lead quote); downwards any <p> may join,
    but only when a sentence follows it before the article ends, so a trailing tag line,
    byline or link never becomes the last paragraph.
    """
    first, last = span
    while last > first and _gallery_follows(lines, kinds, last):
        last -= 1  # the densest run took in the first caption of a gallery closing the text
    while first - 1 >= 0 and first - 1 not in used and kinds[first - 1] in (Kind.TEXT, Kind.SENTENCE) \
            and (lines[first - 1].isolated or kinds[first - 1] is Kind.TEXT):
        first -= 1
    first = _clauses_above(lines, kinds, first, used)
    if _opening_subhead(lines, kinds, first, last, used) or _figure_subhead_above(lines, kinds, first, last, used):
        first -= 1
    index = last + 1
    while index < len(lines) and index not in used:
        kind, line = kinds[index], lines[index]
        if kind is Kind.NAV and _list_item(lines, index):
            index += 1  # an item of a bulleted list the text opened with a colon (how to: / • identify …)
            continue
        if kind is Kind.JUNK and _inner_related_link(lines, kinds, index):
            index += 1  # a labelled link set between two paragraphs (RELATED: …): the text goes on under it
            continue
        if kind in (Kind.STOP, Kind.JUNK, Kind.CREDIT, Kind.DATE, Kind.NAV):
            break
        if kind in (Kind.TEXT, Kind.SENTENCE):
            if not keeps(line, kind):
                break  # a title-like line in a run of lines: the related links have begun
            if _gallery_follows(lines, kinds, index):
                break  # a photo gallery's captions, each over its credit line, follow the text
            last = index
        index += 1
    if _closing_item(lines, kinds, first, last, index, used):
        last += 1
    return first, last


def _inner_related_link(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line is a labelled link to another story set off between two paragraphs of the text.

    A template sets "RELATED: <title>" as a paragraph of its own inside the story, once or twice;
    the densest run may end above the last one when the paragraphs under it are short. Set off on
    its own with a paragraph set off right under it (maybe past a picture's marks), it is no end.
    """
    line = lines[index]
    if not line.isolated or line.cjk or line.text[:1] not in _RELATED_STARTS \
            or not patterns.RELATED_LINK.match(line.text):
        return False
    below = index + 1
    while below < len(lines) and kinds[below] is Kind.MARKER:
        below += 1
    return below < len(lines) and kinds[below] in _PROSE_KINDS and lines[below].isolated


_GALLERY_CREDIT_WORDS = 8  # words of a photo's credit line under its caption at most


def _gallery_follows(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether the line ``index`` opens a gallery: caption, credit, caption, credit, each its own block.

    A photo post prints its pictures after its text as a caption and a short credit line
    ("Photo by Jane Doe/Example Agency") per picture; a sentence-like caption reads as one more
    paragraph. Two captions in a row, each right over its credit, are the gallery, not the story.
    """
    if index + 3 >= len(lines):
        return False
    return all(lines[i].words <= _GALLERY_CREDIT_WORDS and (kinds[i] is Kind.CAPTION or is_caption(lines[i].text))
               for i in (index + 1, index + 3)) \
        and kinds[index + 2] not in (Kind.CAPTION, Kind.STOP, Kind.CREDIT) and lines[index + 2].words > \
        _GALLERY_CREDIT_WORDS


_BULLETS = "•▪●◦"  # marks opening the items of a bulleted list printed one per line
_BULLET_WORDS = 3  # words of a bulleted item of the text at least (a menu's bulleted link is shorter)


def _list_item(lines: Sequence[Line], index: int) -> bool:
    """Tell whether an English line is an item of a bulleted list inside the text.

    The item opens with a bullet and holds a few words; the list is opened by a line ending with a
    colon (students will learn how to:) or continues the previous line's bulleted item.
    """
    line = lines[index]
    if line.text[:1] not in _BULLETS or line.cjk or line.words < _BULLET_WORDS or index == 0:
        return False
    above = lines[index - 1].text
    return above.endswith(":") or above[:1] == line.text[:1]


_ITEM_LINES = 3  # short item lines a Chinese listicle's text holds at least before its closing one


def _closing_item(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int, stop: int,
                  used: set[int]) -> bool:
    """Tell whether the short line right under the text, right above the stop line, is the text's last item.

    A Chinese listicle prints a short item name (a product) as its own <p> before or after each
    paragraph; the last name may close the text, right above the stop or credit line (作者最新文章). It joins the
    text when the text already holds at least three short item lines of the kind, each set off on its own
    between two paragraphs; a label (来源：…) is none.
    """
    candidate = last + 1
    if candidate + 1 != stop or stop >= len(lines) or kinds[stop] not in (Kind.STOP, Kind.CREDIT) or candidate in used:
        return False
    line = lines[candidate]
    if kinds[candidate] is not Kind.SHORT or not _set_off_title(line):
        return False  # a label (来源：…) is no item
    items = sum(1 for i in _set_off_shorts(lines, kinds, first, last)
                if abs(lines[i].han - line.han) <= _SUBHEAD_HAN // 2)
    return items >= _ITEM_LINES


def _set_off_title(line: Line) -> bool:
    """Tell whether a short Chinese line set off on its own reads as a title (a subhead, an item's name).

    Not a sentence nor a clause, and no label (来源：…, 编者按：).
    """
    return line.cjk and line.isolated and not line.sentence and not line.text.endswith(_CLAUSE_ENDS) \
        and "：" not in line.text and ":" not in line.text


def _set_off_shorts(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int) -> Iterator[int]:
    """Yield the short Chinese lines strictly inside ``first``…``last`` set off on their own between two paragraphs."""
    return (i for i in range(first + 1, last) if kinds[i] is Kind.SHORT and lines[i].cjk and lines[i].isolated
            and not lines[i].sentence and kinds[i - 1] is Kind.TEXT and kinds[i + 1] is Kind.TEXT)


_CLAUSE_ENDS = tuple("，、；,;？！?!。…")  # no colon: a label line (编者按：) ends with one


_SUBHEADS = 2  # subheads set off between the paragraphs a Chinese text holds at least to open with one


def _opening_subhead(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int, used: set[int]) -> bool:
    """Tell whether the short line right above the text is the subhead of its first part (某市停工 全城戒備).

    A Chinese story cut into parts by bold subheads may open with one, set off above the first
    paragraph; the densest run starts under it. It joins the text when the text holds at least two
    subheads of the kind further down, each set off on its own between two paragraphs; a label
    (来源：…) or a clause is none.
    """
    candidate = first - 1
    if candidate < 0 or candidate in used or kinds[candidate] is not Kind.SHORT:
        return False
    line = lines[candidate]
    if not line.cjk:
        return _english_opening_subhead(lines, kinds, candidate, last)
    if line.han > _SUBHEAD_HAN or not _set_off_title(line):
        return False
    return sum(1 for _ in _set_off_shorts(lines, kinds, first, last)) >= _SUBHEADS


def _english_subhead(line: Line) -> bool:
    """Tell whether an English line set off on its own reads as a subhead: a few words, no stop, no label, no name."""
    text = line.text
    return line.isolated and not line.sentence and 2 <= line.words <= _SUBHEAD_WORDS \
        and not text.endswith(_CLAUSE_ENDS) and ":" not in text and text[:1].isupper() \
        and text[:3].lower() != "by " and not patterns.WIDGET.match(text) and not english.parse_name_line(text)


def _english_opening_subhead(lines: Sequence[Line], kinds: Sequence[Kind], candidate: int, last: int) -> bool:
    """Tell whether the short English line right above the text is the subhead of its first part.

    A column cut into parts by bold one-line subheads (Tackling the year-end checklist / paragraph /
    Spending after retirement / paragraph …) opens with one; the densest run starts under it. It
    joins the text when it reads as a subhead and the text sets at least two more of them off, each
    alone between two paragraphs.
    """
    if not _english_subhead(lines[candidate]):
        return False
    inside = sum(1 for i in range(candidate + 2, last) if kinds[i] is Kind.SHORT and not lines[i].cjk
                 and kinds[i - 1] is Kind.TEXT and kinds[i + 1] is Kind.TEXT and _english_subhead(lines[i]))
    return inside >= _SUBHEADS


def _figure_subhead_above(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int, used: set[int]) -> bool:
    """Tell whether the line right above the text is the subhead of its first part, glued under the opening photo.

    A story cut into parts by subheads may open with one (its second page does), printed right under
    the lead photo's credit (credit / "Filtration by the masks" / blank / paragraph); the densest run
    starts under it. It joins the text when the text sets at least two more subheads off between its
    paragraphs.
    """
    candidate = first - 1
    if candidate < 1 or candidate in used or not _subhead_after_figure(lines, kinds, candidate):
        return False
    subheads = sum(1 for i in range(first + 1, last) if kinds[i] is Kind.SHORT and lines[i].isolated
                   and not lines[i].sentence and kinds[i - 1] is Kind.TEXT and kinds[i + 1] is Kind.TEXT)
    return subheads >= _SUBHEADS


_QUOTE_OPENS = frozenset("「“")
_QUOTE_CLOSES = frozenset("」”")


def opening_worded_subhead(lines: Sequence[Line], kinds: Sequence[Kind], found: Sequence[int]) -> bool:
    """Tell whether the second of two run-together lines opening the text is its first subhead, in words.

    A story cut into parts by <h2> subheads may open with one printed right under the standfirst
    (no blank line between, a blank line under it): a question (人才每月短缺3萬人?) or a quotation
    (「不再是垃圾。」), so it reads as a sentence, not a title. It is the story's when the text holds
    at least two subheads set off between its paragraphs further down; a label (来源：) is none.
    """
    if len(found) < 3 or found[1] != found[0] + 1:
        return False
    line, below = lines[found[1]], lines[found[2]]
    text = line.text
    if not line.cjk or line.han > _SUBHEAD_HAN or below.number == line.number + 1 or "：" in text or ":" in text:
        return False
    if not (text.endswith(("?", "？")) or (text[0] in _QUOTE_OPENS and text[-1] in _QUOTE_CLOSES)):
        return False
    return sum(1 for _ in _set_off_shorts(lines, kinds, found[1], found[-1])) >= _SUBHEADS


_CLAUSE_REACH = 40  # lines above the text searched for an opening printed one clause per line


def _clauses_above(lines: Sequence[Line], kinds: Sequence[Kind], first: int, used: set[int]) -> int:
    """Return where a Chinese text printed one clause per <p> begins, above its first full paragraph.

    Some posts break their prose into a <p> per clause (下周一， / 示例大桥施工就将进入第二阶段， / 也是…):
    short lines the densest run leaves out. Going up from the text through short Chinese lines set
    off on their own, the text begins at the topmost that ends inside or at the close of a sentence
    (a comma or a sentence mark, as a title, a label or a menu item does not end), below any other line.
    """
    if first == 0 or not lines[first].cjk:
        return first
    top = first
    index = first - 1
    while index >= max(0, first - _CLAUSE_REACH) and index not in used:
        line, kind = lines[index], kinds[index]
        if not line.cjk or not line.isolated or kind not in (Kind.SHORT, Kind.SENTENCE, Kind.TEXT):
            break
        if kind is not Kind.SHORT or line.text.endswith(_CLAUSE_ENDS):
            top = index
        index -= 1
    return top


def keeps(line: Line, kind: Kind) -> bool:
    """Tell whether a line inside the article's span is a paragraph of it."""
    if kind is Kind.VERSE:
        return True
    if kind in (Kind.TEXT, Kind.SENTENCE):
        # A run of lines without blanks is a list: its items are text only when they are sentences
        # (a bulleted list), not titles (a box of related links).
        return line.isolated or line.sentence or line.text.endswith((")", "）"))
    return kind is Kind.SHORT and line.isolated


_VERSE_LINES = 3  # lines of a poem printed inside the story at least
_VERSE_WORDS = 6  # words of one of its lines at most
_VERSE_HAN = 12  # Han characters of one of its lines at most
_VERSE_KINDS = frozenset((Kind.NAV, Kind.SHORT, Kind.SENTENCE))
_VERSE_ENDS = tuple(".!?。！？…")
_NUMBERED_ITEM = Pattern(r"(\d{1,2})[.)、．]\s*\S")
_NUMBERED_ITEMS = 3  # items of a numbered list inside the story at least
_NUMBERED_WORDS = 20  # words of one of its items at most
_NUMBERED_HAN = 40  # Han characters of one of its items at most


def mark_line_blocks(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark the story's paragraphs printed as runs of <br> lines (Kind.VERSE: each line kept): poems, numbered lists.

    Their lines read like a menu, but a menu or a link box is not set off between two paragraphs
    of running text. A poem's last line closes like a sentence ("… the best / Day."), as a poem's
    does; a list is numbered 1, 2, 3 … ("1. Finland" / "2. Norway"), maybe under the line
    introducing it, closed by a colon ("The overall rankings were as follows:").
    """
    count = len(lines)
    index = 1
    while index < count - 1:
        start = index
        while index + 1 < count and lines[index + 1].number == lines[index].number + 1:
            index += 1
        end = index
        index += 1
        if end - start + 1 < _VERSE_LINES or end + 1 >= count:
            continue
        above, below = lines[start - 1], lines[end + 1]
        if not above.isolated or not below.isolated or above.number == lines[start].number - 1 \
                or below.number == lines[end].number + 1:
            continue  # not set off on its own between two paragraphs
        if _verse(lines, kinds, start, end) or _numbered_list(lines, kinds, start, end):
            for i in range(start, end + 1):
                kinds[i] = Kind.VERSE


def _verse(lines: Sequence[Line], kinds: Sequence[Kind], start: int, end: int) -> bool:
    """Tell whether a block of short lines between two paragraphs of text is a poem (its last line a sentence)."""
    return kinds[start - 1] is Kind.TEXT and kinds[end + 1] is Kind.TEXT and lines[end].text.endswith(_VERSE_ENDS) \
        and all(kinds[i] in _VERSE_KINDS and lines[i].words <= _VERSE_WORDS and lines[i].han <= _VERSE_HAN
                for i in range(start, end + 1))


def _numbered_list(lines: Sequence[Line], kinds: Sequence[Kind], start: int, end: int) -> bool:
    """Tell whether a block between two paragraphs is a list numbered from 1, maybe under its colon-closed lead-in."""
    if kinds[start - 1] not in _PROSE_KINDS or kinds[end + 1] not in _PROSE_KINDS:
        return False
    first = start + 1 if lines[start].text.endswith((":", "：")) else start
    if end - first + 1 < _NUMBERED_ITEMS:
        return False
    for number, index in enumerate(range(first, end + 1), 1):
        line = lines[index]
        found = _NUMBERED_ITEM.match(line.text)
        if found is None or int(found.group(1)) != number or line.words > _NUMBERED_WORDS or line.han > _NUMBERED_HAN:
            return False
    return True


def mark_split_bylines(lines: Sequence[Line], kinds: list[Kind], texts: Sequence[str]) -> None:
    """Mark a By label printed alone and the writers' row run together under it as one credit (By / Jane Doe).

    Read alone, the row is a short line like a menu's item or a title; with the label it is the
    byline. The labels are found by comparing whole lines (``list.index``), not by a pass over the page.
    """
    for label in credits.BY_LABELS:
        start = 0
        while True:
            try:
                index = texts.index(label, start)
            except ValueError:
                break
            start = index + 1
            if index + 1 < len(lines) and credits.split_by_line(lines, index + 1) is not None:
                kinds[index] = kinds[index + 1] = Kind.CREDIT


_TEASERS = 2  # teasers a list of other stories shows at least, each excerpt closed by the same button


def mark_teasers(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark the excerpts of a list of other stories, each closed by its button (READ THE REST), as page furniture.

    A blog closes a post with teasers of the next ones: a title, an excerpt, a read-on button. The
    excerpts read as paragraphs and may outweigh a short post; the same button under two or more
    of them makes the list (a single "Continue reading" under a page's only text is left alone).
    Each excerpt and the title line right above it (not set off as a paragraph) become furniture.
    """
    buttons: dict[str, list[int]] = {}
    for index in [i for i, kind in enumerate(kinds[:-1], 1) if kind is Kind.TEXT]:  # the lines under paragraphs
        text = lines[index].text
        if len(text) <= 30 and text[:1] in "RrCc" and patterns.READ_ON_BUTTON.match(text):
            buttons.setdefault(text.lower(), []).append(index)
    for found in buttons.values():
        if len(found) < _TEASERS:
            continue
        for button in found:
            kinds[button - 1] = Kind.JUNK
            title = button - 2
            if title >= 0 and not lines[title].isolated and kinds[title] in (Kind.TEXT, Kind.SENTENCE, Kind.NAV):
                kinds[title] = Kind.JUNK


_STAMP_REACH = 2  # lines from a listed story's excerpt down to its time stamp at most (its category label between)
_STAMP_BETWEEN = frozenset((Kind.NAV, Kind.SHORT))  # what may stand between them: a category label
_TITLE_KINDS = frozenset((Kind.TEXT, Kind.SENTENCE, Kind.NAV, Kind.SHORT))


def mark_dated_teasers(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark the excerpts of a list of other stories, each followed by its own date, as page furniture.

    A sidebar of related or latest stories prints each item as its title, an excerpt of its lead
    (a paragraph, often opening with its own reporter's credit) and, under the excerpt, its category
    and its date. The excerpts read as paragraphs and outweigh the dates between them, so the densest
    run goes on from the article into the list. A story's own paragraphs are never followed by a date
    stamp right under them; two or more excerpts so dated, each under a title (a line closing no
    sentence), make the list. Each excerpt and its title become furniture. An excerpt is set off as a
    paragraph and closes a sentence: the page's own headline, between the trail and the date line
    (首页 > 时政 > title / title / 2031年07月09日 示例网), is neither.
    """
    found = []
    for index in range(1, len(lines) - 1):
        if kinds[index] is not Kind.TEXT or not (lines[index].isolated and lines[index].sentence):
            continue
        stamp = next((j for j in range(index + 1, min(len(lines), index + 1 + _STAMP_REACH))
                      if kinds[j] not in _STAMP_BETWEEN), None)
        if stamp is None or kinds[stamp] is not Kind.DATE:
            continue
        if kinds[index - 1] in _TITLE_KINDS and not lines[index - 1].sentence:
            found.append(index)
    if len(found) >= _TEASERS:
        for index in found:
            kinds[index] = kinds[index - 1] = Kind.JUNK


_RICH_LINK_TITLE = 3  # words of a rich link's title line at least
_RICH_LINK_KINDS = frozenset((Kind.NAV, Kind.SHORT, Kind.TEXT, Kind.SENTENCE))


def mark_rich_links(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark a link card set between two paragraphs (a title, then its Read more button) as page furniture.

    A template may set cards linking other stories between the paragraphs: the linked title on one
    line and a read-on button on the next. The button reads as the heading of a box closing the story
    (a stop) and cut the text at the first card. A card stands between paragraphs: set off above the
    title and below the button, with running text on both sides; teasers under a story's end have
    an excerpt over the button or another card under it, never a paragraph of text.
    """
    for index in [i for i, kind in enumerate(kinds) if kind is Kind.STOP and 2 <= i < len(lines) - 1]:
        button, title, above, below = lines[index], lines[index - 1], lines[index - 2], lines[index + 1]
        if len(button.text) > 30 or button.text[:1] not in "RrCc" or not patterns.READ_ON_BUTTON.match(button.text):
            continue
        if title.isolated or title.cjk or title.words < _RICH_LINK_TITLE or kinds[index - 1] not in _RICH_LINK_KINDS:
            continue
        if title.number - above.number < 2 or below.number - button.number < 2:
            continue  # the card is set off from the paragraphs by empty lines
        if kinds[index - 2] is Kind.TEXT and above.isolated and kinds[index + 1] is Kind.TEXT and below.isolated:
            kinds[index - 1] = kinds[index] = Kind.JUNK


def mark_repeated_courtesy(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark a "Courtesy of X" line the page prints more than once as the mark a picture leaves in the text.

    Printed once over the text, "Courtesy of Example News" says where a republished story comes
    from (``patterns.COURTESY_SOURCE``). A photo story prints the same line under each of its
    pictures instead, between the paragraphs and twice in a row under a pair. The picture stands
    between two paragraphs as an embedded post does (its fallback text is a MARKER too): the text
    runs across it, where a caption's cost or a menu line's would cut a story of short paragraphs.
    """
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text[:1] in "Cc" and "ourtesy of " in line.text and patterns.COURTESY_SOURCE.match(line.text):
            found.setdefault(line.text, []).append(i)
    for indexes in found.values():
        if len(indexes) > 1:
            for i in indexes:
                kinds[i] = Kind.MARKER


_WIDGET_LINK_WORDS = 6  # words of a widget's own link line under its provider label at most ("Disclosures Example.com")
_WIDGET_LINK_LINES = 2  # such lines glued under the label at most


def mark_widget_links(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark the link lines a widget prints under its provider's label as page furniture, as the label is.

    An inserted widget (a calculator, a quiz) is labelled "Powered by Example.com" (``patterns.WIDGET``)
    and closed by its own links naming the provider again ("Disclosures Example.com"), glued under the
    label in one block. Alone that short line reads as a paragraph set between the story's paragraphs;
    naming the label's provider, it belongs to the widget.
    """
    for index, line in enumerate(lines):
        if kinds[index] is not Kind.JUNK or line.text[:1] not in "Pp" \
                or not line.text.lower().startswith("powered by "):
            continue
        name = line.text[len("powered by "):].strip().lower()
        if len(name) < 3:
            continue
        below = index + 1
        while below < len(lines) and below - index <= _WIDGET_LINK_LINES \
                and lines[below].number == lines[below - 1].number + 1 \
                and lines[below].words <= _WIDGET_LINK_WORDS and name in lines[below].text.lower():
            kinds[below] = Kind.JUNK
            below += 1


def mark_sign_off(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark a writer's sign-off under the text (the address, then "Twitter: @handle") as the text's end.

    Some papers close a story with the writer's address and handle, each on a line of its own, and
    go on with boxes set in the story's own block (MORE ON …, linked titles, an update note). The
    address alone is furniture the text runs across; the address over a handle is the sign-off.
    """
    for index in [i + 1 for i, kind in enumerate(kinds[:-1]) if kind is Kind.JUNK]:
        above, line = lines[index - 1], lines[index]
        if "@" not in above.text or line.text[:1] not in "TXIB":
            continue
        if patterns.SOCIAL_HANDLE.match(line.text) and patterns.CONTACT_LINE.match(above.text):
            kinds[index - 1] = kinds[index] = Kind.STOP


_ELLIPSIS_HAN = 10  # Han characters of a paragraph trailing off with "..." at least
_PROSE_KINDS = frozenset((Kind.TEXT, Kind.SENTENCE))


def mark_trailing_prose(lines: Sequence[Line], kinds: list[Kind]) -> None:
    """Mark a paragraph that trails off with "..." between two paragraphs of the story as text.

    A Chinese line cut short with "..." reads as a teaser of a link box (``_teaser``); but a link
    box is not one paragraph set off between two paragraphs of running text: there the "..." is
    the writer's (换眼镜片、修手机屏幕、买拖鞋、生日蛋糕...).
    """
    for index in range(1, len(lines) - 1):
        if kinds[index] is not Kind.JUNK or lines[index].text[-1:] not in ".…":
            continue
        line, above, below = lines[index], lines[index - 1], lines[index + 1]
        if line.isolated and line.han >= _ELLIPSIS_HAN and truncated(line) \
                and kinds[index - 1] in _PROSE_KINDS and kinds[index + 1] in _PROSE_KINDS \
                and above.isolated and below.isolated and above.cjk and below.cjk:
            kinds[index] = Kind.TEXT


def paragraphs(lines: Sequence[Line], kinds: Sequence[Kind], span: tuple[int, int], used: set[int]) -> list[int]:
    """Return the indexes of the body paragraphs within ``span``, first to last."""
    first, last = span
    listed = _list_items(lines, kinds, first, last)
    body = [i for i in range(first, last + 1)
            if i not in used and (keeps(lines[i], kinds[i]) or i in listed or _subhead_after_figure(lines, kinds, i)
                                  or _subhead_between_paragraphs(lines, kinds, i)
                                  or _subhead_over_figure(lines, kinds, i))
            and not _under_caption_label(lines, kinds, i)]
    set_off = 2 * sum(lines[i].isolated for i in body) > len(body)  # paragraphs set off by blank lines
    if set_off:
        body = [i for i in body if not _beside_caption(lines, kinds, i) and not _over_closing_credit(lines, kinds, i)
                and not _inside_junk_box(lines, kinds, i)
                and not _caption_copy(lines, kinds, i) and not _under_zoom_link(lines, i)
                and not _unstopped_caption(lines, kinds, i)]
        boxed, heads = _link_lists(lines, kinds, body, last)
        if boxed or heads:
            body = sorted((set(body) - boxed) | heads)
    related = _related_box_items(lines, kinds, first, last)
    if related:
        body = [i for i in body if i not in related]
    slides = _gallery_captions(lines, body, first, last)
    if slides:
        body = [i for i in body if i not in slides]
    # a subhead the text opens with under the lead photo (see _figure_subhead_above) is no dek: trim_titles keeps it
    # … nor is an English subhead it opens with right under the header (see _english_opening_subhead)
    opening = body[0] if body and body[0] == first and (
        _figure_subhead_above(lines, kinds, first + 1, last, used)
        or (not lines[first].cjk and kinds[first] is Kind.SHORT
            and _english_opening_subhead(lines, kinds, first, last))) \
        else None
    body = trim_link_boxes(lines, trim_link_tail(lines, trim_titles(lines, trim_unindented(lines, body))))
    if opening is not None and body and body[0] > opening:
        body = [opening, *body]
    body = trim_closing_notes(lines, trim_about_box(lines, trim_broadcast_plug(lines, body)))
    body = drop_embedded_posts(lines, body)
    if set_off:  # a box of links set into the text, once the boxes closing it are cut off
        body = [i for i in body if lines[i].isolated or i in listed or not _in_link_block(lines, kinds, i)
                or _credited_subhead(lines, kinds, i)]
    return body


def _credited_subhead(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line is a heading glued under a picture's lone credit (see ``_lone_credit``), no link.

    The credit and the heading make a run of two short lines, which reads as a box of links.
    """
    return index >= 1 and kinds[index - 1] is Kind.NAV and _lone_credit(lines, kinds, index - 1) \
        and _subhead_after_figure(lines, kinds, index)


def _related_box_items(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int) -> set[int]:
    """Return the linked titles under a "Related coverage" heading set between the story's paragraphs.

    The box's heading stops nothing inside the text; the short lines under it, up to the next
    paragraph, are its links ("Related Coverage" / "Factbox: Key winners at the awards"), not subheads.
    A bare "Related" reads as a menu line; under it too, titles set off up to the next paragraph are links.
    """
    items: set[int] = set()
    for index in range(first, last + 1):
        text = lines[index].text
        # the heading as a stop ("Related stories"), or "Related" alone whatever kind it was given
        if text[:1] not in _RELATED_HEADING.starts or not (
                (kinds[index] in _RELATED_HEADING_KINDS and _RELATED_HEADING.match(text)) or text.lower() == "related"):
            continue
        box = index + 1
        while box <= last and box - index < _INNER_BOX_LINES and kinds[box] in _INNER_BOX_KINDS \
                and lines[box].words >= _INNER_BOX_TITLE:
            box += 1
        if box <= last and kinds[box] is Kind.TEXT:
            items.update(range(index + 1, box))
            if box > index + 1 and _teaser_dek(lines, kinds, box, last):
                items.add(box)
    return items


_TEASER_DEK_WORDS = 40  # words of a linked story's dek in a box of related links at most


def _teaser_dek(lines: Sequence[Line], kinds: Sequence[Kind], index: int, last: int) -> bool:
    """Tell whether a line under a related box's linked title is that story's dek, not the next paragraph.

    Related / PHOTOS: The best films of the year / From tragedies to musicals – our critic picks the
    year's top films / <paragraph>: the teaser's dek is set off like a paragraph but closes with no stop,
    and the story goes on under it.
    """
    line = lines[index]
    return line.isolated and line.text[-1:].isalnum() and line.words <= _TEASER_DEK_WORDS \
        and index + 1 <= last and kinds[index + 1] is Kind.TEXT


def drop_embedded_posts(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop the text of a social post embedded in the story: the lines right over its attribution.

    An embedded tweet prints its text, then — Name (@handle) date. In a story written in Chinese, the
    Latin-only lines right above that attribution line are the post's, not the story's. In an English
    story the post's text looks like the story's: only the one line right above the attribution, as
    long as a post may be, is taken (a paragraph over it may be the story's lead-in to the post).
    """
    posts = [i for i in body if i + 1 < len(lines)
             and lines[i + 1].text[:1] in patterns.EMBED_STARTS and patterns.EMBED_ATTRIBUTION.match(lines[i + 1].text)]
    if not posts:
        return body
    dropped: set[int] = set()
    kept = set(body)
    if 2 * sum(lines[i].cjk for i in body) > len(body):
        for index in posts:
            while index in kept and not lines[index].han:
                dropped.add(index)
                index -= 1
        return [i for i in body if i not in dropped]
    dropped.update(index for index in posts if len(lines[index].text) <= _POST_CHARS)
    return [i for i in body if i not in dropped]


_POST_CHARS = 280  # characters of an embedded social post's text at most (a tweet's limit)


_LIST_ITEMS = 20  # items of a bulleted list inside the story at most
_LIST_KINDS = frozenset((Kind.TEXT, Kind.SENTENCE, Kind.SHORT, Kind.NAV))
_LEAD_IN_KINDS = frozenset((Kind.TEXT, Kind.SENTENCE, Kind.SHORT))  # a paragraph, maybe short, set off on its own
_LEAD_IN_SIZE = 12  # reading units of a list's lead-in at least: a sentence, not a box label ("Also read:")
_LIST_TAIL_LINKS = 2  # links set off under a list (furniture, markers) the story may go on past at most


_GALLERY_SLIDES = 3  # slides a gallery inside the story shows at least
_SLIDE_TITLE_WORDS = 12  # words of a slide's title at most
_SLIDE_TITLE_HAN = 40  # Han characters of a Chinese slide's title at most
# An ad slot's label, printed between the paragraphs wherever an ad is placed: repeated, but no gallery's title.
_AD_LABELS = frozenset(("廣告", "广告", "Advertisement", "ADVERTISEMENT", "Advertising", "ADVERTISING", "Ad", "AD",
                        "Sponsored"))


def _gallery_captions(lines: Sequence[Line], body: Sequence[int], first: int, last: int) -> set[int]:
    """Return the lines of a picture gallery inside the story: each slide's caption, and the gallery's credit.

    A gallery prints its title again over every slide, with the slide's title glued under it
    (Gallery title / Slide title / blank / caption paragraph); three or more slides make one. The
    paragraph under each slide's titles is its caption, not the story's, and an "Author: X" line
    right after the last caption credits the gallery.
    """
    seen: dict[str, list[int]] = {}
    for index in range(first, last):
        line = lines[index]
        if not line.isolated and line.size <= _SHORT_SIZE and lines[index + 1].number == line.number + 1 \
                and line.text not in _AD_LABELS:
            seen.setdefault(line.text, []).append(index)
    slides = next((at for at in seen.values() if len(at) >= _GALLERY_SLIDES), None)
    if slides is None:
        return set()
    position = {index: n for n, index in enumerate(body)}
    found: set[int] = set()
    caption = None
    for index in slides:
        title = lines[index + 1]
        if title.words > _SLIDE_TITLE_WORDS or title.han > _SLIDE_TITLE_HAN or index + 2 > last:
            continue  # (a paragraph under the repeated line is no slide's title)
        caption = next((i for i in range(index + 2, min(last + 1, index + 4)) if i in position), None)
        if caption is not None:
            found.add(caption)
    if caption is not None and position[caption] + 1 < len(body):
        after = body[position[caption] + 1]
        if patterns.AUTHOR_LINE.match(lines[after].text):
            found.add(after)  # the gallery's credit: Author: Jane Doe (ed)
    return found if len(found) >= _GALLERY_SLIDES else set()


def _list_items(lines: Sequence[Line], kinds: Sequence[Kind], first: int, last: int) -> set[int]:
    """Return the lines of bulleted lists inside the story: a block of lines a paragraph's colon introduces.

    "… segments of visitors based on:" / blank / "user type" / "visit count" / … / blank / paragraph.
    Each <li> is a line of its own with no blank between them, so the items read like a menu; a run
    set off under a paragraph that ends with a colon, with the story going on under it, is the list
    the paragraph announces.
    """
    listed: set[int] = set()
    index = first + 1
    while index < last:
        above = lines[index - 1]
        if above.text[-1:] not in ":：" or not above.isolated or kinds[index - 1] not in _LEAD_IN_KINDS \
                or above.size < _LEAD_IN_SIZE:
            index += 1
            continue
        end = index
        while end + 1 < last and lines[end + 1].number == lines[end].number + 1 and end - index < _LIST_ITEMS:
            end += 1
        items = range(index, end + 1)
        after = end + 1  # the story going on under the list, maybe past a link set off under it (Read the full …)
        while after < last and after - end <= _LIST_TAIL_LINKS and kinds[after] in (Kind.JUNK, Kind.MARKER) \
                and lines[after].isolated:
            after += 1
        if len(items) >= 2 and lines[end + 1].number > lines[end].number + 1 \
                and kinds[after] in (Kind.TEXT, Kind.SENTENCE) and all(kinds[i] in _LIST_KINDS for i in items):
            listed.update(items)
        index = end + 1
    return listed


def _subhead_after_figure(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a short line printed right under a photo's credit or an ad label, then set off, is a subhead.

    The dump joins a heading to the figure above it when no blank line separates them
    (caption / "Photograph by …" / "Plans for the future" / blank): the heading still ends its block.
    An ad slot's label (Advertisement / heading / blank / paragraph) is glued the same way; there the
    paragraph under the block must follow, so a button bar ending the page is not taken for a heading.
    An embedded post (a tweet's text, then — Name (@handle) date) glues the heading under it the same
    way; there too a paragraph must follow.
    """
    line = lines[index]
    if kinds[index] is not Kind.NAV or index == 0 or index + 1 >= len(lines) or line.words > _SUBHEAD_WORDS:
        return False
    if line.text.lower() in _SHARE_BUTTONS:
        return False  # the photo's share button printed under its caption (caption / facebook / blank)
    if line.text[:1].islower() and not line.cjk:
        return False  # an English heading opens with a capital: a lower-case run is the tag links (theorymaths…)
    ends_block = lines[index + 1].number > line.number + 1
    glued = lines[index - 1].number == line.number - 1
    above = kinds[index - 1]
    if above is Kind.NAV and index >= 2 and kinds[index - 2] is Kind.CAPTION \
            and lines[index - 2].number == lines[index - 1].number - 1 \
            and lines[index - 1].words <= _GALLERY_CREDIT_WORDS:
        above = Kind.CAPTION  # caption / "Jane Doe" (the photographer's credit, a bare name) / heading, all glued
    if above is Kind.NAV and ends_block and glued and _lone_credit(lines, kinds, index - 1):
        above = Kind.CAPTION  # paragraph / blank / "Example.com" (a picture's credit, no caption) / heading
    if above is Kind.TEXT and index >= 2 and kinds[index - 2] is Kind.JUNK and not lines[index - 1].isolated \
            and lines[index - 2].number == lines[index - 1].number - 1:
        above = Kind.CAPTION  # ad label / a photo's caption run into its credit (… the fair. Jane Doe) / heading
    if glued and kinds[index + 1] is Kind.TEXT and lines[index - 1].text[:1] in patterns.EMBED_STARTS \
            and patterns.EMBED_ATTRIBUTION.match(lines[index - 1].text):
        above = Kind.CAPTION  # an embedded post closed by its attribution (— Jane Doe (@jdoe) May 1, 2024) / heading
    return ends_block and glued and (above is Kind.CAPTION or (above is Kind.JUNK and kinds[index + 1] is Kind.TEXT))


def _lone_credit(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a short line set off under a paragraph, the heading under it then the text, is a picture's credit.

    A screenshot may carry its credit alone, no caption (the site it shows: "Example.com"); the dump
    glues the next section's heading to it. Set off under one paragraph and over the next, the pair
    stands inside the text, where no menu does. The credit is the web address shown ("Example.com"): a
    name's credit (an agency, a company: "Example Foods") heads a photo whose caption it is glued to
    (paragraph / blank / "Example Foods" / "Farmers are keen to sell abroad" / blank): no heading.
    """
    line = lines[index]
    # Chinese pages print short related titles and photo captions the same way: English pages only
    return (line.words <= _LONE_CREDIT_WORDS and not line.sentence and index >= 1 and index + 2 < len(lines)
            and "." in line.text[1:-1]
            and not line.cjk and not lines[index + 1].cjk
            and kinds[index - 1] is Kind.TEXT and lines[index - 1].number < line.number - 1
            and kinds[index + 2] is Kind.TEXT)


_LONE_CREDIT_WORDS = 2  # words of a picture's credit printed without a caption at most


def _subhead_over_figure(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a short line opening a block whose only other line is a photo's caption is a subhead.

    The dump joins a heading to the figure under it when no blank line separates them (paragraph /
    blank / "Plans for the future" / caption / blank / paragraph): the heading still opens its block,
    set off between two paragraphs, where a menu or a box of links never stands.
    """
    line = lines[index]
    if kinds[index] is not Kind.NAV or index == 0 or index + 2 >= len(lines) or kinds[index + 1] is not Kind.CAPTION:
        return False
    if line.han > _SUBHEAD_HAN or line.words > _SUBHEAD_WORDS or (line.han < 4 and line.words < 2):
        return False
    caption, above, below = lines[index + 1], lines[index - 1], lines[index + 2]
    return (caption.number == line.number + 1 and above.number < line.number - 1 and below.number > caption.number + 1
            and kinds[index - 1] is Kind.TEXT and kinds[index + 2] is Kind.TEXT)


# A social network's name printed alone: a share button (a photo's, under its caption), never a subhead.
_SHARE_BUTTONS = frozenset(("facebook", "twitter", "whatsapp", "line", "linkedin", "pinterest", "reddit", "telegram",
                            "messenger", "weibo", "wechat", "微博", "微信", "臉書", "脸书"))


def _subhead_between_paragraphs(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a short line printed between two paragraphs, with no blank lines around, is a subhead.

    Pages that break their text with <br> (no <p>) print a subhead as one more line of the same
    run; it reads like a menu item alone, but a menu or a box of links is not wedged between two
    lines of running text. A single short line with prose directly above and below is the story's.
    Pages that put each section in one <p> of <br> lines print its subhead as the first line of the
    run, set off from the paragraph above (paragraph / blank / subhead / paragraph / paragraph): a
    short line heading two lines of prose glued under it opens a section of the text, where a photo's
    caption heads one paragraph at most.
    """
    line = lines[index]
    if kinds[index] not in (Kind.NAV, Kind.TEXT) or line.sentence or index == 0 or index + 1 >= len(lines):
        return False
    if line.han > _SUBHEAD_HAN or line.words > _SUBHEAD_WORDS or (line.han < 4 and line.words < 2):
        return False
    above, below = lines[index - 1], lines[index + 1]
    if kinds[index - 1] is not Kind.TEXT or kinds[index + 1] is not Kind.TEXT or below.number != line.number + 1:
        return False
    if line.text[:1] in _RELATED_HEADING.starts and _RELATED_HEADING.match(line.text):
        return False  # a box of links heads its titles the same way (Further reading / a title / the text glued on)
    if above.number == line.number - 1:
        return True
    # a subhead may also open a paragraph's own <p>, set off from the paragraph above and glued to the text
    # under it by a <br> (<p><b>A new start</b><br>The plan …</p>): a paragraph set off above, the text glued below
    if above.isolated and above.number == line.number - 2 and not below.isolated:
        return True
    return index + 2 < len(lines) and kinds[index + 2] is Kind.TEXT and lines[index + 2].number == line.number + 2


_LINK_LIST = 3  # Chinese link titles one per line, wedged between the paragraphs, that make a list of links


def _link_lists(lines: Sequence[Line], kinds: Sequence[Kind], body: list[int],
                last: int) -> tuple[set[int], set[int]]:
    """Return the lines of lists of related links set between the paragraphs, and the subheads right under them.

    On a page that sets its paragraphs off by blank lines, three or more short Chinese titles run
    together (no blank between, none closed by 。) are a list of links to other stories, even when
    one asks a question or reads like a subhead. The next section's heading may be printed right
    under the list, with no blank between: a short line closing the run, a paragraph under it, is
    that heading, a paragraph of the story. Only the runs holding a line the body took are looked at.
    """
    boxed: set[int] = set()
    heads: set[int] = set()
    for index in body:
        if lines[index].isolated or index in boxed or index in heads:
            continue
        start = end = index
        while start > 0 and lines[start - 1].number == lines[start].number - 1:
            start -= 1
        while end < last and lines[end + 1].number == lines[end].number + 1:
            end += 1
        if end - start + 1 < _LINK_LIST or not all(_link_title(lines[i]) for i in range(start, end)):
            continue
        head = end if end < last and kinds[end + 1] is Kind.TEXT and lines[end + 1].isolated \
            and end - start >= _LINK_LIST and lines[end].han <= _SUBHEAD_HAN else None
        if head is None and not _link_title(lines[end]):
            continue
        boxed.update(range(start, end if head is not None else end + 1))
        if head is not None:
            heads.add(head)
    return boxed, heads


def _under_caption_label(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line stands right under a caption's label printed alone (圖像加註文字， / Image caption,).

    A figure may print its screen-reader label and the caption as two blocks: the line under the
    label is the caption, however much it reads like a paragraph. An instruction to open the
    picture at full size (（点击看清晰大图）) labels a map or a chart the same way: a note right under it
    that opens 注： is the picture's key (注：红色为绕行线路图), not the story's text; any other line
    under it is the story going on.
    """
    if index < 1 or kinds[index - 1] is not Kind.CAPTION:
        return False
    label = lines[index - 1].text
    if len(label) > _LABEL_MAX:
        return False
    if patterns.CAPTION_LABEL.match(label) is not None:
        return True
    text = lines[index].text
    return text[:1] in _KEY_STARTS and patterns.PICTURE_KEY.match(text) is not None \
        and patterns.ZOOM_HINT.match(label) is not None


_KEY_STARTS = frozenset("注註图圖")  # first characters of a picture's key (see patterns.PICTURE_KEY)


_LABEL_MAX = 16  # characters of a caption's label printed alone at most


_LINK_BLOCK_LINES = 12  # lines of a box of links set inside the story at most
_LINK_BLOCK_WORDS = 15  # words of one of its links at most
_LINK_BLOCK_KINDS = frozenset((Kind.SENTENCE, Kind.NAV, Kind.SHORT))


def _in_link_block(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a short line run together with others between set-off paragraphs is one of a box of links.

    On a page whose paragraphs are set off by blank lines, a run of short lines with no blank between
    them is a list of links set into the story (Why is the rate higher? / Who is dying and where?; or
    LOOK-UP TOOL: Check cases in your area under A SIMPLE GUIDE: How do I protect myself?): a menu-like
    line among them, or every one of them a question, marks the box. A paragraph of running text
    in the run, a caption or a verse makes it no such box.
    """
    lo = hi = index
    while lo > 0 and lines[lo - 1].number == lines[lo].number - 1 and index - lo < _LINK_BLOCK_LINES:
        lo -= 1
    while hi + 1 < len(lines) and lines[hi + 1].number == lines[hi].number + 1 and hi - index < _LINK_BLOCK_LINES:
        hi += 1
    block = range(lo, hi + 1)
    if not 2 <= len(block) <= _LINK_BLOCK_LINES:
        return False
    # a link's title may be a question the kinds read as text (Trade grades: How did the team fare in the deal?)
    if any((kinds[i] not in _LINK_BLOCK_KINDS and not (kinds[i] is Kind.TEXT and lines[i].text.endswith("?")))
           or lines[i].cjk or lines[i].words > _LINK_BLOCK_WORDS for i in block):
        return False
    return any(kinds[i] is Kind.NAV for i in block) or all(lines[i].text.endswith("?") for i in block)


def _beside_caption(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a sentence shares its block with a photo credit: it is the photo's caption.

    A caption and its credit ("Photograph by …", "Jane Doe/AP") are printed as one <figure>, on
    lines with no blank between them; on a page that sets its paragraphs off with blank lines, an
    article paragraph is set off on its own.
    """
    line = lines[index]
    if line.isolated or not line.sentence or _LEAD_CREDIT.match(line.text):
        return False  # 〔本報訊〕… / 〔記者X／台北報導〕… opens the story, whatever is glued above it
    if line.text[:1].isupper() and patterns.WIRE_DATELINE.match(line.text):
        return False  # "WASHINGTON (AP) — …" under the wire's name: the lead, not a caption
    return any(0 <= j < len(lines) and abs(lines[j].number - line.number) == 1
               and (kinds[j] is Kind.CAPTION or _capitals_credit(lines[j]))
               for j in (index - 1, index + 1))


def _over_closing_credit(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a set-off sentence stands right over a photo credit in parentheses: it is that photo's caption.

    Some templates print a figure's caption and its credit as two blocks (<p>caption</p> <span>(Credit:
    Jane Doe/Example)</span>), a blank line between them; a labelled credit in parentheses closes its
    figure, so the line right above it is the caption, not a paragraph of the story.
    """
    below = index + 1
    if below >= len(lines) or kinds[below] is not Kind.CAPTION or lines[below].number != lines[index].number + 2:
        return False
    credit = lines[below].text
    # a labelled credit in parentheses, "(Credit: …)" / "(Photo: …)", not a note in brackets ("(click to enlarge)")
    return credit.startswith("(") and credit.endswith(")") and lines[below].isolated \
        and patterns.CAPTION_START.match(credit[1:]) is not None and ":" in credit


def _unstopped_caption(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a long English line set off between two finished paragraphs, itself with no stop, is a caption.

    A picture printed with no credit leaves only its caption, set off like a paragraph ("Jane Doe, here at
    the stall, says it is a "long road home""); a caption is written without a sentence's stop, while a
    paragraph of the story ends with one. Between two paragraphs that end with stops, a long line of prose
    that does not is the picture's. A line ending in a colon or a figure (a lead-in to a list, "… is
    asked to call 0800 000000") is no caption, nor is a short one (a subhead).
    """
    line = lines[index]
    if line.sentence or not line.isolated or line.cjk or line.words < _UNSTOPPED_CAPTION_WORDS:
        return False
    last = line.text.rstrip(_CAPTION_QUOTES)[-1:]
    if not last.isalpha() or _lower_words(line.text) * 2 <= line.words:
        return False  # a lead-in (…:), a number to call, or a title in capitals (a linked headline)
    return all(0 <= j < len(lines) and abs(lines[j].number - line.number) == 2 and lines[j].isolated
               and lines[j].sentence and kinds[j] is Kind.TEXT for j in (index - 1, index + 1))


_UNSTOPPED_CAPTION_WORDS = 12  # words of a caption standing alone at least (a subhead is shorter)
_CAPTION_QUOTES = "\"'’”"  # closing quotes a caption may end with, after its last word


def _capitals_credit(line: Line) -> bool:
    """Tell whether a short line is a picture agency's name printed in capitals (ASSOCIATED PRESS, GETTY IMAGES).

    A template may print a photo's credit in capitals on its own line over the caption; written so,
    the wire's name is no wire credit of the story (that reads "The Associated Press" under the byline).
    """
    text = line.text
    if line.cjk or line.words > _CAPS_CREDIT_WORDS or not text.isupper():
        return False
    titled = text.title()
    return bool(patterns.WIRE_LINE.match(titled) or is_caption(titled))


_CAPS_CREDIT_WORDS = 4  # words of a picture agency's name in capitals at most


def figure_line(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line is a photo's credit or caption (a credit line, or a caption beside one)."""
    return kinds[index] is Kind.CAPTION or _capitals_credit(lines[index]) or _beside_caption(lines, kinds, index)


_CAPTION_COPY_REACH = 4  # lines above a caption's second copy where its first copy stands at most
_CAPTION_COPY_CHARS = 20  # characters of such a copy at least


def _caption_copy(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a paragraph repeats the opening of a caption printed just above: the caption's copy.

    A picture may print its caption twice: once with its credit and switches run on ("… Church. Jane
    Doe/AP hide caption"), once alone for the enlarged view, its credit on its own line under it.
    The second copy reads as a paragraph; the first, which it opens, was already a caption.
    """
    text = lines[index].text
    if len(text) < _CAPTION_COPY_CHARS:
        return False
    return any(kinds[j] is Kind.CAPTION and len(lines[j].text) > len(text) and lines[j].text.startswith(text)
               for j in range(max(0, index - _CAPTION_COPY_REACH), index))


_ZOOM_REACH = 2  # lines of a picture's credit and caption glued under its zoom link at most


def _under_zoom_link(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line is glued under a picture's zoom link: its credit or caption, not a paragraph.

    A figure prints its zoom link, credit and caption one under the other (click to enlarge / Example
    Studio / The seafood tower on the new menu.); on a page that sets its paragraphs off with blank
    lines, a line run together with them is the figure's, however it reads.
    """
    if lines[index].isolated:
        return False
    for j in range(index - 1, max(-1, index - 1 - _ZOOM_REACH), -1):
        if lines[j + 1].number != lines[j].number + 1:
            return False
        if lines[j].text[:1] in "Cc" and patterns.ZOOM_LINK.match(lines[j].text):
            return True
    return False


def _inside_junk_box(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line is glued between two lines of page furniture: one text of their box.

    On a page that sets its paragraphs off with blank lines, a newsletter box prints its heading,
    its tagline and its button one under the other ("Keep up with the X newsletter." / "The best
    way to follow …" / "Subscribe"): a sentence run together with furniture above and below it is
    the box's, never an article paragraph.
    """
    line = lines[index]
    if line.isolated or index == 0 or index + 1 >= len(lines):
        return False
    above, below = lines[index - 1], lines[index + 1]
    return kinds[index - 1] is Kind.JUNK and kinds[index + 1] is Kind.JUNK \
        and above.number == line.number - 1 and below.number == line.number + 1


# A bracketed desk or reporter credit opening a Chinese story: 〔本報訊〕, 【記者王大明／台北報導】, （中央社19日電）
_LEAD_CREDIT = Pattern(r"^[〔【\[（(][^〕】\]）)]{1,20}(?:報導|报道|訊|讯|電|电)[〕】\]）)]", starts="〔【[（(")
_SENTENCE_END = Pattern(r"(?<=[。！？!?])|(?<=[.!?])\s+(?=[A-Z“\"])")
_REPEAT_MIN = 12  # characters a sentence has at least to count as repeated, not a stock phrase
_REPEAT_REACH = 8  # paragraphs after the lead where its sentences are looked for


def doubled(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line is printed twice in a row, the copies run together or one blank line apart.

    A widget's notice printed once for each layout (desktop, mobile) reads so, and so does a caption
    printed once cut short for the eye and once whole for screen readers; no paragraph does.
    """
    text, number = lines[index].text, lines[index].number
    return any(0 <= j < len(lines) and lines[j].text == text and abs(lines[j].number - number) <= 2
               for j in (index - 1, index + 1))


def printed_again(lines: Sequence[Line], index: int) -> bool:
    """Tell whether a line's text is printed again, verbatim, on another line of the page."""
    text = lines[index].text
    return any(line.text == text for i, line in enumerate(lines) if i != index)


def _glued_to_junk(lines: Sequence[Line], kinds: Sequence[Kind], index: int) -> bool:
    """Tell whether a line is run together (no blank line between) with a line of page furniture."""
    number = lines[index].number
    return any(0 <= j < len(lines) and kinds[j] is Kind.JUNK and abs(lines[j].number - number) == 1
               for j in (index - 1, index + 1))


def drop_boxes_printed_twice(lines: Sequence[Line], kinds: Sequence[Kind], body: list[int]) -> list[int]:
    """Drop a line of the text run together with a button and printed again elsewhere on the page.

    A sign-up box placed once for the mobile and once for the desktop layout prints its pitch twice
    around the paragraphs ("Find out what's happening in Springfield with free updates." / "Subscribe"),
    each copy glued to its button; a story prints no paragraph twice, and a paragraph set as <p> stands
    off on its own. Only lines glued to a line of furniture are looked for again (few on any page).
    """
    boxed = [i for i in body if not lines[i].isolated and _glued_to_junk(lines, kinds, i)]
    drop = {i for i in boxed if printed_again(lines, i)}
    kept = [i for i in body if i not in drop] if drop else body
    return kept if kept else body


def drop_repeated_lead(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop a first paragraph whose sentences the story goes on to print again: it is a standfirst.

    Templates print a summary (摘要, art-lead, a teaser) above the text by copying the story's own
    sentences; a reader sees it as the dek. Its opening sentence and at least half of the rest
    must recur verbatim in the next paragraphs, so a lead the story merely echoes stays body.
    """
    if len(body) < 4:
        return body
    sentences = [s.strip() for s in _SENTENCE_END.split(lines[body[0]].text) if len(s.strip()) >= _REPEAT_MIN]
    if not sentences:
        return body
    after = "\n".join(lines[i].text for i in body[1:1 + _REPEAT_REACH])
    if sentences[0] not in after:
        return body
    repeated = sum(1 for sentence in sentences if sentence in after)
    return body[1:] if 2 * repeated >= len(sentences) else body


_QUOTE_WORDS = (8, 30)  # words of a pull quote at least and at most
_QUOTE_RUN = 6  # words in a row a pull quote shares with the paragraph it is lifted from at least
_QUOTE_SHARE = 0.8  # share of a pull quote's words that paragraph holds at least
_QUOTE_MARKS = ".,;:!?\"'“”‘’()—–-"
# A pull quote's attribution run on after its last sentence: "… one way or another. A close aide to the mayor"
# (a capitalised phrase of a few words with no closing stop).
_QUOTE_ATTRIBUTION = Pattern(r"[.!?][”\"’]?\s+[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}$")


def _words(text: str) -> list[str]:
    """Return the lower-cased words of an English line, punctuation stripped."""
    return [w for w in (part.strip(_QUOTE_MARKS) for part in text.lower().split()) if w]


def drop_pull_quotes(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop an English pull quote between paragraphs: a short paragraph lifted, nearly word for word, from another.

    Magazines set a sentence of the story in large type between its paragraphs ("One group found 20
    pathogens on just 15 pairs of boots."); the dump prints it as one more paragraph. It is a single
    short line set off on its own, sharing a run of words and nearly all its words with a longer paragraph,
    or repeating a whole short paragraph above it word for word (the later copy is the quote).
    The quote's attribution may be run on after it ("… one way or another. A close aide"): left out.
    """
    if len(body) < 4:
        return body
    low, high = _QUOTE_WORDS
    quoted: dict[int, str] = {}  # a quote's text without its attribution
    for i in body[1:-1]:
        line = lines[i]
        if line.cjk or not line.isolated or not low <= line.words <= high:
            continue
        if line.sentence:
            quoted[i] = line.text
        elif (attributed := _QUOTE_ATTRIBUTION.search(line.text)) is not None:
            quoted[i] = line.text[:attributed.start() + 1]
    quotes = list(quoted)
    if not quotes:
        return body
    dropped = set()
    others = [i for i in body if not lines[i].cjk]
    printed = [lines[i].text for i in others]
    joined = "\n".join(printed)  # the paragraphs searched at once for a quote's longest words, as printed
    ends = list(accumulate(len(text) + 1 for text in printed))
    for index in quotes:
        # its two longest words (not its first, capitalised as a sentence opens): the story's own, kept in a quote
        first, second = sorted(quoted[index].split()[1:], key=len)[-2:]
        first, second = first.strip(_QUOTE_MARKS), second.strip(_QUOTE_MARKS)
        words: list[str] = []
        distinct: set[str] = set()
        runs: set[tuple[str, ...]] = set()
        size = lines[index].words
        at = joined.find(first)
        while at != -1:
            k = bisect_right(ends, at)  # the paragraph holding the word
            at = joined.find(first, ends[k])
            if others[k] < index and printed[k] == lines[index].text:
                # a whole short paragraph set again further down as the quote: the story prints none twice
                dropped.add(index)
                break
            if lines[others[k]].words <= size or second not in printed[k]:
                continue
            if not words:
                words = _words(quoted[index])
                distinct = set(words)
            needed = _QUOTE_SHARE * len(distinct)
            text = printed[k].lower()
            if sum(map(text.__contains__, distinct)) < needed:
                continue
            theirs = _words(text)
            if len(distinct.intersection(theirs)) < needed:
                continue
            runs = runs or {tuple(words[j:j + _QUOTE_RUN]) for j in range(len(words) - _QUOTE_RUN + 1)}
            if any(tuple(theirs[j:j + _QUOTE_RUN]) in runs for j in range(len(theirs) - _QUOTE_RUN + 1)):
                dropped.add(index)
                break
    return [i for i in body if i not in dropped] if dropped else body


_CAPTION_HAN = 30  # Han characters of a caption printed under two photos at most


def drop_repeated_captions(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop a short Chinese line the text prints twice, apart: one caption set under two photos.

    A caption without a credit (示例活动上展示的芯片) reads like a subhead, but a subhead names its
    own part and a paragraph says something new: neither is printed twice in one text. Only lines
    set off on their own that are no sentence, clause or label count.
    """
    seen: dict[str, int] = {}
    for index in body:
        line = lines[index]
        if line.cjk and line.isolated and not line.sentence and line.han <= _CAPTION_HAN and _set_off_title(line):
            seen[line.text] = seen.get(line.text, 0) + 1
    repeated = {text for text, times in seen.items() if times > 1}
    return [i for i in body if lines[i].text not in repeated] if repeated else body


def drop_caption_pairs(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop an English photo caption naming a person the story quotes, with its credit line under it.

    A caption paragraph between the story's paragraphs prints only the person's description as the story
    introduces them ("Jane Roe, chief executive of Acme."; the story: "Jane Roe, chief executive of Acme, said
    ..."), followed by the photo credit on a short line of its own ("John Doe" / "Supplied/ Acme").
    """
    dropped: set[int] = set()
    for k in range(len(body) - 1):
        index, credit = body[k], body[k + 1]
        line, under = lines[index], lines[credit]
        if line.cjk or not 3 <= line.words <= 15 or not line.text.endswith(".") or under.words > 4:
            continue
        if under.text[-1:] in '.!?:"\u201d' or line.text[:1] in _QUOTE_MARKS:
            continue
        stem = line.text[:-1] + ","
        if any(lines[j].text.startswith(stem) for j in body if j != index):
            dropped.update((index, credit))
    return [i for i in body if i not in dropped] if dropped else body


def trim_titles(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop English lines opening the body that end like no sentence: a standfirst, a score panel.

    An English story opens with a sentence (or a lead-in ending with a colon); a line before it
    without final punctuation is a dek or page furniture. Chinese stories may open with a subhead.
    """
    first = 0
    while first < len(body) - 1 and _untitled(lines[body[first]]):
        first += 1
    return body[first:] if first < len(body) - 1 else body


def _untitled(line: Line) -> bool:
    """Tell whether an English line ends like a title: on a letter or digit, no final mark, no colon, no quote."""
    return not line.cjk and not line.sentence and line.text[-1:].isalnum()


_LINK_TAIL = 3  # short title lines closing the text that make a box of related links
_LINK_HAN = 30  # Han characters a related-link title has at most
_FULL_STOP = Pattern(r"。[”’」』\"')）)]*$")  # 。 closing a line, closing quotes and brackets aside


_ABOUT_WORDS = 6  # words of a press release's "About <Company>" label at most
_ABOUT_TAIL = 2  # body lines after the label at most: the company's self-description closes the body
_ABOUT_NAMED = 80  # characters of the description's opening that name the company


def trim_about_box(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop a press release's closing box: About Example Co over Founded in 2007, Example Co is ….

    The label names the company, the paragraph under it (the last or the one before it) names the
    company again at its opening: the company's self-description, not the story.
    """
    for k in range(max(1, len(body) - 1 - _ABOUT_TAIL), len(body) - 1):
        text = lines[body[k]].text
        if not text.startswith("About ") or text[-1] in ".?!:" or len(text.split()) > _ABOUT_WORDS:
            continue
        name = text[6:].strip()
        if name[:1].isupper() and name in lines[body[k + 1]].text[:_ABOUT_NAMED]:
            return body[:k]
    return body


# How a TV news site's plug for its live coverage closes (…特別報導，陪您掌握最新動態，敬請鎖定。): "stay tuned".
_STAY_TUNED = ("敬請鎖定", "敬请锁定", "鎖定收看", "锁定收看")
_PLUG_MIN = 3  # paragraphs a text holds at least for its last to be cut as a plug


def trim_broadcast_plug(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop a closing plug for the site's live broadcast: a Chinese paragraph ending with 敬請鎖定 (stay tuned).

    TV news sites append a promo for their coverage (…本週每晚都有特別節目…敬請鎖定。) and its link
    under the story; the plug speaks to the viewer, a story's own last sentence does not end so.
    """
    if len(body) < _PLUG_MIN:
        return body
    line = lines[body[-1]]
    return body[:-1] if line.cjk and line.text.rstrip("。！!").endswith(_STAY_TUNED) else body


def trim_closing_notes(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop the newsroom's notes closing a body: a call for readers, a funder's credit, a contact line, thanks.

    A nonprofit newsroom closes the story with notes set like paragraphs (Are you a tenant …? We want to
    hear from you! / This project was produced with support from … / To reach the reporter …, contact …):
    they speak about the story, not for it (CLOSING_NOTE). A Chinese feature thanks its helpers the same
    way over the credits (感谢某某为本文提供的帮助, ACKNOWLEDGEMENT). Only a run at the very end is cut.
    """
    end = len(body)
    while end > 1:
        line = lines[body[end - 1]]
        note = patterns.ACKNOWLEDGEMENT if line.cjk else patterns.CLOSING_NOTE
        if not note.match(line.text):
            break
        end -= 1
    return body[:end]


def trim_link_tail(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop a run of short Chinese title lines closing the body: related links printed inside the text box.

    Portals append links to earlier stories to the article's own <div>, one title per line, set off
    and indented like the paragraphs. A Chinese paragraph ends with 。; three or more short lines
    in a row at the end that never do, after a paragraph that does, are titles, not the story.
    """
    end = len(body)
    while end > 0 and _link_title(lines[body[end - 1]]):
        end -= 1
    if len(body) - end < _LINK_TAIL or end == 0 or not _closes_sentence(lines[body[end - 1]]):
        return body
    return body[:end]


_BOX_LABEL_WORDS = 5  # words of the label over a box of links at most ("Related:", "Additional resources")
_BOX_ITEM_WORDS = 15  # words of one of its links at most


def trim_link_boxes(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop boxes of links closing an English body: a short label set off on its own, then its list.

    A reference page ends its text with link lists (Additional resources / Related: / Also see:),
    each a label of a few words and, under it, two or more short lines printed one per <li>. Such a
    label is no lead-in of the story's own list: that one is a sentence closed by a colon.
    """
    end = len(body)
    while True:
        top = end - 1
        while top >= 0 and _box_item(lines[body[top]]) and (top == end - 1 or body[top] + 1 == body[top + 1]):
            top -= 1
        if end - 1 - top < 2 or top < 2:
            break
        label = lines[body[top]]
        if body[top] + 1 != body[top + 1] or not label.isolated or label.cjk or label.words > _BOX_LABEL_WORDS \
                or label.text.endswith((".", "!", "?", "”", '"')):
            break
        end = top
    return body[:end] if end < len(body) else body


def _box_item(line: Line) -> bool:
    """Tell whether a line reads as one link of a list: an English line of its own block's run, short."""
    return not line.isolated and not line.cjk and 0 < line.words <= _BOX_ITEM_WORDS


def _link_title(line: Line) -> bool:
    """Tell whether a line reads as a Chinese link title: short, and not closed by a full stop."""
    return line.cjk and 0 < line.han <= _LINK_HAN and not _closes_sentence(line)


def _closes_sentence(line: Line) -> bool:
    """Tell whether a Chinese line ends with a full stop (。), closing quotes and brackets aside."""
    return _FULL_STOP.search(line.text) is not None


def trim_unindented(lines: Sequence[Line], body: list[int]) -> list[int]:
    """Drop lines at either edge that lack the indentation (U+3000) nearly all paragraphs have.

    Pages that indent their paragraphs do not indent the promotions printed beside them.
    """
    indented = sum(1 for i in body if lines[i].indented)
    if len(body) < 3 or indented < 0.7 * len(body):
        return body
    first, last = 0, len(body) - 1
    while first <= last and not lines[body[first]].indented and not _unindented_lead(lines[body[first]]):
        first += 1
    while last >= first and not lines[body[last]].indented:
        last -= 1
    return body[first:last + 1]


_LEAD_HAN = 60  # Han characters of an unindented Chinese lead kept at least


def _unindented_lead(line: Line) -> bool:
    """Tell whether an unindented first line is the story's lead all the same: long Chinese prose, closed by 。.

    A site may set its lead in bold in a <p> of its own without the indent its other paragraphs have;
    a promotion beside the text is short or no sentence.
    """
    return line.cjk and line.isolated and line.han >= _LEAD_HAN and line.text.endswith(("。", "！", "？", "”", "」"))


def cut_glued_tail(text: str) -> str:
    """Cut boilerplate glued onto the end of the last paragraph, keeping the article text."""
    match = patterns.GLUED_TAIL.search(text)
    if match is None or match.start() == 0:
        return text
    return text[:match.start()].rstrip(patterns.TRIM)
