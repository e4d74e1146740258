"""Downloads of a case: its JSON and, when schemas provides the mapping, its FHIR bundle."""

import re
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request, Response

from review.audit import AuditAction
from review.exports import case_json, fhir_json
from review.permissions import Permission
from review.web.case_routes import case_or_404
from review.web.security import permitted
from review.web.services import services_of
from review.web_sessions import LoginSession

router = APIRouter()

Exporter = Annotated[LoginSession, Depends(permitted(Permission.EXPORT))]


SAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


def download_name(case_id: str, suffix: str) -> str:
    """Content-Disposition naming the file by case id: '<case id>.<suffix>'.

    The plain filename keeps letters, digits, '.', '_' and '-' (others become '_');
    filename* carries the case id exactly, percent-encoded UTF-8 (RFC 6266).
    """
    plain = SAFE_FILENAME.sub("_", case_id).strip("._") or "case"
    exact = quote(f"{case_id}.{suffix}", safe="")
    return f"attachment; filename=\"{plain}.{suffix}\"; filename*=UTF-8''{exact}"


def _download(text: str, case_id: str, suffix: str) -> Response:
    return Response(
        text,
        media_type="application/json",
        headers={"Content-Disposition": download_name(case_id, suffix)},
    )


@router.get("/cases/{case_id}/export.json")
def export_case_json(request: Request, case_id: str, login: Exporter) -> Response:
    """The case with its decisions as the Case model's JSON."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.EXPORT_JSON, username=login.username, case_id=case_id)
    return _download(case_json(case), case_id, "case.json")


@router.get("/cases/{case_id}/export.fhir.json")
def export_case_fhir(request: Request, case_id: str, login: Exporter) -> Response:
    """The case as a FHIR bundle."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.EXPORT_FHIR, username=login.username, case_id=case_id)
    return _download(fhir_json(case), case_id, "fhir-bundle.json")
