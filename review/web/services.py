"""What the web app's routes share: the stores, the sign-off callback and the settings."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import Request
from fastapi.templating import Jinja2Templates

from review.audit import AuditLog
from review.ledger import Ledger
from review.login_throttle import LoginThrottle
from review.store import ReviewStore
from review.users import UserStore
from review.web_sessions import WebSessions

SignOffCallback = Callable[[str], None]


@dataclass(frozen=True)
class Services:
    """The app's collaborators, built once by create_app and kept on app.state."""

    store: ReviewStore
    users: UserStore
    sessions: WebSessions
    audit: AuditLog
    templates: Jinja2Templates
    on_signoff: SignOffCallback | None
    secure_cookies: bool
    idle: timedelta
    clock: Callable[[], datetime]
    throttle: LoginThrottle
    ledger: Ledger


def services_of(request: Request) -> Services:
    """The services of the app serving this request."""
    services: Services = request.app.state.services
    return services
