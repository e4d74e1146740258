"""A case as a FHIR R4 Bundle after mCODE and the Genomics Reporting IG; patient by case id."""

import re
import uuid
from typing import Any

from schemas.case import Case, CaseHER2Interpretation, CaseMarker, ReviewStatus, SignOff
from schemas.fhir_codes import Code, fhir_codes
from schemas.markers import Aspect, Marker, Status
from schemas.reviewed import (
    ReviewedResult,
    current_sign_off,
    reviewed_results,
    withdrawn_results,
)

LOINC = "http://loinc.org"
HGNC = "http://www.genenames.org/geneId"
HGVS = "http://varnomen.hgvs.org"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CASE_SYSTEM = "urn:markerflow:case"
MARKER_SYSTEM = "urn:markerflow:marker"
REVIEWER_SYSTEM = "urn:markerflow:reviewer"
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
DOCUMENT_COMPLETION = "http://terminology.hl7.org/CodeSystem/v3-DocumentCompletion"
TUMOR_MARKER_PROFILE = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-tumor-marker-test"
VARIANT_PROFILE = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"
_NAMESPACE = uuid.UUID("5b0c3e0e-8f7e-4c55-9d7e-6d1f2f3a9c10")
_PROTEIN_CHANGE = re.compile(
    r"^[A-Z*]\d+(?:_[A-Z]\d+)?(?:[A-Z*]|del|ins[A-Z]+|dup|delins[A-Z]+|fs\*?\d*)$"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _coding(code: Code, system: str = LOINC) -> dict[str, Any]:
    return {"system": system, "code": code.code, "display": code.display}


def _concept(code: Code | None, text: str) -> dict[str, Any]:
    concept: dict[str, Any] = {"text": text}
    if code is not None:
        concept["coding"] = [_coding(code)]
    return concept


def _uuid(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def _subject(case: Case) -> dict[str, Any]:
    return {"type": "Patient", "identifier": {"system": CASE_SYSTEM, "value": case.case_id}}


def _status(case: Case) -> str:
    return "final" if case.review_status is ReviewStatus.SIGNED_OFF else "preliminary"


def _details(marker: CaseMarker) -> str:
    parts = [
        marker.method,
        f"IHC {marker.ihc_score.value}" if marker.ihc_score else None,
        f"{marker.percent:g}%" if marker.percent is not None else None,
        f"ratio {marker.ratio:g}" if marker.ratio is not None else None,
        f"copy number {marker.copy_number:g}" if marker.copy_number is not None else None,
        marker.alteration,
        marker.value,
    ]
    return ", ".join(p for p in parts if p)


def _test_name(marker: CaseMarker) -> str:
    return f"{marker.marker.value} {marker.aspect.value}"


def _answer(marker: CaseMarker) -> Code | None:
    answers = fhir_codes().answers
    if marker.marker is Marker.MSI and marker.status is Status.POSITIVE:
        return answers["msi_high"]
    if marker.aspect in (Aspect.MUTATION, Aspect.FUSION):
        return {Status.POSITIVE: answers["detected"], Status.NEGATIVE: answers["not_detected"]}.get(
            marker.status
        )
    return answers.get(marker.status.value)


def _test_code(marker: CaseMarker) -> Code | None:
    """The LOINC code of a presence test, the clone-specific one only if the clone is stated."""
    words = " ".join([marker.method or "", marker.value or "", *(e.text for e in marker.evidence)])
    for test in fhir_codes().tests:
        if (test.marker, test.aspect) != (marker.marker, marker.aspect):
            continue
        if test.clone is None or test.clone.lower() in words.lower():
            return test
    return None


def _gene_component(marker: Marker) -> list[dict[str, Any]]:
    gene = fhir_codes().genes.get(marker)
    if gene is None:
        return []
    hgnc_id, symbol = gene
    coding = {"system": HGNC, "code": hgnc_id, "display": symbol}
    studied = _concept(fhir_codes().gene_studied, fhir_codes().gene_studied.display)
    return [{"code": studied, "valueCodeableConcept": {"coding": [coding], "text": symbol}}]


def _quantity_value(marker: CaseMarker) -> tuple[Code, dict[str, Any]] | None:
    """(code, value[x]) for a test reported as a number: ISH ratio, Ki-67 %, TMB."""
    for quantity in fhir_codes().quantities:
        if (quantity.marker, quantity.aspect) != (marker.marker, marker.aspect):
            continue
        raw = getattr(marker, quantity.field)
        if isinstance(raw, str):
            found = _NUMBER.search(raw)
            raw = float(found.group(0)) if found else None
        if raw is None:
            return None
        if quantity.field == "ratio":
            value = {"numerator": {"value": raw}, "denominator": {"value": 1}}
            return quantity, {"valueRatio": value}
        unit = {"percent": ("%", "%"), "value": ("mutations/Mb", None)}[quantity.field]
        number: dict[str, Any] = {"value": raw, "unit": unit[0]}
        if unit[1]:
            number |= {"system": "http://unitsofmeasure.org", "code": unit[1]}
        return quantity, {"valueQuantity": number}
    return None


def _percent_component(marker: CaseMarker) -> list[dict[str, Any]]:
    if marker.percent is None:
        return []
    for component in fhir_codes().percent_components:
        if component.marker is marker.marker:
            quantity = {
                "value": marker.percent,
                "unit": "%",
                "system": "http://unitsofmeasure.org",
                "code": "%",
            }
            return [{"code": _concept(component, component.display), "valueQuantity": quantity}]
    return []


def _effective(case: Case, document_ids: list[str]) -> dict[str, Any]:
    """effectiveDateTime: the earliest collection (else report) date of the source documents."""
    stated = []
    for document in case.documents:
        if document.document_id in document_ids:
            facts = document.facts
            fact = facts.collection_date or facts.report_date
            stated += [fact.value] if fact else []
    return {"effectiveDateTime": min(stated).isoformat()} if stated else {}


def _observation_base(case: Case, marker: CaseMarker, profile: str) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": _uuid(case.case_id, marker.marker_id),
        "meta": {"profile": [profile]},
        "identifier": [{"system": MARKER_SYSTEM, "value": marker.marker_id}],
        "status": _status(case),
        "category": [
            {"coding": [{"system": OBSERVATION_CATEGORY, "code": "laboratory"}]},
            {"coding": [{"system": V2_0074, "code": "GE" if _is_genomic(marker) else "SP"}]},
        ],
        "subject": _subject(case),
        **_effective(case, marker.source_documents),
    }


def _is_genomic(marker: CaseMarker) -> bool:
    return marker.aspect in (Aspect.MUTATION, Aspect.FUSION, Aspect.AMPLIFICATION, Aspect.SIGNATURE)


def _variant_observation(case: Case, marker: CaseMarker) -> dict[str, Any]:
    """A detected variant: Genomics Reporting 'variant', gene by HGNC, change by HGVS."""
    codes = fhir_codes()
    observation = _observation_base(case, marker, VARIANT_PROFILE)
    observation["code"] = _concept(codes.variant, codes.variant.display)
    observation["valueCodeableConcept"] = _concept(codes.answers["present"], "Present")
    components = _gene_component(marker.marker)
    alteration = (marker.alteration or "").strip()
    if _PROTEIN_CHANGE.match(alteration):
        change = {
            "coding": [{"system": HGVS, "code": f"p.{alteration}"}],
            "text": f"p.{alteration}",
        }
        aa = _concept(codes.amino_acid_change, codes.amino_acid_change.display)
        components.append({"code": aa, "valueCodeableConcept": change})
    elif alteration:
        observation["note"] = [{"text": f"{marker.marker.value} {alteration}"}]
    observation["component"] = components
    return observation


def _marker_observation(case: Case, marker: CaseMarker) -> dict[str, Any]:
    """A tumour-marker test (mCODE): LOINC code where one exists, else a text-only code."""
    if marker.aspect in (Aspect.MUTATION, Aspect.FUSION) and marker.status is Status.POSITIVE:
        return _variant_observation(case, marker)
    observation = _observation_base(case, marker, TUMOR_MARKER_PROFILE)
    quantity = _quantity_value(marker)
    details = _details(marker)
    value_text = f"{marker.status.value} ({details})" if details else marker.status.value
    if quantity is not None:
        code, value = quantity
        observation["code"] = _concept(code, _test_name(marker))
        observation |= value
        answer = _answer(marker)
        if answer is not None:
            observation["interpretation"] = [_concept(answer, value_text)]
    else:
        observation["code"] = _concept(_test_code(marker), _test_name(marker))
        observation["valueCodeableConcept"] = _concept(_answer(marker), value_text)
    components = _percent_component(marker) + _gene_component(marker.marker)
    if components:
        observation["component"] = components
    return observation


def _her2_observation(case: Case, index: int, her2: CaseHER2Interpretation) -> dict[str, Any]:
    codes = fhir_codes()
    text = "HER2-low" if her2.her2_low else her2.status.value
    return {
        "resourceType": "Observation",
        "id": _uuid(case.case_id, "her2", str(index)),
        "meta": {"profile": [TUMOR_MARKER_PROFILE]},
        "status": _status(case),
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "laboratory"}]}],
        "code": _concept(codes.her2_interpretation, "HER2 interpretation (ASCO/CAP)"),
        "subject": _subject(case),
        "valueCodeableConcept": _concept(codes.answers.get(her2.status.value), text),
        "component": _gene_component(Marker.HER2),
    }


