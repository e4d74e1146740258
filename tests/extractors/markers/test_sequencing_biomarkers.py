"""TMB and PD-L1 as sequencing and companion reports print them: units, cut-offs, bounds."""

import pytest

from extractors.markers import extract_markers
from extractors.text_document import document_from_text


def _one(text: str) -> tuple[str, str, str | None]:
    (result,) = extract_markers(document_from_text(text))
    return result.marker.value, result.status.value, result.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tumor Mutational Burden   7.4 m/MB   55th percentile",
            ("TMB", "reported", "7.4 mut/Mb"),
            id="unit-abbreviated-to-m-per-mb",
        ),
        pytest.param(
            "TMB: 21 mutations per megabase; TMB-High (>=10 mut/Mb).",
            ("TMB", "positive", "21 mut/Mb"),
            id="cut-off-after-an-equals-sign-is-no-value",
        ),
        pytest.param(
            "TMB-High (≥ 10 Muts/Mb)        Not Detected",
            ("TMB", "negative", None),
            id="denied-class-with-its-cut-off-in-brackets",
        ),
        pytest.param(
            "TMB = 6.3 mut/Mb", ("TMB", "reported", "6.3 mut/Mb"), id="value-after-an-equals-sign"
        ),
        pytest.param(
            "TMB-H (≥ 10 mut/Mb): Not detected; TMB = 6.3 mut/Mb",
            ("TMB", "negative", "6.3 mut/Mb"),
            id="denied-class-then-its-value",
        ),
    ],
)
def test_tumour_mutational_burden(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "PD-L1 (22C3)   Tumor Proportion Score (TPS): <1%",
            ("PD-L1", "negative", "<1%"),
            id="proportion-under-one-percent",
        ),
        pytest.param(
            "PD-L1 (SP263)   CPS < 1",
            ("PD-L1", "negative", "CPS <1"),
            id="combined-score-under-one",
        ),
        pytest.param(
            "PD-L1 (22C3) TPS: >50%",
            ("PD-L1", "positive", ">50%"),
            id="proportion-over-a-bound",
        ),
    ],
)
def test_pdl1_score_given_as_a_bound(text, expected):
    assert _one(text) == expected
