"""Logging in and out; a login always starts a new session id, whatever the browser had."""

import math
import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from review.audit import AuditAction
from review.web.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    CsrfChecked,
    set_cookie,
)
from review.web.services import services_of

router = APIRouter()

USERNAME_LIMIT = 128


def _login_page(request: Request, error: str = "", status_code: int = 200) -> Response:
    """The login form; its CSRF token stays the same across loads until a login succeeds."""
    services = services_of(request)
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = services.templates.TemplateResponse(
        request,
        "login.html",
        {
            "csrf_token": token,
            "error": error,
            "idle_minutes": services.idle // timedelta(minutes=1),
        },
        status_code=status_code,
    )
    set_cookie(response, LOGIN_CSRF_COOKIE, token, services.secure_cookies)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    """The login page."""
    return _login_page(request)


def _login_csrf_ok(request: Request, csrf_token: str) -> bool:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    return bool(expected) and secrets.compare_digest(expected, csrf_token)


def _client(request: Request) -> str:
    """The client's address as the server sees it (behind a proxy: uvicorn --proxy-headers)."""
    return request.client.host if request.client else "unknown"


def _throttled_page(request: Request, wait: timedelta) -> Response:
    seconds = max(1, math.ceil(wait.total_seconds()))
    response = _login_page(
        request,
        f"Too many failed log-ins for this account or from this address: try again in "
        f"{seconds} seconds, or ask an admin to unlock the account.",
        status_code=429,
    )
    response.headers["Retry-After"] = str(seconds)
    return response


def _failed(request: Request, username: str, client: str) -> Response:
    services = services_of(request)
    services.audit.record(AuditAction.LOGIN_FAILED, username=username, detail=f"client {client}")
    for state in services.throttle.failed(username, client, services.clock()):
        services.audit.record(
            AuditAction.LOGIN_THROTTLED,
            username=username,
            detail=f"{state.kind.value} {state.key} waits until {state.locked_until:%H:%M:%S} "
            f"UTC after {state.failures} failures in a row",
        )
    return _login_page(request, "Wrong user name or password.", status_code=401)


@router.post("/login")
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=USERNAME_LIMIT)],
    password: Annotated[str, Form(max_length=1024)],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    """Check the password; on success start a fresh session and go to the queue.

    After a few failures in a row an account, and after more a client address, must wait
    before the next try, twice as long each time; the password is not even checked then.
    """
    if not _login_csrf_ok(request, csrf_token):
        raise HTTPException(status_code=403, detail="the form is stale: reload the page")
    services = services_of(request)
    client = _client(request)
    wait = await run_in_threadpool(services.throttle.wait, username, client, services.clock())
    if wait > timedelta(0):
        services.audit.record(
            AuditAction.LOGIN_THROTTLED,
            username=username,
            detail=f"refused from client {client}: {math.ceil(wait.total_seconds())} s to wait",
        )
        return _throttled_page(request, wait)
    user = await run_in_threadpool(services.users.authenticate, username, password)
    if user is None:
        return await run_in_threadpool(_failed, request, username, client)
    await run_in_threadpool(services.throttle.succeeded, username)
    previous = request.cookies.get(SESSION_COOKIE)
    token = await run_in_threadpool(services.sessions.start, user.id, previous)
    services.audit.record(AuditAction.LOGIN, username=user.name)
    response = RedirectResponse("/", status_code=303)
    set_cookie(response, SESSION_COOKIE, token, services.secure_cookies)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, login: CsrfChecked) -> Response:
    """End the session."""
    services = services_of(request)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        services.sessions.end(token)
    services.audit.record(AuditAction.LOGOUT, username=login.username)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