def _report(case: Case, results: list[str]) -> dict[str, Any]:
    codes = fhir_codes()
    report: dict[str, Any] = {
        "resourceType": "DiagnosticReport",
        "id": _uuid(case.case_id, "report"),
        "identifier": [{"system": CASE_SYSTEM, "value": case.case_id}],
        "status": _status(case),
        "category": [{"coding": [{"system": V2_0074, "code": c}]} for c in ("SP", "GE")],
        "code": _concept(codes.report, "Tumour-marker case"),
        "subject": _subject(case),
        "result": [{"reference": url} for url in results],
    }
    if case.updated_at is not None:
        report["issued"] = case.updated_at.isoformat()
    if case.facts.collection_date is not None:
        report["effectiveDateTime"] = case.facts.collection_date.value.isoformat()
    if case.summary.diagnosis.text:
        report["conclusion"] = case.summary.diagnosis.text
    return report


def _reviewer(name: str) -> dict[str, Any]:
    return {
        "type": "Practitioner",
        "identifier": {"system": REVIEWER_SYSTEM, "value": name},
        "display": name,
    }


def _performer(result: ReviewedResult, sign_off: SignOff | None) -> list[dict[str, Any]]:
    """The reviewer who decided the result, else the one who signed the case off."""
    if result.decision is not None:
        return [_reviewer(result.decision.reviewer)]
    return [_reviewer(sign_off.reviewer)] if sign_off is not None else []


