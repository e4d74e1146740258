"""Kinds of wording read by a general mechanism (thirty-third session), each in two wordings of
our own or more: two values of one kind whose numbers differ are two results; a table's rows
led by their block before the marker's name; a results table's header with a clone column
and more columns after its result; a burden's band denied beside a cut-off; another
signature's band is no burden's cut-off; a short section ends at a longer small heading. No
sentence is quoted from a report.
"""

import pytest

from schemas.markers import Marker, Status
from tests.extractors.markers.kind_tables import EXPR, MUT, SIG, N, P, kind_tests, read_text

KINDS = {
    # designator_led_rows: rows led by the block they were read on, then the marker's name,
    # are statements of their own; words of one row (criteria, a wrapped cell) leave the next
    # rows alone.
    "designator_led_rows": [
        (
            "Block Test Clone / assay Result Score\nA1 HER2 4B5 Positive 3+ strong complete"
            " membranes\nin most cells (gastric resection criteria apply)\nC2 HER2 4B5 Negative"
            " 1+\nC2 MSH6 EP49 Retained\n",
            [
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("MSH6", EXPR, P, {}),
            ],
        ),
        (
            "Slide Antibody Interpretation\n2B PD-L1 SP263 TPS 40%, positive; scored per protocol"
            " criteria\n3B p16 Positive\n3C ALK D5F3 Negative\n",
            [("PD-L1", EXPR, P, {"percent": 40}), ("ALK", EXPR, N, {})],
        ),
    ],
    # results_header_with_a_clone_column: a header that names a clone column, then the result
    # column with more columns after it ('Notes', 'Comment'), heads results, no methods.
    "results_header_with_a_clone_column": [
        (
            "Antigen Clone / assay Result Notes\nPMS2 EP51 Lost\nMSH6 EP49 Retained\n",
            [("PMS2", EXPR, N, {}), ("MSH6", EXPR, P, {})],
        ),
        (
            "Protein Clone Lot Interpretation Comment\nMLH1 ES05 L2231 Retained\nPMS2 EP51 L0912"
            " Lost\n",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, N, {})],
        ),
    ],
    # not_high_beside_a_cutoff: a band denied ('not high', 'non-high') beside the cut-off is
    # the other band.
    "not_high_beside_a_cutoff": [
        ("TMB: 7.9 mutations/Mb (not high; threshold >=10)\n", [("TMB", SIG, N, {})]),
        (
            "Tumour mutational burden 4 mut/Mb, non-high (TMB-H cut-off 10 mut/Mb)\n",
            [("TMB", SIG, N, {"value": "4 mut/Mb"})],
        ),
    ],
    # small_heading_ends_at_a_longer_one: a short section ('Background') ends at the next
    # small heading alone on its line, of up to six words and perhaps its bracket.
    "small_heading_ends_at_a_longer_one": [
        (
            "Background\nHigh-grade serous carcinoma diagnosed in 2023 on biopsy, treated with"
            " carboplatin.\nResults reviewed at the meeting (Dr A, pathology)\nNo pathogenic"
            " variant was found in BRCA1 or BRCA2.\n",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "Background\nLung adenocarcinoma, stage IV, first seen in clinic in May.\nMolecular"
            " findings from the outside laboratory\nKRAS G12C was detected at 22% of reads.\n",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)

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


# another_signatures_band_is_no_burden_cutoff: 'MSI-High when ...' on a burden's line is the
# other signature's criterion, never the burden's cut-off for high.
@pytest.mark.parametrize(
    "text",
    [
        "Tumour mutational burden counts coding variants per megabase; TMB-High is reported at 10"
        " Muts/Mb or more. Microsatellite status uses 60 loci (MSI-High when 20% or more are"
        " unstable).\n",
        "TMB 6 Muts/Mb (MSI-High when 2 of 5 loci are unstable: none here)\n",
    ],
)
def test_another_signatures_band_is_no_burden_cutoff(text: str) -> None:
    assert not [
        r for r in read_text(text) if r.marker is Marker.TMB and r.status is Status.POSITIVE
    ]
