"""The words that decide a status, as OCR misreads them (issue #12).

Marker names and the words that state their results go through one misreading rule
(`misreadings.py`): a negator or verdict word read with look-alike characters ('N0T', 'N0',
'MUTATlON', 'AMPL1FIED', 'DETECTEO') must state what it states when spelled right, and a lost
negator must never leave its verdict word standing alone as a positive. Codes and words that
only look like a cue ('N01', 'NOTE', 'DETECTOR', 'pN0') stay unread.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby texts that the tolerance must leave as they were. No sentence is quoted from a
report.
"""

import re

import pytest

from extractors.markers.context_rules import compile_cue_words, whole_words
from extractors.markers.misreadings import tolerant_words
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A negator with a look-alike sign for a letter ('N0T', 'n0', 'N0NE') still denies.
    "misread_negator": [
        ("HER2 FISH: N0T AMPLIFIED (ratio 1.3)", [("HER2", AMP, N, {"ratio": 1.3})]),
        ("KRAS: N0 MUTATION DETECTED", [("KRAS", MUT, N, {})]),
        ("ALK rearrangement was n0t detected by FISH.", [("ALK", FUS, N, {})]),
        ("BRAF V600E: N0T DETECTED", [("BRAF", MUT, N, {})]),
        ("EGFR sequencing: NONE DETECTED", [("EGFR", MUT, N, {})]),
        ("EGFR sequencing: N0NE DETECTED", [("EGFR", MUT, N, {})]),
    ],
    # A verdict word with look-alike letters, broken or with a letter read as two, is read.
    "misread_verdict_word": [
        ("HER2 FISH: AMPLlFIED (ratio 3.1)", [("HER2", AMP, P, {"ratio": 3.1})]),
        ("HER2 FISH: AMPL1FIED", [("HER2", AMP, P, {})]),
        ("EGFR exon 19 deletion: NOT DETECTEO", [("EGFR", MUT, N, {})]),
        ("NRAS: no mutation cletected", [("NRAS", MUT, N, {})]),
        ("KRAS: NO MUTATlON DETECTED", [("KRAS", MUT, N, {})]),
        ("PIK3CA: no rnutation detected", [("PIK3CA", MUT, N, {})]),
        ("ER: NEGAT1VE (0%)", [("ER", EXPR, N, {"percent": 0})]),
        ("MLH1: lntact\nMSH2: L0ST", [("MLH1", EXPR, P, {}), ("MSH2", EXPR, N, {})]),
    ],
    # A list's governing phrase with misread words governs the list.
    "misread_list_verdict": [
        (
            "N0 MUTATlONS DETECTED IN: KRAS, NRAS, BRAF",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, N, {})],
        ),
        (
            "Genes tested with no a1terations detected: EGFR, ALK",
            [("EGFR", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
    # Words that say a test is still to come, misread, still make its name state nothing.
    "misread_pending_word": [
        # the verdict word after the misread pending word is not a result
        ("ER: PEND1NG positive", []),
        ("ALK immunostain pendlng - positive", []),
        ("HER2 FISH to fol1ow: amplified", []),
        ("KRAS mutation status: N0T PERF0RMED - negative", []),
        ("BRAF: lNSUFFICIENT, negative", []),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "misread_negator": [
        # a code or a stage that looks like a negator is none
        ("Block N01: HER2 FISH amplified", [("HER2", AMP, P, {})]),
        ("NOTE: KRAS G12D detected", [("KRAS", MUT, P, {"alteration": "G12D"})]),
        ("pT2 pN0; HER2 amplified", [("HER2", AMP, P, {})]),
    ],
    "misread_verdict_word": [
        # a word that shares most of its letters with a verdict word is not one
        ("EGFR analysed with the DETECTOR kit", []),
        ("KRAS detected: G12C", [("KRAS", MUT, P, {"alteration": "G12C"})]),
        ("HER2 amplified; ER positive", [("HER2", AMP, P, {}), ("ER", EXPR, P, {})]),
    ],
    "misread_list_verdict": [
        (
            "No mutations detected in: KRAS, NRAS",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
        ("MSI: stable. KRAS: mutation detected", [("MSI", SIG, N, {}), ("KRAS", MUT, P, {})]),
    ],
    "misread_pending_word": [
        ("HER2 FISH is pending. ER: positive (90%)", [("ER", EXPR, P, {"percent": 90})]),
        ("MSI testing was performed: stable", [("MSI", SIG, N, {})]),
    ],
}


(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


@pytest.mark.parametrize(
    ("pattern", "misread", "unread"),
    [
        (r"not\s+detected", ["N0T DETECTED", "not detecteo", "NOT DETECTEO"], ["NOTE DETECTOR"]),
        (r"no\s+mutation", ["N0 MUTATlON", "no rnutation"], ["N01 MUTATION", "NOW MUTATION"]),
        (r"amplified", ["AMPLlFIED", "AMPL1FIED", "AMPLIF!ED"], ["AMPLIFIER"]),
        (r"negative", ["NEGAT1VE", "negatlve"], ["NEGATIVITY"]),
        (r"pending", ["PEND1NG", "pencling"], ["SPENDING"]),
        (r"lost", ["L0ST", "|ost"], ["LAST", "LIST"]),
    ],
)
def test_a_cue_word_matches_its_misreadings_and_no_other_word(
    pattern: str, misread: list[str], unread: list[str]
) -> None:
    compiled = compile_cue_words(pattern)
    for text in misread:
        assert [m.group() for m in whole_words(compiled, text)] == [text], text
    for text in unread:
        assert whole_words(compiled, text) == [], text


def test_short_words_take_only_signs_never_another_letter() -> None:
    """'fail' must not read 'fall', 'no' not 'na': a short word's look-alikes are no letters."""
    for word, other in [("fail", "fall"), ("no", "na"), ("not", "nut"), ("lost", "last")]:
        assert re.fullmatch(tolerant_words(word), other, re.IGNORECASE) is None


def test_lookarounds_and_case_exact_groups_stay_as_written() -> None:
    assert tolerant_words(r"(?<!not\s)amplified").startswith(r"(?<!not\s)")
    assert tolerant_words(r"(?-i:POSITIVE)") == r"(?-i:POSITIVE)"
