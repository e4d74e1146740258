"""Kinds of wording the eighteenth session found read with the wrong sign or the wrong aspect,
each in two or more wordings of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby results that
the kind's rule must leave standing. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A loss (or lack) before a stain's name with the stain's site between them ('loss of
    # nuclear PMS2 expression') is the protein's loss: negative, not the 'expression' after it.
    "stain_site_before_the_name": [
        ("Immunohistochemistry: loss of nuclear PMS2 expression.", [("PMS2", EXPR, N, {})]),
        ("The carcinoma shows loss of nuclear MLH1 expression.", [("MLH1", EXPR, N, {})]),
        ("Lack of nuclear MSH6 expression in the tumour.", [("MSH6", EXPR, N, {})]),
        ("Lack of MSH2 expression.", [("MSH2", EXPR, N, {})]),
    ],
    # The noun of a stain before the name ('expression of MSH6') states no result when a
    # verdict follows the name: 'Nuclear expression of MSH6 is lost' is a loss.
    "verdict_after_an_expression_noun": [
        ("Nuclear expression of MSH6 is lost in the tumour.", [("MSH6", EXPR, N, {})]),
        ("Expression of PMS2 is absent in tumour nuclei.", [("PMS2", EXPR, N, {})]),
        ("Expression of ER: negative.", [("ER", EXPR, N, {})]),
    ],
    # 'without (protein) overexpression' denies overexpression as 'no overexpression' does.
    "without_overexpression": [
        ("HER2: without protein overexpression.", [("HER2", EXPR, N, {})]),
        ("p53 without overexpression.", [("TP53", EXPR, N, {})]),
        ("The p53 immunostain is without overexpression.", [("TP53", EXPR, N, {})]),
        ("Tumour without overexpression of HER2 protein.", [("HER2", EXPR, N, {})]),
        ("HER2: no protein overexpression.", [("HER2", EXPR, N, {})]),
    ],
    # A TP53 mutation that a p53 stain's pattern is said to suggest is the stain's reading,
    # not a mutation found: only the stain's own result stands.
    "mutation_a_stain_suggests": [
        (
            "p53 immunostain: strong diffuse nuclear staining, consistent with a TP53 mutation.",
            [("TP53", EXPR, P, {})],
        ),
        (
            "p53 IHC shows overexpression, suggestive of an underlying TP53 mutation.",
            [("TP53", EXPR, P, {})],
        ),
        (
            "p53 stain: complete absence of nuclear staining, in keeping with TP53 mutation.",
            [("TP53", EXPR, N, {})],
        ),
    ],
    # 'complete loss of nuclear staining' after p53 is the stain's loss (expression negative),
    # not a whole gene deleted.
    "loss_of_a_stain_not_the_gene": [
        ("p53: complete loss of nuclear staining (null pattern).", [("TP53", EXPR, N, {})]),
        (
            "p53 immunostain - complete loss of expression in tumour cells (null phenotype)",
            [("TP53", EXPR, N, {})],
        ),
    ],
    # A clone named in a result block's heading, the heading ending in a colon and the result
    # on the lines under it: the result is read, the clone kept as a detail.
    "clone_in_a_result_heading": [
        (
            "PD-L1 IHC, clone 22C3, performed on block A2:\nTumour proportion score (TPS): 60%",
            [("PD-L1", EXPR, P, {"percent": 60, "clone": "22C3"})],
        ),
        (
            "HER2 immunostain, clone 4B5:\nScore 3+ (strong complete membranous staining)",
            [("HER2", EXPR, P, {})],
        ),
        (
            "ER immunohistochemistry, clone SP1, block B1:\nPositive, 90% of tumour nuclei.",
            [("ER", EXPR, P, {"percent": 90})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "stain_site_before_the_name": [
        ("There is no loss of nuclear PMS2 expression.", [("PMS2", EXPR, P, {})]),
        ("Retained nuclear MSH6 expression.", [("MSH6", EXPR, P, {})]),
        ("Loss of nuclear expression of MLH1.", [("MLH1", EXPR, N, {})]),
    ],
    "verdict_after_an_expression_noun": [
        ("Expression of MLH1 is retained.", [("MLH1", EXPR, P, {})]),
        (
            "Immunostains show expression of mesothelin in tumour cells.",
            [("Mesothelin", EXPR, P, {})],
        ),
    ],
    "without_overexpression": [
        ("p53: strong diffuse overexpression.", [("TP53", EXPR, P, {})]),
        ("HER2 3+, with protein overexpression.", [("HER2", EXPR, P, {})]),
    ],
    "mutation_a_stain_suggests": [
        ("NGS: TP53 mutation detected (R273H).", [("TP53", MUT, P, {"alteration": "R273H"})]),
        (
            "p53 stain: wild-type pattern. NGS: TP53 R248W mutation detected.",
            [("TP53", EXPR, N, {}), ("TP53", MUT, P, {"alteration": "R248W"})],
        ),
    ],
    "loss_of_a_stain_not_the_gene": [
        ("Copy number: TP53 complete loss", [("TP53", MUT, P, {"alteration": "deletion"})]),
        ("BRCA2 homozygous deletion detected.", [("BRCA2", MUT, P, {})]),
    ],
    "clone_in_a_result_heading": [
        ("Immunohistochemistry was performed using clone 22C3 on the Link 48 platform.", []),
        (
            "PD-L1 IHC was performed with clone 22C3, on the Link 48 platform:\n"
            "sections were cut at 4 microns.",
            [],
        ),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
