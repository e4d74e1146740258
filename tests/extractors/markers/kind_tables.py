"""What the tables of wording kinds share: their words for aspects and statuses, their cases
as test parameters, and the one way a case is checked against what the extractor reads.

A table maps a kind's name to its cases: [(text, [(marker, aspect, status, {detail: value})])].
"""

import pytest

from extractors.markers import extract_markers
from extractors.reading import read_document
from extractors.text_document import document_from_text
from schemas.markers import MarkerResult

P, N, E, R = "positive", "negative", "equivocal", "reported"
EXPR, MUT, AMP, FUS, SIG = "expression", "mutation", "amplification", "fusion", "signature"

Expected = list[tuple[str, str, str, dict]]


def kind_cases(kinds: dict[str, list[tuple[str, Expected]]]) -> list:
    """Each case of each kind as a test parameter named '<kind>-<number>'."""
    return [
        pytest.param(text, expected, id=f"{kind}-{number}")
        for kind, cases in kinds.items()
        for number, (text, expected) in enumerate(cases, start=1)
    ]


def has_two_wordings(kinds: dict[str, list[tuple[str, Expected]]]) -> bool:
    """Whether every kind is shown in two or more different texts."""
    return all(len({text for text, _ in cases}) >= 2 for cases in kinds.values())


def assert_reads(text: str, expected: Expected) -> None:
    """The text gives exactly the expected results, each with the expected details."""
    assert_found(extract_markers(document_from_text(text)), expected)


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
