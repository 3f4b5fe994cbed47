"""Regular expressions compiled on first use, with an optional first-character gate.

Compiling is the costly part of a regular expression in Python: ``re``'s compiler is written in
Python and walks every code point of a character range, so one Han class (``[\\u4e00-\\u9fff]``,
21,000 code points) takes about a millisecond, and the reader holds some ninety patterns. Compiled
at import they made importing the reader cost ~80 ms; most pages reach only some of them.

``Pattern`` keeps the source and compiles on the first call of a matching method. It then puts
the compiled pattern's bound methods on itself, so every later call goes straight to ``re``.
Compiling goes through ``archive.patterncache``, which keeps the compiled programs on disk, so a
process whose predecessor compiled the same pattern loads it instead (~0.05 ms rather than ~1 ms).

``starts`` (optional) lists every character a match can begin with (for a case-insensitive
pattern, in either case: the other case is added). The pattern is then compiled behind a
lookahead for that class, ``(?=[starts])(?:pattern)``, which matches exactly the same texts at
the same places: the engine gives up at once on a line that begins otherwise, where an anchored
alternation of a hundred words would try each (under IGNORECASE it cannot skip a branch by its
first letter). Most lines of a page begin with no such character. The tests derive the set from
the pattern itself and check that ``starts`` is exactly that set (tests/test_patterns.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from archive import patterncache

Matcher = Callable[..., re.Match[str] | None]

# The methods of re.Pattern the reader uses; each is bound on first use.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class Pattern:
    """A regular expression compiled on first use; ``starts`` lets anchored matches skip hopeless text."""

    # Declared for type checkers; the instance attributes appear on first use (see __getattr__).
    match: Matcher
    fullmatch: Matcher
    search: Matcher
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[str]]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[str]]

    def __init__(self, pattern: str, flags: int = 0, *, starts: str | None = None) -> None:
        self.pattern = pattern
        self.flags = flags
        self.starts: frozenset[str] | None = None
        if starts is not None:
            self.starts = frozenset(_case_variants(starts) if flags & re.IGNORECASE else starts)

    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern, behind its first-character gate when it has one."""
        source = self.pattern
        if self.starts is not None:
            source = f"(?=[{''.join(map(re.escape, sorted(self.starts)))}])(?:{source})"
        return patterncache.compile(source, self.flags)

    def __getattr__(self, name: str) -> object:
        """Compile on the first use of a matching method and bind all of them on the instance."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled()
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r}, {self.flags!r})"


# Characters other than the letter's two cases that re's IGNORECASE matches with an ASCII letter.
_EXTRA_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _case_variants(chars: str) -> str:
    """Return ``chars`` with every character a case-insensitive pattern matches in their place."""
    return chars + chars.lower() + chars.upper() + "".join(_EXTRA_FOLDS.get(c.lower(), "") for c in chars)
