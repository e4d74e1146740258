"""Kinds of how a detail is written down, third round: found where a matched result's detail
disagreed with the label across the readable tune halves in the twenty-first session. Each
kind is shown in two or more wordings of our own; no sentence is quoted from a report.
"""

import pytest

from extractors.markers.ratios import column_ratios
from extractors.markers.stain_tables import stain_table_row
from extractors.markers.values import read_values
from schemas.markers import IHCScore, Marker
from tests.extractors.markers.kind_tables import AMP, EXPR, MUT, N, P, kind_tests, read_text

KINDS = {
    # ratio_of_its_own_specimen: a ratio near a verdict but under another specimen's heading is
    # that specimen's; the verdict takes the ratio of its own block.
    "ratio_of_its_own_specimen": [
        (
            "Specimen A - left breast core\nHER2/CEP17 ratio 1.4; mean HER2 copies 3.1 per cell."
            " Conclusion: HER2 not amplified.\nSpecimen B - axillary node\nHER2/CEP17 ratio 3.8;"
            " mean HER2 copies 9.0 per cell. Conclusion: HER2 amplified.\n",
            [
                ("HER2", AMP, N, {"ratio": 1.4, "specimen": "A"}),
                ("HER2", AMP, P, {"ratio": 3.8, "specimen": "B"}),
            ],
        ),
        (
            "Part A: primary tumour\nDual probe ISH, ratio 1.2 (20 nuclei counted); the tumour is"
            " HER2 negative (not amplified).\nPart B: liver metastasis\nRatio 4.6 on 20 nuclei;"
            " HER2 amplified.\n",
            [
                ("HER2", AMP, N, {"ratio": 1.2, "specimen": "A"}),
                ("HER2", AMP, P, {"ratio": 4.6, "specimen": "B"}),
            ],
        ),
    ],
    # ratio_in_the_last_column: under a header that ends with the ratio's column, a row whose
    # first cells are not counts ('40 (two readers)') ends in the counts and the ratio.
    "ratio_in_the_last_column": [
        (
            "HER2 FISH\nNuclei scored  Mean HER2 signals/cell  Mean CEP17 signals/cell  HER2/CEP17"
            " ratio\n40 (two readers)  3.1  2.4  1.29\nResult: HER2 not amplified.\n",
            [("HER2", AMP, N, {"ratio": 1.29})],
        ),
        (
            "ERBB2 in situ hybridisation\nCells  ERBB2 copies per cell  CEP17 copies per cell"
            "  Ratio\n50 (area 1 and 2)  8.8  2.2  4.0\nInterpretation: ERBB2 amplified\n",
            [("HER2", AMP, P, {"ratio": 4.0})],
        ),
    ],
    # score_bound_in_words: a PD-L1 score with its bound in words after it ('CPS 1 or more')
    # is the interpretation's bound; the measured score under the same name is the value.
    "score_bound_in_words": [
        (
            "PD-L1 (22C3): combined positive score 15; positive (CPS 1 or more)\n",
            [("PD-L1", EXPR, P, {"value": "CPS 15"})],
        ),
        (
            "PD-L1 22C3   Combined Positive Score: 7   PD-L1 expressed (CPS 1 or higher)\n",
            [("PD-L1", EXPR, P, {"value": "CPS 7"})],
        ),
        (
            "PD-L1 SP263: expressed, TPS 50% or higher\n",
            [("PD-L1", EXPR, P, {"value": ">=50%"})],
        ),
    ],
    # share_column_among_others: a Clone table's share column need not be the last; where the
    # headings before it are one word each, as are the row's cells under them, the share is
    # the row's word in its place.
    "share_column_among_others": [
        (
            "Stain  Clone  Result  % cells  Intensity  Pattern\nER  SP1  Positive  85  strong"
            "  nuclear\nPR  1E2  Positive  30  2-3+  nuclear, patchy\n",
            [("ER", EXPR, P, {"percent": 85}), ("PR", EXPR, P, {"percent": 30})],
        ),
        (
            "Antibody Clone Interpretation Percent Intensity Comment\nMesothelin 5B2 positive 60"
            " moderate luminal membranes\nAR SP107 negative 0 - -\n",
            [("Mesothelin", EXPR, P, {"percent": 60}), ("AR", EXPR, N, {"percent": 0})],
        ),
    ],
    # amended_result_takes_the_bodys_details: an amendment's note replaces the other results
    # of its kind, but the report's own lines give the same result its details; a change the
    # note withdraws is never taken.
    "amended_result_takes_the_bodys_details": [
        (
            "AMENDED REPORT\nAmendment: the EGFR variant was first reported in error as p.L861Q;"
            " the reviewed call follows.\nVariants detected\nGene  Protein change  VAF\nEGFR"
            "  p.L858R  31%\n",
            [("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "ADDENDUM (amended)\nReason: progesterone receptor repeated on block B3 because the"
            " first slide had no internal control staining.\nRESULTS\nProgesterone receptor"
            " (block B3): NEGATIVE; nuclei staining: <1%.\n",
            [("PR", EXPR, N, {"value": "<1%"})],
        ),
    ],
    # distribution_sums_to_a_hundred: shares by level where OCR read one '%' as '8' are still
    # the distribution when, so read, they make up all cells.
    "distribution_sums_to_a_hundred": [
        (
            "ER: negative. H-score (0: 100%; 1+: 08; 2+: 0%; 3+: 0%).\n",
            [("ER", EXPR, N, {"value": "H-score 0", "percent": 0})],
        ),
        (
            "PR: positive. Shares by level 0: 40%, 1+: 208, 2+: 30%, 3+: 10%\n",
            [("PR", EXPR, P, {"value": "H-score 110", "percent": 60})],
        ),
    ],
    # value_on_an_indented_line: a value wrapped onto the next line of a laid-out cell, after
    # the run of spaces that indents it, is as near its verdict as its words are.
    "value_on_an_indented_line": [
        (
            "Ki-67 (MIB-1) ................ reported as a proliferation\n"
            + " " * 36
            + "index of approximately 35%\n",
            [("Ki-67", EXPR, "reported", {"percent": 35})],
        ),
        (
            "PD-L1 (SP142)            POSITIVE: tumour-infiltrating\n"
            + " " * 30
            + "immune cells cover 3% of the tumour area\n",
            [("PD-L1", EXPR, P, {"value": "IC 3%"})],
        ),
    ],
    # stained_cells_named_by_the_marker: the marker's name joined to a stain word ('PD-L1-
    # stained cells', 'ER-positive nuclei') after the same marker's result describes the cells
    # its value counts; it is no second result that takes the verdict before it.
    "stained_cells_named_by_the_marker": [
        (
            "PD-L1 (SP142) ....... POSITIVE: PD-L1-stained immune cells occupy 4% of\n"
            + " " * 24
            + "the tumour area\n",
            [("PD-L1", EXPR, P, {"value": "IC 4%"})],
        ),
        (
            "Estrogen receptor: positive; ER-staining nuclei 70%, strong.\n",
            [("ER", EXPR, P, {"percent": 70})],
        ),
        ("ER-positive tumour cells: 80%\n", [("ER", EXPR, P, {"percent": 80})]),
    ],
    # tumour_intensity_on_the_scale: the tumour's staining intensity on the 0-3 scale, in a
    # sentence of its own after the one naming the stain, is that stain's score.
    "tumour_intensity_on_the_scale": [
        (
            "HER2 result: this carcinoma is negative for HER2 protein overexpression.\nThe assay"
            " was run on block A3 with the 4B5 antibody to HER2 protein. The staining intensity"
            " of this tumour was 1 on a scale of\n0-3 with incomplete membrane staining only.\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ONE})],
        ),
        (
            "Her-2/neu: negative for overexpression.\nStained with the CB11 antibody to"
            " Her-2/neu.\nIntensity of the carcinoma's staining: 0 on the 0 to 3 scale.\n",
            [("HER2", EXPR, N, {"ihc_score": IHCScore.ZERO})],
        ),
    ],
    # change_on_a_row_of_its_own: a report's one detected mutation, stated without its change,
    # takes the one change the report gives on a row that names no gene.
    "change_on_a_row_of_its_own": [
        (
            "KRAS codon 12/13 analysis (real-time PCR)\nOutcome: MUTATION DETECTED\nMutation"
            "   G12D (c.35G>A)\nComment: a KRAS mutation was detected in this tumour.\n",
            [("KRAS", MUT, P, {"alteration": "G12D"})],
        ),
        (
            "BRAF codon 600 analysis (pyrosequencing)\nOutcome: a BRAF mutation is present.\n"
            "Variant detected: p.Val600Glu\n",
            [("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
    ],
}

test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


def test_one_change_for_one_detected_mutation_only() -> None:
    # two detected genes: whose the row's change is, is not certain
    text = "Variant: p.Ser249Cys\n\nEGFR: mutation detected.\nNRAS: mutation detected.\n"
    assert {r.alteration for r in read_text(text)} == {None}


# scores_apart_are_two: two specimens' different scores or ratios of one status are two
# results, each with its own detail.
SCORES_APART = {
    "two-scores-by-part": (
        "Part 1 (upper lobe): HER2 immunohistochemistry score 0.\nPart 2 (lower lobe): HER2"
        " immunohistochemistry score 1+.\n",
        Marker.HER2,
        "ihc_score",
        {IHCScore.ZERO, IHCScore.ONE},
    ),
    "two-scores-by-block": (
        "Block A2: HER2 (4B5): 1+, negative.\nBlock C1: HER2 (4B5): 0, negative.\n",
        Marker.HER2,
        "ihc_score",
        {IHCScore.ZERO, IHCScore.ONE},
    ),
    "two-ratios-by-specimen": (
        "Specimen A: HER2 FISH not amplified, ratio 1.3.\nSpecimen B: HER2 FISH not amplified,"
        " ratio 1.8.\n",
        Marker.HER2,
        "ratio",
        {1.3, 1.8},
    ),
}


@pytest.mark.parametrize(
    ("text", "marker", "detail", "expected"),
    [pytest.param(*case, id=name) for name, case in SCORES_APART.items()],
)
def test_scores_apart_are_two(text: str, marker: Marker, detail: str, expected: set) -> None:
    found = [r for r in read_text(text) if r.marker is marker]
    assert {getattr(r, detail) for r in found} == expected


def test_one_score_written_twice_is_one_result() -> None:
    found = read_text("HER2 IHC: 1+ (negative).\nComment: HER2 score 1+, no ISH needed.\n")
    assert [r.ihc_score for r in found if r.marker is Marker.HER2] == [IHCScore.ONE]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("CPS 1 or more", ["CPS >=1"]),
        ("TPS 1% or less", ["<=1%", "TPS <=1%"]),
        ("CPS 1-19 or more", ["CPS 1-19"]),  # a band states its own ends
        ("positive (CPS 1 or more); CPS 12", ["CPS 12"]),
        ("CPS 8 and\nabove", ["CPS >=8"]),
        ("CPS 4", ["CPS 4"]),
    ],
)
def test_score_bounds_in_words(text: str, values: list[str]) -> None:
    assert read_values(text).values == values


@pytest.mark.parametrize(
    ("text", "h_score"),
    [
        ("(0: 100%; 1+: 08; 2+: 0%; 3+: 0%)", 0),
        ("(0: 50%; 1+: 18; 2+: 20%; 3+: 20%)", None),  # so read, not all cells: no distribution
        ("(0: 10%; 1+: 30%; 2+: 30%; 3+: 30%)", 180),
    ],
)
def test_distribution_sums(text: str, h_score: int | None) -> None:
    assert read_values(text).h_score == h_score


def test_ratio_in_the_last_column_needs_the_ratio_last() -> None:
    header = "Cells  Mean HER2 signals/cell  Mean CEP17 signals/cell  HER2/CEP17 ratio  Group\n"
    assert column_ratios(header + "60 (two readers)  2.9  2.2  1.3  5\n") == {}
    ends = "Cells  Mean HER2 signals/cell  Mean CEP17 signals/cell  HER2/CEP17 ratio\n"
    assert column_ratios(ends + "60 (two readers)  2.9  2.2  1.3\n") == {
        Marker.HER2: (1.3, {2.9, 2.2})
    }


def test_share_column_among_others_leaves_unplaced_rows() -> None:
    header = "Marker  Clone  Result  % cells  Intensity\n"
    row = "ER  SP1  weak to moderate  80  2+\n"  # a result of several words: no certain place
    text = header + row
    start = text.index("ER")
    share = stain_table_row(text, start, start + 2)
    assert share is not None and share.unread


_RUN = " " * 3000


@pytest.mark.parametrize(
    "text",
    [
        "ratio\n" + "60" + _RUN + "x" + _RUN + "1.3",
        "Mean HER2 signals/cell ratio" + _RUN + "\n1" + _RUN + "2.2" + _RUN + "1.3" + _RUN,
        "CPS 1" + _RUN + "or" + _RUN + "more",
        "(0:" + _RUN + "100%;" + _RUN + "1+:" + _RUN + "08" + _RUN + ";",
    ],
)
def test_long_runs_of_spaces(text: str) -> None:
    read_values(text)
    column_ratios(text)
