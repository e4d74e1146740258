"""Builds the reviewers' FastAPI app from an engine and the flows' sign-off callback."""

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from importlib.resources import files

from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.exceptions import HTTPException

from review.audit import AuditLog
from review.ledger import Ledger
from review.login_throttle import LoginThrottle
from review.store import ReviewStore
from review.tables import utc_now
from review.users import UserStore
from review.web import (
    admin_routes,
    case_routes,
    export_routes,
    login_routes,
    queue_routes,
    rejected_routes,
)
from review.web.error_pages import error_page, invalid_request_page
from review.web.inert_text import finalize
from review.web.security import add_security_headers, require_session
from review.web.services import Services, SignOffCallback
from review.web_sessions import WebSessions

DEFAULT_IDLE_MINUTES = 15
IDLE_MINUTES_VARIABLE = "MARKERFLOW_REVIEW_IDLE_MINUTES"
SECURE_COOKIES_VARIABLE = "MARKERFLOW_REVIEW_SECURE_COOKIES"
WEB_FILES = files("review.web")


def make_templates() -> Jinja2Templates:
    """Jinja templates with autoescape everywhere and every printed string made inert."""
    environment = Environment(
        loader=FileSystemLoader(str(WEB_FILES / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=environment)


def create_app(
    engine: Engine,
    on_signoff: SignOffCallback | None = None,
    *,
    idle_minutes: int | None = None,
    secure_cookies: bool | None = None,
    clock: Callable[[], datetime] = utc_now,
    password_hasher: PasswordHasher | None = None,
) -> FastAPI:
    """The app on an initialised review database; on_signoff(case_id) runs after sign-off.

    Unset, idle_minutes comes from $MARKERFLOW_REVIEW_IDLE_MINUTES (default 15) and
    secure_cookies from $MARKERFLOW_REVIEW_SECURE_COOKIES (set it to 1 behind TLS).
    """
    if idle_minutes is None:
        idle_minutes = int(os.environ.get(IDLE_MINUTES_VARIABLE, DEFAULT_IDLE_MINUTES))
    if secure_cookies is None:
        secure_cookies = os.environ.get(SECURE_COOKIES_VARIABLE, "") in {"1", "true", "yes"}
    idle = timedelta(minutes=idle_minutes)
    app = FastAPI(title="markerflow review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.services = Services(
        store=ReviewStore(engine),
        users=UserStore(engine, password_hasher),
        sessions=WebSessions(engine, idle, clock),
        audit=AuditLog(engine),
        templates=make_templates(),
        on_signoff=on_signoff,
        secure_cookies=secure_cookies,
        idle=idle,
        clock=clock,
        throttle=LoginThrottle(engine),
        ledger=Ledger(engine),
    )
    app.add_exception_handler(HTTPException, error_page)
    app.add_exception_handler(RequestValidationError, invalid_request_page)
    app.middleware("http")(require_session)
    app.middleware("http")(add_security_headers)
    app.mount("/static", StaticFiles(directory=str(WEB_FILES / "static")), name="static")
    pages = (login_routes, queue_routes, rejected_routes, case_routes, export_routes, admin_routes)
    for module in pages:
        app.include_router(module.router)
    return app
