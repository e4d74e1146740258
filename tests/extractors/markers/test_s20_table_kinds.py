"""Kinds of table that any laboratory or hospital uses, drawn and worded here.

The PDFs are drawn for the invented laboratory of test_s10_lab_layouts, in words of our own;
none copies a report.

- header_cells_in_any_order: a results table's header that names the method's column beside
  the name's and the result's, in any order or with a type cell ('Assay type | Target |
  Outcome | Clone', 'Stain  Clone  Read'): its rows, each a marker and a verdict, are results,
  not a methods paragraph (statements._METHOD_COLUMN_HEADER).
- category_column: a first cell that names the class of alteration ('Gene fusions (RNA)',
  'Amplifications', 'Point mutations (DNA)') is the aspect of its row's gene and of the rows
  under it that leave the first cell blank; a word-like symbol after it (RET, MET) is a gene
  (gene_symbols.category_above, category_cell_before_the_gene).
- row_verdict_over_heading: under a heading that denies its items ('Mutations (DNA)  not
  detected', 'Point mutations: none detected'), a row that states a finding of its own
  ('BRAF codon 600   V600E detected') is read by its own words (units._row_with_own_finding).
- score_gloss_in_brackets: a score on the name's row with its gloss in brackets ('1+ (faint,
  incomplete, less than 10% of cells)') says what the score saw: its bound is no criterion
  (statements._score_gloss); a legend that glosses each score on one line still is.
"""

import pytest

from extractors.markers.gene_symbols import category_above
from extractors.markers.spans import Mention
from extractors.markers.statements import _GLOSSED_SCORE, _method_column_header
from extractors.markers.units import _row_with_own_finding
from schemas.markers import Aspect, Marker, Status
from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    E,
    Expected,
    N,
    P,
    layout_tests,
)
from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

pytest.importorskip("reportlab")


def _assay_type_first_clone_last() -> bytes:
    page = LabPage()
    header = ((54, "Assay type"), (150, "Target"), (260, "Outcome"), (420, "Clone"))
    page.row(700, *header, bold=True)
    page.row(684, (54, "IHC"), (150, "ALK"), (260, "Negative"), (420, "D5F3"))
    page.row(668, (54, "IHC"), (150, "PD-L1"), (260, "TPS 5%"), (420, "22C3"))
    page.row(652, (54, "FISH"), (150, "ROS1"), (260, "Not rearranged"), (420, "-"))
    return lab_pdf(page)


def _stain_clone_read() -> bytes:
    page = LabPage()
    page.row(700, (54, "Stain"), (160, "Clone"), (300, "Read"), bold=True)
    page.row(684, (54, "ER"), (160, "SP1"), (300, "Positive, 90%"))
    page.row(668, (54, "PR"), (160, "1E2"), (300, "Negative"))
    page.row(652, (54, "HER2"), (160, "4B5"), (300, "2+ equivocal"))
    return lab_pdf(page)


def _fusion_category_over_blank_cells() -> bytes:
    page = LabPage()
    page.row(700, (54, "Category"), (200, "Target"), (330, "Result"), bold=True)
    page.row(684, (54, "Gene fusions (RNA)"), (200, "ROS1"), (330, "negative"))
    page.row(668, (200, "NTRK1/2/3"), (330, "negative"))
    page.row(652, (200, "ALK"), (330, "negative"))
    page.row(636, (54, "Point mutations (DNA)"), (200, "EGFR"), (330, "not detected"))
    page.row(620, (200, "KRAS"), (330, "not detected"))
    return lab_pdf(page)


def _class_cell_on_every_row() -> bytes:
    page = LabPage()
    page.row(700, (54, "Alteration class"), (200, "Gene"), (330, "Call"), bold=True)
    page.row(684, (54, "Fusions"), (200, "RET"), (330, "not detected"))
    page.row(668, (54, "Amplifications"), (200, "MET"), (330, "not amplified"))
    page.row(652, (54, "Point mutations"), (200, "EGFR"), (330, "not detected"))
    return lab_pdf(page)


