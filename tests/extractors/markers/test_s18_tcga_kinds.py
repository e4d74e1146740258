"""Kinds of wording met in TCGA pathology reports (the silver tune half, session 18) missed.

Each kind is a shape of words, named for that shape; every sentence here is our own, none
quoted from a report. The counter-examples are the same shapes where no result is stated, or
where another reading must stay.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    E,
    Expected,
    N,
    P,
    assert_reads,
    kind_cases,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # Reports whose lines were joined with '. ' carry a dot where a line broke a verdict from
    # what it is for: no sentence ends on 'positive for', 'negative for' or 'reactive for', so
    # the name after the dot is the verdict's (line_end_dots, verdict_for_at_a_line_end).
    "verdict_for_at_a_line_end": [
        (
            "Summary: the carcinoma is negative for. HER2 protein by immunohistochemistry.",
            [("HER2", EXPR, N, {})],
        ),
        (
            "Tumour nuclei are strongly positive for. oestrogen receptor.",
            [("ER", EXPR, P, {})],
        ),
        (
            "THE NEOPLASTIC CELLS ARE POSITIVE FOR ER, NEGATIVE FOR. PROGESTERONE RECEPTOR, AND"
            " NEGATIVE FOR HER-2/NEU (SCORE 1+).",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "The invasive cells are immunoreactive for. androgen receptor and nonreactive for."
            " c-erbB-2 oncoprotein.",
            [("AR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
    ],
    # OCR reads a g of a long name word as c ('procesterone', 'estrocen'): the one misreading
    # rule (misreadings, _IN_WORDS) now takes c for g in a word as it takes c, e and o for one
    # another; symbols keep their letters.
    "g_of_a_name_word_read_as_c": [
        (
            "PROCESTERONE RECEPTOR (IHC): positive in 40% of tumour nuclei.",
            [("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "Estrocen receptor: negative (0%).",
            [("ER", EXPR, N, {"percent": 0})],
        ),
        (
            "Nuclear staining is seen for oestrogen receptor (80%) and procesterone receptors"
            " (5%); both are interpreted as positive.",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, P, {"percent": 5})],
        ),
    ],
    # "the patient's prior core biopsy" names another specimen as 'her prior core biopsy'
    # does: its result is the earlier one's (historical), and gives way to this specimen's own
    # result for the marker (other_specimen). Once the line-end dot after 'negative for' was
    # read as a space, such a note began to read as a result of this case.
    "a_patients_prior_specimen_is_another_specimen": [
        (
            "Of note, the patient's prior needle biopsy had shown a tumour negative for HER2-neu.",
            [("HER2", EXPR, N, {"historical": True})],
        ),
        (
            "ER: positive (95%). The patient’s previous biopsy was ER negative.",
            [("ER", EXPR, P, {"percent": 95, "historical": False})],
        ),
        (
            "HER2 FISH: amplified (ratio 4.1). The patient's initial biopsy, was negative for."
            " HER2 by FISH.",
            [("HER2", AMP, P, {"ratio": 4.1})],
        ),
    ],
}

# Same shapes that state no result, or whose other reading must stay.
COUNTER: dict[str, list[tuple[str, Expected]]] = {
    "verdict_for_at_a_line_end": [
        # 'for' after no verdict may end a sentence: the next one is no result.
        ("A block was kept for. HER2 testing is to follow.", []),
        # a verdict for something else, then a receptor's own line
        (
            "Twelve lymph nodes, negative for. malignancy. ER: positive (90%).",
            [("ER", EXPR, P, {"percent": 90})],
        ),
        (
            "HER-2/neu (HercepTest): weakly positive for. Score 2+.",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
    ],
    "g_of_a_name_word_read_as_c": [
        # the misread name still takes a test's state as the name does: no result
        ("Procesterone receptor: pending.", []),
        ("Estrogen and procesterone receptor studies were ordered on block A2.", []),
    ],
    "a_patients_prior_specimen_is_another_specimen": [
        # the patient's own specimen, with no word of an earlier one, is this case's
        (
            "The patient's core biopsy is oestrogen receptor positive (90%).",
            [("ER", EXPR, P, {"percent": 90, "historical": False})],
        ),
        (
            "The patient's resection specimen: HER2 negative (score 0).",
            [("HER2", EXPR, N, {"ihc_score": "0", "historical": False})],
        ),
    ],
}

test_every_kind_has_two_wordings, test_kind_is_read = kind_tests(KINDS)


@pytest.mark.parametrize(("text", "expected"), kind_cases(COUNTER))
def test_counter_example_holds(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
