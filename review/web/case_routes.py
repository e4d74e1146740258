"""The case page, its page images, reviewers' decisions and sign-off."""

import logging
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from review.audit import AuditAction
from review.errors import (
    CaseLocked,
    CaseNotFound,
    InconsistentDecision,
    StaleDecision,
    UndecidedResults,
    UnknownMarkerResult,
)
from review.permissions import Permission, allows
from review.web.case_view import all_pages, case_view, clean_diagnosis, document_names
from review.web.decision_forms import (
    InvalidDecision,
    added_result,
    current_result,
    decision_on_result,
    form_version,
    page_problem,
)
from review.web.queue_filters import next_case
from review.web.security import CsrfChecked, permitted
from review.web.services import Services, services_of
from review.web_sessions import LoginSession
from schemas.case import Case, ReviewDecision, ReviewStatus
from schemas.error_trace import phi_free_traceback
from schemas.markers import Aspect, Marker, Status
from schemas.reviewed import reviewed_results, undecided_results

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
    """The document beside the summary and results, with the decision forms."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    services.audit.record(AuditAction.VIEW_CASE, username=login.username, case_id=case_id)
    services.store.mark_viewing(case_id, login.username, services.clock())
    view = case_view(case, services.store.pages_with_images(all_pages(case)))
    locked = case.review_status is ReviewStatus.SIGNED_OFF
    return services.templates.TemplateResponse(
        request,
        "case.html",
        {
            "login": login,
            "case": case,
            "view": view,
            "names": document_names(case),
            "diagnosis": clean_diagnosis(case.summary.diagnosis.text),
            "decided": sum(1 for r in view.results if r.result.decision is not None),
            "decided_labels": {r.result.marker_id: r.label for r in view.results},
            "next_case": next_case(services.store.list_cases(), case_id),
            "presence": services.store.presence(services.clock()).get(case_id),
            "signed_off": services.store.signed_off_by(case_id),
            "locked": locked,
            "can_decide": allows(login.role, Permission.DECIDE) and not locked,
            "can_sign": allows(login.role, Permission.SIGN_OFF) and not locked,
            "can_export": allows(login.role, Permission.EXPORT),
            "statuses": list(Status),
            "markers": list(Marker),
            "aspects": list(Aspect),
            "problem": page_problem(case, request.query_params),
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


def _record(
    services: Services, case_id: str, decision: ReviewDecision, anchor: str, version: int
) -> Response:
    try:
        services.store.add_decision(case_id, decision, version)
    except CaseNotFound as error:
        raise HTTPException(status_code=404, detail="no such case") from error
    except CaseLocked as error:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["locked"]) from error
    except UnknownMarkerResult as error:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["unknown"]) from error
    except StaleDecision as error:
        _audit_refusal(services, decision, case_id, "stale page")
        stale = quote(error.marker_id, safe="")
        return RedirectResponse(f"/cases/{case_id}?stale={stale}#{anchor}", status_code=303)
    except InconsistentDecision as error:
        _audit_refusal(services, decision, case_id, error.code)
        return _refused(case_id, InvalidDecision(error.code), anchor)
    return RedirectResponse(f"/cases/{case_id}#{anchor}", status_code=303)


def _audit_refusal(services: Services, decision: ReviewDecision, case_id: str, why: str) -> None:
    services.audit.record(
        AuditAction.DECISION_REFUSED,
        username=decision.reviewer,
        case_id=case_id,
        detail=f"{decision.action.value} {decision.marker_id or decision.marker or ''}: {why}",
    )


def _open_case(services: Services, case_id: str) -> Case:
    """The case, refused with 409 once signed off: a locked case takes no decision."""
    case = case_or_404(services, case_id)
    if case.review_status is ReviewStatus.SIGNED_OFF:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["locked"])
    return case


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
    version: FormText = "",
) -> Response:
    """Confirm, correct or reject one result, with a reason; refused if the page was stale."""
    services = services_of(request)
    anchor = anchor if anchor.replace("-", "").isalnum() else "results"
    case = _open_case(services, case_id)
    try:
        seen = form_version(version)
        decision = decision_on_result(
            marker_id,
            action,
            status,
            details,
            reason,
            login.username,
            services.clock(),
            current=current_result(case, marker_id),
        )
    except InvalidDecision as error:
        return _refused(case_id, error, anchor)
    return _record(services, case_id, decision, anchor, seen)


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
    document_id: FormText = "",
    version: FormText = "",
) -> Response:
    """Add a result the reports state but extraction missed, with a reason."""
    services = services_of(request)
    case = _open_case(services, case_id)
    try:
        seen = form_version(version)
        decision = added_result(
            marker,
            aspect,
            status,
            details,
            reason,
            login.username,
            services.clock(),
            document_id=_stating_document(case, document_id),
        )
    except InvalidDecision as error:
        return _refused(case_id, error, "add-result")
    return _record(services, case_id, decision, "add-result", seen)


def _stating_document(case: Case, document_id: str) -> str | None:
    """The document an added result is stated in: the one chosen, or the case's only one."""
    documents = [d.document_id for d in case.documents]
    if not document_id:
        return documents[0] if len(documents) == 1 else None
    if document_id not in documents:
        raise InvalidDecision("document")
    return document_id


