"""Kinds of wording read by a general mechanism (twenty-ninth session), each in two wordings
of our own or more: a denial kept to one locus, then a change found elsewhere in the gene after
a contrast word; an H-score with no verdict (0 negative, 50 or more positive, between them
undecided); a named score after a leader of dots; a class's condition in brackets after a
first key's value, then a second key on the line. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import EXPR, MUT, SIG, N, P, kind_tests

KINDS = {
    # a_locus_denied_then_a_change_found: 'no mutation in exon 19, but L858R detected' states
    # the gene's mutation; the clause after the contrast word turns the denial.
    "a_locus_denied_then_a_change_found": [
        (
            "EGFR: no mutation in exon 19, but L858R was detected in exon 21.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "BRAF: no mutation at codon 600; however K601E detected.\n",
            [("BRAF", MUT, P, {"alteration": "K601E"})],
        ),
        (
            "EGFR mutation analysis (exons 18-21): no mutation in exon 19 but L858R detected.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        # the found change is another gene's: the denial stands
        (
            "EGFR: no mutation in exon 19, but KRAS G12C was detected.\n",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
        # a change of uncertain significance after the contrast is no mutation
        (
            "EGFR: no mutation in exons 18-21; however, a variant of uncertain significance "
            "(E709K) was detected.\n",
            [("EGFR", MUT, N, {})],
        ),
        # a contrast that names no found change leaves the denial
        (
            "KRAS: no mutation at codon 12 or 13, but testing of codon 61 was not possible.\n",
            [("KRAS", MUT, N, {})],
        ),
    ],
    # h_score_over_every_cutoff: an H-score with no verdict decides where every cut-off in use
    # (1, 10 or 50) agrees: 0 is negative, 50 or more positive; between them nothing is said.
    "h_score_over_every_cutoff": [
        ("PR H-score: 150\n", [("PR", EXPR, P, {"h_score": 150})]),
        ("Oestrogen receptor: H-score 210 (SP1)\n", [("ER", EXPR, P, {"h_score": 210})]),
        ("ER (H-score): 0\n", [("ER", EXPR, N, {"h_score": 0})]),
        ("Progesterone receptor H score = 30\n", []),
    ],
    # score_after_a_dot_leader: a leader of dots stands between a short name's score and its
    # number as a colon does ('ER H-score ..... 150', 'PR Allred score .... 6').
    "score_after_a_dot_leader": [
        (
            "ER H-score ..... 0\nPR H-score ..... 150\n",
            [("ER", EXPR, N, {"h_score": 0}), ("PR", EXPR, P, {"h_score": 150})],
        ),
        (
            "ER Allred score .... 7\nPR Allred score .... 2\n",
            [("ER", EXPR, P, {"allred_score": 7}), ("PR", EXPR, N, {"allred_score": 2})],
        ),
    ],
    # bracketed_class_condition_before_a_key: '(high if >= 16)' glosses the first key's value;
    # the second key on the line is read as with no bracket at all.
    "bracketed_class_condition_before_a_key": [
        (
            "TMB: 20 mut/Mb (high if >= 16)     MSI: stable\n",
            [("TMB", SIG, P, {"value": "20 mut/Mb"}), ("MSI", SIG, N, {})],
        ),
        (
            "Tumour mutational burden: 3 mut/Mb (low if under 10)   Microsatellite status: MSS\n",
            [("MSI", SIG, N, {})],
        ),
        (
            "PD-L1 (22C3) TPS 40% (high if 50% or more)   HER2: 0\n",
            [("PD-L1", EXPR, P, {"percent": 40.0}), ("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
