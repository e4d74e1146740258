"""case_to_bundle: a FHIR R4 Bundle, checked with the R4B models fhir.resources ships."""

from datetime import date

import pytest
from fhir.resources.R4B.bundle import Bundle

from extractors import assemble_case
from schemas.case import Case, ReportKind
from schemas.fhir import MARKER_SYSTEM, case_to_bundle
from schemas.markers import Aspect, IHCScore, Marker, Status
from tests.extractors.case.case_builders import document, result

EXPR = Aspect.EXPRESSION


@pytest.fixture
def case() -> Case:
    original = document(
        "biopsy",
        [
            result(Marker.HER2, EXPR, Status.EQUIVOCAL, "biopsy", ihc_score=IHCScore.TWO),
            result(Marker.ER, EXPR, Status.POSITIVE, "biopsy", percent=90.0, start=10),
            result(Marker.KI67, EXPR, Status.REPORTED, "biopsy", percent=30.0, start=20),
            result(Marker.GD2, EXPR, Status.POSITIVE, "biopsy", start=30),
            result(Marker.MSI, Aspect.SIGNATURE, Status.POSITIVE, "biopsy", start=40),
        ],
        reported=date(2026, 1, 2),
    )
    addendum = document(
        "addendum",
        [
            result(Marker.HER2, Aspect.AMPLIFICATION, Status.POSITIVE, "addendum", ratio=2.6),
            result(Marker.EGFR, Aspect.MUTATION, Status.POSITIVE, "addendum", alteration="L858R"),
            result(Marker.KRAS, Aspect.MUTATION, Status.NEGATIVE, "addendum", start=50),
            result(Marker.ER, EXPR, Status.NEGATIVE, "addendum", percent=0.0, start=60),
        ],
        reported=date(2026, 1, 9),
        kind=ReportKind.ADDENDUM,
    )
    return assemble_case("case-7", [original, addendum])


def observations(bundle: dict) -> list[dict]:
    return [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]


def by_marker_id(bundle: dict) -> dict[str, dict]:
    found = {}
    for observation in observations(bundle):
        for identifier in observation.get("identifier", []):
            if identifier["system"] == MARKER_SYSTEM:
                found[identifier["value"]] = observation
    return found


def loinc(observation: dict) -> str | None:
    codings = observation["code"].get("coding", [])
    return codings[0]["code"] if codings else None


def test_fhir_resources_accepts_the_bundle(case: Case) -> None:
    bundle = case_to_bundle(case)

    parsed = Bundle.model_validate(bundle)

    assert parsed.type == "collection"
    kinds = [e.resource.__resource_type__ for e in parsed.entry]
    assert kinds[0] == "DiagnosticReport" and set(kinds[1:]) == {"Observation"}


def test_there_is_one_observation_per_standing_marker_result(case: Case) -> None:
    exported = by_marker_id(case_to_bundle(case))

    assert set(exported) == {m.marker_id for m in case.current_markers}
    superseded = [m.marker_id for m in case.markers if m not in case.current_markers]
    assert superseded and not set(superseded) & set(exported)


def test_the_diagnostic_report_lists_every_observation(case: Case) -> None:
    bundle = case_to_bundle(case)
    report = bundle["entry"][0]["resource"]

    listed = {r["reference"] for r in report["result"]}
    assert listed == {e["fullUrl"] for e in bundle["entry"][1:]}
    assert report["status"] == "preliminary"


def test_the_patient_is_referenced_by_case_id_only(case: Case) -> None:
    bundle = case_to_bundle(case)

    assert not [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    for entry in bundle["entry"]:
        subject = entry["resource"]["subject"]
        assert subject == {
            "type": "Patient",
            "identifier": {"system": "urn:markerflow:case", "value": "case-7"},
        }


@pytest.mark.parametrize(
    ("marker", "aspect", "code"),
    [
        (Marker.HER2, EXPR, "18474-7"),
        (Marker.HER2, Aspect.AMPLIFICATION, "49683-6"),
        (Marker.ER, EXPR, "40556-3"),
        (Marker.KI67, EXPR, "29593-1"),
        (Marker.MSI, Aspect.SIGNATURE, "81695-9"),
        (Marker.KRAS, Aspect.MUTATION, None),
        (Marker.GD2, EXPR, None),
    ],
)
def test_tumour_marker_tests_carry_a_loinc_code_where_one_exists(
    case: Case, marker: Marker, aspect: Aspect, code: str | None
) -> None:
    exported = by_marker_id(case_to_bundle(case))
    [standing] = [m for m in case.current_markers if (m.marker, m.aspect) == (marker, aspect)]

    observation = exported[standing.marker_id]

    assert loinc(observation) == code
    assert observation["code"]["text"]


def test_a_detected_variant_names_its_hgnc_gene_and_hgvs_protein_change(case: Case) -> None:
    exported = by_marker_id(case_to_bundle(case))
    [egfr] = [m for m in case.current_markers if m.marker is Marker.EGFR]

    variant = exported[egfr.marker_id]

    assert variant["meta"]["profile"] == [
        "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
    ]
    assert loinc(variant) == "69548-6"
    components = {
        c["code"]["coding"][0]["code"]: c["valueCodeableConcept"] for c in variant["component"]
    }
    assert components["48018-6"]["coding"][0]["code"] == "HGNC:3236"
    assert components["48005-3"]["coding"][0]["code"] == "p.L858R"


def test_a_ratio_and_a_percent_are_exported_as_numbers(case: Case) -> None:
    exported = by_marker_id(case_to_bundle(case))
    standing = {(m.marker, m.aspect): m for m in case.current_markers}

    ish = exported[standing[(Marker.HER2, Aspect.AMPLIFICATION)].marker_id]
    ki67 = exported[standing[(Marker.KI67, EXPR)].marker_id]

    assert ish["valueRatio"]["numerator"]["value"] == 2.6
    assert ki67["valueQuantity"] == {
        "value": 30.0,
        "unit": "%",
        "system": "http://unitsofmeasure.org",
        "code": "%",
    }


def test_the_same_case_gives_the_same_bundle(case: Case) -> None:
    assert case_to_bundle(case) == case_to_bundle(Case.model_validate_json(case.model_dump_json()))


def test_each_observation_is_dated_by_its_source_reports(case: Case) -> None:
    exported = by_marker_id(case_to_bundle(case))
    standing = {(m.marker, m.aspect): m for m in case.current_markers}

    egfr = exported[standing[(Marker.EGFR, Aspect.MUTATION)].marker_id]
    msi = exported[standing[(Marker.MSI, Aspect.SIGNATURE)].marker_id]

    assert egfr["effectiveDateTime"] == "2026-01-09"
    assert msi["effectiveDateTime"] == "2026-01-02"
