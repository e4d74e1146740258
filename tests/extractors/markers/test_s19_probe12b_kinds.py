"""Kinds of misreading in laboratories' own genomic PDFs (session 19, probe 12's tune half,
second round), each a layout or wording that cost precision or recall on reports never met.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby results that the kind's rule must leave standing. No sentence is quoted from a
report.
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

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A row that names its gene's change is a row of its own: the verdict on the next row is
    # the next gene's, never a list's shared verdict (change_row_stands_alone).
    "change_row_stands_alone": [
        ("EGFR 21 p.L858R\nBRAF 15 Not detected", [("BRAF", MUT, N, {})]),
        ("BRAF  15  p.V600E\nKRAS  2, 3, 4  wild type", [("KRAS", MUT, N, {})]),
    ],
    # A cell after the name that numbers exons makes the row a sequencing panel's: its verdict
    # is of the gene's mutations, never a stain (exons_column_is_a_mutation_test).
    "exons_column_is_a_mutation_test": [
        ("HER2 19-21 none found", [("HER2", MUT, N, {})]),
        ("ERBB2  exon 20  not detected", [("HER2", MUT, N, {})]),
        ("HER2 18, 19, 20 wild type", [("HER2", MUT, N, {})]),
    ],
    # A stain table whose header has a clone column and heads its result column with where
    # the stain is read: each row's clone is its method cell (results_beside_a_clone_column).
    "results_beside_a_clone_column": [
        (
            "Protein Clone Tumour nuclei Internal control\nMLH1 ES05 retained present\n"
            "MSH6 EP49 lost present",
            [("MLH1", EXPR, P, {}), ("MSH6", EXPR, N, {})],
        ),
        (
            "Proteins | Clones | Nuclear expression\nPMS2 | A16-4 | intact\nMSH2 | FE11 | intact",
            [("PMS2", EXPR, P, {}), ("MSH2", EXPR, P, {})],
        ),
    ],
    # Common German result words, two wordings each: 'Wildtyp'/'wildtypisch', 'nicht
    # nachgewiesen'/'keine Mutation nachweisbar', 'keine Amplifikation'/'nicht amplifiziert',
    # 'positiv'/'negativ' (german-wild-type, german-not-detected, german-not-amplified,
    # german-positive, german-negative in context_rules.json).
    "german_result_words": [
        ("KRAS (Exon 2, 3, 4): Wildtyp", [("KRAS", MUT, N, {})]),
        ("BRAF-Status: wildtypisch", [("BRAF", MUT, N, {})]),
        ("NRAS Mutation: nicht nachgewiesen", [("NRAS", MUT, N, {})]),
        ("EGFR: keine Mutation nachweisbar", [("EGFR", MUT, N, {})]),
        ("ERBB2  -  keine Amplifikation  -", [("HER2", AMP, N, {})]),
        ("MET (FISH): nicht amplifiziert", [("MET", AMP, N, {})]),
        ("ALK-Fusion: negativ", [("ALK", FUS, N, {})]),
        ("ROS1-Fusion (FISH): positiv", [("ROS1", FUS, P, {})]),
    ],
    # A line led by a control's label reports the control's run, no result of the patient's
    # (a-control-line in context_rules.json).
    "a_control_line": [
        ("Positive control DNA: KRAS G12D detected (as expected)", []),
        ("Negativkontrolle EGFR L858R: nicht nachgewiesen (erwartet)", []),
    ],
    # A gene's verdict after a dash, under a heading that itself denies findings: the heading's
    # 'no' does not reach over the gene and its dash to the gene's own words
    # (verdict_after_a_dash_under_a_heading; no-mutation-detected's words skip no 'no' or dash).
    "verdict_after_a_dash_under_a_heading": [
        ("NO REPORTABLE ALTERATIONS\nTP53 - no alteration detected.", [("TP53", MUT, N, {})]),
        ("No Pathogenic Variants Found\nBRCA2 - no variant identified", [("BRCA2", MUT, N, {})]),
    ],
    # A class's name as a key whose value is a verdict is a result, not a legend line, though
    # the cut-off follows in brackets (verdict_after_a_class_key, in
    # criteria-legend-line-keyed-by-a-class).
    "verdict_after_a_class_key": [
        ("MET amplification: not amplified (MET/CEP7 ratio < 1.8)", [("MET", AMP, N, {})]),
        (
            "ALK rearrangement: NEGATIVE (split signals in < 15% of nuclei)",
            [("ALK", FUS, N, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "verdict_after_a_class_key": [
        ("HER2 amplified: HER2/CEP17 ratio of 2.0 or above", []),
        ("ALK not rearranged: split signals below 15% of nuclei", []),
    ],
    "verdict_after_a_dash_under_a_heading": [
        ("No mutations detected in KRAS.", [("KRAS", MUT, N, {})]),
        (
            "BRCA1: no pathogenic or likely pathogenic variant detected",
            [("BRCA1", MUT, N, {})],
        ),
    ],
    "german_result_words": [
        ("KRAS: wild type", [("KRAS", MUT, N, {})]),
        ("Positivkontrolle: mitgefuehrt\nBRAF V600E: negativ", [("BRAF", MUT, N, {})]),
    ],
    "a_control_line": [
        (
            "Positive control: BRAF V600E cell line, detected\nResult: BRAF not detected",
            [("BRAF", MUT, N, {})],
        ),
        ("KRAS G12D detected; controls performed as expected.", [("KRAS", MUT, P, {})]),
    ],
    "results_beside_a_clone_column": [
        (
            "Protein  Clone  Tumor nuclear staining\nMLH1  M1  present\nMSH6  44  absent",
            [("MLH1", EXPR, P, {}), ("MSH6", EXPR, N, {})],
        ),
        ("Antibody clones used: MLH1 ES05, PMS2 EP51.", []),
    ],
    "change_row_stands_alone": [
        ("ER and PR positive", [("ER", EXPR, P, {}), ("PR", EXPR, P, {})]),
        (
            "EGFR  21  p.(Leu858Arg)\nBRAF  15  Not detected",
            [("EGFR", MUT, P, {"alteration": "L858R"}), ("BRAF", MUT, N, {})],
        ),
    ],
    "exons_column_is_a_mutation_test": [
        ("HER2 0-1 negative", [("HER2", EXPR, N, {})]),
        ("HER2  2  negative", [("HER2", EXPR, N, {})]),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
