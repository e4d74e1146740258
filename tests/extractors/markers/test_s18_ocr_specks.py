"""A speck OCR reads as a high mark inside a gene symbol of a scanned or faxed report (s18).

A speck of toner or dust above a line is read as a high mark (an apostrophe, a quote): inside a
gene symbol it breaks the symbol ('ROS‘1'), and a list of genes with one broken symbol is no
list, so every gene of it loses its result. `misreadings.closed_up_symbols` takes the mark out
of the page's text, keeping its length.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby texts that must read as they did. No sentence is quoted from a report.
"""

import pytest

from extractors.markers.misreadings import closed_up_symbols
from tests.extractors.markers.kind_tables import (
    FUS,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
    named_cases,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # speck_in_symbol: a high mark inside a gene symbol is a speck; the symbol closes up.
    "speck_in_symbol": [
        (
            "Fusions not detected:\nROS’1 fusion\nALK fusion\nRET fusion",
            [("ROS1", FUS, N, {}), ("ALK", FUS, N, {}), ("RET", FUS, N, {})],
        ),
        (
            "Genes screened - NOT DETECTED:\n  ALK fusions\n  ROS‘1 fusions\n  BRAF fusions",
            [("ALK", FUS, N, {}), ("ROS1", FUS, N, {}), ("BRAF", FUS, N, {})],
        ),
        (
            "Not detected:\n  MSH‘6 mutations\n  BRCA2 mutations",
            [("MSH6", MUT, N, {}), ("BRCA2", MUT, N, {})],
        ),
        (
            "Germline testing: BRC‘A2 pathogenic variant not identified.",
            [("BRCA2", MUT, N, {})],
        ),
        ("The carcinoma is TP5’3 wild-type by sequencing.", [("TP53", MUT, N, {})]),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    # quotes and apostrophes at a word's edge, and quotations, stay what they are
    "speck_in_symbol": [
        ('"ROS1" break-apart FISH: not rearranged.', [("ROS1", FUS, N, {})]),
        ("The ‘KRAS G12C’ variant was detected.", [("KRAS", MUT, P, {"alteration": "G12C"})]),
        (
            "Fusions not detected:\nNTRK1 fusion\nALK fusion",
            [("NTRK", FUS, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


MENDED = {
    "speck_closes_up": ("ROS‘1 fusions", "ROS1  fusions"),
    "speck_before_comma": ("NTRK’3, RET", " NTRK3, RET"),
    "speck_between_digits": ("TP5‘3 status", "TP53  status"),
    "apostrophe_kept": ("HER2's status", "HER2's status"),
    "quoted_symbol_kept": ('"ROS1" fusion', '"ROS1" fusion'),
    "quotation_closed_kept": ('slide "A12" was cut', 'slide "A12" was cut'),
    "stop_sign_kept": ('TP53 R342" 1.7%', 'TP53 R342" 1.7%'),
    "word_in_lower_case_kept": ("it’s a1 then", "it’s a1 then"),
    "two_letters_kept": ("grade ‘A1’ block", "grade ‘A1’ block"),
}


@pytest.mark.parametrize(("text", "mended"), named_cases(MENDED))
def test_specks_go_keeping_the_length(text: str, mended: str) -> None:
    assert closed_up_symbols(text) == mended
    assert len(closed_up_symbols(text)) == len(text)
