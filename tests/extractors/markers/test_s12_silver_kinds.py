"""Kinds of wording met in TCGA pathology reports (the silver tune half) that gave no result.

Each kind is a shape of words, named for that shape; every sentence here is our own, none
quoted from a report. The counter-examples are the same shapes where no result is stated.
"""

from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    E,
    Expected,
    N,
    P,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # 'Both are positive': one verdict, a sentence after the two markers it speaks for.
    "both_after_two_named_markers": [
        (
            "Oestrogen and progesterone receptor stains were performed on block A3. Both are"
            " negative.",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
        (
            "Immunostains for ER and PR were reviewed on the excision; they are both positive.",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {})],
        ),
        (
            "Nuclear staining was assessed for estrogen receptor (70%) and progesterone receptor"
            " (5%). Therefore both were interpreted as. positive.",
            [("ER", EXPR, P, {"percent": 70}), ("PR", EXPR, P, {"percent": 5})],
        ),
        (
            "Receptor studies on slide C2 cover estrogen and progesterone receptors. No nuclear"
            " staining is seen in either. Hence, both receptors are considered negative.",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
    ],
    # A dot that a line's end left after a comma or after 'and', 'of', 'with', 'the' ends no
    # sentence: the list or phrase it broke stays one.
    "stray_line_end_dot_inside_a_sentence": [
        (
            "Sequencing of the resection found NRAS,. KRAS and BRAF all wild type.",
            [("NRAS", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "The carcinoma is negative for oestrogen and. Progesterone receptors.",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {})],
        ),
        (
            "The tumour shows loss of nuclear expression of. MLH1 and PMS2.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "The tumour lacks HER2,. PR and ER expression.",
            [("HER2", EXPR, N, {}), ("PR", EXPR, N, {}), ("ER", EXPR, N, {})],
        ),
    ],
    # 'a score of 2+' as the value of a key or the object of 'shows': a result, where the
    # same words in a legend ('a score of 2+ is equivocal') state none.
    "score_of_a_level_as_the_result": [
        (
            "HER2 immunostain: score of 2+, equivocal.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "By immunohistochemistry, HER2 shows a score of 1+ in the invasive carcinoma.",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # 'abnormal' before mismatch repair proteins is their loss; the words 'protein expression'
    # after the list were read as kept.
    "abnormal_mismatch_repair_protein_expression": [
        (
            "Immunostains reveal abnormal MSH2 and MSH6 protein expression in the carcinoma.",
            [("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})],
        ),
        (
            "The tumour has an abnormal staining pattern for PMS2.",
            [("PMS2", EXPR, N, {})],
        ),
    ],
    # 'no abnormal' mismatch repair protein expression is their retention.
    "no_abnormal_mismatch_repair_protein_expression": [
        (
            "No abnormal MLH1 or PMS2 protein expression is identified.",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        (
            "There is no abnormal staining for MSH2 or MSH6 in the tumour.",
            [("MSH2", EXPR, P, {}), ("MSH6", EXPR, P, {})],
        ),
    ],
    # 'Gene: no mutation in exons 18-21 was identified': the closing 'identified' was read as
    # a variant found, the gene mutated.
    "no_mutation_in_the_exons_tested_as_a_keys_value": [
        (
            "EGFR: no mutation in exons 18 to 21 was found.",
            [("EGFR", MUT, N, {})],
        ),
        (
            "KRAS analysis - no mutations at codons 12 or 13 were detected.",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # ... but a sentence of its own after a variant found leaves that variant the result.
    "no_mutation_in_another_exon_after_a_variant_found": [
        (
            "EGFR L858R is present. No mutation in exon 19 was detected.",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "KRAS G12D was found. No mutations at codon 61 were seen.",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
    ],
}

# The same shapes where no marker's result is stated.
NOT_RESULTS: dict[str, list[tuple[str, Expected]]] = {
    "both_of_something_else_or_of_more_than_two": [
        ("Two sentinel lymph nodes were examined. Both are negative for metastatic carcinoma.", []),
        ("ER, PR and HER2 were stained on block B2. Both are positive.", []),
        ("Sections show CK7 and CK20 staining. Both are negative.", []),
    ],
    "score_of_a_level_in_a_legend": [
        ("HER2 legend: score of 0 or 1+ is negative, 3+ positive.", []),
        ("HER2 scoring: a score of 2+ is equivocal and needs FISH.", []),
    ],
    "abnormal_beside_a_name_it_does_not_grade": [
        ("Abnormal mitoses are seen; MLH1 staining is pending.", []),
        ("Testing for abnormal MLH1 promoter methylation has been ordered.", []),
    ],
    # A HER2 report's boilerplate: the scoring legend under its heading, a generic 'a 2+
    # result that ...', the laboratory's validation study, a policy for all results, and the
    # name of a breast cancer subtype in a trial or a reference.
    "scoring_legend_under_its_heading": [
        ("HER2 review. Scoring criteria: Negative (1+) / faint partial staining.", []),
        ("HER2 assessment. Scoring criterion: Positive (3+) / strong complete staining.", []),
    ],
    "generic_result_that": [
        ("A HER2 2+ result that is read as equivocal may not mean amplification.", []),
        ("Any ER result which is read as negative is repeated on the excision.", []),
    ],
    "validation_study": [
        ("Forty samples were tested for HER2 and read as negative, equivocal or positive.", []),
        ("IHC and FISH for HER2 showed full concordance on the validation cases.", []),
    ],
    "policy_for_all_results": [
        ("FISH is ordered for all HER2 IHC 2+ results.", []),
        ("PR is stained on all invasive breast carcinomas here.", []),
    ],
    "breast_cancer_subtype_named": [
        ("Trastuzumab prolongs survival in metastatic HER2-positive breast cancer.", []),
        ("Adjuvant therapy for operable HER2 positive. breast cancer. N Engl J Med.", []),
    ],
    "controls_with_their_kind_between": [
        ("ER and PR were run with positive and negative internal/external controls.", []),
        ("HER2 staining used positive and negative internal and. external controls.", []),
    ],
    "a_verdict_tumour_defined": [
        ("A positive ER or PR tumour shows nuclear staining in 1% of cells or more.", []),
        ("A negative HER2 carcinoma has a score of 0 or 1+.", []),
    ],
    "both_in_a_criterion": [
        ("ER and PR are scored by Allred. Both are positive when 1% of nuclei stain.", []),
        ("Hormone receptor stains (ER, PR): both are positive if any nuclei stain.", []),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, NOT_RESULTS)
