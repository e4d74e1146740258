"""Kinds of wording read by a general mechanism (fortieth session), each in two wordings of our
own or more. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    FUS,
    MUT,
    N,
    kind_tests,
)

KINDS = {
    # change_of_the_next_name_names_no_test: in a list under one verdict, the change written
    # right after a later name ('MET exon 14 skipping', 'BRAF V600E') is that name's own and
    # says nothing of the test of the names before it, which keep the list's lead.
    "change_of_the_next_name_names_no_test": [
        (
            "Rearrangements looked for and not found: ALK, RET, MET exon 14 skipping "
            "(all negative).\n",
            [("ALK", FUS, N, {}), ("RET", FUS, N, {}), ("MET", MUT, N, {})],
        ),
        (
            "RNA panel, other fusion targets (ROS1, NTRK1, NTRK3, MET exon 14\n"
            "skipping): not detected.\n",
            [("ROS1", FUS, N, {}), ("NTRK", FUS, N, {}), ("MET", MUT, N, {})],
        ),
    ],
}

test_every_kind_has_two_wordings, test_wording_reads = kind_tests(KINDS)
