"""Heuristics as data: the patterns the text reader looks for, each with examples it matches.

Keep every pattern reviewable: ``EXAMPLES`` maps each pattern's name to lines it must match (and
``COUNTER_EXAMPLES`` to lines it must not), and the tests check both. A pattern without an
example is not allowed in this module. Names say what the pattern finds.

Patterns are compiled on first use (``archive.readers.lazy``): importing the reader compiles
nothing, and a page compiles only the patterns it reaches. Each is anchored or bounded so that a
search over a long line cannot backtrack without limit. An anchored pattern tried on every line
names the characters a match can begin with (``starts``), so that most lines are answered without
running it; the tests derive that set from the pattern and check the list holds all of it.
"""

from __future__ import annotations

import re

from archive.readers.lazy import Pattern

# White space that dumps keep at line starts and ends: ASCII, NBSP, ideographic space, BOM remnants,
# zero-width space.
TRIM = " \t\u00a0\u3000\ufeff\u200b"

# What ``\s`` matches (str.isspace): a pattern whose match may open with white space lists these in
# its ``starts``. Trimmed lines rarely open with them, but may (U+2003, a form feed).
SPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
         "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")

# Characters of scripts, for language detection and line measures.
HAN = Pattern(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
HAN_RUN = Pattern(HAN.pattern + "+")  # counting runs of Han makes fewer matches than counting characters
LATIN_WORD = Pattern(r"[A-Za-z]{2,}")

_H = r"\u4e00-\u9fff"  # the Han range used inside character classes below

# ---------------------------------------------------------------------------------------------
# breadcrumbs and sections

# "您当前的位置:" and its variants before a breadcrumb; English trails open with "You are here:" (the label
# content systems print before the trail, in capitals on some templates).
BREADCRUMB_PREFIX = Pattern(
    r"^(?:(?:您|你)?(?:当前|目前|现在|所在|當前|現在|目前)?的?(?:位置|位於|所在位置)(?:是|在)?|"
    r"You are here|YOU ARE HERE)\s*[:：]\s*",
    starts="您你当目现所當現的位Y")
# Separators between breadcrumb items: ">", ">>", "»", "＞", "›", "→", or a slash or 〉 with spaces.
BREADCRUMB_SEPARATOR = Pattern(r"\s*(?:>>|>|»|＞＞|＞|›|→)\s*|\s+/\s+|\s+／\s+|\s+〉(?:\s+|$)")
# Items that name the page itself, not a section: dropped from the end of a breadcrumb.
BREADCRUMB_TAIL = {"正文", "正文页", "内容", "内文", "详情", "文章", "article", "story"}
# A breadcrumb printed with spaces only, closed by 正文: "新华网 正文".
BREADCRUMB_SPACED = Pattern(rf"^(?:[{_H}A-Za-z]{{2,10}}\s+){{1,3}}(?:正文|正文页|内文)$")
# Items that name a home page or the site itself, not a section.
HOME_WORDS = Pattern(r"^(?:首页|首頁|主页|主頁|home|.{0,8}首页|.{0,8}首頁|.{1,8}网|.{1,8}網|udn|www\..+)$",
                        re.IGNORECASE)
# A channel item of a trail printed with spaces only: Han, maybe after the year it is about (2024大選前哨站).
# A topic page's name may run to eight (某國核電廢水入海).
TRAIL_ITEM = Pattern(rf"(?:\d{{4}})?[{_H}]{{2,8}}")
# A label naming the section outright; the value may stand on the next line ("FILED UNDER:").
# A story's mini-info line names it without a colon: "From the section US & Canada" (a label read only by
# screen readers, glued to the section's link); so does a WordPress theme's category list over the title,
# "Posted in" glued to the first category's link ("Posted inCity Hall, Politics").
# A news site's topic channel is labelled as its own word in a meta row, the label alone on its line over the
# channel's link: "Obsession" / "Getting There" (no colon; the value is read from the next line).
SECTION_LABEL = Pattern(
    r"^(?:(?:FILED UNDER|Filed [Uu]nder|Overview|Section|Category|Categories|"
    r"所属栏目|所屬欄目|栏目|欄目|频道|頻道|分类|分類)"
    r"\s*[:：]|From the section(?= )|Posted in(?= ?[A-Z])|Obsession(?=$))\s*(?P<section>[^:：|]{0,40})$",
    starts="FOSCP所栏欄频頻分")
# A link to more stories of the article's channel, after the article: 更多《社會》新聞, 更多体育新闻.
MORE_SECTION = Pattern(rf"^(?:更多|More)\s*[《「“]?(?P<section>[{_H}A-Za-z]{{2,8}}?)[》」”]?\s*(?:新聞|新闻|news)$",
                       starts="更M")
# A channel line above the headline: 生活新聞, 国际频道, 财经新闻.
CHANNEL_LINE = Pattern(rf"^[{_H}]{{1,6}}(?:新闻|新聞|频道|頻道)$")
# Navigation words that are never a section, a kicker or a headline.
NAV_WORDS = Pattern(
    r"^(?:home|search|menu|more|more\.\.\.|videos?|subscribe|sign in|sign up|log ?in|register|close|share|print|"
    r"comments?|newsletters?|latest|news|top|back to top|skip to .*|edition:?|read the rest|continue reading|"
    r"首页|首頁|登录|登入|注册|註冊|搜索|搜尋|更多|分享|评论|評論|留言|打印|列印|收藏|字号|字號|举报|舉報|"
    r"返回|顶部|頂部|导航|導航|站内|站內|客户端|客戶端|下载|下載|关闭|關閉|"
    # the site's contact and about pages, the last items of many menus (a menu printed twice puts them over
    # the headline)
    r"联系我们|聯繫我們|聯絡我們|关于我们|關於我們|contact us|about us)$",
    re.IGNORECASE, starts="hsmvrcplntbea首登注註搜更分评評留打列收字举舉返顶頂导導站客下关關联聯")

# ---------------------------------------------------------------------------------------------
# dates, sources, original headlines

# Publication-date labels; the date follows the label.
DATE_LABEL = Pattern(
    r"(?:发布时间|發布時間|发表时间|發表時間|发布日期|發布日期|更新时间|更新時間|时间|時間|日期|"
    r"Published|Posted|Updated|Last updated|Last modified|Date\b)\s*[:：]?", re.IGNORECASE)
# A poster's name and the verb of posting run into the date (janus 發表於 2024年9月26日 08:27): a forum-style
# meta line, the article's header as a labelled date line is. The name is a user name, Han or Latin, one word.
# (Gate: 於 or 于 in the line.)
POSTED_BY_DATE = Pattern(r"^(?P<name>[^\s:：|｜]{2,20})\s*(?:发表于|發表於|发布于|發布於|發佈於)\s*(?=\d)")
# A page's statement of the zone its times are printed in, in its footer: "All times AEDT (GMT +11:00)".
STATED_ZONE = Pattern(r"\bAll times (?:are )?(?:in )?[A-Z]{2,5}\s*\((?:GMT|UTC)\s*(?P<offset>[+-]\d{1,2}:\d{2})\)")
# Labels of an update time printed after the publication time ("Last modified on …", 最後更新時間：…).
MODIFIED_LABEL = Pattern(r"(?:and )?(?:last modified|last updated|updated|"
                         r"最后更新|最後更新|更新时间|更新時間|更新于|更新於)", re.IGNORECASE)

# A line listing an article's tags or keywords after a label (Topics: a, b, c / 关键词：甲、乙): furniture,
# never a title. (Gate: a colon among the line's first characters.)
TAG_LIST = Pattern(r"^(?:Topics|Tags?|Keywords|Related topics|关键词|關鍵詞|关键字|關鍵字|标签|標籤)\s*[:：]",
                   re.IGNORECASE)
# A time stamp relative to the visit, all an article may print of its date: "Last updated: 11 hours ago".
RELATIVE_STAMP = Pattern(r"^(?:Last )?(?:Published|Updated|Posted)(?: on)?\s*:?\s+(?:\d+|an?|one)\s+"
                         r"(?:second|minute|min|hour|hr|day|week|month)s?\s+ago$", re.IGNORECASE, starts="LPUlpu")
# The same stamp printed bare under a headline: "7 days ago", "5 hrs ago" (card lists print it too, so it only
# anchors a header right above the article text).
RELATIVE_AGE = Pattern(r"^(?:[0-9]{1,3}|an?|one) (?:second|sec|minute|min|hour|hr|day|week|month)s? ago$",
                       starts="0123456789ao")
# A republished story's origin printed alone over its text: "Courtesy of Example News" (not a picture's credit,
# which follows its caption or opens with Photo).
COURTESY_SOURCE = Pattern(r"^(?:(?:Republished|Reprinted|Shared) )?[Cc]ourtesy of (?P<source>[A-Z][\w&.'’-]*"
                          r"(?: (?:[A-Z][\w&.'’-]*|of|the|and|for|on)){0,5})$", starts="CcRS")
# Source labels: 来源：昆明日报 / 稿件来源 / 出处 / 来源于 / SOURCE: (资料来源 / 数据来源 credit the facts of a box or
# chart, not the story; 图片来源 a photo)
SOURCE_LABEL = Pattern(
    r"(?<!图片)(?<!圖片)(?<!图)(?<!圖)(?<!资料)(?<!資料)(?<!数据)(?<!數據)"
    r"(?:(?:稿件来源|稿件來源|文章来源|文章來源|新闻来源|新聞來源|本文来源|本文來源|消息来源|消息來源|"
    r"来源于|來源於|来自|来源|來源|出处|出處|\bSOURCE)\s*[:：]|"
    # a self-media post closes with its source after a bar, not a colon: 来源 | 综合某某日报、某某晚报
    r"(?:来源|來源)\s*[|｜]|"
    # a bar-separated meta line glues the label to the name, as its other slots are: 发表于2014-08-24 21:30|
    # 1164次阅读| 来源示例网| 作者张三 (only right after a bar, so a sentence's 来源 stays text)
    # (the literal first and the bar looked back for after it, so the branch costs nothing where no 来源 stands)
    r"(?:来源|來源)(?:(?<=[|｜]..)|(?<=[|｜]\s..))(?![于於自:：|｜\s])(?=[^|｜]{1,30}(?:[|｜]|$)))\s*"
    # (the words after the first in Latin letters, accented ones too: Universität München; a station's
    # channel number may close the name: KGUN 9)
    r"(?P<source>[^\s|｜<>【】\[\]（）()，,;；:：]{1,30}(?:\s(?=[A-Z])[A-Za-z\u00c0-\u024f.&'-]{1,20}){0,4}"
    r"(?:(?<=[A-Z])\s\d{1,2}(?=\s|$))?)",
    re.IGNORECASE,
)
# The buttons of an account's follow widget printed beside its name: 关注 / 订阅 / 下载客户端 / 独家抢先看.
FOLLOW_WIDGET = Pattern(r"^(?:\+\s*)?(?:关注|關注|订阅|訂閱|下载客户端|下載客戶端|下载APP|下載APP|"
                        r"独家抢先看|獨家搶先看)$",
                        starts="+关關订訂下独獨")
# An outlet in the slot of an English byline list: "From: Herald Sun" (by: Jane Doe / From: … / date).
FROM_SOURCE = Pattern(r"^From:\s+(?P<source>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and)){0,5})$", starts="F")
# A note naming where a compiled story was taken from: (综合整理自A、B等) / 摘自《A》. The names are its source.
COMPILED_SOURCE = Pattern(r"^[（(]?\s*(?:综合整理自|綜合整理自|综合自|綜合自|整理自|编译自|編譯自|摘编自|摘編自|摘自|"
                          r"转载自|轉載自|转自|轉自)\s*《?(?P<source>[^）)《》]{2,40}?)》?\s*等?\s*[)）]?$",
                          starts="（(综綜整编編摘转轉" + SPACE)
# An English note closing a rewritten story, listing the reports it retells: "Sources: Example News, Example Post"
# (a picture's credit may follow after a slash: " / Photo Credit: Jane Doe/Example"). Two names at least: one
# name alone is SOURCE_LABEL's.
_SOURCE_NAME = r"[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5}"
SOURCES_LIST = Pattern(rf"^Sources: (?P<sources>{_SOURCE_NAME}(?:, {_SOURCE_NAME}){{1,4}})(?: / .*)?$", starts="S")
# Words glued after a source name that belong to the page furniture, not the name.
# (参与互动 "join the discussion": a comments link)
# The source's date may be run on with no space when the page prints source and date in two spans:
# 来源：光明网-《光明日报》2024-05-20 03:15 (the label's name stops at the space, the date's day glued to it).
SOURCE_TRAILER = Pattern(r"(?:举报|舉報|分享|评论|評論|字号|字號|打印|收藏|作者|编辑|編輯|责任编辑|責任編輯|"
                         r"参与互动|參與互動|(?<=\D)\d{4}-\d{1,2}-\d{1,2}|(?<=\D)\d{4}年\d{1,2}月\d{1,2}日)$")
# A credit label glued right after a stamp's last digit, with no space (…09:58:03来源：示例日报作者：责任编辑：…):
# the hidden copy of the date line some templates print for search engines runs stamp and credits together.
GLUED_CREDIT = Pattern(r"(?:来源|來源|作者|责任编辑|責任編輯|编辑|編輯)\s*[:：]", starts="来來作责責编編")
# A source note closing an article: （资料来源：…）, (Sourcing: much of this list …). Not body.
SOURCE_NOTE = Pattern(r"^[（(]\s*(?:资料来源|資料來源|来源|來源|数据来源|數據來源|素材来源|Sources?|Sourcing)\s*[:：]",
                      starts="（(")

# A note on where the piece first appeared, over or under it: 本文首发于示例公众号（shili）. Not its text.
FIRST_PUBLISHED = Pattern(r"^(?:[（(]\s*)?本文(?:首发|首發)(?:于|於|在)", starts="（(本")
# A summary box's label over the text: 核心提示：…, 内容提要：… (a dek, not the text). Tech and trade news
# channels label it 摘要：… alone (the template's summary field, printed between the meta line and the text).
SUMMARY_LABEL = Pattern(r"^(?:[【\[]\s*)?(?:核心提示|内容提要|內容提要|内容摘要|內容摘要|摘要)\s*[】\]:：]",
                        starts="【[核内內摘")

# 原标题 / 原题 lines: the original headline of a reprinted story.
# "为" as well as a colon: a closing source note (原题为《…》) gives the original title too.
ORIGINAL_HEADLINE = Pattern(r"^[（(\[【]?\s*(?:本文)?(?:原标题|原標題|原题|原題)\s*(?:[:：]|为|為)\s*"
                            r"《?(?P<title>.+?)》?\s*[)）\]】]?$", starts="（([【原本" + SPACE)

# The links of a writer's box beside the story (its name, a title, then these): the box names the writer.
AUTHOR_BOX_LINK = Pattern(r"^(?:View author archive|See all (?:articles|posts|stories)|More by|"
                          r"(?:Get )?author RSS feed|Subscribe to RSS|E-?mail the author|Bio|Full bio|Author bio|"
                          # a journal's author pop-up: "Search for this author in:" over PubMed / Google Scholar
                          r"Search for this author(?: in)?:?|"
                          # the writer's own address under the name, maybe with the desk after a bar
                          # ("jdoe@example.com | Example Reporting"): the box is hers
                          r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*\|\s*[\w'’-]+(?:\s[\w'’-]+){0,3})?)$",
                          re.IGNORECASE)
