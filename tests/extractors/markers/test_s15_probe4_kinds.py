"""Kinds of wording from the fourth blind probe's tune half (session 15), each in two or more
wordings of our own: results it missed and results it added.

FIXED holds, for each kind, texts and exactly what they state (often nothing); KEPT holds, for
each kind, nearby results that the kind's rule must leave standing. No sentence is quoted from
a report.
"""

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    E,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A checklist's options one a line, the chosen one led by a letter 'x' and the others by a
    # letter 'o' (a typed form's filled and empty circles): the 'o' lines are options left
    # empty, as '[ ]' lines are, and no longer hide the chosen option.
    "letter_marked_option_list": [
        (
            "Oestrogen receptor status\n"
            " x  Positive (more than 10% of nuclei stain)\n"
            " o  Low positive (1 to 10% of nuclei stain)\n"
            " o  Negative (under 1% of nuclei stain)\n"
            "Share of stained nuclei: 70%\n",
            [("ER", EXPR, P, {"percent": 70})],
        ),
        (
            "Progesterone receptor status\n o  Positive\n o  Low positive\n x  Negative\n",
            [("PR", EXPR, N, {})],
        ),
    ],
    # A list of markers with genes no rule names among them ('NRG1', 'STK11', 'APC') is still
    # one list: the verdict after it, or the denial before it, speaks for every marker in it.
    "other_genes_inside_a_list": [
        (
            "Rearrangements of ALK, FGFR2, ROS1 and RET were not detected.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "KRAS, STK11, NRAS, APC and BRAF: wild type",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        ("No NTRK1, NRG1, or ALK fusion was found.", [("NTRK", FUS, N, {}), ("ALK", FUS, N, {})]),
    ],
    # A result label leading the name's line ('RESULT:', 'Interpretation:') with the name and
    # its verdict alone on it: criteria on the lines below explain the result (the ISH group's
    # bounds, the cut-off) and no longer hide it.
    "criteria_below_a_labelled_result_line": [
        (
            "RESULT: HER2 NOT AMPLIFIED\n"
            "  Group 5 of the 2018 update (ratio <2.0, under 4 copies per cell).\n",
            [("HER2", AMP, N, {})],
        ),
        (
            "Interpretation: ALK rearranged (positive)\n"
            "  a threshold of 15% of nuclei with split signals applies\n",
            [("ALK", FUS, P, {})],
        ),
    ],
    # A result row set off by a leader of dots ('Result ........ AMPLIFIED') under a block
    # that names the marker is the block's result, as 'Result:' is.
    "dotted_result_row_under_the_named_block": [
        (
            "EGFR MUTATION ANALYSIS (exons 18-21, PCR)\n"
            "  Tumour content ........ 40%\n"
            "  Result ................ NOT DETECTED\n",
            [("EGFR", MUT, N, {})],
        ),
        (
            "MET FISH\n  MET/CEP7 ratio ......... 1.2\n  Interpretation ......... not amplified\n",
            [("MET", AMP, N, {"ratio": 1.2})],
        ),
    ],
    # 'AR' (a word's letters too) names the androgen receptor as a stain's object ('negative
    # for AR') or before the stain's own words ('AR expression', 'AR immunostain').
    "ar_as_the_stains_object": [
        (
            "The glandular part stains diffusely; the sarcomatoid part is negative for AR.",
            [("AR", EXPR, N, {})],
        ),
        ("Weak nuclear AR expression in about 20% of the tumour cells.", [("AR", EXPR, P, {})]),
    ],
    # A negator before a status marker's name that denies a kind of finding the marker has
    # not ('without an MMR gene variant', 'no MMR gene mutation') denies a change in the repair
    # genes, not the MMR status: it read 'MMR proficient'.
    "denied_gene_change_of_a_status_marker": [
        ("The tumour is MSS, without an MMR gene mutation.", [("MSI", SIG, N, {})]),
        (
            "Loss of MSH6 without MMR gene variants on sequencing.",
            [("MSH6", EXPR, N, {})],
        ),
    ],
    # A variant's verdict, then a clause that names another marker's stain result ('... with
    # loss of MLH1', '..., with loss of MLH1 on immunostains'): the stain's words are that
    # marker's; they gave the variant a second, stained result.
    "stain_clause_of_the_next_marker": [
        (
            "There is no BRAF V600E mutation in this carcinoma with loss of MLH1.",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("MLH1", EXPR, N, {})],
        ),
        (
            "BRAF V600E not detected, with loss of PMS2 on immunostains.",
            [("BRAF", MUT, N, {"alteration": "V600E"}), ("PMS2", EXPR, N, {})],
        ),
    ],
    # A stain that is specific for a mutation ('mutation-specific immunostain', 'mutation
    # specific immunohistochemistry') states the protein's expression, not a sequencing result.
    "mutation_specific_stain": [
        (
            "BRAF V600E mutation-specific stain (VE1): negative in the tumour",
            [("BRAF", EXPR, N, {"alteration": "V600E"})],
        ),
        (
            "IDH1 R132H mutation specific immunohistochemistry: positive",
            [("IDH1", EXPR, P, {"alteration": "R132H"})],
        ),
    ],
    # A verb that records a finding ('documents', 'confirmed', 'reports') before an article
    # and a named alteration states it as found, as 'shows' and 'harbours' do.
    "record_verb_before_a_named_alteration": [
        (
            "The referring laboratory's report documents a KRAS p.G12V mutation in the primary.",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
        (
            "Repeat sequencing confirmed an activating EGFR exon 19 deletion.",
            [("EGFR", MUT, P, {})],
        ),
    ],
    # After an in situ result, 'the tumour is considered HER2 negative' (or 'classified as HER2
    # positive') gives the overall class both tests decide, not the stain's result: it read a
    # HER2 expression result that contradicted the stated 2+.
    "overall_class_after_an_ish_result": [
        (
            "HER2 FISH: ratio 1.6, not amplified. With an IHC score of 2+ the carcinoma is "
            "therefore considered HER2 negative.",
            [("HER2", AMP, N, {"ratio": 1.6})],
        ),
        (
            "HER2 SISH: amplified (ratio 3.1). Together with the equivocal stain, the tumour is "
            "classified as HER2 positive.",
            [("HER2", AMP, P, {"ratio": 3.1})],
        ),
    ],
    # A ratio bound in words ('a ratio below 2.0', 'ratio above 2.2') is a cut-off, not the
    # ratio measured; the measured one, or none, is the result's.
    "ratio_bound_in_words": [
        ("HER2 FISH negative (ratio below 2.0)\n", [("HER2", AMP, N, {"ratio": None})]),
        (
            "MET/CEP7 ratio: 1.3\nMET FISH not amplified; amplification needs a ratio above 2.2.\n",
            [("MET", AMP, N, {"ratio": 1.3})],
        ),
    ],
    # Text read back from a PDF loses its blank lines: a 'Key ........ value' row, or a
    # 'Key: value' line, followed by a sentence or by a capitals heading with a note in
    # brackets, ends at its line, so the next lines' criteria or background words are not its.
    "row_before_a_sentence_or_heading_without_a_blank_line": [
        (
            "HER2 ISH (block 2)\nHER2/CEP17 ratio ........ 2.6\nResult ........ AMPLIFIED\n"
            "Key used: ratio >= 2.0 = amplified; IHC 3+ in >10% of cells = positive.\n",
            [("HER2", AMP, P, {"ratio": 2.6})],
        ),
        (
            "Microsatellite status: MSS\n"
            "INHERITED VARIANTS (reported to consenting patients only, see the other\n"
            "report)\n",
            [("MSI", SIG, N, {})],
        ),
    ],
}

