"""Language of a text: zh-CN (simplified script), zh-TW (traditional script) or en, from the text itself.

Script, not site, decides: a Taiwanese page is zh-TW because its characters are traditional.
The simplified/traditional character sets come from hanzidentifier (built on CC-CEDICT); only
characters that exist in one system and not the other count as evidence.
"""

from __future__ import annotations

from functools import cache

from hanzidentifier import helpers

from archive.readers.patterns import HAN, LATIN_WORD


# English words so common that a text without them is not English prose.
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in is was for on that with as at by from it he she they said has have be are an".split()
)


@cache
def _only_sets() -> tuple[frozenset[str], frozenset[str]]:
    simplified = frozenset(helpers.SIMPLIFIED_CHARACTERS - helpers.TRADITIONAL_CHARACTERS)
    traditional = frozenset(helpers.TRADITIONAL_CHARACTERS - helpers.SIMPLIFIED_CHARACTERS)
    return simplified, traditional


def detect(text: str) -> str | None:
    """Return the BCP 47 tag of ``text`` (zh-CN, zh-TW, en), or None when it cannot tell."""
    han = HAN.findall(text)
    latin_words = LATIN_WORD.findall(text)
    if len(han) >= 20 or (han and len(han) >= len(latin_words)):
        simplified, traditional = _only_sets()
        simp = sum(1 for ch in han if ch in simplified)
        trad = sum(1 for ch in han if ch in traditional)
        return "zh-TW" if trad > simp else "zh-CN"
    words = [w.lower() for w in latin_words]
    if len(words) >= 5 and sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= 0.1 * len(words):
        return "en"
    return None
