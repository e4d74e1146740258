"""After sign-off the FHIR bundle carries the reviewed results, not the extracted ones (#13)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle

from extractors import assemble_case
from schemas.case import Case, ReviewAction, ReviewDecision, ReviewStatus, SignOff
from schemas.fhir import MARKER_SYSTEM, REVIEWER_SYSTEM, case_to_bundle
from schemas.markers import Aspect, IHCScore, Marker, Status
from schemas.reviewed_case import reviewed_case
from tests.extractors.case.case_builders import document, result, sha

EXPR = Aspect.EXPRESSION
RECEIVED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DECIDED = datetime(2026, 1, 6, 10, 0, tzinfo=UTC)


def extracted() -> Case:
    biopsy = document(
        "biopsy",
        [
            result(Marker.HER2, EXPR, Status.EQUIVOCAL, "biopsy", ihc_score=IHCScore.TWO),
            result(Marker.ER, EXPR, Status.POSITIVE, "biopsy", percent=90.0, start=10),
            result(Marker.KRAS, Aspect.MUTATION, Status.POSITIVE, "biopsy", alteration="G12C"),
        ],
        reported=date(2026, 1, 2),
    )
    return assemble_case("case-7", [biopsy])


def marker_id(case: Case, marker: Marker) -> str:
    [found] = [m.marker_id for m in case.current_markers if m.marker is marker]
    return found


def reviewed(case: Case, *, signed: list[datetime], **more: object) -> Case:
    """The case with a HER2 correction, a KRAS rejection, an added PR and sign-offs."""
    decisions = [
        ReviewDecision(
            action=ReviewAction.CORRECT,
            marker_id=marker_id(case, Marker.HER2),
            corrected_status=Status.NEGATIVE,
            corrected_details="IHC 1+",
            reason="re-read",
            reviewer="rita",
            decided_at=DECIDED,
        ),
        ReviewDecision(
            action=ReviewAction.CONFIRM,
            marker_id=marker_id(case, Marker.ER),
            reason="",
            reviewer="sam",
            decided_at=DECIDED,
        ),
        ReviewDecision(
            action=ReviewAction.REJECT,
            marker_id=marker_id(case, Marker.KRAS),
            reason="another patient's result",
            reviewer="rita",
            decided_at=more.get("rejected_at", DECIDED),  # type: ignore[arg-type]
        ),
        ReviewDecision(
            action=ReviewAction.ADD,
            marker=Marker.PR,
            aspect=EXPR,
            corrected_status=Status.NEGATIVE,
            corrected_details="0%",
            document_id=sha("biopsy"),
            reason="missed",
            reviewer="rita",
            decided_at=DECIDED,
        ),
    ]
    return case.model_copy(
        update={
            "decisions": decisions,
            "review_status": ReviewStatus.SIGNED_OFF,
            "sign_offs": [SignOff(reviewer="rita", signed_off_at=at) for at in signed],
        }
    )


def by_marker_id(bundle: dict) -> dict[str, dict]:
    found = {}
    for entry in bundle["entry"]:
        for identifier in entry["resource"].get("identifier", []):
            if identifier["system"] == MARKER_SYSTEM:
                found[identifier["value"]] = entry["resource"]
    return found


@pytest.fixture
def signed() -> Case:
    return reviewed(extracted(), signed=[DECIDED + timedelta(hours=1)])


def test_the_signed_off_bundle_validates_with_fhir_resources(signed: Case) -> None:
    parsed = Bundle.model_validate(case_to_bundle(signed))

    kinds = [e.resource.__resource_type__ for e in parsed.entry]
    assert kinds[0] == "DiagnosticReport"
    assert kinds[-1] == "Provenance"


def test_the_bundle_carries_the_corrected_value_not_the_extracted_one(signed: Case) -> None:
    her2 = by_marker_id(case_to_bundle(signed))[marker_id(signed, Marker.HER2)]

    value = her2["valueCodeableConcept"]
    assert value["text"].startswith("negative")
    assert "IHC 1+" in value["text"] and "2+" not in value["text"]
    assert her2["status"] == "final"


def test_a_rejected_result_is_left_out_and_an_added_one_is_in(signed: Case) -> None:
    exported = by_marker_id(case_to_bundle(signed))

    assert marker_id(signed, Marker.KRAS) not in exported
    added = exported["added.1"]
    assert added["code"]["text"] == "PR expression"
    assert added["valueCodeableConcept"]["text"].startswith("negative")


def test_each_observation_names_its_reviewer_as_performer(signed: Case) -> None:
    exported = by_marker_id(case_to_bundle(signed))

    performers = {
        key: [p["identifier"]["value"] for p in o["performer"]] for key, o in exported.items()
    }
    assert performers == {
        marker_id(signed, Marker.HER2): ["rita"],
        marker_id(signed, Marker.ER): ["sam"],
        "added.1": ["rita"],
    }
    for observation in exported.values():
        assert observation["performer"][0]["identifier"]["system"] == REVIEWER_SYSTEM


def test_the_sign_off_is_a_provenance_of_every_resource(signed: Case) -> None:
    bundle = case_to_bundle(signed)
    provenance = bundle["entry"][-1]["resource"]

    assert provenance["resourceType"] == "Provenance"
    assert provenance["recorded"] == (DECIDED + timedelta(hours=1)).isoformat()
    assert provenance["agent"][0]["who"]["identifier"]["value"] == "rita"
    targets = {t["reference"] for t in provenance["target"]}
    assert targets == {e["fullUrl"] for e in bundle["entry"][:-1]}


def test_a_her2_interpretation_resting_on_a_corrected_result_is_not_exported(
    signed: Case,
) -> None:
    assert signed.her2, "the extracted case has an ASCO/CAP interpretation"
    codes = [
        e["resource"]["code"].get("text")
        for e in case_to_bundle(signed)["entry"]
        if e["resource"]["resourceType"] == "Observation"
    ]

    assert "HER2 interpretation (ASCO/CAP)" not in codes


def test_a_result_rejected_after_an_earlier_sign_off_is_sent_as_entered_in_error() -> None:
    first_sign_off = DECIDED + timedelta(hours=1)
    rejected_later = DECIDED + timedelta(days=1)
    case = reviewed(
        extracted(),
        signed=[first_sign_off, rejected_later + timedelta(hours=1)],
        rejected_at=rejected_later,
    )

    bundle = case_to_bundle(case)
    kras = by_marker_id(bundle)[marker_id(case, Marker.KRAS)]

    assert kras["status"] == "entered-in-error"
    report = bundle["entry"][0]["resource"]
    assert {"reference": f"urn:uuid:{kras['id']}"} not in report["result"]
    Bundle.model_validate(bundle)


def test_the_reviewed_summary_has_the_reviewed_results(signed: Case) -> None:
    summary = reviewed_case(signed).summary

    lines = {line.marker_id: line for line in summary.markers}
    assert marker_id(signed, Marker.KRAS) not in lines
    her2 = lines[marker_id(signed, Marker.HER2)]
    assert (her2.status, her2.details) == (Status.NEGATIVE, "IHC 1+")
    assert "corrected by rita" in her2.text
    assert lines["added.1"].status is Status.NEGATIVE
    assert lines[marker_id(signed, Marker.ER)] == next(
        line for line in signed.summary.markers if line.marker is Marker.ER
    )
