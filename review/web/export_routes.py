"""Downloads of a case: its JSON and, when schemas provides the mapping, its FHIR bundle."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response

from review.audit import AuditAction
from review.exports import case_json, fhir_json
from review.permissions import Permission
from review.web.case_routes import case_or_404
from review.web.security import permitted
from review.web.services import services_of
from review.web_sessions import LoginSession

router = APIRouter()

Exporter = Annotated[LoginSession, Depends(permitted(Permission.EXPORT))]


def _download(text: str, filename: str) -> Response:
    return Response(
        text,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/cases/{case_id}/export.json")
def export_case_json(request: Request, case_id: str, login: Exporter) -> Response:
    """The case with its decisions as the Case model's JSON."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.EXPORT_JSON, username=login.username, case_id=case_id)
    return _download(case_json(case), "case.json")


@router.get("/cases/{case_id}/export.fhir.json")
def export_case_fhir(request: Request, case_id: str, login: Exporter) -> Response:
    """The case as a FHIR bundle, when the FHIR mapping is installed."""
    services = services_of(request)
    if services.fhir_maker is None:
        raise HTTPException(status_code=404, detail="FHIR export is not available")
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.EXPORT_FHIR, username=login.username, case_id=case_id)
    return _download(fhir_json(services.fhir_maker, case), "fhir-bundle.json")
