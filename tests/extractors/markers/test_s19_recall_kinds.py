"""Kinds of wording the nineteenth session's recall round found unread, collected across the
tune halves of every readable probe and the corpus's tune set, each in two or more wordings of
our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby wordings, under
the same kind names, whose reading the kind's rule must leave as it was. No sentence is quoted
from a report.
"""

from tests.extractors.markers.kind_tables import (
    MUT,
    N,
    P,
    Expected,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A test's heading that ends in a colon, its scope or method in brackets or after a comma,
    # or its genes listed in brackets, with the verdict leading the line below
    # (verdict_under_a_colon_heading in statements.py).
    "verdict_under_a_colon_heading": [
        (
            "NRAS (exons 2, 3 and 4), pyrosequencing:\nMutation detected: c.182A>G (p.Q61R).",
            [("NRAS", MUT, P, {"alteration": "Q61R"})],
        ),
        (
            "BRAF (codon 600 only):\nV600E detected",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "DNA repair panel (BRCA1, BRCA2, PALB2, ATM):\n  no pathogenic variant was found",
            [("BRCA1", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "IDH1 and IDH2 (hotspot codons R132 and R172), NGS:\nNot detected.",
            [("IDH1", MUT, N, {}), ("IDH2", MUT, N, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    # a line under the heading that names its own gene keeps its verdict to itself; a heading
    # with a verdict of its own keeps it
    "verdict_under_a_colon_heading": [
        (
            "Colorectal panel (KRAS, NRAS, BRAF):\nBRAF V600E detected",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        ("KRAS (codons 12 and 13): negative\nMethod: real-time PCR", [("KRAS", MUT, N, {})]),
        (
            "EGFR (exons 18-21):\nThe sample was sent to the reference laboratory.",
            [],
        ),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
