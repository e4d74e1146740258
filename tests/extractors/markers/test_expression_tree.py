"""The reader of the rules' expressions gives back each expression's text and its parts."""

import json
import re
from importlib import resources

import pytest

from extractors.markers.expression_tree import (
    Group,
    Literal,
    Opaque,
    Repeat,
    UnreadExpression,
    parse,
    render,
)
from extractors.markers.literals import required_words


def _rule_expressions() -> list[str]:
    """Every expression the packaged rule files hold, names and context words alike."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key in ("pattern", "aliases", "exact_case_aliases", "implied_by"):
                    walk(item)
                elif isinstance(item, (list, dict)) and key not in ("examples", "aspects"):
                    walk(item)

    package = resources.files("extractors.markers")
    for entry in (package / "rules").iterdir():
        if entry.name.endswith(".json"):
            walk(json.loads(entry.read_text(encoding="utf-8")))
    walk(json.loads((package / "context_rules.json").read_text(encoding="utf-8")))
    return [text for text in found if text]


def test_every_rule_expression_is_read_and_given_back_as_written():
    expressions = _rule_expressions()
    assert len(expressions) > 100
    for expression in expressions:
        re.compile(expression)
        assert render(parse(expression)) == expression


def test_the_parts_of_an_expression():
    tree = parse(r"HER[\s\-]?2(?:/neu)?(?=\s)\.x{2,}")
    items = tree.branches[0].items
    assert [type(item) for item in items] == [
        Literal,
        Literal,
        Literal,
        Repeat,
        Literal,
        Repeat,
        Group,
        Literal,
        Repeat,
    ]
    assert isinstance(items[3], Repeat) and isinstance(items[3].item, Opaque)
    assert isinstance(items[6], Group) and items[6].is_lookaround
    assert isinstance(items[7], Literal) and items[7].char == "."
    assert isinstance(items[8], Repeat) and items[8].least == 2


def test_scoped_flags_and_lookarounds_are_told_apart():
    exact, behind, plain = parse(r"(?-i:MET)(?<!x)(?:a|b)").branches[0].items
    assert isinstance(exact, Group) and exact.is_case_exact and not exact.is_lookaround
    assert isinstance(behind, Group) and behind.is_lookaround
    assert isinstance(plain, Group) and not plain.is_case_exact
    assert len(plain.body.branches) == 2


@pytest.mark.parametrize("expression", ["(?i)HER2", "a{x}", "(abc", "abc)", "[abc", "*a", "a\\"])
def test_syntax_outside_the_subset_is_refused(expression):
    with pytest.raises(UnreadExpression):
        parse(expression)


def test_required_words_follow_branches_repeats_and_lookarounds():
    pattern = re.compile(r"(?:amplif|gain)(?:ied)?(?=\s+of)|(?:copy){1,2}\s+number", re.I)
    # folded as the page is for the words test: OCR's look-alike i and l as one letter
    assert required_words(pattern) == ("ampllf", "galn", "number")
    assert required_words(re.compile(r"(?=detected)\d")) is None
    assert required_words(re.compile(r"x+yz", re.I)) == ("yz",)
