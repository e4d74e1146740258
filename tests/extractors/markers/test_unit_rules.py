"""Every unit rule (unit_rules.json) gives what its own examples say, and has two or more."""

import pytest

from extractors.markers import extract_markers
from extractors.markers.units import load_unit_rules
from extractors.text_document import document_from_text

RULES = load_unit_rules()
EXAMPLES = [
    pytest.param(example.text, example.expect, id=f"{rule.name}-{number}")
    for group in (RULES.list_rules, RULES.not_a_result, RULES.scale_rows)
    for rule in group
    for number, example in enumerate(rule.examples, start=1)
]


def test_every_rule_has_a_unique_name_and_two_examples() -> None:
    names = [r.name for g in (RULES.list_rules, RULES.not_a_result, RULES.scale_rows) for r in g]
    assert len(names) == len(set(names))
    for group in (RULES.list_rules, RULES.not_a_result, RULES.scale_rows):
        for rule in group:
            texts = {example.text for example in rule.examples}
            assert len(texts) >= 2, rule.name


@pytest.mark.parametrize(("text", "expect"), EXAMPLES)
def test_example_gives_what_it_says(text: str, expect: list[list[object]]) -> None:
    found = extract_markers(document_from_text(text))
    given = {(r.marker.value, r.aspect.value, r.status.value) for r in found}
    assert given == {tuple(item[:3]) for item in expect}
    for item in expect:
        details = item[3] if len(item) > 3 else {}
        assert isinstance(details, dict)
        result = next(
            r for r in found if (r.marker.value, r.aspect.value, r.status.value) == tuple(item[:3])
        )
        for name, value in details.items():
            assert getattr(result, name) == value, (name, getattr(result, name))
