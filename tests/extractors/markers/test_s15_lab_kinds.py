"""Laboratories' reports (NGS panels, FISH, MMR and MSI, PD-L1 forms): kinds of layout and
wording a fifth blind probe's tune half showed, in words and layouts of our own.

The PDFs are drawn for an invented laboratory (test_s10_lab_layouts draws them); none copies a
real report.

- columns_apart (LAYOUTS): two columns of tables or boxes side by side, with no prose to find
  their gutter by; the reader joins a line of each, so a left column's row ran into the right
  column's. Where the lines pass from the left side alone to the right side alone (each
  column keeps its own line spacing), each column is read on its own. A table whose last
  cell stands a little lower than its row on some rows keeps its rows.
- boxed_finding_options (WORDINGS): options one under another, each led by its box and
  each stating the same finding with its own verdict ('☐ No PD-L1 expression (TPS <1%)' /
  '☒ PD-L1 expression (TPS 1-49%)'): the options left empty are blanked out, as verdict
  options are (marked_options).
- legend_label_heads_no_result (WORDINGS): 'Key to interpretation:' or 'Guide to results:'
  opens a legend, not a result for the marker named last ('Interpretation:' alone does).
- clone_table_with_control_column (context_rules.json, methods-antibody-clone): a clone
  table's header may name more columns between 'Clone' and its last, 'Interpretation' or
  'Result' ('Antibody Clone Tumour cells Internal control Interpretation'): it is a header,
  not a methods sentence over its rows.
- class_restated_after_the_proteins_verdict (WORDINGS): 'all four proteins retained - MMR
  proficient': the MMR name's own verdict is the word after it; the one before it is the
  proteins' (it had taken theirs, leaving the list without a verdict).
- negatives_by_class_rows (WORDINGS): a table whose header's second column denies any
  alteration ('Genes with no reportable alteration', 'Not detected in') over rows led by a
  class of alteration ('Mutations', 'Copy number amplification', 'Rearrangements / fusions'):
  each row's genes are negative for the row's kind.
- wrapped_cell (LAYOUTS): a table cell whose bracket is left open on its row and closed on
  the line under it, the wrapped words standing under the cell ('Mismatch repair IHC (PMS2,
  MLH1,' over 'MSH6, MSH2)'): the wrapped words are read inside their cell, before the row's
  next cell.
- wrapped_item_note (WORDINGS): a list's item with its kind in brackets after the gene, the
  bracket wrapped onto the next line ('ERBB2' / '(mutation), MET ...'): the list goes on.
- item_note_names_two_kinds (WORDINGS): 'MET (exon 14 skipping, amplification)' in a list of
  negatives denies both kinds for the gene.
- symbol_before_its_note (WORDINGS): a gene symbol that is also a word (RET, MET) stands in a
  list when a bracketed note is all that parts it from the next gene ('RET (fusion), ROS1').
"""

import pytest

