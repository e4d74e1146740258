"""Kinds of layout and wording of issue #12, round s16: hospitals' and laboratories' laid-out PDFs.

Every table and sentence here is our own, drawn for invented laboratories in the layouts such
reports use; none is quoted from a report.
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
    assert_pdf_reads,
    assert_reads,
    kind_tests,
)

# kind -> [(text, [(marker, aspect, status, {detail: value})])]
KINDS: dict[str, list[tuple[str, Expected]]] = {
    # A stain table whose method column names the clone and the platform together ('Clone /
    # Platform'): the row's clone cell runs to the platform's name and model, a number there
    # is the model's, and the platform's words describe the row's own staining.
    "clone_and_platform_column": [
        (
            "Stain Clone / Platform Result\n"
            "ER SP1 / BenchMark Ultra 2 Positive, 90% of nuclei\n"
            "PR 1E2 / BenchMark Ultra 2 Negative\n",
            [("ER", EXPR, P, {"percent": 90}), ("PR", EXPR, N, {})],
        ),
        (
            "Marker Clone and instrument Interpretation\n"
            "PD-L1 SP263 on autostainer model 3 TPS 25%\n"
            "ALK D5F3 on autostainer model 3 Negative\n",
            [("PD-L1", EXPR, P, {"percent": 25}), ("ALK", EXPR, N, {})],
        ),
    ],
    # A row of a panel's negatives that lists the kinds of alteration looked for in its gene,
    # then one verdict: none of the kinds was found, each is its own negative result.
    "listed_kinds_one_verdict": [
        (
            "Gene Changes assessed Result\n"
            "ERBB2 Point mutations / small indels, amplification Not found\n"
            "ALK Rearrangements Not found\n",
            [("HER2", MUT, N, {}), ("HER2", AMP, N, {}), ("ALK", FUS, N, {})],
        ),
        (
            "MET: copy number gain or exon 14 skipping - negative.",
            [("MET", AMP, N, {}), ("MET", MUT, N, {})],
        ),
    ],
    # A marker's 'Name (clone): value' line, then a sentence of its own on the next line (a
    # note on the controls): the line's statement ends at its line's end, so the note's
    # methods words do not take the result with them.
    "named_field_line_then_a_note": [
        (
            "Ki-67 (30-9): 15% of tumour nuclei\n"
            "Controls were run on the same slide and stained well.",
            [("Ki-67", EXPR, R, {"percent": 15})],
        ),
        (
            "PD-L1 (SP263): TPS 10%\nPositive and negative controls stained as expected.",
            [("PD-L1", EXPR, P, {"percent": 10})],
        ),
    ],
    # A denied list whose items each name their own kind of finding: the negator before the
    # first name denies every item, each of its own kind.
    "kinds_in_a_denied_list": [
        (
            "The tumour shows no ROS1 or NTRK rearrangement or MET amplification.",
            [("ROS1", FUS, N, {}), ("NTRK", FUS, N, {}), ("MET", AMP, N, {})],
        ),
        (
            "There was no KRAS mutation, ERBB2 amplification or RET fusion.",
            [("KRAS", MUT, N, {}), ("HER2", AMP, N, {}), ("RET", FUS, N, {})],
        ),
    ],
    # A verdict alone as a statement, its marker named in the measure just before it.
    "bare_verdict_after_its_measure": [
        (
            "FISH RESULT\nHER2/CEP17 ratio 1.1. Not amplified.",
            [("HER2", AMP, N, {})],
        ),
        (
            "ALK break-apart probe: split signals in 4% of nuclei. Negative.",
            [("ALK", FUS, N, {})],
        ),
    ],
    # A result label's verdict glossed by its criteria in brackets: the names in the brackets
    # are the criteria's; the verdict is the marker's named above.
    "glossed_result_verdict": [
        (
            "HER2 dual-probe ISH, 40 nuclei counted\n"
            "Interpretation: amplified (ASCO/CAP group 1: HER2/CEP17 ratio >= 2.0 and HER2 "
            "signals >= 4.0 per cell)",
            [("HER2", AMP, P, {})],
        ),
        (
            "MET FISH on the lung biopsy\n"
            "Result: not amplified (MET/CEP7 ratio < 2.0 and mean MET copies < 5)",
            [("MET", AMP, N, {})],
        ),
    ],
    # A requested test's result after its colon: the request names why it was done; the
    # result is stated, not pending (pending-ordered).
    "requested_test_with_its_result": [
        (
            "HER2 (requested by the oncology team): negative, score 1+",
            [("HER2", EXPR, N, {"ihc_score": "1+"})],
        ),
        (
            "ER, requested on the metastasis: positive (70%)",
            [("ER", EXPR, P, {"percent": 70})],
        ),
    ],
    # Two 'key: value' pairs on one line: the words before the second key are the first
    # key's value, never the second key's verdict ('High' is no TMB band here).
    "key_value_pairs_on_a_line": [
        (
            "Microsatellite status: MSI-High   TMB: 4 mut/Mb",
            [("MSI", SIG, P, {"value": "MSI-H"}), ("TMB", SIG, R, {"value": "4 mut/Mb"})],
        ),
        (
            "MSI-High: not detected   Tumour mutational burden: not assessed",
            [("MSI", SIG, N, {})],
        ),
    ],
    # One specimen's result line after another's, the marker named only in the first: the
    # later line is the same test's result for its own specimen.
    "specimen_result_lines": [
        (
            "Block A1 (primary) result: KRAS G12V detected\n"
            "Block B3 (liver) result: no mutation found",
            [("KRAS", MUT, P, {"specimen": "A1"}), ("KRAS", MUT, N, {"specimen": "B3"})],
        ),
        (
            "Block 1 (tumour) result: ALK rearrangement identified\n"
            "Block 2 (node) result: no rearrangement",
            [("ALK", FUS, P, {}), ("ALK", FUS, N, {"specimen": "2"})],
        ),
    ],
    # A specimen-column header alone on its line, with no lead naming the rows: each row's
    # cells are the column's specimens' results, as under a header with a lead.
    "specimen_column_header_alone": [
        (
            "Receptor results\nA (core) B (excision)\nER 80%, moderate 0%\nPR 15% 0%\n",
            [
                ("ER", EXPR, P, {"specimen": "A"}),
                ("ER", EXPR, N, {"specimen": "B"}),
                ("PR", EXPR, P, {"specimen": "A"}),
                ("PR", EXPR, N, {"specimen": "B"}),
            ],
        ),
        (
            "Immunohistochemistry\nPrimary Metastasis\nER Negative Negative\n"
            "PR Positive (5%) Negative\n",
            [
                ("ER", EXPR, N, {}),
                ("PR", EXPR, P, {"specimen": "Primary"}),
                ("PR", EXPR, N, {"specimen": "Metastasis"}),
            ],
        ),
    ],
}


test_every_kind_has_two_wordings, test_kind_of_wording = kind_tests(KINDS)


def _page():  # type: ignore[no-untyped-def]
    from tests.extractors.markers.test_s10_lab_layouts import LabPage

    return LabPage()


def _pdf(page) -> bytes:  # type: ignore[no-untyped-def]
    from tests.extractors.markers.test_s10_lab_layouts import lab_pdf

    return bytes(lab_pdf(page))


# unnamed_specimen_column (markers/page_layouts.py): specimens in rows, a column per marker,
# and the specimens' column left without a heading; a last column may sum each row up. Each
# row is its specimen's, each cell its column's marker's.
def _mmr_rows_without_a_specimen_heading() -> bytes:
    page = _page()
    page.row(700, (54, "Mismatch repair proteins"), bold=True, size=11)
    page.row(680, (210, "MLH1"), (260, "PMS2"), (310, "MSH2"), (360, "MSH6"), (420, "Summary"))
    page.row(664, (54, "Lesion 1 (rectum, A3)"), (210, "Lost"), (260, "Lost"), (310, "Kept"))
    page.row(664, (360, "Kept"), (420, "Deficient MMR"))
    page.row(648, (54, "Lesion 2 (caecum,"), (210, "Intact"), (260, "Intact"), (310, "Intact"))
    page.row(648, (360, "Intact"), (420, "Proficient MMR"))
    page.row(638, (54, "block D1)"))
    page.row(618, (54, "The two lesions differ; a second primary is favoured."))
    return _pdf(page)


def _receptor_rows_without_a_specimen_heading() -> bytes:
    page = _page()
    page.row(700, (54, "Breast prognostic panel"), bold=True, size=11)
    page.row(680, (200, "ER"), (280, "PR"), (360, "HER2 IHC"))
    page.row(664, (54, "Block A2 (core)"), (200, "Positive, 95%"), (280, "Negative, 0%"))
    page.row(664, (360, "Score 1+"))
    page.row(648, (54, "Block C1 (node)"), (200, "Positive, 80%"), (280, "Negative, 0%"))
    page.row(648, (360, "Score 3+"))
    page.row(628, (54, "Stains were read on the blocks named above."))
    return _pdf(page)


def _unnamed_specimen_column_layouts() -> list:
    pytest.importorskip("reportlab")
    return [
        pytest.param(
            _mmr_rows_without_a_specimen_heading(),
            [
                ("MLH1", EXPR, N, {}),
                ("PMS2", EXPR, N, {}),
                ("MSH2", EXPR, P, {}),
                ("MSH6", EXPR, P, {}),
                ("MLH1", EXPR, P, {}),
                ("PMS2", EXPR, P, {}),
                ("MMR", SIG, P, {}),
                ("MMR", SIG, N, {}),
            ],
            id="mmr_rows_without_a_specimen_heading",
        ),
        pytest.param(
            _receptor_rows_without_a_specimen_heading(),
            [
                ("ER", EXPR, P, {}),
                ("PR", EXPR, N, {"percent": 0}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
            id="receptor_rows_without_a_specimen_heading",
        ),
    ]


@pytest.mark.parametrize(("data", "expected"), _unnamed_specimen_column_layouts())
def test_unnamed_specimen_column(data: bytes, expected: Expected) -> None:
    assert_pdf_reads(data, expected)


# verdict_headed_boxes (markers/page_layouts.py): two lists side by side, each under a verdict
# heading ('Detected   Not detected'); every item of a list takes its heading's verdict, and
# a list may run on alone under the other while its rows keep their spacing.
def _detected_and_not_detected_lists() -> bytes:
    page = _page()
    page.row(700, (54, "Detected"), (320, "Not detected"), bold=True)
    page.row(686, (54, "KRAS p.G12V (c.35G>T) 14.2%"), (320, "EGFR exon 19 deletions"))
    page.row(675, (54, "TP53 p.R273H 22.0%"), (320, "BRAF V600E"))
    page.row(664, (320, "ALK and ROS1 fusions"))
    page.row(653, (320, "MET amplification"))
    page.row(630, (54, "Comments"), bold=True)
    page.row(618, (54, "The KRAS variant is a known driver in this tumour type."))
    return _pdf(page)


def _positive_and_negative_stain_boxes() -> bytes:
    page = _page()
    page.row(700, (60, "POSITIVE"), (300, "NEGATIVE"), bold=True)
    page.row(686, (60, "Estrogen receptor, 90% of nuclei"), (300, "HER2 (score 1+)"))
    page.row(675, (60, "Progesterone receptor, 35%"), (300, "ALK (clone D5F3)"))
    page.row(650, (60, "Internal controls stained as expected."))
    return _pdf(page)


def _alterations_found_and_none_found() -> bytes:
    page = _page()
    page.row(700, (54, "Genomic alterations detected"), (330, "No alterations detected"), bold=True)
    page.row(686, (54, "PIK3CA p.H1047R (VAF 9%)"), (330, "ESR1"))
    page.row(675, (54, "TP53 p.R175H (VAF 31%)"), (330, "BRCA1, BRCA2"))
    page.row(664, (330, "KRAS"))
    page.row(640, (54, "Reviewed by the molecular tumour board."))
    return _pdf(page)


def _verdict_headed_box_layouts() -> list:
    pytest.importorskip("reportlab")
    return [
        pytest.param(
            _detected_and_not_detected_lists(),
            [
                ("KRAS", MUT, P, {"alteration": "G12V"}),
                ("TP53", MUT, P, {}),
                ("EGFR", MUT, N, {}),
                ("BRAF", MUT, N, {}),
                ("ALK", FUS, N, {}),
                ("ROS1", FUS, N, {}),
                ("MET", AMP, N, {}),
            ],
            id="detected_and_not_detected_lists",
        ),
        pytest.param(
            _positive_and_negative_stain_boxes(),
            [
                ("ER", EXPR, P, {"percent": 90}),
                ("PR", EXPR, P, {"percent": 35}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("ALK", EXPR, N, {}),
            ],
            id="positive_and_negative_stain_boxes",
        ),
        pytest.param(
            _alterations_found_and_none_found(),
            [
                ("PIK3CA", MUT, P, {}),
                ("TP53", MUT, P, {}),
                ("BRCA1", MUT, N, {}),
                ("BRCA2", MUT, N, {}),
                ("KRAS", MUT, N, {}),
            ],
            id="alterations_found_and_none_found",
        ),
    ]


@pytest.mark.parametrize(("data", "expected"), _verdict_headed_box_layouts())
def test_verdict_headed_boxes(data: bytes, expected: Expected) -> None:
    assert_pdf_reads(data, expected)


# specimen_columns_by_place (markers/page_layouts.py): specimens in columns, a row per
# marker, where the row's words alone cannot part its cells (a variant, a bare score): the
# boxes part them, and each specimen is read in turn, each row's name with its cell.
def _nodule_columns_with_variants() -> bytes:
    page = _page()
    page.row(700, (54, "Molecular results"), bold=True, size=11)
    page.row(682, (220, "Nodule 1 (upper lobe)"), (390, "Nodule 2 (lower lobe)"))
    page.row(668, (54, "BRAF (sequencing)"), (220, "p.V600E detected"), (390, "No variant found"))
    page.row(654, (54, "ALK (IHC, D5F3)"), (220, "Negative"), (390, "Negative"))
    page.row(630, (54, "The nodules are taken to be separate primaries."))
    return _pdf(page)


def _part_columns_with_scores() -> bytes:
    page = _page()
    page.row(700, (54, "Predictive markers"), bold=True, size=11)
    page.row(682, (200, "Part A (primary)"), (360, "Part B (liver)"))
    page.row(668, (54, "KRAS (codons 12, 13)"), (200, "G12D present"), (360, "Wild type"))
    page.row(654, (54, "HER2 IHC"), (200, "Score 1+"), (360, "Score 3+"))
    page.row(630, (54, "Reported by the molecular pathology service."))
    return _pdf(page)


def _specimen_columns_by_place_layouts() -> list:
    pytest.importorskip("reportlab")
    return [
        pytest.param(
            _nodule_columns_with_variants(),
            [
                ("BRAF", MUT, P, {"alteration": "V600E", "specimen": "1"}),
                ("BRAF", MUT, N, {"specimen": "2"}),
                ("ALK", EXPR, N, {}),
            ],
            id="nodule_columns_with_variants",
        ),
        pytest.param(
            _part_columns_with_scores(),
            [
                ("KRAS", MUT, P, {"alteration": "G12D", "specimen": "A"}),
                ("KRAS", MUT, N, {"specimen": "B"}),
                ("HER2", EXPR, N, {"ihc_score": "1+"}),
                ("HER2", EXPR, P, {"ihc_score": "3+"}),
            ],
            id="part_columns_with_scores",
        ),
    ]


@pytest.mark.parametrize(("data", "expected"), _specimen_columns_by_place_layouts())
def test_specimen_columns_by_place(data: bytes, expected: Expected) -> None:
    assert_pdf_reads(data, expected)


# about-a-topic-heading (context_rules.json): an 'About <topic>' heading opens a section of
# background; a sentence that opens with 'About' and a quantity opens none.
def test_a_quantity_after_about_opens_no_section() -> None:
    assert_reads(
        "About half of the tumour cells are ER positive\nPR is negative (0%).",
        [("ER", EXPR, P, {}), ("PR", EXPR, N, {"percent": 0})],
    )
