"""Kinds of wording read by a general mechanism (thirty-first session), each in two wordings of
our own or more: a heading in capitals with a remark in brackets that starts with a capital
word, which ends the rows above it. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import EXPR, N, P, kind_tests

KINDS = {
    # capitals_heading_with_a_remark: a heading in capitals whose remark in brackets starts
    # with a capitalised word ends the row above it; a wild-type word under it is no result
    # of that row's marker.
    "capitals_heading_with_a_remark": [
        (
            "Stain    Clone    Result\nPMS2     A16-4    Intact\n"
            "MOLECULAR SUBGROUP (Two-step scheme)\nPOLE wild type, so the subgroup rests on p53\n",
            [("PMS2", EXPR, P, {})],
        ),
        (
            "MLH1 ......... lost\nINTEGRATED CLASSIFICATION (Provisional)\nPOLE not mutated.\n",
            [("MLH1", EXPR, N, {})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)
