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
from functools import cache, lru_cache

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


# The two readings below are kept by the expression's text, not by the compiled pattern: a
# pattern's hash and equality read its whole compiled program on every look-up, which for the
# context vocabularies' long alternations cost more than the scans the words save. A string
# keeps its hash, and a look-up with the pattern's own text compares by identity first.


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words, one of which every match of `pattern` contains; None if unknown.

    The words are only a necessary condition: a page without any of them has no match.
    """
    return _required_words(pattern.pattern)


@cache
def _required_words(expression: str) -> tuple[str, ...] | None:
    try:
        tree = parse(expression)
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
    for word in words:  # a loop, not any() over a generator: this runs for each rule and span
        if folded.find(word, start, end) != -1:
            return True
    return False


# The characters other than ASCII that `re` matches to an ASCII letter when ignoring case (the
# Kelvin sign to 'k', the long s to 's', dotted and dotless I to 'i'); a test checks the list.
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


# The pages folded last: a page's mentions, context, units and variant-table headers each ask
# for its folding, and the next page asks again for this one's (a table going on over the
# break); the text itself is the key, so a page is folded once whoever asks. Only the last few
# pages are kept, and nothing of them leaves the process.
_PAGES_KEPT = 4


@lru_cache(maxsize=_PAGES_KEPT)
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


def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case ASCII words, one of which every match of `pattern` starts with; None if unknown.

    Only zero-width items (anchors, lookarounds) may stand before the word, so a match can
    start nowhere but at one of the words.
    """
    if pattern.flags & re.VERBOSE:
        return None
    return _leading_words(pattern.pattern)


@cache
def _leading_words(expression: str) -> tuple[str, ...] | None:
    try:
        tree = parse(expression)
    except UnreadExpression:
        return None
    words = _prefixes([Group("(?:", tree)], _LEAD_LENGTH)
    # a sign alone ('+', '=', '(') is rare enough to look for; a letter or digit alone is not
    if not words or any(
        not w or (len(w) < _SHORTEST and (w.isalnum() or w.isspace())) for w in words
    ):
        return None
    # folded as the page is (`folded_page`), so a word is found where any look-alike stands
    words = sorted({w.translate(_LOOK_ALIKES) for w in words})
    # a word that another starts is found where that one is: one look for both
    return tuple(w for w in words if not any(w.startswith(o) for o in words if o != w))


# How many characters of a match's start are read, and how many ways of spelling them kept.
_LEAD_LENGTH = 4
_MOST_PREFIXES = 64
_ZERO_WIDTH = ("^", "$", r"\b", r"\B", r"\A", r"\Z")


def _prefixes(items: list[Node], room: int) -> list[str] | None:
    """Lower-case starts, up to `room` long, one of which every match of the items has.

    '' stands for a start this reader does not know; None for too many to try.
    """
    if room == 0 or not items:
        return [""]
    item, rest = items[0], items[1:]
    if (isinstance(item, Opaque) and item.text in _ZERO_WIDTH) or (
        isinstance(item, Group) and item.is_lookaround
    ):
        return _prefixes(rest, room)
    if isinstance(item, Group):
        if "x" in item.opening:
            return [""]
        return _joined([_prefixes([*branch.items, *rest], room) for branch in item.body.branches])
    if isinstance(item, Repeat):
        if item.least > 0:  # the item starts every match; what it repeats is not followed
            return _prefixes([item.item], room)
        once = [item.item, *rest] if item.quantifier[0] == "?" else [item.item]
        return _joined([_prefixes(once, room), _prefixes(rest, room)])
    chars = _chars(item)
    if chars is None:
        return [""]
    after = _prefixes(rest, room - 1)
    return None if after is None else _joined([[char + tail for char in chars for tail in after]])


def _joined(choices: list[list[str] | None]) -> list[str] | None:
    words = set()
    for choice in choices:
        if choice is None:
            return None
        words.update(choice)
    return sorted(words) if len(words) <= _MOST_PREFIXES else None


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


# Trying a match at an offset costs about as much as the scan spends on this many characters:
# with more offsets to try than one in so many, the scan is cheaper.
_SCAN_PER_TRY = 24


def lead_positions(words: tuple[str, ...], folded: str, start: int, end: int) -> list[int] | None:
    """Sorted offsets in [start, end) where one of the words starts in the folded page.

    None when there are so many that a scan costs less than trying each.
    """
    positions: list[int] = []
    most = (end - start) // _SCAN_PER_TRY
    for word in words:
        at = folded.find(word, start, end)
        while at != -1:
            positions.append(at)
            if len(positions) > most:
                return None
            at = folded.find(word, at + 1, end)
    return sorted(set(positions)) if len(words) > 1 else positions
