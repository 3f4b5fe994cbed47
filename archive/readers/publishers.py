"""Publisher-level facts: which site a page comes from, keyed by what the page itself shows.

A site is recognised by its domain or brand as printed in the dump (footers, copyright lines,
share bars), never by a file name. Each row: the strings that identify the site, and its name.
"""

from __future__ import annotations

import re

# (identifying pattern, site name). Domains are matched as words; add sites freely.
SITES: list[tuple[str, str]] = [
    (r"yunnan\.cn", "云南网"),
    (r"people\.com\.cn", "人民网"),
    (r"xinhuanet\.com|news\.cn", "新华网"),
    (r"sina\.com\.cn|新浪首页", "新浪网"),
    (r"163\.com|网易首页", "网易"),
    (r"thepaper\.cn", "澎湃新闻"),
    (r"ifeng\.com|凤凰网", "凤凰网"),
    (r"qq\.com|腾讯网", "腾讯网"),
    (r"hexun\.com|和讯网", "和讯网"),
    (r"zsnews\.cn|中山网", "中山网"),
    (r"chinanews\.com|中新网", "中国新闻网"),
    (r"cctv\.com|央视网", "央视网"),
    (r"china\.com\.cn|中国网", "中国网"),
    (r"chinadaily\.com\.cn", "China Daily"),
    (r"sohu\.com|搜狐", "搜狐"),
    (r"ltn\.com\.tw|自由時報", "自由時報"),
    (r"udn\.com|聯合新聞網", "聯合新聞網"),
    (r"chinatimes\.com|中時新聞網", "中時新聞網"),
    (r"theguardian\.com", "The Guardian"),
    (r"reuters\.com", "Reuters"),
    (r"sfgate\.com", "SFGATE"),
    (r"spacenews\.com", "SpaceNews"),
    (r"panarmenian\.net", "PanARMENIAN.Net"),
    (r"vancouversun\.com", "Vancouver Sun"),
    (r"cleveland\.com", "cleveland.com"),
    (r"nytimes\.com", "The New York Times"),
    (r"bbc\.co\.uk|bbc\.com", "BBC"),
    (r"cnn\.com", "CNN"),
    (r"apnews\.com", "AP News"),
]
_COMPILED = [(re.compile(rf"(?<![\w.-])(?:www\.)?(?:{rx})(?![\w-])", re.IGNORECASE), name) for rx, name in SITES]
COPYRIGHT = re.compile(r"©|copyright|版权所有|版權所有|all rights reserved", re.IGNORECASE)


def identify(lines: list[str]) -> tuple[str | None, int | None]:
    """Return (site name, line index) for the first site the page's copyright lines name.

    Copyright and footer lines are looked at first (a body may mention other sites); then any line.
    """
    ordered = [i for i, text in enumerate(lines) if COPYRIGHT.search(text)]
    ordered += [i for i in range(len(lines)) if i not in set(ordered)]
    for index in ordered:
        for pattern, name in _COMPILED:
            if pattern.search(lines[index]):
                return name, index
    return None, None