@router.get("/cases/{case_id}/sign-off", response_class=HTMLResponse)
def sign_off_page(request: Request, case_id: str, login: Signer) -> Response:
    """The results no one decided on, and the confirmation signing off with them needs."""
    services = services_of(request)
    case = case_or_404(services, case_id)
    undecided = set(undecided_results(case))
    return services.templates.TemplateResponse(
        request,
        "sign_off.html",
        {
            "login": login,
            "case": case,
            "undecided": [r for r in reviewed_results(case) if r.marker_id in undecided],
            "locked": case.review_status is ReviewStatus.SIGNED_OFF,
        },
    )


@router.post("/cases/{case_id}/sign-off")
def sign_off(
    request: Request,
    case_id: str,
    login: Signer,
    _: CsrfChecked,
    undecided: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies form defaults
    confirm_undecided: FormText = "",
    version: FormText = "",
) -> Response:
    """Lock the case as reviewed and tell the flows (the on_signoff callback).

    With results undecided, the reviewer is sent to the page that lists them; signing off
    then needs the confirmation box ticked, and each result still undecided must be listed.
    A sign-off from a page older than the case's last decision is refused and says why.
    """
    services = services_of(request)
    if case_or_404(services, case_id).review_status is ReviewStatus.SIGNED_OFF:
        raise HTTPException(status_code=409, detail="the case is already signed off")
    confirmed = undecided if confirm_undecided == "yes" else []
    try:
        seen = form_version(version)
        services.store.sign_off(case_id, login.username, confirmed, seen)
    except InvalidDecision as error:
        return _refused(case_id, error, "sign-off")
    except CaseNotFound as error:
        raise HTTPException(status_code=404, detail="no such case") from error
    except CaseLocked as error:
        raise HTTPException(status_code=409, detail="the case is already signed off") from error
    except UndecidedResults:
        return RedirectResponse(f"/cases/{case_id}/sign-off", status_code=303)
    except StaleDecision:
        return RedirectResponse(f"/cases/{case_id}?stale=case#sign-off", status_code=303)
    if services.on_signoff is not None:
        try:
            services.on_signoff(case_id)
        except Exception as error:  # noqa: BLE001 - the sign-off stands; ops see it by id
            log.error(
                "sign-off callback failed for case %s\n%s", case_id, phi_free_traceback(error)
            )
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/claim")
def claim(request: Request, case_id: str, login: Decider, _: CsrfChecked) -> Response:
    """Claim the case so the queue shows who is working on it."""
    services = services_of(request)
    try:
        services.store.claim(case_id, login.username)
    except CaseNotFound as error:
        raise HTTPException(status_code=404, detail="no such case") from error
    except CaseLocked as error:
        raise HTTPException(status_code=409, detail=ERROR_MESSAGES["locked"]) from error
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/cases/{case_id}/release")
def release(request: Request, case_id: str, login: Decider, _: CsrfChecked) -> Response:
    """Give up this user's claim on the case."""
    services_of(request).store.release(case_id, login.username)
    return RedirectResponse(f"/cases/{case_id}", status_code=303)
