"""Hand-built NewsItems shared by writer tests: a simplified-Chinese article, a traditional-Chinese
one and an English one, with every field the model has (and one with the fewest fields allowed)."""

from __future__ import annotations

from archive.model import Block, NewsItem, Original, Person, Role

ZH_CN = NewsItem(
    guid="urn:newsarchive:sha256:" + "1" * 64,
    language="zh-CN",
    headline="昆明:全面加强疫情防控工作 坚决打赢疫情防控阻击战",
    original_headline="昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议强调全面加强疫情防控工作",
    section="时政",
    breadcrumb=("云南网", "云南频道", "时政", "正文"),
    published="2020-01-29T07:40:11+08:00",
    published_printed="2020年01月29日 07:40:11",
    source="昆明日报",
    publisher="云南网",
    byline="(首席记者 贾献培 通讯员 左余东)",
    people=(
        Person("贾献培", Role.AUTHOR, "首席记者"),
        Person("左余东", Role.CORRESPONDENT, "通讯员"),
        Person("钱霓", Role.EDITOR, "责任编辑"),
    ),
    body=(
        Block("1月28日,昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议召开,对全市疫情防控工作进行再研究、再动员、再部署。"),
        Block("会议指出,新型冠状病毒感染的肺炎疫情发生以来,习近平总书记高度重视,多次召开会议、多次听取汇报、作出重要指示。"),
        Block("杨皕、杨正晓、李建阳等参加会议。(首席记者 贾献培 通讯员 左余东)"),
    ),
    created="2020-01-30T00:00:00Z",
    original=Original("000_seed.txt", 5665, "a" * 64, "utf-8"),
)

ZH_TW = NewsItem(
    guid="urn:newsarchive:sha256:" + "2" * 64,
    language="zh-TW",
    headline="澎湖花火節開幕 遊客湧入",
    section="生活",
    published="2019-04-22",
    source="聯合報",
    publisher="聯合新聞網",
    people=(Person("王大明", Role.AUTHOR, "記者"),),
    body=(Block("澎湖國際海上花火節今晚開幕，吸引大批遊客。"), Block("縣府表示，今年共有二十場次。")),
    created="2020-01-30T00:00:00Z",
    original=Original("udn.txt", 2048, "b" * 64, "big5", line_endings="crlf"),
)

EN = NewsItem(
    guid="urn:newsarchive:sha256:" + "3" * 64,
    language="en",
    headline="Sensex ends flat; weaker Asian markets offset reform hopes",
    section="Business",
    published="2014-12-30T16:33:00+05:30",
    source="Reuters",
    publisher="Reuters (India)",
    people=(Person("Indulal PM", Role.AUTHOR, "reporter"), Person("Sunil Nair", Role.EDITOR, "Editing by")),
    body=(
        Block("MUMBAI (Reuters) - The Sensex ended flat on Tuesday as weaker Asian markets offset hopes."),
        Block("Market outlook", "h2"),
        Block("Dealers said the market would watch the government's reform steps closely in 2015."),
    ),
    created="2020-01-30T00:00:00Z",
    original=Original("reuters.txt", 5394, "c" * 64, "utf-8", bom=True),
)

MINIMAL = NewsItem(
    guid="urn:newsarchive:sha256:" + "4" * 64,
    language="en",
    headline="A headline and nothing else",
    body=(Block("One paragraph."),),
    created="2020-01-30T00:00:00Z",
    original=Original("minimal.txt", 40, "d" * 64, "utf-8"),
)

ALL = (ZH_CN, ZH_TW, EN, MINIMAL)
