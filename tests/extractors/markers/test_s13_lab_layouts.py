"""Laboratories' own PDF layouts whose tick marks mean what they mean by where they stand.

The PDFs are drawn here for an invented laboratory, in words of our own (test_s10_lab_layouts
draws them); none copies a real report. Boxes and column rules are not drawn: as in many
laboratories' PDFs, the page's text keeps only the mark.

- ticked_option_row: the options of one question on one row, wide apart, one led by a mark.
- tick_column_table: a header with verdict columns, each row's mark under one of them.
"""

import pytest

from extractors.markers import extract_markers
from extractors.reading import read_document
from tests.extractors.markers.kind_tables import AMP, EXPR, FUS, MUT, Expected, N, P
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


def _her2_amplification_columns() -> bytes:
    page = LabPage()
    page.row(700, (54, "Copy number"), (200, "Amplified"), (300, "Not amplified"), bold=True)
    page.row(684, (54, "ERBB2 (HER2)"), (300, "X"))
    page.row(670, (54, "MET"), (300, "X"))
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
    ],
}


def test_every_kind_has_two_wordings() -> None:
    assert all(len(cases) >= 2 for cases in LAYOUTS.values())


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        pytest.param(pdf, expected, id=f"{kind}-{number}")
        for kind, cases in LAYOUTS.items()
        for number, (pdf, expected) in enumerate(cases, start=1)
    ],
)
def test_layout_reads(pdf: bytes, expected: Expected) -> None:
    found = extract_markers(read_document(pdf, "lab.pdf"))
    given = {(r.marker.value, r.aspect.value, r.status.value): r for r in found}
    assert set(given) == {(m, a, s) for m, a, s, _ in expected}
    for marker, aspect, status, details in expected:
        for name, value in details.items():
            assert getattr(given[(marker, aspect, status)], name) == value, name
