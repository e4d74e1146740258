"""Where a match can start, for an expression whose leading words cannot be spelled out.

`literals.leading_words` spells out the few words every match starts with, and a scan tries
only where one of them stands. An expression whose first letters are spread by optional
spaces ('e s t r o g e n' as OCR reads it) or led by a class of many letters has too many
spellings for that. Its start is then read as a small expression of its own over the folded
page (`literals.folded_page`: lower case, look-alikes as one letter, one character for each of
the page's): the first character as a class, which `re` looks for without trying a match at
every offset, and what follows it, as far as it is read, in a lookahead.

The small expression finds every offset where the rule's can match, and some where it cannot
(it leaves out lookarounds and reads only the first characters): a match is tried at each
offset it finds, and the matches are the same as the scan's. What it cannot read for sure
(a category such as a word character, a letter outside ASCII that has a case) ends what is read; an
expression whose start it cannot read at all gets no small expression, and is scanned.
"""

import re
import unicodedata
from functools import cache

from extractors.markers.expression_tree import (
    Alternation,
    Group,
    Literal,
    Node,
    Opaque,
    Repeat,
    UnreadExpression,
    parse,
)

# The look-alikes folded as `literals.folded_page` folds them.
_LOOK_ALIKES = str.maketrans(
    {"0": "o", "d": "o", "1": "l", "|": "l", "!": "l", "i": "l", "5": "s", "§": "s", "2": "z"}
)
# What a digit can be on the folded page: a digit, or the letter a look-alike digit became.
_FOLDED_DIGIT = r"\dolzs"
_ZERO_WIDTH = ("^", "$", r"\b", r"\B", r"\A", r"\Z")
# How many characters of a match, at least, the lookahead reads after the first; how deep
# groups are spelled out branch by branch, and how long that may make the expression.
_ROOM = 6
_MOST_DEPTH = 2
_MOST_TEXT = 6000


def _fold(char: str) -> str | None:
    """The one folded character every case of `char` becomes on the folded page; None if unsure.

    An ASCII character folds as the page does. Another is kept only when it has no case and
    no other character matches it when case is ignored (a dash, a bullet, '≥').
    """
    if char.isascii():
        return char.lower().translate(_LOOK_ALIKES)
    if char == "§":
        return "s"
    if unicodedata.category(char)[0] in "LM":
        return None
    if char.lower() != char or char.upper() != char or char.casefold() != char:
        return None
    return char


def _class_text(chars: set[str], categories: set[str]) -> str:
    """A class of the folded characters and categories (space, digit), escaped."""
    inside = "".join(sorted(categories)) + "".join(
        re.escape(c) if c not in "\n\t" else {"\n": r"\n", "\t": r"\t"}[c] for c in sorted(chars)
    )
    return f"[{inside}]"


_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


def _class_members(text: str) -> tuple[bool, set[str], set[str]] | None:
    """A class's negation, its folded characters and its categories; None if unreadable."""
    inside = text[1:-1]
    negated = inside.startswith("^")
    if negated:
        inside = inside[1:]
    raw: list[str] = []
    categories: set[str] = set()
    at = 0
    while at < len(inside):
        char = inside[at]
        if char == "\\":
            escape = inside[at + 1 : at + 2]
            if escape in ("s", "d"):
                categories.add("\\" + escape)
                at += 2
                continue
            if escape in _ESCAPED:
                char = _ESCAPED[escape]
            elif not escape or escape.isalnum():
                return None
            else:
                char = escape
            at += 2
        else:
            at += 1
        if at < len(inside) - 1 and inside[at] == "-":  # a range
            end = inside[at + 1]
            if end == "\\" or not (char.isascii() and end.isascii()) or end < char:
                return None
            raw.extend(chr(code) for code in range(ord(char), ord(end) + 1))
            at += 2
            continue
        raw.append(char)
    folded: set[str] = set()
    for char in raw:
        fold = _fold(char)
        if fold is None:
            return None
        folded.add(fold)
    if negated:
        # Not one of these: on the folded page, a character that is none of them folds to
        # none of them only when they are signs no other character folds to.
        if categories or any(c.isalnum() or c != c.translate(_LOOK_ALIKES) for c in raw):
            return None
        return True, set(raw), set()
    if "\\d" in categories:
        folded.update("olzs")
    return False, folded, categories


