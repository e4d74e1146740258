"""Every context rule names its kind of wording and proves it on examples of its own."""

from collections import Counter

import pytest

from extractors.markers import extract_markers
from extractors.markers.context_rules import (
    Exclusion,
    NamedRule,
    RuleExample,
    compile_words,
    load_context_rules,
    whole_words,
)
from extractors.text_document import document_from_text

RULES = load_context_rules().named_rules()
_GAP = pytest.mark.xfail(strict=True, reason="known gap: the extractor misses this wording yet")
# An exclusion's example may show a result the exclusion must leave, without its words.
WORDED_EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}:{example.text[:50]}")
    for rule in RULES
    for example in rule.examples
    if not (isinstance(rule, Exclusion) and example.expect)
]
OUTCOMES = [
    pytest.param(
        rule,
        example,
        id=f"{rule.name}:{example.text[:50]}",
        marks=[_GAP] if example.gap else [],
    )
    for rule in RULES
    for example in rule.examples
]


def test_every_rule_has_a_unique_name():
    counts = Counter(rule.name for rule in RULES)
    assert [name for name, count in counts.items() if count > 1] == []


def test_every_rule_has_two_examples_of_different_wording_that_hold_today():
    for rule in RULES:
        texts = {" ".join(e.text.lower().split()) for e in rule.examples if not e.gap}
        assert len(texts) >= 2, rule.name


@pytest.mark.parametrize(("rule", "example"), WORDED_EXAMPLES)
def test_an_example_holds_its_rules_words(rule: NamedRule, example: RuleExample):
    found = whole_words(compile_words(rule.pattern), example.text)
    assert found, f"{rule.name} does not match its own example"


@pytest.mark.parametrize(("rule", "example"), OUTCOMES)
def test_an_example_yields_exactly_what_it_expects(rule: NamedRule, example: RuleExample):
    found = {
        (r.marker.value, r.aspect.value, r.status.value): r.model_dump(mode="json")
        for r in extract_markers(document_from_text(example.text))
    }
    expected = {(e.marker.value, e.aspect.value, e.status.value): e for e in example.expect}
    assert set(found) == set(expected)
    for key, result in expected.items():
        for detail, value in result.details.items():
            assert found[key][detail] == value, detail
