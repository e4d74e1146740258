"""Laboratories' own PDF layouts, read through the reader and the extractor together.

Each layout is a kind a sequencing laboratory prints its report in: a variant table with its
columns (gene | alteration | VAF | tier), cells that wrap onto a second line, a box of two
biomarkers side by side, section names in a left margin, a yes/no biomarker table. The PDFs
are drawn here for an invented laboratory, in words of our own; none copies a real report.
"""

import io
from dataclasses import dataclass, field

import pytest

from extractors.markers import extract_markers
from extractors.reading import read_document
from tests.extractors.markers.kind_tables import (
    AMP,
    FUS,
    MUT,
    SIG,
    Expected,
    N,
    P,
    assert_pdf_reads,
)

reportlab = pytest.importorskip("reportlab")

# A cell drawn at (x, y) points from the page's bottom left, in a font and size.
Cell = tuple[float, float, str]


@dataclass
class LabPage:
    """One letter-size page of the invented laboratory, drawn cell by cell."""

    cells: list[tuple[float, float, str, str, float]] = field(default_factory=list)

    def row(self, y: float, *cells: tuple[float, str], bold: bool = False, size: float = 9) -> None:
        """Cells of one table row at the same height, each at its column's x."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        for x, text in cells:
            self.cells.append((x, y, text, font, size))


def lab_pdf(*pages: LabPage) -> bytes:
    """The pages as a digital PDF, with the laboratory's letterhead on each."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=True)
    for page in pages:
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(54, 750, "Northfield Molecular Diagnostics - Solid Tumor Profile")
        pdf.setFont("Helvetica", 8)
        pdf.drawString(54, 738, "Patient: Test Person   DOB 01/01/1960   Accession NMD-00000")
        for x, y, text, font, size in page.cells:
            pdf.setFont(font, size)
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _variant_table_with_tiers() -> bytes:
    page = LabPage()
    page.row(700, (54, "GENOMIC ALTERATIONS"), bold=True, size=11)
    page.row(680, (54, "Gene"), (120, "Alteration"), (260, "VAF"), (320, "Tier"), bold=True)
    page.row(664, (54, "KRAS"), (120, "p.G12D (c.35G>A)"), (260, "27.4%"), (320, "I"))
    page.row(650, (54, "TP53"), (120, "p.R175H (c.524G>A)"), (260, "41.0%"), (320, "II"))
    page.row(636, (54, "BRCA2"), (120, "p.V2466A (c.7397T>C)"), (260, "50.2%"), (320, "III"))
    return lab_pdf(page)


def _wrapped_cells() -> bytes:
    page = LabPage()
    page.row(700, (54, "Somatic variants"), bold=True, size=11)
    header = ((54, "Gene"), (120, "Protein"), (220, "Coding"), (320, "Allele"), (390, "Class"))
    page.row(682, *header, bold=True)
    page.row(672, (320, "fraction"), bold=True)
    page.row(656, (54, "PIK3CA"), (120, "p.His1047Arg"), (220, "c.3140A>G"), (320, "12%"))
    page.row(656, (390, "Likely"))
    page.row(646, (390, "pathogenic"))
    page.row(630, (54, "BRAF"), (120, "p.Val600Glu"), (220, "c.1799T>A"), (320, "33%"))
    page.row(630, (390, "Pathogenic"))
    return lab_pdf(page)


def _biomarker_boxes_side_by_side() -> bytes:
    page = LabPage()
    page.row(700, (54, "BIOMARKERS"), bold=True, size=11)
    page.row(680, (54, "Microsatellite status"), (310, "Tumor Mutational Burden"), size=8)
    page.row(664, (54, "MS-Stable"), (310, "19 Muts/Mb"), bold=True, size=14)
    page.row(650, (54, "Stable"), (310, "High"), size=8)
    return lab_pdf(page)


def _margin_section_names() -> bytes:
    page = LabPage()
    page.row(700, (40, "BIOMARKER"), (140, "Microsatellite status: MSI-High"), bold=False)
    page.row(688, (40, "FINDINGS"), (140, "Tumor mutational burden: 31 mut/Mb (High)"))
    page.row(664, (40, "VARIANTS"), (140, "Gene"), (210, "Protein"), (320, "VAF"), bold=False)
    page.row(652, (140, "PIK3CA"), (210, "p.E545K"), (320, "18%"))
    page.row(640, (40, "FUSIONS"), (140, "None detected (ALK, ROS1, RET, NTRK1/2/3)"))
    return lab_pdf(page)


def _yes_no_table() -> bytes:
    page = LabPage()
    page.row(700, (54, "Immunotherapy biomarkers"), bold=True, size=11)
    page.row(684, (54, "Biomarker"), (250, "Result"), bold=True)
    page.row(670, (54, "MSI-H"), (250, "No"))
    page.row(656, (54, "TMB-H (>= 10 mut/Mb)"), (250, "Yes"))
    return lab_pdf(page)


