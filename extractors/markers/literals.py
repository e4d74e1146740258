"""Words an expression cannot match without: a cheap test that lets a page skip its scan.

Case-insensitive expressions get no prefix search from Python's `re`, so each one tries every
position of the page. Most of the rules' expressions cannot match a given page at all: every
match of theirs holds one of a few literal words ('detected', 'amplif', 'mesothelin'). Looking
those words up in the lower-cased page (a plain substring search) tells when the scan would
find nothing, and the scan is skipped; otherwise it runs exactly as before, so nothing found
changes.
"""

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# A word shorter than this is found in nearly every page: no use as a test.
_SHORTEST = 2


@cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words, one of which every match of `pattern` contains; None if unknown.

    The words are only a necessary condition: a page without any of them has no match.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001  (an expression this reading does not follow: no test)
        return None
    words = _sequence(list(parsed))
    if not words or min(len(w) for w in words) < _SHORTEST:
        return None
    return tuple(sorted(set(words)))


def may_match(words: tuple[str, ...] | None, folded: str | None, start: int, end: int) -> bool:
    """Whether a match can lie in folded[start:end]; always True without words or a folding.

    `folded` is the page from `folded_page`: one character for each of the page's, so every
    offset holds.
    """
    if words is None or folded is None:
        return True
    return any(folded.find(word, start, end) != -1 for word in words)


# The characters other than ASCII that `re` matches to an ASCII letter when ignoring case (the
# Kelvin sign to 'k', the long s to 's', dotted and dotless I to 'i'); a test checks the list.
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def folded_page(text: str) -> str:
    """The page lower-cased, and what a case-insensitive match takes for an ASCII letter too.

    One character for each of the page's: '\u0130' (the one character whose lower case is two,
    a test checks) is replaced before lowering.
    """
    if text.isascii():
        return text.lower()
    folded = text.replace("\u0130", "i").lower()
    return folded.replace("\u0131", "i").replace("\u017f", "s")


def _sequence(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Words one of which every match of this sequence of items contains (best choice)."""
    choices: list[list[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            choices.append(["".join(run)])
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        close_run()
        inner = _item(op, av)
        if inner:
            choices.append(inner)
    close_run()
    if not choices:
        return None
    # The choice whose shortest word is longest tests best.
    return max(choices, key=lambda words: (min(len(w) for w in words), -len(words)))


def _item(op: Any, av: Any) -> list[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.BRANCH:
        words: list[str] = []
        for alternative in av[1]:
            found = _sequence(list(alternative))
            if not found:
                return None
            words.extend(found)
        return words
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    return None
