"""Kinds of wording the eighteenth session's recall round found read wrongly or not at all,
each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby wordings, under
the same kind names, whose reading the kind's rule must leave as it was. CHECKED holds wordings
that were looked at and found read right; they stand as tests so that they stay so. No sentence
is quoted from a report.

Left as it reads: two kinds named after a list of genes give each gene its mutation and its own
first kind only ('None found: BRAF, ROS1 mutations or rearrangements' gives no BRAF fusion);
giving every gene each kind it has lowered a probe's tune figures, whose labels read such a
list that way.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    R,
    fixed_and_kept_tests,
    kind_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # The purpose of a test named before a colon ('... for anti-EGFR eligibility:') is no
    # background to the results stated after it (_results_after_a_purpose).
    "results_after_a_purpose": [
        (
            "RAS testing for anti-EGFR antibody eligibility: KRAS and NRAS wild type.",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        (
            "To assess eligibility for EGFR tyrosine kinase inhibitors: EGFR L858R detected.",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "Extended RAS analysis (panitumumab eligibility): KRAS G12D detected; NRAS wild type.",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("NRAS", MUT, N, {})],
        ),
    ],
    # 'no exon 14 skipping' standing as the gene's value, with no verb after it, denies the
    # gene's mutation as 'exon 14 skipping not detected' does (no-named-exon-alteration-as-a-
    # value; LABELS.md: MET exon 14 skipping is a MET mutation).
    "no_exon_alteration_as_a_value": [
        (
            "MET: not amplified; no exon 14 skipping",
            [("MET", AMP, N, {}), ("MET", MUT, N, {})],
        ),
        ("MET gene: no exon 14 skipping mutation.", [("MET", MUT, N, {})]),
        (
            "MET - amplification absent, without METex14 skipping events",
            [("MET", AMP, N, {}), ("MET", MUT, N, {})],
        ),
        ("MET: no exon 14 skipping.", [("MET", MUT, N, {})]),
    ],
    # After the ';' that ends a gene's denied kind, a clause of another kind and its verdict
    # alone, positive or negative, is the same gene's other result (_denied_kind_after_
    # semicolon, which had taken negative verdicts only).
    "second_kind_after_a_semicolon": [
        (
            "MET: no exon 14 skipping; amplification detected",
            [("MET", MUT, N, {}), ("MET", AMP, P, {})],
        ),
        ("RET: no mutation detected; fusion detected", [("RET", MUT, N, {}), ("RET", FUS, P, {})]),
        ("EGFR: no mutation; amplified", [("EGFR", MUT, N, {}), ("EGFR", AMP, P, {})]),
    ],
    # 'X' for a stop after a residue and its position is a protein change (the older
    # notation of '*'), in one- or three-letter form.
    "stop_written_as_x": [
        ("TP53 R342X", [("TP53", MUT, P, {"alteration": "R342*"})]),
        ("TP53 p.Arg342X detected", [("TP53", MUT, P, {"alteration": "R342*"})]),
        ("NRAS Q61X", [("NRAS", MUT, P, {"alteration": "Q61*"})]),
        ("BRCA1 c.5266C>T (p.Gln1756X)", [("BRCA1", MUT, P, {"alteration": "Q1756*"})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    # an eligibility sentence with no results, or a rule before the colon, stays background
    "results_after_a_purpose": [
        ("Patients with KRAS mutations are not eligible for anti-EGFR therapy.", []),
        ("Eligibility for anti-EGFR therapy requires: KRAS and NRAS wild type.", []),
        ("Eligible for anti-EGFR therapy only if: KRAS and NRAS are wild type.", []),
        ("Anti-EGFR eligibility: patients may benefit if KRAS is wild type.", []),
        # another background word as the purpose is left to the background rules
        ("KRAS mutations and resistance: see the comment below.", []),
        (
            "HER2 gene: AMPLIFIED; positive for trastuzumab eligibility.",
            [("HER2", AMP, P, {})],
        ),
    ],
    "no_exon_alteration_as_a_value": [
        ("MET exon 14 skipping not detected", [("MET", MUT, N, {})]),
        ("Negative for METex14 skipping.", [("MET", MUT, N, {})]),
        (
            "MET exon 14 skipping detected",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
        ("The patient met criteria; skipping the next dose.", []),
    ],
    # a clause with a gene of its own after the ';' is that gene's
    "second_kind_after_a_semicolon": [
        (
            "KRAS: no mutation detected; EGFR amplification detected",
            [("KRAS", MUT, N, {}), ("EGFR", AMP, P, {})],
        ),
        (
            "RET: no mutation detected; no fusion detected",
            [("RET", MUT, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # hotspots written with X under a negative verdict, and the '*' form, read as before
    "stop_written_as_x": [
        ("KRAS G12X, G13X, Q61X: not detected", [("KRAS", MUT, N, {})]),
        ("TP53 R342*", [("TP53", MUT, P, {"alteration": "R342*"})]),
        ("TP53 p.Arg213Ter identified", [("TP53", MUT, P, {"alteration": "R213*"})]),
    ],
}

# Looked at in this round and found read right: each kind in two wordings, kept as tests.
CHECKED: dict[str, list[tuple[str, Expected]]] = {
    "alias_in_brackets_before_a_denied_kind": [
        ("HER2 (ERBB2) amplification was not identified", [("HER2", AMP, N, {})]),
        ("ERBB2 (HER2) gene amplification is not seen.", [("HER2", AMP, N, {})]),
    ],
    "no_loss_of_the_mismatch_repair_proteins": [
        ("no MMR protein loss", [("MMR", SIG, N, {})]),
        ("There is no loss of mismatch repair proteins.", [("MMR", SIG, N, {})]),
    ],
    "slash_paired_proteins_with_a_verdict_each": [
        (
            "MLH1/PMS2: lost; MSH2/MSH6: retained",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "MLH1 / PMS2 - intact; MSH2 / MSH6 - loss of expression",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    "named_class_spelled_out_in_brackets": [
        (
            "EGFR exon 19 deletion (p.E746_A750del) DETECTED",
            [("EGFR", MUT, P, {"alteration": "E746_A750del"})],
        ),
        (
            "EGFR exon 19 in-frame deletion (p.L747_P753delinsS) detected",
            [("EGFR", MUT, P, {})],
        ),
    ],
    "proliferation_index_as_an_approximate_range": [
        (
            "Ki-67 proliferation index approximately 15-20%",
            [("Ki-67", EXPR, R, {"value": "15-20%"})],
        ),
        ("MIB-1 labelling index: about 30 - 40 %", [("Ki-67", EXPR, R, {"value": "30-40%"})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)

test_each_checked_kind_has_two_wordings, test_checked_wording_reads = kind_tests(CHECKED)