def _copy_number_and_fusion_tables() -> bytes:
    page = LabPage()
    page.row(700, (54, "Copy number alterations"), bold=True, size=11)
    page.row(684, (54, "Gene"), (150, "Type"), (260, "Copy number"), bold=True)
    page.row(670, (54, "ERBB2"), (150, "Amplification"), (260, "16"))
    page.row(656, (54, "BRCA2"), (150, "Homozygous deletion"), (260, "0"))
    page.row(630, (54, "Gene fusions"), bold=True, size=11)
    page.row(614, (54, "Fusion"), (200, "Breakpoints"), (340, "Supporting reads"), bold=True)
    page.row(600, (54, "EML4-ALK"), (200, "EML4 exon 13 : ALK exon 20"), (340, "512"))
    return lab_pdf(page)


def _methods_page_gene_list() -> bytes:
    result = LabPage()
    result.row(700, (54, "RESULT"), bold=True, size=11)
    result.row(684, (54, "No reportable alterations were identified in this specimen."))
    methods = LabPage()
    methods.row(700, (54, "METHODS"), bold=True, size=11)
    methods.row(684, (54, "Genes in this panel:"))
    for number, genes in enumerate(
        (
            ("AKT1", "ALK", "BRAF", "BRCA1", "BRCA2"),
            ("EGFR", "ERBB2", "IDH1", "IDH2", "KRAS"),
            ("MET", "NRAS", "PIK3CA", "RET", "ROS1"),
        )
    ):
        y = 670 - number * 12
        result_cells = [(54 + column * 80, gene) for column, gene in enumerate(genes)]
        methods.row(y, *result_cells)
    return lab_pdf(result, methods)


def _therapy_column_that_wraps() -> bytes:
    page = LabPage()
    page.row(
        700, (54, "Alteration"), (170, "Approved therapies"), (330, "Trials"), (400, "% cfDNA")
    )
    page.row(684, (54, "KRAS G12C"), (170, "Sotorasib,"), (330, "Yes"), (400, "3.1%"))
    page.row(672, (170, "Adagrasib"))
    page.row(656, (54, "STK11 Q37*"), (170, "None"), (330, "No"), (400, "2.0%"))
    page.row(640, (54, "TP53 R248W"), (170, "None"), (330, "Yes"), (400, "2.9%"))
    return lab_pdf(page)


def _two_panels_side_by_side() -> bytes:
    page = LabPage()
    page.row(700, (54, "BIOMARKERS"), (320, "GENOMIC FINDINGS"), bold=True, size=10)
    page.row(684, (54, "Microsatellite status: MSS"), (320, "KRAS p.G12D (VAF 23%)"))
    page.row(670, (54, "TMB: 6 mut/Mb (Low)"), (320, "PIK3CA p.E545K (VAF 11%)"))
    page.row(656, (54, "PD-L1: not tested"), (320, "No fusions detected"))
    return lab_pdf(page)


def _gene_result_table() -> bytes:
    page = LabPage()
    page.row(700, (54, "Hotspot panel results"), bold=True, size=11)
    page.row(684, (54, "Gene"), (150, "Regions tested"), (300, "Result"), bold=True)
    page.row(670, (54, "EGFR"), (150, "exons 18-21"), (300, "Not detected"))
    page.row(656, (54, "KRAS"), (150, "exons 2-4"), (300, "Not detected"))
    page.row(642, (54, "BRAF"), (150, "exon 15"), (300, "p.V600E detected"))
    page.row(628, (54, "ALK"), (150, "fusion (RNA)"), (300, "Not detected"))
    return lab_pdf(page)


def _cells_centred_in_tall_rows() -> bytes:
    page = LabPage()
    header = ((54, "Gene"), (120, "Protein"), (220, "Type"), (320, "VAF (%)"), (390, "Tier"))
    page.row(700, *header, bold=True)
    page.row(688, (220, "Missense"))
    page.row(680, (54, "KRAS"), (120, "p.G12V"), (320, "23"), (390, "IA"))
    page.row(672, (220, "variant"))
    page.row(656, (220, "Frameshift"))
    page.row(648, (54, "BRCA2"), (120, "p.S1982fs"), (320, "47"), (390, "IA"))
    page.row(640, (220, "deletion"))
    page.row(624, (220, "Missense"))
    page.row(616, (54, "ATM"), (120, "p.D1853N"), (320, "50"), (390, "III"))
    page.row(608, (220, "variant"))
    return lab_pdf(page)


def _negative_genes_in_columns() -> bytes:
    page = LabPage()
    page.row(700, (54, "KRAS p.G12C detected (VAF 18%)."))
    page.row(680, (54, "Genes tested with no reportable alterations:"), bold=True)
    page.row(666, (54, "BRAF"), (150, "EGFR"), (250, "ERBB2"), (350, "MET"))
    page.row(652, (54, "NRAS"), (150, "PIK3CA"), (250, "RET"), (350, "ROS1"))
    page.row(630, (54, "Methods"), bold=True)
    page.row(616, (54, "DNA was sequenced on a targeted panel of 50 genes."))
    return lab_pdf(page)


