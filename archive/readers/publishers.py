"""Publisher-level facts: which site a page comes from and its time zone, keyed by what the page shows.

A site is recognised by its domain or its brand as printed in the dump (footers, copyright lines,
share bars, the masthead), never by a file name. Each row names a site, its region (which sets
the zone a time printed without one is in: mainland China, Hong Kong, Macau and Taiwan are
+08:00; elsewhere a printed time is kept as wall-clock time) and the strings that identify it.

Some pages name only their group (© Postmedia Network) and list the group's other papers in the
footer; the one member the list leaves out is the page's own (``GROUPS``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import accumulate, count
from operator import add
from typing import NamedTuple

from archive import patterncache
from archive.readers import patterns
from archive.readers.language import script_twins
from archive.readers.lazy import Pattern

CHINA_TIME = "+08:00"
REGION_ZONES = {"CN": CHINA_TIME, "HK": CHINA_TIME, "MO": CHINA_TIME, "TW": CHINA_TIME}


class Site(NamedTuple):
    """A news site: its name as the archive records it, its region, and what identifies it."""

    name: str
    region: str  # ISO 3166 code: CN, HK, TW, MO, US, GB, CA, AU, IN, SG …
    keys: tuple[str, ...]  # domains (with a dot) and brand strings as printed
    parent: str | None = None  # a regional edition refines its parent ("Reuters (India)" of "Reuters")
    day_first: bool = False  # prints a numeric date day first (01/09/2023 is 1 September), as French sites do

    @property
    def zone(self) -> str | None:
        """Return the offset a time printed without a zone has on this site, or None to keep wall-clock time."""
        return REGION_ZONES.get(self.region)


def _s(name: str, region: str, *keys: str, parent: str | None = None, day_first: bool = False) -> Site:
    """Build a table row (a short name keeps the table one row per site)."""
    return Site(name, region, keys, parent, day_first)


SITES: list[Site] = [
    # mainland China: national portals and papers
    _s("人民网", "CN", "people.com.cn", "people.cn", "人民网", "人民網"),
    _s("新华网", "CN", "xinhuanet.com", "news.cn", "新华网", "新華網"),
    _s("中国新闻网", "CN", "chinanews.com", "chinanews.com.cn", "中国新闻网", "中新网"),
    _s("央视网", "CN", "cctv.com", "cntv.cn", "央视网", "央視網"),
    _s("中国网", "CN", "china.com.cn", "中国网"),
    _s("中华网", "CN", "china.com", "中华网"),
    _s("中国日报网", "CN", "chinadaily.com.cn", "中国日报网"),
    _s("光明网", "CN", "gmw.cn", "光明网"),
    _s("环球网", "CN", "huanqiu.com", "环球网", "环球TIME"),  # 环球TIME: its app, named in the masthead
    _s("中国经济网", "CN", "ce.cn", "中国经济网"),
    # its footer names only the operator: 中青网新媒体科技（北京）有限公司版权所有 (as 新浪公司, 腾讯公司 below)
    _s("中国青年网", "CN", "youth.cn", "中国青年网", "中青网新媒体科技"),
    _s("中青在线", "CN", "cyol.com", "中青在线"),
    _s("求是网", "CN", "qstheory.cn", "求是网"),
    # Xinhua's magazine site; its footer names the magazine's publisher (主办：半月谈杂志社). Its own name
    # 半月谈网 is left out: other sites print it as a source (来源：半月谈网), which names no publisher.
    _s("半月谈", "CN", "banyuetan.org", "半月谈杂志社"),
    _s("中国政府网", "CN", "gov.cn", "中国政府网"),
    _s("参考消息", "CN", "cankaoxiaoxi.com", "参考消息网"),
    _s("中国军网", "CN", "81.cn", "中国军网"),
    _s("中国台湾网", "CN", "taiwan.cn", "中国台湾网"),
    _s("澎湃新闻", "CN", "thepaper.cn", "澎湃新闻", "The Paper"),
    _s("新京报", "CN", "bjnews.com.cn", "新京报网"),
    _s("北京日报", "CN", "bjd.com.cn", "京报网"),
    _s("北青网", "CN", "ynet.com", "北青网"),
    _s("千龙网", "CN", "qianlong.com", "千龙网"),
    _s("东方网", "CN", "eastday.com", "东方网"),
    _s("新民网", "CN", "xinmin.cn", "新民网"),
    _s("南方网", "CN", "southcn.com", "南方网"),
    _s("南方周末", "CN", "infzm.com", "南方周末"),
    _s("财新网", "CN", "caixin.com", "财新网"),
    _s("第一财经", "CN", "yicai.com", "第一财经"),
    _s("界面新闻", "CN", "jiemian.com", "界面新闻"),
    _s("观察者网", "CN", "guancha.cn", "观察者网"),
    _s("每经网", "CN", "nbd.com.cn", "每经网"),
    _s("证券时报网", "CN", "stcn.com", "证券时报网", "证券时报", "證券時報"),
    _s("中国证券网", "CN", "cnstock.com", "中国证券网"),
    _s("东方财富网", "CN", "eastmoney.com", "东方财富网"),
    _s("21世纪经济报道", "CN", "21jingji.com", "21世纪经济报道"),
    _s("经济观察网", "CN", "eeo.com.cn", "经济观察网"),
    _s("和讯网", "CN", "hexun.com", "和讯网"),
    _s("新浪网", "CN", "sina.com.cn", "sina.cn", "新浪网", "新浪首页", "SINA Corporation", "新浪公司"),
    _s("网易", "CN", "163.com", "网易首页", "网易公司", "NetEase"),
    # NetEase's self-media platform (dy.163.com): its pages carry the platform's statement under the text
    _s("网易号", "CN", "dy.163.com", "自媒体平台“网易号”", parent="网易"),
    _s("腾讯网", "CN", "qq.com", "腾讯网", "Tencent", "腾讯公司"),
    _s("搜狐网", "CN", "sohu.com", "搜狐网", "搜狐首页", "搜狐号", "Sohu.com", "搜狐社区"),  # 社区: comment form
    _s("凤凰网", "CN", "ifeng.com", "凤凰网", "Phoenix New Media", "凤凰新媒体"),
    _s("今日头条", "CN", "toutiao.com", "今日头条", "头条产品"),  # its top bar's menu of the company's apps
    # Baidu's article pages are its self-media platform's; their masthead links back to 百度首页
    _s("百家号", "CN", "baijiahao.baidu.com", "百家号", "百度首页"),
    _s("36氪", "CN", "36kr.com", "36氪"),
    _s("虎嗅网", "CN", "huxiu.com", "虎嗅网"),
    _s("好奇心日报", "CN", "qdaily.com", "好奇心日报"),  # its logo, menus and app promo name it
    _s("钛媒体", "CN", "tmtpost.com", "钛媒体"),
    # a tech-news aggregator; its footer names only the company that runs it (© 2019, NoCode Tech. 无码科技（杭州）
    # 有限公司), the brand is in the page title alone (… - Readhub)
    _s("Readhub", "CN", "readhub.cn", "Readhub", "NoCode Tech", "无码科技"),
    _s("IT之家", "CN", "ithome.com", "IT之家"),
    _s("快科技", "CN", "mydrivers.com"),
    _s("39健康网", "CN", "39.net", "39健康网", "39健康網"),  # a health portal; its footer prints both scripts
    # mainland China: regional news sites
    _s("云南网", "CN", "yunnan.cn", "云南网"),
    _s("中山网", "CN", "zsnews.cn", "中山网"),
    _s("红网", "CN", "rednet.cn", "红网"),
    _s("大河网", "CN", "dahe.cn", "大河网"),
    _s("荆楚网", "CN", "cnhubei.com", "荆楚网"),
    # Wuhan's 长江日报 site: its footer's copyright names the operator (长江互动传媒网版权所有), its links the brand
    _s("长江网", "CN", "cjn.cn", "长江网", "长江互动传媒网"),
    _s("四川在线", "CN", "scol.com.cn", "四川在线"),
    _s("华龙网", "CN", "cqnews.net", "华龙网"),
    _s("浙江在线", "CN", "zjol.com.cn", "浙江在线"),
    _s("中国江苏网", "CN", "jschina.com.cn", "中国江苏网"),
    _s("新华报业网", "CN", "xhby.net", "新华报业网"),
    _s("齐鲁网", "CN", "iqilu.com", "齐鲁网"),
    _s("大众网", "CN", "dzwww.com", "大众网"),
    _s("北方网", "CN", "enorth.com.cn", "北方网"),
    _s("东北网", "CN", "dbw.cn", "东北网"),
    _s("金羊网", "CN", "ycwb.com", "金羊网"),
    _s("深圳新闻网", "CN", "sznews.com", "深圳新闻网"),
    _s("南海网", "CN", "hinews.cn", "南海网"),
    _s("东南网", "CN", "fjsen.com", "东南网"),
    _s("天山网", "CN", "ts.cn", "天山网"),
    _s("中国西藏网", "CN", "tibet.cn", "中国西藏网"),
    _s("1905电影网", "CN", "1905.com", "1905电影网"),
    # mainland China: English-language sites
    _s("China Daily", "CN", "chinadaily.com.cn/a", "China Daily"),
    _s("Global Times", "CN", "globaltimes.cn", "Global Times"),
    _s("CGTN", "CN", "cgtn.com", "CGTN"),
    _s("Xinhua", "CN", "english.news.cn", "xinhuanet.com/english", "english.xinhuanet.com"),
    _s("People's Daily Online", "CN", "en.people.cn", "People's Daily Online"),
    _s("ECNS", "CN", "ecns.cn"),
    _s("SHINE", "CN", "shine.cn"),
    _s("Sixth Tone", "CN", "sixthtone.com", "Sixth Tone"),
    _s("Caixin Global", "CN", "caixinglobal.com", "Caixin Global"),
    # Hong Kong and Macau
    _s("香港01", "HK", "hk01.com", "香港01"),
    _s("明報", "HK", "mingpao.com", "明報", "明报"),
    _s("東方日報", "HK", "orientaldaily.on.cc", "on.cc", "東方日報", "东方日报"),
    _s("星島日報", "HK", "stheadline.com", "singtao.com", "星島日報", "星岛日报"),
    _s("頭條日報", "HK", "hkheadline.com", "頭條日報"),
    _s("香港經濟日報", "HK", "hket.com", "香港經濟日報"),
    _s("信報", "HK", "hkej.com", "信報財經新聞"),
    _s("文匯報", "HK", "wenweipo.com", "文匯報", "文汇报", "文匯網"),
    _s("大公報", "HK", "takungpao.com", "大公報", "大公报", "大公網"),
    _s("香港電台", "HK", "rthk.hk", "香港電台"),
    _s("無綫新聞", "HK", "news.tvb.com", "無綫新聞"),
    _s("now新聞", "HK", "news.now.com", "now新聞"),
    _s("有線新聞", "HK", "i-cable.com", "有線新聞"),
    _s("商業電台", "HK", "881903.com", "商業電台"),
    _s("立場新聞", "HK", "thestandnews.com", "立場新聞"),
    _s("蘋果日報", "HK", "hk.appledaily.com", "hk.news.appledaily.com"),
    _s("South China Morning Post", "HK", "scmp.com", "South China Morning Post"),
    _s("The Standard", "HK", "thestandard.com.hk"),
    _s("Hong Kong Free Press", "HK", "hongkongfp.com", "Hong Kong Free Press"),
    _s("RTHK", "HK", "news.rthk.hk/rthk/en", "RTHK English"),
    # Yahoo's Hong Kong portals (the logo prints 雅虎香港財經; the news feature bar 《Yahoo 新聞》): the site of the
    # wire and partner stories they carry under the partner's name
    _s("Yahoo新聞", "HK", "hk.news.yahoo.com", "雅虎香港新聞", "Yahoo 新聞", "Yahoo新聞"),
    _s("Yahoo財經", "HK", "hk.finance.yahoo.com", "雅虎香港財經", "Yahoo財經"),
    _s("澳門日報", "MO", "macaodaily.com", "澳門日報"),
    # Taiwan
    # 自由電子報: the online edition's short name in its app and social links (自由電子報APP, 自由電子報粉絲團)
    _s("自由時報", "TW", "ltn.com.tw", "自由時報", "The Liberty Times", "Liberty Times", "自由電子報"),
    # udn: the portal's brand, its trail's first item (udn / 要聞 / 政治) and its links (udn粉絲團)
    _s("聯合新聞網", "TW", "udn.com", "聯合新聞網", "聯合線上", "udn"),
    _s("經濟日報", "TW", "money.udn.com", "經濟日報網"),
    _s("中時新聞網", "TW", "chinatimes.com", "中時新聞網", "中時電子報", "中國時報"),
    # the China Times Group's business daily: its footer names the company that runs it (© 2024
    # 工商財經數位股份有限公司 China Times Group), not the group's portal
    _s("工商時報", "TW", "ctee.com.tw", "工商時報", "工商財經數位股份有限公司"),
    _s("中央社", "TW", "cna.com.tw", "中央通訊社", "中央社新聞網"),
    # Anue鉅亨: its menus name its own services (鉅亨號 its writers' platform, 鉅亨講座 its talks)
    _s("鉅亨網", "TW", "cnyes.com", "鉅亨網", "Anue鉅亨", "鉅亨號", "鉅亨講座"),
    # 財訊快報, a financial wire: its footer names the company that runs it (© 2017 財金文化 版權所有)
    _s("財訊快報", "TW", "investor.com.tw", "財訊快報", "財金文化"),
    # the business magazine 財訊: its footer prints only its publisher (財信雜誌社 ©2021 WEALTH MAGAZINE); its
    # bare name is left out, as it opens the wire's name 財訊快報
    _s("財訊", "TW", "wealth.com.tw", "財信雜誌社", "WEALTH MAGAZINE"),
    # 壹蘋新聞網: its copyright names the brand in English (© 2024 Nextapple News) and the company (龍丞創意)
    _s("壹蘋新聞網", "TW", "nextapple.com", "壹蘋新聞網", "Nextapple News", "龍丞創意股份有限公司"),
    _s("ETtoday新聞雲", "TW", "ettoday.net", "ETtoday"),
    _s("東森新聞", "TW", "news.ebc.net.tw", "東森新聞"),
    _s("TVBS新聞網", "TW", "tvbs.com.tw", "TVBS"),
    _s("華視新聞網", "TW", "cts.com.tw", "華視新聞", "華視粉絲團", "華視影音"),  # its fan-page and video promos
    _s("三立新聞網", "TW", "setn.com", "三立新聞網"),
    _s("民視新聞網", "TW", "ftvnews.com.tw", "民視新聞"),
    # the copyright line names the foundation that runs it (Copyright © 2020 Public Television Service Foundation)
    _s("公視新聞網", "TW", "news.pts.org.tw", "公視新聞", "Public Television Service Foundation"),
    _s("風傳媒", "TW", "storm.mg", "風傳媒"),
    _s("新頭殼", "TW", "newtalk.tw", "新頭殼"),
    _s("鏡週刊", "TW", "mirrormedia.mg", "鏡週刊"),
    _s("NOWnews今日新聞", "TW", "nownews.com", "NOWnews"),
    _s("上報", "TW", "upmedia.mg", "上報 Up Media", "上報UP Media"),  # its logo text and its about-us line
    _s("關鍵評論網", "TW", "thenewslens.com", "關鍵評論網"),
    _s("報導者", "TW", "twreporter.org", "報導者"),
    _s("天下雜誌", "TW", "cw.com.tw", "天下雜誌"),
    _s("商業周刊", "TW", "businessweekly.com.tw", "商業周刊"),
    _s("蘋果日報", "TW", "tw.appledaily.com", "tw.news.appledaily.com", "appledaily.com.tw"),
    _s("中華日報", "TW", "cdns.com.tw", "中華日報"),
    _s("青年日報", "TW", "ydn.com.tw", "青年日報"),
    _s("中廣新聞網", "TW", "bcc.com.tw", "中廣新聞網"),
    # tech and trade sites: an electronics-trade magazine whose footer names its brand and company (Copyright ©
    # 2002-2023 COMPOTECH ASIA. 陸克文化 版權所有); a tech site whose footer says who runs it (T客邦由…所經營);
    # a tech blog that prints its domain only in its editor's bio (…為Saydigi.com總編輯)
    _s("COMPOTECH ASIA", "TW", "compotechasia.com", "COMPOTECH ASIA", "陸克文化"),
    _s("T客邦", "TW", "techbang.com", "T客邦"),
    _s("SayDigi", "TW", "saydigi.com", "SayDigi"),
    _s("Taipei Times", "TW", "taipeitimes.com", "Taipei Times"),
    _s("Focus Taiwan", "TW", "focustaiwan.tw", "Focus Taiwan"),
    _s("Taiwan News", "TW", "taiwannews.com.tw"),
    # Chinese-language sites elsewhere: times they print are not China time
    _s("联合早报", "SG", "zaobao.com", "zaobao.com.sg", "联合早报", "聯合早報"),
    _s("星洲日报", "MY", "sinchew.com.my", "星洲日报", "星洲日報"),
    _s("世界日報", "US", "worldjournal.com", "世界日報"),
    _s("大紀元", "US", "epochtimes.com", "大紀元", "大纪元"),
    _s("新唐人", "US", "ntdtv.com", "新唐人"),
    _s("美國之音", "US", "voachinese.com", "美國之音", "美国之音"),
    _s("自由亞洲電台", "US", "rfa.org", "自由亞洲電台", "自由亚洲电台"),
    _s("纽约时报中文网", "US", "cn.nytimes.com", "纽约时报中文网", "紐約時報中文網", parent="The New York Times"),
    # the Simorgh template's brand link prints "BBC News," and "中文" as two spans; the byline names the service BBC中文
    _s("BBC News 中文", "GB", "bbc.com/zhongwen", "BBC News 中文", "BBC News, 中文", "BBC中文"),
    _s("德國之聲", "DE", "dw.com/zh", "德國之聲", "德国之声"),
    # RFI's one template prints dates day first in every language edition (01/09/2023 - 09:49 is 1 September)
    _s("法國國際廣播電台", "FR", "rfi.fr/cn", "rfi.fr/tw", "法国国际广播电台", "法國國際廣播電台", day_first=True),
    # English: wires and international
    _s("Reuters", "GB", "reuters.com", "Reuters"),
    _s("OK! Magazine", "GB", "ok.co.uk", "OK! Magazine"),
    _s("Reuters (India)", "IN", "in.reuters.com", "Reuters India", parent="Reuters"),
    _s("Reuters (UK)", "GB", "uk.reuters.com", "Reuters UK", parent="Reuters"),
    _s("Reuters (Canada)", "CA", "ca.reuters.com", "Reuters Canada", parent="Reuters"),
    _s("AP News", "US", "apnews.com", "AP News"),
    _s("AFP", "FR", "afp.com"),
    _s("Bloomberg", "US", "bloomberg.com", "Bloomberg L.P."),
    _s("BusinessWeek", "US", "businessweek.com", "BusinessWeek"),
    # the BBC's English news site goes by its news brand (the <title>'s "… - BBC News")
    _s("BBC News", "GB", "bbc.co.uk", "bbc.com", "British Broadcasting Corporation", "BBC"),
    _s("BBC中文网", "GB", "bbc.co.uk/zhongwen", "BBC中文网", "BBC中文網", parent="BBC News"),
    _s("Al Jazeera", "QA", "aljazeera.com", "Al Jazeera"),
    _s("Deutsche Welle", "DE", "dw.com", "Deutsche Welle"),
    _s("France 24", "FR", "france24.com", "France 24"),
    _s("Euronews", "FR", "euronews.com"),
    # United Kingdom and Ireland
    _s("The Guardian", "GB", "theguardian.com", "guardian.co.uk", "Guardian News & Media", "The Guardian"),
    _s("The Times", "GB", "thetimes.co.uk", "Times Newspapers"),
    _s("The Telegraph", "GB", "telegraph.co.uk", "Telegraph Media Group"),
    _s("The Independent", "GB", "independent.co.uk"),
    _s("Financial Times", "GB", "ft.com", "The Financial Times Ltd"),
    _s("The Economist", "GB", "economist.com", "The Economist Newspaper"),
    # a monthly of ideas; its page title names it "Prospect Magazine", its copyright line only its publishing
    # company (© Prosp Publishing Limited), its footer text the bare title (Prospect is …)
    _s("Prospect Magazine", "GB", "prospectmagazine.co.uk", "Prosp Publishing", "Prospect Magazine"),
    _s("Daily Mail", "GB", "dailymail.co.uk", "Associated Newspapers Ltd"),
    _s("The Sun", "GB", "thesun.co.uk", "News Group Newspapers"),
    _s("Mirror", "GB", "mirror.co.uk"),
    _s("Evening Standard", "GB", "standard.co.uk"),
    _s("Metro", "GB", "metro.co.uk"),
    _s("Sky News", "GB", "news.sky.com", "Sky News"),
    _s("The Irish Times", "IE", "irishtimes.com", "The Irish Times"),
    _s("RTÉ", "IE", "rte.ie"),
    # United States
    _s("The New York Times", "US", "nytimes.com", "The New York Times Company"),
    _s("The Washington Post", "US", "washingtonpost.com", "The Washington Post"),
    _s("The Wall Street Journal", "US", "wsj.com", "Dow Jones & Company"),
    _s("USA Today", "US", "usatoday.com", "USA TODAY"),
    _s("Los Angeles Times", "US", "latimes.com", "Los Angeles Times"),
    _s("Chicago Tribune", "US", "chicagotribune.com", "Chicago Tribune"),
    _s("The Boston Globe", "US", "bostonglobe.com", "Boston Globe Media"),
    _s("San Francisco Chronicle", "US", "sfchronicle.com"),
    _s("SFGATE", "US", "sfgate.com", "SFGATE"),
    _s("Houston Chronicle", "US", "houstonchronicle.com"),
    _s("cleveland.com", "US", "cleveland.com"),
    # its footer's copyright names the group (© 2015 MLive Media Group), its masthead and boxes the site
    _s("MLive.com", "US", "mlive.com", "MLive.com", "MLive Media Group"),
    _s("NJ.com", "US", "nj.com"),
    # local news editions (Murrieta, CA Patch …): the footer's copyright names the company (© 2024 Patch Media),
    # the brand alone ("Patch") is too common a word to key a row
    _s("Patch", "US", "patch.com", "Patch Media"),
    _s("The Seattle Times", "US", "seattletimes.com", "The Seattle Times"),  # its comment note names the paper
    _s("The Denver Post", "US", "denverpost.com"),
    # its menus and footer print the name (Miami Herald Rewards); the domain only in staff e-mail addresses
    _s("Miami Herald", "US", "miamiherald.com", "Miami Herald"),
    _s("The Dallas Morning News", "US", "dallasnews.com"),
    _s("NY Daily News", "US", "nydailynews.com", "New York Daily News"),
    _s("New York Post", "US", "nypost.com", "NYP Holdings", "New York Post"),
    _s("Boston Herald", "US", "bostonherald.com"),
    _s("Observer", "US", "observer.com"),  # the former New York Observer (observer.com)
    _s("WSVN 7News", "US", "wsvn.com"),  # Miami TV station; its copyright names the licensee WSVN-TV
    _s("Rough Draft Atlanta", "US", "roughdraftatlanta.com", "Rough Draft Atlanta"),
    _s("PhillyVoice", "US", "phillyvoice.com", "PhillyVoice"),  # its logo text; WWB Holdings owns it
    # St. Paul's paper on twincities.com: its footer's Pioneer Press Store; MediaNews Group owns it
    _s("Twin Cities Pioneer Press", "US", "twincities.com", "Twin Cities Pioneer Press", "Pioneer Press"),
    _s("The Village Voice", "US", "villagevoice.com", "Village Voice, LLC"),  # logo an image; its copyright line
    _s("24/7 Wall St.", "US", "247wallst.com", "24/7 Wall St."),
    _s("The Daily Caller", "US", "dailycaller.com"),
    # an investing site: its menus and footer print "The Motley Fool" (About The Motley Fool, Join The Motley Fool)
    _s("The Motley Fool", "US", "fool.com", "The Motley Fool"),
    _s("Raw Story", "US", "rawstory.com", "Raw Story"),  # its follow box and next-story link name it
    # an entertainment and news site: its footer prints the domain (… news at EURWeb.com!) and its full name
    _s("EURweb", "US", "eurweb.com", "Electronic Urban Report"),
    _s("CNN", "US", "cnn.com", "Cable News Network"),
    # CNN's business site: its footer names only the network (© Cable News Network), its stamp line the brand
    # ("CNNMoney (New York) First published …")
    _s("CNNMoney", "US", "money.cnn.com", "CNNMoney", parent="CNN"),
    _s("NPR", "US", "npr.org", "National Public Radio", "NPR"),  # its menus and footer print the brand (NPR Shop)
    # NBCUniversal's copyright (© NBC UNIVERSAL) closes the pages of all its networks (NBC News, MSNBC, TODAY):
    # the company names none of them, so it keys no row; each site is known by its own name or domain
    _s("NBC News", "US", "nbcnews.com"),
    _s("MSNBC", "US", "msnbc.com", "MSNBC"),
    _s("TODAY.com", "US", "today.com"),  # NBC's morning show's site: its logo prints the domain (Today.com)
    # CBS Interactive's copyright (© 2004-2024 CBS Interactive) closed the pages of all its sites (CBS News,
    # CBS Sports, CNET, ZDNet …): the company names none of them, so, as NBCUniversal's, it keys no row
    _s("CBS News", "US", "cbsnews.com"),
    _s("ABC News", "US", "abcnews.go.com"),
    _s("Fox News", "US", "foxnews.com", "FOX News Network"),
    # Fox's small-business site (under the network's copyright), known by its follow box
    _s("Fox Small Business Center", "US", "smallbusiness.foxbusiness.com", "Connect with Small Business Center",
       parent="Fox News"),
    _s("CNBC", "US", "cnbc.com", "CNBC LLC"),
    _s("Politico", "US", "politico.com", "POLITICO LLC"),
    _s("The Hill", "US", "thehill.com"),
    _s("Axios", "US", "axios.com"),
    # Vox Media's copyright (© Vox Media, Inc.) closes The Verge's pages too: Vox is known by its newsletter box
    _s("Vox", "US", "vox.com", "Get Vox in your inbox"),
    _s("The Atlantic", "US", "theatlantic.com", "The Atlantic Monthly Group"),
    _s("The New Republic", "US", "newrepublic.com", "The New Republic"),
    _s("Pew Research Center", "US", "pewresearch.org", "Pew Research Center"),
    _s("CityLab", "US", "citylab.com", "CityLab"),
    # the men's magazine: its footer names only its owner (© American Media, Inc.), its logo's text the brand
    _s("Men's Journal", "US", "mensjournal.com", "Men's Journal", "Men’s Journal"),
    _s("The New Yorker", "US", "newyorker.com"),
    _s("Time", "US", "time.com", "TIME USA"),
    # Time Inc.'s business magazine: its logo prints the domain (Fortune.com), its footer only Time Inc.
    _s("Fortune", "US", "fortune.com"),
    # the New York Jewish paper: its footer names its owner (The Forward Association, Inc.)
    _s("The Forward", "US", "forward.com", "The Forward Association"),
    _s("Newsweek", "US", "newsweek.com"),
    _s("Forbes", "US", "forbes.com", "Forbes Media"),
    _s("Business Insider", "US", "businessinsider.com", "Insider Inc", "BI Intelligence"),  # research unit, in its nav
    _s("HuffPost", "US", "huffpost.com", "huffingtonpost.com"),
    _s("BuzzFeed News", "US", "buzzfeednews.com"),
    _s("Slate", "US", "slate.com"),
    _s("U.S. News & World Report", "US", "usnews.com", "U.S. News & World Report"),  # its bios and footer
    _s("Salon", "US", "salon.com", "Salon Media Group"),
    _s("Medical News Today", "US", "medicalnewstoday.com", "Medical News Today"),  # its menus name it
    _s("Mashable", "US", "mashable.com", "Mashable"),  # its in-text boxes print the brand (Mashable Light Speed)
    _s("National Geographic", "US", "nationalgeographic.com", "nationalgeographic.co.uk", "National Geographic"),
    _s("Grist", "US", "grist.org"),
    _s("Vice", "US", "vice.com"),
    # its footer's fixed line (the copyright names only the group, Vox Media, which keys no row)
    _s("The Verge", "US", "theverge.com", "The Verge is a vox media network"),
    # Vox Media's games site: its logo link prints the brand over the menu; the copyright names only the group
    _s("Polygon", "US", "polygon.com", "Polygon"),
    # the magazine's footer names its publishing house (Copyright © Harvard Business School Publishing)
    _s("Harvard Business Review", "US", "hbr.org", "Harvard Business Review", "Harvard Business School Publishing"),
    # its copyright names the company (Entrepreneur Media, Inc.), the brand is only in the logo
    _s("Entrepreneur", "US", "entrepreneur.com", "Entrepreneur Media"),
    _s("Wired", "US", "wired.com"),
    _s("Live Science", "US", "livescience.com", "Live Science"),
    _s("Ars Technica", "US", "arstechnica.com", "Ars Technica"),  # its copyright line: "Ars Technica Addendum"
    _s("TechCrunch", "US", "techcrunch.com", "TechCrunch"),
    _s("Engadget", "US", "engadget.com", "Engadget"),  # its logo's text opens the page; its footer names Yahoo only
    _s("CNET", "US", "cnet.com", "CNET News"),  # its writers' bio lines: "… has been a CNET News reporter"
    _s("TMZ", "US", "tmz.com", "TMZ"),  # its boxes print the brand alone: "Get TMZ Breaking News alerts"
    _s("SpaceNews", "US", "spacenews.com", "Spacenews, Inc"),
    _s("ScienceDaily", "US", "sciencedaily.com", "ScienceDaily"),  # its promo and citation lines print the name
    _s("EdSurge", "US", "edsurge.com", "About EdSurge"),  # its menu's About link
    _s("UN News", "US", "news.un.org", "UN News"),  # its masthead
    _s("Nature", "GB", "nature.com"),  # its masthead's notice: "Thank you for visiting nature.com"
    _s("Boing Boing", "US", "boingboing.net", "Boing Boing"),  # its signup box: "GET THE BOING BOING NEWSLETTER"
    # Canada
    _s("CBC News", "CA", "cbc.ca", "Canadian Broadcasting Corporation"),
    _s("The Globe and Mail", "CA", "theglobeandmail.com", "The Globe and Mail"),
    _s("Toronto Star", "CA", "thestar.com", "Toronto Star Newspapers"),
    _s("CTV News", "CA", "ctvnews.ca"),
    _s("Global News", "CA", "globalnews.ca"),
    _s("National Post", "CA", "nationalpost.com"),
    _s("Vancouver Sun", "CA", "vancouversun.com"),
    _s("The Province", "CA", "theprovince.com"),
    _s("Calgary Herald", "CA", "calgaryherald.com"),
    _s("Edmonton Journal", "CA", "edmontonjournal.com"),
    _s("Ottawa Citizen", "CA", "ottawacitizen.com"),
    _s("Montreal Gazette", "CA", "montrealgazette.com"),
    # Australia and New Zealand
    _s("ABC News", "AU", "abc.net.au", "Australian Broadcasting Corporation"),
    _s("The Sydney Morning Herald", "AU", "smh.com.au"),
    _s("The Age", "AU", "theage.com.au"),
    _s("Herald Sun", "AU", "heraldsun.com.au", "Herald Sun"),
    _s("The Australian", "AU", "theaustralian.com.au"),
    _s("news.com.au", "AU", "news.com.au"),
    _s("NZ Herald", "NZ", "nzherald.co.nz"),
    # South and Southeast Asia, Japan, Korea, Middle East
    _s("The Times of India", "IN", "timesofindia.indiatimes.com", "The Times of India"),
    _s("The Economic Times", "IN", "economictimes.indiatimes.com"),
    _s("Hindustan Times", "IN", "hindustantimes.com"),
    # Times Internet's own site: its footer prints the brand (Indiatimes®, Subscribe to Indiatimes Newsletter);
    # the copyright names only the owner (Times Internet Limited)
    _s("Indiatimes", "IN", "www.indiatimes.com", "Indiatimes"),
    _s("The Hindu", "IN", "thehindu.com"),
    _s("The Indian Express", "IN", "indianexpress.com"),
    _s("NDTV", "IN", "ndtv.com"),
    _s("India Today", "IN", "indiatoday.in"),
    _s("Mint", "IN", "livemint.com"),
    _s("The Straits Times", "SG", "straitstimes.com", "The Straits Times"),
    _s("CNA", "SG", "channelnewsasia.com", "Mediacorp Pte"),
    _s("The Japan Times", "JP", "japantimes.co.jp"),
    _s("Nikkei Asia", "JP", "asia.nikkei.com"),
    _s("The Korea Herald", "KR", "koreaherald.com"),
    _s("The Korea Times", "KR", "koreatimes.co.kr"),
    _s("Bangkok Post", "TH", "bangkokpost.com"),
    _s("The Jakarta Post", "ID", "thejakartapost.com"),
    _s("The Times of Israel", "IL", "timesofisrael.com"),
    _s("Haaretz", "IL", "haaretz.com"),
    _s("Arab News", "SA", "arabnews.com"),
    _s("PanARMENIAN.Net", "AM", "panarmenian.net", "PanARMENIAN"),
    _s("The Moscow Times", "RU", "themoscowtimes.com"),
]

# Sites whose article template sets a standfirst as the first paragraph right under the headline, with
# nothing between them (DW's <p class="intro">; its date and writer come only after the text): not body.
STANDFIRST_UNDER_HEADLINE = frozenset(("Deutsche Welle",))
# Sites whose template prints a summary box over the text, under the header's own lists (公視新聞網: the
# reporter line, the tag list, an explainer's table of contents, then the summary glued under them with no
# blank line, and the paragraphs each set off by one).
STANDFIRST_OVER_TEXT = frozenset(("公視新聞網",))
# Sites whose template prints photo captions between the paragraphs as plain lines without a final mark,
# like its subheads but longer: a caption there is a clause of at least this many words (DW's subheads are
# short phrases: "Bringing in the harvest", "Over 100 open cases"). OK! Magazine prints its captions
# under the photos in the text the same way ("Old friends of the mayor will come forward").
UNMARKED_CAPTIONS: dict[str, int] = {"Deutsche Welle": 7, "OK! Magazine": 7}

# Groups that print only their own name in the footer and list their other papers there.
GROUPS: dict[str, tuple[str, ...]] = {
    "postmedia": ("National Post", "Vancouver Sun", "The Province", "Calgary Herald", "Edmonton Journal",
                  "Ottawa Citizen", "Montreal Gazette", "Windsor Star", "Regina Leader-Post", "Saskatoon StarPhoenix",
                  "London Free Press"),
}
_MIN_LISTED = 6  # a footer list this long is the group's list of papers, not a passing mention

# English-language papers of a Chinese-language group, by the group's Chinese paper. A Chinese page
# whose link bar names the English sister (自由時報's bar: | TAIPEI TIMES | yes123求職網 |) was not
# published by an English paper: its group's Chinese paper published it.
CHINESE_SIBLINGS: dict[str, str] = {
    "Taipei Times": "自由時報",  # Liberty Times Group's English daily
}

# Short brands a site prints as its own name besides the table's (中新网 for 中国新闻网). A page that
# names the site only by such a brand has the site recorded under it, as the page prints it.
ALIASES: dict[str, tuple[str, ...]] = {
    "中国新闻网": ("中新网",),
    "中時新聞網": ("中時電子報",),  # the site's name until 2020
    "Time": ("TIME",),  # the magazine prints its brand in capitals (masthead TIME, SEARCH TIME.COM)
    "Wired": ("WIRED",),  # the magazine prints its brand in capitals (WIRED.com © 2015 Condé Nast)
}
# Sites renamed: the former name and the year the current one was taken. A page dated before that year
# that prints neither name (only the paper's, 中國時報) is recorded under the name the site had then.
RENAMED: dict[str, tuple[str, str]] = {
    "中時新聞網": ("中時電子報", "2020"),
}


def name_when(name: str, published: object) -> str:
    """Return the name a site had when a page was published (an ISO date), when it was renamed since."""
    former = RENAMED.get(name)
    if former is None or not isinstance(published, str) or published[:4] >= former[1]:
        return name
    return former[0]

# Domain keys that are also the parent of other bodies' own domains: every Chinese government body has
# its site under gov.cn (fgw.zj.gov.cn, cmse.gov.cn), so only the bare domain or www. names the portal itself.
SHARED_PARENTS = frozenset(("gov.cn",))

_BY_KEY = {key.lower(): site for site in SITES for key in site.keys}
_BY_NAME = {site.name: site for site in SITES}
_EDITIONS: dict[str, list[Site]] = {}  # parent name -> its regional editions, in table order
for _site in SITES:
    if _site.parent is not None:
        _EDITIONS.setdefault(_site.parent, []).append(_site)


def _trie_pattern(words: list[str]) -> str:
    """Return a regex matching any of ``words``, factored as a trie (longest match first).

    A flat alternation of a few hundred keys makes the engine try every key at every letter of
    the page; factored by shared prefixes it tries one branch per character instead.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        """Return the pattern of a trie node: its children as branches, optional if a word ends here."""
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def _key_patterns() -> tuple[re.Pattern[str], ...]:
    """Return the keys as trie-shaped patterns: one per first character of the Latin keys, one for the rest.

    Matched on lower-cased text (no IGNORECASE: it is slower). One trie of all keys was tried by
    the engine at nearly every letter of an English page, ~1,300 machine instructions a character;
    a trie whose keys share their first letter opens with that letter, which ``re`` finds by a fast
    scan and tries nowhere else. Built on first use (~15 ms, or ~1 ms from the pattern cache), which
    importing the reader should not pay.
    """
    return patterncache.compile_derived("\n".join(_BY_KEY), _key_sources)


