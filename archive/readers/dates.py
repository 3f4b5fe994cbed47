"""Dates and times as news pages print them, to ISO 8601 in the source's time zone.

Rules (the archive never invents a time):
- a printed zone wins (``EST``, ``GMT``, ``+0800``, ``UTC+8``);
- otherwise a Chinese-language site (mainland China, Hong Kong, Taiwan) is at +08:00;
- otherwise the printed wall-clock time is kept without an offset;
- a date alone stays a date; a time alone is no date.

Each pattern below comes with an example line it matches (see ``EXAMPLES``, checked by the tests).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from archive.readers.lazy import Pattern

CHINA = "+08:00"

MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}

# Zone abbreviations to fixed offsets, or to an IANA zone when the abbreviation does not say
# whether daylight saving applies ("ET" is EST in winter, EDT in summer).
ZONES: dict[str, str] = {
    "GMT": "+00:00", "UTC": "+00:00", "UT": "+00:00", "Z": "+00:00", "BST": "+01:00",
    "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "AMT": "+04:00", "GST": "+04:00", "PKT": "+05:00", "IST": "+05:30", "ICT": "+07:00",
    "WIB": "+07:00", "HKT": "+08:00", "SGT": "+08:00", "AWST": "+08:00", "PHT": "+08:00",
    "JST": "+09:00", "KST": "+09:00", "ACST": "+09:30", "AEST": "+10:00", "AEDT": "+11:00",
    "NZST": "+12:00", "NZDT": "+13:00", "AST": "-04:00", "ADT": "-03:00", "EST": "-05:00",
    "EDT": "-04:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}
# "CST" is China Standard Time on Chinese pages and US Central Standard Time elsewhere.
CST = {"zh": "+08:00", "en": "-06:00"}

_ZONE_NAMES = "|".join(sorted((*ZONES, "CST"), key=len, reverse=True))
# "GMT+8" before "GMT": the alternation takes the first branch that matches
# ISO's zone designator is glued to the time's last digit ("15:36:00Z"): no word boundary before it
ZONE = (rf"(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?|\b(?:{_ZONE_NAMES})\b|(?<=\d)Z\b|"
        r"[+-]\d{2}:?\d{2}\b)")
# A lower-case marker may be glued to a capitalised word: a page's published and updated <time> elements
# printed one after the other ("6:03 pmNovember 8, 2023 | 6:03 pm").
# An ISO stamp printed as text carries a fraction of a second before its zone ("2016-12-22T15:36:00.000Z"):
# the fraction belongs to the time, so the zone letter right after it is read.
TIME = (r"(?P<hour>\d{1,2})\s?[:.：]\s?(?P<minute>\d{2})(?:\s?[:：]\s?(?P<second>\d{2})(?:\.\d{1,6})?)?"
        r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)(?:(?![A-Za-z])|(?<=[a-z.])(?=[A-Z][a-z])))?")
# 12-hour times with no minutes, "10 p.m.", only where an am/pm marker makes them unambiguous
HOUR_ONLY = r"(?P<hour>\d{1,2})\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?)"
MONTH_NAME = (r"(?P<mname>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_Y = r"(?P<year>(?:19|20)\d{2})"
_M = r"(?P<month>\d{1,2})"
_D = r"(?P<day>\d{1,2})"

# Date forms, most specific first. (name, regex, example it matches)
DATE_FORMS: list[tuple[str, str, str]] = [
    ("cjk", _Y + r"\s?年\s?" + _M + r"\s?月\s?" + _D + r"\s?日", "2020年01月29日 07:40:11"),
    ("iso", _Y + r"\s?[-/.]\s?" + _M + r"\s?[-/.]\s?" + _D + r"(?![\d/])", "2020-01-29 07:40"),
    ("spaced", _Y + r"\s" + _M + r"\s?/\s?" + _D + r"(?!\d)", "2023 11/ 17 20:52:15"),
    ("mdy_name", MONTH_NAME + r"\s" + _D + r"(?:st|nd|rd|th)?,?\s" + _Y, "Nov. 19, 2019 5:52 AM EST"),
    # British papers print the day as an ordinal: "Published 29th December 2014"
    ("dmy_name", _D + r"(?:st|nd|rd|th)?\s" + MONTH_NAME + r",?\s" + _Y, "Mon 18 Nov 2019 18.54 GMT"),
    # the same joined by hyphens, as cricket and Indian sites print a story's date ("13-May-2024")
    ("dmy_dash", r"(?<![\d-])" + _D + "-" + MONTH_NAME + "-" + _Y + r"(?![\d-])", "13-May-2024"),
    ("mdy_slash", _M + "/" + _D + "/" + _Y, "11/19/2019 10:01 PM"),
    # US sites that drop the century ("10/04/16 05:07 AM EDT"): only with a 12-hour time right after,
    # which tells the date from a fraction or a score; the century is POSIX's (``full_year``)
    ("mdy_short", r"(?<![\d/])" + _M + "/" + _D + r"/(?P<yy>\d{2})(?![\d/])(?=\s\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\b)",
     "10/04/16 05:07 AM EDT"),
    # WordPress's short date format "M j, y" with the century dropped ("Sep 4, 14 by Jane"): only with the
    # By line right after, which tells the date from a count or a score after a month's name
    ("mdy_name_short", r"(?<![\w])" + MONTH_NAME + r"\s" + _D + r",\s(?P<yy>\d{2})(?![\d,:.])(?=(?-i: [Bb]y ))",
     "Sep 4, 14 by Jane Doe"),
    # day first with dots, as German and most European sites print it
    ("dmy_dots", r"(?<![\d.])" + _D + r"\.\s?" + _M + r"\.\s?" + _Y + r"(?![\d.]\d)", "Date 03.04.2019"),
    # WordPress with a Chinese locale prints "F jS, Y" with the month name in Chinese numerals
    ("cn_month_name", r"(?<![一二三四五六七八九十\d])(?P<cmonth>十[一二]|[一二三四五六七八九十])月\s?" + _D
     + r"(?:st|nd|rd|th)?,\s?" + _Y, "十一月 6th, 2009"),
    # Taiwan's Minguo calendar: year 108 is 2019 (government and some news sites print it)
    ("minguo", r"(?<![\d])(?P<roc>1[0-2]\d|[6-9]\d)\s?年\s?" + _M + r"\s?月\s?" + _D + r"\s?日", "108年11月19日"),
]
MINGUO_OFFSET = 1911
# Month names in Chinese numerals, January first ("十一月" is November).
_CHINESE_MONTHS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
DATE_PATTERNS = [(name, Pattern(rx, re.IGNORECASE)) for name, rx, _ in DATE_FORMS]
# Every form but the Minguo one holds a year (_Y), at most YEAR_REACH characters after the form's
# start (the test derives the bound from the forms), the Minguo form holds 年 within MINGUO_REACH and the
# two-digit-year form (mdy_short) its first "/" within SLASH_REACH, the month-name one (mdy_name_short) the
# " by " after it within BY_REACH.
# So a form is searched only from a little before the first year (or 年) on, and not at all on a
# line without one: most lines have none, and a form that opens with a letter or a lookbehind is
# tried at every character otherwise.
YEAR = Pattern(_Y)
YEAR_REACH = 20
MINGUO_REACH = 5
SLASH_REACH = 2
BY_REACH = 20  # characters before " by " where a month-name date with a two-digit year may start
# A time ends where its digits do; a date line may glue the seconds to a brand that opens with digits
# (2021-01-20 04:29:4439某某网: the seconds are :44, "39" begins the name), so after the seconds a short run
# of digits running into Han text is the next word, not part of the time.
TIME_RE = Pattern(r"(?<![\d:])" + TIME + r"(?:(?![\d])|(?<=[:：]\d\d)(?=\d{1,3}[\u4e00-\u9fff]))")
HOUR_ONLY_RE = Pattern(r"(?<![\d:])" + HOUR_ONLY)
ZONE_RE = Pattern(ZONE)
# A 24-hour time printed as four digits, told from a number only by the zone after it: "Updated 0203 GMT".
CLOCK_ZONE_RE = Pattern(r"(?<![\d:])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=\s?(?:" + _ZONE_NAMES + r")\b)")
CLOCK_ZONE_EXAMPLES = ["March 3, 2020 -- Updated 0203 GMT (1003 HKT)"]
_ZONE_LEAD = " ,()\u00a0\u3000\t"  # what may stand between a time and its zone (NBSP in dumps)
# A zone printed as a word before the time, as Chinese pages write it: "格林尼治标准时间10:41",
# "北京时间 19:30", "GMT 10:41". Searched at the end of the stretch between the date and its time.
ZONE_BEFORE = Pattern(r"(?P<word>格林[尼威]治(?:标准|標準)?(?:时间|時間)|世界[标標]准?(?:时间|時間)|"
                      r"(?:北京|台北|臺北|香港)(?:时间|時間)|\b(?:GMT|UTC))\s*[:：]?\s*$")
ZONE_AFTER = Pattern(r"(?P<word>格林[尼威]治(?:标准|標準)?(?:时间|時間)|世界[标標]准?(?:时间|時間)|"
                     r"(?:北京|台北|臺北|香港)(?:时间|時間))")
ZONE_WORDS = {"格林": "+00:00", "世界": "+00:00", "GM": "+00:00", "UT": "+00:00",
              "北京": "+08:00", "台北": "+08:00", "臺北": "+08:00", "香港": "+08:00"}
# keyed by the word's first two characters
ZONE_BEFORE_EXAMPLES = ["2019年03月01日, 格林尼治标准时间", "北京时间 ", "GMT "]

# A line holding only a time, maybe labelled and zoned: "19:02", "Updated 18:54 GMT", "10:01 pm PST".
TIME_ONLY_RE = Pattern(r"(?:(?:updated|posted|published|更新|发布|發布)\s*[:：]?\s*)?(?<![\d:])" + TIME
                          + r"(?:\s*" + ZONE + r")?", re.IGNORECASE)

EXAMPLES = [example for _, _, example in DATE_FORMS]
TIME_EXAMPLES = ["19:02", "Updated 18:54 GMT", "10:01 pm PST", "15:36:00.000Z"]


class Found(NamedTuple):
    """A date found in a line: its ISO value, the printed text it came from, and what it holds."""

    iso: str
    printed: str
    has_time: bool
    has_zone: bool
    start: int = 0  # where the printed date-time starts and ends in the line searched
    end: int = 0


def _offset(zone: str, lang: str, when: datetime) -> str:
    """Return the "+hh:mm" offset for a printed zone at local time ``when``."""
    zone = zone.strip()
    upper = zone.upper()
    if upper == "CST":
        return CST["zh" if lang.startswith("zh") else "en"]
    if upper in ZONES:
        value = ZONES[upper]
        if value.startswith(("+", "-")):
            return value
        from zoneinfo import ZoneInfo  # only ET/CT/MT/PT need the tz database: not imported before

        offset = when.replace(tzinfo=ZoneInfo(value)).utcoffset() or timedelta()
        return _format_offset(offset)
    match = re.fullmatch(r"(?:GMT|UTC)?\s?([+-])\s?(\d{1,2}):?(\d{2})?", upper)
    if not match:
        raise ValueError(zone)
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
    return f"{sign}{hours:02d}:{minutes:02d}"


def _format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


# A Chinese 12-hour clock names the half of the day before the time, often after the weekday:
# "2024年5月20日週一 下午2:05" is 14:05, "上午12:05" is 00:05 (as an h12 clock prints midnight).
CJK_MERIDIEM = Pattern(r"(?P<word>上午|早上|凌晨|中午|下午|傍晚|晚上)\s*$")
CJK_MERIDIEM_EXAMPLES = ["2024年5月20日週一 下午", "2031年3月1日 上午 "]
_CJK_PM = ("中午", "下午", "傍晚", "晚上")
_MERIDIEM_ENDS = frozenset("午上晨晚")  # the last character of each word: the cheap test before the pattern


def _cjk_meridiem(gap: str) -> str | None:
    """Return "pm" or "am" for a Chinese half-of-day word ending the stretch between a date and its time."""
    gap = gap.rstrip()
    if not gap or gap[-1] not in _MERIDIEM_ENDS:
        return None
    match = CJK_MERIDIEM.search(gap)
    if match is None:
        return None
    return "pm" if match.group("word") in _CJK_PM else "am"


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def find_date(text: str, *, lang: str = "zh", default_offset: str | None = None,
              day_first: bool = False) -> Found | None:
    """Find the first date in ``text`` and the time and zone printed with it.

    ``default_offset`` applies when the text prints a time but no zone (e.g. "+08:00" for a
    Chinese site); without it such a time stays a wall-clock time with no offset. ``day_first``
    is the site's order for a numeric date both orders could read (01/09/2023: 1 September).
    """
    found = find_dates(text, lang=lang, default_offset=default_offset, limit=1, day_first=day_first)
    return found[0] if found else None


def find_dates(text: str, *, lang: str = "zh", default_offset: str | None = None, limit: int = 4,
               day_first: bool = False) -> list[Found]:
    """Return up to ``limit`` dates printed in ``text``, in order, each with its time and zone."""
    out: list[Found] = []
    position = 0
    while len(out) < limit and position < len(text):
        best = _first_date(text, position)
        if best is None:
            break
        found = _resolve(text, best, lang, default_offset, day_first)
        position = max(best.end(), found.end if found else 0)
        if found is not None:
            out.append(found)
    return out


def _first_date(text: str, position: int) -> re.Match[str] | None:
    """Return the date form matching earliest in ``text`` from ``position`` on (the first form on a tie)."""
    year = YEAR.search(text, position)
    nian = text.find("年", position)
    slash = text.find("/", position)
    by = min((at for at in (text.find(" by ", position), text.find(" By ", position)) if at >= 0), default=-1)
    if year is None and nian < 0 and slash < 0 and by < 0:
        return None
    best = None
    for name, pattern in DATE_PATTERNS:
        if name == "minguo":
            if nian < 0:
                continue
            start = max(position, nian - MINGUO_REACH)
        elif name == "mdy_short":  # a two-digit year: no YEAR to look around
            if slash < 0:
                continue
            start = max(position, slash - SLASH_REACH)
        elif name == "mdy_name_short":  # a two-digit year: only right before the By line
            if by < 0:
                continue
            start = max(position, by - BY_REACH)
        elif year is None:
            continue
        else:
            start = max(position, year.start() - YEAR_REACH)
        match = pattern.search(text, start)
        if match and (best is None or match.start() < best.start()):
            best = match
    return best


def _resolve(text: str, best: re.Match[str], lang: str, default_offset: str | None,
             day_first: bool = False) -> Found | None:
    """Turn a date match into a Found, taking the time printed just after (or just before) it.

    A numeric date printed before its year with both numbers up to 12 (01/09/2023) is read month
    first unless the site prints dates day first (``day_first``, a publisher-level fact).
    """
    parts = best.groupdict()
    if parts.get("cmonth"):
        month = _CHINESE_MONTHS.index(parts["cmonth"]) + 1
    else:
        month = MONTHS[parts["mname"].lower().rstrip(".")] if parts.get("mname") else int(parts["month"])
    if parts.get("yy"):
        year = full_year(int(parts["yy"]))
    else:
        year = int(parts["roc"]) + MINGUO_OFFSET if parts.get("roc") else int(parts["year"])
    day_of_month = int(parts["day"])
    if month > 12 and day_of_month <= 12 and not parts.get("mname"):
        month, day_of_month = day_of_month, month  # 19/11/2019: day first, as most of the world prints it
    elif day_first and month <= 12 and day_of_month <= 12 and parts.get("month") and parts.get("year") \
            and best.start("month") < best.start("day") < best.start("year"):
        month, day_of_month = day_of_month, month  # 01/09/2023 on a site that prints the day first
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        return None
    # The time is printed right after the date, or just before it ("5:52 AM EST, Nov 19, 2019").
    after = text[best.end():best.end() + 40]
    time_match = TIME_RE.search(after) or CLOCK_ZONE_RE.search(after)
    worded = None  # a zone printed as a word between the date and its time
    start, span_end = best.start(), best.end() + (time_match.end() if time_match else 0)
    gap = after[:time_match.start()] if time_match is not None else ""  # what stands between date and time
    if time_match is None or time_match.start() > 16 or _another_date_between(after[:time_match.start()]):
        gap = ""
        before = text[max(0, best.start() - 40):best.start()]
        candidates = list(TIME_RE.finditer(before)) or list(HOUR_ONLY_RE.finditer(before))
        time_match = candidates[-1] if candidates and not _another_date_between(before) else None
        span_end = best.end()
        zone_text = before[time_match.end():] if time_match else ""
        if time_match:
            start = best.start() - len(before) + time_match.start()
    else:
        zone_text = after[time_match.end():time_match.end() + 16]
        worded = ZONE_BEFORE.search(after[:time_match.start()])
    printed = text[start:span_end].strip()
    if time_match is None:
        return Found(day.isoformat(), text[best.start():best.end()].strip(), False, False, best.start(), best.end())
    groups = time_match.groupdict()
    hour = int(groups["hour"])
    # a Chinese half-of-day word before a 12-hour time (下午2:05); a 24-hour time after one keeps its hour
    hour = _hour(hour, groups.get("ampm") or (_cjk_meridiem(gap) if gap and hour <= 12 else None))
    minute = int(groups.get("minute") or 0)
    second = int(groups.get("second") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return Found(day.isoformat(), text[best.start():best.end()].strip(), False, False, best.start(), best.end())
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    zone_match = ZONE_RE.match(zone_text.lstrip(_ZONE_LEAD)) if zone_text else None
    if zone_match is None and worded is None and zone_text:
        worded = ZONE_AFTER.match(zone_text.lstrip(_ZONE_LEAD))  # 11:21 北京时间
    if zone_match is None and worded is not None:
        return Found(local.isoformat() + ZONE_WORDS[worded.group("word")[:2]], printed, True, True, start, span_end)
    if zone_match:
        offset = _offset(zone_match.group("zone"), lang, local)
        zone_end = span_end + len(zone_text) - len(zone_text.lstrip(_ZONE_LEAD)) + zone_match.end()
        if span_end > best.end():  # the zone follows a time printed after the date
            span_end = zone_end
            printed = text[start:span_end].strip()
        return Found(local.isoformat() + offset, printed, True, True, start, span_end)
    if default_offset:
        return Found(local.isoformat() + default_offset, printed, True, False, start, span_end)
    return Found(local.isoformat(), printed, True, False, start, span_end)


def _another_date_between(text: str) -> bool:
    """Tell whether a stretch between a date and a time holds a year: the time belongs to another date."""
    return bool(re.search(r"(?:19|20)\d{2}", text))


Clock = tuple[int, int, int, str | None]  # hour, minute, second, offset (None: wall-clock time)


def find_time(text: str, *, lang: str = "zh", default_offset: str | None = None,
              on: date | None = None) -> Clock | None:
    """Parse a line that holds only a time ("19:02", "Updated 18:54 GMT"): (hour, minute, second, offset).

    ``on`` is the day the time belongs to: a zone word that switches with the season (ET) is read for it.
    """
    match = TIME_ONLY_RE.fullmatch(text.strip())
    if match is None:
        return None
    groups = match.groupdict()
    hour = _hour(int(groups["hour"]), groups.get("ampm"))
    minute, second = int(groups["minute"]), int(groups.get("second") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone = groups.get("zone")
    if zone:
        day = on or date(2000, 1, 1)
        return hour, minute, second, _offset(zone, lang, datetime(day.year, day.month, day.day, hour, minute))
    return hour, minute, second, default_offset


def with_time(found: Found, time: Clock, printed: str) -> Found:
    """Return a date found alone completed with a time printed on the next line."""
    hour, minute, second, offset = time
    day = date.fromisoformat(found.iso[:10])
    local = datetime(day.year, day.month, day.day, hour, minute, second)
    return Found(local.isoformat() + (offset or ""), f"{found.printed} {printed}", True, bool(offset),
                 found.start, found.end)


def to_utc(iso: str) -> datetime | None:
    """Return an aware UTC datetime for an ISO value with an offset, else None (for sorting)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC)


