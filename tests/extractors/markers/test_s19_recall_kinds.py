"""Kinds of wording the nineteenth session's recall round found unread, collected across the
tune halves of every readable probe and the corpus's tune set, each in two or more wordings of
our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby wordings, under
the same kind names, whose reading the kind's rule must leave as it was. No sentence is quoted
from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    Expected,
    N,
    P,
    R,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A test's heading that ends in a colon, its scope or method in brackets or after a comma,
    # or its genes listed in brackets, with the verdict leading the line below
    # (verdict_under_a_colon_heading in statements.py).
    "verdict_under_a_colon_heading": [
        (
            "NRAS (exons 2, 3 and 4), pyrosequencing:\nMutation detected: c.182A>G (p.Q61R).",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
        (
            "BRAF (codons 600 and 601), real-time PCR:\nMutation detected: p.V600E\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "DNA repair panel (BRCA1, BRCA2, PALB2, ATM):\n  no pathogenic variant was found",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "EGFR (exons 18 to 21), next-generation sequencing:\nNo mutation detected.\n",
            [("EGFR", MUT, N, {})],
        ),
        (
            "ERBB2, MET (exons 14 and 20), NGS panel:\nAmplification not detected\n",
            [("HER2", AMP, N, {}), ("MET", AMP, N, {})],
        ),
    ],
    # Rows with no full stop between them are one statement: criteria words on a later line
    # leave a row above that states its own verdict standing (criteria_on_a_later_row).
    "criteria_on_a_later_row": [
        (
            "Oestrogen receptor ...... positive (95%, strong)\n"
            "HER2 by IHC, scored per the gastric criteria of Hofmann:\nsee separate report\n",
            [("ER", EXPR, P, {"percent": 95})],
        ),
        (
            "ALK (D5F3)   negative\nROS1 (D4D6)  negative\n"
            "Staining in any tumour cell is the criterion for a positive result\n",
            [("ALK", EXPR, N, {}), ("ROS1", EXPR, N, {})],
        ),
        (
            "HER2 (4B5)   3+\nScored by the ASCO/CAP criteria for breast cancer.\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # A rule of dashes or equals signs alone on its line parts a table's rows from the text
    # under it (rule_line_ends_a_statement in context.py).
    "rule_line_ends_a_statement": [
        (
            "PD-L1 (SP263) RESULT\n--------------------\nTumour cells    TC 40%\n"
            "Interpretation  PD-L1 positive (TC >= 25%)\n--------------------\n"
            "A TC score of 25% is the threshold used in this laboratory.\n",
            [("PD-L1", EXPR, P, {"value": "TPS 40%"})],
        ),
        (
            "MMR PROTEINS\n========\nMLH1   intact\nPMS2   intact\n========\n"
            "Loss is defined as absent nuclear staining with a positive internal control.\n",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
    ],
    # A verdict, then the cut-off it was read at: the cut-off is the verdict's line, not a
    # criteria statement (verdict_at_a_cutoff); a bound in the verdict's brackets gives way to
    # the score measured on a row above (pdl1_scores.read_score_above).
    "verdict_at_a_cutoff": [
        (
            "PD-L1 IHC, clone SP263, performed on block B2.\nTumour cells: TC 40%\n"
            "Result: POSITIVE at the study cut-off (TC >= 25%).\n",
            [("PD-L1", EXPR, P, {"value": "TPS 40%"})],
        ),
        (
            "PD-L1 by IHC, clone 22C3, on the cell block.\nCombined positive score: 3\n"
            "Interpretation: negative below the protocol threshold (CPS >= 10)\n",
            [("PD-L1", EXPR, N, {"value": "CPS 3"})],
        ),
    ],
    # A share of cells stated as a bound in words after its key's colon is the measured value,
    # not a cut-off (measured_bound_after_a_quantity_key).
    "measured_bound_after_a_quantity_key": [
        (
            "Progesterone receptor status\n  [ ] Positive\n  [X] Negative\n"
            "  Percentage of tumour cells with nuclear staining: less than 1%\n"
            "HER2 by immunohistochemistry\n  [X] Negative (Score 0)\n  [ ] Positive (Score 3+)\n",
            [("PR", EXPR, N, {"value": "<1%"}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        (
            "ER status\n  [X] Positive\n"
            "  Proportion of invasive tumour nuclei that stain: more than 90%\n"
            "Ki-67\n  Percentage of positive nuclei: 15%\n",
            [("ER", EXPR, P, {"value": ">90%"}), ("Ki-67", EXPR, R, {"percent": 15})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    # a line under the heading that names its own gene keeps its verdict to itself; a heading
    # with a verdict of its own keeps it
    "verdict_under_a_colon_heading": [
        (
            "Colorectal panel (KRAS, NRAS, BRAF):\nBRAF V600E detected",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        ("KRAS (codons 12 and 13): negative\nMethod: real-time PCR", [("KRAS", MUT, N, {})]),
        (
            "EGFR (exons 18-21):\nThe sample was sent to the reference laboratory.",
            [],
        ),
    ],
    # criteria that speak of the rows above, a row's own bound, a legend under a rule line
    "criteria_on_a_later_row": [
        (
            "ER positive: 1% or more of nuclei stain\nPR positive: 1% or more of nuclei stain\n"
            "These criteria follow the 2020 guideline.\n",
            [],
        ),
        (
            "HER2 (4B5)   3+ if strong complete membrane staining\n"
            "in more than 10% of cells, by these criteria\n",
            [],
        ),
    ],
    "rule_line_ends_a_statement": [
        ("SCORING GUIDE\n----------\nPD-L1 positive: TPS of 1% or more\n", []),
        (
            "HER2 (4B5)\n----------\nScore 2+ (equivocal)\n",
            [("HER2", EXPR, "equivocal", {"ihc_score": "2+"})],
        ),
    ],
    "verdict_at_a_cutoff": [
        ("The cut-off for PD-L1 positivity is 1%.", []),
        ("PD-L1 is reported positive if staining is above the threshold.", []),
    ],
    "measured_bound_after_a_quantity_key": [
        ("PD-L1 high expression: greater than or equal to 50% tumour cells", []),
        (
            "Progesterone receptor present in less than 1% of the tumour cells.",
            [("PR", EXPR, N, {})],
        ),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
