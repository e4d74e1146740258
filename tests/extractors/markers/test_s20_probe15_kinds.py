"""Kinds found in laboratories' own PDFs (the fifteenth probe's tune half), drawn and worded here.

The PDFs are drawn for the invented laboratory of test_s10_lab_layouts, in words of our own;
none copies a probe's report.

- blank_first_cell_rows: a table whose first column groups its rows ('Fusions (RNA)' written
  once over the rows it groups): a line under it that leaves the first cell blank and fills
  two or more cells, a row's pitch down, is the group's next row, not a wrapped line of the
  row above; a cell's own wrapped line (a line's pitch down) still joins its cell.
- summary_box_after_marker_boxes: a row of boxes, each headed by a marker ('MLH1   PMS2 ...'),
  with a last box that sums them up ('Panel', 'Overall result'): each box is read on its own.

And wordings, read from the text alone (WORDINGS):

- pending_on_a_later_row: a row that states its verdict is not held back by pending or
  not-assessed words on a later row of another test ('KIT   pending', 'Copy number   not
  assessed').
- heading_alone_below_a_table: a therapy or eligibility word alone on its line under a table
  ('Eligibility', 'Prognosis') heads the section under it: it says nothing of the rows above.
- class_named_by_its_cutoff: a class named as what a cut-off is for ('threshold for
  TMB-High is 10 mut/Mb') is the cut-off's name, no result (context_rules.json
  class-named-by-its-cutoff).
- french_negative_wordings: French reports' denials ('absence de mutation', 'pas de mutation
  détectée', 'non muté', 'de type sauvage') are negative results (context_rules.json
  french-not-detected, french-wild-type).
"""

import pytest

from tests.extractors.markers.kind_tables import (
    EXPR,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    layout_tests,
)
from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

pytest.importorskip("reportlab")


def _grouped_fusion_and_mutation_rows() -> bytes:
    page = LabPage()
    page.row(700, (54, "Group"), (170, "Gene"), (330, "Finding"), bold=True)
    page.row(684, (54, "RNA panel"), (170, "ROS1"), (330, "not detected"))
    page.row(668, (170, "RET"), (330, "not detected"))
    page.row(652, (170, "NTRK1/2/3"), (330, "not detected"))
    page.row(636, (54, "DNA panel"), (170, "KRAS exons 2, 3 and"), (330, "not detected"))
    page.row(626, (170, "4"))
    page.row(610, (170, "BRAF"), (330, "p.V600E detected"))
    page.row(580, (54, "Signed electronically by the reporting scientist."))
    return lab_pdf(page)


def _grouped_receptor_rows() -> bytes:
    page = LabPage()
    page.row(700, (54, "Section"), (160, "Marker"), (330, "Outcome"), bold=True)
    page.row(683, (54, "Immunostains"), (160, "PR"), (330, "Positive, 40%"))
    page.row(666, (160, "Ki-67"), (330, "15% of nuclei"))
    page.row(649, (54, "Sequencing"), (160, "PIK3CA hotspots"), (330, "No variant found"))
    page.row(632, (160, "ESR1 ligand-binding"), (330, "Not detected"))
    page.row(622, (160, "domain"))
    return lab_pdf(page)


def _stain_boxes_with_a_panel_box() -> bytes:
    page = LabPage()
    page.row(700, (54, "Mismatch repair proteins"), bold=True, size=11)
    cells = ((54, "MLH1"), (150, "PMS2"), (246, "MSH2"), (342, "MSH6"), (438, "Panel"))
    page.row(684, *cells, bold=True)
    values = ((54, "Retained"), (150, "Retained"), (246, "Absent in tumour"))
    page.row(670, *values, (342, "Absent in tumour"), (438, "Deficient (dMMR)"))
    page.row(640, (54, "Germline testing is advised."))
    return lab_pdf(page)


