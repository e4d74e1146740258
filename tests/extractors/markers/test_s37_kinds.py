"""Kinds of wording read by a general mechanism (thirty-seventh session), each in two wordings of
our own or more: a part of a list with its own verdict; a heading that names a test over lines
that name it again; a class and its bound inside a criterion, and a scale's header; an overall
HER2 class after an in situ verdict; what a control holds; names inside a study's code or a
scoring system's name; lists led by genes no rule names. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    SIG,
    E,
    N,
    P,
    kind_tests,
)

KINDS = {
    # sublist_with_its_own_verdict: after a comma, a part of a list that ends in a verdict of its
    # own takes that verdict, not the one that leads the list.
    "sublist_with_its_own_verdict": [
        (
            "Immunohistochemistry: loss of MSH2 and MSH6, MLH1 and PMS2 retained.\n",
            [
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "The carcinoma cells are negative for ER, PR and AR positive.\n",
            [("ER", EXPR, N, {}), ("PR", EXPR, P, {}), ("AR", EXPR, P, {})],
        ),
    ],
    # name_and_noun_heading: a line holding only a name and the noun of its test heads the lines
    # under it; where they name the marker again, that naming says what there is.
    "name_and_noun_heading": [
        (
            "MESOTHELIN EXPRESSION\nThe mesothelin stain has been ordered and will follow.\n",
            [],
        ),
        (
            "GD2 expression\nGD2 immunohistochemistry requested on block B3; to follow.\n",
            [],
        ),
        (
            "GD2 EXPRESSION\nModerate membranous staining in 60% of tumour cells.\n",
            [("GD2", EXPR, P, {"percent": 60})],
        ),
    ],
    # class_at_its_bound: inside a criterion, the class its bound defines is the criterion's word
    # ('(unstable >= 20%)', '(high: >= 50%)'), and so is a scale's column header.
    "class_at_its_bound": [
        ("MSI index 3.4% (unstable >= 25%)\n", []),
        (
            "Tumour mutational burden 5 mut/Mb (TMB-High >= 10 mut/Mb)\n",
            [("TMB", SIG, N, {"value": "5 mut/Mb"})],
        ),
        ("Microsatellite status: stable (MSI-H > 40% of markers)\n", [("MSI", SIG, N, {})]),
    ],
    # criteria_scores_each_with_its_class: a legend's scores or ranges, each with its class
    "criteria_scores_each_with_its_class": [
        ("Reading key for HER2: 0 and 1+ negative, 2+ equivocal, 3+ positive\n", []),
        ("Allred (ER and PR): 0-2 negative    3-8 positive\n", []),
    ],
    "score_scale_header": [
        (
            "HER2 (4B5)       0      1+     2+     3+\n"
            "Cells (%)        10     20     30     40\n"
            "Final HER2 score: 3+ (positive)\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "GD2 intensity:\nNegative (0)   Weak (1+)   Moderate (2+)   Strong (3+)\n"
            "15%   25%   40%   20%\n",
            [],
        ),
    ],
    # overall_her2_class_after_ish: after an in situ verdict, 'HER2 negative overall' and 'so
    # the tumour is HER2 negative' give the class of both tests, no stain's result.
    "overall_her2_class_after_ish": [
        (
            "HER2: IHC 2+ (equivocal); SISH not amplified (ratio 1.3). HER2 negative overall.\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"}), ("HER2", AMP, N, {"ratio": 1.3})],
        ),
        (
            "HER2 FISH: ratio 1.6, not amplified, hence the tumour is HER2 negative.\n",
            [("HER2", AMP, N, {"ratio": 1.6})],
        ),
        (
            "HER2 CISH not amplified (HER2/CEP17 1.2). HER2 is thus reported as negative.\n",
            [("HER2", AMP, N, {"ratio": 1.2})],
        ),
    ],
    # what_a_control_holds: the bracket after a control lists the control's tissues and their
    # known results; a control named by its marker is a control.
    "what_a_control_holds": [
        (
            "Run controls (appendix; a HER2 3+ gastric carcinoma; an ER-negative cell line) "
            "stained appropriately.\nHER2 (4B5): score 1+, negative.\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "Control slide (tonsil, ALK-rearranged cell line and HER2 0 cell line): as expected.\n",
            [],
        ),
        ("ROS1 positive control: expected granular staining.\n", []),
    ],
    # verdict_of_the_gene_before_it: a verdict word right after a gene no rule names is that
    # gene's ('ATRX loss'), never a second aspect of a name before it.
    "verdict_of_the_gene_before_it": [
        (
            "Diagnosis: IDH1-mutant astrocytoma, WHO grade 3, with ATRX loss.\n",
            [("IDH1", MUT, P, {})],
        ),
        (
            "Impression: BRAF V600E-mutated carcinoma with PTEN loss on immunohistochemistry.\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
    # denied_list_led_by_other_genes: a negator, a class of variant and genes no rule names
    # before the name, all in one denied list.
    "denied_list_led_by_other_genes": [
        (
            "No pathogenic POLE, KRAS or CTNNB1 variants were found.\n",
            [("KRAS", MUT, N, {})],
        ),
        (
            "no reportable ARID1A, PIK3CA or PTEN alterations\n",
            [("PIK3CA", MUT, N, {})],
        ),
    ],
    # name_that_qualifies_a_scoring_system: a second name inside the first one's key names the
    # scoring system's kind of tumour; the result is the first name's.
    "name_that_qualifies_a_scoring_system": [
        (
            "HER2 IHC (4B5), p53-abnormal endometrial scoring: score 2+ (equivocal)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "PD-L1 (SP263), MMR-deficient gastric criteria: CPS 12, positive\n",
            [("PD-L1", EXPR, P, {"value": "CPS 12"})],
        ),
    ],
    # name_inside_a_programme_code: a study's code of three parts or more, one a number, is no
    # mention of the marker it names.
    "name_inside_a_programme_code": [
        (
            "Screening for XRT-HER2-CAR-104 (cohort 2): HER2 IHC 3+, positive.\n",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        ("Referred for the PLX-GD2-07 programme; staining to follow.\n", []),
    ],
    # verdict_as_an_attribute_of_a_later_name: after an article, a verdict opens the phrase of
    # the name that follows it.
    "verdict_as_an_attribute_of_a_later_name": [
        (
            "Loss of MLH1/PMS2 together with a positive VE1 (BRAF V600E) stain.\n",
            [("MLH1", EXPR, N, {}), ("PMS2", EXPR, N, {})],
        ),
        (
            "Loss of MSH2 and MSH6 together with a positive BRAF VE1 stain.\n",
            [("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})],
        ),
    ],
    # a count of antibodies in a method cell is the method's, no exclusion of the row.
    "count_of_antibodies_in_a_method_cell": [
        (
            "Mismatch repair    IHC, 4 antibodies    Proficient\n",
            [("MMR", SIG, N, {})],
        ),
        (
            "MMR panel    four antibodies    deficient: MSH2 and MSH6 lost\n",
            [("MMR", SIG, P, {}), ("MSH2", EXPR, N, {}), ("MSH6", EXPR, N, {})],
        ),
    ],
    "genes_with_no_class_of_variant": [
        (
            "GENES ANALYSED WITH NO CLASS 4-5 VARIANT\nBRCA2, KRAS, PALB2, BRAF\n",
            [("BRCA2", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "Genes sequenced with no tier I/II variants:\nNRAS, APC, PIK3CA\n",
            [("NRAS", MUT, N, {}), ("PIK3CA", MUT, N, {})],
        ),
    ],
    # codon_line_is_a_row: a line in capitals that lists codons is a row of the section it
    # stands in, no heading that ends it.
    "codon_line_is_a_row": [
        (
            "LIMITATIONS\nThe assay covers the hotspots below only.\n"
            "BRAF V600, K601   KRAS G12, G13\nEGFR T790M, L858R and exon 19 deletions.\n",
            [],
        ),
        (
            "METHODS\nThe panel covers these hotspots.\nNRAS G12, G13, Q61   HRAS G12, G13\n"
            "KRAS G12C and G12D are reported with their allele fraction.\n",
            [],
        ),
    ],
    # h_score_with_a_note: a bracketed note between the H-score's name and its value
    "h_score_with_a_note": [
        (
            "EGFR IHC (clone 5B7): positive, H-score (image analysis) 212\n",
            [("EGFR", EXPR, P, {"value": "H-score 212"})],
        ),
        (
            "Mesothelin: POSITIVE; H-score (visual) 140\n",
            [("Mesothelin", EXPR, P, {"value": "H-score 140"})],
        ),
    ],
    # controls_heading_in_small_letters: 'Controls' alone on its line heads a short section
    "controls_heading_in_small_letters": [
        (
            "Controls\nTissue   Expected   Observed\nTonsil   GD2 negative   As expected\n\n"
            "GD2: positive, 2+ in 60% of tumour cells\n",
            [("GD2", EXPR, P, {"percent": 60})],
        ),
        ("Run controls\nHER2 cell lines 0 / 1+ / 3+: as expected\n", []),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
