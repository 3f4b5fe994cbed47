"""Language of a text: zh-CN (simplified script), zh-TW (traditional script) or en, from the text itself.

Script, not site, decides: a Taiwanese page is zh-TW because its characters are traditional.
The simplified/traditional character sets come from zhon's CC-CEDICT tables (the data behind
hanzidentifier, without its 25 ms import-time regex); only characters that exist in one system and
not the other count as evidence. They are built on first use, once per process.

Counting is done in C over the whole page: a character class of each script's characters finds
them (``re``), where counting every character with ``Counter`` cost ~60 ns a character; English
function words are counted on the page's ASCII letters, lower-cased and split by ``bytes`` methods.
"""

from __future__ import annotations

import re
from functools import cache

from archive import patterncache
from archive.readers.patterns import HAN_RUN, LATIN_WORD

# English words so common that a text without them is not English prose.
ENGLISH_FUNCTION_WORDS = frozenset({
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "at", "by", "from", "it",
    "he", "she", "they", "said", "has", "have", "be", "are", "an",
})
_FUNCTION_WORDS_ASCII = frozenset(word.encode("ascii") for word in ENGLISH_FUNCTION_WORDS)
# ASCII letters to lower case, every other byte to a space: what is left between spaces are the
# page's Latin words (LATIN_WORD's runs of ASCII letters, lower-cased), plus one-letter words.
_WORDS_ONLY = bytes(c | 0x20 if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))


@cache
def _only_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Return the characters only simplified and only traditional script has (Han characters only)."""
    from zhon import cedict  # imported with the tables it holds, on the first Chinese text

    simplified_all, traditional_all = set(cedict.simplified), set(cedict.traditional)
    # Only Han characters count as evidence (see ``detect``); one findall over all the characters
    # keeps them (a fullmatch per character cost ~10 ms).
    simplified = frozenset("".join(HAN_RUN.findall("".join(simplified_all - traditional_all))))
    traditional = frozenset("".join(HAN_RUN.findall("".join(traditional_all - simplified_all))))
    return simplified, traditional


@cache
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return a character class of the simplified-only and one of the traditional-only characters.

    Built on the first Chinese text (~13 ms, once per process), or taken from the pattern cache
    (keyed by zhon's tables and the Han class they are filtered by).
    """
    from zhon import cedict

    simplified, traditional = patterncache.compile_derived(
        "\n".join((cedict.simplified, cedict.traditional, HAN_RUN.pattern)), _script_class_sources)
    return simplified, traditional


def _script_class_sources() -> list[str]:
    """Return the sources of ``_script_classes``: one character class per script."""
    return [_class_of(chars) for chars in _only_sets()]


def _class_of(chars: frozenset[str]) -> str:
    return "[" + re.escape("".join(sorted(chars))) + "]"  # escape works character by character


def script_twins(a: str, b: str) -> bool:
    """Tell whether two Han strings are one text in the two scripts: 纽约时报中文网 and 紐約時報中文網.

    Where they differ, one must hold a simplified-only character and the other its traditional-only one.
    """
    if len(a) != len(b) or a == b:
        return False
    simplified, traditional = _script_classes()
    return all(x == y or (simplified.fullmatch(x) and traditional.fullmatch(y))
               or (traditional.fullmatch(x) and simplified.fullmatch(y)) for x, y in zip(a, b, strict=True))


def _function_words(text: str) -> int:
    """Return how many of the Latin words of ``text`` are English function words, in any case."""
    # Non-ASCII characters become "?" (one byte each, and no letter), so words stay as they were
    words = text.encode("ascii", "replace").translate(_WORDS_ONLY).split()
    return sum(map(_FUNCTION_WORDS_ASCII.__contains__, words))


# Enough words to tell English prose from a list of names; more only costs time.
_SAMPLE_WORDS = 3000


def detect(text: str) -> str | None:
    """Return the BCP 47 tag of ``text`` (zh-CN, zh-TW, en), or None when it cannot tell.

    Chinese when Han characters are at least half as many as Latin words (a Chinese word is one
    to three characters): a Chinese page keeps it with its English menus and ads, an English page
    quoting a few Chinese names does not reach it.
    """
    return detect_counted(text, sum(map(len, HAN_RUN.findall(text))), len(LATIN_WORD.findall(text)))


def detect_counted(text: str, han: int, latin_words: int) -> str | None:
    """Return ``detect(text)`` knowing how many Han characters and Latin words ``text`` holds.

    The reader has counted both line by line already (``Line.han``, ``Line.words``); counting
    them again over the whole page cost more than the rest of the decision.
    """
    if han and 2 * han >= latin_words:
        simplified, traditional = _script_classes()
        return "zh-TW" if len(traditional.findall(text)) > len(simplified.findall(text)) else "zh-CN"
    if latin_words < 5:
        return None
    if latin_words <= _SAMPLE_WORDS:
        function_words = _function_words(text)  # all the words: no need to find where the sample ends
    else:
        words = LATIN_WORD.findall(text)[:_SAMPLE_WORDS]
        function_words = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, words)))
    if function_words >= 0.1 * min(latin_words, _SAMPLE_WORDS):
        return "en"
    return None
