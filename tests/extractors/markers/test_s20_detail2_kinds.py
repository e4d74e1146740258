"""Kinds of how a detail is written down, second round: found where a matched result's detail
disagreed with the label across the readable tune halves (probe 15's tune half among them) in
the twentieth session. Each kind is shown in two or more wordings of our own; no sentence is
quoted from a report.
"""

import pytest

from extractors.markers.alterations import normalise_alteration
from extractors.markers.values import read_values
from schemas.markers import IHCScore
from tests.extractors.markers.kind_tables import EXPR, MUT, N, P, kind_tests

KINDS = {
    # ticked_bare_score: the score whose box the form ticks is the score, its '+' written or
    # not; the options left unticked state nothing.
    "ticked_bare_score": [
        (
            "HER2 immunostain (4B5): [ ] 3+ [ ] 2+ [ ] 1+ [X] 0  no membrane staining\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ZERO})],
        ),
        (
            "HER2 protein score:  ( ) 3  ( ) 2  (x) 1  ( ) 0\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ONE})],
        ),
        (
            "HER2 by IHC  [ ] 0  [ ] 1  [x] 2  [ ] 3   (equivocal, reflex ISH)\n",
            [("HER2", EXPR, "equivocal", {"ihc_score": IHCScore.TWO})],
        ),
    ],
    # zero_after_no_staining: a 0 right after the words 'no staining' is the score they give,
    # before a score on the next row; a share of cells after them is no score.
    "zero_after_no_staining": [
        (
            "HER2   4B5   no staining 0\nClaudin 18.2   43-14A   2+ in 60%   positive\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ZERO})],
        ),
        (
            "HER2 immunohistochemistry: no membrane staining (0), negative\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ZERO})],
        ),
        (
            "HER2 (SP3) - no reactivity: 0\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ZERO})],
        ),
    ],
    # change_naming_a_drug_class: a change named as the target of a class of drugs names no
    # variant of this tumour; the change the result states is its variant.
    "change_naming_a_drug_class": [
        (
            "KRAS codon 12/13: mutation detected (p.G12D). Note: G12C-specific inhibitors do not"
            " apply to this variant.\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        (
            "KRAS: p.G12V found.\nComment: G12C inhibitors (sotorasib, adagrasib) are not an"
            " option for G12V.\n",
            [("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    # change_listed_in_error: a change the report withdrew as listed in error is no result; the
    # corrected change is the variant.
    "change_listed_in_error": [
        (
            "Amended: the BRAF change was given in error as p.V600K; it is p.V600E.\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            "Correction: EGFR was erroneously reported as L861Q. EGFR mutation detected: L858R.\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


@pytest.mark.parametrize(
    ("text", "alteration"),
    [
        ("KRAS G12C inhibitor eligible; variant found: G13D", "G13D"),
        ("KRAS G12C-selective inhibitors", None),
        ("p.Gly12Cys-specific inhibitor; p.Gly12Asp detected", "G12D"),
        ("listed in error as p.G12D; correct: p.G13D", "G13D"),
        ("KRAS p.G12C (c.34G>T) detected", "G12C"),  # a change that stands keeps its reading
        ("the variant G12C was confirmed as the error-free call", "G12C"),
    ],
)
def test_changes_that_name_no_variant(text: str, alteration: str | None) -> None:
    assert normalise_alteration(text) == alteration


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("[X] 0 no staining", IHCScore.ZERO),
        ("(x) 2+", IHCScore.TWO),
        ("[X] 1 - 10% of cells", None),  # a ticked band of shares is no score
        ("[X] 1.5 ratio", None),
        ("no staining 0% of cells", None),  # a share, no score
        ("no staining, 0 - 1%", None),
    ],
)
def test_ticked_scores(text: str, score: IHCScore | None) -> None:
    assert read_values(text).ihc_score == score


_RUN = " " * 3000


@pytest.mark.parametrize(
    ("text", "score", "alteration"),
    [
        ("[" + _RUN + "x" + _RUN + "]" + _RUN + "0", IHCScore.ZERO, None),
        ("[x]" + _RUN + "1" + _RUN + "+", IHCScore.ONE, None),
        ("[x] 1" + _RUN + "%", None, None),
        ("no" + _RUN + "staining" + _RUN + "0", IHCScore.ZERO, None),
        ("no staining" + _RUN + "(" + _RUN + "0" + _RUN + "%", None, None),
        ("G12C" + _RUN + "-" + _RUN + "specific" + _RUN + "inhibitors", None, None),
        ("G12C -" + _RUN + "x", None, "G12C"),
        ("in error as" + _RUN + "G12D", None, None),
        ("in" + _RUN + "error" + _RUN + "as G12D", None, "G12D"),  # words too far apart
        ("erroneously" + _RUN + "as G12D", None, "G12D"),
        ("in error" + _RUN + "G12D", None, "G12D"),
    ],
)
def test_long_runs_of_spaces_are_read_whole(
    text: str, score: IHCScore | None, alteration: str | None
) -> None:
    """The kinds' patterns take a long run of spaces whole: these lines give their reading.

    A pattern that gave such a run back space by space would not end here
    (bench/bench_linear_inputs.py times such pages).
    """
    assert read_values(text).ihc_score == score
    assert normalise_alteration(text) == alteration