def _key_sources() -> list[str]:
    """Return the sources of ``_key_patterns`` (kept by the pattern cache with the table they come from)."""
    latin: dict[str, list[str]] = {}
    other: list[str] = []
    for key in _BY_KEY:
        if key[0].isascii():
            latin.setdefault(key[0], []).append(key)
        else:
            other.append(key)
    return [_trie_pattern(keys) for keys in [*latin.values(), other] if keys]


def _key_spans(lowered: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of the keys in ``lowered[start:end]``, as one trie of all keys would find them.

    That is: left to right, the longest key at each place, and a key found hides any that begins
    inside it. Each trie reports every place one of its keys begins (so a key hidden inside another
    of the same trie is still seen), then the spans are chosen in order.
    """
    end = len(lowered) if end is None else end
    found = []
    for pattern in _key_patterns():
        match = pattern.search(lowered, start, end)
        while match is not None:
            found.append(match.span())
            match = pattern.search(lowered, match.start() + 1, end)
    found.sort()  # one span per place: the tries' keys begin with different characters
    spans, reach = [], start
    for span in found:
        if span[0] >= reach:
            spans.append(span)
            reach = span[1]
    return spans

_GROUP_RE = Pattern("|".join(map(re.escape, GROUPS)))
# Copyright notices, matched on lower-cased text (so without IGNORECASE, which is slower).
COPYRIGHT = Pattern(r"©|copyright|版权所有|版權所有|著作權所有|版权属|版權屬|all rights reserved")
# A wire agency's copyright printed under its story is a credit for the text, not the site's.
WIRE_COPYRIGHT = Pattern(r"^(?:©|copyright)\s*(?:\d{4}\s*)?(?:thomson reuters|the associated press|associated press|"
                            r"agence france-presse|afp|bloomberg)\b")
# Lines that name another publication on purpose: a source label, an agency's byline.
_CITES = Pattern(r"来源|來源|出处|出處|稿件|来自|整理自|摘自|转载自|轉載自|编译自|編譯自|source:|^by |^\(?reuters\)?$|"
                 r"^(?:the )?associated press$")


def site_of_brand(brand: str) -> Site | None:
    """Return the table row a short brand names: the site of that name, or whose name opens with it ("OK!").

    A trail's home item or a masthead may print the brand without the word the site's name adds
    ("OK! Home" for OK! Magazine); only a name that continues after the brand with a space matches.
    """
    brand = brand.strip()
    if len(brand) < _MIN_BRAND or patterns.NAV_WORDS.match(brand):
        return None  # "News Home", "Sports Home": a channel's home page, no brand
    return _BY_NAME.get(brand) or next((site for site in SITES if site.name.startswith(brand + " ")), None)


_MIN_BRAND = 2  # characters of a brand looked up by the start of a site's name at least


def site_named(name: str | None) -> Site | None:
    """Return the table row of a site by its recorded name."""
    return _BY_NAME.get(name) if name else None


def as_printed(site: Site, text: str) -> str:
    """Return the name to record for ``site`` named on line ``text``: a short brand it prints, else its name.

    A name mixing Latin letters and Han characters is recorded with the space the page prints
    between the two (NOWnews 今日新聞 of the row NOWnews今日新聞).
    """
    if site.name in text:
        return site.name
    alias = next((alias for alias in ALIASES.get(site.name, ()) if alias in text), None)
    return alias if alias is not None else spaced_as_printed(site.name, text)


def alias_on_page(site: Site, texts: list[str], body: list[int]) -> str | None:
    """Return the short brand a page names its site by outside the article, when it never prints the name.

    A footer may name the site by its domain only (Copyright © chinanews.com) while the page's own
    lines call it by its short brand (不代表中新社和中新网观点, the 中新网 weibo link): the site is
    recorded as the page prints it. Only Han brands are looked for: a Latin alias differs from the name
    by its capitals (TIME of Time) and would be found in any capitalised word of a menu.
    """
    aliases = [alias for alias in ALIASES.get(site.name, ()) if not alias.isascii()]
    if not aliases or any(site.name in text for text in texts):
        return None
    inside = set(body)
    outside = [text for index, text in enumerate(texts) if index not in inside]
    return next((alias for alias in aliases if any(alias in text for text in outside)), None)


def script_variant(site: Site) -> str | None:
    """Return the site's name in the other Chinese script, when its keys hold one: 紐約時報中文網 of 纽约时报中文网.

    The key differs from the name only where the two scripts do (a sister brand, 華視粉絲團, is none).
    """
    if site.name.isascii():
        return None
    return next((key for key in site.keys if script_twins(key, site.name)), None)


def spaced_as_printed(name: str, text: str) -> str:
    """Return ``name`` as ``text`` prints it with a space where Latin letters meet Han characters, else ``name``."""
    if name.isascii() or not any(c.isascii() and c.isalpha() for c in name):
        return name
    spaced = _spaced(name).search(text)
    return spaced.group() if spaced is not None else name


@cache
def _spaced(name: str) -> re.Pattern[str]:
    """Return a pattern of ``name`` allowing a space where Latin letters meet Han characters."""
    parts = re.findall(r"[A-Za-z0-9.&' -]+|[^A-Za-z0-9.&' -]+", name)
    return re.compile(r"\s?".join(map(re.escape, parts)))


def _bounded(text: str, start: int, end: int) -> bool:
    """Tell whether a Latin key matched as a whole word or domain, not inside a longer one.

    A domain may follow a dot (news.sina.com.cn is sina.com.cn) but not an @ (an e-mail address
    at a free mail host says nothing about the site).
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before == "@":
        return False
    if before == "." and text[start:end] in SHARED_PARENTS and text[max(0, start - 4):start] != "www.":
        return False  # zj.gov.cn is a provincial body's host under the registry, not the central portal gov.cn
    first, last = text[start], text[end - 1]
    if first.isascii() and first.isalnum() and before.isascii() and (before.isalnum() or before in "-_"):
        return False
    return not (last.isascii() and last.isalnum() and after.isascii() and (after.isalnum() or after in "-_"))


def sites_in(text: str) -> list[Site]:
    """Return the sites whose domain or brand ``text`` names, in the order printed."""
    return _sites_on(text.lower())


def _sites_on(lowered: str) -> list[Site]:
    """Return the sites a lower-cased line names, in printed order."""
    return [_BY_KEY[lowered[start:end]] for start, end in _key_spans(lowered) if _bounded(lowered, start, end)]


def _refined(site: Site, lowered: str) -> Site:
    """Return the regional edition of ``site`` the page also names ("Reuters India"), if any.

    A site's edition switcher names the edition shown without the brand: its label, then the current
    edition ("Edition:" / "UK", or on one line); "UK" under Reuters is the edition Reuters UK.
    """
    children = _EDITIONS.get(site.name, ())
    for child in children:
        if any(key.lower() in lowered for key in child.keys):
            return child
    switcher = _EDITION_SWITCHER.search(lowered) if children and "edition:" in lowered else None
    if switcher is not None:
        shown = f"{site.name.lower()} {switcher.group(1).strip()}"
        return next((child for child in children if any(key.lower() == shown for key in child.keys)), site)
    return site


# An edition switcher's label and the edition shown, on its own line or on the next: "Edition:" / "UK".
_EDITION_SWITCHER = Pattern(r"(?:^|\n)edition:[ \t]*\n?([a-z][a-z .]{0,19})(?:\n|$)")


def _group_member(lines: Sequence[str], index: int) -> Site | None:
    """Return the group paper a footer's list of sister papers leaves out, when exactly one is left out."""
    group = _GROUP_RE.search(lines[index].lower())
    if group is None:
        return None
    members = GROUPS[group.group()]
    texts = {text.strip().lower() for text in lines}
    # A member is listed as a whole line, or opening one before " (" (its town in brackets): every
    # line's text before each " (" in it, gathered once, where testing each member against each
    # line cost members x lines string tests.
    openings = {t[:at] for t in texts for at in _bracket_starts(t)}
    listed = [m for m in members if m.lower() in texts or m.lower() in openings]
    missing = [m for m in members if m not in listed]
    if len(listed) >= _MIN_LISTED and len(missing) == 1:
        return _BY_NAME.get(missing[0])
    return None


def line_starts(lines: Sequence[str]) -> list[int]:
    """Return where each line begins in ``"\n".join(lines)``: the lengths before it, plus a break each.

    Summed in C (accumulate, map, count): a generator adding one per line cost as much as the search.
    """
    return list(map(add, accumulate(map(len, lines[:-1]), initial=0), count()))


def _bracket_starts(text: str) -> Iterator[int]:
    """Yield where each " (" begins in ``text``."""
    at = text.find(" (")
    while at >= 0:
        yield at
        at = text.find(" (", at + 1)


class Identified(NamedTuple):
    """The site a page names as its own, the line that says so, how, and the other sites it names."""

    site: Site | None
    index: int | None
    how: str  # "copyright", "group", "named" (masthead, menus, footer) or "none"
    others: tuple[str, ...] = ()  # other sites named before the article, when the choice was a guess


def identify(lines: Sequence[str], *, skip: range | None = None) -> Identified:
    """Return the site the page names as its own.

    Evidence, strongest first: the copyright lines (the last first: the site's footer comes after
    any wire credit), a group footer with its list of papers, then the lines outside the article
    text (``skip``) from the top, leaving out lines that cite another publication (来源：…).
    Mentions inside the article are never evidence. Only the last way is a guess between
    candidates, so only then are the other sites named above the article returned with it.

    The page is lower-cased and joined once; the masthead search stops at the first site found
    (or, for the list of others, at the article), so a long page costs little more than a short one.
    """
    if not lines:
        return Identified(None, None, "none")
    lowered = "\n".join(lines).lower()
    starts = line_starts(lines)
    copyright_lines = sorted({bisect_right(starts, m.start()) - 1 for m in COPYRIGHT.finditer(lowered)}, reverse=True)
    for index in copyright_lines:
        line = lowered[starts[index]:starts[index] + len(lines[index])]
        if WIRE_COPYRIGHT.match(line) or _syndicated(lines[index]):
            continue
        named = _sites_on(line)
        if named:
            return Identified(_refined(named[0], lowered), index, "copyright")
        member = _group_member(lines, index)
        if member is not None:
            return Identified(member, index, "group")
    return _named(lines, lowered, starts, skip)


def _named(lines: Sequence[str], lowered: str, starts: list[int], skip: range | None) -> Identified:
    """Return the first site named outside the article, and the others named before the article."""
    chosen: Site | None = None
    chosen_at: int | None = None
    others: set[str] = set()
    article_start = skip.start if skip is not None and len(skip) else len(lines)
    for start, end in _spans_outside(lowered, starts, skip):
        index = bisect_right(starts, start) - 1
        if chosen is not None and index >= article_start:
            break  # the other candidates that matter are the ones printed above the article
        if (skip is not None and index in skip) or not _bounded(lowered, start, end):
            continue
        line = lowered[starts[index]:starts[index] + len(lines[index])]
        cited = _CITES.search(line)
        if cited is not None and start - starts[index] >= cited.start():
            continue  # the publication a 来源 label cites; a site named before the label is the page's own
        if _credited_title(line, start - starts[index], end - starts[index]):
            continue  # a teaser's title crediting the outlet it follows ("Man removed from flight: TMZ")
        site = _stem_over(lowered, starts[index], start) or _BY_KEY[lowered[start:end]]
        if site.name in patterns.WIRES and lowered[max(0, start - 2):start].rstrip().endswith("/"):
            continue  # a photo's credit, photographer/agency (Jane Doe/Reuters): the picture's owner, not the site
        if lowered[max(0, start - 2):start].rstrip().endswith("/") and _PHOTO_CREDIT.match(lines[index]):
            continue  # a photographer and the paper he shot for (Jane Doe/USA TODAY Sports): the picture's owner
        if chosen is None:
            chosen, chosen_at = _refined(site, lowered), index
        elif site.name not in (chosen.name, chosen.parent):
            others.add(site.name)
    if chosen is None:
        return Identified(None, None, "none")
    return Identified(chosen, chosen_at, "named", tuple(sorted(others)))


# A picture's credit line, the photographer's name, a slash and whom the picture belongs to: "Jane Doe/USA TODAY
# Sports", "John Roe / Example Images". Short, the line is nothing else.
_PHOTO_CREDIT = Pattern(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2} ?/ ?\S.{0,40}$")
_CREDITED_WORDS = 4  # words of a title before the colon and the outlet it credits at least


def _credited_title(line: str, start: int, end: int) -> bool:
    """Tell whether a key closes a title after a colon: an aggregator's credit to another outlet.

    Aggregators close a headline with the outlet that broke the story ("Man booted off flight for
    accosting a star: TMZ"); in their sliders and lists such a title names that outlet, not the site.
    """
    return end == len(line) and line[start - 2:start] == ": " and len(line[:start - 2].split()) >= _CREDITED_WORDS


# The stems of the Chinese sites named "<brand>网" (光明 of 光明网): a line opening with one names the site.
_STEMS = {site.name[:-1]: site for site in SITES if site.name[-1:] in "网網" and len(site.name) >= 3
          and not site.name[0].isascii()}
_STEM_MAX = max(map(len, _STEMS))


_WORDMARK_MAX = 40  # characters of a masthead wordmark naming a group and its title at most


def group_wordmark(lines: Sequence[str], chosen: Site, others: Sequence[str]) -> tuple[Site, int] | None:
    """Return the site of ``others`` a short masthead line prints right after ``chosen``'s name, and that line.

    A group's title prints its wordmark as the group's name followed by the title's (Example Group
    Example Weekly) while an umbrella link above names the group alone: the line holding nothing but
    the two names is the title's masthead. Only lines as short as a wordmark are looked at.
    """
    group = chosen.name.lower()
    for index, text in enumerate(lines):
        if len(text) > _WORDMARK_MAX or not text.lower().startswith(group + " "):
            continue
        rest = text[len(group) + 1:].strip().lower()
        site = _BY_KEY.get(rest)
        if site is not None and site.name in others:
            return site, index
    return None


def _stem_over(lowered: str, line_start: int, start: int) -> Site | None:
    """Return the site whose brand stem opens a line and runs over a key found inside it, else None.

    Chinese prints no word breaks: in 光明报系 (光明网's newspaper group) the key 明报 stands inside
    the stem 光明. A boundary at the line's start beats one in mid-word, so the stem names the site.
    """
    if start == line_start or lowered[start].isascii():
        return None
    for size in range(start - line_start + 1, _STEM_MAX + 1):
        site = _STEMS.get(lowered[line_start:line_start + size])
        if site is not None:
            return site
    return None


def _spans_outside(lowered: str, starts: list[int], skip: range | None) -> Iterator[tuple[int, int]]:
    """Yield the spans of the keys on the page in order, leaving out the lines in ``skip``.

    No key holds a line break, so no key spans two lines and the keys of a stretch of whole lines
    are the ones a search of the whole page finds there: the article's lines, never evidence, are
    not searched at all.
    """
    if skip is None or not skip or skip.step != 1 or skip.start < 0:
        yield from _key_spans(lowered)
        return
    yield from _key_spans(lowered, 0, _line_start(starts, skip.start, lowered))
    yield from _key_spans(lowered, _line_start(starts, skip.stop, lowered))


def _line_start(starts: list[int], index: int, lowered: str) -> int:
    """Return where line ``index`` starts in the joined page (its end when there is no such line)."""
    return starts[index] if 0 <= index < len(starts) else len(lowered)


# ---------------------------------------------------------------------------------------------
# a copyright holder the table does not know

# The holder a copyright line names, before or after the notice: "© 2019 Name", "Copyright © Name",
# "版权所有：© 2001-2012 Name", "© Name 版权所有", "Name 版权所有". Years and © are skipped.
_YEAR_SPAN = r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*"
HOLDER_AFTER = Pattern(
    r"(?:©|\([cC]\)|(?i:copyright)|版权所有|版權所有|著作權所有)\s*[:：]?\s*(?:©\s*)?(?:(?i:copyright)\s*)?"
    # "© Copyright 2010 - 2015. The Daily Caller" / "© Copyright by the Boston Herald and Herald Media"; a full
    # stop right after the word names no holder: "… is subject to copyright. Apart from any fair dealing …"
    # the sign may follow the year: "Copyright 2016 © Example Republic. All rights reserved."
    # the year may be set off from the holder by a dash: "Copyright 2015 - Example Local"
    + r"(?:" + _YEAR_SPAN + r"(?:[.,]\s+|[-–—]\s+)?)?(?:©\s*)?(?:(?i:by)\s+(?:(?i:the)\s+)?)?"
    + r"(?P<name>(?:[^\s©|｜,，.。:：;；]|\.(?=\w)){2,30}(?: (?:and |& )?[A-Z][\w&'-]*){0,3})")
# the holder may follow a label's colon: 主办单位：某某大学某某办公室 版权所有
HOLDER_BEFORE = Pattern(r"(?:^|[\s©:：])(?P<name>[^\s©|｜,，.。:：;；]{2,30})\s*(?:版权所有|版權所有|著作權所有)")
HOLDER_EXAMPLES = ["© 2012 - 2018 示例财经 京ICP备00000000号-1", "版权所有：© 2001-2012 某某学会    地址：北京",
                   "主办：某某办公厅 © 某某省人民政府网 版权所有",
                   "主办单位：某某大学某某办公室 版权所有", "© 2019 Example News. All rights reserved.",
                   "© Copyright 2010 - 2015. The Example Caller · Version 3.01.",
                   "© Copyright by the Example Herald and Example Media.",
                   "Copyright 2016 © Example Republic. All rights reserved.",
                   "Copyright 2015 - Example Local"]
# What a holder found that way must not be: the notice's own words, a licence, a number.
_NOT_HOLDER = Pattern(r"^(?:all|rights|reserved|by|the\b(?!(?-i: [A-Z]))|and|本网|本站|本網|备案|ICP|\d)|"
                      r"ICP|备案|許可|许可|声明|聲明|说明|說明|转载|轉載|未经|未經|不得|禁止|请|請|授权|授權|侵权|侵權|"
                      r"必究|所有", re.IGNORECASE)
# A company name: the site's brand opens it (当代商报南京网络传媒有限公司), the company is not the brand.
COMPANY = Pattern(r"(?:有限公司|有限责任公司|股份公司|公司|集团|集團|Inc\.?|LLC|Ltd\.?|Limited|GmbH|Corp\.?|"
                  r"Corporation|Co\.)$", re.IGNORECASE)

# A copyright line naming the site's brand as a trademark of the company that holds the rights:
# © 2015 Example Media Publications. "Example Star" is a registered trademark.
TRADEMARK = Pattern(r"[\"“](?P<name>[A-Z][\w&.'’ -]{1,40}?)[\"”] is a (?:registered )?trade ?mark")
TRADEMARK_EXAMPLES = ['Copyright ©2015 Example Media Publications. "Example Star" is a registered trademark.']

# Two names joined by "and": two holders when the first is a name of its own (the Example Herald and
# Example Media), else one company's name (Herald and Weekly Times), which is not the site's brand.
_JOINED = Pattern(r" (?:and|&) [A-Z]")
# After a copyright "holder" of two names joined, whom they serve: the site's motto ("Local News and Information
# for Example County"), not two holders; two holders joined name no one "for" anyone.
_FOR_WHOM = Pattern(r"\s+for [A-Z]")
_COMPANY_AFTER = Pattern(r"[,\s]*(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Co\.|S\.A\.|AG\b|plc\b)", re.IGNORECASE)
_DOMAIN = Pattern(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|news|co|tv|info)(?:\.[a-z]{2})?")
# A site named by its domain after the writer's name in a By line: "by Jane Doe, Example.org",
# "Jane Doe, Example.com | The Example Times".
BYLINE_DOMAIN = Pattern(r",\s*(?P<site>[A-Z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|news|co|tv|info))"
                        r"(?=\s*(?:$|[|,;]|(?:(?:Senior|Staff|Contributing|Special) )?"
                        r"(?:Contributor|Writer|Reporter|Correspondent|Columnist|Editor)\b))")
BYLINE_DOMAIN_EXAMPLES = ["by Jane Doe , Example.org", "Jane Doe, Example.com | The Example Times",
                          "by Jane Doe, Example.com Contributor | November 04, 2014 09:00pm ET"]
# A copyright holder that is a site's owner rather than its brand: "Example Science Network", "Example Media Group";
# on a Chinese page the operating body, a centre, group or company (版权所有 示例互联网新闻中心 under the 示例网 brand).
# The operator may be named as owning the site, "X官方网站" (X's official website): X decides, 示例频道节目中心官方网站.
# A network's digital arm that runs its sites closes their pages with its own name too (© Example Interactive).
OWNER_GROUP = Pattern(r"\b(?:Network|Group|Media|Holdings|Company|Corporation|Inc|LLC|Ltd|Publishing|"
                      r"Interactive)\b\.?$|"
                      r"(?:中心|集团|集團|公司)(?:官方网站|官方網站|官网|官網)?$")
OWNER_GROUP_EXAMPLES = ["Example Science Network", "Example Media Group", "Example Publishing", "Example Interactive",
                        "示例互联网新闻中心", "示例传媒集团有限公司", "示例频道节目中心官方网站"]
# Companies that own several sites of the table and close each one's pages with their own name (© NBC UNIVERSAL
# under NBC News, MSNBC and TODAY pages): owners too, whatever their name ends in (lower-cased, spaces dropped).
OWNER_COMPANIES = frozenset(("nbcuniversal",))


def owner_holder(holder: str) -> bool:
    """Tell whether a copyright holder is a site's owner rather than its brand (Example Media Group, NBCUniversal)."""
    return OWNER_GROUP.search(holder) is not None or holder.lower().replace(" ", "") in OWNER_COMPANIES


_ALL_RIGHTS = Pattern(r"\s+all\s+rights.*$", re.IGNORECASE)


def copyright_holder(lines: Sequence[str]) -> tuple[str, int] | None:
    """Return the holder a copyright line names (the last such line first) and its index.

    A company is the site's operator, not its brand: it is taken only through a brand the page
    prints on its own (a line, or a 来源 value) that opens the company's name.
    """
    page = "\n".join(lines).lower()  # one search of the page, not one per line
    starts = line_starts(lines)
    for index in sorted({bisect_right(starts, m.start()) - 1 for m in COPYRIGHT.finditer(page)}, reverse=True):
        if WIRE_COPYRIGHT.match(lines[index].lower()) or _syndicated(lines[index]):
            continue
        if lines[index][:1] in "IPVipv" and PICTURE_COPYRIGHT.match(lines[index]):
            continue  # "Image copyright Jane Doe" under a photo: the picture's owner, not the site's
        mark = TRADEMARK.search(lines[index]) if " trade" in lines[index] else None
        if mark is not None:
            return mark.group("name"), index  # the brand, not the company that holds it
        for pattern in (HOLDER_BEFORE, HOLDER_AFTER):
            match = pattern.search(lines[index])
            if match is None:
                continue
            if "/" in match.group("name") or lines[index][match.end():match.end() + 1] in ("/", "／"):
                continue  # a picture's credit (© Agency/Photographer under a photo): the picture's owner
            if " | " in lines[index] and _wire_credit(lines[index], match.start()):
                continue  # a picture's credit before its caption (© Jane Doe, AFP | Police at the scene …)
            if _after_caption(lines[index], match.start()):
                continue  # a picture's credit glued to its caption (…。(衛星截圖) © Example Observatory)
            name = _ALL_RIGHTS.sub("", match.group("name")).strip(" .,;")
            if name.startswith(_COUNTRY_DOT) and len(name) > len(_COUNTRY_DOT[0]) + 1:
                name = name[len(_COUNTRY_DOT[0]):]  # 中国·某某省某某委员会 版权所有: the body after the country's name
            if name[-4:].lower() == " all" and lines[index][match.end():].lstrip()[:6].lower() == "rights":
                name = name[:-4]  # "© 2015 Example Media Group All rights reserved": the notice's words are cut off
            if _JOINED.search(name) and _FOR_WHOM.match(lines[index], match.end()):
                continue  # "© 2023 Local News and Information for Example County": what the site offers, no holder
            joined = _JOINED.search(name)
            if joined is not None and " " in name[:joined.start()].strip():
                name = name[:joined.start()]  # two holders (the Example Herald and Example Media): the site first
            if _NOT_HOLDER.search(name) or not any(c.isalpha() for c in name):
                continue
            if name.endswith(_PICTURE_OWNER):
                continue  # "…資料圖片 © 示例社圖片" under a photo: the picture's owner, not the site's
            if _DOMAIN.fullmatch(name):
                return name, index  # a site named by its domain ("© 2019 Example.com, LLC") is the site
            company = COMPANY.search(name) or _COMPANY_AFTER.match(lines[index], match.end())
            if not company and name[:1].isascii() and (brand := _brand_before_owner_words(lines, name)) is not None:
                return brand, index  # "Example News" over the menus, "© 2020 Example News Internet Ventures"
            if company or _JOINED.search(name):
                # a Chinese company is named brand + place + trade; a Latin one after its group, unless
                # the page prints that name alone as its masthead ("Mashable" / "© 2015 Mashable, Inc.")
                brand = _brand_opening(lines, name) if not name[0].isascii() else _masthead(lines, name, index)
                if brand is None:
                    continue
                name = brand
            if name.isalpha() and name.islower() and name.isascii():
                name = name.capitalize()  # a brand styled in lower case (© africanews): the name is a proper noun
            return name, index
    return None


def _wire_credit(text: str, at: int) -> bool:
    """Tell whether the notice at ``at`` credits a photographer and a wire before a bar (© Jane Doe, AFP | …).

    The part before the bar ends with a wire agency's name (patterns.WIRES, Getty Images) after a comma:
    the picture's owner, its caption after the bar.
    """
    credit = text[at:].split(" | ", 1)[0]
    _, comma, wire = credit.rpartition(", ")
    return bool(comma) and (wire.strip() in patterns.WIRES or wire.strip() == "Getty Images")


# A body's footer may print its country before its name with a middle dot (中国·某某省某某委员会 版权所有):
# the holder is the body, the country a locative its site's name does not carry.
_COUNTRY_DOT = ("中国·", "中國·", "中国•", "中國•", "中国・", "中國・")

# A copyright holder named with a picture word (示例社圖片, 示例社照片) owns the photo it is printed under.
_PICTURE_OWNER = ("圖片", "图片", "照片", "截圖", "截图", "攝影", "摄影")
# Words of a picture's source in the brackets closing its caption (示例天文台衛星截圖, 記者王大明攝, 讀者提供).
_PICTURE_SOURCE = ("圖", "图", "照", "攝", "摄", "截", "提供", "空拍", "影像")


def _after_caption(text: str, at: int) -> bool:
    """Tell whether the copyright notice at ``at`` follows a photo's caption on the same line.

    A caption closes with the picture's source in brackets after its sentences (…逼近香港。…(示例天文台衛星截圖)),
    and the picture's © credit is glued after it: the owner of the picture, not of the site.
    """
    before = text[:at].rstrip()
    if before[-1:] not in ")）" or "。" not in before:
        return False
    # the bracket names where the picture comes from (衛星截圖, 本報攝, 民眾提供), not a notice's terms (詳見使用條款)
    bracketed = before[max(before.rfind("("), before.rfind("（")) + 1:-1]
    return any(word in bracketed for word in _PICTURE_SOURCE)


# A page's first line printing a bare domain is its logo's text (Example.com over the menus). A second
# mention elsewhere on the page (More on Example.com, Example.com Investigates) shows it is the site's own.
LOGO_DOMAIN = Pattern(r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|news|tv|co\.uk|com\.au)")
LOGO_DOMAIN_EXAMPLES = ["Example.com", "EX.com", "example.co.uk"]
_LOGO_MAX = 40  # characters of a domain printed as a logo's text


def logo_domain(lines: Sequence[str]) -> tuple[str, int] | None:
    """Return the domain the page's first line prints alone (the logo's text) when the page names it again.

    A domain of the table is recorded under the table's name, any other as printed.
    """
    first = next((index for index, text in enumerate(lines) if text.strip()), None)
    if first is None:
        return None
    name = lines[first].strip()
    if len(name) > _LOGO_MAX or "." not in name or not LOGO_DOMAIN.fullmatch(name):
        return None
    lowered = name.lower()
    if not any(lowered in text.lower() for text in lines[first + 1:] if "." in text):
        return None
    site = _BY_KEY.get(lowered)
    return (site.name if site is not None else name), first


# An accessibility link an old CMS prints inside its branding block, right under the site's name:
# "The Example Gazette" / "Jump to content". Most templates print it first on the page, over the logo;
# where a line stands above it, that line is the block's heading, the name the site shows itself under.
SKIP_LINK = Pattern(r"^(?:[Ss]kip|[Jj]ump) to (?:the )?(?:[Mm]ain )?(?:[Cc]ontent|[Aa]rticle|[Ss]tory|[Nn]avigation)$",
                    starts="SsJj")
SKIP_LINK_EXAMPLES = ["Jump to content", "Skip to main content", "Skip to Content", "skip to navigation"]
# The heading's name: a few capitalised words (The Example Gazette, Example Connection), no sentence.
_MASTHEAD_NAME = Pattern(r"^(?:The )?[A-Z][\w&'’.-]*(?: (?:of |and |& |the )?[A-Z][\w&'’.-]*){0,4}$",
                         starts="ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_SKIP_LINK_REACH = 120  # lines of a page's top searched for the skip link (menus of sister papers come first)
# A block's other furniture standing above a skip link names no site.
_NOT_MASTHEADS = frozenset(("home", "menu", "search", "sign", "log", "subscribe", "skip", "jump", "main", "close"))


def skip_link_masthead(lines: Sequence[str]) -> tuple[str, int] | None:
    """Return the name printed alone right above the page's skip link (The Example Gazette / Jump to content).

    Only the first skip link is looked at, and only when a line stands above it; a link opening the
    page (Skip to main content over the menus) has no branding block around it.
    """
    for index in range(min(len(lines), _SKIP_LINK_REACH)):
        text = lines[index].strip()
        if text[:1] not in "SsJj" or " to " not in text or SKIP_LINK.match(text) is None:
            continue
        above = next((i for i in range(index - 1, -1, -1) if lines[i].strip()), None)
        if above is None:
            return None
        name = lines[above].strip()
        if len(name) > _WORDMARK_MAX or _MASTHEAD_NAME.match(name) is None \
                or name.split()[0].lower() in _NOT_MASTHEADS:
            return None
        return name, above
    return None


def reprinted(lines: Sequence[str], name: str, skip: range, at: int | None) -> int | None:
    """Return the index of a line outside ``skip`` (the article) and other than line ``at`` that prints ``name``.

    A line citing another publication (来源：…, Source: …) does not count; a Latin name must stand
    as words (Example News in "Follow Example News", not in "Example Newsletter").
    """
    latin = name[:1].isascii()
    for index, text in enumerate(lines):
        if index == at or index in skip:
            continue
        found = text.find(name)
        if found < 0 or _CITES.search(text.lower()):
            continue
        end = found + len(name)
        if latin and ((found and text[found - 1].isalnum()) or (end < len(text) and text[end].isalnum())):
            continue
        return index
    return None


def _syndicated(text: str) -> bool:
    """Tell whether a copyright line is a syndication note's: its rights are the original publisher's.

    "This article originally appeared at Example Blog.  Copyright 2015. Follow Example Blog on …"
    """
    return ("riginally" in text or "irst " in text) and patterns.ORIGINALLY_PUBLISHED.search(text) is not None


def _brand_opening(lines: Sequence[str], company: str) -> str | None:
    """Return a name the page prints on its own (a line, or after 来源：) that opens ``company``."""
    for text in lines:
        if not text or (text[0] != company[0] and "来源" not in text and "來源" not in text):
            continue
        cited = _CITED_NAME.search(text)
        for candidate in (text.strip(), cited.group(1) if cited else ""):
            if 2 <= len(candidate) < len(company) - 2 and company.startswith(candidate) \
                    and not _cut_before_site_word(company, len(candidate)):
                return candidate
    return None


def _cut_before_site_word(company: str, at: int) -> bool:
    """Tell whether ``company`` goes on with 网 (site) at ``at``: the brand is longer than the line that opens it.

    示例网新媒体科技有限公司 is run by 示例网; a line printing 示例 alone (an app's name broken over two lines,
    示例 / 看点) cuts that brand short. 网络 (network) is a trade word after a whole brand: 示例网络传媒有限公司.
    """
    return company[at:at + 1] in ("网", "網") and company[at + 1:at + 2] not in ("络", "絡")


# A picture's copyright printed under it (BBC-style "Image copyright Jane Doe"): the photographer's, not the site's.
PICTURE_COPYRIGHT = Pattern(r"^(?:Image|Photo|Picture|Photograph|Video)s?\s+(?:copyright|©)", re.IGNORECASE)
PICTURE_COPYRIGHT_EXAMPLES = ["Image copyright Jane Doe", "Photo © Example Agency", "image copyright Jane Doe"]
# Words closing a company's name after the brand it runs: Example News Internet Ventures, Example Media Network.
_OWNER_WORDS = frozenset(("Internet", "Ventures", "Interactive", "Digital", "Enterprises", "Media", "Network",
                          "Networks", "Group", "Holdings", "Publishing", "Publications", "Communications", "Company",
                          "Corporation", "Partners", "Properties"))


def _brand_before_owner_words(lines: Sequence[str], name: str) -> str | None:
    """Return the brand opening a company's name when the page prints it alone on a line of its own.

    "© 2020 Example News Internet Ventures" under a masthead that prints "Example News": the holder
    is the company that runs the site, the brand before its company words is the site. The brand
    must stand alone on a line (the logo's text, a menu's home item); a word merely named in
    passing does not count.
    """
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in _OWNER_WORDS:
        cut -= 1
    if cut == len(words):
        return None
    brand = " ".join(words[:cut])
    return brand if len(brand) >= 3 and brand in lines else None


def _masthead(lines: Sequence[str], name: str, index: int) -> str | None:
    """Return a Latin company's brand (its name without Inc, LLC …) when the page prints it elsewhere.

    A group names itself in the copyright line only; a site's own brand is on its masthead, menus
    or subscription box too ("Example Gazette" / "© 2019 Example Gazette Inc."). A company may carry
    its title's name before the word Company ("© 2019 The Example Beast Company LLC"): the title,
    when the page prints it on its own.
    """
    brand = COMPANY.sub("", name).strip(" ,.")
    if len(brand) < 2:
        return None
    candidates = [brand]
    if brand.endswith(" Company") and " " in brand[:-8].strip():
        candidates.append(brand[:-8].strip())  # a one-word remainder (Example Company) is too weak a brand
    for candidate in candidates:
        word = re.compile(rf"(?<![\w.]){re.escape(candidate)}(?![\w.])")
        # other copyright notices of the group (Hearst Newspapers © Hearst Communications, Inc.) do not count
        if any(i != index and word.search(text) and not COPYRIGHT.search(text.lower()) for i, text in enumerate(lines)):
            return candidate
    return None


_CITED_NAME = Pattern(r"(?:来源|來源)\s*[:：]\s*([^\s:：]+)")


# A footer line in which the site describes itself: "example.com is a production of Example Media",
# "Example News is part of Example Group", "Example Sports is a registered trademark of Example Broadcasting
# Inc." (the brand, under a copyright naming only the company). Its subject is the site's brand.
SELF_DESCRIBED = Pattern(
    r"^(?P<site>[A-Za-z0-9][\w.&'’ -]{1,40}?) is (?:a production of|(?:a )?part of|published by|operated by|"
    r"owned by|a division of|a service of|a publication of|a member of|a (?:registered )?trademark of|"
    r"(?:a|an|the) (?:[\w-]+ ){0,3}?(?:news (?:site|website|outlet|organi[sz]ation|service)|source (?:for|of) news|"
    r"newspaper|magazine|online publication)\b)")
SELF_DESCRIBED_EXAMPLES = ["example.com.au is a production of Example Digital Media - a division of Example Sport",
                           "Example Post is an independent news site covering the city.",
                           "Example Daily is a leading source for news, information and resources.",
                           "Example Sports is a registered trademark of Example Broadcasting Inc."]

# The rules over a story's comments, naming the site that keeps them: "Example Magazine moderates comments to
# facilitate an informed, substantive, civil conversation." Its subject is the site's brand.
COMMENT_POLICY = Pattern(r"^(?P<site>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) moderates (?:all )?"
                         r"(?:reader |user )?comments\b")
COMMENT_POLICY_EXAMPLES = ["Example Magazine moderates comments to facilitate an informed, civil conversation.",
                           "The Example Times moderates all comments."]
COMMENT_POLICY_COUNTER = ["A team of editors moderates comments.", "Comments are moderated by our editors."]


# A footer's mission statement naming the site: "The mission of Example Review is to equip its readers …".
SITE_MISSION = Pattern(r"^The (?:mission|aim|purpose) of (?P<site>[A-Za-z0-9][\w.&'’ -]{1,40}?) is to ", starts="T")
SITE_MISSION_EXAMPLES = ["The mission of Example Review is to equip its audiences with the news.",
                         "The purpose of Example.org is to inform the public."]


def self_described(lines: Sequence[str], skip: range) -> tuple[str, int] | None:
    """Return the name a footer line gives the site it describes, after the article (``skip``).

    The subject must read as a brand: a domain, or capitalised words that are no pronoun
    ("This article is part of a series" describes no site).
    """
    for index in range(len(lines) - 1, max(skip.stop, 0) - 1, -1):
        text = lines[index]
        followed = (FOLLOW_SITE.match(text) or FOLLOW_BLOG.match(text)) if text.startswith("Follow ") else None
        if followed is not None:
            return followed.group("site"), index  # "Follow Example News on Facebook.", Follow “Example News”
        if "旗下" in text and (hosted := HOSTING_PLATFORM.search(text)) is not None:
            return hosted.group("site"), index  # 以上内容为某某网旗下自媒体平台用户上传: the hosting site
        if ("信息存储" in text or "信息存儲" in text or "資訊儲存" in text) and (hosts := sites_in(text)):
            # 平台声明：…示例号系信息发布平台，示例网仅提供信息存储空间服务: the platform hosting an account's
            # post names itself in the safe-harbour statement under it (the account is no publisher)
            return hosts[0].name, index
        moderated = COMMENT_POLICY.match(text) if " moderates " in text else None
        if moderated is not None and moderated.group("site").split()[0].lower() not in _NOT_BRANDS:
            return moderated.group("site"), index  # the comment rules under the story name the site keeping them
        if " is " not in text or len(text) > 200:
            continue
        match = SELF_DESCRIBED.match(text) or (SITE_MISSION.match(text) if text.startswith("The ") else None)
        if match is None:
            continue
        site = match.group("site").strip()
        words = site.split()
        if "." in site and " " not in site:
            known = _BY_KEY.get(site.lower())  # a domain of the table is recorded under the table's name, as
            return (known.name if known is not None else site), index  # logo_domain records it
        if all(w[:1].isupper() or w[:1].isdigit() for w in words) and words[0].lower() not in _NOT_BRANDS:
            return site, index
    return None


# A footer's call to follow the site on social networks, naming it: "Follow Example News on Facebook and Twitter."
# Only a name reading as a news brand (… News, … Times, a domain): "Follow Jane Doe on Twitter" names a writer.
FOLLOW_SITE = Pattern(r"^Follow (?P<site>(?:[A-Z][\w&'’-]* ){0,3}(?:News|Times|Post|Daily|Herald|Journal|Tribune|"
                      r"Gazette|Chronicle|Magazine|Network)|[\w-]+\.(?:com|net|org|co\.uk))"
                      r" on (?:Facebook|Twitter|Instagram|YouTube|LinkedIn)\b", starts="F")
# The heading of a footer's column of social links, naming the site: "Follow The Example Times" over "Facebook" /
# "Twitter" … The column's links (two social networks or app stores within the next lines) say what it heads.
FOLLOW_HEADING = Pattern(r"^Follow (?P<site>(?:The )?[A-Z][\w&'’.!-]*(?: [A-Z][\w&'’.!-]*){0,2})$", starts="F")
_SOCIAL_LINK = Pattern(r"^(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|Google\+|Google Plus|Tumblr|Pinterest|RSS|"
                       r"App [Ss]tore|Google Play)$")
_NOT_FOLLOWED = frozenset(("us", "me", "him", "her", "them", "our", "my", "along", "this"))  # "Follow Us" names no one
_FOLLOW_LINKS = 3  # lines under such a heading searched for its social links
_FOLLOW_LINKS_MIN = 2  # social links it heads at least


def follow_heading(lines: Sequence[str], after: int, people: Sequence[str]) -> tuple[str, int] | None:
    """Return the name a footer's "Follow X" heading over social links gives, after line ``after``, else None.

    A writer's box may print "Follow Jane Doe" over her own links: a name the byline gives is none.
    """
    for index in range(len(lines) - 1, max(after, 0), -1):
        text = lines[index]
        match = FOLLOW_HEADING.match(text) if text.startswith("Follow ") else None
        if match is None or match.group("site") in people \
                or match.group("site").split()[0].lower() in _NOT_FOLLOWED:
            continue
        links = sum(1 for line in lines[index + 1:index + 1 + _FOLLOW_LINKS] if _SOCIAL_LINK.match(line))
        if links >= _FOLLOW_LINKS_MIN:
            return match.group("site"), index
    return None


# A blog host's box for following the site by e-mail, naming it in quotes: Follow “Example News” (over "Get every
# new post delivered to your Inbox."). The quoted name is the site's title as its owner set it.
FOLLOW_BLOG = Pattern(r"^Follow [“\"](?P<site>[A-Z][\w&'’.!-]*(?: [\w&'’.!-]+){0,4})[”\"]$", starts="F")
FOLLOW_BLOG_EXAMPLES = ["Follow “Example News”", 'Follow "Example Times"']
# A self-media platform's disclaimer under a post names the site that runs the platform:
# “特别声明：以上作品内容…为凤凰网旗下自媒体平台“大风号”用户上传并发布…
HOSTING_PLATFORM = Pattern(r"[为為](?P<site>[\u4e00-\u9fff]{2,6}?)旗下(?:的)?自媒[体體]平[台臺]")
HOSTING_PLATFORM_EXAMPLES = ["以上作品内容为示例网旗下自媒体平台“示例号”用户上传并发布",
                             "本文為示例網旗下自媒體平台作者發布"]
FOLLOW_SITE_EXAMPLES = ["Follow Example News on Facebook and Twitter.", "Follow example.com on Twitter"]
FOLLOW_SITE_COUNTER = ["Follow Jane Doe on Twitter", "Follow us on Facebook and Twitter."]


# The heading a site prints over its own reading list or newsletter box, naming itself (WordPress sites print it
# so): "Discover more from Example News". Its own brand, where the copyright line may name only the company
# publishing it.
# A brand as a site names itself in its own headings and calls: up to four capitalised words ("The" kept).
_OWN_BRAND = r"(?P<site>(?:The )?[A-Z][\w&'’.!-]*(?: [A-Z][\w&'’.!-]*){0,3})"
MORE_FROM_HEADING = Pattern(r"^Discover more from " + _OWN_BRAND + "$", starts="D")
MORE_FROM_HEADING_EXAMPLES = ["Discover more from Example News", "Discover more from The Example Times"]
MORE_FROM_HEADING_COUNTER = ["Discover more from our partners below", "Discover more from Example News on our app"]
# The site's calls to its readers, naming its brand as the thing to join or receive: "Sign into your Example
# Review account", "Create an Example Review account", "Get Example Magazine delivered to your inbox", "Become an
# Example Atlas member", "Download the Example News app". The brand is capitalised and the call's noun follows
# it in lower case, so a call naming no brand ("Get the latest news delivered", "Create a Free Account") is none.
READER_CALL = Pattern(r"^(?:Get|Sign (?:in|into)(?: to)? your|Create (?:a|an|your)|Become an?|Download the) "
                      + _OWN_BRAND + r" (?:account|delivered|member|membership|subscriber|insider|app)\b",
                      starts="GSCBD")
READER_CALL_EXAMPLES = ["Sign into your Example Review account to get access", "Create an Example Review account",
                        "Get Example Magazine delivered to your inbox", "Become an Example Atlas member and travel",
                        "Download the Example News app"]
READER_CALL_COUNTER = ["Get the latest news delivered to your inbox", "Create a Free Account",
                       "Become a member", "Download the app", "Get Started"]
# Words a reader's call uses without naming a brand ("Get The Latest Headlines delivered …")
_CALL_WORDS = frozenset(("The", "Latest", "Top", "Daily", "Weekly", "Best", "Breaking", "News", "Headlines", "Stories",
                         "Updates", "Our", "Free", "Premium", "Digital", "Newsletter", "Newsletters", "Insider",
                         "Member", "Members"))


# A rights note under the text in which the site claims the piece as its own work, naming itself: 本文为示例网
# 原创文章，禁止转载。 The no-reprint clause after it makes it a rights note, not a sentence of the story.
SELF_CLAIM = Pattern(r"^本[文稿](?:为|為|系|係)(?P<site>[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 ]{1,20}?)\s*"
                     r"(?:原创|原創|独家|獨家)(?:文章|稿件|内容|內容|作品)?\s*[，,。;；]\s*"
                     r"(?:禁止|严禁|嚴禁|未[经經]|请勿|請勿|不得|转载|轉載)", starts="本")
SELF_CLAIM_EXAMPLES = ["本文为示例网 原创文章，禁止转载。请尊重知识产权，违者本司保留追究责任的权利。",
                       "本文為示例新聞網原創稿件，未經授權不得轉載"]
# A writer's or an account's claim names no site: 本文为作者原创 …, 本文为示例号原创 … (a self-media account).
_NOT_CLAIMANTS = ("作者", "笔者", "筆者", "本站", "本网", "本網", "号", "號")


def self_claim(lines: Sequence[str], after: int) -> tuple[str, int] | None:
    """Return the site a rights note after line ``after`` (the article's last) claims the piece for, else None.

    本文为示例网原创文章，禁止转载: the site calls the text its own original and names itself, where
    its copyright line may name only the company that runs it. A writer or a self-media account
    claiming the text (本文为作者原创, 本文为示例号原创) names no site.
    """
    for index in range(max(after, -1) + 1, len(lines)):
        text = lines[index]
        if text[:1] != "本" or not ("原" in text or "独" in text or "獨" in text):
            continue
        match = SELF_CLAIM.match(text)
        if match is not None and not match.group("site").strip().endswith(_NOT_CLAIMANTS):
            return match.group("site").strip(), index
    return None


def more_from_heading(lines: Sequence[str], after: int) -> tuple[str, int] | None:
    """Return the name a "Discover more from X" heading after line ``after`` (the article's last) gives, else None.

    Only below the article: a box of links to another site sits there too, but names that site
    in its links, not in a heading of this form.
    """
    for index in range(max(after, -1) + 1, len(lines)):
        text = lines[index]
        match = MORE_FROM_HEADING.match(text) if text.startswith("Discover more from ") else None
        if match is not None:
            return match.group("site"), index
    return None


def reader_call(lines: Sequence[str], article: range) -> tuple[str, int] | None:
    """Return the brand a call to the site's readers names outside ``article`` (Get X delivered …), else None.

    A site asks its readers to sign into, join or receive itself by name, in its masthead's account
    links or its newsletter boxes; a partner's promotion names its own brand in a link, not in the
    site's account or membership calls.
    """
    for index, text in enumerate(lines):
        if index in article or text[:1] not in READER_CALL.starts:
            continue
        match = READER_CALL.match(text)
        if match is not None and not set(match.group("site").split()) <= _CALL_WORDS:
            return match.group("site"), index
    return None


_NOT_BRANDS = frozenset(("this", "it", "that", "there", "here", "what", "which", "who", "he", "she", "they"))


# What joins a page title's parts: "标题_新浪网", "Title | Section | Site", "标题 - 新华网", "标题--当代商报".
TITLE_JOINT = Pattern(r"\s*(?:[_|｜]|--|\s[-–—]\s)\s*")
TITLE_JOINT_EXAMPLES = ["标题_新浪网", "Title | Section | Site", "标题 - 新华网", "标题--某报"]


def title_site(lines: Sequence[str], headline: str, skip: int | None) -> tuple[str, int] | None:
    """Return the site a page-title line names after the headline (标题_新浪网, Title | News | Site).

    The title repeats the headline and ends with the site's name; a name in the table is recorded
    under the table's name.
    """
    if len(headline) < 4:
        return None
    for index, text in enumerate(lines):
        if index == skip or not text.startswith(headline) or len(text) <= len(headline):
            continue
        rest = text[len(headline):]
        joint = TITLE_JOINT.match(rest)
        if joint is None:
            continue
        site = TITLE_JOINT.split(rest[joint.end():])[-1].strip()
        known = sites_in(site)
        if known:
            return known[0].name, index
        if 2 <= len(site) <= 30 and not site[:1].isdigit():
            return site, index
    return None


# A page title copied into a link list: "Other story's title -- Site", "Other story's title - Site".
_COPIED_TITLE = Pattern(r"\S\s(?:--|[-–—|])\s(?P<site>[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,2})$")
_COPIED_TITLES = 3  # copies naming the same site at least
_COPIED_REACH = 60  # characters at the end of a line looked at


def copied_titles_site(lines: Sequence[str], skip: range) -> tuple[str, int] | None:
    """Return the site the page titles copied into its link lists name, when three or more name the same one.

    A box of trending or shared links prints the other pages' titles as the browser shows them,
    the site's name after a dash ("Other story -- Example"); the name they share is the site's.
    Lines of the article (``skip``) are not looked at.
    """
    counts: dict[str, list[int]] = {}
    for index, text in enumerate(lines):
        if index in skip or (" -- " not in text and " - " not in text and " | " not in text):
            continue
        match = _COPIED_TITLE.search(text[-_COPIED_REACH:])
        if match is not None and len(text) > len(match.group("site")) + 12:
            counts.setdefault(match.group("site"), []).append(index)
    best = max(counts.items(), key=lambda item: len(item[1]), default=None)
    if best is None or len(best[1]) < _COPIED_TITLES:
        return None
    known = sites_in(best[0])
    return (known[0].name if known else best[0]), best[1][0]
