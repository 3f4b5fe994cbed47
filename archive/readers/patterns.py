"""Heuristics as data: the patterns the text reader looks for, each with an example it matches.

Keep every pattern reviewable: the tests check that each one matches its example. A pattern
without an example is not allowed in this module. Names say what the pattern finds.
"""

from __future__ import annotations

import re

# White space that dumps keep at line starts and ends: ASCII, NBSP, ideographic space, BOM remnants.
TRIM = " \t\u00a0\u3000\ufeff\u200b"

# A breadcrumb: short items joined by ">", ">>", "»", "＞", "/" or "|" (with optional prefix).
BREADCRUMB_PREFIX = re.compile(r"^(?:您|你)?(?:当前|目前|现在|所在|當前|現在)?的?(?:位置|位於)\s*[:：]\s*")
BREADCRUMB_PREFIX_EXAMPLES = ["您当前的位置:云南网 >> 云南频道", "现在位置： 首页 >> 东区新闻 >> 正文", "当前位置：首页"]
BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|»|＞＞|＞|›|→)\s*")
# Items that name the page itself, not a section: dropped from the end of a breadcrumb.
BREADCRUMB_TAIL = {"正文", "正文页", "内容", "详情", "文章", "article"}
# Items that name a home page or the site, not a section.
HOME_WORDS = re.compile(r"^(?:首页|主页|home|.*首页|.{1,8}网|.{1,8}網)$", re.IGNORECASE)

# Publication-date labels; the date follows the label.
DATE_LABEL = re.compile(r"(?:发布时间|發布時間|发表时间|發表時間|发布日期|發布日期|时间|時間|日期|更新时间|更新時間)\s*[:：]")
# Source labels: 来源：昆明日报 / 稿件来源 / 出处 / 来源于 / SOURCE:
SOURCE_LABEL = re.compile(
    r"(?:稿件来源|稿件來源|文章来源|文章來源|新闻来源|新聞來源|来源于|來源於|来源|來源|出处|出處|SOURCE)\s*[:：]\s*"
    r"(?P<source>[^\s|｜<>【】\[\]]{1,30}(?:\s[^\s|｜:：<>【】\[\]]{1,20})?)",
    re.IGNORECASE,
)
SOURCE_EXAMPLES = ["发布时间:2020年01月29日 07:40:11   来源: 昆明日报", "来源：新华网"]

# 原标题 / 原题 lines: the original headline of a reprinted story.
ORIGINAL_HEADLINE = re.compile(r"^[（(\[【]?\s*(?:原标题|原標題|原题|原題)\s*[:：]\s*(?P<title>.+?)\s*[)）\]】]?$")
ORIGINAL_HEADLINE_EXAMPLE = "原标题:昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议强调全面加强疫情防控工作"

# Editor lines: 责任编辑：钱霓 / (责编：汤诗瑶、丁涛) / 【责任编辑:张樵苏 】 / Editing by Sunil Nair
EDITOR = re.compile(
    r"(?P<label>责任编辑|責任編輯|责编|責編|编辑|編輯|Editing by|Edited by)\s*[:：]?\s*"
    r"(?P<names>[^()（）【】\[\]]+?)\s*(?:[)）】\]]|$|;)",
)
EDITOR_EXAMPLES = ["责任编辑:钱霓", "(责编：汤诗瑶、丁涛)", "【纠错】   【责任编辑:张樵苏 】"]
# Staff codes glued to editor names: 杨倩_NF4425, 荀建国_NN7379, 韩保林 PK155
STAFF_CODE = re.compile(r"(?:_[A-Za-z]{1,4}\d{2,6}|\s+[A-Z]{1,4}\d{2,6})$")
STAFF_CODE_EXAMPLES = ["杨倩_NF4425", "韩保林 PK155"]

# Chinese printed roles in bylines, longest first so 首席记者 wins over 记者.
AUTHOR_ROLES = ["首席记者", "特约记者", "本报记者", "实习记者", "见习记者", "记者", "記者", "评论员", "評論員",
                "特约评论员", "执笔", "執筆", "实习生", "實習生", "作者", "撰文", "文"]
CORRESPONDENT_ROLES = ["通讯员", "通訊員"]
BYLINE_TAIL = re.compile(r"[(（]\s*(?P<credits>(?:" + "|".join(AUTHOR_ROLES + CORRESPONDENT_ROLES) +
                         r")\s*[^()（）]{1,60})[)）]\s*$")
BYLINE_TAIL_EXAMPLE = "等参加会议。(首席记者 贾献培 通讯员 左余东)"

# Lines that end the article body: editor credits, correction links, pagers, share bars.
BODY_STOP = re.compile(
    r"^(?:[(（【\[]?\s*(?:责任编辑|責任編輯|责编|責編)|【纠错】|【糾錯】|分享到|分享至|相关新闻|相關新聞|"
    r"相关阅读|相關閱讀|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热门推荐|熱門推薦|上一篇|下一篇|阅读下一篇|"
    r"【\d+】|\[\d+\]|关注.{0,10}微信|关注.{0,10}微博)"
)
BODY_STOP_EXAMPLES = ["责任编辑:钱霓", "【纠错】   【责任编辑:张樵苏 】", "【1】【2】【3】【4】", "分享到："]

# Lines inside the article area that are not article text: ads, subscriptions, licences, captions.
BOILERPLATE = re.compile(
    r"(?:ICP备|ICP證|ICP证|许可证|許可證|版权所有|版權所有|All Rights Reserved|Copyright|订阅《|"
    r"未经.{0,6}授权|未經.{0,6}授權|违法和不良信息|举报电话|举报邮箱|扫码|掃碼|二维码|二維碼|客户端下载|APP下载)",
    re.IGNORECASE,
)
BOILERPLATE_EXAMPLES = ["滇ICP备08000875号", "订阅《春城手机报综合版》,发送CCZH到10658000(5元/月)"]

# Sentence-final punctuation: a headline does not end with it, a paragraph usually does.
SENTENCE_END = "。！？!?…”」』.\"'"

# Characters of scripts, for language detection.
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
