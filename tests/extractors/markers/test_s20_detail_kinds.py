"""Kinds of how a detail is written down (its normal form), found where a matched result's
detail disagreed with the label across the readable tune halves in the twentieth session.
Each kind is shown in two or more wordings of our own; no sentence is quoted from a report.
"""

import pytest

from extractors.markers.alterations import normalise_alteration
from extractors.markers.ratios import named_ratios
from extractors.markers.values import read_values
from schemas.markers import IHCScore, Marker
from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, N, P, kind_tests

KINDS = {
    # score_alternatives: a score given as one of two levels is a value as written; two levels
    # of one reading decide the status ('0 or 1+' is negative).
    "score_alternatives": [
        ("HER2 (IHC): zero or 1+, negative.\n", [("HER2", EXPR, N, {"value": "0 or 1+"})]),
        ("HER2 protein: 0 or 1+\n", [("HER2", EXPR, N, {"value": "0 or 1+"})]),
    ],
    # ratio_by_probe_pair: a ratio named by the gene's probe over its centromere's, joined by a
    # colon as by a slash; MET too.
    "ratio_by_probe_pair": [
        (
            "HER2 FISH: amplified. HER2:CEP17 3.4; mean HER2 signals 8.2 per cell.\n",
            [("HER2", AMP, P, {"ratio": 3.4})],
        ),
        (
            "MET FISH: not amplified (MET/CEP7 1.15)\n",
            [("MET", AMP, N, {"ratio": 1.15})],
        ),
        (
            "Dual-probe ISH\nERBB2 amplified\nERBB2:CEP17 2.65 (40 nuclei)\n",
            [("HER2", AMP, P, {"ratio": 2.65})],
        ),
    ],
    # equals_states_the_value: a lone '=' states the ratio; '</=' and '>=' are bounds.
    "equals_states_the_value": [
        (
            "HER2 FISH: amplified, HER2/CEP17 ratio = 4.2\n",
            [("HER2", AMP, P, {"ratio": 4.2})],
        ),
        (
            "MET FISH: not amplified, MET/CEP7 = 1.15\n",
            [("MET", AMP, N, {"ratio": 1.15})],
        ),
        (
            "HER2 ISH: not amplified; HER2/CEP17 ratio </=2.0\n",
            [("HER2", AMP, N, {"ratio": None})],
        ),
    ],
    # stained_immune_cells_named: the immune cells' share with words of staining, its short
    # name marked '+', is the IC value.
    "stained_immune_cells_named": [
        (
            "PD-L1 (SP263): positive. Immune cells staining (IC+) 12%\n",
            [("PD-L1", EXPR, P, {"value": "IC 12%"})],
        ),
        (
            "PD-L1 SP142: positive, stained immune cells (IC) 4%\n",
            [("PD-L1", EXPR, P, {"value": "IC 4%"})],
        ),
    ],
    # receptor_amount_in_fmol: a ligand-binding assay's amount of receptor is 'N fmol'.
    "receptor_amount_in_fmol": [
        (
            "Estrogen receptor (cytosol assay): negative, 3 fmol/mg protein.\n",
            [("ER", EXPR, N, {"value": "3 fmol"})],
        ),
        (
            "Progesterone receptor was positive with an estimated fmol value of 85.\n",
            [("PR", EXPR, P, {"value": "85 fmol"})],
        ),
    ],
    # score_after_method_and_clone: the score as the value of the method with its clone.
    "score_after_method_and_clone": [
        (
            "HER2 immunohistochemistry (4B5): 0 (no staining).\n",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
        ("HER2 IHC (clone A0485): 0\n", [("HER2", EXPR, N, {"ihc_score": "0"})]),
    ],
    # fusion_joined_by_any_dash: the pair joined by an en or em dash, or by '::' with the
    # target first, is the fusion in its usual order.
    "fusion_joined_by_any_dash": [
        (
            "ALK FISH/NGS: EML4\u2013ALK fusion detected.\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "RNA fusion panel: RET::KIF5B fusion detected\n",
            [("RET", FUS, P, {"alteration": "KIF5B-RET"})],
        ),
        (
            "ROS1 rearrangement detected (CD74\u2014ROS1).\n",
            [("ROS1", FUS, P, {"alteration": "CD74-ROS1"})],
        ),
    ],
    # fusion_partner_in_words: a fusion whose partner the words name is that pair, partner
    # first; a negative keeps no pair.
    "fusion_partner_in_words": [
        (
            "ROS1 fusion with CD74 detected.\n",
            [("ROS1", FUS, P, {"alteration": "CD74-ROS1"})],
        ),
        (
            "ALK rearrangement: positive, fusion partner EML4\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        (
            "NTRK1 fusion (partner: TPM3) detected\n",
            [("NTRK", FUS, P, {"alteration": "TPM3-NTRK1"})],
        ),
        (
            "Fusion between EML4 and ALK detected.\n",
            [("ALK", FUS, P, {"alteration": "EML4-ALK"})],
        ),
        ("RET fused to KIF5B: detected\n", [("RET", FUS, P, {"alteration": "KIF5B-RET"})]),
        ("ALK rearrangement: not detected\n", [("ALK", FUS, N, {"alteration": None})]),
    ],
    # score_band_range: a band of the combined positive score is its value whole.
    "score_band_range": [
        ("PD-L1 (22C3): positive, CPS 1-19\n", [("PD-L1", EXPR, P, {"value": "CPS 1-19"})]),
        (
            "PD-L1 22C3 combined positive score: 1 to 19 (low)\n",
            [("PD-L1", EXPR, P, {"value": "CPS 1-19"})],
        ),
        (
            "PD-L1 expression: CPS of 10\u201320, positive\n",
            [("PD-L1", EXPR, P, {"value": "CPS 10-20"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("HER2: 1+ or 2+ (focal)", "1 or 2+", None),
        ("HER2 0 or 1+ = negative", None, "1+"),  # a rule naming levels explains the scale
        ("Scores of 0 or 1+ are negative", None, "1+"),
    ],
)
def test_score_alternatives_values(text: str, value: str | None, score: str | None) -> None:
    found = read_values(text)
    assert found.value == value
    assert (found.ihc_score.value if found.ihc_score else None) == score


def test_a_count_per_cell_is_no_probe_pair() -> None:
    assert named_ratios("mean CEP17/cell 2.5; mean HER2/cell 5.1") == {}
    assert named_ratios("MET:CEP7 1.10 and HER2:CEP17 3.16") == {
        Marker.MET: {1.1},
        Marker.HER2: {3.16},
    }


_RUN = " " * 3000


@pytest.mark.parametrize(
    ("text", "values", "alteration"),
    [
        ("HER2 0" + _RUN + "or 1+", ["0 or 1+"], None),
        ("fmol value" + _RUN + "x", [], None),
        ("Immune cells" + _RUN + "staining 5", ["IC 5"], None),
        ("HER2:" + _RUN + "CEP17 x", [], None),
        ("ratio" + _RUN + "= 2.0", [], None),
        ("CPS 1" + _RUN + "- 19", ["CPS 1-19"], None),
        ("EML4" + _RUN + "::ALK", [], None),
        ("ROS1 fusion" + _RUN + "with CD74", [], "CD74-ROS1"),
        ("ALK" + _RUN + "partner EML4", [], None),
        ("fusion between" + _RUN + "EML4 and ALK", [], "EML4-ALK"),
    ],
)
def test_long_runs_of_spaces_are_read_whole(
    text: str, values: list[str], alteration: str | None
) -> None:
    """The kinds' patterns take a long run of spaces whole: these lines give their reading.

    A pattern that gave such a run back space by space would not end here
    (bench/bench_linear_inputs.py times such pages).
    """
    stated = read_values(text)
    assert stated.values == values
    assert stated.ratio is None
    assert named_ratios(text) == {}
    assert normalise_alteration(text) == alteration


def test_a_score_after_a_long_run_past_its_clone_is_still_its_score() -> None:
    assert read_values("HER2 IHC (4B5)" + _RUN + ": 0").ihc_score is IHCScore.ZERO
