"""Kinds of wording of round s19, from the tune half of the eleventh probe.

Every sentence and table here is our own, written for invented laboratories and hospitals in
the shapes such reports use; none is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A list of changes, then 'were (specifically) assessed / tested / covered' and nothing
    # after: what the assay looked for, not what it found (the rule
    # 'variants-named-as-what-was-tested'). A verdict in the sentence keeps its result.
    "variants_named_as_what_was_tested": [
        (
            "EGFR: no mutation found.\nExon 20 insertions, G719X, S768I and T790M were all tested.",
            [("EGFR", MUT, N, {})],
        ),
        ("NRAS Q61K and Q61R are also covered by the kit.", []),
        (
            "BRAF V600E and V600K were assessed and V600E was found.",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    # A test said to be not needed, not indicated or unnecessary: no result of the names in
    # its subject, also where the subject wraps onto the next line; a result in the reason
    # after it stands (the rule 'a-test-not-needed').
    "a_test_not_needed": [
        ("Reflex ALK and ROS1\ntesting is not needed for a squamous carcinoma.", []),
        ("Further KRAS sequencing was thus unnecessary.", []),
        (
            "PMS2 is intact. MLH1 promoter studies are not warranted since MLH1 is retained.",
            [("PMS2", EXPR, P, {}), ("MLH1", EXPR, P, {})],
        ),
    ],
    # A legend that sets classes of the signature each equal to a count of loci ('MSI-L =
    # 1/5, MSS = 0/5'): definitions, not a result (the rule
    # 'criteria-classes-each-equal-to-a-count').
    "classes_each_equal_to_a_count": [
        (
            "MSI status: MSI-H (4 of 5 loci).\nLegend: MSI-L = 1 of 5; MSS = 0 of 5 loci.",
            [("MSI", SIG, P, {})],
        ),
        ("Reading: MSI-low: 1/5 markers, MSI-stable: 0/5 markers.", []),
    ],
    # An earlier result quoted after words of history on their line ('Previously issued
    # (superseded): "..."'): the quotation is that earlier result; the amended one stands
    # (quoted_earlier_result in context.py, with the historical rule 'superseded').
    "quoted_earlier_result": [
        (
            "MMR IHC (amended): MLH1, PMS2, MSH2 and MSH6 intact; MMR proficient.\n"
            'Previously issued (now superseded): "PMS2 lost; MMR deficient."\n',
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            "Revised result: HER2 IHC score 3+.\n"
            'The original report read: "HER2 IHC 1+, negative."\n',
            [("HER2", EXPR, P, {})],
        ),
    ],
    # A stain's verdict before a list ('loss of MLH1 ... together with') does not reach a
    # name that states its own kind after it ('a BRAF V600E mutation'): that name is a
    # mutation, not a stain (stain_verdict_before_a_named_mutation in statements.py).
    "stain_verdict_before_a_named_mutation": [
        (
            "Loss of PMS2 along with a BRAF mutation argues for a sporadic tumour.",
            [("PMS2", EXPR, N, {})],
        ),
        (
            "Loss of MLH1 expression with a BRAF gene mutation in this tumour.",
            [("MLH1", EXPR, N, {}), ("BRAF", MUT, P, {})],
        ),
    ],
    # Words of where a stain sits in the cell (membranous, cytoplasmic) on the name's line
    # make it a stain, for a gene that is also sequenced (the aspect rule
    # 'staining-compartment-words').
    "staining_compartment_words": [
        (
            "EGFR (clone 3C6) ...... moderately positive, membranous, 60% of cells",
            [("EGFR", EXPR, P, {"percent": 60})],
        ),
        ("ALK ...... negative, no cytoplasmic reaction", [("ALK", EXPR, N, {})]),
    ],
    # A drug approved together with another drug for a class of tumours: the class is no
    # result (the rule 'drug-approved-for-a-class', with its partner drug).
    "drug_approved_with_a_partner": [
        ("Palbociclib is approved with letrozole for HR-positive, HER2-negative disease.", []),
        ("Binimetinib, licensed with encorafenib in BRAF-mutant melanoma.", []),
    ],
    # 'retained staining in the internal control' is the control's, not the protein's that the
    # sentence names as lost (the rule 'retained-or-intact', its control words).
    "retained_staining_in_an_internal_control": [
        (
            "There is loss of PMS2 nuclear staining with retained expression in the\n"
            "internal controls.",
            [("PMS2", EXPR, N, {})],
        ),
        (
            "Tumour nuclei have lost MSH6, with preserved staining of internal control cells.",
            [("MSH6", EXPR, N, {})],
        ),
    ],
    # A heading 'INTERPRETATION GUIDE' (also with a bracketed note of the assay) over a
    # table of classes: definitions only (the section rule 'scoring-guide-heading').
    "interpretation_guide_heading": [
        (
            "PD-L1 (SP263): TPS 30%, positive.\n\n"
            "INTERPRETATION GUIDE (SP263, lung):\n  TPS < 1%   PD-L1 negative\n"
            "  TPS >= 1%  PD-L1 positive\n",
            [("PD-L1", EXPR, P, {"percent": 30})],
        ),
        ("INTERPRETATION KEY:\n  ALK negative - no staining\n  ALK positive - any staining\n", []),
    ],
    # 'within normal limits' or 'in the normal range' after a measure (copy number, ratio)
    # is that measure's, not a normal stain (the rule 'normal-expression').
    "normal_limits_of_a_measure": [
        ("MET copy number within normal limits.", []),
        ("ERBB2 copy number is in the normal range for this assay.", []),
    ],
    # The antibody named in the bracket after the marker, before the colon of its result
    # ('HER2 (rabbit polyclonal antibody): no staining') labels the result, not a method
    # (the rule 'methods-antibody-clone').
    "antibody_in_the_names_bracket": [
        ("c-erbB-2 (polyclonal antibody): negative", [("HER2", EXPR, N, {})]),
        (
            "Progesterone receptor (monoclonal antibody) - positive in 30% of nuclei",
            [("PR", EXPR, P, {"percent": 30})],
        ),
    ],
    # 'staining in less than 5% of cells' is the stain's share, not a criterion (the rule
    # 'criteria-thresholds', with the stain words before it).
    "staining_in_less_than_a_share": [
        (
            "p53: weak staining in less than 10% of nuclei, wild-type pattern.",
            [("TP53", EXPR, N, {"value": "<10%"})],
        ),
        (
            "MSH6 protein: nuclear staining in fewer than 5% of tumour cells; lost.",
            [("MSH6", EXPR, N, {"value": "<5%"})],
        ),
    ],
    # A sentence may open with a protein's lower-case name ('... negative. p53 protein: ...'):
    # the verdict before the dot closes the sentence before it (context's _PERIOD_BREAK).
    "sentence_opened_by_a_lower_case_name": [
        (
            "HER2 score 0, read as negative. p53: wild-type pattern.",
            [("HER2", EXPR, N, {"ihc_score": "0"}), ("TP53", EXPR, N, {})],
        ),
        (
            "ER: positive, 80%. c-erbB-2: 3+.",
            [("ER", EXPR, P, {"percent": 80}), ("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # A block named number first ('block 2C') is a specimen, as 'block C2' is: two tumours'
    # results, each in its block, are two results (statements' _SPECIMEN).
    "block_named_number_first": [
        (
            "Nodule 1 (block 1A): KRAS p.G12D detected.\n"
            "Nodule 2 (block 3C): KRAS no mutation detected.\n",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("KRAS", MUT, N, {})],
        ),
        (
            "Block 2B - EGFR: exon 19 deletion detected.\nBlock 4D - EGFR: wild type.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"}), ("EGFR", MUT, N, {})],
        ),
    ],
    # A line that is one bracket of criteria ('(criterion: ratio >= 2.0)') under a 'Key:
    # verdict' line is a statement of its own: its bounds leave the verdict above it standing
    # (context's _FIELD_LINE_END).
    "criteria_bracket_on_the_line_under_a_verdict": [
        (
            "HER2 SISH\nHER2/CEP17 ratio: 2.6\nResult: AMPLIFIED\n(criterion: ratio >= 2.0)\n",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        (
            "MET FISH, MET/CEP7 ratio: 1.1\nInterpretation: NOT AMPLIFIED\n"
            "   (reference: amplified when ratio > 2.0)\n",
            [("MET", AMP, N, {"ratio": 1.1})],
        ),
    ],
    # The tumour's staining told in a sentence of its own that ends in its score ('The
    # carcinoma shows ... staining ..., scored 2+'), after the sentence that names the stain:
    # the score is that stain's (statements' _SUBJECTLESS).
    "tumour_staining_scored_after_the_stain_named": [
        (
            "HER2 (4B5) was applied to block B2.\n"
            "The invasive tumour shows faint incomplete membrane staining and is scored 1+.",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "A HER2 immunostain was done on the biopsy. The carcinoma has intense, complete "
            "membrane staining of most cells, scored 3+.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # 'score of 3+' after the stain's name ('HER2 IHC score of 3+') is a result, not a
    # legend's class (the rule 'criteria-scoring-legend').
    "score_of_n_after_the_stains_name": [
        ("The outside HER2 IHC score of 2+ is noted.", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
        ("Core biopsy: HER-2/neu score of 3+.", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
