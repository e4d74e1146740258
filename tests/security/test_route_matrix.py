"""Deny by default: every route of the review app, without a session and as every role."""

import re
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from starlette.routing import BaseRoute

from review.permissions import ROLE_PERMISSIONS, Permission, Role
from review.store import ReviewStore
from schemas.case import ReviewStatus
from tests.review.sample_cases import DOC_A
from tests.review.web.web_client import CASE_ID, USERS, csrf_token_in

ANY_SESSION = None  # a route every logged-in user may call (logout)
PUBLIC = {("GET", "/login"), ("POST", "/login")}

# The one list of what each route needs. A route missing here fails the first test, so a new
# page cannot ship without someone deciding who may call it.
REQUIRED: dict[tuple[str, str], Permission | None] = {
    ("GET", "/"): Permission.READ_CASES,
    ("GET", "/rejected"): Permission.READ_CASES,
    ("GET", "/cases/{case_id}"): Permission.READ_CASES,
    ("GET", "/cases/{case_id}/pages/{document_id}/{page}"): Permission.READ_CASES,
    ("POST", "/cases/{case_id}/decisions"): Permission.DECIDE,
    ("POST", "/cases/{case_id}/additions"): Permission.DECIDE,
    ("POST", "/cases/{case_id}/sign-off"): Permission.SIGN_OFF,
    ("GET", "/cases/{case_id}/sign-off"): Permission.SIGN_OFF,
    ("POST", "/cases/{case_id}/claim"): Permission.DECIDE,
    ("POST", "/cases/{case_id}/release"): Permission.DECIDE,
    ("GET", "/cases/{case_id}/export.json"): Permission.EXPORT,
    ("GET", "/cases/{case_id}/export.fhir.json"): Permission.EXPORT,
    ("GET", "/audit"): Permission.READ_AUDIT,
    ("GET", "/users"): Permission.MANAGE_USERS,
    ("POST", "/users"): Permission.MANAGE_USERS,
    ("POST", "/users/{user_id}/active"): Permission.MANAGE_USERS,
    ("POST", "/users/{user_id}/password"): Permission.MANAGE_USERS,
    ("POST", "/throttle/unlock"): Permission.MANAGE_USERS,
    ("POST", "/logout"): ANY_SESSION,
}
VALUES = {"case_id": CASE_ID, "document_id": DOC_A, "page": "1", "user_id": "1"}
FORMS = {
    "decisions": {"marker_id": "HER2.expression.A.1", "action": "confirm", "reason": "agreed"},
    "additions": {"marker": "ER", "aspect": "expression", "status": "positive", "reason": "p1"},
    "users": {"name": "mallory", "role": "admin", "password": "a long enough password"},
}


def every_route(routes: list[BaseRoute], prefix: str = "") -> set[tuple[str, str]]:
    """(method, path template) of every endpoint, inside included routers too (FastAPI 0.150)."""
    found = set()
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            found |= every_route(included.routes, prefix + route.include_context.prefix)  # type: ignore[attr-defined]
        elif isinstance(route, APIRoute):
            found |= {(method, prefix + route.path) for method in route.methods}
    return found


def concrete(template: str) -> str:
    return re.sub(r"{(\w+)}", lambda m: VALUES[m.group(1)], template)


def call(client: TestClient, method: str, template: str) -> int:
    path = concrete(template)
    if method == "GET":
        return client.get(path, follow_redirects=False).status_code
    token = csrf_token_in(client.get("/").text)
    form = FORMS.get(path.rsplit("/", 1)[-1], {})
    response = client.post(path, data={**form, "csrf_token": token}, follow_redirects=False)
    return response.status_code


def nothing_changed(engine: Engine) -> bool:
    case = ReviewStore(engine).get_case(CASE_ID)
    return case is not None and case.decisions == [] and case.review_status is ReviewStatus.PENDING


def test_every_route_of_the_app_is_in_the_permission_table(app: FastAPI) -> None:
    assert every_route(app.routes) - PUBLIC == set(REQUIRED)


@pytest.mark.parametrize("name", sorted(USERS))
@pytest.mark.parametrize(("method", "template"), sorted(REQUIRED))
def test_each_role_reaches_exactly_the_routes_its_permissions_name(
    client_as: Callable[[str], TestClient], engine: Engine, name: str, method: str, template: str
) -> None:
    needed = REQUIRED[(method, template)]
    allowed = needed is ANY_SESSION or needed in ROLE_PERMISSIONS[Role(USERS[name])]
    status = call(client_as(name), method, template)
    assert status < 500, f"{name} {method} {template} gave {status}"
    assert (status != 403) is allowed, f"{name} {method} {template} gave {status}"
    if not allowed:
        assert nothing_changed(engine)


@pytest.mark.parametrize(("method", "template"), sorted(REQUIRED))
def test_each_route_without_a_session_is_refused_and_changes_nothing(
    anonymous: TestClient, engine: Engine, method: str, template: str
) -> None:
    response = anonymous.request(method, concrete(template), follow_redirects=False)
    assert response.status_code in {303, 401}
    assert "CANARY" not in response.text
    assert nothing_changed(engine)