# A month and day printed without a year, with the time glued or spaced after: 03-0109:30, 9月30日 22:46.
MONTH_DAY = Pattern(r"(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})日?\s*"
                    r"(?:(?P<hour>\d{1,2})[:：](?P<minute>\d{2}))?")
MONTH_DAY_EXAMPLES = ["03-0109:30", "9月30日 22:46"]


# A labelled date printed with a two-digit year, day and time glued (18-03-0823:16: 2018-03-08 23:16).
SHORT_YEAR = Pattern(r"(?P<year>\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\s*(?:(?P<hour>\d{2})[:：](?P<minute>\d{2}))?")
SHORT_YEAR_EXAMPLES = ["18-03-0823:16", "19-11-05 08:30"]


def full_year(two_digits: int) -> int:
    """Return the year a two-digit year prints, with POSIX's century: 69–99 are the 1900s, 00–68 the 2000s."""
    return two_digits + (1900 if two_digits >= 69 else 2000)


def with_short_year(text: str, *, default_offset: str | None) -> Found | None:
    """Read a date printed year-month-day with a two-digit year after its label (``text``), else None.

    Three two-digit fields are the year, month and day in that order (the Chinese order a page
    keeps when it drops the century); the century is POSIX's (``full_year``). Two fields (03-01) are no such date.
    """
    match = SHORT_YEAR.match(text)
    if match is None:
        return None
    try:
        day = date(full_year(int(match.group("year"))), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    printed = match.group().strip()
    if match.group("hour") is None or int(match.group("hour")) > 23 or int(match.group("minute")) > 59:
        return Found(day.isoformat(), text[match.start():match.start("day") + 2], False, False,
                     match.start(), match.start("day") + 2)
    local = datetime(day.year, day.month, day.day, int(match.group("hour")), int(match.group("minute")))
    return Found(local.isoformat() + (default_offset or ""), printed, True, False, match.start(), match.end())


def with_year_from(text: str, page: list[str], *, lang: str, default_offset: str | None) -> Found | None:
    """Read a date printed without a year (``text``, after its label) when the page prints the year.

    The year is taken only from a full date elsewhere on the page with the same month and day
    (the article's own date repeated in its lead or a caption): a year is never guessed.
    """
    match = MONTH_DAY.match(text)
    if match is None:
        return None
    month, day = int(match.group("month")), int(match.group("day"))
    years = set()
    for line in page:
        if str(day) not in line or len(line) > 2000:
            continue
        for found in find_dates(line, lang=lang, limit=8):
            when = date.fromisoformat(found.iso[:10])
            if (when.month, when.day) == (month, day):
                years.add(when.year)
    if len(years) != 1:
        return None
    try:
        day_of = date(years.pop(), month, day)
    except ValueError:
        return None
    printed = match.group().strip()
    if match.group("hour") is None or int(match.group("hour")) > 23 or int(match.group("minute")) > 59:
        return Found(day_of.isoformat(), printed, False, False, match.start(), match.end())
    local = datetime(day_of.year, day_of.month, day_of.day, int(match.group("hour")), int(match.group("minute")))
    return Found(local.isoformat() + (default_offset or ""), printed, True, False,
                 match.start(), match.end())