from tests.extractors.markers.kind_tables import (
    AMP,
    EXPR,
    FOUR_KEPT,
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


def _markers_beside_negatives() -> bytes:
    """A two-cell table of immunotherapy markers beside a list of negatives (11 pt apart)."""
    page = LabPage()
    page.row(700, (54, "Treatment finding"), (320, "Other findings"), bold=True)
    page.row(686, (54, "BRAF V600E (class 1) detected"))
    page.row(676, (54, "Eligible: dabrafenib with trametinib"))
    page.row(690, (320, "CDKN2A deletion, tier II"), size=8.5)
    page.row(658, (54, "Immune markers"), bold=True)
    page.row(666, (320, "No alteration found in"), bold=True)
    page.row(644, (54, "Marker"), (150, "Result"))
    page.row(630, (54, "PD-L1 (SP263) TPS"), (150, "65%, high"))
    page.row(616, (54, "Microsatellites"), (150, "MSI stable"))
    page.row(602, (54, "Mutation burden"), (150, "4 mut/Mb, TMB-Low"))
    for number, line in enumerate(
        ("KRAS (mutation), EGFR", "(mutation), RET (fusion), ALK", "(fusion)"),
    ):
        page.row(652 - 10 * number - 2.5 * (number > 0), (320, line), size=8.5)
    page.row(570, (54, "Reviewed by the molecular pathologist on duty."))
    return lab_pdf(page)


def _overview_beside_variants() -> bytes:
    """A result overview beside a variant table whose rows stand at other heights."""
    page = LabPage()
    page.row(700, (54, "Overview"), (320, "Variants found"), bold=True)
    page.row(686, (54, "Biomarker"), (150, "Result"), (320, "Gene"), (370, "Change"), (470, "VAF"))
    left = (
        ("BRAF", "V600E detected"),
        ("NRAS", "Not detected (codons"),
        ("", "12, 13 and 61)"),
        ("MSI", "Stable"),
        ("TMB", "6 mut/Mb, low"),
    )
    for number, (name, result) in enumerate(left):
        page.row(668 - 14 * number, (54, name), (150, result))
    right = (
        ("BRAF", "p.(Val600Glu)", "31%"),
        ("TP53", "p.(Cys176Phe)", "44%"),
        ("NRAS", "p.(Leu56=)", "12%"),
    )
    for number, (gene, change, share) in enumerate(right):
        page.row(659 - 13 * number, (320, gene), (370, change), (470, share))
    page.row(620, (320, "The NRAS change is synonymous"))
    page.row(611, (320, "and is not a result."))
    return lab_pdf(page)


def _table_with_offset_class_cells() -> bytes:
    """One variant table; its class cells (some rows only) stand 1.5 points under the row."""
    page = LabPage()
    page.row(700, (54, "Alteration"), (230, "% cfDNA"), (380, "Note"), bold=True)
    rows = (
        ("PIK3CA H1047R", "4.1%", "Variant of uncertain significance"),
        ("KRAS G12V", "3.0%", ""),
        ("BRAF D594N", "2.2%", "Variant of uncertain significance"),
        ("EGFR L858R", "1.1%", ""),
        ("ERBB2 S310F", "0.9%", "Variant of uncertain significance"),
    )
    for number, (variant, share, note) in enumerate(rows):
        y = 680 - 30 * number
        page.row(y, (54, variant), (230, share))
        if note:
            page.row(y - 1.5, (380, note), size=8)
    return lab_pdf(page)


def _test_cell_wrapped_under_its_row() -> bytes:
    """A test's cell whose bracketed list of proteins wraps onto the line under its row."""
    page = LabPage()
    page.row(700, (54, "Step"), (80, "Test"), (300, "Result"), bold=True)
    page.row(686, (54, "1"), (80, "Mismatch repair IHC (PMS2, MLH1,"), (300, "All retained (pMMR)"))
    page.row(677, (80, "MSH6, MSH2)"))
    page.row(663, (54, "2"), (80, "p16 immunohistochemistry"), (300, "Block-type staining"))
    return lab_pdf(page)


def _panel_cell_wrapped_under_its_row() -> bytes:
    """A fusion panel's genes in brackets, wrapped under the test's cell, then a second row."""
    page = LabPage()
    page.row(700, (54, "Assay"), (280, "Finding"), bold=True)
    page.row(686, (54, "RNA fusion panel (ALK, ROS1,"), (280, "No fusion detected"))
    page.row(677, (54, "RET, NTRK1-3)"))
    page.row(663, (54, "KRAS codon 12/13 PCR"), (280, "G12D detected"))
    return lab_pdf(page)


LAYOUTS: dict[str, list[tuple[bytes, Expected]]] = {
    "wrapped_cell": [
        (
            _test_cell_wrapped_under_its_row(),
            [
                ("PMS2", EXPR, P, {}),
                ("MLH1", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
        (
            _panel_cell_wrapped_under_its_row(),
            [
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("NTRK", FUS, N, {}),
                ("KRAS", MUT, P, {"alteration": "G12D"}),
            ],
        ),
    ],
    "columns_apart": [
        (
            _markers_beside_negatives(),
            [
                ("BRAF", MUT, P, {"alteration": "V600E"}),
                ("PD-L1", EXPR, P, {"percent": 65.0}),
                ("MSI", SIG, N, {}),
                ("TMB", SIG, N, {"value": "4 mut/Mb"}),
                ("KRAS", MUT, N, {}),
                ("EGFR", MUT, N, {}),
                ("RET", FUS, N, {}),
                ("ALK", FUS, N, {}),
            ],
        ),
        (
            _overview_beside_variants(),
            [
                ("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 31%"}),
                ("NRAS", MUT, N, {}),
                ("MSI", SIG, N, {}),
                ("TMB", SIG, N, {"value": "6 mut/Mb"}),
                ("TP53", MUT, P, {"alteration": "C176F"}),
            ],
        ),
        (
            _table_with_offset_class_cells(),
            [("KRAS", MUT, P, {"alteration": "G12V"}), ("EGFR", MUT, P, {"alteration": "L858R"})],
        ),
    ],
}


WORDINGS: dict[str, list[tuple[str, Expected]]] = {
    "class_restated_after_the_proteins_verdict": [
        (
            "MMR IHC (MLH1, PMS2, MSH2, MSH6)   all four proteins retained - MMR proficient",
            FOUR_KEPT,
        ),
        ("Mismatch repair proteins MLH1, MSH2, MSH6 and PMS2: intact (MMR proficient)", FOUR_KEPT),
    ],
    "legend_label_heads_no_result": [
        (
            "Reflex MLH1 promoter methylation testing has been requested.\n"
            "Key to interpretation: Intact = nuclear staining in tumour cells.",
            [],
        ),
        (
            "PMS2 repeat staining was requested.\n"
            "Guide to results: Lost = no nuclear staining with a positive internal control.",
            [],
        ),
        ("MSH6\nResult: Intact", [("MSH6", EXPR, P, {})]),
    ],
    "boxed_finding_options": [
        (
            "ROS1 (SP384) immunostain\n☐ No ROS1 expression\n☒ ROS1 expression (weak, focal)",
            [("ROS1", EXPR, P, {})],
        ),
        (
            "Combined positive score\n☐ No PD-L1 expression (CPS under 1)\n"
            "☐ PD-L1 expression (CPS 1 to 9)\n☒ High PD-L1 expression (CPS 10 or more)",
            [("PD-L1", EXPR, P, {})],
        ),
        (
            "Tumour proportion score\n☐ No PD-L1 expression (TPS under 1%)\n"
            "☒ PD-L1 expression (TPS 1 to 49%)\n☐ High PD-L1 expression (TPS 50% or more)",
            [("PD-L1", EXPR, P, {"value": "1-49%"})],
        ),
    ],
    "negatives_by_class_rows": [
        (
            "Alteration type     Genes without a reportable alteration\n"
            "Point mutations    KRAS, NRAS, BRAF\nFusions     ALK, RET, NTRK1\nComment: none.",
            [
                ("KRAS", MUT, N, {}),
                ("NRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("RET", FUS, N, {}),
                ("NTRK", FUS, N, {}),
            ],
        ),
        (
            "Variant class   Not detected in\nSNVs/indels: EGFR, PIK3CA, IDH1\n"
            "Copy number gains: ERBB2, MET\nRearrangements: ROS1",
            [
                ("EGFR", MUT, N, {}),
                ("PIK3CA", MUT, N, {}),
                ("IDH1", MUT, N, {}),
                ("HER2", AMP, N, {}),
                ("MET", AMP, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            # a header that denies nothing: its rows are read as they stand
            "Alteration type   Gene and change\nMutations   KRAS p.G12D detected\n"
            "Fusions   EML4-ALK fusion detected",
            [("KRAS", MUT, P, {"alteration": "G12D"}), ("ALK", FUS, P, {})],
        ),
    ],
    "wrapped_item_note": [
        (
            "NEGATIVE FOR\nNRAS (mutation), BRAF (mutation), ERBB2\n(mutation), ROS1 (fusion)",
            [
                ("NRAS", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("HER2", MUT, N, {}),
                ("ROS1", FUS, N, {}),
            ],
        ),
        (
            "Pertinent negatives: KRAS (codons 12, 13, 61), ALK\n(rearrangement), NTRK1"
            " (rearrangement)",
            [("KRAS", MUT, N, {}), ("ALK", FUS, N, {}), ("NTRK", FUS, N, {})],
        ),
    ],
    "item_note_names_two_kinds": [
        (
            "Not detected: MET (exon 14 skipping, amplification), KRAS (mutation)",
            [("MET", MUT, N, {}), ("MET", AMP, N, {}), ("KRAS", MUT, N, {})],
        ),
        (
            "No alteration found in: ERBB2 (mutation or amplification), BRAF (mutation)",
            [("HER2", MUT, N, {}), ("HER2", AMP, N, {}), ("BRAF", MUT, N, {})],
        ),
    ],
    "symbol_before_its_note": [
        (
            "Negative: RET (fusion), ROS1 (fusion)",
            [("RET", FUS, N, {}), ("ROS1", FUS, N, {})],
        ),
        (
            "Not detected: EGFR (mutation), MET (exon 14 skipping), ALK (fusion)",
            [("EGFR", MUT, N, {}), ("MET", MUT, N, {}), ("ALK", FUS, N, {})],
        ),
    ],
}


test_every_kind_has_two_wordings, test_wording_reads, test_layout_reads = layout_tests(
    LAYOUTS, WORDINGS
)