def _stain_boxes_with_an_overall_box() -> bytes:
    page = LabPage()
    cells = ((54, "MLH1 IHC"), (160, "PMS2 IHC"), (266, "MSH2 IHC"), (372, "MSH6 IHC"))
    page.row(700, *cells, (478, "Overall result"), bold=True)
    values = ((54, "Lost"), (160, "Lost"), (266, "Preserved"), (372, "Preserved"))
    page.row(686, *values, (478, "MMR deficient"))
    page.row(656, (54, "MLH1 promoter methylation testing follows."))
    return lab_pdf(page)


# All four proteins, the first two lost (MMR deficient).
_FIRST_TWO_LOST: Expected = [
    ("MLH1", EXPR, N, {}),
    ("PMS2", EXPR, N, {}),
    ("MSH2", EXPR, P, {}),
    ("MSH6", EXPR, P, {}),
    ("MMR", SIG, P, {}),
]

LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    "blank_first_cell_rows": [
        (
            _grouped_fusion_and_mutation_rows(),
            [
                ("ROS1", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("NTRK", FUS, N, {}),
                ("KRAS", MUT, N, {}),
                ("BRAF", MUT, P, {"alteration": "V600E"}),
            ],
        ),
        (
            _grouped_receptor_rows(),
            [
                ("PR", EXPR, P, {"percent": 40.0}),
                ("Ki-67", EXPR, "reported", {"percent": 15.0}),
                ("PIK3CA", MUT, N, {}),
            ],
        ),
    ],
    "summary_box_after_marker_boxes": [
        (
            _stain_boxes_with_a_panel_box(),
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, N, {}),
                ("MSH6", EXPR, N, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (_stain_boxes_with_an_overall_box(), _FIRST_TWO_LOST),
    ],
}

WORDINGS: dict[str, list[tuple[str, Expected]]] = {
    "pending_on_a_later_row": [
        (
            "Gene   Exons   Result\nNRAS   2, 3, 4   No mutation found\nKIT   9, 11   pending",
            [("NRAS", MUT, N, {})],
        ),
        (
            "HRAS / KRAS codons 12, 13, 61   not detected\nTERT promoter   negative\n"
            "Copy number   not assessed",
            [("HRAS", MUT, N, {}), ("KRAS", MUT, N, {})],
        ),
        # the later row's pending words that name the same marker still hold it back
        ("EGFR exon 19: no deletion\nEGFR exon 20 insertion testing: pending", []),
        # a sentence that runs on to the next line is no row: its failure is the names' own
        (
            "Fusion genes tested on RNA: ALK, ROS1. No fusion\n"
            "testing was possible here (RNA failed QC).",
            [],
        ),
    ],
    "heading_alone_below_a_table": [
        (
            "Central IHC\nMesothelin   SP74   Positive, 60% of cells\n"
            "HER2   4B5   no staining   0\nEligibility\n[X] Meets the arm A requirement",
            [("Mesothelin", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "Results\nEGFR   exon 19 deletion   detected\nTP53   R273H   detected\n"
            "Prognosis\nNo further comment.",
            [
                ("EGFR", MUT, P, {"alteration": "exon 19 deletion"}),
                ("TP53", MUT, P, {"alteration": "R273H"}),
            ],
        ),
    ],
    "class_named_by_its_cutoff": [
        (
            "TMB 5 mut/Mb (TMB-Low; the lab's cut-off for TMB-High is 10 mut/Mb)",
            [("TMB", SIG, N, {})],
        ),
        ("MSI status: stable (threshold for MSI-H: 2 of 5 loci)", [("MSI", SIG, N, {})]),
    ],
    "french_negative_wordings": [
        ("NRAS   exons 2, 3   Absence de mutation détectée", [("NRAS", MUT, N, {})]),
        ("Statut KRAS : pas de mutation mise en évidence", [("KRAS", MUT, N, {})]),
        ("Résultat BRAF : non muté", [("BRAF", MUT, N, {})]),
        ("Le gène NRAS est de type sauvage.", [("NRAS", MUT, N, {})]),
    ],
}


test_every_kind_has_two_wordings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, WORDINGS
)