def _heading_denies_but_a_row_finds() -> bytes:
    page = LabPage()
    page.row(700, (54, "Mutations (DNA)"), (330, "not detected"), bold=True)
    page.row(684, (54, "KRAS exons 2-4"), (330, "not detected"))
    page.row(668, (54, "BRAF codon 600"), (330, "V600E detected"))
    return lab_pdf(page)


def _colon_heading_denies_but_a_row_finds() -> bytes:
    page = LabPage()
    page.row(700, (54, "Point mutations: none detected"), bold=True)
    page.row(684, (54, "EGFR"), (160, "exons 18-21"), (330, "wild type"))
    page.row(668, (54, "KRAS"), (160, "codon 12"), (330, "G12C present"))
    return lab_pdf(page)


def _score_cell_with_gloss() -> bytes:
    page = LabPage()
    page.row(700, (54, "Marker"), (160, "Score"), (420, "Result"), bold=True)
    gloss = "1+ (faint, incomplete, less than 10% of cells)"
    page.row(684, (54, "HER2 (4B5)"), (160, gloss), (420, "negative"))
    return lab_pdf(page)


def _score_gloss_on_a_line() -> bytes:
    page = LabPage()
    gloss = "2+ (weak to moderate, complete, more than 10% of cells)"
    page.row(700, (54, "HER2 IHC"), (160, gloss), (440, "equivocal"))
    page.row(684, (54, "Reflex ISH has been requested."))
    return lab_pdf(page)


LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    "header_cells_in_any_order": [
        (
            _assay_type_first_clone_last(),
            [("ALK", EXPR, N, {}), ("PD-L1", EXPR, P, {"percent": 5.0}), ("ROS1", FUS, N, {})],
        ),
        (
            _stain_clone_read(),
            [("ER", EXPR, P, {"percent": 90.0}), ("PR", EXPR, N, {}), ("HER2", EXPR, E, {})],
        ),
    ],
    "category_column": [
        (
            _fusion_category_over_blank_cells(),
            [
                ("ROS1", FUS, N, {}),
                ("NTRK", FUS, N, {}),
                ("ALK", FUS, N, {}),
                ("EGFR", MUT, N, {}),
                ("KRAS", MUT, N, {}),
            ],
        ),
        (
            _class_cell_on_every_row(),
            [("RET", FUS, N, {}), ("MET", AMP, N, {}), ("EGFR", MUT, N, {})],
        ),
    ],
    "row_verdict_over_heading": [
        (
            _heading_denies_but_a_row_finds(),
            [("KRAS", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        (
            _colon_heading_denies_but_a_row_finds(),
            [("EGFR", MUT, N, {}), ("KRAS", MUT, P, {"alteration": "G12C"})],
        ),
    ],
    "score_gloss_in_brackets": [
        (_score_cell_with_gloss(), [("HER2", EXPR, N, {})]),
        (_score_gloss_on_a_line(), [("HER2", EXPR, E, {})]),
    ],
}

WORDINGS: dict[str, list[tuple[str, Expected]]] = {
    "header_cells_in_any_order": [
        (
            "Method   Gene   Result   Kit\nIHC   MLH1   retained   ES05\nIHC   MSH6   lost   EP49",
            [("MLH1", EXPR, P, {}), ("MSH6", EXPR, N, {})],
        ),
        (
            "Antibody | Clone | Outcome\nPR | 1E2 | negative\nAR | SP107 | positive",
            [("PR", EXPR, N, {}), ("AR", EXPR, P, {})],
        ),
        # a methods sentence that names the clone is still no result
        ("PD-L1 was stained with the 22C3 clone.", []),
    ],
    "category_column": [
        (
            "Class   Gene   Call\nFusions (RNA)   ROS1   negative\nRET   negative\nALK   negative\n"
            "SNVs (DNA)   EGFR   negative",
            [("ROS1", FUS, N, {}), ("RET", FUS, N, {}), ("ALK", FUS, N, {}), ("EGFR", MUT, N, {})],
        ),
        (
            "Copy number   MET   not amplified\nRearrangements   ALK   not detected",
            [("MET", AMP, N, {}), ("ALK", FUS, N, {})],
        ),
        # a gene led by its own row under a mutation category stays a mutation
        (
            "Mutations (DNA)   KRAS   not detected\nSTK11   not detected\nALK   not detected",
            [("KRAS", MUT, N, {}), ("ALK", MUT, N, {})],
        ),
    ],
    "row_verdict_over_heading": [
        (
            "Mutations not detected\nKRAS  NRAS\nEGFR   L858R   present",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
        (
            "Variants (DNA) not found\nPIK3CA   exon 20   not detected\n"
            "BRAF   p.V600E   identified",
            [("PIK3CA", MUT, N, {}), ("BRAF", MUT, P, {"alteration": "V600E"})],
        ),
        # rows that say nothing else are the heading's
        (
            "Variants not detected\nHRAS  KRAS  NRAS",
            [("HRAS", MUT, N, {}), ("KRAS", MUT, N, {}), ("NRAS", MUT, N, {})],
        ),
    ],
    "score_gloss_in_brackets": [
        (
            "HER2: score 1+ (faint, barely perceptible, in more than 10% of cells), negative",
            [("HER2", EXPR, N, {})],
        ),
        (
            "HER2 IHC score   2+ (weak to moderate complete membrane staining, more than 10% of "
            "cells)   equivocal",
            [("HER2", EXPR, E, {})],
        ),
        # a legend that glosses each score on one line is criteria
        ("HER2 1+ (faint, more than 10%) = negative, 2+ (weak, more than 10%) = equivocal", []),
    ],
}


test_every_kind_has_two_wordings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, WORDINGS
)


_RUN = " " * 3000


def test_a_header_with_long_runs_is_read_whole() -> None:
    header = "Assay" + _RUN + "Target" + _RUN + "Outcome" + _RUN + "Clone"
    text = header + "\nIHC ALK negative"
    assert _method_column_header(text, len(header) + 1) == 0
    text = "Assay" + _RUN + "Target" + _RUN + "x\nIHC ALK negative"
    assert _method_column_header(text, text.index("\n") + 1) is None


def test_a_category_cell_with_long_runs_is_read_whole() -> None:
    text = "Fusions (RNA)" + _RUN + "ROS1 negative\nALK" + _RUN + "negative"
    alk = Mention(Marker.ALK, text.index("ALK"), text.index("ALK") + 3)
    assert category_above(text, alk, {text.index("ROS1"), alk.start}) is Aspect.FUSION
    text = "Fusions" + _RUN + "\nALK negative"
    alk = Mention(Marker.ALK, text.index("ALK"), text.index("ALK") + 3)
    assert category_above(text, alk, {alk.start}) is None


def test_a_glossed_score_with_long_runs_is_read_whole() -> None:
    assert _GLOSSED_SCORE.search("HER2 1+" + _RUN + "(") is not None
    assert _GLOSSED_SCORE.search("HER2 score" + _RUN + "1+" + _RUN + "(") is not None
    assert _GLOSSED_SCORE.search("HER2 1" + _RUN + "(") is None


def test_a_row_with_long_runs_is_read_whole() -> None:
    text = "Mutations not detected\nBRAF" + _RUN + "V600E" + _RUN + "detected"
    braf = Mention(Marker.BRAF, text.index("BRAF"), text.index("BRAF") + 4)
    assert _row_with_own_finding(text, braf, text.index("\n"), Status.NEGATIVE)
    text = text.replace("detected", "not" + _RUN + "detected")
    braf = Mention(Marker.BRAF, text.index("BRAF"), text.index("BRAF") + 4)
    assert not _row_with_own_finding(text, braf, text.index("\n"), Status.NEGATIVE)