def _item_class(node: Node) -> str | None:
    """The folded class one character of a literal, a class or a category matches; else None."""
    if isinstance(node, Literal):
        fold = _fold(node.char)
        return None if fold is None else _class_text({fold}, set())
    if not isinstance(node, Opaque):
        return None
    if node.text == r"\s":
        return r"[\s]"
    if node.text == r"\S":
        return r"[\S]"
    if node.text == r"\d":
        return f"[{_FOLDED_DIGIT}]"
    if node.text.startswith("[") and node.text.endswith("]"):
        members = _class_members(node.text)
        if members is None:
            return None
        negated, chars, categories = members
        text = _class_text(chars, categories)
        return "[^" + text[1:] if negated else text
    return None


def _is_zero_width(node: Node) -> bool:
    """An anchor, a lookaround, or a group of nothing else (a word's end: '(?-i:(?<=...)...)')."""
    if isinstance(node, Opaque):
        return node.text in _ZERO_WIDTH
    if isinstance(node, Group):
        return node.is_lookaround or all(
            all(_is_zero_width(item) for item in branch.items) for branch in node.body.branches
        )
    return False


def _sequence(items: list[Node], room: int, depth: int = 0) -> tuple[str, bool]:
    """The folded expression for items, read until `room` characters are sure.

    Returns the text and whether the items were read to their end (else anything may follow).
    """
    parts: list[str] = []
    for index, item in enumerate(items):
        if room <= 0:
            return "".join(parts), False
        if _is_zero_width(item):
            continue
        text, complete, least = _item(item, room, depth)
        if text is None:
            return "".join(parts), False
        if not complete and isinstance(item, Repeat) and item.least == 0:
            # an item that may be absent, read only in part: its start, or what follows it
            rest, _ = _sequence(items[index + 1 :], room, depth)
            parts.append(f"(?:{text}|{rest})")
            return "".join(parts), False
        rest_items = [rest for rest in items[index + 1 :] if not _is_zero_width(rest)]
        if not complete and isinstance(item, Group) and rest_items and depth < _MOST_DEPTH:
            # a group one of whose branches is read only in part: each branch with what
            # follows the group, so that a short branch ('a' in 'a|this|validation') keeps
            # the words after it
            branches = [
                _sequence([*branch.items, *rest_items], room, depth + 1)[0]
                for branch in item.body.branches
            ]
            expanded = "(?:" + "|".join(branches) + ")"
            if len(expanded) <= _MOST_TEXT:
                parts.append(expanded)
                return "".join(parts), False
        parts.append(text)
        if not complete:
            return "".join(parts), False
        room -= least
    return "".join(parts), True


def _item(node: Node, room: int, depth: int) -> tuple[str | None, bool, int]:
    """An item's folded text, whether it is complete, and its fewest characters.

    None for an item not read: what stands before it is kept, nothing after.
    """
    if isinstance(node, Group):
        if "x" in node.opening or "s" in node.opening[2:].split("-")[0]:
            return None, False, 0
        return _alternation(node.body, room, depth)
    if isinstance(node, Repeat):
        text, complete, least = _item(node.item, room, depth)
        if text is None:
            return None, False, 0
        times = node.least
        if not complete:  # the first time the item is read, in part
            return f"(?:{text})", False, times * least
        quantifier = node.quantifier
        if quantifier[0] == "{":
            quantifier = quantifier[: quantifier.index("}") + 1]
        else:
            quantifier = quantifier[0]
        return f"(?:{text}){quantifier}", True, times * least
    text = _item_class(node)
    return (None, False, 0) if text is None else (text, True, 1)


