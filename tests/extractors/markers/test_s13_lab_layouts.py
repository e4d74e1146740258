"""Laboratories' own PDF layouts whose tick marks mean what they mean by where they stand.

The PDFs are drawn here for an invented laboratory, in words of our own (test_s10_lab_layouts
draws them); none copies a real report. Boxes and column rules are not drawn: as in many
laboratories' PDFs, the page's text keeps only the mark.

- ticked_option_row: the options of one question on one row, wide apart, one led by a mark.
- ticked_option_list (in WORDINGS): the options one under another, each alone on its line,
  one led by a mark; the others, lined up with it, are dropped.
- quantity_line_among_option_lines (in WORDINGS): a 'key: value' line among option lines is a
  quantity, not an option left empty; a quantity's word alone ('Percent 30%') is the share.
- tick_column_table: a header with verdict columns, each row's mark under one of them.
- two_column_page: prose in a left column beside a right column; the reader joins their lines,
  so each column is read on its own.
- heading_after_a_table_row: a heading in larger type under a table's last row ends the row's
  statement, so its words ('Eligibility ...') do not speak for the row.
- share_column_without_sign: bare numbers under a header that names a column of shares
  ('% tumour cells', 'Cells (%)') are shares.
- boxes_side_by_side: a row of labels, each naming a marker, over rows of values in the same
  columns (flush left or centred): each box is read with its own values.

And wordings these reports use in their text, read from the text alone (WORDINGS):

- field_line_before_a_note: a 'Field: value' line, its field lower-case led ('bTMB') or of
  several words, ends at its line's end when a sentence starts on the next line, so a note
  under it ('no cut-off has been validated') is no methods sentence about its value.
- msi_share_of_unstable_loci: 'MSI score 2% of loci unstable' is a score, not a verdict
  'unstable': the class after it decides; without one the score is only reported.
- verdict_in_stained_cells: 'positive in (80% of) tumour cells' speaks of a stain, so a
  variant-specific antibody's result ('IDH1 R132H') is an expression result.
- variant_named_under_a_share_row: 'BRAF V600E.' heading a detail paragraph under a table row
  that ends in an allele fraction is a variant, not a stain: the share above is the row's.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    R,
    layout_tests,
)
from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

pytest.importorskip("reportlab")


def _receptor_options() -> bytes:
    page = LabPage()
    page.row(700, (54, "Oestrogen receptor status"), bold=True)
    page.row(684, (54, "X"), (66, "Positive"), (200, "Weakly positive (1-10%)"), (360, "Negative"))
    page.row(668, (54, "Proportion of stained nuclei 70%"))
    page.row(644, (54, "Progesterone receptor status"), bold=True)
    page.row(628, (54, "Positive"), (200, "X"), (212, "Negative"), (360, "Not assessable"))
    return lab_pdf(page)


def _her2_score_options() -> bytes:
    page = LabPage()
    page.row(700, (54, "HER2 protein (IHC)"), bold=True)
    page.row(
        684,
        (54, "0 (negative)"),
        (160, "1+ (negative)"),
        (266, "X"),
        (278, "2+ (equivocal)"),
        (400, "3+ (positive)"),
    )
    page.row(668, (54, "Scored on block B2 by two readers."))
    return lab_pdf(page)


def _fusion_columns() -> bytes:
    page = LabPage()
    page.row(700, (54, "Rearrangements (RNA)"), bold=True, size=11)
    page.row(684, (54, "Gene"), (200, "Detected"), (280, "Not detected"), (380, "Comment"))
    page.row(670, (54, "RET fusion"), (284, "X"))
    page.row(656, (54, "ALK fusion"), (204, "X"), (380, "EML4::ALK, variant 3"))
    page.row(642, (54, "ROS1 fusion"), (284, "X"))
    return lab_pdf(page)


def _mutation_columns() -> bytes:
    page = LabPage()
    page.row(700, (54, "Hotspot mutation screen"), bold=True, size=11)
    page.row(684, (54, "Gene (exons)"), (220, "Mutated"), (300, "Wild-type"))
    page.row(670, (54, "KRAS (2, 3, 4)"), (306, "x"))
    page.row(656, (54, "NRAS (2, 3, 4)"), (306, "x"))
    page.row(642, (54, "BRAF (15)"), (226, "x"))
    page.row(620, (54, "Methods: pyrosequencing of the listed exons."))
    return lab_pdf(page)


def _columns_with_a_not_tested_column() -> bytes:
    page = LabPage()
    header = ((54, "Alteration"), (220, "Detected"), (290, "Not detected"), (370, "Not tested"))
    page.row(700, *header, bold=True)
    page.row(686, (54, "EGFR exon 19 deletion"), (300, "X"))
    page.row(672, (54, "KRAS G12C"), (226, "X"))
    page.row(662, (54, "(allele fraction 14%)"))
    page.row(648, (54, "ALK fusion"), (376, "X"))
    page.row(634, (54, "ROS1 fusion"), (300, "X"))
    return lab_pdf(page)


def _her2_amplification_columns() -> bytes:
    page = LabPage()
    page.row(700, (54, "Copy number"), (200, "Amplified"), (300, "Not amplified"), bold=True)
    page.row(684, (54, "ERBB2 (HER2)"), (300, "X"))
    page.row(670, (54, "MET"), (300, "X"))
    return lab_pdf(page)


def _two_columns(left: list[str], right: list[str], headings: tuple[str, str]) -> bytes:
    """Two columns of text, each with its own line spacing (12 and 11 points)."""
    page = LabPage()
    page.row(700, (54, headings[0]), (320, headings[1]), bold=True)
    for number, line in enumerate(left):
        page.row(684 - 12 * number, (54, line))
    for number, line in enumerate(right):
        cells = [(320.0 + 50 * i, cell.strip()) for i, cell in enumerate(line.split("|"))]
        page.row(684 - 11 * number, *cells, size=8.5)
    return lab_pdf(page)


def _table_of_long_cells() -> bytes:
    page = LabPage()
    page.row(700, (54, "Test performed"), (260, "Result and comment"), bold=True)
    rows = (
        ("EGFR mutation analysis (exons 18-21)", "No mutation found in any exon"),
        ("ALK rearrangement by FISH (break-apart)", "Negative, 4% of nuclei split"),
        ("ROS1 rearrangement by FISH (break-apart)", "Positive, 38% of nuclei"),
        ("PD-L1 immunohistochemistry (22C3 assay)", "TPS 15%, low expression"),
    )
    for number, (test, result) in enumerate(rows):
        page.row(684 - 14 * number, (54, test), (260, result))
    return lab_pdf(page)


def _panel_list_beside_prose() -> bytes:
    return _two_columns(
        [
            "Plasma DNA was sequenced with a hybrid capture panel;",
            "a result of 'not detected' does not exclude a variant",
            "below the limit of detection, or a tumour that sheds",
            "little DNA into the circulation.",
        ],
        ["ALK | BRAF | EGFR | KRAS", "MET | NRAS | RET | ROS1", "AR | TP53 | PIK3CA | ERBB2"],
        ("About the assay", "Genes on the panel"),
    )


def _stain_results_beside_microscopy() -> bytes:
    return _two_columns(
        [
            "Sections show a moderately differentiated adenocarcinoma",
            "invading through the muscularis propria into the",
            "pericolic fat. Tumour budding is low and no perineural",
            "invasion is seen. Twelve lymph nodes are negative",
            "for metastatic carcinoma.",
        ],
        [
            "MLH1 and PMS2 show loss of",
            "nuclear expression; MSH2 and",
            "MSH6 are retained in tumour",
            "nuclei.",
        ],
        ("Microscopic description", "Mismatch repair proteins"),
    )


def _three_boxes_flush_left() -> bytes:
    page = LabPage()
    page.row(700, (54, "Immuno-oncology markers"), bold=True, size=11)
    labels = ((54, "Microsatellite instability"), (230, "Tumour mutational burden"))
    page.row(680, *labels, (420, "PD-L1 (22C3)"), size=8)
    page.row(664, (54, "Not detected"), (230, "3 Muts/Mb"), (420, "TPS 70%"), bold=True, size=13)
    page.row(650, (54, "stable"), (230, "low"), (420, "high expression"), size=8)
    page.row(620, (54, "Sequencing findings are listed on the next page."))
    return lab_pdf(page)


def _box_values_that_name_their_marker() -> bytes:
    page = LabPage()
    page.row(700, (60, "Microsatellite status"), (300, "Tumour mutational burden"), size=8)
    page.row(686, (70, "MSS"), (320, "7 Muts/Mb"), bold=True, size=13)
    page.row(672, (60, "MSI-High not detected"), (300, "TMB-Low (cut-off 10)"), size=8)
    page.row(640, (54, "Variants are listed in the table below."))
    return lab_pdf(page)


def _two_boxes_centred() -> bytes:
    page = LabPage()
    page.row(700, (90, "HER2 (IHC)"), (330, "Oestrogen receptor"), bold=True)
    page.row(684, (100, "Score 1+"), (350, "90%"), size=13)
    page.row(668, (98, "negative"), (345, "positive"), size=8)
    page.row(640, (54, "Scored on the resection specimen, block A4."))
    return lab_pdf(page)


def _gd2_row_then_heading() -> bytes:
    page = LabPage()
    page.row(700, (54, "Antigen"), (150, "Cells (%)"), (250, "Intensity"), (350, "Call"), bold=True)
    page.row(686, (54, "GD2"), (150, "85"), (250, "3+"), (350, "POSITIVE"))
    page.row(666, (54, "Eligibility for the study"), bold=True, size=12)
    page.row(650, (54, "Decided by the site investigator."))
    return lab_pdf(page)


def _her2_row_then_heading() -> bytes:
    page = LabPage()
    page.row(700, (54, "Stain"), (150, "Score"), (250, "Call"), bold=True)
    page.row(686, (54, "HER2 (4B5)"), (150, "3+"), (250, "Positive"))
    page.row(666, (54, "Treatment eligibility"), bold=True, size=12)
    page.row(650, (54, "Trastuzumab may be considered by the oncologist."))
    return lab_pdf(page)


def _receptor_share_column() -> bytes:
    page = LabPage()
    page.row(700, (54, "Marker"), (150, "% nuclei stained"), (260, "Intensity"), (350, "Result"))
    page.row(686, (54, "ER"), (150, "95"), (260, "strong"), (350, "Positive"))
    page.row(672, (54, "PR"), (150, "0"), (260, "none"), (350, "Negative"))
    return lab_pdf(page)


LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    "ticked_option_row": [
        (
            _receptor_options(),
            [("ER", EXPR, P, {"percent": 70.0}), ("PR", EXPR, N, {})],
        ),
        (_her2_score_options(), [("HER2", EXPR, "equivocal", {"ihc_score": "2+"})]),
    ],
    "tick_column_table": [
        (
            _fusion_columns(),
            [
                ("RET", FUS, N, {}),
                ("ALK", FUS, P, {"alteration": "EML4-ALK"}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            _mutation_columns(),
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("BRAF", MUT, P, {})],
        ),
        (_her2_amplification_columns(), [("HER2", AMP, N, {}), ("MET", AMP, N, {})]),
        (
            _columns_with_a_not_tested_column(),
            [
                ("EGFR", MUT, N, {}),
                ("KRAS", MUT, P, {"alteration": "G12C"}),
                ("ROS1", FUS, N, {}),
            ],
        ),
    ],
    "heading_after_a_table_row": [
        (_gd2_row_then_heading(), [("GD2", EXPR, P, {})]),
        (_her2_row_then_heading(), [("HER2", EXPR, P, {"ihc_score": "3+"})]),
    ],
    "share_column_without_sign": [
        (_gd2_row_then_heading(), [("GD2", EXPR, P, {"percent": 85.0})]),
        (
            _receptor_share_column(),
            [("ER", EXPR, P, {"percent": 95.0}), ("PR", EXPR, N, {"percent": 0.0})],
        ),
    ],
    "boxes_side_by_side": [
        (
            _three_boxes_flush_left(),
            [
                ("MSI", SIG, N, {}),
                ("TMB", SIG, N, {"value": "3 mut/Mb"}),
                ("PD-L1", EXPR, P, {"percent": 70.0}),
            ],
        ),
        (
            _two_boxes_centred(),
            [("HER2", EXPR, N, {"ihc_score": "1+"}), ("ER", EXPR, P, {"percent": 90.0})],
        ),
        (
            _box_values_that_name_their_marker(),
            [("MSI", SIG, N, {}), ("TMB", SIG, N, {"value": "7 mut/Mb"})],
        ),
    ],
    "two_column_page": [
        (_panel_list_beside_prose(), []),
        (
            _table_of_long_cells(),  # a table's cells share their row's line: it keeps its rows
            [
                ("EGFR", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, P, {}),
                ("PD-L1", EXPR, P, {"percent": 15.0}),
            ],
        ),
        (
            _stain_results_beside_microscopy(),
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
    ],
}


WORDINGS: dict[str, list[tuple[str, Expected]]] = {
    "field_line_before_a_note": [
        (
            "Blood tumour mutational burden: 11 muts/Mb\n"
            "No validated clinical cut-off applies to this plasma assay.",
            [("TMB", SIG, R, {"value": "11 mut/Mb"})],
        ),
        (
            "bTMB: 21.5 mutations/Mb\nA threshold for this test has not been validated.",
            [("TMB", SIG, R, {"value": "21.5 mut/Mb"})],
        ),
    ],
    "msi_share_of_unstable_loci": [
        ("MSI score 1.4% of loci unstable: MSS", [("MSI", SIG, N, {})]),
        (
            "Microsatellite instability: 4% of the evaluated sites unstable (stable)",
            [("MSI", SIG, N, {})],
        ),
        ("MSI: 38% of loci unstable - MSI-High", [("MSI", SIG, P, {})]),
        ("MSI score 3% of markers unstable", [("MSI", SIG, R, {})]),
    ],
    "verdict_in_stained_cells": [
        ("IDH1 R132H: positive in most tumor cells", [("IDH1", EXPR, P, {})]),
        ("IDH-1 (R132H) stain negative in lesional cells.", [("IDH1", EXPR, N, {})]),
        ("BRAF V600E (VE1) - negative in all neoplastic cells", [("BRAF", EXPR, N, {})]),
    ],
    "ticked_option_list": [
        (
            "Oestrogen receptor status\nX Positive\nNegative\nNot assessable\nProportion 80%",
            [("ER", EXPR, P, {"percent": 80.0})],
        ),
        (
            "MLH1\nX Intact\nLost\nMSH2\nIntact\nX Lost",
            [("MLH1", EXPR, P, {}), ("MSH2", EXPR, N, {})],
        ),
    ],
    # A key with its value between two ticked blocks is the block's quantity, never an option
    # to drop, though its key holds an option's word; a quantity's word alone is the share.
    "quantity_line_among_option_lines": [
        (
            "X Negative\nProgesterone receptor\nShare positive: 0%\n"
            "X Positive\nOestrogen receptor\nShare positive: 95%",
            [("PR", EXPR, N, {"percent": 0.0}), ("ER", EXPR, P, {"percent": 95.0})],
        ),
        (
            "Progesterone receptor\nX Positive\nNegative\nPercent 30%",
            [("PR", EXPR, P, {"percent": 30.0})],
        ),
    ],
    "variant_named_under_a_share_row": [
        (
            "Gene Variant VAF\nNRAS Q61K 12.5%\nBRAF V600E. Summary of the BRAF finding follows.",
            [
                ("NRAS", MUT, P, {"alteration": "Q61K", "value": "VAF 12.5%"}),
                ("BRAF", MUT, P, {"alteration": "V600E"}),
            ],
        ),
        (
            "Variants of unknown significance\nERBB4 R393W 7.7%\nIn detail\n"
            "IDH1 R132C. A codon 132 change in the IDH1 gene.",
            [("IDH1", MUT, P, {"alteration": "R132C"})],
        ),
    ],
}


test_every_kind_has_two_wordings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, WORDINGS
)
