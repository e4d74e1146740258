"""Kinds of pathology wording (IHC and ISH) the extractor missed on unseen reports.

Each kind is named for the shape of its words and shown in two or more wordings of our own,
with counter-examples where the kind could overreach. No sentence here is quoted from a report.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    E,
    Expected,
    N,
    P,
    R,
    assert_reads,
    has_two_wordings,
    kind_cases,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS = {
    # 'Name ........ value': each row with a leader of dots is a unit of its own; the next
    # row's verdict is not this row's.
    "leader_dot_rows_are_units": [
        (
            "Estrogen receptor ...... weakly stained, 5%\nCytokeratin 7 .......... negative\n",
            [("ER", EXPR, P, {"percent": 5})],
        ),
        (
            "MLH1, PMS2 ........ present\nEBV ISH ........... negative\n",
            [("MLH1", EXPR, P, {}), ("PMS2", EXPR, P, {})],
        ),
        (
            "ALK (D5F3) .......... strong staining\nTTF-1 ........ negative\n",
            [("ALK", EXPR, P, {})],
        ),
        # the leader's last dot before a capital ends no sentence
        ("ROS1 immunostain (SP384) .......... Negative\n", [("ROS1", EXPR, N, {})]),
        ("Progesterone receptor (clone 16) ........ Not seen in tumour\n", [("PR", EXPR, N, {})]),
        # counter-example: a row's words wrapped onto a line without dots stay the row's
        (
            "Oestrogen receptor ..... positive in 70% of\ntumour nuclei\n",
            [("ER", EXPR, P, {"percent": 70})],
        ),
    ],
    # A checklist's ticked option among unticked ones: the values of the options not ticked
    # are not the result's.
    "values_of_unticked_options_are_no_result": [
        (
            "HER2 immunostain\n( ) Score 0   ( ) Score 1+\n(X) Score 2+, equivocal\n( ) Score 3+\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "Ki-67 proliferation index:  [ ] 5%   [X] 30%   [ ] 60%\n",
            [("Ki-67", EXPR, R, {"percent": 30})],
        ),
        (
            "PD-L1 tumour proportion score:  [ ] <1%   [X] 1-49%   [ ] 50% or more\n",
            [("PD-L1", EXPR, P, {"value": "1-49%"})],
        ),
        # counter-example: an unticked option after the stated value leaves the value
        (
            "HER2 (HercepTest) score: 1+     [ ] repeat on another block\n",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
    ],
    # Tick boxes as OCR reads them: a lone 'x' ticks an option, and the other lone letters
    # on its line ('q', 'c') are the empty boxes of the options not chosen.
    "tick_boxes_read_as_letters": [
        (
            "MSH2:  q Retained    x Lost\nMSH6:  x Retained    q Lost\n",
            [("MSH2", EXPR, N, {}), ("MSH6", EXPR, P, {})],
        ),
        (
            "HER2 IHC:  c Negative (1+)   x Equivocal (2+)   c Positive (3+)\n",
            [("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "MLH1:  q lntact nuclear staining    x Lost nuclear staining\n",
            [("MLH1", EXPR, N, {})],
        ),
        # counter-examples: a lone letter with no 'x' on its line, or a single-letter word
        ("Part B Negative for HER2 by IHC.\n", [("HER2", EXPR, N, {})]),
        ("Block A Positive for ER; x Reviewed\n", [("ER", EXPR, P, {})]),
    ],
    # Pending words after a scored stain speak of the further test they name, not the stain.
    "scored_stain_then_a_test_still_to_come": [
        (
            "Markers: PR negative, HER2 2+ (equivocal) - FISH to follow.",
            [("PR", EXPR, N, {}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "HER2 score 3+ (positive), confirmatory ISH pending.",
            [("HER2", EXPR, P, {"ihc_score": "3+"})],
        ),
        # counter-examples: nothing stated before the test to come, or no score stated
        ("HER2 by ISH to follow.", []),
        ("HER2 equivocal on the biopsy: ISH testing will be performed on the excision.", []),
    ],
    # The stain and its score in a unit of their own, HER2 named above (an ISH report that
    # restates the stain's score).
    "stain_score_under_the_marker_named_above": [
        (
            "HER2 SISH ADDENDUM, block C2\nHER2/CEP17 ratio 1.4, NOT AMPLIFIED.\n"
            "IHC on this block: 2+ (equivocal).",
            [("HER2", AMP, N, {"ratio": 1.4}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        (
            "ERBB2 dual ISH: ratio 2.9, amplified; earlier IHC score was 2+.\n",
            [("HER2", AMP, P, {"ratio": 2.9}), ("HER2", EXPR, E, {"ihc_score": "2+"})],
        ),
        # counter-example: the stain named without a score
        (
            "HER2 ISH: not amplified (ratio 1.1).\nThe IHC panel included 3 antibodies.\n",
            [("HER2", AMP, N, {"ratio": 1.1})],
        ),
    ],
    # One part's result after another's on the marker's line, the marker named once.
    "lettered_parts_after_one_name": [
        (
            "Progesterone receptor: A - weakly positive, 5%;  B - negative, 0%.\n"
            "HER2 IHC: A - 2+ (equivocal)\n",
            [
                ("PR", EXPR, P, {"percent": 5}),
                ("PR", EXPR, N, {"percent": 0, "ihc_score": None}),
                ("HER2", EXPR, E, {"ihc_score": "2+"}),
            ],
        ),
        (
            "HER2 by IHC: Part A - 2+ (equivocal);  Part B - 0 (negative).",
            [("HER2", EXPR, E, {"ihc_score": "2+"}), ("HER2", EXPR, N, {})],
        ),
        # counter-example: a part's diagnosis that states no result
        ("ER: positive in A.\nB - Lymph node, no carcinoma.", [("ER", EXPR, P, {})]),
    ],
    # A combined HER2 status is no test's result, but the ISH verdict given with it is.
    "ish_verdict_given_with_the_combined_status": [
        (
            "After ISH, the final HER2 status is negative (not amplified; ratio 1.3).",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
        ("HER2 overall status: POSITIVE (amplified by FISH)", [("HER2", AMP, P, {})]),
        # counter-examples: a combined status without an ISH verdict stays unread
        ("HER2 status: negative", []),
        ("HER2 status: positive (IHC 3+)", []),
    ],
    # A number written with a thousands separator ('intensity 2,300') is no 0-3 score.
    "thousands_are_no_score": [
        (
            "HER2 IHC: staining intensity 2,300 units, negative",
            [("HER2", EXPR, N, {"ihc_score": None})],
        ),
        (
            "Mesothelin: positive, mean fluorescence intensity 1,450 (flow)",
            [("Mesothelin", EXPR, P, {"ihc_score": None})],
        ),
        # counter-example: a score of its own still reads
        ("HER2 IHC: negative, intensity 1", [("HER2", EXPR, N, {"ihc_score": "1+"})]),
    ],
    # 'CD45-negative cells': a verdict joined to another stain's name, before the cells it
    # describes, names the population gated on, not this marker's result.
    "gated_population_is_no_verdict": [
        (
            "GD2: CD45-negative cells show strong staining (64%)",
            [("GD2", EXPR, P, {"percent": 64})],
        ),
        (
            "Mesothelin: strong membranous reactivity in 90% of the CK-negative fraction",
            [("Mesothelin", EXPR, P, {"percent": 90})],
        ),
        # counter-example: a verdict joined to the marker's own name still states it
        ("Carcinoma cells are GD2-negative.", [("GD2", EXPR, N, {})]),
    ],
}


def test_each_kind_has_two_wordings() -> None:
    assert has_two_wordings(KINDS)


@pytest.mark.parametrize(("text", "expected"), kind_cases(KINDS))
def test_kind_of_wording(text: str, expected: Expected) -> None:
    assert_reads(text, expected)
