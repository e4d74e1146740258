"""Words an expression cannot match without: a cheap test that lets a page skip its scan.

Case-insensitive expressions get no prefix search from Python's `re`, so each one tries every
position of the page. Most of the rules' expressions cannot match a given page at all: every
match of theirs holds one of a few literal words ('detected', 'amplif', 'mesothelin'). Looking
those words up in the lower-cased page (a plain substring search) tells when the scan would
find nothing, and the scan is skipped; otherwise it runs exactly as before, so nothing found
changes. The words are read from the expression's text by `expression_tree`, which follows the
syntax the `re` documentation gives (no private module of `re`).
"""

import re
from functools import cache

from extractors.markers.expression_tree import (
    Alternation,
    Group,
    Literal,
    Node,
    Opaque,
    Repeat,
    Sequence,
    UnreadExpression,
    parse,
)

# A word shorter than this is found in nearly every page: no use as a test.
_SHORTEST = 2
# The signs and letters OCR takes for one another in the words of the vocabularies
# (`misreadings.tolerant_words`), folded to one letter on the page and in the words alike: a
# class of look-alikes ('[o0]', '[li1|!]') is then one letter of a word, and the test still holds.
_LOOK_ALIKES = str.maketrans(
    {"0": "o", "d": "o", "1": "l", "|": "l", "!": "l", "i": "l", "5": "s", "§": "s", "2": "z"}
)


@cache
def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words, one of which every match of `pattern` contains; None if unknown.

    The words are only a necessary condition: a page without any of them has no match.
    """
    try:
        tree = parse(pattern.pattern)
    except UnreadExpression:
        return None
    words = _alternation(tree)
    if not words or min(len(w) for w in words) < _SHORTEST:
        return None
    return tuple(sorted({word.translate(_LOOK_ALIKES) for word in words}))


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
        return text.lower().translate(_LOOK_ALIKES)
    folded = text.replace("\u0130", "i").lower()
    return folded.replace("\u0131", "i").replace("\u017f", "s").translate(_LOOK_ALIKES)


def _alternation(node: Alternation) -> list[str] | None:
    """Words one of which every match of one of the branches contains."""
    words: list[str] = []
    for branch in node.branches:
        found = _sequence(branch)
        if not found:
            return None
        words.extend(found)
    return words


def _sequence(node: Sequence) -> list[str] | None:
    """Words one of which every match of this sequence of items contains (best choice)."""
    choices: list[list[str]] = []
    run: list[str] = []
    for item in node.items:
        if isinstance(item, Literal) and item.char.isascii():
            run.append(item.char.lower())
            continue
        if isinstance(item, Opaque) and (letter := _look_alike_class(item.text)):
            run.append(letter)
            continue
        if run:
            choices.append(["".join(run)])
            run = []
        inner = _item(item)
        if inner:
            choices.append(inner)
    if run:
        choices.append(["".join(run)])
    if not choices:
        return None
    # The choice whose shortest word is longest tests best.
    return max(choices, key=lambda words: (min(len(w) for w in words), -len(words)))


def _look_alike_class(text: str) -> str | None:
    """The one letter a class of look-alikes folds to ('[o0]' to 'o'), or None."""
    if not (text.startswith("[") and text.endswith("]")) or text.startswith("[^"):
        return None
    members = text[1:-1]
    if not members or "\\" in members or "-" in members[1:-1]:
        return None
    folded = {member.lower().translate(_LOOK_ALIKES) for member in members}
    if len(folded) != 1:
        return None
    letter = folded.pop()
    return letter if letter.isascii() and letter.isalpha() else None


def _item(node: Node) -> list[str] | None:
    if isinstance(node, Group) and not node.is_lookaround:
        return _alternation(node.body)
    if isinstance(node, Repeat) and node.least >= 1:
        if isinstance(node.item, Literal):
            return [node.item.char.lower()] if node.item.char.isascii() else None
        return _item(node.item)
    return None