def _reviewed_observation(
    case: Case, result: ReviewedResult, sign_off: SignOff | None
) -> dict[str, Any]:
    observation = _marker_observation(case, result.result)
    performer = _performer(result, sign_off)
    if performer:
        observation["performer"] = performer
    decision = result.decision
    if decision is not None and decision.action.value in ("correct", "add"):
        verb = "corrected" if decision.action.value == "correct" else "added"
        note = f"{verb} by {decision.reviewer}: {result.details}".rstrip(": ")
        observation["note"] = [*observation.get("note", []), {"text": note}]
    return observation


def _withdrawn_observation(case: Case, result: ReviewedResult) -> dict[str, Any]:
    """A result an earlier sign-off exported and a reviewer then rejected."""
    assert result.extracted is not None and result.decision is not None
    observation = _marker_observation(case, result.extracted)
    observation["status"] = "entered-in-error"
    observation["performer"] = [_reviewer(result.decision.reviewer)]
    observation["note"] = [{"text": f"rejected by {result.decision.reviewer}"}]
    return observation


def _her2_interpretations(case: Case, results: list[ReviewedResult]) -> list[dict[str, Any]]:
    """The ASCO/CAP HER2 statuses, unless a reviewer changed a HER2 result they rest on."""
    if any(r.changed and r.marker is Marker.HER2 for r in results):
        return []
    return [_her2_observation(case, i, h) for i, h in enumerate(case.her2)]


def _provenance(case: Case, sign_off: SignOff, targets: list[str]) -> dict[str, Any]:
    """The sign-off: who verified which resources, and when."""
    moment = sign_off.signed_off_at.isoformat()
    return {
        "resourceType": "Provenance",
        "id": _uuid(case.case_id, "sign-off", moment),
        "target": [{"reference": url} for url in targets],
        "recorded": moment,
        "activity": {
            "coding": [{"system": DOCUMENT_COMPLETION, "code": "AU", "display": "authenticated"}],
            "text": "sign-off of the reviewed results",
        },
        "agent": [
            {
                "type": {"coding": [{"system": PARTICIPANT_TYPE, "code": "verifier"}]},
                "who": _reviewer(sign_off.reviewer),
            }
        ],
    }


def _entries(resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]


def case_to_bundle(case: Case) -> dict[str, Any]:
    """The case's reviewed results as a FHIR R4 collection Bundle (JSON-ready dict).

    One Observation per standing result as reviewed (corrected values, added results in,
    rejected ones out; superseded results are left out), one per HER2 interpretation, and a
    DiagnosticReport that lists them. A result rejected after an earlier sign-off exported it
    is sent again as `entered-in-error`. A signed-off case has a Provenance for its sign-off.
    """
    results = reviewed_results(case)
    sign_off = current_sign_off(case)
    resources = [_reviewed_observation(case, r, sign_off) for r in results if not r.rejected]
    resources += _her2_interpretations(case, results)
    urls = [f"urn:uuid:{r['id']}" for r in resources]
    report = _report(case, urls)
    if sign_off is not None:
        report["resultsInterpreter"] = [_reviewer(sign_off.reviewer)]
    withdrawn = [_withdrawn_observation(case, r) for r in withdrawn_results(case)]
    everything = [report, *resources, *withdrawn]
    if sign_off is not None:
        targets = [f"urn:uuid:{r['id']}" for r in everything]
        everything.append(_provenance(case, sign_off, targets))
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "id": _uuid(case.case_id, "bundle"),
        "identifier": {"system": CASE_SYSTEM, "value": case.case_id},
        "type": "collection",
        "entry": _entries(everything),
    }
    if case.updated_at is not None:
        bundle["timestamp"] = case.updated_at.isoformat()
    return bundle
