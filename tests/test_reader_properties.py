"""The text reader never crashes: on any input it returns an item with warnings or raises InputError.

GUIDE, 10: properties over examples where they fit (markdown-it-py's no-crash fixtures). Three
kinds of input: arbitrary text, arbitrary bytes, and dump-like text assembled from the pieces
real dumps are made of (menus, dates, bylines, paragraphs, footers) in random order, which
reaches far deeper into the steps than random characters do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.errors import InputError
from archive.model.item import published_parts
from archive.readers.text import read

PIECES = [
    "首页", "新闻", "国内", "Home", "News", "World", "Share on Facebook", "分享到：", "字号：T|T", "【1】【2】【3】",
    "您当前的位置:云南网 >> 云南频道 >> 时政 >> 正文", "首页 > 社会 > 正文", "udn / 社會 / 焦點事件", "新华网 > > 正文",
    "昆明:全面加强疫情防控工作 坚决打赢疫情防控阻击战", "The Guardian view on Hong Kong: a city on the brink",
    "发布时间:2020年01月29日 07:40:11  来源: 昆明日报", "2019-09-26 10:56:28 证券时报网", "2019", "09/07", "19:02",
    "Mon 18 Nov 2019 18.54 GMT  Last modified on Mon 18 Nov 2019 18.56 GMT",
    "Updated 10:01 pm PST, Tuesday, November 19, 2019",
    "2012年07月07日09:47环球时报[微博]单仁平我要评论(0)", "108年11月19日", "13/13/2019", "2019年2月30日 25:61",
    "原标题:昆明市应对新型冠状病毒感染肺炎疫情工作领导小组会议强调", "（原标题：）", "扬眼", "企鹅号",
    "澎湃新闻记者 贺梨萍", "记者王大明／台北報導", "by Jeff Foust — November 18, 2019", "By", "By ,",
    "National Desk By National Desk", "-- By Michael Russell Follow @tdmrussell", "Reuters",
    "(Reporting by Indulal PM; Editing by Sunil Nair)", "(Reporting by ; Editing by )",
    "Jane Doe contributed to this report.",
    "　　新京报快讯（记者 裴剑飞）今日（12月28日）有网友爆料，有60万个“12306账号”和410万条联系人数据在暗网低价出售。",
    "（中央社記者林志明高雄19日電）高雄市前鎮區一家五金行今天清晨發生大火，5人從火場中疏散。",
    "HAYWARD, Calif. (AP) — The Latest on a deadly stabbing on a San Francisco Bay Area commuter train:",
    "Hong Kong is burning. The authorities continue to pour fuel on the fire. On Monday, the People’s Daily warned.",
    "杨皕、杨正晓、李建阳等参加会议。(首席记者 贾献培 通讯员 左余东)", "▲（作者是《环球时报》评论员）", "（评论员 ）",
    "图片来源：未来科学大奖官网", "新华社记者 才扬 摄", "10 p.m.", "___", "Credit: SpaceX", "google.JPG",
    "责任编辑:钱霓", "(责编：汤诗瑶、丁涛)", "[责任编辑：韩保林 PK155]", "（责任编辑： HN666）", "责任编辑：",
    "© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
    "© 2020 Postmedia Network Inc. All rights reserved.", "National Post", "Vancouver Sun", "Overview: World",
    "FILED UNDER:", "滇ICP备08000875号", "https://www.sfgate.com/news/article.php", "返回搜狐，查看更多",
]

settings.register_profile("reader", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("reader")

dump_lines = st.lists(
    st.one_of(st.sampled_from(PIECES), st.just(""), st.text(max_size=60)),
    min_size=0, max_size=60,
)
line_ending = st.sampled_from(["\n", "\r\n", "\r"])


def _check(data: bytes) -> None:
    """Read ``data``: either an item that holds together, or the project's own InputError."""
    try:
        result = read(data, filename="prop.txt", created="2020-01-30T00:00:00Z")
    except InputError as error:
        assert str(error).startswith("prop.txt"), "the error names the file"
        return
    item = result.item
    assert item.headline.strip() and item.body
    assert all(block.text for block in item.body)
    if item.published is not None:
        published_parts(item.published)  # one of the forms the model accepts
    if item.modified is not None:
        published_parts(item.modified)
    assert all(d.code and d.file == "prop.txt" for d in result.diagnostics)
    assert all(isinstance(n, int) and n >= 1 for n in result.where.values())


@given(st.text(max_size=2000))
def test_arbitrary_text(text):
    _check(text.encode("utf-8", "surrogatepass") if any("\ud800" <= c <= "\udfff" for c in text)
           else text.encode("utf-8"))


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    _check(data)


@given(dump_lines, line_ending, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_dump_like_text(lines, newline, encoding):
    text = newline.join(lines)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    _check(data)