# kind -> [(text, what it states)]: results close to each kind that must stand.
KEPT: dict[str, list[tuple[str, Expected]]] = {
    "letter_marked_option_list": [
        # a blank form answers nothing
        (
            "Oestrogen receptor status\n"
            " o  Positive (more than 10% of nuclei stain)\n"
            " o  Negative (under 1% of nuclei stain)\n",
            [],
        ),
        ("PR status:  o Positive  o Negative\n", []),
        ("ER: positive, 90% of nuclei.\n", [("ER", EXPR, P, {"percent": 90})]),
    ],
    "other_genes_inside_a_list": [
        # a gene with its own verdict ends the list before it
        (
            "ALK fusion detected; STK11, KRAS and BRAF not mutated.",
            [("ALK", FUS, P, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        ("HER2, CEP17 ratio 1.4, not amplified", [("HER2", AMP, N, {"ratio": 1.4})]),
    ],
    "criteria_below_a_labelled_result_line": [
        # a legend under a heading, or a result label over a rule, states no result
        ("Interpretation guide\nHER2 amplified: ratio ≥ 2.0\n", []),
        ("Interpretation: HER2 amplified when the ratio is 2.0 or more\n", []),
    ],
    "dotted_result_row_under_the_named_block": [
        ("KRAS codon 12/13 testing\n  Result .......... pending\n", []),
        ("BRAF V600E (PCR)\n  Result ........ see comment\n", []),
    ],
    "ar_as_the_stains_object": [
        ("Return address: 12 Main Street, Little Rock, AR 72201\n", []),
        ("AR expression testing was requested by the oncologist.", []),
    ],
    "denied_gene_change_of_a_status_marker": [
        ("No MMR deficiency.", [("MMR", SIG, N, {})]),
        ("No KRAS mutation detected.", [("KRAS", MUT, N, {})]),
        ("No ALK rearrangement was seen.", [("ALK", FUS, N, {})]),
    ],
    "stain_clause_of_the_next_marker": [
        (
            "BRAF V600E / VE1 immunostain: positive",
            [("BRAF", EXPR, P, {"alteration": "V600E"})],
        ),
        (
            "HER2 2+ by IHC, not amplified by FISH",
            [("HER2", EXPR, E, {"ihc_score": "2+"}), ("HER2", AMP, N, {})],
        ),
    ],
    "mutation_specific_stain": [
        ("BRAF V600E mutation: positive (PCR)", [("BRAF", MUT, P, {"alteration": "V600E"})]),
        (
            "IDH1 R132H mutation detected by sequencing.",
            [("IDH1", MUT, P, {"alteration": "R132H"})],
        ),
    ],
    "record_verb_before_a_named_alteration": [
        ("The outside report documents no BRAF mutation.", [("BRAF", MUT, N, {})]),
        ("Laboratories reported the KRAS mutation status as wild type.", [("KRAS", MUT, N, {})]),
        ("Reported EGFR mutations occur in about 15% of such tumours.", []),
    ],
    "overall_class_after_an_ish_result": [
        (
            "HER2 immunostain 3+. The tumour is considered HER2 positive.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        (
            "The tumor is considered HER2 negative (IHC 1+).",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    "ratio_bound_in_words": [
        ("HER2 FISH: amplified, ratio 3.4 (above 2.0)\n", [("HER2", AMP, P, {"ratio": 3.4})]),
        ("HER2/CEP17 ratio of 1.2: not amplified.\n", [("HER2", AMP, N, {"ratio": 1.2})]),
    ],
    "row_before_a_sentence_or_heading_without_a_blank_line": [
        (
            "RESULT: POSITIVE FOR\nEGFR MUTATION (exon 19 deletion)\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "p53 ........ scattered weak nuclei; no\noverexpression\n",
            [("TP53", EXPR, N, {})],
        ),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
