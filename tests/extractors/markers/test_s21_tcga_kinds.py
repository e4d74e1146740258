"""Kinds of wording from a mention audit of the silver set's tune half (session 21): every line
of a real TCGA report that names a marker in scope and gave no result, or gave one, read by
hand and grouped by the kind of wording; each kind fixed as a kind, not as a report's sentence.

FIXED holds, for each kind, two or more wordings of our own and exactly what they state; KEPT
holds nearby results that the kind's rule must leave standing. No sentence is quoted from a
report. LINEAR holds, for each new expression, a line with a run of 3,000 spaces where the
expression may look: each reads in time linear in its line (a regression hangs).
"""

import pytest

from extractors.markers.line_end_dots import without_stray_dots
from extractors.markers.pipeline import marker_pipeline
from extractors.markers.statements import read_findings
from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
    named_cases,
)

# kind -> [(text, what it states)]
FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A line that ended right after a hyphen inside a name, the lines joined with '. ': the dot
    # stands between the name's halves ('HER-. 2/neu'); it is read as a space, so the name is
    # whole again (line_end_dots, word_broken_at_its_hyphen).
    "word_broken_at_its_hyphen": [
        (
            "Tumour cells: ER positive, PR negative and HER-. 2/neu negative (score 1+).",
            [("ER", EXPR, P, {}), ("PR", EXPR, N, {}), ("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "Her-. 2/NEU by IHC: positive, score 3+",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
    ],
    # An abbreviated control ('NEG CONT', 'neg. ctrl', 'POS CONT') in a list of slides or
    # stains ordered names a control slide, not a verdict on the stain before it
    # (verdict-abbreviated, positive-abbreviated).
    "abbreviated_control_is_no_verdict": [
        ("Slides cut: ER-A, PR-A, HER2-A. NEG CONT. IMM RECUT.", []),
        ("HER2 block B2 with neg. ctrl", []),
        ("ALK (D5F3) slide, POS CONT on the same slide", []),
        ("Stains: MLH1-1, PMS2-1, pos. ctrl; recut", []),
    ],
    # A stop set off by a space after a bracket ends its sentence before a sentence about the
    # controls: the controls' words no longer exclude the result before them
    # (context._PERIOD_BREAK, stop_set_off_before_the_controls).
    "stop_set_off_before_the_controls": [
        (
            "HER2 (IHC): negative (score 0) . Controls are satisfactory.",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        (
            "PR: positive (40%) . Controls stained as expected.",
            [("PR", EXPR, P, {"percent": 40})],
        ),
        (
            "MLH1: intact (nuclear staining present) . Control tissue stained as expected.",
            [("MLH1", EXPR, P, {})],
        ),
    ],
    # A bare score, then the scale it is given on, in one bracket after the verdict: the score
    # is the stain's ('negative (0, scale 0-3+)'); the scale alone had hidden it
    # (values._VERDICT_SCORE, bare_score_before_its_scale).
    "bare_score_before_its_scale": [
        ("HER-2/neu: negative (0, scale 0-3+).", [("HER2", EXPR, N, {"ihc_score": "0"})]),
        (
            "HER2 immunostain: negative (0; scale of 0 to 3+)",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "word_broken_at_its_hyphen": [
        # a minus sign, then a new sentence: the stop stays
        (
            "ER+/PR+/HER2-. The margins are clear.",
            [("ER", EXPR, P, {}), ("PR", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        ("HER-. 2/neu testing will be performed on block B3.", []),
    ],
    "abbreviated_control_is_no_verdict": [
        ("KRAS: Neg", [("KRAS", MUT, N, {})]),
        ("Progesterone receptor   POS.", [("PR", EXPR, P, {})]),
        ("ER: NEG. PR: POS.", [("ER", EXPR, N, {}), ("PR", EXPR, P, {})]),
        # a sentence about the controls after the verdict's stop is no abbreviated control
        ("ER: NEG. Controls are satisfactory.", [("ER", EXPR, N, {})]),
    ],
    "stop_set_off_before_the_controls": [
        # a leader's last dot before the verdict: the name and its verdict stay one statement
        ("ALK (D5F3) . Negative", [("ALK", EXPR, N, {})]),
        ("Estrogen receptor (SP1) . Positive, 90%", [("ER", EXPR, P, {"percent": 90})]),
    ],
    "bare_score_before_its_scale": [
        # a count in the bracket is no score
        ("HER2: negative (0, 1 or 2 copies)", [("HER2", EXPR, N, {"ihc_score": None})]),
        ("HER2: negative, 0", [("HER2", EXPR, N, {"ihc_score": "0"})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)

_GAP = " " * 3000

# name -> (a line with a long run of spaces where a new expression looks, what it states),
# read as the page's words are, with no layout to close the run up.
# (A control's word beyond the name's reach leaves the abbreviated verdict standing.)
LINEAR: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "abbreviated_control": (f"HER2 slide: NEG{_GAP}CONT", [("HER2", EXPR, N)]),
    "abbreviated_control_dots": ("HER2 slide: neg" + "." * 3000 + " ctrl", [("HER2", EXPR, N)]),
    "bare_score_before_its_scale": (f"HER2: negative (0,{_GAP})", [("HER2", EXPR, N)]),
    "stop_after_a_bracket": (
        f"HER2: negative (score 0){_GAP}.{_GAP}Controls are fine.",
        [("HER2", EXPR, N)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(LINEAR))
def test_new_expressions_read_a_long_run_of_spaces_in_linear_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = read_findings(marker_pipeline()(text))
    assert [(f.marker.value, f.aspect.value, f.status.value) for f in found] == expected


def test_a_broken_word_is_mended_past_a_long_run_of_spaces() -> None:
    line = f"HER-.{_GAP}2/neu negative"
    assert without_stray_dots(line) == f"HER- {_GAP}2/neu negative"
