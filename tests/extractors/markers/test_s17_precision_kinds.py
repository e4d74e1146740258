"""Kinds of wording the seventeenth session's precision round found misread, each in two or more
wordings of our own.

FIXED holds, for each kind, texts and exactly what they state (often nothing); KEPT holds nearby
results that the kind's rule must leave standing. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A loss after a stain's name that a verb of finding confirms ('MLH1 loss is seen', 'PMS2
    # loss was observed') is the stain's loss: its expression is negative.
    "loss_after_the_name_confirmed": [
        ("MLH1 loss is seen in the tumour cells.", [("MLH1", EXPR, N, {})]),
        ("PMS2 loss was observed.", [("PMS2", EXPR, N, {})]),
        ("Immunostains: MSH6 protein loss is identified.", [("MSH6", EXPR, N, {})]),
        ("MSH2 loss noted in the invasive carcinoma.", [("MSH2", EXPR, N, {})]),
    ],
    # 'no loss' / 'without loss' right after a stain's name denies the loss: the stain is kept.
    "no_loss_after_the_name": [
        ("MSH6 shows no loss.", [("MSH6", EXPR, P, {})]),
        ("PMS2 with no loss.", [("PMS2", EXPR, P, {})]),
        ("MLH1 and PMS2 show no loss.", [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})]),
    ],
    # Loss of heterozygosity at a mismatch repair gene is a genomic finding, not the protein's
    # expression: found or denied, it states no stain result.
    "loss_of_heterozygosity_is_no_stain": [
        ("No evidence of MLH1 loss of heterozygosity.", []),
        ("MSH2 loss of heterozygosity was not identified.", []),
        ("MLH1 loss of heterozygosity detected.", []),
    ],
    # A gene with its change joined by 'and'/'or' to a gene with its own kind, under one
    # verdict after them: each item takes the verdict in its own aspect; the change was looked
    # for, not found.
    "change_and_a_kind_under_one_verdict": [
        ("KRAS G12C and ALK fusion: negative", [("KRAS", MUT, N, {}), ("ALK", FUS, N, {})]),
        (
            "NRAS Q61K or ROS1 rearrangement - not detected",
            [("NRAS", MUT, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "KRAS G12C and ALK fusion were not identified.",
            [("KRAS", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # A test that failed for one gene, then another gene's change in the next sentence: the
    # failure ends the first gene's row; the change is the second gene's alone.
    "failed_test_then_another_genes_change": [
        (
            "EGFR mutation analysis: insufficient tumour for testing. KRAS G12C detected.",
            [("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        (
            "BRAF testing could not be performed (insufficient DNA). NRAS Q61R was detected.",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
    ],
    # 'there is / shows / revealed (clear) evidence of' before a gene and its kind of finding
    # states the finding.
    "evidence_of_a_finding": [
        ("There is evidence of HER2 amplification.", [("HER2", AMP, P, {})]),
        ("FISH shows clear evidence of ALK rearrangement.", [("ALK", FUS, P, {})]),
        (
            "There was evidence of MET gene amplification (ratio 3.1).",
            [("MET", AMP, P, {"ratio": 3.1})],
        ),
    ],
    # 'absent' after a gene's change or kind is its verdict, as 'not detected' is: the named
    # change alone read found ('KRAS G12D: absent' gave KRAS G12D positive), a kind gave the
    # stain's aspect or nothing.
    "absent_as_a_verdict": [
        ("KRAS G12D: absent.", [("KRAS", MUT, N, {})]),
        ("RET fusion - absent.", [("RET", FUS, N, {})]),
        ("HER2 FISH: amplification absent (ratio 1.2)", [("HER2", AMP, N, {})]),
        (
            "EGFR exon 19 deletion: absent or below the limit of detection",
            [("EGFR", MUT, N, {})],
        ),
        (
            "KRAS G12D and RET fusion: absent.",
            [("KRAS", MUT, N, {}), ("RET", FUS, N, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "loss_after_the_name_confirmed": [
        ("MLH1 loss: present", [("MLH1", EXPR, N, {})]),
        ("PMS2: loss of nuclear expression noted.", [("PMS2", EXPR, N, {})]),
        ("MSH6 shows loss.", [("MSH6", EXPR, N, {})]),
        ("No evidence of MSH6 loss.", [("MSH6", EXPR, P, {})]),
        ("MLH1 is present.", [("MLH1", EXPR, P, {})]),
    ],
    "no_loss_after_the_name": [
        ("MLH1: loss. PMS2: retained.", [("MLH1", EXPR, N, {}), ("PMS2", EXPR, P, {})]),
        ("MSH6 shows no loss of expression.", [("MSH6", EXPR, P, {})]),
        ("MSH2: loss", [("MSH2", EXPR, N, {})]),
        ("MSH2 without loss of staining in the tumour.", [("MSH2", EXPR, P, {})]),
    ],
    "loss_of_heterozygosity_is_no_stain": [
        ("No evidence of MLH1 loss.", [("MLH1", EXPR, P, {})]),
        ("There is loss of nuclear expression of MLH1.", [("MLH1", EXPR, N, {})]),
    ],
    "change_and_a_kind_under_one_verdict": [
        (
            "BRAF V600E or NTRK fusion: not detected",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("NTRK", FUS, N, {})],
        ),
        (
            "KRAS G12C detected and ALK fusion negative",
            [("KRAS", MUT, P, {"alteration": "G12C"}), ("ALK", FUS, N, {})],
        ),
        (
            "EGFR L858R and MET amplification: negative",
            [("EGFR", MUT, N, {"alteration": "L858R"}), ("MET", AMP, N, {})],
        ),
    ],
    "failed_test_then_another_genes_change": [
        (
            "BRAF V600E detected. KRAS wild type.",
            [("BRAF", MUT, P, {"alteration": "V600E"}), ("KRAS", MUT, N, {})],
        ),
        ("EGFR  exon 21  L858R  VAF 32%", [("EGFR", MUT, P, {"alteration": "L858R"})]),
    ],
    "evidence_of_a_finding": [
        ("There is no evidence of HER2 amplification.", [("HER2", AMP, N, {})]),
        ("Testing for evidence of HER2 amplification is pending.", []),
        ("No evidence of BRAF mutation.", [("BRAF", MUT, N, {})]),
    ],
    "absent_as_a_verdict": [
        ("MSH6 nuclear staining: absent", [("MSH6", EXPR, N, {})]),
        ("ER: absent", [("ER", EXPR, N, {})]),
        (
            "Lymphovascular invasion: absent. KRAS G12D detected.",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        ("BRAF V600E: present", [("BRAF", MUT, P, {"alteration": "V600E"})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
