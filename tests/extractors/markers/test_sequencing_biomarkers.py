"""TMB and PD-L1 as sequencing and companion reports print them: units, cut-offs, bounds."""

import pytest

from tests.extractors.markers.kind_tables import named_cases, read_text


def _one(text: str) -> tuple[str, str, str | None]:
    (result,) = read_text(text)
    return result.marker.value, result.status.value, result.value


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "unit-abbreviated-to-m-per-mb": (
                "Tumor Mutational Burden   7.4 m/MB   55th percentile",
                ("TMB", "reported", "7.4 mut/Mb"),
            ),
            "cut-off-after-an-equals-sign-is-no-value": (
                "TMB: 21 mutations per megabase; TMB-High (>=10 mut/Mb).",
                ("TMB", "positive", "21 mut/Mb"),
            ),
            "denied-class-with-its-cut-off-in-brackets": (
                "TMB-High (≥ 10 Muts/Mb)        Not Detected",
                ("TMB", "negative", None),
            ),
            "value-after-an-equals-sign": ("TMB = 6.3 mut/Mb", ("TMB", "reported", "6.3 mut/Mb")),
            "denied-class-then-its-value": (
                "TMB-H (≥ 10 mut/Mb): Not detected; TMB = 6.3 mut/Mb",
                ("TMB", "negative", "6.3 mut/Mb"),
            ),
        }
    ),
)
def test_tumour_mutational_burden(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    named_cases(
        {
            "proportion-under-one-percent": (
                "PD-L1 (22C3)   Tumor Proportion Score (TPS): <1%",
                ("PD-L1", "negative", "<1%"),
            ),
            "combined-score-under-one": (
                "PD-L1 (SP263)   CPS < 1",
                ("PD-L1", "negative", "CPS <1"),
            ),
            "proportion-over-a-bound": ("PD-L1 (22C3) TPS: >50%", ("PD-L1", "positive", ">50%")),
        }
    ),
)
def test_pdl1_score_given_as_a_bound(text, expected):
    assert _one(text) == expected
