"""What the tables of wording kinds share: their words for aspects and statuses, their cases
as test parameters, and the one way a case is checked against what the extractor reads.

A table maps a kind's name to its cases: [(text, [(marker, aspect, status, {detail: value})])].

A file of kinds takes its tests from `kind_tests` or `fixed_and_kept_tests`, naming them as it
likes: `test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)`. pytest
collects a module's functions by the names they stand under, so each file keeps its own tests'
names and ids while the tests are written once here.
"""

import re
from collections.abc import Callable

import pytest

from extractors.markers import extract_markers
from extractors.markers.context_rules import NamedRule, load_context_rules
from extractors.markers.fallback import leftover_findings
from extractors.markers.misreadings import compile_tolerant
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.statements import read_findings
from extractors.markers.units import load_unit_rules
from extractors.reading import read_document
from extractors.text_document import document_from_text
from schemas.markers import MarkerResult

P, N, E, R = "positive", "negative", "equivocal", "reported"
EXPR, MUT, AMP, FUS, SIG = "expression", "mutation", "amplification", "fusion", "signature"

Expected = list[tuple[str, str, str, dict]]
Table = dict[str, list[tuple[str, Expected]]]
WordingTest = Callable[[str, Expected], None]

# All four mismatch repair proteins kept, so the panel is proficient (MMR signature negative).
FOUR_KEPT: Expected = [
    ("MLH1", EXPR, P, {}),
    ("PMS2", EXPR, P, {}),
    ("MSH2", EXPR, P, {}),
    ("MSH6", EXPR, P, {}),
    ("MMR", SIG, N, {}),
]


def kind_cases(kinds: dict[str, list[tuple[str, Expected]]]) -> list:
    """Each case of each kind as a test parameter named '<kind>-<number>'."""
    return [
        pytest.param(text, expected, id=f"{kind}-{number}")
        for kind, cases in kinds.items()
        for number, (text, expected) in enumerate(cases, start=1)
    ]


def named_cases(cases: dict[str, tuple]) -> list:
    """A table of cases by name, each a tuple of the test's arguments, as named parameters."""
    return [pytest.param(*arguments, id=name) for name, arguments in cases.items()]


def named_texts(texts: dict[str, str]) -> list:
    """A table of texts by name, for a test of the one argument, as named parameters."""
    return [pytest.param(text, id=name) for name, text in texts.items()]


def context_rule(name: str) -> NamedRule:
    """The rule of `context_rules.json` of that name, of whichever vocabulary."""
    return next(r for r in load_context_rules().named_rules() if r.name == name)


def unit_list_rule(name: str) -> re.Pattern[str]:
    """The list rule of `unit_rules.json` of that name, compiled as the extractor compiles it."""
    rule = next(r for r in load_unit_rules().list_rules if r.name == name)
    return compile_tolerant(rule.pattern)


def read_text(text: str) -> list[MarkerResult]:
    """The results the extractor reads in a text, as from a text document."""
    return extract_markers(document_from_text(text))


def fallback_alone(text: str) -> set[tuple[str, str, str]]:
    """What the fallback pass reads on a page of `text`, as if the rules had read nothing there."""
    doc = marker_pipeline()(text)
    read_findings(doc)
    return {(f.marker.value, f.aspect.value, f.status.value) for f in leftover_findings(doc, [])}


def fallback_tests(
    reads: Table, leaves: dict[str, list[str]]
) -> tuple[Callable[[], None], WordingTest, Callable[[str], None]]:
    """A fallback file's three tests: each kind has two wordings (texts the pass reads, texts it
    leaves); the pass alone reads each of `reads` as stated; it reads nothing in `leaves`.
    """

    def test_each_kind_has_two_wordings() -> None:
        assert has_two_wordings(reads)
        assert all(len(set(texts)) >= 2 for texts in leaves.values())

    @pytest.mark.parametrize(("text", "expected"), kind_cases(reads))
    def test_the_fallback_reads_a_kind(text: str, expected: Expected) -> None:
        assert fallback_alone(text) == {(m, a, s) for m, a, s, _ in expected}

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(t, id=f"{kind}-{n}")
            for kind, ts in leaves.items()
            for n, t in enumerate(ts, start=1)
        ],
    )
    def test_the_fallback_leaves_a_kind(text: str) -> None:
        assert fallback_alone(text) == set()

    return (
        test_each_kind_has_two_wordings,
        test_the_fallback_reads_a_kind,
        test_the_fallback_leaves_a_kind,
    )


