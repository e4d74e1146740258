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


def _item(node: Node) -> list[str] | None:
    if isinstance(node, Group) and not node.is_lookaround:
        return _alternation(node.body)
    if isinstance(node, Repeat) and node.least >= 1:
        if isinstance(node.item, Literal):
            return [node.item.char.lower()] if node.item.char.isascii() else None
        return _item(node.item)
    return None


@cache
def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words, one of which every match of `pattern` starts with; None if unknown.

    Only zero-width items (anchors, lookarounds) may stand before the word, so a match can
    start nowhere but at one of the words.
    """
    if pattern.flags & re.VERBOSE:
        return None
    try:
        tree = parse(pattern.pattern)
    except UnreadExpression:
        return None
    words = _alternation_leads(tree)
    # a sign alone ('+', '=', '(') is rare enough to look for; a letter or digit alone is not
    if not words or any(len(w) < _SHORTEST and (w.isalnum() or w.isspace()) for w in words):
        return None
    return tuple(sorted(set(words)))


def _alternation_leads(node: Alternation) -> list[str]:
    words: list[str] = []
    for branch in node.branches:
        found = _sequence_leads(branch.items)
        if not found:
            return []
        words.extend(found)
    return words


_ZERO_WIDTH = ("^", "$", r"\b", r"\B", r"\A", r"\Z")


def _sequence_leads(items: list[Node]) -> list[str]:
    """The words that start every match of these items; empty if there are none."""
    for at, item in enumerate(items):
        if (isinstance(item, Opaque) and item.text in _ZERO_WIDTH) or (
            isinstance(item, Group) and item.is_lookaround
        ):
            continue
        if isinstance(item, Repeat) and item.least == 0:
            # a match starts with the optional item, or with what follows it
            first, rest = _item_leads(item.item), _sequence_leads(items[at + 1 :])
            return first + rest if first and rest else []
        prefixes = [""]
        for following in items[at:]:
            chars = _chars(following)
            if chars is None or len(prefixes) * len(chars) > _MOST_PREFIXES:
                break
            prefixes = [prefix + char for prefix in prefixes for char in chars]
        if prefixes != [""]:
            return prefixes
        return _item_leads(item.item if isinstance(item, Repeat) else item)
    return []


def _item_leads(node: Node) -> list[str]:
    """The words that start every match of one item (its first character at least)."""
    if isinstance(node, Group) and not node.is_lookaround and "x" not in node.opening:
        return _alternation_leads(node.body)
    return list(_chars(node) or ())


# How many words the characters a match starts with may spell before the list stops growing.
_MOST_PREFIXES = 16


def _chars(node: Node) -> list[str] | None:
    """The lower-case ASCII characters one item matches, if it is a literal or a plain class."""
    if isinstance(node, Literal):
        return [node.char.lower()] if node.char.isascii() else None
    if not isinstance(node, Opaque) or not node.text.startswith("[") or node.text[1:2] in "^]":
        return None
    inside = node.text[1:-1]
    chars = []
    at = 0
    while at < len(inside):
        char = inside[at]
        if char == "\\":
            char = inside[at + 1 : at + 2]
            if not char or char.isalnum():
                return None
            at += 1
        elif char == "-" and 0 < at < len(inside) - 1:
            return None  # a range
        if not char.isascii():
            return None
        chars.append(char.lower())
        at += 1
    return sorted(set(chars)) or None


def lead_positions(words: tuple[str, ...], folded: str, start: int, end: int) -> list[int]:
    """Sorted offsets in [start, end) where one of the words starts in the folded page."""
    positions: list[int] = []
    for word in words:
        at = folded.find(word, start, end)
        while at != -1:
            positions.append(at)
            at = folded.find(word, at + 1, end)
    return sorted(set(positions)) if len(words) > 1 else positions
