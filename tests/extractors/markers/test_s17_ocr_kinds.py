"""What OCR does to a 'Key ........ value' row of a scanned or faxed report (session 17).

A leader of dots between a row's key and its value is typed as a long run; tesseract reads it
back short: two or three dots, runs split by a space ('..... ..'), or one dot standing alone.
Such a leader must still set the row off as a leader does (the row ends its statement at its
line's end, and the leader's last dot ends no sentence), or the row's value is read without its
marker's name.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby texts that must read as they did. No sentence is quoted from a report.
"""

from tests.extractors.markers.kind_tables import (
    EXPR,
    FUS,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # ocr_short_leader: a leader read as two or three dots, or split into runs, is a leader.
    "ocr_short_leader": [
        (
            "Biomarkers tested on block B2\nALK (D5F3 IHC) .. Negative\n"
            "ROS1 (FISH) ... Not rearranged",
            [("ALK", EXPR, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Genes with no fusion found\nNTRK1/2/3 (RNA NGS) ..... .. Negative\n"
            "RET (RNA NGS) ... .. Negative",
            [("NTRK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Molecular summary\nEGFR (PCR) ........ Not detected\n"
            "ALK (FISH) ..... .. Not rearranged\nRET (FISH) .. .. Not rearranged",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "ocr_short_leader": [
        # rows whose short leaders read as they did, and full stops that still end sentences
        (
            "Ancillary results\nHER2 (4B5) .. Negative (1+)\nER (SP1) ... Positive, 80%",
            [("HER2", EXPR, N, {}), ("ER", EXPR, P, {})],
        ),
        (
            "Summary\nEGFR ... .. Not detected\nKRAS .. Not detected\nBRAF . Not detected",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "FISH studies: ALK rearrangement is not detected. ROS1 rearrangement is present "
            "in 40% of nuclei.",
            [("ALK", FUS, N, {}), ("ROS1", FUS, P, {})],
        ),
        (
            "Results\nBRAF ... see comment below.\nKRAS .. wild type\n"
            "Comment: NRAS was not tested.",
            [("KRAS", MUT, N, {})],
        ),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)
