"""Kinds of misreading of whose verdict a name takes, each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby results the
kind's rule must leave standing. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FOUR_KEPT,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # 'stained for' names the stain done; the verdict after the name is its result.
    "stain_word_then_the_names_verdict": [
        ("Sections were stained for PR: negative", [("PR", EXPR, N, {})]),
        ("Tumour cells stained for ER - negative", [("ER", EXPR, N, {})]),
        ("The slide was stained for PR and found negative.", [("PR", EXPR, N, {})]),
        ("Stained for ER (clone SP1): negative", [("ER", EXPR, N, {})]),
        (
            "Slides stained for ER and PR: both negative",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # One verdict shared by a list of genes: each gene keeps its own default aspect.
    "shared_verdict_keeps_each_genes_aspect": [
        ("BRAF and RET: not detected", [("BRAF", MUT, N, {}), ("RET", FUS, N, {})]),
        ("RET and BRAF: not detected", [("RET", FUS, N, {}), ("BRAF", MUT, N, {})]),
        ("NTRK and KRAS: negative", [("NTRK", FUS, N, {}), ("KRAS", MUT, N, {})]),
    ],
    # A panel's kept or lost verdict, then its proteins listed in brackets or after a colon:
    # each protein's own expression.
    "panel_verdict_then_listed_proteins": [
        ("Mismatch repair proteins: all retained (MLH1, PMS2, MSH2, MSH6)", FOUR_KEPT),
        ("MMR immunostains show intact nuclear staining (MLH1, MSH2, MSH6 and PMS2).", FOUR_KEPT),
        (
            "MMR panel - loss of nuclear expression: MLH1 and PMS2. Intact: MSH2, MSH6.",
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # A share of tumour cells under PD-L1 ('Tumour cell score', 'TC score') is its TPS.
    "tumour_cell_share_is_the_tps": [
        (
            "PD-L1 (SP263) IMMUNOHISTOCHEMISTRY\nTumour cell score: 30%",
            [("PD-L1", EXPR, P, {"percent": 30, "value": "TPS 30%"})],
        ),
        ("PD-L1 (SP263)\nTC score 45%", [("PD-L1", EXPR, P, {"percent": 45, "value": "TPS 45%"})]),
        (
            "PD-L1 IHC, block A2\nTumor cell score: 0%\nImmune cell score: 1%",
            [("PD-L1", EXPR, N, {"percent": 0})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "stain_word_then_the_names_verdict": [
        ("The tumour cells stain for mesothelin.", [("Mesothelin", EXPR, P, {})]),
        ("Cells stained for ER: positive (90%)", [("ER", EXPR, P, {"percent": 90})]),
        ("The carcinoma stained positively for PR; negative control clean.", [("PR", EXPR, P, {})]),
    ],
    "shared_verdict_keeps_each_genes_aspect": [
        ("ER and PR: negative", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
        (
            "HER2 and EGFR amplification: not detected",
            [("HER2", AMP, N, {}), ("EGFR", AMP, N, {})],
        ),
        ("KRAS and BRAF mutation: not detected", [("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})]),
    ],
    "panel_verdict_then_listed_proteins": [
        ("MMR proteins (MLH1, PMS2, MSH2, MSH6): all retained", FOUR_KEPT),
        (
            "Mismatch repair proteins: retained. KRAS: not detected",
            [("MMR", SIG, N, {}), ("KRAS", MUT, N, {})],
        ),
    ],
    "tumour_cell_share_is_the_tps": [
        ("PD-L1 SP142: TC 2 (>=5% and <50%)", [("PD-L1", EXPR, P, {"value": "TC 2"})]),
        ("Tumour cell content: 40%\nKRAS: not detected", [("KRAS", MUT, N, {})]),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