def has_two_wordings(kinds: dict[str, list[tuple[str, Expected]]]) -> bool:
    """Whether every kind is shown in two or more different texts."""
    return all(len({text for text, _ in cases}) >= 2 for cases in kinds.values())


def assert_reads(text: str, expected: Expected) -> None:
    """The text gives exactly the expected results, each with the expected details."""
    assert_found(read_text(text), expected)


def assert_pdf_reads(pdf: bytes, expected: Expected) -> None:
    """The PDF, read as an upload is, gives exactly the expected results and details."""
    assert_found(extract_markers(read_document(pdf, "lab.pdf")), expected)


def assert_found(found: list[MarkerResult], expected: Expected) -> None:
    """The results are exactly the expected ones, each with the expected details."""
    given = {(r.marker.value, r.aspect.value, r.status.value): r for r in found}
    assert set(given) == {(m, a, s) for m, a, s, _ in expected}
    for marker, aspect, status, details in expected:
        for name, value in details.items():
            assert getattr(given[(marker, aspect, status)], name) == value, name


def kind_tests(*tables: Table) -> tuple[Callable[[], None], WordingTest]:
    """A file's two tests of its tables: each kind has two wordings, and each case reads.

    The cases of all the tables, in their order, are the second test's parameters.
    """

    def test_each_kind_has_two_wordings() -> None:
        for table in tables:
            assert has_two_wordings(table)

    @pytest.mark.parametrize(("text", "expected"), [c for t in tables for c in kind_cases(t)])
    def test_kind_of_wording(text: str, expected: Expected) -> None:
        assert_reads(text, expected)

    return test_each_kind_has_two_wordings, test_kind_of_wording


def fixed_and_kept_tests(
    fixed: Table, kept: Table
) -> tuple[Callable[[], None], WordingTest, WordingTest]:
    """A precision file's three tests: each kind it fixes has two wordings and true results
    worded close by that must stand (`kept`, under the same kind names); the fixed cases read
    as stated; the kept ones stand.
    """

    def test_each_kind_has_two_wordings_and_true_results_beside_it() -> None:
        assert has_two_wordings(fixed)
        assert has_two_wordings(kept)
        assert set(kept) == set(fixed)

    @pytest.mark.parametrize(("text", "expected"), kind_cases(fixed))
    def test_the_kind_reads_as_stated(text: str, expected: Expected) -> None:
        assert_reads(text, expected)

    @pytest.mark.parametrize(("text", "expected"), kind_cases(kept))
    def test_results_worded_close_by_stand(text: str, expected: Expected) -> None:
        assert_reads(text, expected)

    return (
        test_each_kind_has_two_wordings_and_true_results_beside_it,
        test_the_kind_reads_as_stated,
        test_results_worded_close_by_stand,
    )


def layout_tests(
    layouts: dict[str, list[tuple[bytes, Expected]]], wordings: Table
) -> tuple[Callable[[], None], WordingTest, Callable[[bytes, Expected], None]]:
    """A laboratory-layout file's three tests: each layout is drawn twice or more and each
    wording has two texts; each wording reads; each drawn PDF reads as an upload is read.
    """

    def test_every_kind_has_two_wordings() -> None:
        assert all(len(cases) >= 2 for cases in layouts.values())
        assert has_two_wordings(wordings)

    @pytest.mark.parametrize(("text", "expected"), kind_cases(wordings))
    def test_wording_reads(text: str, expected: Expected) -> None:
        assert_reads(text, expected)

    @pytest.mark.parametrize(
        ("pdf", "expected"),
        [
            pytest.param(pdf, expected, id=f"{kind}-{number}")
            for kind, cases in layouts.items()
            for number, (pdf, expected) in enumerate(cases, start=1)
        ],
    )
    def test_layout_reads(pdf: bytes, expected: Expected) -> None:
        assert_pdf_reads(pdf, expected)

    return test_every_kind_has_two_wordings, test_wording_reads, test_layout_reads
