"""Hospital pathology wordings of issue #12, round s15: kinds seen in laid-out hospital reports.

Every text here is our own, written from how such reports are laid out; none is quoted from a
report. A rendering gives a table's columns one space apart, so the tables are written that way.
"""

import pytest

from tests.extractors.markers.kind_tables import (
    EXPR,
    MUT,
    SIG,
    Expected,
    N,
    P,
    assert_pdf_reads,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # An expression assay by reverse transcription PCR (a recurrence score's single-gene
    # scores) measures transcripts: 'RT-PCR' names no sequencing, so no mutation.
    "rt_pcr_scores_are_expression": [
        (
            "Expression scores measured by RT-PCR: ER 9.8 (positive), HER2 8.7 (negative).",
            [("ER", EXPR, P, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "Transcript levels (qRT-PCR) - ER 11.0 positive",
            [("ER", EXPR, P, {})],
        ),
    ],
    # A results table whose header has a method column ('Test Method Result'): a row's
    # clone, kit or stainer is its method cell, not a methods paragraph.
    "method_column_table": [
        (
            "Marker Technique Interpretation\n"
            "PD-L1 IHC, SP263 clone on the Benchmark autostainer TPS 5%\n"
            "EGFR Sequencing of exons 18 to 21 No variant found\n",
            [("PD-L1", EXPR, P, {"percent": 5}), ("EGFR", MUT, N, {})],
        ),
        (
            "Test Method Result\n"
            "ALK Immunohistochemistry, clone D5F3 Negative\n"
            "ROS1 IHC, clone SP384, commercial kit Negative\n",
            [("ALK", EXPR, N, {}), ("ROS1", EXPR, N, {})],
        ),
        (
            "Assay | Method | Result\n"
            "EGFR | Real-time PCR kit, exons 18-21 | No mutation detected\n"
            "KRAS | Pyrosequencing of codons 12 and 13 | G12V detected\n",
            [("EGFR", MUT, N, {}), ("KRAS", MUT, P, {"alteration": "G12V"})],
        ),
    ],
    # A stain table headed 'Antibody  Result' (no clone column): the header names columns.
    "antibody_result_header": [
        (
            "Antibody Result\nER positive in 80% of tumour nuclei\nPR negative\n",
            [("ER", EXPR, P, {"percent": 80}), ("PR", EXPR, N, {})],
        ),
        (
            "Antibody Findings\nKi-67 about 25%\np53 strong diffuse nuclear staining in 90%\n",
            [("Ki-67", EXPR, "reported", {"percent": 25}), ("TP53", EXPR, P, {"percent": 90})],
        ),
    ],
    # A mutation-specific antibody is a stain: 'mutation' in 'mutation-specific' names the
    # antibody's target, not a sequencing result.
    "mutation_specific_antibody": [
        (
            "IDH1 R132H mutant-specific immunostain: strongly positive in tumour cells.",
            [("IDH1", EXPR, P, {})],
        ),
        (
            "BRAF V600E (VE1) mutation-specific IHC - negative.",
            [("BRAF", EXPR, N, {})],
        ),
    ],
    # An antibody named with its clone as the key of a result ('... antibody (VE1): negative')
    # states the stain's result; 'antibody' is a stain's word. A bare 'X antibody: ...' line
    # stays a methods line.
    "antibody_with_its_clone_as_a_results_key": [
        (
            "BRAF V600E mutation-specific antibody (VE1): negative",
            [("BRAF", EXPR, N, {})],
        ),
        (
            "ROS1 antibody (D4D6) - positive, strong granular cytoplasmic staining",
            [("ROS1", EXPR, P, {})],
        ),
    ],
    # 'negative control' / 'positive tissue control' name a method's control slide, never the
    # stain's verdict: the verdict is the row's own word after it.
    "control_slide_is_no_verdict": [
        (
            "ALK IHC (D5F3, rabbit negative control) Positive",
            [("ALK", EXPR, P, {})],
        ),
        (
            "ROS1 IHC with positive tissue control on slide: negative",
            [("ROS1", EXPR, N, {})],
        ),
    ],
    # A verdict after an unlisted gene that follows a variant named by itself ('R132H'):
    # the verdict is that gene's item, not the variant's.
    "other_gene_item_after_a_bare_variant": [
        (
            "Molecular: R132H mutant (IDH1 sequencing confirmed); ATRX lost.",
            [("IDH1", MUT, P, {})],
        ),
        (
            "Integrated findings: IDH1 p.R132H mutation detected; TERT promoter wild type; "
            "ATRX loss.",
            [("IDH1", MUT, P, {})],
        ),
    ],
    # A bracketed signature name with its own status after a list's verdict: the word
    # before the bracket is the list's ('retained'), the bracket's word the signature's.
    "bracketed_signature_with_its_own_status": [
        (
            "MSH6 lost, with MLH1, PMS2 and MSH2 retained (MMR deficient).",
            [
                ("MSH6", EXPR, N, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
            ],
        ),
        (
            "All four proteins (MLH1, PMS2, MSH2, MSH6) intact (mismatch repair proficient).",
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
            ],
        ),
    ],
    # A summary list of items each with its own verdict: a gene's 'wild type' stays in the
    # gene's item, and a stain's bare verdict after it keeps the stain's default aspect.
    "stain_verdict_after_a_genes_item": [
        (
            "Conclusion: NRAS wild type, KIT not mutated, HER2 negative.",
            [("NRAS", MUT, N, {}), ("HER2", EXPR, N, {})],
        ),
        (
            "Summary: KRAS mutated; ER positive; PR negative.",
            [("KRAS", MUT, P, {}), ("ER", EXPR, P, {}), ("PR", EXPR, N, {})],
        ),
    ],
}

# Lists that keep a genomic reading: a sequencing heading before the list, or a heading word.
KEPT_GENOMIC: dict[str, list[tuple[str, Expected]]] = {
    "sequencing_list_keeps_its_aspect": [
        (
            "NGS panel: KRAS G12D mutation, TP53 mutation, HER2 negative",
            [("KRAS", MUT, P, {}), ("TP53", MUT, P, {}), ("HER2", MUT, N, {})],
        ),
        (
            "Mutation analysis: KRAS wild type, NRAS wild type, HER2 negative",
            [("KRAS", MUT, N, {}), ("NRAS", MUT, N, {}), ("HER2", MUT, N, {})],
        ),
    ],
}


test_each_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS, KEPT_GENOMIC)


# Specimens in rows, markers in columns (markers/page_layouts.py, specimen_rows_in_order): the
# reader joins a row's cells into one line and a wrapped cell's words into lines of their own;
# the words' boxes tell each cell's column. Drawn as PDFs, in words of our own.
def _specimen_rows_with_a_wrapped_cell() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(700, (54, "Biomarker studies"), bold=True, size=11)
    page.row(
        680, (54, "Block"), (110, "HER2 immunostain"), (300, "Ki-67 index"), (380, "PD-L1 TPS")
    )
    page.row(664, (54, "A1"), (110, "Score 0 - negative (no"), (300, "30%"), (380, "TPS 2%"))
    page.row(654, (110, "membrane staining)"))
    page.row(638, (54, "C2"), (110, "Score 3+ - positive"), (300, "45%"), (380, "Not done"))
    page.row(618, (54, "Reported on the blocks above."))
    return lab_pdf(page)


def _sample_rows_of_mismatch_repair() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(680, (54, "Sample"), (120, "MMR proteins"), (330, "ER status"))
    page.row(664, (54, "Primary"), (120, "All four retained (proficient)"), (330, "Negative"))
    page.row(654, (330, "(0% of nuclei)"))
    page.row(640, (54, "Node"), (120, "Not repeated"), (330, "Negative (0%)"))
    page.row(630, (54, "Signed out by the reporting pathologist."))
    return lab_pdf(page)


def _part_rows_with_a_wrapped_list() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(680, (54, "Part"), (110, "Mismatch repair IHC"), (330, "PR"))
    page.row(664, (54, "B"), (110, "MLH1, PMS2, MSH2 and MSH6"), (330, "Positive, 40%"))
    page.row(654, (110, "all retained"))
    page.row(630, (54, "Signed out by the reporting pathologist."))
    return lab_pdf(page)


def _block_rows_of_bare_numbers() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(680, (54, "Site / block"), (110, "ER (%)"), (200, "PR (%)"), (290, "HER2 score"))
    page.row(664, (54, "A1"), (110, "95"), (200, "0"), (290, "1+"))
    page.row(650, (54, "B3"), (290, "3+"))
    page.row(640, (54, "Reported by the breast pathology service."))
    return lab_pdf(page)


def _specimen_row_layouts() -> list:
    pytest.importorskip("reportlab")
    return [
        pytest.param(
            _specimen_rows_with_a_wrapped_cell(),
            [
                ("HER2", EXPR, N, {"ihc_score": "0"}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
                ("Ki-67", EXPR, "reported", {}),
                ("PD-L1", EXPR, P, {}),
            ],
            id="specimen_rows_with_a_wrapped_cell",
        ),
        pytest.param(
            _sample_rows_of_mismatch_repair(),
            [("MMR", SIG, N, {}), ("ER", EXPR, N, {"percent": 0})],
            id="sample_rows_of_mismatch_repair",
        ),
        pytest.param(
            _part_rows_with_a_wrapped_list(),
            [
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MMR", SIG, N, {}),
                ("PR", EXPR, P, {"percent": 40}),
            ],
            id="part_rows_with_a_wrapped_list",
        ),
        pytest.param(
            _block_rows_of_bare_numbers(),
            [
                ("ER", EXPR, P, {"percent": 95}),
                ("PR", EXPR, N, {"percent": 0}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
            id="block_rows_of_bare_numbers",
        ),
    ]


@pytest.mark.parametrize(("data", "expected"), _specimen_row_layouts())
def test_a_specimen_row_table_reads(data: bytes, expected: Expected) -> None:
    assert_pdf_reads(data, expected)


# A table cell whose words wrap onto a line of their own under its column
# (markers/page_layouts.py, wrapped_cells_in_place): the reader puts the wrapped words after
# the row's last cell; they are read inside their own cell instead.
def _method_cell_that_wraps() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(680, (54, "Test"), (120, "Method"), (330, "Result"))
    page.row(664, (54, "ALK"), (120, "IHC, clone D5F3, read against a negative"), (330, "Positive"))
    page.row(654, (120, "control slide"))
    page.row(640, (54, "ROS1"), (120, "IHC, clone D4D6"), (330, "Negative"))
    page.row(620, (54, "Reviewed at the thoracic tumour board."))
    return lab_pdf(page)


def _result_cell_that_wraps() -> bytes:
    from tests.extractors.markers.test_s10_lab_layouts import LabPage, lab_pdf

    page = LabPage()
    page.row(680, (54, "Marker"), (120, "Platform"), (300, "Interpretation"))
    page.row(664, (54, "PD-L1"), (120, "SP263, positive"), (300, "Tumour proportion"))
    page.row(654, (300, "score 15%"))
    page.row(654, (120, "tissue control"))
    page.row(630, (54, "Reviewed at the thoracic tumour board."))
    return lab_pdf(page)


def _wrapped_cell_layouts() -> list:
    pytest.importorskip("reportlab")
    return [
        pytest.param(
            _method_cell_that_wraps(),
            [("ALK", EXPR, P, {}), ("ROS1", EXPR, N, {})],
            id="method_cell_that_wraps",
        ),
        pytest.param(
            _result_cell_that_wraps(),
            [("PD-L1", EXPR, P, {"percent": 15})],
            id="result_cell_that_wraps",
        ),
    ]


@pytest.mark.parametrize(("data", "expected"), _wrapped_cell_layouts())
def test_a_wrapped_cell_reads_in_its_cell(data: bytes, expected: Expected) -> None:
    test_a_specimen_row_table_reads(data, expected)
