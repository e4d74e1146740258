"""The rules' regular expressions read as a tree, by the syntax the `re` documentation gives.

Only what the rules write is read: literals, escapes, character classes, groups (plain,
non-capturing, named, lookarounds, scoped flags), alternation and repeats. `render` gives back
the exact text, so a tree can be changed and compiled again; an expression outside this
subset raises `UnreadExpression` (a test reads every rule's expressions).
"""

from dataclasses import dataclass, field

# Escapes that stand for one plain character; every other letter escape is a category or an
# anchor (\s, \d, \b, ...), kept as it is.
_CHARACTER_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


class UnreadExpression(ValueError):
    """An expression uses syntax this reader does not follow."""


@dataclass
class Literal:
    """One character that matches itself; `text` is how the expression wrote it."""

    char: str
    text: str


@dataclass
class Opaque:
    """A class, a category escape, '.', or an anchor: kept as written, never a literal."""

    text: str


@dataclass
class Sequence:
    """Items matched one after another."""

    items: list["Node"] = field(default_factory=list)


@dataclass
class Alternation:
    """Branches, one of which matches."""

    branches: list[Sequence]


@dataclass
class Group:
    """A parenthesised alternation; `opening` is '(', '(?:', '(?=', '(?-i:', ...."""

    opening: str
    body: Alternation

    @property
    def is_lookaround(self) -> bool:
        """Whether the group only looks (its text is never part of the match)."""
        return self.opening in _LOOKAROUNDS

    @property
    def is_case_exact(self) -> bool:
        """Whether the group switches case-insensitive matching off."""
        flags = self.opening[2:-1]
        return self.opening.startswith("(?") and "-" in flags and "i" in flags.split("-")[1]


@dataclass
class Repeat:
    """An item with a quantifier ('?', '*', '+', '{m,n}', maybe lazy or possessive)."""

    item: "Node"
    quantifier: str

    @property
    def least(self) -> int:
        """The fewest times the item must match."""
        head = self.quantifier[0]
        if head == "{":
            low = self.quantifier[1:].split(",")[0].rstrip("}?+")
            return int(low) if low else 0
        return 1 if head == "+" else 0


Node = Literal | Opaque | Sequence | Alternation | Group | Repeat


def parse(expression: str) -> Alternation:
    """The tree of an expression; raises UnreadExpression outside the subset."""
    reader = _Reader(expression)
    tree = reader.alternation()
    if reader.position != len(expression):
        raise UnreadExpression(f"unbalanced ')' at {reader.position}")
    return tree


def render(node: Node) -> str:
    """The expression text of a tree: rendering a parsed expression gives it back."""
    match node:
        case Literal(text=text) | Opaque(text=text):
            return text
        case Sequence(items=items):
            return "".join(render(item) for item in items)
        case Alternation(branches=branches):
            return "|".join(render(branch) for branch in branches)
        case Group(opening=opening, body=body):
            return f"{opening}{render(body)})"
        case Repeat(item=item, quantifier=quantifier):
            return f"{render(item)}{quantifier}"
    raise TypeError(node)


class _Reader:
    def __init__(self, expression: str) -> None:
        self.text = expression
        self.position = 0

    def peek(self, ahead: int = 0) -> str:
        at = self.position + ahead
        return self.text[at] if at < len(self.text) else ""

    def alternation(self) -> Alternation:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.position += 1
            branches.append(self.sequence())
        return Alternation(branches)

    def sequence(self) -> Sequence:
        items: list[Node] = []
        while self.peek() not in ("", "|", ")"):
            atom = self.atom()
            quantifier = self.quantifier()
            items.append(Repeat(atom, quantifier) if quantifier else atom)
        return Sequence(items)

    def atom(self) -> Node:
        char = self.peek()
        if char == "(":
            if self.text.startswith("(?P=", self.position):  # a backreference: '(?P=name)'
                end = self.text.index(")", self.position) + 1
                reference = self.text[self.position : end]
                self.position = end
                return Opaque(reference)
            return self.group()
        if char == "[":
            return Opaque(self.character_class())
        if char == "\\":
            return self.escape()
        if char in "*+?{":
            raise UnreadExpression(f"nothing to repeat at {self.position}")
        self.position += 1
        return Opaque(char) if char in ".^$" else Literal(char, char)

    def group(self) -> Group:
        start = self.position
        opening = self.opening()
        self.position = start + len(opening)
        body = self.alternation()
        if self.peek() != ")":
            raise UnreadExpression(f"unclosed group at {start}")
        self.position += 1
        return Group(opening, body)

    def opening(self) -> str:
        """The text that opens the group here: '(', '(?:', '(?=', '(?<name>', '(?-i:', ..."""
        rest = self.text[self.position :]
        if not rest.startswith("(?"):
            return "("
        if rest.startswith(_LOOKAROUNDS):
            return next(look for look in _LOOKAROUNDS if rest.startswith(look))
        if rest.startswith(("(?P<", "(?<")):
            return rest[: rest.index(">") + 1]
        end = 2
        while end < len(rest) and rest[end] not in ":)=!<":
            end += 1
        if end >= len(rest) or rest[end] != ":":
            raise UnreadExpression(f"a group form this reader does not follow at {self.position}")
        return rest[: end + 1]

    def character_class(self) -> str:
        start = self.position
        at = start + 1
        if self.text.startswith("^", at):
            at += 1
        if self.text.startswith("]", at):
            at += 1
        while at < len(self.text) and self.text[at] != "]":
            at += 2 if self.text[at] == "\\" else 1
        if at >= len(self.text):
            raise UnreadExpression(f"unclosed class at {start}")
        self.position = at + 1
        return self.text[start : self.position]

    def escape(self) -> Node:
        text = self.text[self.position : self.position + 2]
        if len(text) < 2:
            raise UnreadExpression("a lone backslash at the end")
        self.position += 2
        char = text[1]
        if char in _CHARACTER_ESCAPES:
            return Literal(_CHARACTER_ESCAPES[char], text)
        if char.isalnum():
            return Opaque(text)
        return Literal(char, text)

    def quantifier(self) -> str:
        start = self.position
        char = self.peek()
        if char in ("?", "*", "+"):
            self.position += 1
        elif char == "{":
            end = self.text.find("}", start)
            inner = self.text[start + 1 : end] if end != -1 else ""
            if not inner or not all(c.isdigit() or c == "," for c in inner):
                raise UnreadExpression(f"a brace that is not a repeat at {start}")
            self.position = end + 1
        else:
            return ""
        if self.peek() in ("?", "+"):
            self.position += 1
        return self.text[start : self.position]