def _alternation(node: Alternation, room: int, depth: int) -> tuple[str | None, bool, int]:
    texts: list[str] = []
    complete = True
    least = None
    for branch in node.branches:
        text, done = _sequence(branch.items, room, depth)
        texts.append(text)
        complete = complete and done
        width = _least_width(branch.items)
        least = width if least is None else min(least, width)
    return "(?:" + "|".join(texts) + ")", complete, least or 0


def _least_width(items: list[Node]) -> int:
    """The fewest characters a match of the items has (0 where unsure)."""
    total = 0
    for item in items:
        if _is_zero_width(item):
            continue
        if isinstance(item, Group):
            total += min(_least_width(b.items) for b in item.body.branches)
        elif isinstance(item, Repeat):
            total += item.least * _least_width([item.item])
        elif isinstance(item, Literal) or (
            isinstance(item, Opaque) and not item.text.startswith("(?P=")
        ):
            total += 1
    return total


def _firsts(items: list[Node]) -> tuple[set[str], bool] | None:
    """The folded classes a match's first character may be in, and whether it may be empty.

    None when some first character is not read.
    """
    classes: set[str] = set()
    for item in items:
        if _is_zero_width(item):
            continue
        if isinstance(item, Group):
            if "x" in item.opening:
                return None
            nullable = False
            for branch in item.body.branches:
                found = _firsts(branch.items)
                if found is None:
                    return None
                classes |= found[0]
                nullable = nullable or found[1]
            if not nullable:
                return classes, False
            continue
        if isinstance(item, Repeat):
            found = _firsts([item.item])
            if found is None:
                return None
            classes |= found[0]
            if item.least >= 1 and not found[1]:
                return classes, False
            continue
        text = _item_class(item)
        if text is None:
            return None
        classes.add(text)
        return classes, False
    return classes, True


def _merged_class(classes: set[str]) -> str | None:
    """One class for the first character, from the items' classes; None for a negated one."""
    inside = ""
    for text in sorted(classes):
        if text.startswith("[^"):
            return None
        inside += text[1:-1]
    return f"[{inside}]"


# A first character that may be a space, or one of more letters than this, is found so often
# that trying what follows it at each costs more than the scan.
_MOST_LETTERS = 16


def _too_common(first: str) -> bool:
    """Whether the first character's class holds a space or too many letters to save a scan."""
    if any(sign in first for sign in (r"\s", r"\S", r"\t", r"\n", r"\ ")):
        return True
    return sum(c.isascii() and c.isalpha() for c in first.replace("\\", "")) > _MOST_LETTERS


@cache
def _lead_expression(expression: str) -> re.Pattern[str] | None:
    try:
        tree = parse(expression)
    except UnreadExpression:
        return None
    items: list[Node] = [Group("(?:", tree)]
    firsts = _firsts(items)
    if firsts is None or firsts[1] or not firsts[0]:
        return None
    first = _merged_class(firsts[0])
    if first is None or _too_common(first):
        return None
    body, _ = _sequence(items, _ROOM + 1)
    # the first character, then the lookbehind reads the whole start from that character on
    return re.compile(f"{first}(?<=(?={body}){first})")


def lead_expression(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The expression whose matches on the folded page start where the pattern's can; or None."""
    if pattern.flags & (re.VERBOSE | re.DOTALL):
        return None
    return _lead_expression(pattern.pattern)


# Trying a match at an offset costs about as much as the scan spends on this many characters
# (as `literals.lead_positions` counts).
_SCAN_PER_TRY = 24


def lead_starts(lead: re.Pattern[str], folded: str, start: int, end: int) -> list[int] | None:
    """Offsets in [start, end) where a match can start; None when so many that a scan is cheaper."""
    most = (end - start) // _SCAN_PER_TRY
    starts: list[int] = []
    for match in lead.finditer(folded, start, end):
        starts.append(match.start())
        if len(starts) > most:
            return None
    return starts
