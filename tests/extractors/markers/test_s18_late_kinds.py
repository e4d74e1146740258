"""Kinds of wording the eighteenth session found read wrong late in the session, each in two or
more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby results that
the kind's rule must leave standing. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    E,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A named class of change denied before the gene's found change ('no exon 19 deletion;
    # L858R detected'): the class stays denied, the found change is the gene's mutation.
    "denied_class_before_a_found_change": [
        ("EGFR: no exon 19 deletion; L858R detected", [("EGFR", MUT, P, {"alteration": "L858R"})]),
        (
            "EGFR: no exon 20 insertion, T790M detected.",
            [("EGFR", MUT, P, {"alteration": "T790M"})],
        ),
        ("KRAS: G12C not detected; G13D detected", [("KRAS", MUT, P, {"alteration": "G13D"})]),
    ],
    # A mutation or fusion that a mutation-specific stain (BRAF VE1, IDH1 R132H, pan-TRK, ALK
    # D5F3) is said to suggest is the stain's reading, not a molecular result: only the stain's
    # own expression result stands.
    "mutation_a_specific_stain_suggests": [
        (
            "Immunostain for BRAF V600E (VE1) is positive, in keeping with a BRAF"
            " V600E-mutated tumour.",
            [("BRAF", EXPR, P, {})],
        ),
        (
            "IDH1 R132H IHC: positive, indicative of an IDH-mutant glioma.",
            [("IDH1", EXPR, P, {})],
        ),
        (
            "BRAF VE1 immunohistochemistry: diffusely positive, suggesting a BRAF mutation.",
            [("BRAF", EXPR, P, {})],
        ),
    ],
    # A stain's bare score after the ';' that ends the ISH verdict is the stain's result.
    "score_after_an_ish_verdict": [
        (
            "HER2: not amplified; score 3+",
            [("HER2", AMP, N, {}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "HER2 FISH: non-amplified; IHC score 1+.",
            [("HER2", AMP, N, {}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "HER2 ISH: amplified; IHC 2+",
            [("HER2", AMP, P, {}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    # A p53 null pattern ('null pattern', 'aberrant (null) pattern', 'null-type staining') is the
    # stain's absence: TP53 expression negative, as the probes' labels read it.
    "p53_null_pattern": [
        ("p53: null pattern", [("TP53", EXPR, N, {})]),
        ("p53 immunohistochemistry: aberrant null pattern in the tumour.", [("TP53", EXPR, N, {})]),
        ("The p53 stain shows a null-type staining pattern.", [("TP53", EXPR, N, {})]),
        ("p53 IHC: abnormal (null) pattern.", [("TP53", EXPR, N, {})]),
    ],
    # After a found result and ';', a denied other kind of the gene is its own negative result.
    "denied_kind_after_a_found_one": [
        (
            "MET amplification detected (ratio 3.1); no exon 14 skipping",
            [("MET", AMP, P, {"ratio": 3.1}), ("MET", MUT, N, {})],
        ),
        (
            "MET: amplified; exon 14 skipping not detected.",
            [("MET", AMP, P, {}), ("MET", MUT, N, {})],
        ),
        ("RET: fusion detected; no mutation found", [("RET", FUS, P, {}), ("RET", MUT, N, {})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "denied_class_before_a_found_change": [
        ("EGFR: no exon 19 deletion.", [("EGFR", MUT, N, {})]),
        ("EGFR: exon 19 deletion detected; T790M not detected", [("EGFR", MUT, P, {})]),
        ("KRAS: no G12C; G12V detected.", [("KRAS", MUT, P, {"alteration": "G12V"})]),
    ],
    "score_after_an_ish_verdict": [
        ("HER2 2+ by IHC; FISH not amplified.", [("HER2", EXPR, E, {}), ("HER2", AMP, N, {})]),
        ("HER2: not amplified; see comment.", [("HER2", AMP, N, {})]),
    ],
    "p53_null_pattern": [
        ("p53: aberrant pattern", [("TP53", EXPR, P, {})]),
        ("p53: wild-type pattern", [("TP53", EXPR, N, {})]),
        ("HER2-null: IHC 0, no staining in any tumour cell", []),
    ],
    "denied_kind_after_a_found_one": [
        (
            "MET: no exon 14 skipping; amplification detected",
            [("MET", MUT, N, {}), ("MET", AMP, P, {})],
        ),
        ("KRAS G12C detected; no other mutation.", [("KRAS", MUT, P, {"alteration": "G12C"})]),
    ],
    "mutation_a_specific_stain_suggests": [
        (
            "BRAF VE1 immunostain positive. NGS: BRAF V600E mutation detected.",
            [("BRAF", EXPR, P, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "IDH1 R132H mutation detected by sequencing, consistent with an IDH-mutant"
            " astrocytoma.",
            [("IDH1", MUT, P, {"alteration": "R132H"})],
        ),
        (
            "ALK (D5F3) immunostain: positive, consistent with an ALK rearrangement.",
            [("ALK", EXPR, P, {})],
        ),
        ("ALK FISH: positive, consistent with ALK rearrangement.", [("ALK", FUS, P, {})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