# A writer's title printed under the name in such a box: two to four capitalised words (Political Commentator).
AUTHOR_TITLE = Pattern(r"^[A-Z][a-z]+(?: (?:of |for |and |& )?[A-Z][a-z]+){1,3}$", starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A writer's name and title on one line, no By (Jane Doe Senior Washington Correspondent): the title closes
# with a job word; the name is two capitalised words, or three with an initial in the middle (Jane Q. Doe).
# The employer may follow the title after a comma (Jane Doe Senior Politics Editor, Example Post): not the title.
NAME_AND_TITLE = Pattern(r"^(?P<name>[A-Z][a-z'’-]+ (?:[A-Z]\. )?[A-Z][a-z'’-]+) "
                         r"(?P<title>(?:[A-Z][a-z]+ ){0,3}(?:Correspondent|Reporter|Writer|Editor|Columnist|"
                         r"Contributor|Producer|Critic|Commentator|Journalist))"
                         r"(?:, (?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})?$",
                         starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A writer's name, a comma, then the title as one span, no By (BBC: "Jane Doe,Business reporter, Singapore"; the
# converter glues the two spans): the title holds a job word, in lower case after a capitalised desk word, and
# may close with the posting place after a comma; all of it after the name is the printed title. The desk word
# may be the site's brand as it spells it ("Jane Doe, ExampleNews Contributor"); a surname may open with Mc or
# Mac before its second capital (McDoe).
NAME_COMMA_TITLE = Pattern(r"^(?P<name>[A-Z][a-z'’-]+ (?:[A-Z]\. )?(?:Mc|Mac)?[A-Z][a-z'’-]+) ?, ?"
                           r"(?P<title>(?:[A-Z][\w'’&.-]* )?(?:[a-z]+ ){0,2}(?:[Cc]orrespondent|[Rr]eporter|[Ww]riter|"
                           r"[Ee]ditor|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Cc]ritic|[Cc]ommentator|[Jj]ournalist|"
                           r"[Aa]nalyst)(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)$",
                           starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A title glued to the name in a By line, name and title being two spans: "By Jane DoeStaff Writer" (a lower-case
# letter then a capital; McDonald's capital after "Mc" is no title: no job word closes it).
GLUED_TITLE = Pattern(r"(?<=[a-z])(?P<title>(?:[A-Z][a-z]+ ){0,3}(?:Correspondent|Reporter|Writer|Editor|Columnist|"
                      r"Contributor|Producer|Critic|Commentator|Journalist))$")
# A photo credit's label printed alone, the name on the next line ("Photo by:" / "The Associated Press").
PHOTO_LABEL = Pattern(r"^(?:Photo|Photos|Photograph|Image|Picture|Video|Photo credit)(?: by)?\s*:?$", re.IGNORECASE,
                      starts="PIV")

# A closing note crediting a contributor: （实习生王金茹对此文亦有贡献） / (记者张三对本文也有贡献).
CONTRIBUTOR_NOTE = Pattern(r"^[（(]\s*(?P<role>实习生|實習生|实习记者|實習記者|记者|記者|通讯员|通訊員)\s*"
                           r"(?P<names>[^（）()]{2,20}?)\s*(?:对|對)(?:此文|本文|本報導|本报道)(?:亦|也)?有(?:贡献|貢獻)\s*[)）]$",
                           starts="（(")
# An editor's note opening a story (【编前语】…, 编者按：…) introduces it and is not its text.
EDITOR_NOTE = Pattern(r"^[【\[]?\s*(?:编者按|編者按|编前语|編前語|编者的话|編者的話)\s*[】\]:：]",
                      starts="【[编編" + SPACE)

# Wire credits in a story's dateline: "HAYWARD, Calif. (AP) —", "MUMBAI (Reuters) -"; a story filed from two
# places joins them with a slash ("SURABAYA, Indonesia/JAKARTA (Reuters) -").
WIRES = ("AP", "Reuters", "AFP", "Bloomberg", "Xinhua", "UPI", "CNN", "dpa", "DPA", "IANS", "PTI", "ANI",
         "Kyodo", "Yonhap", "TASS", "Sputnik", "EFE", "ANSA", "CNA", "Bernama", "AAP", "PA", "RIA Novosti")
WIRE_DATELINE = Pattern(
    r"^(?P<dateline>[A-Z][A-Za-z .,'’/-]{1,60}?\s*\((?P<wire>" + "|".join(map(re.escape, WIRES)) + r")\))\s*[-—–]")
# A Chinese wire dateline: 新华社北京11月17日电 / 中新网北京11月17日电 / 中央社記者台北28日電.
ZH_WIRE_DATELINE = Pattern(
    rf"^(?P<dateline>(?P<wire>新华社|新華社|中新社|中新网|中新網|中央社|人民网|人民網|央视网|央視網|新华网|新華網|"
    rf"法新社|路透社|美联社|美聯社|共同社|韩联社|韓聯社)[{_H}]{{0,12}}?(?:\d{{1,2}}月)?\d{{1,2}}日[电電])",
    starts="新中人央法路美共韩韓")
# A wire agency printed alone in the byline slot ("Reuters") or in a credit ("© Thomson Reuters 2020").
WIRE_LINE = Pattern(
    r"^(?:©\s*|By\s+)?(?:Thomson\s+)?(?P<wire>Reuters|The Associated Press|Associated Press|AP|AFP|"
    r"Agence France-Presse|"
    r"Bloomberg|Xinhua|Kyodo News|Yonhap|dpa)(?:\s+[Ss]taff)?(?:\s+\d{4})?$", starts="©BTRAXKYd")
# A wire named after the writers without a comma: "By JANE DOE Associated Press".
WIRE_AFTER_NAMES = Pattern(r"\s+(?P<wire>The Associated Press|Associated Press|Reuters|AFP|Bloomberg|"
                           r"Agence France-Presse)$")
# A wire's copyright notice under its story: "Copyright 2019 The Associated Press. All rights reserved."
WIRE_COPYRIGHT_LINE = Pattern(
    r"^(?:©|Copyright|COPYRIGHT)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?(?:Thomson\s+)?(?P<wire>Reuters|The Associated Press|"
    r"Associated Press|AFP|Agence France-Presse|Bloomberg)\b(?:\s+(?:19|20)\d{2})?\s*(?:[.,]|$)", starts="©C")
# A paper's news flash opening the lead: 新京报快讯（记者 裴剑飞）… names the paper (not 本报讯, "this paper").
FLASH_SOURCE = Pattern(rf"^(?P<source>[{_H}]{{2,8}}?)(?:快讯|快訊|讯|訊)[（(]")
FLASH_SELF = ("本报", "本報", "本刊", "本网", "本網", "本台")
# A source that names the publishing site itself: 本站原创, 本网, 本站.
SELF_SOURCE = Pattern(r"(?:本站|本网|本網)(?:原创|原創|讯|訊|稿件|独家|獨家)?", starts="本")
# Self-media platforms: the account name printed beside the platform's name is the source.
SELF_MEDIA = Pattern(r"^(?:企鹅号|百家号|头条号|网易号|搜狐号|大风号|一点号|澎湃号|"
                     r"新浪看点|新浪号|快传号|微信公众号)$", starts="企百头网搜大一澎新快微")

# ---------------------------------------------------------------------------------------------
# people

# Chinese printed roles in bylines, longest first so 首席记者 wins over 记者.
AUTHOR_ROLES = ["首席记者", "首席記者", "特约记者", "特約記者", "实习记者", "實習記者", "见习记者", "見習記者",
                "驻站记者", "駐站記者", "本报记者", "本報記者", "本台记者", "本台記者", "记者", "記者",
                "特约评论员", "特約評論員", "评论员", "評論員", "新闻发言人", "新聞發言人", "执笔", "執筆",
                "实习生", "實習生", "特约撰稿人", "特約撰稿人", "特约撰稿", "特約撰稿", "撰稿人",
                "作者", "撰文", "撰稿"]
CORRESPONDENT_ROLES = ["特约通讯员", "特約通訊員", "职工通讯员", "職工通訊員", "通讯员", "通訊員"]
# Roles whose organisation prefix is not part of the printed role: 本报记者 is printed 记者.
ROLE_PREFIXES = ("本报", "本報", "本台", "本刊", "本网", "本網")
_ROLES = "|".join(sorted(AUTHOR_ROLES + CORRESPONDENT_ROLES, key=len, reverse=True))
# Any printed role, wherever it stands: a line without one is no role-first byline.
ROLE_WORD = Pattern(_ROLES)
# A Chinese personal name: two to four Han characters, or a transliteration joined by ·/•.
ZH_NAME = rf"[{_H}]{{2,4}}(?:[·•][{_H}]{{1,8}})*"
_ZH_NAMES = rf"{ZH_NAME}(?:[\s、，,&＆]+{ZH_NAME})*"  # 张三、李四 / 张三&李四
# A byline closing the last paragraph: …参加会议。(首席记者 贾献培 通讯员 左余东)
BYLINE_TAIL = Pattern(r"[(（]\s*(?P<credits>(?:" + _ROLES + r")\s*[^()（）]{1,60})[)）]\s*$")
# A byline opening the first paragraph: 新京报快讯（记者 裴剑飞）… / 本报讯（记者 张三 通讯员 李四）
# 【环球网报道 记者 张三】 and （环球时报驻美国特约记者 张三）: an organisation may precede the first role.
BYLINE_HEAD = Pattern(r"^.{0,24}?[(（【]\s*(?P<credits>[" + _H + r"\s]{0,14}?(?:" + _ROLES
                         + r")\s*[^()（）【】]{1,60})[)）】]")
# A dispatch dateline opening the lead with its writers in brackets and no role: 新华社北京5月19日电（刘艺、杨吉）.
DISPATCH_WRITERS = Pattern(rf"^[{_H}]{{2,16}}?(?:\d{{1,2}}月)?\d{{1,2}}日(?:专|專)?[电電]\s*[（(]\s*"
                           rf"(?P<names>{ZH_NAME}(?:\s*[、，,]\s*{ZH_NAME})*)\s*[)）]")
# A reader's letter signed under the text: name, then town (Kim Doe, Dallas / J. R. Smith, Fort Worth)
LETTER_SIGNATURE = Pattern(r"^(?P<name>(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}),"
                           r"\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})$", starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# An aggregator naming itself as the collector of a story it reposts, on the source line: 来源：新浪科技 酷勤网收集
COLLECTED_BY = Pattern(rf"(?P<site>[{_H}A-Za-z]{{1,8}}[网網])(?:收集|整理|转载|轉載)(?![{_H}])")
# A headline carrying its time stamp in brackets: 又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】
TIMED_TITLE = Pattern(r"^(?P<title>.{6,80}?)\s*[【\[［](?P<time>[0-2]?\d:[0-5]\d)[】\]］]$")
# Reporters named after the time on a date line, without a role: 2014/03/19 18:58 王大明 李小華 報導
NAMES_REPORTED = Pattern(rf"^(?P<names>{_ZH_NAMES})\s*(?:報導|报道|報道|报导)(?=$|[\s\u3000])")
# A TV newsroom's author box, the writer's desk role first and 報導 ("reported") closing it: 編輯 王大明 報導.
# The line credits the story's writer (as 記者 王大明 報導 does), not an editor of someone else's text.
EDITOR_REPORTED = Pattern(rf"^(?P<label>編輯|编辑)\s*[:：]?\s*(?P<names>{_ZH_NAMES})\s*(?:報導|报道|報道|报导)$",
                          starts="編编")
# A Taiwanese byline bracket: 〔記者王大明／台北報導〕 (a desk credit 〔即時新聞／綜合報導〕 has no role).
# A Taiwanese byline: 〔記者王大明／台北報導〕, 記者王大明／台北即時報導, 【王大明／台北報導】 (no role: the
# name must then look like a person's), or filed as a dispatch: 王大明／華盛頓4日電. A desk credit
# 〔即時新聞／綜合報導〕 names no person.
# The paper may stand before the role with a slash, as udn prints it: 【聯合晚報╱記者王大明/台北報導】.
# The name's slash may be the box-drawing ╱ and the desk a foreign-wires one: 【王大明╱綜合外電報導】.
# Writers of different roles share one credit, each role before its name: 編譯王大明、記者李小華／綜合報導.
TW_ROLES = "記者|记者|實習記者|实习记者|特派記者|特派员|特派員|編譯|编译"
TW_REPORT = Pattern(
    rf"^[〔【\[［]?\s*(?:(?P<outlet>[{_H}]{{2,8}})(?:\s+|\s*[╱／/]\s*(?=(?:本報|本报)?(?:記者|记者|實習|实习|特派|編譯|编译))))?"
    rf"(?:(?:本報|本报)?(?P<role>{TW_ROLES})\s*)?"
    rf"(?P<names>{ZH_NAME}(?:[、，,]\s*(?:(?:{TW_ROLES})\s*)?{ZH_NAME})*)(?:\s*[／/╱]\s*(?P<place>[{_H}A-Za-z]{{0,12}}?)"
    r"(?:(?:綜合|综合)?(?:外電|外电)?(?:即時|即时)?(?:報導|报道|報道|报导)|\d{1,2}日(?:專|专)?[電电])[〕】\]］]?|"
    # a bracket naming the paper and its reporter, no place: 【示例報╱本報記者王大明】
    r"(?(role)\s*[〕】\]］]$|(?!)))")
# A WeChat account's credit line over a reposted article: 原创： <writer>[<role>] <account>. The writer may print
# the kind of work glued after the name (张三编译); the account the piece comes from closes the line.
ORIGINAL_CREDIT = Pattern(rf"^原创\s*[:：]\s*(?P<name>[{_H}A-Za-z·]{{2,10}}?)(?P<role>编译|編譯|整理|撰文|执笔|執筆)?"
                          r"\s+(?P<account>[^\s:：]{2,20})$", starts="原")
# A site marking the story its own on the date line: 原创：示例网2024-04-23 12:27:25 (the name glued to the date).
# What follows the label names the outlet the text comes from when it ends as an outlet's name does (the
# caller checks): a WeChat repost's 原创： 张三 示例公众号 names a writer there (ORIGINAL_CREDIT).
ORIGINAL_OUTLET = Pattern(r"^原[创創]\s*[:：]\s*(?P<outlet>[^\s:：，,。、]{2,15}?)(?=\s|(?:19|20)\d\d|$)", starts="原")
# A desk's credit in brackets, naming the paper or site and no reporter: 【示例新聞網／綜合報導】, 〔示例報／台北報導〕
TW_DESK_CREDIT = Pattern(rf"^[〔【\[［]\s*[{_H}A-Za-z]{{2,12}}\s*[╱／/]\s*[{_H}]{{0,4}}?(?:綜合|综合)?(?:外電|外电)?"
                         r"(?:即時|即时)?(?:報導|报道|報道|报导)\s*[〕】\]］]$", starts="〔【[［")
# A desk's credit naming the reporter who wrote the story, 報導 glued after the name: 國際中心／王大明報導.
# (A place there, 地方中心／桃園報導, names no writer: the caller checks the name.)
DESK_REPORTER = Pattern(rf"^[〔【\[［]?\s*(?P<desk>[{_H}]{{1,6}}中心)\s*[╱／/]\s*"
                        rf"(?P<names>{ZH_NAME}(?:[、，,]\s*{ZH_NAME})*)(?:報導|报道|報道|报导)\s*[〕】\]］]?$")
# A wire's byline opening the lead, name and place glued: （中央社記者林志明高雄19日電）.
ZH_WIRE_BYLINE = Pattern(
    rf"^[（(]\s*(?P<wire>中央社|中央通訊社|新華社|新华社|中新社|路透社|法新社|美聯社|美联社|共同社|韓聯社|韩联社)"
    rf"(?:(?P<role>記者|记者|特派員|特派员)(?P<rest>[{_H}、]{{3,40}})|[{_H}]{{0,6}})\d{{1,2}}日"
    # filed as a dispatch (電), or rewritten from wire reports by the desk (綜合外電報導): no reporter then
    r"(?:(?:專|专)?[電电]|(?:綜合|综合)?(?:外電|外电)?(?:報導|报道|報道))\s*[)）]",
    starts="（(")
# A byline on its own line: 澎湃新闻记者 贺梨萍 / 记者 张三 通讯员 李四 / 扬子晚报记者 张楠 / 文/张三
# A label for the kind of work may open it: 采写：南都记者 张三 李四 ("interviewed and written by"), or the
# writer's label before the posting place and role: 作者： 香港特約記者 王大明.
_WORK_LABELS = "采写|採寫|采编|採編|撰稿|作者"
BYLINE_LINE = Pattern(
    rf"^[□■●◆▲★]?\s*(?:(?:{_WORK_LABELS})\s*[:：]\s*)?[（(]?(?P<org>[《》{_H}A-Za-z]{{0,12}}?)"
    rf"(?P<credits>(?:{_ROLES})\s*[:：/｜|]?\s*{_ZH_NAMES}"
    rf"(?:\s+(?:{_ROLES})\s*[:：/｜|]?\s*{_ZH_NAMES})*)\s*(?:报道|報導|报导|報道)?[)）]?$")
# An author named with a label inside a longer header line: 来源：人民日报 作者：张三
# The label may be glued to what precedes it (来源：某报作者：张三), and a role may follow it (作者： 记者张三),
# after the writer's paper in title marks when a story is reprinted (作者：《中国企业家》记者 林涛).
# A closing note may glue the writer's post to the name: (作者：张三北京大学经济学院教授): the name is taken only
# where an institution's name (a place, 中国, a university) opens the post and a title closes it.
_INSTITUTION_OPENERS = ("中国|中國|中央|国家|國家|国务院|國務院|北京|上海|天津|重庆|重慶|清华|清華|复旦|"
                        "復旦|南开|南開|同济|同濟|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|"
                        "河南|湖北|湖南|广东|廣東|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|臺灣|内蒙古|广西|"
                        "西藏|宁夏|新疆|香港|澳门|南京|武汉|中山|厦门|深圳|广州")
# Places and institutions that open a post; a two-character province (江苏, 吉林, 海南) also reads as a surname
# and a given name, so a bare name is checked against them.
PLACE_WORDS = frozenset(_INSTITUTION_OPENERS.split("|"))
_POST_TITLES = "教授|研究员|研究員|院长|院長|所长|所長|主任|书记|書記|博士|学者|學者|专家|專家|讲师|講師|校长|校長|院士"
AUTHOR_LABEL = Pattern(rf"(?P<role>作者|记者|記者|撰文|执笔|執筆)\s*[:：]\s*(?:《(?P<outlet>[^《》]{{1,20}})》\s*)?"
                          rf"(?:(?P<printed>{_ROLES})\s*)?"
                          # or the post before the name: (作者：中国示例研究院世界经济部部长、研究员张三)
                          rf"(?:(?:{_INSTITUTION_OPENERS})[^()（）:：\s]{{0,60}}?(?:{_POST_TITLES}))?"
                          rf"(?P<names>{_ZH_NAMES}(?=\s|$|[　|｜)）])|"
                          rf"[{_H}]{{2,3}}(?=(?:{_INSTITUTION_OPENERS})[{_H}]{{0,30}}?(?:{_POST_TITLES})[)）]))")
# "文/张三", "文｜张三" and "作者︱张三": the bare 文 credit, only with a slash or bar;
# 执笔/张三、李四 the same with its role, and 编译/张三 (compiled and translated by: the writer of a foreign story).
# 文/图 (text and photos) may be followed by a space alone: 文/图 张三 李四.
BYLINE_WEN = Pattern(rf"^(?:(?P<label>文|撰文|作者|图文|圖文|执笔|執筆|编译|編譯)\s*[/／｜|︱:：]|"
                     rf"(?P<both>文[/／][图圖]|[图圖][/／]文)"
                     rf"[/／｜|:：\s])\s*(?P<names>{_ZH_NAMES})(?:\s+(?:图|圖|摄影|攝影)\s*[/／｜|:：]\s*{_ZH_NAMES})?$",
                     starts="文撰作图圖执執编編")
# Labels of BYLINE_WEN kept as the printed role: 文/图 (text and photos) says more than 作者.
WEN_ROLES = ("撰文", "执笔", "執筆", "编译", "編譯",
             "文/图", "文／图", "文/圖", "文／圖", "图/文", "圖/文", "图／文", "圖／文")
# Writers' names (a space or 、 between them), then a slash and the work they did: 王大明 李小華／編譯
# (translated and compiled by both), as a Taiwanese info line prints it before its date.
ROLES_AFTER_SLASH = ("編譯", "编译", "撰文", "執筆", "执笔", "翻譯", "翻译")  # NAMES_THEN_ROLE's roles
NAMES_THEN_ROLE = Pattern(rf"^(?P<names>{_ZH_NAMES})\s*[／/╱]\s*(?P<role>{'|'.join(ROLES_AFTER_SLASH)})$")
# Writers' names with spaces between them, a slash, then the places they filed from, spaced too, and 報導:
# 王大明 李小華／新北 台南報導 (several reporters of one story, as a Taiwanese info line prints them before its date;
# TW_REPORT reads names joined by 、 and one place). Every name must then look personal.
NAMES_PLACES_REPORTED = Pattern(rf"^(?P<names>{_ZH_NAMES})\s*[／/╱]\s*"
                                rf"(?P<places>[{_H}]{{2,6}}(?:\s+[{_H}]{{2,6}})*?)(?:報導|报道|報道|报导)$")
# A bracket closing the last paragraph after its final sentence: …举行。（张三） / …。(文/图 张三 李四)
TAIL_BRACKET = Pattern(r"(?<=[。！？!?”」])\s*[(（](?P<inner>[^()（）]{2,40})[)）]\s*$")
# A writer's name on a line of its own under the story, with a bracket saying how the piece came to the paper:
# 王大明（新华社供本报特稿）, 王大明（本报特稿）. The bracket names a kind of piece, no role.
NAME_SUPPLIED = Pattern(rf"^(?P<names>{ZH_NAME}(?:[、\s]{ZH_NAME}){{0,2}})\s*[（(](?P<note>[{_H}]{{0,10}}"
                        r"(?:特稿|专稿|專稿|供稿|通稿|来稿|來稿))[)）]$")
# A news agency's closing credits in one bracket after the last sentence, each a label and a name, several joined
# by a slash, the agency's date code maybe glued after it: …。（譯者：王大明/核稿：李小華）1120823, or one alone:
# …。（編輯：王大明）1120823 (the editor of a domestic story). The translator
# (譯者) wrote the Chinese text; the checking editor (核稿) and the editor (編輯) edited it. One label may
# credit several people, the names joined by the same slash: （編輯：王大明/李小華）; a name is never
# a label followed by its colon, so 核稿 in （譯者：王大明/核稿：李小華） opens the next credit.
_CLOSING_LABEL = r"(?:譯者|译者|翻譯|翻译|核稿|編輯|编辑)"
_CLOSING_NAMES = rf"{ZH_NAME}(?:\s*[/／、]\s*(?!{_CLOSING_LABEL}\s*[:：]){ZH_NAME})*"
CLOSING_CREDITS = Pattern(
    rf"(?<=[。！？!?”」])\s*[(（]\s*(?P<credits>{_CLOSING_LABEL}\s*[:：]\s*{_CLOSING_NAMES}"
    rf"(?:\s*[/／、]\s*{_CLOSING_LABEL}\s*[:：]\s*{_CLOSING_NAMES})*)\s*[)）]\s*\d{{0,8}}\s*$")
CLOSING_CREDIT = Pattern(rf"(?P<label>{_CLOSING_LABEL})\s*[:：]\s*(?P<names>{_CLOSING_NAMES})")
TRANSLATOR_LABELS = ("譯者", "译者", "翻譯", "翻译")
# The role behind a name printed elsewhere: ▲（作者是《环球时报》评论员） / （作者系某某大学教授）
AUTHOR_IS = Pattern(r"[(（]\s*作者(?:是|系|為|为)(?:[^()（）]{0,30}?)(?P<role>" + _ROLES + r")\s*[)）]\s*$")
# A photographer's credit ends with 摄: 新华社记者 才扬 摄. Not an author of the text; a line ending
# with one is a caption.
# A photographer's credit closing a caption: 才扬 摄, 小花母亲供图 (the family supplied it), 记者张三 图.
PHOTO_CREDIT = Pattern(r"(?:记者|記者|通讯员|通訊員)?\s*[^\s，。]{2,12}(?:\s*翻?[摄攝]|供[图圖]|\s+[图圖])\s*[)）]?$")
# A photographer's credit with the date the picture was taken, no brackets, closing a caption: 中央社記者王大明攝
# 112年8月23日, 中央社記者王大明曼谷傳真 112年8月23日 (the credit of a picture sent in, with the place it came from).
DATED_PHOTO_CREDIT = Pattern(r"(?:攝|摄|傳真|传真)\s*\d{2,4}年\d{1,2}月\d{1,2}日$")
# The news site that ran a picture, printed after the photographer's credit closing its caption: 某某分局供图 示例网,
# 张三 摄 示例网发 (发: the site "sent out" the picture). The site's name ends 网 / 社 / 报; the credit before it
# is then read with PHOTO_CREDIT.
CREDIT_OUTLET = Pattern(rf"\s[{_H}]{{1,8}}(?:网|網|社|报|報)[发發]?$")
# Desk credits are not people: National Desk, Staff Reports, CNN Wire, 综合报导.
DESK_WORDS = Pattern(
    r"(?:\bDesk\b|\bStaff\b|\bReports?\b|\bWire\b|\bNewsroom\b|\bEditorial\b|\bEditors?\b|\bBoard\b|"
    r"\bService\b|\bBureau\b|\bTeam\b|\bAgency\b|中心$|新聞$|新闻$|小組$|小组$|编辑部$|編輯部$|[部組组台社]$|"
    r"\bR[ée]daction\b|\bRedacci[óo]n\b|\bRedaktion\b|"  # the newsroom in French, Spanish, German
    r"Associated Press|\bReuters\b|\bAFP\b|\bBloomberg\b|Agencies|\bAP\b|综合|綜合|报导|報導|报道|"
    r"整理$|佚名|"  # 网络整理 ("compiled from the web"), 佚名 ("anonymous"): no writer named
    r"Taboola|Outbrain|Sponsored|Promoted|Advertis)", re.IGNORECASE)
# Chinese surnames (the common single and double ones): a name glued to other text must start with one.
SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯"
    "龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章"
    "鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁冉骆駱蓝藍路游"
    "辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党"
    "宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池"
    "查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜"
    "海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏"
    "鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束"
    "檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由赖賴傅洪鐘凃粘"
)
COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容",
                     "尉迟", "尉遲", "公孙", "公孫", "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "独孤", "獨孤")

# English credits. "By Jane Doe and John Roe", "by Jeff Foust — November 18, 2019", "-- By Michael Russell",
# "by: Jane Doe" (a label with its colon).
# A label printed in capitals may be glued to the name when label and name are two spans: "BYJane Doe May 14, 2020"
# (a capital then a lower-case letter after BY: no word printed in capitals goes on so).
# The page's own label span glued before a byline text that opens with its own "by": "Byby JANE DOE and JOHN
# ROE" (the label is read once).
BY_LINE = Pattern(r"^(?:[-–—]+\s*)?(?:(?P<prefix>[A-Z][\w.&' -]{0,30}?)\s+)?(?:By(?=[Bb]y\s))?"
                  r"(?:[Bb][Yy]:?\s+|BY(?=[A-Z][a-z]))"
                  r"(?P<names>[A-Z@].*)$")
# A medical or fact checker's credit under the byline: "Reviewed by Jane Doe, MD". A credit line, but its
# name is no writer's.
REVIEWER_LINE = Pattern(r"^(?:Medically )?[Rr]eviewed [Bb]y\s|^Fact[- ]checked [Bb]y\s", starts="MRrF")
# A labelled author line in a facts box beside the date: "Author Jane Doe", "Author: Jane Doe".
AUTHOR_LINE = Pattern(r"^(?:Authors?|Written by|Words by|Writer)\s*[:：]?\s+(?P<names>[A-Z].{1,80})$", starts="AW")
# A teaser's button under its excerpt, printed alone: "READ THE REST", "Continue reading →", "Read more »".
READ_ON_BUTTON = Pattern(r"^(?:read the rest|read more|continue reading|read (?:the )?full (?:story|article|post))"
                         r"(?:\s*[»›>→…]+|\.\.\.)?$", re.IGNORECASE, starts="RrCc")
# A link to the document a story draws on, set as a paragraph of its own inside it: "Read the full transcript of
# his interview", "Read the full report here". No text of the story. A teaser's bare button ("Read the full
# story") is READ_ON_BUTTON's, so only a document is named here.
FULL_TEXT_LINK = Pattern(r"^Read (?:the|our|his|her|their|its) full (?:transcript|text|interview|report|statement|"
                         r"speech|letter|ruling|judgment|decision|findings)"
                         r"(?: (?:of|from|with|by|on|in|here|below)\b[^.!?:;,]{0,60})?[.»›→]?$", starts="R")
# Markup printed as text by a broken tag (an <a> whose text is "/a>"): a line holding nothing but a tag name.
STRAY_TAG = Pattern(r"^(?:</?|/)[A-Za-z][A-Za-z0-9]{0,9}\s*/?>$", starts="</")
# A blog's hat tip on a line of its own, closing a post: "(via Example Blog)", "h/t: Jane Doe". A credit, no text.
HAT_TIP = Pattern(r"^(?:[(\[]\s*(?:via|h/t|hat tip)\b[^()\[\]]{2,80}[)\]]|(?:via|h/t|hat tip)\s*:\s*\S.{0,80})$",
                  re.IGNORECASE, starts="([vVhH")
# Parenthesised closing credits: (Reporting by Indulal PM; Editing by Sunil Nair)
CREDIT_LINE = Pattern(
    r"^[(\[]?\s*(?P<credits>(?:Additional |Further )?(?:reporting|writing|editing|compiled|research|"
    r"translated|edited) by\b.+?)\s*[)\]]?\.?$", re.IGNORECASE)
# One credit inside such a line: "Reporting by Indulal PM in Mumbai".
CREDIT_PART = Pattern(
    r"^(?P<kind>(?:additional |further )?(?:reporting|writing|editing|compiled|research|translated|edited))"
    r" by\s+(?P<names>.+)$", re.IGNORECASE)
# A writer's biography under the story: "Jane Doe is a staff writer at Example News covering city hall."
AUTHOR_BIO = Pattern(
    # the words before the job may carry a place with its comma and dots ("a Washington, D.C.-based freelance …")
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:\(@\w+\) )?(?:is|was|has been) (?:(?:a|an|the) )?(?:[\w.-]+,? ){0,4}?"
    r"(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|author|producer|critic|"
    # a contributor's day job, as columns print it: "X is Director of Marketing for …", "X is the … Strategist who …"
    # (capitalised, as a title: news prose writes "is director of the agency" in lower case)
    r"Director|Strategist|Consultant|Founder)s? "
    r"(?:at|for|with|of|to|based in|who covers|covering|who founded) [^\n]{1,300}$")
# "Jane Doe and John Roe contributed to this report."; some templates set the note off with a dash run in front:
# "-- Example News' Jane Doe contributed to this report."
CONTRIBUTED = Pattern(
    r"^(?:(?:--|[–—])\s*)?"
    r"(?:[A-Z][\w ]{0,40}?\b(?:writers?|reporters?|correspondents?)\s+)?(?P<names>[A-Z][^.]{1,120}?)\s+"
    # \s, not a space: templates print the last words with a no-break space ("to this\u00a0report"), so a
    # short last line does not wrap its final word alone
    r"contributed\s+(?:to\s+this\s+(?:report|story|article)|reporting|additional\s+reporting)\b.*$")
# The same note in the form some newsrooms close with: "— With assistance by Jane Doe and John Roe",
# "With assistance from Jane Doe." (names after the phrase; a credit line, not a By line)
ASSISTED = Pattern(r"^(?:(?:--|[–—])\s*)?With (?:reporting )?assistance (?:by|from)\s+"
                   r"(?P<names>[A-Z][^.;]{1,160}?)\.?$", starts="-–—W")
# What follows an English name but is not part of it: a handle, an e-mail, a follow button, a title.
NAME_TRAILER = Pattern(r"\s*(?:\bFollow\b.*|@\w+.*|\bEmail\b.*|\bTwitter\b.*|[|,]\s*[A-Z][\w ]*$|\s+in\s+[A-Z].*)$")
# Titles printed after an English name ("By Jane Doe, Science Correspondent").
EN_TITLE = Pattern(r"\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Contributor|Analyst|Chief)\b")
# Places that follow a writer's name in a byline ("Jane Doe, Riverside Cricket Ground"): not a person.
# Words that are also surnames (Field, Hall, Bridge …) make a place only in a name of three words or more:
# "Anna Field" and "Joe Hall" are people, "Soldier Field" is not told from them, "Madison Square Garden" is.
VENUE_WORDS = Pattern(r"\b(?:Ground|Stadium|Oval|Arena|Centre|Center|University|College|Hospital|Airport|Station)\b|"
                      r"^(?=\S+\s+\S+\s+\S).*\b(?:Field|Hall|Court|Street|Road|Square|Bridge|Harbour|Harbor|Island|Valley|"
                      r"County|City)\b")
# An English personal name: two to five capitalised words (initials and particles allowed).
_EN_WORD = r"(?:[A-Z][\w'’.-]*|de|da|van|von|der|la|le|bin|al)"  # capitalised, or a particle of a name
EN_NAME = Pattern(rf"^{_EN_WORD}(?:\s{_EN_WORD}){{1,4}}$")

# A web address printed as a name (example.com, www.example.co.uk): a site's credit or its home link.
WEB_ADDRESS = Pattern(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$", re.IGNORECASE)

# Editor lines: 责任编辑：钱霓 / (责编：汤诗瑶、丁涛) / 【责任编辑:张樵苏 】 / Editing by Sunil Nair / 选稿：王小明
# (选稿, "copy chosen by": the desk editor's credit some portals print on the date line, 来源:某区 选稿：王小明)
EDITOR = Pattern(
    r"(?P<label>责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|选稿|選稿|Edited by|Editing by)"
    r"(?:\s*[:：/／|｜]\s*|\s+)(?P<names>[^()（）【】\[\]:：;；/／|｜]+?)\s*(?=[)）】\]|｜]|$|;|；|\s\S{1,6}[:：/／]|"
    # the next credit printed with a space for its colon (编辑 张三 校对 李四): a proofreader is no editor
    r"\s(?:校对|校對|审校|審校|审核|審核|美编|美編|摄影|攝影|监制|監製|终审|終審)\s)",
)
# An editor credit printed name first, the label after a slash, on a line of its own: 王大明/編輯.
EDITOR_AFTER_NAME = Pattern(rf"^(?P<names>{_ZH_NAMES})\s*[/／]\s*(?P<label>責任編輯|责任编辑|編輯|编辑|責編|责编)$")
# A line opening with an editor credit, wherever it stands after the article.
EDITOR_LINE = Pattern(r"^[(（【\[]?\s*(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯)|"
                      # a column's staff credits, the planner first: 策划：张三 编辑：李四
                      r"^(?:策划|策劃|监制|監製|统筹|統籌)\s*[:：][^:：]{1,12}\s(?:编辑|編輯)\s*[:：]",
                      starts="(（【[责責值策監监统統" + SPACE)
# The closing credit line with the editor glued after the source (and the writer): 本文来源：某报 作者：张三
# 责任编辑：NF042. It is the page's own credit wherever it stands: a promo box the page sets inside the text
# (an app promo, 重点推荐 with linked headlines) can push it further below the last paragraph than the
# closing credits are looked for.
SOURCE_THEN_EDITOR = Pattern(r"^(?:本文来源|本文來源|文章来源|文章來源|稿件来源|稿件來源)\s*[:：][^:：]{1,20}"
                             r"(?:\s作者\s*[:：][^:：]{1,20})?\s(?:责任编辑|責任編輯|责编|責編)\s*[:：]",
                             starts="本文稿")
# A line of production credits with a slash or colon (供稿  摄影/张三  编辑/李四): a credit, not body.
SLASH_CREDITS = Pattern(rf"(?:摄影|攝影|编辑|編輯|责编|責編|美编|美編|校对|校對)\s*[/／:：|｜]\s*[{_H}]{{2,4}}(?:\s|$)|"
                        r"供稿(?:\s|$)")
# Staff codes glued to editor names: 杨倩_NF4425, 荀建国_NN7379, 韩保林 PK155
STAFF_CODE = Pattern(r"(?:_[A-Za-z]{1,4}\d{2,6}|\s+[A-Z]{1,4}\d{2,6})$")
STAFF_CODE_ALONE = Pattern(r"^[A-Za-z]{1,4}\d{2,6}$")

# ---------------------------------------------------------------------------------------------
# body

# Lines that end the article: editor credits, correction links, pagers, disclaimers, copyright.
BODY_STOP = Pattern(
    r"^(?:[(（【\[]?\s*(?:责任编辑|責任編輯|责编|責編|值班编辑)|[(（【\[]\s*(?:编辑|編輯)\s*[:：\s]|【纠错】|【糾錯】|\[纠错\]|"
    r"【\d+】|\[\d+\]\s*\[\d+\]|[【\[]?(?:上一页|下一页|上一篇|下一篇|上一則|下一則)|阅读下一篇|閱讀下一篇|"
    r"【?免责声明|【?免責聲明|声明[:：]|聲明[:：]|版权声明|版權聲明|"
    # a platform's disclaimer under a self-media post, its opening quote kept: “特别声明：以上作品内容…
    r"[“\"「]?\s*(?:特别声明|特別聲明)\s*[:：]|"
    r"[(（]?本文来[自源]|[(（]?本文來[自源]|[(（]?文章来源|[(（]?文章來源|原文链接|原文鏈接|"
    r"(?:还|還)想看更多|看更多|更多精彩|返回搜狐|返回.{0,6}首页|"
    r"相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门推荐|熱門推薦|相关推荐|相關推薦|"
    # a column's box of its earlier pieces under the text: 往期推荐, 往期回顾
    r"往期推荐|往期推薦|往期回顾|往期回顧|"
    # the same box headings with a dot between their two words: 延伸 · 推荐, 相关·阅读
    r"(?:延伸|相关|相關)\s*[·・•]\s*(?:推荐|推薦|阅读|閱讀)$|"
    r"編輯部推薦|编辑部推荐|編輯推薦$|编辑推荐$|"
    # a box of popular links set in the text under its own heading (熱門閱讀 over ● linked titles)
    r"熱門閱讀$|热门阅读$|熱門點閱$|热门点阅$|"
    # the comment box's heading under the story (發表意見, 留言規則 over the site's rules for comments)
    r"發表意見$|发表意见$|留言規則$|留言规则$|我要留言$|網友留言$|网友留言$|"
    # a box of other stories under the text, headed as English pages head it (You may also like): 你可能還想看
    r"你可能(?:還|还|也|會|会)?(?:想看|喜歡|喜欢)$|猜你喜歡$|猜你喜欢$|"
    r"Related (?:links|stories|articles|coverage|topics|content|news|slideshows?|galler(?:y|ies))\b|"
    r"Most (?:popular|read|viewed|shared)\b|"
    r"Topics:?$|Topics: |Tags?:|FILED UNDER|Filed under|Reuse this content|Trending|Recommended|More from|"
    r"Read more(?!\s*:\s*\S)|Read next|"  # "Read more: <title>" inside the story is one link (RELATED_LINK)
    # a science story's closing credits: "Story Source:", "Materials provided by X.", "Journal Reference:"
    r"Story Source:?$|Materials provided by\b|Journal References?:?$|"
    # a journal's citation line under its news story: "doi: 10.1038/d41586-019-02790-3"
    r"doi:\s*10\.\d{4,9}/\S+$|"
    # a science site's box of related stories under the text: "Explore further" over a linked title
    r"Explore further$|"
    # a tag list's label run on to its first tag, no space between: "More:At 250 who will America Be?"
    r"More:(?=\S)|"
    r"About the authors?$|Leave a (?:comment|reply)|Join the (?:conversation|discussion)|(?:Show|Load) comments|"
    r"View (?:\S+ )?Comments|Comments$|Sign up|Share this|Share on|Share the link|Copyright|©|All rights reserved|"
    # a notice standing in for an article no longer on the page: "The article you requested has been archived"
    r"The (?:article|story|page) you requested)",
    re.IGNORECASE,
    starts="(（【[责責值上下阅閱免声聲版本文原还還看更返相延推热熱編编RMTFVCSAJLED©“\"「特發发留我網网你猜往" + SPACE,
)
# A site's notice claiming the text as its own piece and forbidding reposts, printed under the article:
# 示例网(www.example.cn)专稿，未经书面授权请勿转载。 / 示例网原创内容，未经授权不得转载. It closes the text (a
# notice that names no piece of the site's own, 未经授权不得转载 alone, is only BOILERPLATE). Searched on short
# lines holding 未经/未經 only.
# 本文为示例网原创文章，未经允许不得转载 words it as an original article (原创文章) the same way.
RIGHTS_NOTICE = Pattern(r"(?:专稿|專稿|原创内容|原創內容|原创稿件|原創稿件|独家稿件|獨家稿件|原创文章|原創文章)"
                        r"\s*[，,、]?\s*未[经經]")
# A letter's closing line, its sign-off: "—Warmly, Michael", "Sincerely, Jane Doe". No paragraph of its text.
SIGN_OFF = Pattern(r"^(?:[—–-]+\s*)?(?:Warmly|Sincerely|Yours(?: truly| sincerely| faithfully)?|"
                   r"Best(?: wishes| regards)?|Kind regards|Regards|Cheers|Respectfully|With love|All the best),\s*"
                   r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$", starts="—–-WSYBKRCA")
# A letter's salutation on a line of its own: "Friend,", "Dear Jane Doe,". Its first paragraph.
SALUTATION = Pattern(r"^(?:(?:My )?Dear )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},$")
# A Chinese speech, statement or letter addressing its hearers on a line of its own, ending with a colon:
# "女士们、先生们：", "各位记者朋友：". Its first paragraph. A label (编者按：, 来源：) names no hearers.
CJK_SALUTATION = Pattern(r"^(?:[^\s，,。；;！!？?：:、]{0,8}(?:们|們|朋友)、?){1,3}[：:]$")
# An editors' note appended to a story, correcting it: "Correction: This posting has been updated …",
# "Clarification: An earlier version of this story …". Not the story's text, however long.
# The label may carry the correction's time stamp, and the note may follow the colon with no space:
# "Correction 3/3/20 9:05 a.m. PDT:A previous version of this story misstated …". An update note says what
# changed the same way: "Update 4/3/2020, 6:20pm ET: This post was updated to include the new figures."
CORRECTION_NOTE = Pattern(r"^(?:Correction|Clarification|Editor's note|Editor’s note|Update)s?"
                          r"(?:\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?)?"
                          r":\s*"
                          r"(?:This (?:post|posting|story|article|report|version)\b|"
                          r"(?:An|A) (?:earlier|previous|prior) version\b)",
                          re.IGNORECASE, starts="CcEeUu")
# A metered paywall's box set into the text where the free part of the story ends: its greeting ("It is great to
# see that you are enjoying the Example website.") and its count ("You have now reached your allowance of 3 free
# articles in the last 30 days.", "You've reached your limit of free articles"). Nothing after it is the story's.
# Searched (not matched) on English lines holding "free" or "enjoying" only.
PAYWALL_NOTICE = Pattern(r"\breached (?:your|the) (?:allowance|limit|quota|maximum) of (?:\w+ )?free "
                         r"(?:articles?|stories|reads)\b|"
                         r"\b(?:you are|you're|you’re) enjoying (?:the|our) [\w .&'’-]{1,40}?(?:website|site)\b",
                         re.IGNORECASE)
# A wire-style note in brackets over a story that was amended: "(Corrects 10th paragraph to show …)",
# "(Updates with minister's comments)". It says what changed, it is not the story's text.
AMENDED_NOTE = Pattern(r"^\((?:Corrects|Updates|Adds|Recasts|Clarifies|Changes|Fixes|Removes|Refiles)\b[^()]{3,200}\)$",
                       starts="(")
# How a short heading of a box of other stories ends: "DW recommends", "Recommended for you".
STOP_ENDINGS = (" recommends", "recommended for you", "you may also like", "you might also like", "you may like",
                "you might like", "don't miss", "more stories",
                "editor's picks", "editors' picks", "editor's recommendations")
# The heading of a box of other stories: nothing after it is the article's (a hard stop for the core).
# "Related stories" and 相关阅读 are left out: pages also print them as boxes inside the story.
BOX_HEADING = Pattern(
    r"^(?:推荐阅读|推薦閱讀|热门推荐|熱門推薦|相关推荐|相關推薦|編輯部推薦|编辑部推荐|編輯推薦|编辑推荐|"
    r"Most (?:popular|read|viewed|shared)|More from\b|"
    # a gallery box of other pictures under the text: "Related Slideshow: The region's best beaches"
    r"Related (?:slideshows?|galler(?:y|ies)|photo galler(?:y|ies))\b)",
    re.IGNORECASE, starts="推热熱相編编MR")
# Markers of boilerplate inside the article area: ads, subscriptions, licences, app promotions.
# Checked only on lines shorter than a long paragraph, so an article about copyright stays body.
# No IGNORECASE, no anchors, and no branch opening with a digit or a full stop: every branch opens
# with a rare literal, so the engine skips quickly over ordinary text.
# Searched anywhere in a line, so every branch opens with a literal character (lookarounds after it):
# re then skips in C to the places one of those characters stands, where a branch opening with a
# group or a lookbehind made it try every branch at every character (a long line cost ~70 µs, not ~15).
BOILERPLATE = Pattern(
    # a licence number in the footer (许可证：3112…, 许可证号, 许可证 浙B2-…), not a licence a story talks about
    # (繳交營運路線許可證規費，… / 已取得許可證，將會申訴)
    r"ICP备|ICP證|ICP证|许可证(?![，。、；！？,;!?]|(?![号號编編])[\u4e00-\u9fff](?![\s\dA-Z]))|"
    r"許可證(?![，。、；！？,;!?]|(?![号號编編])[\u4e00-\u9fff](?![\s\dA-Z]))|"
    r"版权所有|版權所有|All Rights Reserved|All rights reserved|ALL RIGHTS RESERVED|"
    # a repost notice (未经本网授权，不得转载), not a clause listing acts (未经批准、授权处置…的)
    r"©\s*\d{4}|【更多精彩|订阅《|未经[^、]{0,6}授权|未經[^、]{0,6}授權|非經授權|非经授权|违法和不良信息|举报电话|举报邮箱|扫码|掃碼|扫描二维码|二维码|二維碼|"
    r"客户端下载|APP下载|下载.{0,8}APP|下載.{0,8}APP|载点|載點|点击进入|點擊進入|点击查看|點擊查看|【点击|【點擊|"
    # an app promo under the text: 喜欢这篇文章？去 App 商店搜 某某日报 (the store, not an app a story names)
    r"去\s?App\s?商店|去\s?App\s?Store|"
    r"关注.{0,10}(?:微信|微博|公众号|公眾號)|人参与(?<=\d人参与)|人參與(?<=\d人參與)|付费会员|付費會員|加入会员|加入會員|"
    # a portal's comment link: 我来说两句, its count loaded by a script and missing in the dump: (人参与)
    r"我来说两句|我來說兩句|人参与[)）](?<=[(（]人参与[)）])|人參與[)）](?<=[(（]人參與[)）])|"
    r"necessarily reflect|hare your (?:videos|photos|pictures|stories)|"
    # a review's disclosure of the copy it was played on: "X was reviewed using code provided by Y. …ethics policy"
    r"was reviewed (?:using|on|with) (?:an? |the )?(?:[\w-]+ ){0,3}(?:code|copy|build|unit|key)s? "
    r"(?:provided|supplied) by\b|"
    r"ign up (?:for|to) [^.]{0,50}(?:newsletter|e-?mails?|alerts)|ubscribe to [^.]{0,50}newsletter|"
    # a newsletter box's heading: "Keep up with the Example Daily newsletter.", "Get the Example Daily newsletter
    # and don't miss a moment."
    r"eep up with [^.]{0,50}newsletter|et (?:the|our) [^.]{0,50}newsletter\b|"
    # a newsletter box's heading, and a column's standing line naming its newsletter: "Follow Example Insights
    # and never miss an update!", "Example Brief is a daily newsletter from Example News that delivers …"
    r"ever miss an update|s a (?:daily|weekly) newsletter from |"
    # a newsletter box's lead-in: "Subscribe for updates on the race, delivered to your inbox Monday - Friday."
    # and its heading, a newsletter's name in title case closing the line: "First Draft Newsletter"
    # … also "Receive Example News coverage delivered directly to your inbox."
    r"ubscribe for updates\b|elivered (?:directly |straight )?to your inbox\b|Newsletter$|"
    # a reader-feedback widget under the text: "Is this story relevant to you?", "Was this article helpful?"
    r"s this (?:story|article|post) (?:relevant to you|helpful|useful)\?|"
    # a call to follow the site's video channel under the text: "For more interviews and videos, subscribe on
    # YouTube!" (a story about a channel says "subscribed", "subscribers": the call is to the reader)
    r"ubscribe (?:on|to) (?:our )?YouTube\b|"
    # the link to the newsletter's archive under its box: "Most recent newsletter", "Latest newsletters"
    r"ost recent newsletters?$|atest newsletters?$|ast newsletters?$|"
    # a magazine's newsletter promo set in the text, its name then the title's possessive: "Get Example Sheet,
    # Example’s technology newsletter" (a sentence about a newsletter ends with a stop)
    r"’s (?:[\w-]+ ){0,3}newsletter$|'s (?:[\w-]+ ){0,3}newsletter$|"
    # a non-profit paper's donation appeal under the text: "Our journalism depends on donations from readers like you."
    r"epends on (?:the )?(?:donations|support|contributions) (?:from|of) (?:our )?readers\b|"
    r"不代表本|僅代表作者|仅代表作者|转载请注明|轉載請註明|"
    # a newsletter box's message after signing up, printed in the dump though shown only then
    r"感謝您的訂閱|感谢您的订阅|謝謝您的訂閱|谢谢您的订阅|"
    # a giveaway promo closing a bulletin link (免費論壇 再送精美周邊好禮!, 下載APP抽好禮！); a story's sentence
    # offering gifts closes with a full stop
    r"送.{0,8}好[禮礼][!！]?$|抽.{0,8}好[禮礼][!！]?$|"
    # a copy-link button's message, printed in the dump though shown only once clicked (已將網址複製到您的剪貼簿！)
    r"複製到.{0,8}剪貼[簿板]|复制到.{0,8}剪贴[板簿]|"
    r"条评论|我要评论|我要評論|评论\(|用LINE|Click here|click here|CLICK HERE|"
    # a portal's promotion of its mobile site, closed by the host: …上手机新浪网娱乐频道 ent.sina.cn
    r"上手机.{0,12}(?:网|網|频道|頻道)\s*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net)$"
)
# Words a photo caption may consist of alone, under the date line where a bare name would stand
# (海报 "poster", 剧照 "film still"): each opens with a surname character, yet names no one.
PICTURE_WORDS = frozenset((
    "海报", "海報", "剧照", "劇照", "封面", "近照", "写真", "寫真", "合影", "合照", "组图", "組圖", "截图", "截圖",
    "现场", "現場", "资料图", "資料圖", "示意图", "示意圖", "效果图", "效果圖",
))
# How lines of links and promotions end: "更多>>", "Full Article", an image file name.
BOILERPLATE_ENDINGS = (">>", "»", "》》", "Full Article", "Full Coverage", ".jpg", ".jpeg", ".png", ".gif", ".webp",
                       ".JPG", ".JPEG", ".PNG", ".GIF")
# Page furniture printed as a short line: share bars, font-size buttons, print links, ad labels.
WIDGET = Pattern(
    r"^(?:分享到|分享至|分享$|字号|字號|字体|字體|T\s*[+|]|A-A\+|打印|列印|收藏|评论$|評論$|举报$|舉報$|"
    # the English form of 字号: a font-size switch's label ("Text Size", "Font size")
    r"(?:Text|Font) [Ss]ize$|"
    r"Advertisement:?$|Advertising$|Sponsored$|"
    # an ad slot's label inside the text: "Story continues below", "Story Continued Below"
    r"Story [Cc]ontinue[sd] [Bb]elow|Continue reading|Share(?:$| this\b| on\b| via\b|(?:\s+[A-Z]\w*){1,6}$)|"
    r"Tweet\b|Print$|Email$|"
    # an old template's share links under the headline: "Email to a friend Permalink", "E-mail this story"
    r"E-?mail (?:to a friend|this (?:story|article|page))\b|Permalink$|"
    # a share bar's buttons on one line: "Facebook Twitter Print Email", "WhatsApp LinkedIn Copy link"
    # (the "more" pop-up's services too: "Google + Pinterest Tumblr Reddit Sina Weibo StumbleUpon")
    r"(?:(?:Facebook|Twitter|WhatsApp|LinkedIn|Reddit|Pinterest|Messenger|Flipboard|Print|E-?mail|Copy link|"
    r"Tumblr|StumbleUpon|Google ?\+|(?:Sina )?Weibo)"
    r"(?:\s+|$)){2,}$|"
    r"Sign in\b|Log in\b|Log out\b|Sign out\b|Subscribe\b|Comments?$|Reuse this content|"
    # the links of a writer's box beside the byline ("View author archive", "Get author RSS feed")
    r"View author archive$|See all (?:articles|posts|stories)$|(?:Get )?author RSS feed$|E-?mail the author$|"
    # … and its fan and alert buttons on one line ("Become a Fan Get Email Alerts from this Reporter")
    r"Become a [Ff]an(?:\s+Get (?:E-?mail )?Alerts\b.{0,30})?$|"
    # a photo's link to its large version ("View full size image", "View larger image", "Enlarge photo")
    r"View (?:full[- ]size|larger?|full) (?:image|photo|picture)$|Enlarge (?:this )?(?:image|photo|picture)$|"
    # a notice over an old story's headline: "This article is more than 5 years old"
    r"This (?:article|story|page) is more than (?:\d+|an?|one) (?:years?|months?) old$|"
    r"Follow (?:on|me on) (?:Twitter|Facebook|Instagram|X)$|Bio$|"
    # a feed's subscription link among the follow buttons ("RSS", "RSS Feeds")
    r"RSS(?: [Ff]eeds?)?$|"
    # the provider's label of an inserted widget (a calculator, a comment box): "Powered by Example.com"
    r"Powered by [\w.&'’-]+(?:\s[\w.&'’-]+){0,2}$|"
    # a placeholder a script fills in ("Loading Related Articles...", "Loading comments…")
    r"Loading\b.{0,40}(?:\.\.\.|…)$|"
    # … or printed without the dots, naming the widget: "Loading Photo Gallery", "Loading video"
    r"Loading (?:photo |image |video )?(?:gallery|slideshow|video|player|comments|map)$|"
    # a search engine's "preferred source" button: "Add Example News on Google", "Add Example as a preferred
    # source on Google"
    r"Add [A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4} (?:as a preferred source )?on Google$|"
    # a picture gallery's button under its cover picture: "Slideshow ( 15 images )", "Gallery (12 photos)"
    r"(?:Slideshow|Gallery|Photo gallery)\s*\(\s*\d+\s+(?:images|photos|pictures|slides)\s*\)$)",
    re.IGNORECASE,
    starts="分字T打列收评評举舉ASCEPLRVGFBWMP",
)
# A story's reading time printed in its header ("5 min read", "3 minute read", "Reading time: 4 minutes"):
# furniture between the kicker and the headline, as a time stamp is.
READ_TIME = Pattern(r"^(?:[0-9]{1,3} ?(?:min|mins|minutes?)\.? read|"
                    r"Reading time:? [0-9]{1,3} ?(?:min|mins|minutes?)\.?)$", re.IGNORECASE, starts="0123456789R")
# The heading of a writer's card printed between the By line and the date (the name again, a title, this
# heading, links to the writer's other stories, "View All"): "More Stories By Jane". The links under it are
# other stories' titles, not the headline.
WRITER_CARD = Pattern(r"^More (?:[Ss]tories|[Aa]rticles|[Pp]osts) (?:[Bb]y|[Ff]rom) "
                      r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}$", starts="M")
# The fallback text an embedded post prints in place of the post when its script did not run: "Tweet may
# have been deleted (opens in a new tab)"; an Instagram embed's "View this post on Instagram" over its
# attribution "A post shared by Jane Doe (@janedoe)". It stands where the post stands inside the story: a marker.
EMBED_PLACEHOLDER_STARTS = "TVA"
EMBED_PLACEHOLDER = Pattern(r"^(?:Tweet may have been deleted\b|View this (?:post|reel|profile) on Instagram$|"
                            r"A post shared by [^()\n]{1,60} \(@[\w.]{1,30}\)$)", starts=EMBED_PLACEHOLDER_STARTS)
# A By line of capitalised words ("By Fox News", "By Staff Reports", "By Jane Doe"): a credit line, never the
# headline. Only capitalised words (and a joining and / of / the) follow By, so a title "By the numbers" is none.
BY_CAPITALS = Pattern(r"^By\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|the))*$", starts="B")
# A desk credit printed alone in the byline slot, no By: "From staff and wire reports", "Staff reports", "From
# news services". It names the desk that wrote the story from its own and the wires' copy: a credit line, never
# the headline (it stands between the headline and the date, title-sized, with no stop).
DESK_REPORTS = Pattern(r"^(?:From\s+)?(?:(?:[Ss]taff|[Ww]ire)(?:\s+and\s+(?:[Ss]taff|[Ww]ire))?\s+[Rr]eports|"
                       r"(?:[Ss]taff\s+and\s+)?[Nn]ews\s+[Ss]ervices)$", starts="FSsWwNn")
# A link's screen-reader label closed by where it opens: a share button's "Click to share on Example (Opens in new
# window)", a social icon's "This link opens in a new window". Page furniture, never a title or a paragraph.
NEW_WINDOW_LABEL = Pattern(r"^This link opens in a new window$|\([Oo]pens in (?:a )?new window\)$")
# Screen-reader texts of a writer's social links glued after the name in a byline: "Jane Doe Follow @janedoe
# Email jdoe@example.com". Cut off before the name is read.
SOCIAL_TAIL = Pattern(r"(?:\s+(?:Follow @\w+|E-?mail [\w.+-]+@[\w-]+(?:\.[\w-]+)+))+$")
# Photo and video captions and credits: not body, never authors. Two patterns, so neither has to
# be tried at every position of a long line: one for how a caption opens (``match``), one for how
# it ends (searched in the last characters only).
CAPTION_START = Pattern(
    # a caption may open with the ◎ mark some sites set before it: ◎ 图：示例图库
    r"(?:◎\s*)?(?:图片来源|圖片來源|图源|圖源|图片[:：]|圖片[:：]|图\s*[/：:]|圖\s*[/：:]|图注[:：]|圖注[:：]|资料图|資料圖|视频截图|視頻截圖|"
    r"图为|圖為|[上下左右]图[:：]|[上下左右]圖[:：]|"
    # the screen-reader labels over a picture's credit and caption: 圖像來源，Getty Images / 圖像加註文字，
    # (an audio or video clip's caption label: 音頻加註文字， / 視頻加註文字，)
    r"圖像來源|图像来源|圖像加註文字|图像加注文字|音頻加註文字|音频加注文字|視頻加註文字|视频加注文字|"
    r"Photograph:|Photo:|Photos:|Picture:|Image:|Illustration:|Credit:|File photo|Image copyright|Image caption|"
    # a credit line under the lead picture naming where it comes from: "Image source: Getty Images."
    r"Image source:|"
    # a picture's label naming its place on the page (Header Image: …), an agency's file picture (FILE - …)
    r"(?:Header|Featured?|Top|Lead|Cover|Hero|Banner|Main) (?:[Ii]mage|[Pp]hoto|[Pp]icture):|FILE [-–—] |"
    # ▲ / ► point at the picture above or beside, ▼ at the picture below (▼下台負責？… over its photo);
    # the hollow △ is how CCTV's texts (and the portals carrying them) mark a caption: △坦帕市市长…
    r"Media caption|Getty Images|(?:Photograph|Photo|Picture|Image|Illustration|Video|Graphic)s? by |▲|△|►|▼|"
    # the credit of an embedded video printed alone under it, naming who filmed and cut it, nothing after the
    # names: "Video shot/edited by Jane Doe.", "Video produced by Jane Doe and John Roe" (anchored, so a
    # sentence going on after the name, "Video shot by Jane Doe shows the crash", stays text)
    r"Video (?:shot|edited|filmed|produced)(?:\s?(?:/|and|&)\s?(?:shot|edited|filmed|produced))? by "
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:(?:,| and| &) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}){0,3}\.?$|"
    # the zoom link a template prints before the caption, a slash between: "Enlarge / Nurses at a test site …"
    r"Enlarge / |"
    # an instruction under a picture: （点击看清晰大图）, 點擊圖片看大圖
    r"[（(]?(?:点击|點擊)[^，。,]{0,6}(?:大图|大圖))",
    starts="图圖资資视視音上下左右PICFMGVHTLBE▲△►▼（(点點◎")
# A picture's zoom link printed alone over its credit and caption: "click to enlarge", "Click image to enlarge".
ZOOM_LINK = Pattern(r"^[Cc]lick (?:(?:on )?(?:the )?(?:image|photo|picture) )?to (?:enlarge|zoom)$", starts="Cc")
# A caption's screen-reader label printed alone on its line, the caption itself on the next line (BBC's
# figures: 圖像加註文字， / <caption>; an audio or video clip's: 音頻加註文字，): that next line is the caption,
# however it reads.
CAPTION_LABEL = Pattern(r"(?:(?:圖像|音頻|視頻)加註文字|(?:图像|音频|视频)加注文字|Image caption|Media caption)"
                        r"\s*[，,:：]?$", starts="圖图音視视IM")
# An instruction printed alone under a picture to open it at full size (（点击看清晰大图）, 點擊圖片看大圖):
# a label over the picture, as a screen-reader label is; a note opening 注： right under it is the
# picture's key (注：红色为绕行线路), see body._under_caption_label.
ZOOM_HINT = Pattern(r"^[（(]?(?:点击|點擊)[^，。,]{0,6}(?:大图|大圖)[)）]?$", starts="（(点點")
# The key to a picture, a map or a chart: 注：… / 註：… / 图注：…
PICTURE_KEY = Pattern(r"^(?:注|註|图注|圖註|圖注)\s*[:：]", starts="注註图圖")
CAPTION_END = Pattern(
    # a picture's origin in brackets: （圖翻攝自google map）, (取自網路) "taken from"
    r"(?:[（(]\s*(?:图|圖|翻攝|翻摄|照片|資料照|资料照|取自|截自|擷取自|撷取自)[^()（）]{0,30}[)）]|"
    # a photographer's or agency's credit closing a caption: （記者王大明／攝影）, （…台北傳真 102年6月29日）
    r"[（(][^()（）]{2,30}(?:攝影|摄影|傳真|传真|[攝摄][於于]\s*\d{2,4}年(?:\d{1,2}月)?)(?:\s*\d{2,4}年\d{1,2}月\d{1,2}日)?\s*[)）]|"
    # the photographer's credit labelled before the name: （攝影：楊約翰）, （摄影／张三）
    r"[（(]\s*(?:攝影|摄影)\s*[：:／/]\s*[^()（）：:／/]{1,20}[)）]|"
    # the switch that hides the caption, printed after it and its credit: "… Jane Doe/AP hide caption"
    r"\shide caption$|"
    # a UK picture desk's code in square brackets: "She snaps a selfie in Thailand [DS]", "[GETTY]", "[PA]"
    r"\s\[[A-Z]{2,8}(?:[ /][A-Z]{2,8}){0,2}\]|"
    # a picture agency in brackets written as a name, after a caption's question or phrase: "… the question? [Wenn]"
    r"(?<![.\]])\s\[[A-Z][a-z]{2,11}(?:[ /][A-Z][a-z]{2,11})?\]|"
    r"\b(?:Photograph|Photo|Credit|Image|Illustration|Pictured):\s*[^.]{1,60}|"
    # who provided the picture, in brackets closing the caption: （讀者提供）, （圖／民眾提供）
    r"[（(](?:[^()（）]{0,12}[／/])?[^()（）／/\s由]{1,6}提供[)）]|"
    # a file photo's label after the caption's sentence: 現任署長呼聲高。資料照片
    # or alone on the credit line under the caption, after whose files it is: 本報資料照
    r"(?:[。！？]\s*|^[^\s。，,]{0,6}?)(?:資料照片|资料照片|資料照|资料照|檔案照片|档案照片)|"
    # an agency's credit in brackets, maybe after a file photo's year: "(AP)", "(File 2013/The Associated Press)";
    # or an old picture's licence standing for the credit: "(Public domain)"
    r"\((?:File(?: [Pp]hoto)?(?: \d{4})?\s?/\s?)?(?:The )?(?:Associated Press|AP|Reuters|AFP|Getty Images|"
    r"Public [Dd]omain|"
    r"[A-Z][\w ]{0,30} Photo[^)]{0,60})\)|"
    r"\s{2,}[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}/(?:[A-Z][\w]+)(?:\s\w+){0,2}|"
    # the same credit after a Chinese caption's full stop and one space: "…揮手致意。 Jane Doe/Associated Press"
    # (Latin letters only: \w would take in the Chinese text of "…預購。PS5/Xbox 版本將同步推出")
    r"[。！？]\s?[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,3}\s?/\s?"
    r"[A-Z][A-Za-z0-9&.'-]*(?:\s[A-Za-z0-9&.'-]+){0,3}|"
    # a picture agency's name alone in brackets closing a Chinese caption: （美聯社）, （路透）, （法新社資料照）
    r"[（(](?:美聯社|美联社|法新社|路透社?|歐新社|欧新社|彭博社?|達志影像|达志影像|共同社)(?:資料照|资料照|檔案照|档案照)?[)）]|"
    # the picture's credit after a slash closing the caption: …开始爱自己的样子。/图：示例图库
    r"[/／]\s*(?:图|圖)\s*[:：]\s*[^\s，。,；;：:／/]{1,24}$|"
    # a screenshot's origin in brackets: （视频截图）, （网页截图）
    r"[（(]\s*(?:视频|視頻|网页|網頁)?截[图圖屏][^()（）]{0,30}[)）]|"
    # a photographer's name and agency in brackets: "(Jane Doe/AFP/Getty Images)", "(John Q. Roe/The Example Post)"
    r"\((?:Photo by )?[A-Z][a-z'’.-]+(?: [A-Z][\w'’.-]*){1,2}\s?/\s?[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,4}"
    r"(?:\s?/\s?[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,3})?\)|"
    # … a picture's or a video's maker and outlet joined by a bar: "(Video by Jane Doe | Example Media for Example.com)"
    r"\((?:Photo|Video)s? by [A-Z][a-z'’.-]+(?: [A-Z][\w'’.-]*){1,2} \| [A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,5}\)|"
    # … or in square brackets, maybe after a file picture's label: "… in Durban [Jane Doe/EPA]",
    # "… on Monday [File: John Roe/Reuters]"
    r"\s\[(?:File: )?[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]*){0,3}\s?/\s?[A-Z][A-Za-z&'’.-]*"
    r"(?: [A-Za-z&'’.-]+){0,3}\]|"
    r"\bGetty Images|"
    # a stock library's credit after the caption's last sentence, maybe with its contributor's name:
    # "Best-selling hate. Shutterstock/chrisdorney", "The old mill. iStock"; or in brackets, as a local site
    # prints it: "… also called to the scene. (Shutterstock)"
    r"[.!?]\s+(?:Shutterstock|iStock(?:photo)?|Alamy|Dreamstime|Adobe Stock)(?:\s?/\s?[\w.'’-]+)?$|"
    r"[.!?]\s+\((?:Shutterstock|iStock(?:photo)?|Alamy|Dreamstime|Adobe Stock)(?:\s?/\s?[\w.'’-]+)?\)$|"
    # who lent the picture, after the caption's last sentence, with no stop: "… (1761). Courtesy Example Museum"
    r"[.!?)]\s+(?:Photo )?[Cc]ourtesy(?: of)? (?:the )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’-]*){0,3})$")
# A caption placing the people in its picture: "Jane Doe, left, and John Roe at the launch", "(from left)".
PLACED_CAPTION = Pattern(r", (?:far |second from |from )?(?:left|right)(?:,| to right)|"
                         r"\((?:from |far )?(?:left|right)\)")
# A photographer's name closing a caption after its last stop, with no stop of its own: "… on the set of 'The
# Film.' Jane Doe" (a paragraph ends with its stop). Searched in the last characters, with PLACED_CAPTION.
CREDIT_AFTER_STOP = Pattern(r"[a-z][.!?][\"'’”]?\s+[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,2}$")
# A caption under a screenshot, a noun phrase ending in 截图: 某报网站题为《…》的报道截图。 (a sentence that shows
# a screenshot, 他展示了聊天记录截图。, names no 的 kind of page before it). A comma outside the titles
# marks a sentence, not a caption: the caller checks that.
# Without 的 the kind of page opens the caption's last words and no full stop closes it (示例报道截图): a sentence
# (他展示了微博截图。) ends with one.
SCREENSHOT_CAPTION = Pattern(r"的(?:报道|報導|网页|網頁|页面|頁面|文章|视频|視頻|微博|推文|帖子|新闻|新聞|网站|網站)?"
                             r"(?:截图|截圖|截屏)。?$|"
                             r"(?:报道|報導|网页|網頁|页面|頁面|视频|視頻|微博|推文|网站|網站)(?:截图|截圖|截屏)$|"
                             # a still from a film or show named by its title: 电影《示例》截图
                             r"》(?:截图|截圖|截屏)$")
# A picture's origin closing its caption after a space: 示例有轨电车  图片来源：示例融媒 (the label opening the line
# is CAPTION_START's). Searched in the last PICTURE_SOURCE_REACH characters of a line only.
PICTURE_SOURCE_END = Pattern(r"\s(?:图片来源|圖片來源|图源|圖源)\s*[:：]\s*[^\s，。,；;：:]{1,20}$")
PICTURE_SOURCE_REACH = 32
# A photographer's credit opening a caption, name and agency joined by a slash: "Jane Doe/for Example News",
# "Jane Doe/AP". Tried only on lines with a slash near their start.
PHOTO_CREDIT_START = Pattern(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}\s?/\s?(?:for )?[A-Z][\w&.-]*(?:\s|$)")
CAPTION_TAIL = 90  # characters at the end of a line that CAPTION_END looks at
# Time stamps and separators of live formats ("10 p.m.", "4:14 p.m.", "___"); bare section numbers.
MARKER = Pattern(
    r"^(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?(?:\s[A-Z]{2,4})?|\d{1,2}[:：]\d{2}|[_\-–—=*·•~#]{3,}|"
    r"[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、]?)$")

# A labelled date line whose date prints no year (发布时间：03-0109:30): a date line all the same, never
# body, though its date cannot be read without the year.
YEARLESS_DATE = Pattern(
    r"^(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[:：]\s*"
    r"\d{1,2}\s*[-/.月]\s*\d{1,2}", starts="发發更时時日")
# A title that opens with the month it reports on, the month run straight into the topic with no day
# (2024年4月全国CPI同比上涨0.3%, 2024年4月份居民消费价格…): a headline or a release's title, not a date
# line; a date line names the day (2024年4月12日) or a time, or leaves a space after the month.
TITLED_MONTH = Pattern(r"^(?:19|20)\d{2}年\d{1,2}月份?(?![日号份])[\u4e00-\u9fffA-Z](?!.*(?:\d日|\d:\d))",
                       starts="12")
# A count of readers' comments heading the comment section: "3 comments", "Comments (12)", "12 Responses".
COMMENTS_HEADING = Pattern(r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$", re.IGNORECASE)
# How to reach the writer, or an address alone, under the story: "Contact Jane Doe at jdoe@example.com."
# (also "Correspondent Jane Doe may be reached at jd@example.com": the writer's contact note closing the text)
CONTACT_LINE = Pattern(r"^(?:(?:Contact|Email|E-mail|Reach|Write to|Follow)\b[^@]{0,60}?|"
                       r"[A-Z][^@]{0,60}? (?:may|can) be reached (?:at|by e-?mail at) )?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                       r"(?:\s+or\s+\S+)?\.?$")
# The writer's handle on a line of its own, as a sign-off prints it under the address: "Twitter: @janedoe".
SOCIAL_HANDLE = Pattern(r"^(?:Twitter|X|Instagram|Threads|Bluesky)\s*:\s*@[\w.]{1,30}$", starts="TXIB")
# Social-follow and syndication credits closing an article: "Follow Jane Doe on Twitter.",
# "Originally published on Live Science." Not body.
FOLLOW_CREDIT = Pattern(
    r"^(?:Follow (?:us|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}) on (?:Twitter|Facebook|Instagram|LinkedIn)\b|"
    r"Originally published (?:on|by|in) |"
    r"This (?:post|story|article|piece) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in|at) |"
    # where the story was published again after this page, closing it: "This article was reprinted on Example.com."
    # (the other site copied it: no source, no paragraph); the site's link may follow a no-break space
    r"This (?:post|story|article|piece) (?:was|has been) (?:reprinted|republished|syndicated) (?:on|in|at|by)\s|"
    # a paper's note on the printed edition under the web text: "A version of this article appears in print on
    # May 4, 2017, on Page A7 of the New York edition with the headline: …"
    r"A version of this (?:article|story|review|column|essay) (?:appears|appeared) in print\b|"
    # a promotion of the site's guides and columns: "This article is part of the guide X.", a column's note
    # inside the story "This is the latest installment of the X column."
    r"This (?:post|story|article|piece) is part of (?:the|our) (?:guide|series|package)\b|"
    r"This is (?:is )?the (?:latest|newest|most recent) (?:installment|instalment|edition|entry) (?:of|in) |"
    # a newsletter's or app's promotion, maybe bulleted: "♦ Download the X app for …", "Receive daily updates …"
    r"(?:[♦◆•►▶]\s*)?(?:Download (?:the|our) [^.]{0,40}\bapps?\b|"
    # (a stream's promotion between paragraphs: "Get up-to-the-minute updates: Download Example Stream")
    r"(?:Receive|Get) (?:daily|weekly|regular|up-to-the-minute) (?:news |email )?updates\b|Subscribe here\b))",
    starts="FOTDRSAG♦◆•►▶")
# A link to another story printed as a line of its own, under a label: "Related article: Council approves …",
# "RELATED: …", "See also: …". Not body wherever it stands (inside the story or after it), whatever its length.
# Chinese pages label a link to the earlier story the same way: "此前报道：港媒曝某某出狱前首受访", 相关报道：….
RELATED_LINK = Pattern(r"^(?:Related(?: (?:article|story|post|link|video|content|coverage))?|See also|Also read|"
                       # a magazine's link between two paragraphs: "For more, read: <title>"
                       r"Read also|Read more|For more,? read|"
                       r"此前报道|此前報導|相关报道|相關報導|前情回顾|前情回顧|往期回顾|往期回顧|"
                       # a bold link to the previous story, after a bar bullet: ▌前情提要：〈…〉
                       r"(?:[▌▍■◆●]\s*)?(?:前情提要|前情摘要)|"
                       # a linked title set in brackets between two paragraphs: （熱門點閱：…）, （延伸閱讀：…）
                       r"[（(]\s*(?:熱門點閱|热门点阅|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|相關新聞|相关新闻|相關閱讀|相关阅读))"
                       r"\s*[:：]\s*\S", re.IGNORECASE, starts="RSAF此相前往（(▌▍■◆●")
# A story's lead opening with its date and a double dash, the dateline of old US templates: "Feb. 23, 2015 --
# Researchers said …". The line is the first paragraph (prose follows the dash), and its date the story's.
DATELINE_LEAD = Pattern(r"^(?P<date>(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, "
                        r"(?:19|20)\d{2}) -- (?=\S)(?:\S+\s+){6}", starts="JFMASOND")
# A link to another story or gallery under a capitalised label, maybe in brackets: "(MORE: Best Tweets About
# the Quake)", "PHOTOS: Earthquake Shakes the Northeast", "WATCH: …". Not body, wherever it stands. An
# invitation to the site's event is one too: "RSVP for our panel on 11/9: The Future of Public Housing".
PROMO_LINK = Pattern(r"^(?:\(\s*)?(?:MORE|READ MORE|PHOTOS?|VIDEOS?|WATCH|GALLERY|LISTEN|SEE ALSO|ALSO READ|"
                     r"RSVP(?: for [^:]{1,40})?)"
                     r"\s*:\s*\S.{0,150}$",
                     starts="(MRPVWGLSA")
# A newsroom's note closing an English story, not part of it: how to reach the reporter, who funded the
# project, a call for readers' stories ("To reach the reporter behind this story, contact jdoe@example.org.",
# "This project was produced with support from the Example Fund.", "Are you a tenant? We want to hear from you!"),
# the site's notes on paid links ("Advertising disclosure: We may receive compensation for some of the links …",
# "NOTE: The advertising disclaimer below does not apply to this article …").
CLOSING_NOTE = Pattern(r"^(?:To reach the (?:reporters?|writers?|editors?|authors?)\b|"
                       r"(?:Advertising|Affiliate) [Dd]isclosure:|"
                       r"(?:NOTE|Note):\s*The (?:advertising|affiliate) disclaimer (?:below|above)\b|"
                       r"This (?:project|story|article|report|reporting|series|coverage) (?:was|is) "
                       r"(?:produced|made possible|supported|funded|underwritten)\b|"
                       r".{0,120}?\bWe want to hear from you\b)")
# The writers' thanks closing a Chinese story, set like a paragraph under the text and over the credits:
# 感谢示例、某某为本文提供的帮助 / 特别感谢示例研究院对本文的支持 / 鸣谢：示例基金会为本文提供资料. It speaks
# about the story (who helped write it), not for it; only a note naming 本文 (this article) is one.
ACKNOWLEDGEMENT = Pattern(r"^(?:特别|特別)?(?:感谢|感謝|鸣谢|鳴謝)\s*[:：]?[^。！？]{1,60}?"
                          r"(?:为|為|对|對)本文\S{0,16}$", starts="特感鸣鳴")
# Where a story was first published, in a syndication note: "Originally published on Live Science.",
# "This post originally appeared on Example News." The site named is the source, unless it is the page's own.
# The note may go on after the site's name ("… appeared at Example Blog.  Copyright 2015. Follow …").
# A date after "First published on" is the page's first-published stamp (Tue 29 Nov 2016 07.46 EST), no site.
ORIGINALLY_PUBLISHED = Pattern(r"\b(?:[Oo]riginally|[Ff]irst) (?:published|appeared|ran) (?:on|by|at|in) "
                               r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+\d"
                               r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
                               r"(?P<site>[A-Z][\w.&'’ -]{1,40}?)(?:\.?$|\.\s)")

# The time a box of market data was read, printed beside the story (a stock card, a rates table):
# "Price as of August 10, 2022, 1:20 p.m. ET", "Quotes as of 4:00 PM EDT". Its date is the visit's, not the story's.
DATA_STAMP = Pattern(r"^(?:(?:Stock |Share )?Prices?|Quotes?|Data|Returns|Market data|Rates?) (?:(?:are )?as of|"
                     r"delayed)\b", starts="PSQDRM")
# A facts box's dated entry about what the story covers, not the story: a game's or film's release, a show's
# air date ("Release Date 2014-06-26", "Release date: March 3, 2015"). Its date is the product's.
FACT_DATE = Pattern(r"^(?:(?:Original |US |UK |North American )?Release|Air|Premiere|Launch|Opening) [Dd]ate\b",
                    starts="OUNRAPL")

# A video's caption: its title closed by a dash and "video", maybe its credit after it
# ("Police clear the square with water cannon – video", "… – video Example News"). Searched in a line's end.
VIDEO_CAPTION = Pattern(r"\s[–—-]\s?video(?:\s[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2})?$")

# The attribution line closing an embedded social post (a tweet quoted in the page): a dash, the account's name
# and @handle in brackets, then the post's date. Its date is the post's, never the article's.
EMBED_STARTS = "—–"  # the dashes an embedded post's attribution line opens with
EMBED_ATTRIBUTION = Pattern(r"^[—–]\s*[^()\n]{1,60}\(@\w{1,30}\)", starts=EMBED_STARTS)
# The same attribution glued onto the end of the post's text, the post printed as one line (a template that
# sets the quoted post and its attribution in one block): "Council votes tonight. Come along!— Example Council
# (@examplecouncil) June 7, 2016". Searched in the last EMBED_END_REACH characters of a line holding "(@".
EMBED_END = Pattern(r"[—–]\s*[^()\n—–]{1,60}\(@\w{1,30}\)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    r"[a-z]*\.? \d{1,2}, (?:19|20)\d{2}$")
EMBED_END_REACH = 100

# Boilerplate glued onto the last paragraph: cut it off, keep the article text before it.
GLUED_TAIL = Pattern(
    r"(?<=[。！？!?.”」』)）])\s*(?:[(（【\[]?\s*(?:责任编辑|責任編輯|责编|責編)|【纠错】|【糾錯】|"
    r"[(（]?本文来[自源]|[(（]?本文來[自源]|返回搜狐|查看更多|更多精彩|原标题|原標題|"
    r"还想看更多|還想看更多|点击进入|點擊進入|分享到|版权所有|版權所有|返回.{0,8}首页|返回.{0,8}首頁|"
    r"Share this|Read more|Click here|Copyright|©|"
    # a link to the full story closing a roundup's item: …保护时长。详情>> (only with its arrow: 。详情如下 is prose)
    r"(?:详情|詳情)\s*(?:>>|》》|»)|"
    # CNA's filing code, the ROC date (year 102 = 2013) glued after the last sentence: …到30日。1020629
    r"1\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$)")


EXAMPLES: dict[str, tuple[re.Pattern[str], list[str]]] = {
    "WEB_ADDRESS": (WEB_ADDRESS, ["Example.com", "www.example.co.uk", "news.example.org"]),
    "STRAY_TAG": (STRAY_TAG, ["/a>", "</div>", "<br/>", "</p >"]),
    "BREADCRUMB_PREFIX": (BREADCRUMB_PREFIX, ["您当前的位置:云南网 >> 云南频道", "现在位置： 首页 >> 东区新闻 >> 正文",
                                              "当前位置：首页", "您现在的位置是：首页 > 新闻",
                                              "YOU ARE HERE: Home→Archive→City Hall"]),
    "BREADCRUMB_SEPARATOR": (BREADCRUMB_SEPARATOR, ["人民网>>文化", "娱乐 > 明星 > 正文", "udn / 社會 / 焦點事件",
                                                    "國際新聞 〉"]),
    "BREADCRUMB_SPACED": (BREADCRUMB_SPACED, ["新华网 正文", "凤凰网 娱乐 正文"]),
    "HOME_WORDS": (HOME_WORDS, ["首页", "网易首页", "新华网", "Home"]),
    "TRAIL_ITEM": (TRAIL_ITEM, ["政治", "2024大選前哨站", "某國核電廢水入海"]),
    "SECTION_LABEL": (SECTION_LABEL, ["Overview: World", "FILED UNDER:", "Filed Under:", "栏目：国内", "Obsession",
                                      "From the section US & Canada", "Posted inCity Hall, Politics"]),
    "MORE_SECTION": (MORE_SECTION, ["更多《社會》新聞", "更多体育新闻"]),
    "CHANNEL_LINE": (CHANNEL_LINE, ["生活新聞", "国际频道"]),
    "NAV_WORDS": (NAV_WORDS, ["Search", "Video", "首页", "字号", "聯絡我們", "About us"]),
    "DATE_LABEL": (DATE_LABEL, ["发布时间:2020年01月29日 07:40:11", "Updated: January 16, 2020"]),
    "POSTED_BY_DATE": (POSTED_BY_DATE, ["janedoe 發表於 2024年5月20日 14:41 收藏此文",
                                        "示例用户发表于 2024-05-20 14:41"]),
    "MODIFIED_LABEL": (MODIFIED_LABEL, ["Last modified on Mon 18 Nov 2019 18.56 GMT", "updated December 27, 2014",
                                        "最後更新時間：2023/09/01 18:20", "最后更新：2023-09-01 18:20",
                                        "and last updated 2013-12-30 16:42:01-05"]),
    "READ_ON_BUTTON": (READ_ON_BUTTON, ["READ THE REST", "Continue reading →", "Read more »", "Read full story"]),
    "FULL_TEXT_LINK": (FULL_TEXT_LINK, ["Read the full transcript of his interview", "Read the full report here",
                                        "Read our full interview with Jane Doe"]),
    "HAT_TIP": (HAT_TIP, ["(via Example Blog)", "[via Jane Doe]", "h/t: Example News", "Via: Example Daily"]),
    "RELATIVE_STAMP": (RELATIVE_STAMP, ["Last updated: 11 hours ago", "Published 1 day ago", "Updated an hour ago"]),
    "RELATIVE_AGE": (RELATIVE_AGE, ["7 days ago", "5 hrs ago", "an hour ago"]),
    "COURTESY_SOURCE": (COURTESY_SOURCE, ["Courtesy of Example News", "Republished courtesy of The Example Post"]),
    "SOURCE_LABEL": (SOURCE_LABEL, ["发布时间:2020年01月29日 07:40:11   来源: 昆明日报", "来源：新华网",
                                    "来源 | 综合示例日报、示例晚报",
                                    "来源于：东区办事处", "本文来源：每日经济新闻  责任编辑：荀建国_NN7379",
                                    "SOURCE: Associated Press", "Source: Universität München",
                                    "发表于2014-08-24 21:30| 1164次阅读| 来源示例网| 0 条评论| 作者张三"]),
    "SOURCES_LIST": (SOURCES_LIST, ["Sources: Example News, Example Post / Photo Credit: Jane Doe/Example",
                                    "Sources: Example Times, Example Radio, Example Herald"]),
    "GLUED_CREDIT": (GLUED_CREDIT, ["2020-05-06 10:21:07来源：示例日报作者：责任编辑：王五"]),
    "SOURCE_TRAILER": (SOURCE_TRAILER, ["每日经济新闻举报", "求是网参与互动", "示例网-《示例日报》2024-05-20"]),
    "SOURCE_NOTE": (SOURCE_NOTE, ["（资料来源：国家统计局）",
                                  "(Sourcing: much of this list came from the state office)."]),
    "ORIGINAL_HEADLINE": (ORIGINAL_HEADLINE, [
        "原标题:昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议强调全面加强疫情防控工作",
        "（原标题：单项奖金100万美元，“中国诺贝尔奖”揭晓！）", "本文原标题：《市图书馆新馆下月开放......》",
        "（原题为《市图书馆新馆下月开放》）"]),
    "COMPILED_SOURCE": (COMPILED_SOURCE, ["(综合整理自澎湃新闻、智东西、雷锋网等)", "摘自《示例日报》"]),
    "CONTRIBUTOR_NOTE": (CONTRIBUTOR_NOTE, ["（实习生王小明对此文亦有贡献）", "(記者王大明對本文也有貢獻)"]),
    "REVIEWER_LINE": (REVIEWER_LINE, ["Reviewed by Jane Doe, MD", "Medically reviewed by John Roe"]),
    "AUTHOR_BOX_LINK": (AUTHOR_BOX_LINK, ["See All Articles", "View author archive", "Bio",
                                          "jdoe@example.com | Example Reporting"]),
    "DATELINE_LEAD": (DATELINE_LEAD, ["Feb. 23, 2015 -- Council members voted on Tuesday to close the park."]),
    "AUTHOR_TITLE": (AUTHOR_TITLE, ["Political Commentator", "Senior Editor", "Editor of Example Magazine"]),
    "PHOTO_LABEL": (PHOTO_LABEL, ["Photo by:", "Photograph:"]),
    "EDITOR_NOTE": (EDITOR_NOTE, ["【编前语】2019年出版的《求是》杂志发表文章。", "编者按：本文作者是一位老教师。"]),
    "WIRE_DATELINE": (WIRE_DATELINE, ["HAYWARD, Calif. (AP) — The Latest on a deadly stabbing",
                                      "MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat",
                                      "LIMA, Peru/QUITO (Reuters) - Two neighbours agreed on a border"]),
    "ZH_WIRE_DATELINE": (ZH_WIRE_DATELINE, ["新华社北京11月17日电 记者17日从国家卫生健康委获悉", "中央社台北28日電"]),
    "WIRE_LINE": (WIRE_LINE, ["Reuters", "© Thomson Reuters 2020", "The Associated Press", "By The Associated Press",
                              "Reuters Staff"]),
    "WIRE_AFTER_NAMES": (WIRE_AFTER_NAMES, ["By JANE DOE Associated Press"]),
    "WIRE_COPYRIGHT_LINE": (WIRE_COPYRIGHT_LINE, ["Copyright 2019 The Associated Press. All rights reserved.",
                                                  "Copyright © 2019 Reuters. All Rights Reserved."]),
    "SELF_SOURCE": (SELF_SOURCE, ["本站原创", "本网"]),
    "SELF_MEDIA": (SELF_MEDIA, ["企鹅号", "百家号"]),
    "FLASH_SOURCE": (FLASH_SOURCE, ["新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料"]),
    "BYLINE_TAIL": (BYLINE_TAIL, ["等参加会议。(首席记者 贾献培 通讯员 左余东)",
                                  "才有这座英雄的城！（评论员 罗博 萧海川）"]),
    "ROLE_WORD": (ROLE_WORD, ["首席记者 贾献培", "澎湃新闻记者 贺梨萍", "执笔：李四"]),
    "BYLINE_HEAD": (BYLINE_HEAD, ["新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料",
                                  "本报讯（记者 张三 通讯员 李四）",
                                  "【环球网报道 记者 张三】美国国务院19日表示"]),
    "LETTER_SIGNATURE": (LETTER_SIGNATURE, ["Kim Doe, Dallas", "J. R. Smith, Fort Worth"]),
    "COLLECTED_BY": (COLLECTED_BY, ["来源：新浪科技 　 酷勤网收集　2009-11-01", "示例网整理"]),
    "TIMED_TITLE": (TIMED_TITLE, ["又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】", "市图书馆新馆下月开放[09:30]"]),
    "NAMES_REPORTED": (NAMES_REPORTED, ["王大明 李小華 報導　地區：台北市報導", "张三 报道"]),
    "ORIGINAL_CREDIT": (ORIGINAL_CREDIT, ["原创： 王大明编译 示例交易研究", "原创：张三 示例公众号"]),
    "ORIGINAL_OUTLET": (ORIGINAL_OUTLET, ["原创：示例网2024-04-23 12:27:25", "原創：示例報 2023-01-02"]),
    "FIRST_PUBLISHED": (FIRST_PUBLISHED, ["本文首发于示例公众号（shili）", "（本文首發於示例週刊）"]),
    "SUMMARY_LABEL": (SUMMARY_LABEL, ["核心提示：春节将至，示例市发布出行提醒。", "【内容提要】示例",
                                      "摘要：示例市昨日举行开发者大会，千余人参会。"]),
    "RIGHTS_NOTICE": (RIGHTS_NOTICE, ["示例网(www.example.cn)专稿，未经书面授权请勿转载。",
                                      "示例网（www.example.cn）原创内容，未经授权不得转载，违者必究。",
                                      "本文为示例网原创文章，未经允许不得转载，如需转载请联系示例网"]),
    "NAMES_THEN_ROLE": (NAMES_THEN_ROLE, ["王大明 李小華／編譯", "张三、李四/编译", "林小美／撰文"]),
    "NAMES_PLACES_REPORTED": (NAMES_PLACES_REPORTED, ["王大明 李小華 林小美／新北 台南報導", "王大明 李小華／台北報導",
                                                      "张三、李四/北京 上海报道"]),
    "TW_DESK_CREDIT": (TW_DESK_CREDIT, ["【示例新聞網／綜合報導】", "〔示例時報／台北報導〕",
                                        "【示例網╱綜合外電報導】"]),
    "TW_REPORT": (TW_REPORT, ["〔記者王大明／台北報導〕行政院今天", "記者王大明／台北即時報導", "【王大明／台北報導】",
                              "【王大明╱綜合外電報導】",
                              "中國時報 王大明／台北報導", "聯合報 記者王大明／台北即時報導",
                              "示例報／ 編譯王大明、記者李小華／綜合報導",
                              "記者王大明、李小華／台北報導", "【聯合晚報╱記者王大明/台北報導】",
                              "王大明／華盛頓4日電", "【示例報╱本報記者王大明】"]),
    "EDITOR_AFTER_NAME": (EDITOR_AFTER_NAME, ["王大明/編輯", "王大明、李小華／编辑"]),
    "DESK_REPORTER": (DESK_REPORTER, ["國際中心／王大明報導", "社會中心／王大明、李小華報導",
                                      "【生活中心／王大明報導】"]),
    "NAME_SUPPLIED": (NAME_SUPPLIED, ["王大明（新华社供本报特稿）", "王大明（本報特稿）", "王大明 李小华（本报专稿）"]),
    "CLOSING_CREDITS": (CLOSING_CREDITS, ["…達成一致的立場。（譯者：王大明/核稿：李小華）1120823",
                                          "…举行会议。（译者：王大明／编辑：李小华）",
                                          "…處1年以下有期徒刑。（編輯：王大明）1120823",
                                          "…處1年以下有期徒刑。（編輯：王大明/李小華）1120823",
                                          "…討論相關問題。（譯者：王大明）"]),
    "CLOSING_CREDIT": (CLOSING_CREDIT, ["譯者：王大明", "核稿：李小華", "編輯：王大明/李小華"]),
    "EMBED_ATTRIBUTION": (EMBED_ATTRIBUTION, ["— 示例帳號 (@example) September 4, 2023",
                                              "— Jane Doe (@janedoe) December 22, 2014"]),
    "EMBED_END": (EMBED_END, ["Council votes tonight. Come along!— Example Council (@examplecouncil) June 7, 2016",
                              "@janedoe Thank you! ♥— Example Library (@examplelib) September 16, 2016"]),
    "DISPATCH_WRITERS": (DISPATCH_WRITERS, ["新华社北京5月19日电（王大明、李小华）示例研究所专家19日介绍"]),
    "ZH_WIRE_BYLINE": (ZH_WIRE_BYLINE, ["（中央社記者王大明台北19日電）台北市一家商店今天清晨發生火警",
                                        "（中央社雪梨23日綜合外電報導）某國總理表示",
                                        "（中央社台北19日電）", "（中央社記者王大明、李小華台北19日電）"]),
    "AUTHOR_LABEL": (AUTHOR_LABEL, ["来源：人民日报 作者：张三", "作者：李四", "来源：某某网作者：李四",
                                    "作者： 记者王五 编辑： 赵六", "作者：《某某周刊》记者 王芳",
                                    "（作者：王芳北京大学经济学院教授）", "(作者：王芳)",
                                    "（本文来源：某报 作者：中国某某研究院经济部部长、研究员王芳）"]),
    "EDITOR_REPORTED": (EDITOR_REPORTED, ["編輯 王大明 報導", "编辑：王大明、李小华 报道"]),
    "BYLINE_LINE": (BYLINE_LINE, ["澎湃新闻记者 贺梨萍", "扬子晚报记者 张楠", "记者 张三 通讯员 李四", "本报记者 王芳",
                                  "□ 本报记者 王芳 李强 报道", "《某某周刊》作者 王芳", "采写：示例报记者 王芳 李强",
                                  "作者： 台北特約記者 王大明"]),
    "BYLINE_WEN": (BYLINE_WEN, ["文/张三", "作者：李四", "作者︱李四", "文/图 张三 李四", "编译/王小明",
                                "文/张三 图/李四", "执笔/张三、李四&王五"]),
    "TAIL_BRACKET": (TAIL_BRACKET, ["南美站活动将先后在三国举行。（张三）", "满足需要。(文/图 张三 李四)",
                                    "发表在示例刊物上。（编译/王小明）"]),
    "AUTHOR_IS": (AUTHOR_IS, ["希望这次大火给政府和社会都带来有益的反思。▲（作者是《环球时报》评论员）"]),
    "PHOTO_CREDIT": (PHOTO_CREDIT, ["新华社记者 才扬 摄", "每经记者 张蕊 摄",
                                    "2月17日，康复病人在献血浆时拍照留念。新华社记者 才扬 摄",
                                    "1990年的老城照片。示例网记者 张三 翻摄",
                                    "小花的家。 小花母亲供图", "本文图片均为澎湃新闻记者张三 图"]),
    "CREDIT_OUTLET": (CREDIT_OUTLET, ["示例纸条。某某区公安分局供图 示例网", "街景。张三 摄 示例网发"]),
    "DATED_PHOTO_CREDIT": (DATED_PHOTO_CREDIT, ["新館揭牌。中央社記者王大明攝 112年8月23日",
                                                "市長致詞。（示例黨提供）中央社記者王大明曼谷傳真  112年8月23日"]),
    "DESK_WORDS": (DESK_WORDS, ["National Desk", "Staff Reports", "CNN Wire", "综合报导", "Taboolaby Taboola",
                                "Rédaction Example"]),
    "FROM_SOURCE": (FROM_SOURCE, ["From: Herald Sun", "From: The Example Times"]),
    "BY_LINE": (BY_LINE, ["By Jane Doe and John Roe", "by Jeff Foust — November 18, 2019",
                          "-- By Michael Russell Follow @tdmrussell", "National Desk By National Desk",
                          "BYJane Doe May 14, 2020"]),
    "SOCIAL_TAIL": (SOCIAL_TAIL, [" Follow @janedoe", " Follow @janedoe Email jdoe@example.com"]),
    "ACKNOWLEDGEMENT": (ACKNOWLEDGEMENT, ["感谢示例、某某为本文提供的帮助", "特别感谢示例研究院对本文的支持",
                                          "鸣谢：示例基金会为本文提供资料"]),
    "CLOSING_NOTE": (CLOSING_NOTE, ["To reach the reporter behind this story, contact jdoe@example.org.",
                                    "This project was produced with support from the Example Fund.",
                                    "Are you a tenant? We want to hear from you! Send your questions here.",
                                    "Advertising disclosure: We may receive compensation for some of the links.",
                                    "NOTE: The advertising disclaimer below does not apply to this article."]),
    "PROMO_LINK": (PROMO_LINK, ["(MORE: 13 Best Tweets About the Park)", "PHOTOS: The New Park",
                                "RSVP for our panel on 11/9: The Future of Public Housing",
                                "WATCH: Mayor Speaks"]),
    "RELATED_LINK": (RELATED_LINK, ["Related article: Council approves the new park plan", "RELATED: Park opens",
                                    "See also: How the vote went", "Read more: Council approves the park plan",
                                    "For more, read: This Example Hotel Is Putting a Speaker in Every Room",
                                    "此前报道：港媒曝某某出狱前首受访",
                                    "（熱門點閱：某地今晚登場！最佳時間直播）", "（延伸阅读：某某事件始末）",
                                    "▌前情提要：〈某地新市長難產：兩黨僵持不下〉"]),
    "BY_CAPITALS": (BY_CAPITALS, ["By Fox News", "By Staff Reports", "By Jane Doe and John Roe"]),
    "DESK_REPORTS": (DESK_REPORTS, ["From staff and wire reports", "Staff reports", "From news services",
                                    "Wire and staff reports"]),
    "NEW_WINDOW_LABEL": (NEW_WINDOW_LABEL, ["Click to share on Example (Opens in new window)",
                                            "This link opens in a new window",
                                            "Email a friend (opens in a new window)"]),
    "AUTHOR_LINE": (AUTHOR_LINE, ["Author Jane Doe", "Author: Jane Doe and John Roe"]),
    "CREDIT_LINE": (CREDIT_LINE, ["(Reporting by Indulal PM; Editing by Sunil Nair)",
                                  "Additional reporting by Jane Doe in London; Editing by Sam Holmes"]),
    "CREDIT_PART": (CREDIT_PART, ["Reporting by Indulal PM", "Additional reporting by Jane Doe"]),
    "CONTRIBUTED": (CONTRIBUTED, ["Jane Doe and John Roe contributed to this report.",
                                  "Example Daily reporter Jane Doe and the Associated Press contributed to "
                                  "this\u00a0report.",
                                  "Associated Press writer Jane Doe contributed to this report.",
                                  "-- Example News' Jane Doe contributed to this report."]),
    "ASSISTED": (ASSISTED, ["— With assistance by Jane Doe, John Roe and Sam Holmes",
                            "With assistance from Jane Doe."]),
    "AUTHOR_BIO": (AUTHOR_BIO, ["Jane Doe is a staff writer at Example News covering city hall.",
                                "John Roe is a freelance journalist based in Berlin.",
                                "Jane Doe (@janedoe) is a senior reporter at Example News.",
                                "Jane Doe is Director of Marketing for Example Co, an agency in Ohio.",
                                "John Roe is the Small Business Strategist who founded Example.com.",
                                "Jane Doe is a Portland, Ore.-based freelance journalist who covers science."]),
    "NAME_TRAILER": (NAME_TRAILER, ["Michael Russell Follow @tdmrussell", "Indulal PM in Mumbai"]),
    "EN_TITLE": (EN_TITLE, ["Science Correspondent", "Senior Reporter"]),
    "NAME_COMMA_TITLE": (NAME_COMMA_TITLE, ["Jane Doe,Business reporter, Lisbon", "John Roe, Health editor",
                                              "Jane Doe, ExampleNews Contributor", "Jane McDoe, Associate Editor"]),
    "VENUE_WORDS": (VENUE_WORDS, ["Riverside Cricket Ground", "Madison Square Garden"]),
    "EN_NAME": (EN_NAME, ["Jeff Foust", "Indulal PM", "Ursula von der Leyen"]),
    "EDITOR": (EDITOR, ["责任编辑:钱霓", "(责编：汤诗瑶、丁涛)", "【纠错】   【责任编辑:张樵苏 】",
                        "Editing by Sunil Nair",
                        "发布日期：2019-03-06 责任编辑：龙慧", "供稿  摄影/张三  编辑/李四",
                        "来源：某报 | 作者：张三 | 编辑：李四 | 2019-11-28", "编辑 张三 校对 李四",
                        "2024-05-20 16:25:01 来源:某区 选稿：王小明"]),
    "SLASH_CREDITS": (SLASH_CREDITS, ["某某科供稿  摄影/张三  编辑/李四", "编辑：王五"]),
    "EDITOR_LINE": (EDITOR_LINE, ["[责任编辑：amberma]", "(责编：汤诗瑶、丁涛)", "策划：张三 编辑：李四"]),
    "SOURCE_THEN_EDITOR": (SOURCE_THEN_EDITOR, ["本文来源：某某日报 责任编辑：AB012",
                                                "本文来源：某某日报 作者：王小明 责任编辑：李华"]),
    "STAFF_CODE": (STAFF_CODE, ["杨倩_NF4425", "韩保林 PK155"]),
    "STAFF_CODE_ALONE": (STAFF_CODE_ALONE, ["HN666"]),
    "STATED_ZONE": (STATED_ZONE, ["© Example Times. All times AEDT (GMT +11:00)"]),
    "SALUTATION": (SALUTATION, ["Friend,", "Dear Jane Doe,"]),
    "CJK_SALUTATION": (CJK_SALUTATION, ["女士们、先生们：", "各位记者朋友：", "亲爱的同学们：", "同志們:"]),
    "SIGN_OFF": (SIGN_OFF, ["—Warmly, Michael", "Sincerely, Jane Doe"]),
    "AMENDED_NOTE": (AMENDED_NOTE, ["(Corrects 10th paragraph to show the park opened in May, not June.)",
                                    "(Updates with the mayor's comments)"]),
    "CORRECTION_NOTE": (CORRECTION_NOTE, ["Correction: This posting has been updated with a revised total.",
                                          "Clarification: An earlier version of this story misstated the date.",
                                          "Correction 3/3/20 9:05 a.m. PDT:A previous version of this story "
                                          "misstated the title.",
                                          "Update 4/3/2020, 6:20pm ET: This post was updated to add new figures."]),
    "PLACED_CAPTION": (PLACED_CAPTION, ["Jane Doe, left, and John Roe at the launch.", "The winners (from left)"]),
    "CREDIT_AFTER_STOP": (CREDIT_AFTER_STOP, ["on the set of 'The Film.' Jane Doe", "at the launch. John Q. Roe"]),
    "PAYWALL_NOTICE": (PAYWALL_NOTICE, ["It is great to see that you are enjoying the Example website.",
                                        "You have now reached your allowance of 3 free articles in the last 30 days.",
                                        "You've reached your limit of free articles this month."]),
    "BODY_STOP": (BODY_STOP, ["责任编辑:钱霓", "（編輯：張美玲）1050319", "【纠错】   【责任编辑:张樵苏 】",
                              "發表意見", "留言規則", "熱門閱讀", "文章來源：The library opens a new building",
                              "【1】【2】【3】【4】", "【上一篇】 另一则新闻 【下一篇】 又一则新闻",
                              "(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "Related links:", "Most Popular",
                              "© Thomson Reuters 2020", "Related content", "(编辑 张三)",
                              "“特别声明：以上作品内容为用户上传并发布", "特別聲明：本文僅代表作者觀點",
                              "The article you requested has been archived", "Story Source:",
                              "More:At 250 who will America Be?",
                              "Materials provided by Example University. Note: Content may be edited.",
                              "Journal Reference:", "Explore further", "doi: 10.1000/example-2019-001",
                              "你可能還想看", "猜你喜欢"]),
    "BOX_HEADING": (BOX_HEADING, ["推荐阅读", "相关推荐", "Most popular", "編輯部推薦",
                                  "Related Slideshow: The region's best beaches"]),
    "BOILERPLATE": (BOILERPLATE, ["滇ICP备08000875号",
                                  "Example Quest was reviewed using a retail copy provided by Example Games.",
                                  "【更多精彩新聞，都在《某某》粉絲團】",
                                  "喜欢这篇文章？去 App 商店搜 某某日报 ，每天看点不一样的。",
                                  "互联网新闻信息服务许可证：31120170006",
                                  "增值电信业务许可证 浙 B2-2018",
                                  "订阅《春城手机报综合版》,发送CCZH到10658000(5元/月)",
                                  "点击进入“文艺星青年”>>", "4人参与2评论", "12人參與", "我来说两句(人参与)",
                                  "（人參與）", "（人参与）", "感謝您的訂閱！", "已將網址複製到您的剪貼簿！",
                                  "链接已复制到剪贴板", "示例論壇 再送精美周邊好禮!", "下載APP抽好禮！",
                                  "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。",
                                  "看明星八卦、查影讯电视节目，上手机示例网娱乐频道 ent.example.cn",
                                  "The opinions expressed here do not necessarily reflect the views of the site.",
                                  "Caught in the storm? Please share your photos and stories with us.",
                                  "Sign up for the Morning Briefing newsletter to get the top stories.",
                                  "Cities change fast. Keep up with the Example Daily newsletter.",
                                  "City news never sleeps. Get the Example Daily newsletter and don't miss a moment.",
                                  "Get Example Sheet, Example’s technology newsletter",
                                  "Example Post's independent journalism depends on donations from readers like you.",
                                  "Follow Example Insights and never miss an update!",
                                  "Example Brief is a daily newsletter from Example News that delivers …",
                                  "Subscribe for updates on the city council, delivered to your inbox each week.",
                                  "Most recent newsletter",
                                  "Get Example Weekly coverage delivered directly to your inbox.",
                                  "Was this article helpful?",
                                  "Morning Roundup Newsletter",
                                  "For more interviews and gear videos, subscribe on YouTube!"]),
    "TAG_LIST": (TAG_LIST, ["Topics: Crack, damage, earthquake", "关键词：民进党、柯文哲", "Tags: parks"]),
    "NAME_AND_TITLE": (NAME_AND_TITLE, ["Jane Doe Senior Washington Correspondent", "Jane Q. Doe Staff Writer",
                                        "John Roe Columnist", "Jane Doe Senior Politics Editor, The Example Post"]),
    "GLUED_TITLE": (GLUED_TITLE, ["Jane DoeStaff Writer", "John RoeSenior Correspondent"]),
    "FOLLOW_WIDGET": (FOLLOW_WIDGET, ["关注", "+关注", "下载客户端", "獨家搶先看"]),
    "READ_TIME": (READ_TIME, ["5 min read", "3 minute read", "Reading time: 4 minutes"]),
    "WRITER_CARD": (WRITER_CARD, ["More Stories By Jane", "More Articles From Jane Doe"]),
    "EMBED_PLACEHOLDER": (EMBED_PLACEHOLDER, ["Tweet may have been deleted (opens in a new tab)",
                                              "View this post on Instagram",
                                              "A post shared by Example Cafe (@example.cafe)"]),
    "WIDGET": (WIDGET, ["Become a Fan Get Email Alerts from this Reporter",
                        "字号：T|T", "Share Adjust Comment Print", "分享到：", "A-A+", "Get author RSS feed", "RSS",
                        "Facebook Twitter Print Email", "WhatsApp LinkedIn Copy link", "Email to a friend Permalink",
                        "Google + Pinterest Tumblr Reddit Sina Weibo StumbleUpon",
                        "View author archive", "Text Size", "Loading Photo Gallery", "Powered by Example.com",
                        "Add Example News on Google", "Add Example as a preferred source on Google",
                        "Slideshow ( 15 images )", "Gallery (12 photos)", "Log out Sign in",
                        "Enlarge this image", "This article is more than 2 years old"]),
    "CAPTION_LABEL": (CAPTION_LABEL, ["圖像加註文字，", "图像加注文字，", "Image caption,", "Media caption",
                                      "音頻加註文字，", "视频加注文字，"]),
    "ZOOM_HINT": (ZOOM_HINT, ["（点击看清晰大图）", "點擊圖片看大圖", "(点击查看大图)"]),
    "PICTURE_KEY": (PICTURE_KEY, ["注：红色为所有车辆绕行线路图", "註：藍線為捷運路線", "图注：虚线为规划道路"]),
    "CAPTION_START": (CAPTION_START, ["图片来源：未来科学大奖官网", "（点击看清晰大图）", "點擊圖片看大圖",
                                      "圖像來源，Getty Images", "圖像加註文字，",
                                      "Credit: Reuters/Danish Siddiqui/Files", "Image source: Example Agency.",
                                      "▲警方到場處理。（圖／記者王大明攝）", "Photograph by Jane Doe, Example Trust",
                                      "图为新馆的阅览大厅。", "上图：新馆外景", "▼市長在開幕式上致詞。",
                                      "△市长在发布会上讲话", "Header Image: A park in the city. Credit: Jane Doe",
                                      "FILE - Visitors wait at the airport, May 27, 2020",
                                      "Enlarge / Nurses at a drive-through test site in the hospital's garage.",
                                      "Video shot/edited by Jane Doe.", "Video produced by Jane Doe and John Roe"]),
    "PICTURE_SOURCE_END": (PICTURE_SOURCE_END, ["示例有轨电车\u00a0\u00a0图片来源：示例融媒", "新馆外景 图源：示例网"]),
    "ZOOM_LINK": (ZOOM_LINK, ["click to enlarge", "Click image to enlarge", "Click on the photo to zoom"]),
    "CAPTION_END": (CAPTION_END, ["Best-selling hate. Shutterstock/chrisdorney", "The old mill at dusk. iStock",
                                  "Crews were called to the ridge. (Shutterstock)",
                                  "下月將法拍的房子位在萬大路一帶。（圖翻攝自google map）",
                                  "市長（左二）與議員十指緊扣，高喊加油。（讀者提供）",
                                  "車廂受損情形。（圖／民眾提供）",
                                  "學生代表召開記者會。（記者王大明／攝影）", "新館揭牌。（王大明攝於2004年1月）",
                                  "市長在會後受訪。（攝影：王大明）", "新館揭牌。（摄影／张三）",
                                  "中華隊在預賽全力拚搏。（中央社記者王大明台北傳真 102年6月29日）",
                                  "BEACH BABE: She snaps a selfie in Thailand [DS]", "現任署長呼聲高。資料照片",
                                  "The mayor at the opening. Jane Doe/AP hide caption",
                                  "示例隊球員在場上歡呼。(取自網路)", "本報資料照", "報系資料照片",
                                  "The star at the premiere [GETTY]",
                                  "Migrants queue for supplies in a camp [Jane Doe/EPA]",
                                  "Police guard the square on Monday [File: John Roe/Reuters]",
                                  "示例公园里的游客（视频截图）",
                                  "SpaceX said its lander will be able to transport 100 metric tons. Credit: SpaceX",
                                  "A still life of pears on a table, (1740). Courtesy Example Museum",
                                  "‘Excessive force have accelerated these protests.’ Photograph: AFP via Getty",
                                  "Microsoft plans to cut its carbon emissions.   Mike Blake/Reuters files",
                                  "市長在新館開幕式上致詞。 Jane Doe/Associated Press",
                                  "新館外觀。 John Roe/Example Times",
                                  "The mayor visits the new park on Tuesday. (Jane Doe/AFP/Getty Images)",
                                  "A poster from the first campaign, 1951. (Public domain)",
                                  "The council meets in the old hall. (John Q. Roe/The Example Post)",
                                  "You are what you search. (The Associated Press)",
                                  "示例市的新公園昨天開放，市民在湖邊散步。（美聯社）",
                                  "示例市長出席記者會。（路透）",
                                  "Two editors talk over the mayor's speech. (Video by Jane Doe | Example Media for "
                                  "Example.com)"]),
    "PHOTO_CREDIT_START": (PHOTO_CREDIT_START, ["Jane Doe/for Example News The mayor at the opening.",
                                                "Jane Doe/AP", "Jane C. Doe / Getty Images"]),
    "SCREENSHOT_CAPTION": (SCREENSHOT_CAPTION, ["英国《示例报》网站题为《城市再次充满欢声笑语》的报道截图。",
                                                "示例市政府网站的页面截图", "示例报道截图"]),
    "MARKER": (MARKER, ["10 p.m.", "4:14 p.m.", "___", "3"]),
    "YEARLESS_DATE": (YEARLESS_DATE, ["发布时间：03-0109:30优质作者", "时间：09-30 22:46"]),
    "TITLED_MONTH": (TITLED_MONTH, ["2031年6月全省粮价同比上涨1.2% 蔬菜价格下降", "2031年6月份工业生产者价格同比持平"]),
    "FOLLOW_CREDIT": (FOLLOW_CREDIT, ["Follow Jane Doe on Twitter and Google+.", "Follow us on Facebook",
                                      "Originally published on Some Site.",
                                      "This story originally appeared in Example Weekly.",
                                      "A version of this article appears in print on May 4, 2017, on Page A7.",
                                      "This article was reprinted on Example.com.",
                                      "This article is part of the guide Coping With Winter.",
                                      "This is the latest installment of the Example advice column.",
                                      "♦ Download the Example News app for your phone.",
                                      "♦ Receive daily updates directly in your inbox - Subscribe here.",
                                      "Get up-to-the-minute updates: Download Example Stream"]),
    "COMMENTS_HEADING": (COMMENTS_HEADING, ["3 comments", "Comments (12)", "12 Responses"]),
    "VIDEO_CAPTION": (VIDEO_CAPTION, ["Police clear the square with water cannon – video",
                                      "The mayor opens the bridge – video Example News"]),
    "FACT_DATE": (FACT_DATE, ["Release Date 2014-06-26", "Release date: March 3, 2015", "Air Date May 4, 2016"]),
    "DATA_STAMP": (DATA_STAMP, ["Price as of August 10, 2022, 1:20 p.m. ET", "Quotes delayed at least 15 minutes",
                                "Returns as of 08/10/2022"]),
    "SOCIAL_HANDLE": (SOCIAL_HANDLE, ["Twitter: @janedoe", "Instagram: @example.news"]),
    "CONTACT_LINE": (CONTACT_LINE, ["Contact Jane Doe at jdoe@example.com.", "jdoe@example.com",
                                    "Correspondent Jane Doe may be reached at jdoe@example.com."]),
    "ORIGINALLY_PUBLISHED": (ORIGINALLY_PUBLISHED, ["Follow Jane Doe on Twitter. Originally published on Some Site.",
                                                    "This post originally appeared on Example News.",
                                                    "This article first appeared at Example Blog.  Copyright 2015."]),
    "GLUED_TAIL": (GLUED_TAIL, ["全文完。责任编辑：张三", "他说。(本文来自澎湃新闻)", "仍将持续。返回示例网首页>>",
                                "預賽將繼續到30日。1020629", "会议将持续两天。详情>>"]),
}

# Lines that end with one of BOILERPLATE_ENDINGS.
BOILERPLATE_ENDING_EXAMPLES = ["google.JPG", "The best and worst of Bollywood in 2014.  Full Article", "更多精彩评论>>"]

# Lines each pattern must not match: the near misses that taught us where its edges are.
COUNTER_EXAMPLES: dict[str, list[str]] = {
    "WEB_ADDRESS": ["Mr. Doe", "Example.com Sport", "U.S."],
    "CJK_SALUTATION": ["编者按：", "来源：", "他对记者说，朋友们：", "示例公司的合作伙伴们表示："],
    "READ_ON_BUTTON": ["Read more: Council approves the budget", "Continue reading the main story"],
    "FULL_TEXT_LINK": ["Read the full story", "Read the full report, she said, before the vote.",
                       "Reading the full report took the council a week."],
    "STRAY_TAG": ["/a", "a>b", "1/2>", "</div> Read more"],
    "HAT_TIP": ["Via Appia Antica", "(via the river, the town is an hour away) said the mayor.",
                "Via a spokesman, the company declined to comment."],
    "ORIGINAL_CREDIT": ["原创：示例公众号", "原创内容 未经授权不得转载"],
    "ORIGINAL_OUTLET": ["原创内容，未经授权不得转载", "原创：张"],
    "FIRST_PUBLISHED": ["本文首先介绍示例方法。", "他的本文首发于何处？"],
    "SUMMARY_LABEL": ["核心提示了问题所在。", "内容提要不多。", "摘要写得很短。"],
    "RIGHTS_NOTICE": ["未经授权不得转载", "他的专稿获奖，未受影响。"],
    "NAMES_THEN_ROLE": ["王大明／台北報導", "綜合外電／編譯自示例通訊社", "編譯／王大明"],
    "NAMES_PLACES_REPORTED": ["綜合外電／編譯", "王大明／台北即時報導 更新時間", "示例新聞網／綜合報導 示例"],
    "DATED_PHOTO_CREDIT": ["記者會訂於112年8月23日", "他說文件已在8月23日傳真。"],
    "BYLINE_WEN": ["编译自示例通讯社", "编译：示例新闻网报道称，当地时间周三"],
    "AMENDED_NOTE": ["(Corrections are welcome at the desk)", "(Updated)"],
    "TW_DESK_CREDIT": ["【示例新聞網／綜合報導】市府今天宣布", "【示例報╱本報記者王大明】"],
    "ACKNOWLEDGEMENT": ["感谢各位读者一直以来的支持。",
                        "感谢示例公司为本次活动提供场地，活动圆满结束，本文记者也到场参加了。",
                        "他感谢家人对本文作者的鼓励，并表示会继续努力。"],
    "CLOSING_NOTE": ["To reach the park, take the bus.", "This project was a success, the mayor said.",
                     "Advertising disclosures are rare in the industry, she said.",
                     "This story is developing."],
    "PROMO_LINK": ["More than 300 people came to the opening.", "Photos: courtesy of the council",
                   "MORE THAN 300 PEOPLE CAME, THE MAYOR SAID: " + "x" * 160],
    "RELATED_LINK": ["Related articles are listed below.", "Related to this, the council said",
                     "For more information, read the report.",
                     "此前报道称，该案已于去年审结。", "（延伸閱讀）", "（相關新聞請見本報第三版）",
                     "前情提要不多，市府今天再度說明。"],
    "NAME_SUPPLIED": ["王大明（新华社记者）", "王大明（本报特稿）记者随后前往现场"],
    "CLOSING_CREDITS": ["（譯者：王大明/核稿：李小華）市府今天宣布", "報導引述當地編輯說法（編輯：王大明）1120823"],
    "CAPTION_LABEL": ["Image caption Hundreds of people flocked to the beach", "圖像加註文字，市長在開幕式上致詞。"],
    "ZOOM_HINT": ["点击这里查看大图片库的全部照片", "（点击看清晰大图）下方是路线"],
    "PICTURE_KEY": ["注意：由北往南通行不受影响", "关注：示例号"],
    "EMBED_ATTRIBUTION": ["— Jane Doe, mayor, December 22, 2014", "—— 2023年9月4日 (@ 台北)"],
    "EMBED_END": ["The mayor wrote on Twitter (@examplecity) on June 7, 2016.",
                  "Council votes tonight — Example Council (@examplecouncil) said on June 7, 2016"],
    "TRAIL_ITEM": ["0:00", "第2024屆"],
    "EDITOR_AFTER_NAME": ["王大明/編輯部", "請洽/編輯部"],
    "SOURCE_THEN_EDITOR": ["本文来源：某某日报", "本文来源：某某日报 作者：王小明", "文章来源于网络，编辑：小王"],
    "DESK_REPORTER": ["國際中心／綜合報導 王大明", "記者王大明／台北報導"],
    "BY_CAPITALS": ["By the numbers: a year of storms", "Bystanders help"],
    "DESK_REPORTS": ["From staff reports of the council, the plan grew", "Staffing reports"],
    "NEW_WINDOW_LABEL": ["The window opens in a new year", "Tweet may have been deleted (opens in a new tab)"],
    "PHOTO_CREDIT": ["他在桌上摊开一张地图", "详见下图"],
    "CREDIT_OUTLET": ["他说的是示例网", "消息来自 示例网记者"],
    "BREADCRUMB_SPACED": ["新华网"],
    "BREADCRUMB_SEPARATOR": ["讀〈桃花源記〉有感"],
    "HOME_WORDS": ["明星", "国内新闻"],
    "BYLINE_LINE": ["记者17日从国家卫生健康委获悉", "每经记者 张蕊 摄"],
    "GLUED_TAIL": ["案件編號為1020629", "全年營收達1020629元。", "会议已结束。详情如下：议程共三项。"],
    "ZOOM_LINK": ["Click to enlarge the map, then pick a district.", "click here"],
    "PICTURE_SOURCE_END": ["他查了这张照片的图片来源：示例网", "图片来源：示例网，摄于昨天"],
    "CAPTION_END": ["今年的6月16日是父亲节。", "He said the fire was set by a protester.",
                    "The agency sells its pictures. Shutterstock said sales rose.",
                    "Sales rose. (Shutterstock said so in May.)",
                    "The loan came courtesy of the bank.", "The museum lent it. Courtesy of the bank, it said.",
                    "他說這批照片取自本報資料照。", "市府昨天公布了十年來的資料照片",
                    "他們推出了新款手機。iPhone/iPad 都支援", "他說：「好。」 Jane Doe says so",
                    "新機下月上市。PS5/Xbox 版本同步推出", "民眾可以借用。USB/Type C 都有",
                    "他說，記者會將在今天舉行（記者會由王大明主持）。", "The law [HB 12] passed.",
                    "相關統計數據（由衛生局提供）", "他說，名單將另行公布（包括由廠商提供）",
                    "Half of those asked agreed, the survey found (AP/NORC)",
                    "美聯社報導指出，事發前30秒飛機突然下墜。", "他說，消息來源是路透（路透社記者王大明）",
                    "The vote split along party lines (Democrat/Republican)"],
    "CAPTION_START": ["图片显示了事故现场。", "上图书馆的人越来越多。", "Top image makers met on Tuesday.",
                      "FILE-sharing sites were closed.", "Video shot by Jane Doe shows the crash."],
    "SCREENSHOT_CAPTION": ["他向记者展示了聊天记录截图。", "截图", "他向记者展示了微博截图。"],
    "TAG_LIST": ["Topics of the day were set by the mayor", "标签设计大赛今日开幕"],
    "NAME_AND_TITLE": ["Council approves new park editor", "Jane Doe is a senior writer",
                       "Jane Doe Writes About Parks", "Jane Doe Senior Editor, the paper said"],
    "GLUED_TITLE": ["Jane Doe Staff Writer", "Jane McDonald"],
    "FOLLOW_WIDGET": ["关注民生", "下载客户端后即可阅读全文"],
    "WRITER_CARD": ["More stories from the summit", "More Stories"],
    "EMBED_PLACEHOLDER": ["The tweet may have been deleted by the senator's staff.",
                          "A post shared by the mayor drew criticism (@cityhall replied).", "View this post"],
    "WIDGET": ["Shares of Apple rose 3 percent on Monday.", "Share prices fell.", "Biography of the author",
               "Facebook and Twitter face new rules", "Text Size Matters", "Loading video of the crash angers fans",
               "Powered by solar panels, the new school opened on Monday.",
               "Add the oil to the pan and stir on Google's advice.", "Slideshow (15 images) drew crowds."],
    "PLACED_CAPTION": ["She turned left, then right at the corner."],
    "CREDIT_AFTER_STOP": ["He met the mayor. They spoke.", "The vote is Tuesday. Jane Doe said so."],
    "PAYWALL_NOTICE": ["The museum offers free articles of clothing to visitors.",
                       "Residents said they are enjoying the new park site."],
    "BODY_STOP": ["相关部门持续依托短缺药品供应保障工作会商联动机制", "熱門閱讀排行榜顯示，市民最關心交通。",
                  "Advertising disclosures are rare in the industry, she said.", "More: the council met again.",
                  "特别声明的是，市民可凭身份证免费入馆。",
                  "發表意見的民眾多達百人", "留言規則修改後，網友反應熱烈。", "你可能還想看看新館的展品。"],
    "EDITOR": ["稿事编辑部"],
    "MARKER": ["10 people were hurt."],
    "PHOTO_CREDIT_START": ["The 24/7 service starts today.", "Jane Doe said the AC/DC show was sold out."],
    "VENUE_WORDS": ["Jane Park", "John Fielding", "Anna Field", "Joe Hall"],
    "YEARLESS_DATE": ["时间：2019-09-30 22:46", "时间过得很快"],
    "TITLED_MONTH": ["2031年6月3日 10:20 来源：某某网", "2031年6月 星期三", "2031年6月份", "2031年6月全省 12:30"],
    "FOLLOW_CREDIT": ["Follow the money, investigators said.", "This is the latest sign of trouble for the firm.",
                      "Download speeds rose in the last quarter.", "This article was widely shared online."],
    "COMMENTS_HEADING": ["3 comments were removed by the moderators."],
    "SOCIAL_HANDLE": ["Twitter: @janedoe said the mayor", "Follow us on Twitter"],
    "CONTACT_LINE": ["Residents can send their views to parks@example.gov before Friday, the council said."],
    "BOILERPLATE": ["The court ruled on the copyright claim.", "繳交營運路線許可證規費",
                    "She writes the council's weekly newsletter.", "The museum depends on donations from visitors.",
                    "已取得許可證，將會申訴。", "继3日10万多人参与的全市大游行后",
                    "Residents can sign up for the new programme at the library.",
                    "The singer has 2 million subscribers on YouTube.",
                    "这款应用已经登上了 App 商店榜首。"],
    "NAME_COMMA_TITLE": ["Jane Doe, Example Council", "Main Street, Reporter Square"],
    "AUTHOR_BIO": ["The mayor is a former reporter who left the paper in 2010.",
                   "Jane Doe is a reporter, her lawyer said.",
                   "Jane Doe is director of the county health department."],
    "SIGN_OFF": ["Best, the worst and the rest of it.", "Regards, as ever, were sent"],
    "VIDEO_CAPTION": ["How to cook rice - video guide", "Watch the video"],
    "DATA_STAMP": ["Prices rose sharply as of Monday, traders said.", "Data show the rate fell."],
    "ORIGINALLY_PUBLISHED": ["First published on Tue 12 Mar 2019 08.15 GMT", "First published on March 4, 2018."],
    "RELATIVE_STAMP": ["11 hours ago", "Published 1 day ago by Jane Doe", "Updated daily"],
    "RELATIVE_AGE": ["Published 7 days ago", "Ten years ago", "2 days ago, the council met"],
    "COURTESY_SOURCE": ["Photo courtesy of Jane Doe", "Courtesy of the family, the photo shows the house.",
                        "Courtesy of your support, we grew"],
    "SOURCE_LABEL": ["这批货的来源问题", "图片来源：未来科学大奖官网", "收入来源广泛| 支出",
                     "图片来源 | 示例图库", "資料來源：維基百科", "数据来源：国家统计局"],
}