LAYOUTS: dict[str, tuple[bytes, Expected]] = {
    "variant_table_with_tier_column": (
        _variant_table_with_tiers(),
        [
            ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 27.4%"}),
            ("TP53", MUT, P, {"alteration": "R175H", "value": "VAF 41.0%"}),
        ],
    ),
    "cells_wrapped_onto_a_second_line": (
        _wrapped_cells(),
        [
            ("PIK3CA", MUT, P, {"alteration": "H1047R", "value": "VAF 12%"}),
            ("BRAF", MUT, P, {"alteration": "V600E", "value": "VAF 33%"}),
        ],
    ),
    "biomarker_boxes_side_by_side": (
        _biomarker_boxes_side_by_side(),
        [("MSI", SIG, N, {}), ("TMB", SIG, P, {"value": "19 mut/Mb"})],
    ),
    "section_names_in_a_left_margin": (
        _margin_section_names(),
        [
            ("MSI", SIG, P, {}),
            ("TMB", SIG, P, {"value": "31 mut/Mb"}),
            ("PIK3CA", MUT, P, {"alteration": "E545K", "value": "VAF 18%"}),
            ("ALK", FUS, N, {}),
            ("ROS1", FUS, N, {}),
            ("RET", FUS, N, {}),
            ("NTRK", FUS, N, {}),
        ],
    ),
    "yes_no_biomarker_table": (
        _yes_no_table(),
        [("MSI", SIG, N, {}), ("TMB", SIG, P, {})],
    ),
    "copy_number_and_fusion_tables": (
        _copy_number_and_fusion_tables(),
        [
            ("HER2", AMP, P, {"copy_number": 16.0}),
            ("BRCA2", MUT, P, {"alteration": "deletion"}),
            ("ALK", FUS, P, {"alteration": "EML4-ALK"}),
        ],
    ),
    "gene_list_on_a_methods_page": (_methods_page_gene_list(), []),
    "therapy_column_that_wraps": (
        _therapy_column_that_wraps(),
        [
            ("KRAS", MUT, P, {"alteration": "G12C", "value": "VAF 3.1%"}),
            ("TP53", MUT, P, {"alteration": "R248W", "value": "VAF 2.9%"}),
        ],
    ),
    "two_panels_side_by_side": (
        _two_panels_side_by_side(),
        [
            ("MSI", SIG, N, {}),
            ("TMB", SIG, N, {"value": "6 mut/Mb"}),
            ("KRAS", MUT, P, {"alteration": "G12D", "value": "VAF 23%"}),
            ("PIK3CA", MUT, P, {"alteration": "E545K", "value": "VAF 11%"}),
        ],
    ),
    "cells_centred_in_tall_rows": (
        _cells_centred_in_tall_rows(),
        [
            ("KRAS", MUT, P, {"alteration": "G12V", "value": "VAF 23%"}),
            ("BRCA2", MUT, P, {"alteration": "S1982fs", "value": "VAF 47%"}),
        ],
    ),
    "negative_genes_in_columns": (
        _negative_genes_in_columns(),
        [
            ("KRAS", MUT, P, {"alteration": "G12C", "value": "VAF 18%"}),
            ("BRAF", MUT, N, {}),
            ("EGFR", MUT, N, {}),
            ("HER2", MUT, N, {}),
            ("MET", MUT, N, {}),
            ("NRAS", MUT, N, {}),
            ("PIK3CA", MUT, N, {}),
            ("RET", FUS, N, {}),
            ("ROS1", FUS, N, {}),
        ],
    ),
    "gene_result_table": (
        _gene_result_table(),
        [
            ("EGFR", MUT, N, {}),
            ("KRAS", MUT, N, {}),
            ("BRAF", MUT, P, {"alteration": "V600E"}),
            ("ALK", FUS, N, {}),
        ],
    ),
}


# Two boxes side by side read as one line of labels over one line of values; which value is
# whose is told by the words' boxes (markers/page_layouts.py, boxes_side_by_side).
_MARKS: dict[str, list] = {}


@pytest.mark.parametrize(
    ("data", "expected"),
    [pytest.param(*v, id=k, marks=_MARKS.get(k, [])) for k, v in LAYOUTS.items()],
)
def test_a_laboratory_layout_reads(data: bytes, expected: Expected) -> None:
    assert_pdf_reads(data, expected)


def test_a_box_label_takes_no_verdict_from_the_box_beside_it() -> None:
    """A box's label takes its own box's band, never the one beside it."""
    data, _ = LAYOUTS["biomarker_boxes_side_by_side"]
    found = extract_markers(read_document(data, "layout.pdf"))
    assert ("MSI", "positive") not in {(r.marker.value, r.status.value) for r in found}
