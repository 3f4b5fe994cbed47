"""Hypothesis strategies for NewsItems that the profile admits (trimmed one-line texts, ISO dates)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from archive.model import Block, EditNote, NewsItem, Original, Person, Role

# Characters XML 1.0 can hold and our profile accepts inside a line: no controls, no surrogates,
# no unassigned code points (U+FFFE/U+FFFF among them), no line or paragraph separators.
_chars = st.characters(blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp"))
line = st.text(_chars, min_size=1, max_size=40).map(str.strip).filter(bool)
iso_date = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(lambda d: d.isoformat())
offset = st.sampled_from(["Z", "+08:00", "-05:00", "+05:30", "+00:00"])
iso_time = st.times().map(lambda t: t.replace(microsecond=0).isoformat())
instant = st.builds(lambda d, t, o: f"{d}T{t}{o}", iso_date, iso_time, offset)
published = st.one_of(iso_date, instant, st.builds(lambda d, t: f"{d}T{t}", iso_date, iso_time))
hexdigest = st.text("0123456789abcdef", min_size=64, max_size=64)

person = st.builds(Person, name=line, role=st.sampled_from(list(Role)), printed_role=st.none() | line)
block = st.builds(Block, text=line, kind=st.sampled_from(["p", "h2"]))
original = st.builds(
    Original, filename=line, size=st.integers(0, 10**9), sha256=hexdigest,
    encoding=st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"]), bom=st.booleans(),
    line_endings=st.sampled_from(["lf", "crlf", "cr", "mixed", "none"]),
)
language = st.sampled_from(["zh-CN", "zh-TW", "en", "en-GB", "zh-Hant-HK"])

news_item = st.builds(
    NewsItem,
    guid=hexdigest.map(lambda h: "urn:newsarchive:sha256:" + h),
    language=language,
    headline=line,
    body=st.lists(block, min_size=1, max_size=5).map(tuple),
    created=instant,
    version=st.integers(1, 50),
    first_created=st.none() | instant,
    original_headline=st.none() | line,
    section=st.none() | line,
    breadcrumb=st.lists(line, max_size=4).map(tuple),
    published=st.none() | published,
    published_printed=st.none() | line,
    modified=st.none() | published,
    source=st.none() | line,
    publisher=st.none() | line,
    byline=st.none() | line,
    dateline=st.none() | line,
    people=st.lists(person, max_size=4).map(tuple),
    url=st.none() | st.sampled_from(["https://example.com/a.html", "http://news.example.cn/2020/01/29/x.htm"]),
    original=original,
    notes=st.lists(st.builds(EditNote, text=line), max_size=2).map(tuple),
)
