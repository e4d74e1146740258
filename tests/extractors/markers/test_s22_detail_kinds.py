"""Kinds of how a detail is written down, fourth round: found where a matched result's detail
disagreed with the label across the readable tune halves (probe 16's tune half and its
renderings among them) in the twenty-second session. Each kind is shown in two or more
wordings of our own; no sentence is quoted from a report.
"""

import pytest

from extractors.markers.alterations import normalise_alteration
from extractors.markers.ratios import named_ratios
from extractors.markers.values import read_values
from tests.extractors.markers.kind_tables import AMP, EXPR, MUT, N, P, kind_tests, read_text

KINDS = {
    # ratio_word_misread: the word 'ratio' as OCR reads it ('RATl0', 'rati0') names the ratio
    # as the word does, by the one misreading rule; also after a probe pair ('MET/CEP7 rati0').
    "ratio_word_misread": [
        (
            "HER2 dual-probe ISH\nHER2 signals per cell 5.6; CEP17 signals per cell 2.1\n"
            "RATl0 HER2/CHR17: 2.67\nHER2 AMPLIFIED.\n",
            [("HER2", AMP, P, {"ratio": 2.67})],
        ),
        (
            "MET FISH: amplified; MET/CEP7 rati0 3.1 (mean MET 9.4 copies per cell).\n",
            [("MET", AMP, P, {"ratio": 3.1})],
        ),
        (
            "ERBB2 silver ISH: not amplified, with a rati0 of 1.3 over 20 nuclei.\n",
            [("HER2", AMP, N, {"ratio": 1.3})],
        ),
    ],
    # bound_share_beside_allred: a share given as a bound or a range beside an Allred sum is
    # the value (corpus/LABELS.md: a bound goes into `value`); the sum stays in its own field.
    "bound_share_beside_allred": [
        (
            "Oestrogen receptor: negative (<1% of nuclei; Allred 0/8).\n",
            [("ER", EXPR, N, {"value": "<1%", "allred_score": 0})],
        ),
        (
            "PR: positive, >90% of tumour cells stained, Allred score 8\n",
            [("PR", EXPR, P, {"value": ">90%", "allred_score": 8})],
        ),
        (
            "Progesterone receptor ..... POSITIVE (1-10% weak; ALLRED 3)\n",
            [("PR", EXPR, P, {"value": "1-10%", "allred_score": 3})],
        ),
    ],
    # named_class_misread: the words of a named class of change as OCR reads them ('EX0N 19
    # DELETI0N', 'insert1on') name that class, by the one misreading rule.
    "named_class_misread": [
        (
            "EGFR MUTATI0N ANALYSIS: P0SITIVE - EX0N 19 DELETI0N PRESENT.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "EGFR sequencing: mutation detected, EX0N 20 INSERTI0N (in frame).\n",
            [("EGFR", MUT, P, {"alteration": "exon 20 insertion"})],
        ),
        (
            "EGFR: mutated; DELETl0N IN EX0N 19.\n",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
    ],
    # score_word_misread: the words that name a receptor's score ('H-SC0RE', 'ALLRED SC0RE',
    # 'A11red') as OCR reads them name it as the words do; the Allred sum is no IHC score.
    "score_word_misread": [
        (
            "ESTR0GEN RECEPT0R: P0SITIVE, H-SC0RE 180\n",
            [("ER", EXPR, P, {"value": "H-score 180"})],
        ),
        (
            "Progesterone receptor: positive in 60% of nuclei (ALLRED SC0RE 7).\n",
            [("PR", EXPR, P, {"value": "Allred 7", "percent": 60.0})],
        ),
        (
            "PR: negative, A11red score 0\n",
            [("PR", EXPR, N, {"value": "Allred 0", "ihc_score": None})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


# What the kinds leave standing: a share stated as one number keeps its place in `percent`
# with the Allred sum as the value; an Allred sum alone is the value; 'ratio' read right.
KEPT = {
    "share-number-and-allred": (
        "ER: positive (90% of nuclei, Allred 8).\n",
        {"percent": 90.0, "value": "Allred 8", "allred_score": 8},
    ),
    "allred-alone": ("PR: positive, Allred score 6.\n", {"value": "Allred 6", "allred_score": 6}),
    "bound-without-allred": ("ER: negative (<1%).\n", {"value": "<1%", "allred_score": None}),
}


@pytest.mark.parametrize(("text", "details"), KEPT.values(), ids=list(KEPT))
def test_allred_beside_a_share_stands(text: str, details: dict) -> None:
    (found,) = read_text(text)
    assert {name: getattr(found, name) for name in details} == details


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("HER2/CEP17 ratio 2.4", 2.4),
        ("HER2/CEP17 RATI0 2.4", 2.4),
        ("Ratl0: 1.6", 1.6),
        ("operation 2.4", None),  # a word ending as the misread one does names no ratio
        ("rations 2.4", None),
    ],
)
def test_ratio_word_as_read(text: str, ratio: float | None) -> None:
    assert read_values(text).ratio == ratio


@pytest.mark.parametrize(
    ("text", "alteration"),
    [
        ("EX0N 19 DELETI0N", "exon 19 deletion"),
        ("ex0n 20 1nsertion", "exon 20 insertion"),
        ("exon 14 skipping", "exon 14 skipping"),
        ("EX0NS 18-21 SEQUENCED", None),  # the exons tested name no change
        ("DELETED IN ERROR", None),
    ],
)
def test_named_class_as_read(text: str, alteration: str | None) -> None:
    assert normalise_alteration(text) == alteration


_RUN = " " * 3000


@pytest.mark.parametrize(
    "text",
    [
        "rati0" + _RUN + "x",
        "HER2/CEP17" + _RUN + "rati0" + _RUN + "2.4",
        "<1%;" + _RUN + "Allred" + _RUN + "0",
        "H-SC0RE" + _RUN + "x",
        "ALLRED" + _RUN + "SC0RE" + _RUN + "x",
        "EX0N" + _RUN + "19" + _RUN + "DELETI0N",
        "DELETI0N" + _RUN + "IN" + _RUN + "EX0N 19",
    ],
)
def test_long_runs_of_spaces(text: str) -> None:
    """The kinds' patterns take a long run of spaces whole: these lines give their reading.

    A pattern that gave such a run back space by space would not end here
    (bench/bench_linear_inputs.py times such pages).
    """
    read_values(text)
    named_ratios(text)
    normalise_alteration(text)
