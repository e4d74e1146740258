"""Kinds of wording and layout of round s18, from the tune half of the ninth probe.

Every sentence and table here is our own, written for invented laboratories and hospitals in
the shapes such reports use; none is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    SIG,
    Expected,
    N,
    P,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A heading in capitals that names a scoring guide, key or legend (SCORING GUIDE,
    # INTERPRETIVE KEY, REPORTING LEGEND, with a bracketed note that it is for reference) over
    # lines that define each class by its bounds: the section defines, it states no result
    # (the rule 'scoring-guide-heading'). A result above the heading stands.
    "definitions_under_a_scoring_guide_heading": [
        (
            "SCORING KEY (reference only)\n"
            "ALK negative ....... no cytoplasmic staining\n"
            "ALK positive ....... any strong granular staining\n",
            [],
        ),
        (
            "RESULT\nMSI: stable (0 of 5 markers)\n\n"
            "REPORTING GUIDE\nMSI-H, two or more markers unstable\n",
            [("MSI", "signature", N, {})],
        ),
        (
            "INTERPRETIVE KEY\n"
            "  Low PD-L1 expression - TPS 1-49%\n"
            "  No PD-L1 expression - TPS below 1%\n",
            [],
        ),
    ],
    # A verdict's label whose words go on with a measure and its bound before any name
    # ('Negative: ratio < 2.0 ... HER2'): a legend's class defined by the bound, not a list of
    # results under the verdict (units' verdict_defined_by_a_bound). A list whose names come
    # first, with a bound after one of them, is still a list.
    "verdict_defined_by_a_bound": [
        (
            "Positive: TPS of 1% or more of tumour cells with PD-L1 membrane staining\n"
            "Negative: fewer than 1% of cells\n",
            [],
        ),
        ("Not amplified: ratio < 2.0 and fewer than 4 HER2 signals per nucleus", []),
        (
            "HER2 FISH: amplified (ratio 3.1).\nEquivocal: ratio below 2.0 with HER2 copies >= 4\n",
            [("HER2", AMP, P, {"ratio": 3.1})],
        ),
        ("Negative: ER (<1%), PR, WT1", [("ER", EXPR, N, {}), ("PR", EXPR, N, {})]),
    ],
    # A form's tick boxes drawn as underlines: '___' left empty, '_X_' ticked, before each
    # option (underline_boxes reads them as '[ ]' and '[X]'): only the ticked option speaks.
    "underline_tick_boxes": [
        (
            "MLH1  _X_ Intact  ___ Lost\nPMS2  ___ Intact  _X_ Lost\n",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "HER2 (4B5) result:\n_x_ Score 0   ___ Score 1+   ___ Score 2+   ___ Score 3+\n",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        ("PR: ___ Positive   _X_ Negative", [("PR", EXPR, N, {})]),
    ],
    # A verdict said of one name ('Negative for ALK protein') does not reach a name that
    # starts a later line and opens a block of its own (statements' verdict_of_a_name_above);
    # a list the verdict governs over a line's end is still its list.
    "verdict_of_a_name_above": [
        (
            "ALK (D5F3)\nResult:\n[X] Negative for ALK protein\n[ ] Positive for ALK protein\n"
            "ROS1 by FISH\nResult:\n[ ] Rearranged\n[ ] Not rearranged\n"
            "[X] Not done, too little tumour",
            [("ALK", EXPR, N, {})],
        ),
        (
            "Negative for ALK immunoreactivity\nROS1 break-apart FISH: sent out",
            [("ALK", EXPR, N, {})],
        ),
        (
            "Tumour cells are negative for ER,\nPR and HER2 (score 0).",
            [("ER", EXPR, N, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
    # A test's heading (its method in brackets), a result label alone on the next line and
    # the answer under it: the answer is the heading's (answer_under_a_result_label).
    "answer_under_a_result_label": [
        ("KRAS\nResult:\nNot detected\n", [("KRAS", MUT, N, {})]),
        (
            "EGFR mutation analysis (PCR, exons 18-21)\nResult:\n[ ] Not detected\n[X] Detected\n",
            [("EGFR", MUT, P, {})],
        ),
    ],
    # 'intact' or 'retained' said of the internal control ('with an intact internal control')
    # is the control's, not the verdict of the protein named before it (the cue
    # 'retained-or-intact' stops before 'control').
    "kept_internal_control_after_a_loss": [
        (
            "The tumour shows loss of MLH1 and PMS2 with an intact internal control.",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "Nuclear staining is lost for MSH2 and MSH6, retained internal control in stroma. "
            "MLH1 is intact.",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
    # A name inside a sentence that ends its line ('... consistent with TP53 mutation.') heads
    # no line below it: the next bullet's verdict is another stain's (sentence_ends_line).
    "sentence_ends_line": [
        (
            "p53 immunostain: tumour nuclei wholly unstained (null type), consistent with a TP53"
            " mutation.\n"
            "- p16: diffuse, strong, block-type staining.\n",
            [("TP53", EXPR, N, {})],
        ),
        ("ER was studied on block 2.\nCK7: diffuse positivity.", []),
    ],
    # A description of positive nuclei concluded by 'not overexpressed' or 'no overexpression':
    # the conclusion is the verdict (description_then_denied_overexpression).
    "description_then_denied_overexpression": [
        ("p53 stain: rare positive nuclei, no overexpression.", [("TP53", EXPR, N, {})]),
        (
            "p53: few weakly positive nuclei, not overexpressed (wild-type pattern).",
            [("TP53", EXPR, N, {})],
        ),
        ("p53: strong diffuse positive nuclei, overexpressed.", [("TP53", EXPR, P, {})]),
    ],
    # A checklist's options one under another, each led by the letter OCR read its box as
    # ('a Negative' over 'x Positive'), one only ticked by an 'x': the other letters are empty
    # boxes, their options not chosen (context's letter_boxes_one_option_a_line).
    "letter_boxes_one_option_a_line": [
        (
            "PROGESTERONE RECEPTOR\n  a Negative (fewer than 1% of nuclei)\n  x Positive\n"
            "  Percentage of nuclei stained: 30%\n",
            [("PR", EXPR, P, {"percent": 30})],
        ),
        (
            "ER status\n  a Negative\n  x Positive\n  Proportion of nuclei stained: 90%\n",
            [("ER", EXPR, P, {"percent": 90})],
        ),
    ],
    # The aberrant pattern denied before p53's name ('no evidence of aberrant p53 expression'):
    # the stain is wild-type, TP53 expression negative; a mismatch repair protein's 'no
    # abnormal staining' keeps the protein and is left to its own words (statements'
    # negator with 'aberrant').
    "aberrant_pattern_denied": [
        ("Summary: no evidence of\naberrant p53 expression.", [("TP53", EXPR, N, {})]),
        ("p53 immunostain: no abnormal p53 expression in the tumour.", [("TP53", EXPR, N, {})]),
        ("No aberrant PMS2 staining.", []),
    ],
    # A proliferation index given as a bound ('index less than 5%', 'labelling index of more
    # than 30%'): the bound is the index's value, no criterion (the rule 'criteria-thresholds'
    # leaves a bound after 'index' alone).
    "proliferation_index_as_a_bound": [
        (
            "Ki-67 (MIB-1)      proliferation index less than 2%",
            [("Ki-67", EXPR, "reported", {"value": "<2%"})],
        ),
        (
            "MIB-1 labelling index of more than 30% in hot spots.",
            [("Ki-67", EXPR, "reported", {"value": ">30%"})],
        ),
    ],
    # 'is one of the factors', 'is among the markers': a sentence about the marker's place
    # in a decision, no result (the rule 'background-one-of-the-factors').
    "one_of_the_factors": [
        ("HER2 positivity is among the predictive markers reviewed by the tumour board.", []),
        ("ER status is only one of several factors in choosing endocrine therapy.", []),
    ],
}


test_every_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
