"""Language of a text: zh-CN (simplified script), zh-TW (traditional script) or en, from the text itself.

Script, not site, decides: a Taiwanese page is zh-TW because its characters are traditional.
The simplified/traditional character sets come from zhon's CC-CEDICT tables (the data behind
hanzidentifier, without its 25 ms import-time regex); only characters that exist in one system and
not the other count as evidence. They are built on first use, once per process.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from zhon import cedict

from archive.readers.patterns import HAN, LATIN_WORD

# English words so common that a text without them is not English prose.
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "at", "by", "from", "it",
    "he", "she", "they", "said", "has", "have", "be", "are", "an",
})


@cache
def _only_sets() -> tuple[frozenset[str], frozenset[str]]:
    simplified_all, traditional_all = set(cedict.simplified), set(cedict.traditional)
    simplified = frozenset(simplified_all - traditional_all)
    traditional = frozenset(traditional_all - simplified_all)
    return simplified, traditional


# Enough words to tell English prose from a list of names; more only costs time.
_SAMPLE_WORDS = 3000


def detect(text: str) -> str | None:
    """Return the BCP 47 tag of ``text`` (zh-CN, zh-TW, en), or None when it cannot tell.

    Chinese when Han characters are at least half as many as Latin words (a Chinese word is one
    to three characters): a Chinese page keeps it with its English menus and ads, an English page
    quoting a few Chinese names does not reach it.
    """
    han = HAN.findall(text)
    latin_words = LATIN_WORD.findall(text)
    if han and 2 * len(han) >= len(latin_words):
        simplified, traditional = _only_sets()
        # Count each distinct character once, weighted by its frequency: far fewer set look-ups
        counts = Counter(han)
        simp = sum(n for ch, n in counts.items() if ch in simplified)
        trad = sum(n for ch, n in counts.items() if ch in traditional)
        return "zh-TW" if trad > simp else "zh-CN"
    words = latin_words[:_SAMPLE_WORDS]
    if len(words) >= 5 and sum(w.lower() in ENGLISH_FUNCTION_WORDS for w in words) >= 0.1 * len(words):
        return "en"
    return None
