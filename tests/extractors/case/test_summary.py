"""The case summary: diagnosis first, marker lines, missing expected tests, program hints."""

import pytest
from case_builders import document, result

from extractors import assemble_case
from schemas.case import Case, TumourType
from schemas.markers import Aspect, HER2Interpretation, IHCScore, Marker, Status

EXPR, MUT = Aspect.EXPRESSION, Aspect.MUTATION


def case_of(tumour: TumourType | None, *markers, diagnosis: str | None = None) -> Case:
    doc = document("report", list(markers), tumour=tumour, diagnosis=diagnosis)
    return assemble_case("case-1", [doc])


def missing(case: Case) -> list[str]:
    return [m.test for m in case.summary.missing_tests]


def hints(case: Case) -> list[str]:
    return [h.hint_id for h in case.summary.hints]


def test_the_summary_starts_with_the_diagnosis() -> None:
    case = case_of(TumourType.BREAST, diagnosis="Invasive ductal carcinoma")

    assert case.summary.diagnosis.text == "Invasive ductal carcinoma"
    assert case.summary.diagnosis.tumour_type is TumourType.BREAST


def test_each_standing_marker_has_a_line_with_status_details_and_source() -> None:
    case = case_of(
        TumourType.BREAST,
        result(Marker.ER, EXPR, Status.POSITIVE, "report", percent=95.0, method="IHC"),
    )

    [line] = case.summary.markers
    assert line.status is Status.POSITIVE
    assert line.details == "IHC, 95% of cells"
    assert (
        line.text
        == "ER expression: positive (IHC, 95% of cells) — specimen S23-100 part A; from report.pdf"
    )


@pytest.mark.parametrize(
    ("tumour", "markers", "expected_missing"),
    [
        (
            TumourType.NON_SMALL_CELL_LUNG,
            [result(Marker.KRAS, MUT, Status.POSITIVE, "report", alteration="G12C")],
            {"EGFR mutation", "ALK rearrangement"},
        ),
        (
            TumourType.BREAST,
            [result(Marker.ER, EXPR, Status.POSITIVE, "report")],
            {"PR", "HER2 (IHC or ISH)"},
        ),
        (
            TumourType.COLORECTAL,
            [result(Marker.KRAS, MUT, Status.NEGATIVE, "report")],
            {"MMR or MSI", "BRAF mutation"},
        ),
    ],
)
def test_tests_the_tumour_type_usually_needs_are_listed_when_no_report_gives_them(
    tumour: TumourType, markers: list, expected_missing: set[str]
) -> None:
    case = case_of(tumour, *markers)

    assert expected_missing <= set(missing(case))


def test_a_test_with_a_negative_result_is_not_missing() -> None:
    case = case_of(
        TumourType.BREAST,
        result(Marker.ER, EXPR, Status.NEGATIVE, "report"),
        result(Marker.PR, EXPR, Status.NEGATIVE, "report", start=20),
        result(Marker.HER2, Aspect.AMPLIFICATION, Status.NEGATIVE, "report", start=40),
    )

    assert missing(case) == []


def test_an_unknown_tumour_type_lists_no_missing_tests() -> None:
    assert missing(case_of(None)) == []


@pytest.mark.parametrize(
    ("marker", "expected_hint"),
    [
        (
            result(Marker.HER2, EXPR, Status.POSITIVE, "report", ihc_score=IHCScore.THREE),
            "her2_positive",
        ),
        (result(Marker.HER2, Aspect.AMPLIFICATION, Status.POSITIVE, "report"), "her2_positive"),
        (result(Marker.HER2, EXPR, Status.NEGATIVE, "report", ihc_score=IHCScore.ONE), "her2_low"),
        (result(Marker.MESOTHELIN, EXPR, Status.POSITIVE, "report"), "mesothelin"),
        (result(Marker.GD2, EXPR, Status.POSITIVE, "report"), "gd2"),
        (result(Marker.EGFR, MUT, Status.POSITIVE, "report", alteration="L858R"), "egfr"),
        (result(Marker.KRAS, MUT, Status.POSITIVE, "report", alteration="G12C"), "kras_g12c"),
        (result(Marker.MSI, Aspect.SIGNATURE, Status.POSITIVE, "report"), "msi_high"),
    ],
)
def test_results_raise_the_program_hints_of_the_data_table(marker, expected_hint: str) -> None:
    case = case_of(None, marker)

    assert expected_hint in hints(case)
    [hint] = [h for h in case.summary.hints if h.hint_id == expected_hint]
    assert hint.marker_ids == [case.markers[0].marker_id]


def test_hints_are_worded_as_hints_never_as_advice() -> None:
    case = case_of(None, result(Marker.GD2, EXPR, Status.POSITIVE, "report"))

    [hint] = case.summary.hints
    assert "sometimes considered for GD2-directed programs" in hint.text
    assert "not a recommendation" in hint.text
    assert "should" not in hint.text.lower()


def test_negative_results_raise_no_hint() -> None:
    case = case_of(
        None,
        result(Marker.EGFR, MUT, Status.NEGATIVE, "report"),
        result(Marker.HER2, EXPR, Status.NEGATIVE, "report", ihc_score=IHCScore.ZERO, start=30),
        result(Marker.MESOTHELIN, EXPR, Status.NEGATIVE, "report", start=60),
    )

    assert hints(case) == []


def test_kras_g12c_raises_only_its_own_kras_hint() -> None:
    case = case_of(None, result(Marker.KRAS, MUT, Status.POSITIVE, "report", alteration="G12C"))

    assert [h for h in hints(case) if h.startswith("kras")] == ["kras_g12c"]


def test_a_her2_low_interpretation_raises_the_her2_low_hint() -> None:
    ihc = result(Marker.HER2, EXPR, Status.EQUIVOCAL, "report", ihc_score=IHCScore.TWO)
    ish = result(Marker.HER2, Aspect.AMPLIFICATION, Status.NEGATIVE, "report", start=30)
    doc = document("report", [ihc, ish])
    doc.her2 = [
        HER2Interpretation(
            specimen="A",
            status=Status.NEGATIVE,
            ihc_score=IHCScore.TWO,
            ish_amplified=False,
            her2_low=True,
            basis="IHC 2+, ISH not amplified",
        )
    ]

    case = assemble_case("case-1", [doc])

    assert [h.her2_low for h in case.her2] == [True]
    [hint] = [h for h in case.summary.hints if h.hint_id == "her2_low"]
    assert set(hint.marker_ids) == {m.marker_id for m in case.markers}
