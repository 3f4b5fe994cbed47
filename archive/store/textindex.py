"""Search text for the catalogue: CJK as overlapping character bigrams, everything else as words.

SQLite's FTS5 tokenizers cannot find Chinese words: ``unicode61`` takes a whole run of Han
characters as one token, and ``trigram`` needs three characters, while most Chinese words (疫情,
防控) have two. So the text is prepared here, in Python, before FTS5 sees it: each run of CJK
characters becomes its overlapping bigrams plus its last character on its own
(``程连元主持`` -> ``程连 连元 元主 主持 持``), and the rest is left for ``unicode61`` to split into
words (``porter`` stems English: ``protests`` finds ``protesters``). A query is prepared the same
way into an FTS5 phrase, so ``程连元`` asks for the adjacent tokens ``程连 连元``.

The final single character makes every character the start of some token, so a one-character
query is a prefix query (``"疫"*``) that finds it anywhere. Traditional and simplified characters
are searched as written: ``臺灣`` finds ``臺灣`` and ``台湾`` finds ``台湾``, each in its own script.

These functions are pure and deterministic: contentless FTS5 rows are deleted by giving the
same prepared text again, so changing them means bumping ``TEXT_VERSION`` (the catalogue is
then rebuilt from the stored files).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from operator import add

TEXT_VERSION = 1  # part of the catalogue's schema version: bump when the prepared text changes

# Han (URO, extension A, compatibility, supplementary planes), kana and bopomofo: scripts written
# without spaces between words. Hangul is written with spaces, so unicode61 words suit it.
CJK_CLASS = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
    "\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3100-\u312f\u31a0-\u31bf\u3005\u3007"
)
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")  # 疫情防控 in "COVID-19疫情防控。"
# A Latin (or other non-CJK) word as unicode61 sees it: letters and digits; "COVID-19" is two.
WORD = re.compile(rf"[^\W_{CJK_CLASS}]+")
# A query term: a "quoted phrase" or a run of non-space characters.
TERM = re.compile(r'"([^"]*)"|(\S+)')


def normalise(text: str) -> str:
    """Fold width and compatibility forms (ＣＯＶＩＤ１９ -> COVID19, 兀 -> 兀), as both sides must."""
    return unicodedata.normalize("NFKC", text)


def _run_tokens(run: str, *, final: bool) -> list[str]:
    if len(run) == 1:
        return [run]
    pairs = list(map(add, run, run[1:]))  # each character joined to the next, in C (a slice each cost 3x)
    return [*pairs, run[-1]] if final else pairs


def index_text(text: str) -> str:
    """Return ``text`` prepared for the FTS5 index: CJK runs as bigrams, other text unchanged."""
    text = normalise(text)
    out: list[str] = []
    position = 0
    for match in CJK_RUN.finditer(text):
        out.append(text[position:match.start()])
        out.append(" " + " ".join(_run_tokens(match.group(), final=True)) + " ")
        position = match.end()
    out.append(text[position:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Term:
    """One query term as typed (a word, a CJK word or name, or a quoted phrase) and its FTS5 form."""

    text: str
    phrase: str  # an FTS5 phrase: "tok tok"; a final lone CJK character as a prefix: "疫"*


def _term_phrase(text: str) -> str | None:
    text = normalise(text)
    tokens: list[str] = []
    position = 0
    last_is_single_cjk = False
    for match in CJK_RUN.finditer(text):
        words = WORD.findall(text[position:match.start()])
        tokens.extend(words)
        run = match.group()
        tokens.extend(_run_tokens(run, final=False))
        last_is_single_cjk = len(run) == 1
        position = match.end()
    tail = WORD.findall(text[position:])
    if tail:
        last_is_single_cjk = False
    tokens.extend(tail)
    if not tokens:
        return None
    phrase = '"' + " ".join(tokens).replace('"', '""') + '"'
    return phrase + "*" if last_is_single_cjk else phrase


def parse_query(query: str) -> list[Term]:
    """Split a query into terms (all must match): words, CJK words or names, "quoted phrases"."""
    terms = []
    for match in TERM.finditer(query):
        text = match.group(1) if match.group(1) is not None else match.group(2)
        phrase = _term_phrase(text)
        if phrase is not None:
            terms.append(Term(text, phrase))
    return terms


def match_expression(terms: list[Term]) -> str:
    """Return the FTS5 MATCH expression for ``terms``: every phrase must occur (AND)."""
    return " AND ".join(term.phrase for term in terms)


# ---------------------------------------------------------------------------------------------
# passages: where a result matched, shown in the text as written


@dataclass(frozen=True, slots=True)
class Passage:
    """A window of the text around the first match, and the matches inside it (start, end)."""

    text: str
    highlights: tuple[tuple[int, int], ...]


def _term_pattern(term: Term) -> re.Pattern[str]:
    """A pattern that finds a term as written; Latin words also by their stem-like prefix.

    FTS5 stems English with porter, so ``protests`` matched ``protesters``: the passage looks
    for the word itself first and then for its first letters, so the window shows the match.
    """
    text = normalise(term.text).strip()
    if CJK_RUN.search(text) or not WORD.fullmatch(text):
        return re.compile(re.escape(text).replace(r"\ ", r"\s*"), re.IGNORECASE)
    stem = text[: max(4, len(text) - 3)] if len(text) > 4 else text
    return re.compile(rf"\b{re.escape(stem)}\w*", re.IGNORECASE)


def _inside_word(text: str, at: int) -> bool:
    """True when ``at`` falls between two letters of a spaced word ("protes|ts"; CJK has no words)."""
    if at <= 0 or at >= len(text):
        return False
    left, right = text[at - 1], text[at]
    return left.isalnum() and right.isalnum() and not CJK_RUN.match(left) and not CJK_RUN.match(right)


def _word_edge(text: str, at: int, limit: int, *, forward: bool) -> int:
    """Move a cut out of the middle of a word, towards the match, no further than ``limit``."""
    step = 1 if forward else -1
    while _inside_word(text, at) and at != limit:
        at += step
    return at


def passage(text: str, terms: list[Term], *, before: int = 30, after: int = 90) -> Passage:
    """Return the passage of ``text`` around the first occurrence of any term (or its start)."""
    patterns = [_term_pattern(t) for t in terms]
    first = None
    for pattern in patterns:
        found = pattern.search(text)
        if found and (first is None or found.start() < first.start()):
            first = found
    if first is None:
        start, end = 0, min(len(text), before + after)
    else:
        paragraph_start = text.rfind("\n", 0, first.start()) + 1
        paragraph_end = text.find("\n", first.end())
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        start = _word_edge(text, max(paragraph_start, first.start() - before), first.start(), forward=True)
        end = _word_edge(text, min(paragraph_end, first.end() + after), first.end(), forward=False)
    window = text[start:end]
    spans = sorted({(m.start(), m.end()) for p in patterns for m in p.finditer(window)})
    prefix = "…" if start > 0 and text[start - 1] != "\n" else ""
    suffix = "…" if end < len(text) and text[end] != "\n" else ""
    shift = len(prefix)
    return Passage(prefix + window + suffix, tuple((s + shift, e + shift) for s, e in spans))
