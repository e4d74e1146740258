"""The case page, its page images, reviewers' decisions and sign-off."""

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from review.audit import AuditAction
from review.errors import CaseLocked, CaseNotFound, UnknownMarkerResult
from review.permissions import Permission, allows
from review.web.case_view import evidence_pages, result_views, short_id
from review.web.decision_forms import (
    DECISION_PROBLEMS,
    InvalidDecision,
    added_result,
    decision_on_result,
)
from review.web.security import CsrfChecked, permitted
from review.web.services import Services, services_of
from review.web_sessions import LoginSession
from schemas.case import Case, ReviewDecision, ReviewStatus
from schemas.error_trace import phi_free_traceback
from schemas.markers import Aspect, Marker, Status

router = APIRouter()
log = logging.getLogger(__name__)

Reader = Annotated[LoginSession, Depends(permitted(Permission.READ_CASES))]
Decider = Annotated[LoginSession, Depends(permitted(Permission.DECIDE))]
Signer = Annotated[LoginSession, Depends(permitted(Permission.SIGN_OFF))]
FormText = Annotated[str, Form(max_length=4000)]


def case_or_404(services: Services, case_id: str) -> Case:
    """The case, or a 404 that names only the id."""
    case = services.store.get_case(case_id)
    if case is None:
        raise HTTPException(status_code=404, detail="no such case")
    return case


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, login: Reader) -> Response:
    """The summary first, then each result with its evidence and the decision forms."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.VIEW_CASE, username=login.username, case_id=case_id)
    images = services.store.pages_with_images(evidence_pages(case))
    locked = case.review_status is ReviewStatus.SIGNED_OFF
    return services.templates.TemplateResponse(
        request,
        "case.html",
        {
            "login": login,
            "case": case,
            "results": result_views(case, images),
            "documents": {d.document_id: d for d in case.documents},
            "short_id": short_id,
            "signed_off": services.store.signed_off_by(case_id),
            "locked": locked,
            "can_decide": allows(login.role, Permission.DECIDE) and not locked,
            "can_sign": allows(login.role, Permission.SIGN_OFF) and not locked,
            "can_export": allows(login.role, Permission.EXPORT),
            "has_fhir": services.fhir_maker is not None,
            "statuses": list(Status),
            "markers": list(Marker),
            "aspects": list(Aspect),
            "problem": DECISION_PROBLEMS.get(request.query_params.get("problem", ""), ""),
        },
    )


@router.get("/cases/{case_id}/pages/{document_id}/{page}")
def page_image(request: Request, case_id: str, document_id: str, page: int, _: Reader) -> Response:
    """The PNG of a page of one of the case's documents."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    if document_id not in {d.document_id for d in case.documents}:
        raise HTTPException(status_code=404, detail="no such page")
    png = services.store.page_image(document_id, page)
    if png is None:
        raise HTTPException(status_code=404, detail="no such page")
    return Response(png, media_type="image/png")


ERROR_MESSAGES = {
    "locked": "The case is signed off; it takes no more decisions.",
    "unknown": "That result is not in the case any more; reload the page.",
}


def _record(services: Services, case_id: str, decision: ReviewDecision, anchor: str) -> Response:
    try:
        services.store.add_decision(case_id, decision)
    except CaseNotFound as error:
        raise HTTPException(status_code=404, detail="no such case") from error
    except CaseLocked as error:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["locked"]) from error
    except UnknownMarkerResult as error:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["unknown"]) from error
    return RedirectResponse(f"/cases/{case_id}#{anchor}", status_code=303)


def _refused(case_id: str, error: InvalidDecision, anchor: str) -> Response:
    return RedirectResponse(f"/cases/{case_id}?problem={error.code}#{anchor}", status_code=303)


@router.post("/cases/{case_id}/decisions")
def decide(
    request: Request,
    case_id: str,
    login: Decider,
    _: CsrfChecked,
    marker_id: FormText,
    action: FormText = "",
    status: FormText = "",
    details: FormText = "",
    reason: FormText = "",
    anchor: FormText = "results",
) -> Response:
    """Confirm, correct or reject one result, with a reason."""
    services = services_of(request)
    anchor = anchor if anchor.replace("-", "").isalnum() else "results"
    try:
        decision = decision_on_result(
            marker_id, action, status, details, reason, login.username, services.clock()
        )
    except InvalidDecision as error:
        return _refused(case_id, error, anchor)
    return _record(services, case_id, decision, anchor)


@router.post("/cases/{case_id}/additions")
def add_missing_result(
    request: Request,
    case_id: str,
    login: Decider,
    _: CsrfChecked,
    marker: FormText = "",
    aspect: FormText = "",
    status: FormText = "",
    details: FormText = "",
    reason: FormText = "",
) -> Response:
    """Add a result the reports state but extraction missed, with a reason."""
    services = services_of(request)
    try:
        decision = added_result(
            marker, aspect, status, details, reason, login.username, services.clock()
        )
    except InvalidDecision as error:
        return _refused(case_id, error, "add-result")
    return _record(services, case_id, decision, "add-result")


@router.post("/cases/{case_id}/sign-off")
def sign_off(request: Request, case_id: str, login: Signer, _: CsrfChecked) -> Response:
    """Lock the case as reviewed and tell the flows (the on_signoff callback)."""
    services = services_of(request)
    try:
        services.store.sign_off(case_id, login.username)
    except CaseNotFound as error:
        raise HTTPException(status_code=404, detail="no such case") from error
    except CaseLocked as error:
        raise HTTPException(status_code=409, detail="the case is already signed off") from error
    if services.on_signoff is not None:
        try:
            services.on_signoff(case_id)
        except Exception as error:  # noqa: BLE001 - the sign-off stands; ops see it by id
            log.error(
                "sign-off callback failed for case %s\n%s", case_id, phi_free_traceback(error)
            )
    return RedirectResponse(f"/cases/{case_id}", status_code=303)
