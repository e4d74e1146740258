"""Kinds of wording read by a general mechanism (thirty-third session), each in two wordings of
our own or more: two values of one kind whose numbers differ are two results. No sentence is
quoted from a report.
"""

import pytest

from schemas.markers import Marker
from tests.extractors.markers.kind_tables import read_text

# values_apart_are_two: two specimens' values of one kind and status ('CPS 12', 'CPS 3') are
# two results, each with its value; one value written twice, or rounded apart, is one.
VALUES_APART = {
    "two-scores-by-specimen": (
        "Biopsy (A): PD-L1 (22C3) positive, CPS 12.\nResection (B): PD-L1 (22C3) positive,"
        " CPS 3.\n",
        Marker.PDL1,
        {"CPS 12", "CPS 3"},
    ),
    "two-scores-by-block": (
        "Block 1 - PD-L1 22C3: combined positive score 15 (positive)\nBlock 4 - PD-L1 22C3:"
        " combined positive score 2 (positive)\n",
        Marker.PDL1,
        {"CPS 15", "CPS 2"},
    ),
    "one-value-rounded-apart": (
        "TMB: 12 mut/Mb (high).\n\nTumour mutational burden: high, 12.4 mut/Mb.\n",
        Marker.TMB,
        {"12 mut/Mb"},
    ),
    "one-value-written-twice": (
        "PD-L1 (22C3): CPS 12, positive.\nSummary: PD-L1 positive (CPS 12).\n",
        Marker.PDL1,
        {"CPS 12"},
    ),
}


@pytest.mark.parametrize(
    ("text", "marker", "values"),
    [pytest.param(*case, id=name) for name, case in VALUES_APART.items()],
)
def test_values_apart_are_two(text: str, marker: Marker, values: set[str]) -> None:
    found = [r.value for r in read_text(text) if r.marker is marker]
    assert sorted(found) == sorted(values)
