"""Every way of naming a marker in the rule files finds that marker in its own examples."""

import re
from functools import cache

import pytest
import spacy

from extractors.markers.mentions import MentionFinder
from extractors.markers.misreadings import tolerant_expression
from extractors.markers.rules import MarkerRules, NameRule, load_rules

KINDS = ("aliases", "exact_case_aliases", "gene_symbols", "implied_by")


def _named_examples() -> list[tuple[str, str, NameRule, str]]:
    return [
        (rules.marker.value, kind, name_rule, example)
        for rules in load_rules()
        for kind in KINDS
        for name_rule in getattr(rules, kind)
        for example in name_rule.examples
    ]


EXAMPLES = _named_examples()


@cache
def _finder() -> tuple[MentionFinder, spacy.language.Language]:
    return MentionFinder(load_rules()), spacy.blank("en")


def _markers_found(text: str) -> set[str]:
    finder, nlp = _finder()
    doc = finder(nlp.make_doc(text))
    return {mention.marker.value for mention in doc._.marker_mentions}


def _own_expression(kind: str, name_rule: NameRule) -> re.Pattern[str]:
    if kind == "aliases":
        return re.compile(tolerant_expression(name_rule.pattern), re.IGNORECASE)
    return re.compile(name_rule.pattern)


@pytest.mark.parametrize(
    ("marker", "kind", "name_rule", "example"),
    EXAMPLES,
    ids=[f"{marker}-{rule.name}-{example}" for marker, _, rule, example in EXAMPLES],
)
def test_each_example_names_its_marker_and_no_other(marker, kind, name_rule, example):
    assert _own_expression(kind, name_rule).search(example), "the example misses its own rule"
    assert _markers_found(example) == {marker}


@pytest.mark.parametrize("rules", load_rules(), ids=lambda rules: rules.marker.value)
def test_each_name_rule_has_a_name_and_examples_of_different_wording(rules: MarkerRules):
    for kind in KINDS:
        name_rules = getattr(rules, kind)
        assert len({rule.name for rule in name_rules}) == len(name_rules), kind
        for rule in name_rules:
            worded = {" ".join(example.lower().split()) for example in rule.examples}
            assert len(worded) == len(rule.examples) >= 2, rule.name


def test_every_marker_is_named_by_its_examples():
    assert {marker for marker, *_ in EXAMPLES} == {rules.marker.value for rules in load_rules()}
