"""Admins' pages: the audit log and the users."""

from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from review.audit import AuditAction, AuditFilter
from review.errors import UserExists, WeakPassword
from review.login_throttle import ThrottleKind
from review.permissions import Permission, Role
from review.users import User
from review.web.security import CsrfChecked, permitted
from review.web.services import services_of
from review.web_sessions import LoginSession

router = APIRouter()

Auditor = Annotated[LoginSession, Depends(permitted(Permission.READ_AUDIT))]
UserAdmin = Annotated[LoginSession, Depends(permitted(Permission.MANAGE_USERS))]


QueryText = Annotated[str, Query(max_length=128)]


def _moment(value: str) -> datetime | None:
    """A date or date-time from a filter field, read as UTC; None if empty."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as error:
        raise HTTPException(
            status_code=400, detail="dates look like 2026-12-03 or 2026-12-03T10:00"
        ) from error
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _audit_filter(case_id: str, username: str, action: str, since: str, until: str) -> AuditFilter:
    try:
        chosen = AuditAction(action) if action else None
    except ValueError as error:
        raise HTTPException(status_code=400, detail="no such audited action") from error
    end = _moment(until)
    if end is not None and len(until) == len("2026-12-03"):
        end += timedelta(days=1)
    return AuditFilter(
        case_id=case_id or None,
        username=username or None,
        action=chosen,
        since=_moment(since),
        until=end,
    )


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request,
    login: Auditor,
    case_id: QueryText = "",
    username: QueryText = "",
    action: QueryText = "",
    since: QueryText = "",
    until: QueryText = "",
) -> Response:
    """Audited events, newest first, filtered by case, user, action and time.

    Times are UTC; `until` excludes a given time and includes a given day.
    """
    services = services_of(request)
    chosen = _audit_filter(case_id, username, action, since, until)
    entries = services.audit.entries(where=chosen)
    services.audit.record(AuditAction.VIEW_AUDIT, username=login.username, case_id=case_id or None)
    return services.templates.TemplateResponse(
        request,
        "audit.html",
        {
            "login": login,
            "entries": entries,
            "case_id": case_id,
            "username": username,
            "action": action,
            "since": since,
            "until": until,
            "actions": list(AuditAction),
        },
    )


def _users_page(request: Request, login: LoginSession, problem: str = "") -> Response:
    services = services_of(request)
    return services.templates.TemplateResponse(
        request,
        "users.html",
        {
            "login": login,
            "users": services.users.list(),
            "roles": list(Role),
            "problem": problem,
            "throttled": services.throttle.throttled(services.clock()),
        },
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


def _user_or_404(request: Request, user_id: int) -> User:
    user = services_of(request).users.get(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="no such user")
    return user


@router.post("/users/{user_id}/active")
def set_active(
    request: Request,
    user_id: int,
    login: UserAdmin,
    _: CsrfChecked,
    active: Annotated[str, Form(pattern="^(yes|no)$")],
) -> Response:
    """Deactivate a user (their sessions end at once) or activate them again."""
    services = services_of(request)
    user = _user_or_404(request, user_id)
    if user.id == login.user_id and active == "no":
        return _users_page(request, login, "You cannot deactivate yourself.")
    services.users.set_active(user_id, active == "yes")
    action = AuditAction.USER_ACTIVATED if active == "yes" else AuditAction.USER_DEACTIVATED
    services.audit.record(action, username=login.username, detail=user.name)
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_id}/password")
def reset_password(
    request: Request,
    user_id: int,
    login: UserAdmin,
    _: CsrfChecked,
    password: Annotated[str, Form(max_length=1024)],
) -> Response:
    """Give a user a new password; their sessions end and their log-in lock is lifted."""
    services = services_of(request)
    user = _user_or_404(request, user_id)
    try:
        services.users.reset_password(user_id, password)
    except WeakPassword as error:
        return _users_page(request, login, str(error))
    services.throttle.unlock(ThrottleKind.ACCOUNT, user.name)
    services.audit.record(AuditAction.PASSWORD_RESET, username=login.username, detail=user.name)
    return RedirectResponse("/users", status_code=303)


@router.post("/throttle/unlock")
def unlock(
    request: Request,
    login: UserAdmin,
    _: CsrfChecked,
    kind: Annotated[ThrottleKind, Form()],
    key: Annotated[str, Form(min_length=1, max_length=128)],
) -> Response:
    """Let an account or a client address try to log in again at once."""
    services = services_of(request)
    services.throttle.unlock(kind, key)
    services.audit.record(
        AuditAction.LOGIN_UNLOCKED, username=login.username, detail=f"{kind.value} {key}"
    )
    return RedirectResponse("/users", status_code=303)
