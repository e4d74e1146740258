"""Kinds of wording whose result was found with the wrong detail (percent, value, alteration),
found across the readable tune halves in the nineteenth session, each in two or more wordings
of our own.

FIXED holds, for each kind, texts and exactly what they state; KEPT holds nearby results that
the kind's rule must leave standing. No sentence is quoted from a report.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    MUT,
    E,
    Expected,
    N,
    P,
    fixed_and_kept_tests,
    read_text,
)

FIXED: dict[str, list[tuple[str, Expected]]] = {
    # A bound share after words of staining ('staining in more than 90% of cells') is the
    # result's value; it was taken for a legend's criterion and the result dropped.
    "bound_share_after_staining_words": [
        (
            "ER: positive, strong nuclear staining in more than 90% of the tumour cells.",
            [("ER", EXPR, P, {"value": ">90%"})],
        ),
        (
            "GD2 ....... positive, membranous staining in more than 80% of viable cells",
            [("GD2", EXPR, P, {"value": ">80%"})],
        ),
        (
            "PR: negative, nuclei stained in less than 1% of carcinoma cells.",
            [("PR", EXPR, N, {"value": "<1%"})],
        ),
    ],
    # The share of the tumour's area that stained immune cells cover is the IC score, before a
    # band or cut-off given after it.
    "immune_cell_area_share": [
        (
            "PD-L1 (SP142): positive; stained immune cells cover 3% of the tumour area (IC >= 1%).",
            [("PD-L1", EXPR, P, {"value": "IC 3%"})],
        ),
        (
            "PD-L1 SP142 positive. Immune cells with staining occupy 15% of tumor area;"
            " IC score IC2/3.",
            [("PD-L1", EXPR, P, {"value": "IC 15%"})],
        ),
        (
            "PD-L1 (SP142) positive: IC occupying 7% of the area of the tumor.",
            [("PD-L1", EXPR, P, {"value": "IC 7%"})],
        ),
    ],
    # The SP142 assay's joined band 'IC2/3' is one level, written as the report writes it;
    # stated before the area share, it stays the value.
    "ic_band_pair": [
        ("PD-L1 SP142: IC2/3, positive.", [("PD-L1", EXPR, P, {"value": "IC2/3"})]),
        (
            "PD-L1 (SP142) positive, IC 2/3; immune cells cover 8% of the tumour area.",
            [("PD-L1", EXPR, P, {"value": "IC 2/3"})],
        ),
    ],
    # A splice-site change whose row names the exon skipping it causes is that class.
    "splice_named_by_its_skipping": [
        (
            "MET   c.3028+2T>C (exon 14 skipping)   22.1%",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
        (
            "MET: c.3082+1G>A, leading to exon 14 skipping, detected.",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
    ],
    # Boxed options that each name a change of one gene: the ticked one is the change found.
    "boxed_change_options": [
        (
            "EGFR mutation detected: [ ] G719X  [x] exon 19 deletion  [ ] L858R",
            [("EGFR", MUT, P, {"alteration": "exon 19 deletion"})],
        ),
        (
            "KRAS mutation: detected\n   ☐ G12C   ☐ G12V   ☒ G13D",
            [("KRAS", MUT, P, {"alteration": "G13D"})],
        ),
    ],
    # A header of per-cell counts and the ratio over a row of numbers: the ratio is the
    # number under its own heading, not the first number after the word 'ratio'.
    "ratio_under_its_column": [
        (
            "HER2 FISH\nMean HER2 signals/cell   Mean CEP17 signals/cell   HER2/CEP17 ratio"
            "   Result\n4.4   2.1   2.10   amplified\nHER2 is amplified.",
            [("HER2", AMP, P, {"ratio": 2.1})],
        ),
        (
            "HER2 ISH:\nHER2 copies per nucleus  CEP17 copies per nucleus  Ratio\n3.2  2.5  1.28"
            "\nInterpretation: HER2 not amplified.",
            [("HER2", AMP, N, {"ratio": 1.28})],
        ),
    ],
    # A dot leader between a PD-L1 score's name and its number stands for the colon.
    "score_after_leader": [
        (
            "PD-L1 (22C3):\nCOMBINED POSITIVE SCORE ........ 25\nTUMOR PROPORTION SCORE ..... 5%",
            [("PD-L1", EXPR, P, {"value": "CPS 25", "percent": 5.0})],
        ),
        ("PD-L1 22C3 positive\n  CPS ......... 4\n", [("PD-L1", EXPR, P, {"value": "CPS 4"})]),
    ],
    # A measured TPS in the statement wins over the band of shares the verdict was read with
    # (a ticked option's gloss, 'expression (TPS 1-49%)').
    "measured_score_over_band": [
        (
            "PD-L1 22C3\n[ ] No PD-L1 expression (TPS <1%)\n[x] PD-L1 expression (TPS 1-49%)\n"
            "[ ] High PD-L1 expression (TPS >=50%)\nTumour proportion score: 35%\n",
            [("PD-L1", EXPR, P, {"percent": 35.0})],
        ),
        (
            "PD-L1 (22C3): expression (TPS 1-49%); TPS 12%.",
            [("PD-L1", EXPR, P, {"percent": 12.0, "value": "TPS 12%"})],
        ),
    ],
    # A form's score alone on the line right above the verdict's line, which opens with the
    # name: the verdict's score.
    "score_line_above_the_verdict": [
        (
            "RESULTS\n  Tumour proportion score (TPS):   70%\n  PD-L1 level:   high expression\n",
            [("PD-L1", EXPR, P, {"percent": 70.0, "value": "TPS 70%"})],
        ),
        ("Summary\nCPS: 9\nPD-L1 status: positive\n", [("PD-L1", EXPR, P, {"value": "CPS 9"})]),
    ],
    # The scale a score is given on ('(0-3+)', 'on a scale of 0 to 3+') is no result: the score
    # is the one given on it.
    "scale_of_the_score": [
        ("HER2 (0-3+): 2+, equivocal", [("HER2", EXPR, E, {"ihc_score": "2+", "value": None})]),
        (
            "HER2: negative; membrane staining was 1+ on a scale of 0 to 3+.",
            [("HER2", EXPR, N, {"ihc_score": "1+", "value": None})],
        ),
        ("HER2 IHC score (0 - 3+): 3+", [("HER2", EXPR, P, {"ihc_score": "3+"})]),
        (
            "HER2 was scored 0 on the 0-3+ scale, negative.",
            [("HER2", EXPR, N, {"ihc_score": "0"})],
        ),
    ],
}

KEPT: dict[str, list[tuple[str, Expected]]] = {
    "bound_share_after_staining_words": [
        ("ER is reported positive when nuclear staining in more than 1% of cells is seen.", []),
        ("Positive: staining in more than 10% of tumour cells.", []),
        ("ER: positive in 95% of tumour cells.", [("ER", EXPR, P, {"percent": 95.0})]),
    ],
    "immune_cell_area_share": [
        ("PD-L1 (SP263): IC 5%, positive.", [("PD-L1", EXPR, P, {"value": "IC 5%"})]),
        ("PD-L1 (22C3): TPS 40%, positive.", [("PD-L1", EXPR, P, {"percent": 40.0})]),
        (
            "PD-L1 SP142 immune cell score: IC0 (below 1% of the tumour area)",
            [("PD-L1", EXPR, N, {"value": "IC 0"})],
        ),
    ],
    "ic_band_pair": [
        ("PD-L1 (SP142): IC 1 (>=1% and <5%), positive.", [("PD-L1", EXPR, P, {"value": "IC 1"})]),
        ("PD-L1 22C3: CPS 12, positive.", [("PD-L1", EXPR, P, {"value": "CPS 12"})]),
    ],
    "splice_named_by_its_skipping": [
        ("TP53   c.672+1G>T   18%", [("TP53", MUT, P, {"alteration": "c.672+1G>T"})]),
        (
            "MET exon 14 skipping (c.3028+1G>T) detected",
            [("MET", MUT, P, {"alteration": "exon 14 skipping"})],
        ),
    ],
    "boxed_change_options": [
        ("KRAS: G12D detected.", [("KRAS", MUT, P, {"alteration": "G12D"})]),
        ("MSI status: [x] MSS  [ ] MSI-H", [("MSI", "signature", N, {})]),
    ],
    "ratio_under_its_column": [
        ("HER2 FISH: amplified, HER2/CEP17 ratio 2.6.", [("HER2", AMP, P, {"ratio": 2.6})]),
        (
            "HER2/CEP17 ratio 1.5, not amplified (mean HER2 copy number 3.1 per cell).",
            [("HER2", AMP, N, {"ratio": 1.5})],
        ),
    ],
    "score_after_leader": [
        ("PD-L1 (22C3): CPS 12, positive.", [("PD-L1", EXPR, P, {"value": "CPS 12"})]),
        ("PD-L1 (22C3) ....... negative (TPS <1%)", [("PD-L1", EXPR, N, {"value": "<1%"})]),
    ],
    "measured_score_over_band": [
        ("PD-L1: TPS 1-49%, positive", [("PD-L1", EXPR, P, {"value": "1-49%"})]),
        ("PD-L1 22C3: TPS 60%, high expression.", [("PD-L1", EXPR, P, {"percent": 60.0})]),
    ],
    "score_line_above_the_verdict": [
        ("Key\nTPS >= 50%\nPD-L1: high expression\n", [("PD-L1", EXPR, P, {"value": None})]),
        (
            "Ki-67: 30%\nPD-L1: positive\n",
            [("Ki-67", EXPR, "reported", {"percent": 30.0}), ("PD-L1", EXPR, P, {"value": None})],
        ),
    ],
    "scale_of_the_score": [
        ("HER2: negative (0-1+)", [("HER2", EXPR, N, {"value": "0 - 1+"})]),
        ("HER2 (4B5): 2+, equivocal", [("HER2", EXPR, E, {"ihc_score": "2+"})]),
    ],
}

(
    test_each_kind_has_two_wordings_and_true_results_beside_it,
    test_the_kind_reads_as_stated,
    test_results_worded_close_by_stand,
) = fixed_and_kept_tests(FIXED, KEPT)


# column_row_with_bare_clone: a specimen-column table's row may name its clone bare and its
# score's kind between the marker's name and the cells ('PD-L1 SP263, TPS   10%   60%'): each
# cell is its column's result. Two results of one key, so their shares are checked as a set.
COLUMN_ROWS = {
    "clone-and-kind": (
        "Biomarkers            Block A1 (primary)     Block B2 (node)\n"
        "PD-L1 SP263, TPS     10%                    60%\n",
        {("PD-L1", 10.0), ("PD-L1", 60.0)},
    ),
    "clone-alone": (
        "                  Part A (colon)     Part B (liver)\n"
        "Ki-67 MIB1        15%                40%\n",
        {("Ki-67", 15.0), ("Ki-67", 40.0)},
    ),
    "kept-no-clone": (
        "Stain        A (breast)     B (node)\nER           95%            90%\n",
        {("ER", 95.0), ("ER", 90.0)},
    ),
    "kept-prose": ("PD-L1 SP263, TPS 10%, positive.", {("PD-L1", 10.0)}),
}


@pytest.mark.parametrize(("text", "shares"), COLUMN_ROWS.values(), ids=list(COLUMN_ROWS))
def test_column_row_with_bare_clone(text: str, shares: set[tuple[str, float]]) -> None:
    assert {(r.marker.value, r.percent) for r in read_text(text)} == shares


# column_row_keeps_its_method: each cell is read with the row's name and its method or clone,
# so a stain's row ('ALK (D5F3)', 'ALK D5F3') gives expression, not a fusion.
COLUMN_METHODS = {
    "clone-in-brackets": "Stain   A (breast)   B (node)\nALK (D5F3)   negative   positive\n",
    "clone-bare": (
        "                 Part A (lung)     Part B (node)\nALK D5F3         Negative    Positive\n"
    ),
}


@pytest.mark.parametrize("text", COLUMN_METHODS.values(), ids=list(COLUMN_METHODS))
def test_column_row_keeps_its_method(text: str) -> None:
    found = {(r.marker.value, r.aspect.value, r.status.value) for r in read_text(text)}
    assert found == {("ALK", EXPR, N), ("ALK", EXPR, P)}
