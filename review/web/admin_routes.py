"""Admins' pages: the audit log and the users."""

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from review.audit import AuditAction
from review.errors import UserExists, WeakPassword
from review.permissions import Permission, Role
from review.web.security import CsrfChecked, permitted
from review.web.services import services_of
from review.web_sessions import LoginSession

router = APIRouter()

Auditor = Annotated[LoginSession, Depends(permitted(Permission.READ_AUDIT))]
UserAdmin = Annotated[LoginSession, Depends(permitted(Permission.MANAGE_USERS))]


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request, login: Auditor, case_id: Annotated[str, Query(max_length=128)] = ""
) -> Response:
    """Every audited event, newest first, optionally of one case."""
    services = services_of(request)
    entries = services.audit.entries(case_id=case_id or None)
    services.audit.record(AuditAction.VIEW_AUDIT, username=login.username, case_id=case_id or None)
    return services.templates.TemplateResponse(
        request, "audit.html", {"login": login, "entries": entries, "case_id": case_id}
    )


def _users_page(request: Request, login: LoginSession, problem: str = "") -> Response:
    services = services_of(request)
    return services.templates.TemplateResponse(
        request,
        "users.html",
        {"login": login, "users": services.users.list(), "roles": list(Role), "problem": problem},
        status_code=400 if problem else 200,
    )


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, login: UserAdmin) -> Response:
    """The users and a form to add one."""
    return _users_page(request, login)


@router.post("/users")
def add_user(
    request: Request,
    login: UserAdmin,
    _: CsrfChecked,
    name: Annotated[str, Form(min_length=1, max_length=128)],
    role: Annotated[Role, Form()],
    password: Annotated[str, Form(max_length=1024)],
) -> Response:
    """Add a user with a role."""
    services = services_of(request)
    try:
        services.users.add(name.strip(), role, password)
    except (UserExists, WeakPassword) as error:
        return _users_page(request, login, str(error))
    services.audit.record(
        AuditAction.USER_ADDED, username=login.username, detail=f"{name.strip()} as {role.value}"
    )
    return RedirectResponse("/users", status_code=303)
