"""Kinds of laboratory-report rows that were misread: panel grids and verdict rows.

Every text is our own. The kinds come from the third probe's tune half (laboratories' own
PDFs), described in our words; its check half stays unread.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    Expected,
    N,
    P,
    R,
    kind_tests,
    read_text,
)

KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A row of a table whose header names variants: the verdict may have empty cells after it.
    "verdict_row_with_empty_cells_after_it": [
        (
            "Gene Result Variant VAF\nKRAS DETECTED c.35G>T p.Gly12Val (G12V) 19%\n"
            "EGFR Not detected - -\nBRAF Not detected - -",
            [("KRAS", MUT, P, {"alteration": "G12V"}), ("EGFR", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "Gene Result Variant VAF\nPIK3CA Detected p.His1047Arg 12%\n"
            "TP53 Not detected - -\nIDH1 Not detected - -",
            [("PIK3CA", MUT, P, {}), ("TP53", MUT, N, {}), ("IDH1", MUT, N, {})],
        ),
    ],
    # A result line under a heading that names the test, whose variant follows the verdict.
    "verdict_then_variant_under_the_tests_heading": [
        (
            "EGFR MUTATION ANALYSIS (exons 18-21)\nRESULT: Mutation detected - exon 20 insertion",
            [("EGFR", MUT, P, {"alteration": "exon 20 insertion"})],
        ),
        (
            "EGFR mutation testing by PCR\nResult: mutation detected, L858R",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        ("BRAF V600 testing\nRESULT: V600E not detected", [("BRAF", MUT, N, {})]),
    ],
    # The row's exon cell may stand before empty cells, and a gloss may follow its verdict.
    "verdict_row_with_its_exon_and_a_gloss": [
        (
            "GENE EXON cDNA PROTEIN VAF INTERPRETATION\n"
            "NRAS 3 c.182A>G p.Gln61Arg 38% Pathogenic - activating\n"
            "BRAF 15 - - - Wild type (no V600 variant)",
            [("NRAS", MUT, P, {"alteration": "Q61R"}), ("BRAF", MUT, N, {})],
        ),
        (
            "Gene Exon Variant VAF Result\nKRAS 2 - - Not detected\n"
            "NRAS 2 - - Not detected (codons 12, 13)",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    # An antibody clone named like a gene (SP1, SP263, D5F3, MIB-1) after the marker's name
    # is the marker's clone, not the gene of another row.
    "clone_named_like_a_gene_after_the_marker": [
        ("ER SP1 Positive, 95% strong", [("ER", EXPR, P, {"percent": 95})]),
        (
            "Stains\nPD-L1 SP263 TPS 5%\nALK D5F3 positive\nKi-67 MIB-1 20%",
            [("PD-L1", EXPR, P, {"percent": 5}), ("ALK", EXPR, P, {}), ("Ki-67", EXPR, R, {})],
        ),
    ],
    # A clone named with a dash ('30-9') before the share: the share is the number after it,
    # not a range from the clone's last digit.
    "clone_with_a_dash_before_the_share": [
        ("Proliferation index\nKi-67 30-9 - 25%", [("Ki-67", EXPR, R, {"percent": 25})]),
        ("Ki-67 (clone 30-9) 12% of tumour nuclei", [("Ki-67", EXPR, R, {"percent": 12})]),
    ],
}

NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    # A line of a panel's gene grid (other genes among the markers) takes no verdict from the
    # sentence on the next line.
    "panel_grid_row_before_a_sentence": [
        (
            "Genes in the panel:\nRB1 RET ROS1 SMAD4\nSTK11 TERT TP53 TSC1 TSC2 VHL\n"
            "Rearrangements are detected in intronic baits of ALK only.",
            [],
        ),
        (
            "Genes covered\nAPC ATM BRAF CDH1 EGFR\nFusions were detected by RNA sequencing.",
            [],
        ),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, NOT_RESULTS)


# Two specimens side by side, each with its own share of stained cells: a result each, not
# the first share only. The same share written twice stays one result.
SHARES_APART = [
    ("A - LEFT BREAST B - RIGHT BREAST\nKi-67 10% Ki-67 45%", "Ki-67", [10.0, 45.0]),
    ("Part 1: ER positive (80%). Part 2: ER positive (5%).", "ER", [5.0, 80.0]),
    ("Ki-67: 20%.\nSummary: Ki-67 20%", "Ki-67", [20.0]),
]


@pytest.mark.parametrize(("text", "marker", "shares"), SHARES_APART)
def test_one_result_for_each_share(text: str, marker: str, shares: list[float]) -> None:
    found = read_text(text)
    assert sorted(r.percent for r in found if r.marker.value == marker) == shares
