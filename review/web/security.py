"""The app's guards: no page without a session, CSRF on every form, strict response headers."""

import secrets
from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from review.audit import AuditAction
from review.permissions import Permission, allows
from review.web.services import services_of
from review.web_sessions import LoginSession

SESSION_COOKIE = "mf_session"
LOGIN_CSRF_COOKIE = "mf_login_csrf"
PUBLIC_PATHS = frozenset({"/login"})
PUBLIC_PREFIXES = ("/static/",)

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "img-src 'self'",
        "style-src 'self'",
        "script-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}

CallNext = Callable[[Request], Awaitable[Response]]


def is_public(path: str) -> bool:
    """Whether a path may be fetched without a session: the login page and static files."""
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


def refusal(request: Request) -> Response:
    """A browser asking for a page goes to the login page; anything else gets 401."""
    if request.method in {"GET", "HEAD"}:
        return RedirectResponse("/login", status_code=303)
    return Response("login required", status_code=401, media_type="text/plain")


async def require_session(request: Request, call_next: CallNext) -> Response:
    """Middleware: every non-public path needs a live session; it is put on request.state."""
    if is_public(request.url.path):
        return await call_next(request)
    token = request.cookies.get(SESSION_COOKIE)
    sessions = services_of(request).sessions
    login = await run_in_threadpool(sessions.resume, token) if token else None
    if login is None:
        return refusal(request)
    request.state.login = login
    return await call_next(request)


async def add_security_headers(request: Request, call_next: CallNext) -> Response:
    """Middleware: CSP, no framing, no sniffing, no caching of patient pages."""
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def current_login(request: Request) -> LoginSession:
    """The session the gate middleware found; routes behind the gate always have one."""
    login: LoginSession | None = getattr(request.state, "login", None)
    if login is None:
        raise HTTPException(status_code=401, detail="login required")
    return login


def permitted(permission: Permission) -> Callable[[Request], LoginSession]:
    """A dependency that lets the request through only if the user's role grants permission."""

    def check(request: Request) -> LoginSession:
        login = current_login(request)
        if not allows(login.role, permission):
            services_of(request).audit.record(
                AuditAction.ACCESS_DENIED,
                username=login.username,
                case_id=request.path_params.get("case_id"),
                detail=f"{request.method} {request.url.path} needs {permission.value}",
            )
            raise HTTPException(status_code=403, detail="your role does not allow this")
        return login

    return check


def csrf_checked(request: Request, csrf_token: Annotated[str, Form()] = "") -> LoginSession:
    """A dependency for every form post: the token must be the session's."""
    login = current_login(request)
    if not csrf_token or not secrets.compare_digest(csrf_token, login.csrf_token):
        raise HTTPException(status_code=403, detail="the form is stale: reload the page")
    return login


CsrfChecked = Annotated[LoginSession, Depends(csrf_checked)]


def set_cookie(response: Response, name: str, value: str, secure: bool) -> None:
    """Set an HttpOnly, SameSite=Strict cookie for the whole app."""
    response.set_cookie(name, value, httponly=True, samesite="strict", secure=secure, path="/")
