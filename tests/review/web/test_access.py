"""No session, no page; roles deny by default; CSRF, fixation and idle expiry are handled."""

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sample_cases import DOC_A
from sqlalchemy import Engine
from starlette.routing import BaseRoute, Mount

from review.audit import AuditAction, AuditLog
from review.store import ReviewStore
from review.web.security import SESSION_COOKIE
from schemas.case import ReviewStatus
from tests.review.web.web_client import CASE_ID, IDLE_MINUTES, PASSWORD, FakeClock, csrf_token_in

PATH_VALUES = {"case_id": CASE_ID, "document_id": DOC_A, "page": "1", "user_id": "1"}


def concrete_path(path: str) -> str:
    return re.sub(r"{(\w+)}", lambda m: PATH_VALUES[m.group(1)], path)


def api_routes(routes: list[BaseRoute], prefix: str = "") -> Iterator[tuple[str, APIRoute]]:
    """Every APIRoute with its full path, also inside included routers (FastAPI >= 0.150)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from api_routes(included.routes, prefix + route.include_context.prefix)  # type: ignore[attr-defined]
        elif isinstance(route, APIRoute):
            yield prefix + route.path, route
        else:
            assert isinstance(route, Mount), f"unexpected route type {route!r}"


def routes_behind_login(app: FastAPI) -> list[tuple[str, str]]:
    found = []
    for path, route in api_routes(app.routes):
        for method in sorted(route.methods):
            if path != "/login":
                found.append((method, concrete_path(path)))
    return found


def test_the_app_has_the_routes_this_suite_expects(app: FastAPI) -> None:
    paths = {path for _, path in routes_behind_login(app)}
    assert {"/", f"/cases/{CASE_ID}", "/audit", "/users", "/logout"} <= paths
    assert "/login" in {path for path, _ in api_routes(app.routes)}


def test_every_route_refuses_a_request_without_a_session(
    app: FastAPI, anonymous: TestClient
) -> None:
    for method, path in routes_behind_login(app):
        response = anonymous.request(method, path, follow_redirects=False)
        assert response.status_code in {303, 401}, f"{method} {path}"
        if response.status_code == 303:
            assert response.headers["location"] == "/login", f"{method} {path}"
        assert "CANARY" not in response.text, f"{method} {path}"


def test_every_route_refuses_a_forged_or_ended_session(
    app: FastAPI, client_as: Callable[[str], TestClient]
) -> None:
    client = client_as("adam")
    csrf = csrf_token_in(client.get("/").text)
    client.post("/logout", data={"csrf_token": csrf})
    forged = TestClient(app, cookies={SESSION_COOKIE: "made-up-token"})
    for stale in (client, forged):
        for method, path in routes_behind_login(app):
            response = stale.request(method, path, follow_redirects=False)
            assert response.status_code in {303, 401}, f"{method} {path}"


def test_unknown_paths_are_refused_before_anything_else(anonymous: TestClient) -> None:
    response = anonymous.get("/no/such/page", follow_redirects=False)
    assert response.status_code == 303


def test_the_login_page_and_static_files_need_no_session(anonymous: TestClient) -> None:
    assert anonymous.get("/login").status_code == 200
    assert anonymous.get("/static/review.css").status_code == 200


def test_every_response_carries_the_security_headers(
    anonymous: TestClient, client_as: Callable[[str], TestClient]
) -> None:
    responses = [
        anonymous.get("/login"),
        anonymous.get("/", follow_redirects=False),
        client_as("rita").get(f"/cases/{CASE_ID}"),
    ]
    for response in responses:
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_session_cookie_is_http_only_and_same_site_strict(anonymous: TestClient) -> None:
    token = csrf_token_in(anonymous.get("/login").text)
    response = anonymous.post(
        "/login",
        data={"username": "rita", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    cookie = next(c for c in response.headers.get_list("set-cookie") if SESSION_COOKIE in c)
    assert "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()


def test_a_wrong_password_is_refused_and_audited(anonymous: TestClient, engine: Engine) -> None:
    token = csrf_token_in(anonymous.get("/login").text)
    response = anonymous.post(
        "/login", data={"username": "rita", "password": "guess", "csrf_token": token}
    )

    assert response.status_code == 401
    assert SESSION_COOKIE not in anonymous.cookies
    [entry] = AuditLog(engine).entries()
    assert (entry.action, entry.username) == (AuditAction.LOGIN_FAILED, "rita")


def test_a_login_without_its_csrf_token_is_refused(anonymous: TestClient) -> None:
    anonymous.get("/login")
    response = anonymous.post("/login", data={"username": "rita", "password": PASSWORD})
    assert response.status_code == 403


def session_cookie_set_by_login(client: TestClient) -> str:
    token = csrf_token_in(client.get("/login").text)
    response = client.post(
        "/login",
        data={"username": "rita", "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookies = [c for c in response.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE)]
    assert len(cookies) == 1
    return cookies[0].split(";")[0].split("=", 1)[1]


def test_logging_in_always_issues_a_new_session_id(app: FastAPI) -> None:
    planted = "attacker-chosen-session-id"
    victim = TestClient(app, cookies={SESSION_COOKIE: planted})

    issued = session_cookie_set_by_login(victim)

    assert issued != planted
    attacker = TestClient(app, cookies={SESSION_COOKIE: planted})
    assert attacker.get("/", follow_redirects=False).status_code == 303
    assert TestClient(app, cookies={SESSION_COOKIE: issued}).get("/").status_code == 200


def test_logging_in_again_ends_the_session_the_browser_had(app: FastAPI) -> None:
    client = TestClient(app)
    first = session_cookie_set_by_login(client)

    second = session_cookie_set_by_login(client)

    assert second != first
    old = TestClient(app, cookies={SESSION_COOKIE: first})
    assert old.get("/", follow_redirects=False).status_code == 303


def test_a_session_ends_when_idle_longer_than_the_limit(
    client_as: Callable[[str], TestClient], clock: FakeClock
) -> None:
    client = client_as("rita")
    clock.advance(IDLE_MINUTES - 1)
    assert client.get("/", follow_redirects=False).status_code == 200
    clock.advance(IDLE_MINUTES - 1)
    assert client.get("/", follow_redirects=False).status_code == 200

    clock.advance(IDLE_MINUTES + 1)

    assert client.get("/", follow_redirects=False).status_code == 303
    clock.advance(-IDLE_MINUTES)
    assert client.get("/", follow_redirects=False).status_code == 303


def post_routes(app: FastAPI) -> list[str]:
    return [path for method, path in routes_behind_login(app) if method == "POST"]


@pytest.mark.parametrize("token", ["", "wrong-token"])
def test_every_form_post_without_the_sessions_csrf_token_is_refused(
    app: FastAPI, client_as: Callable[[str], TestClient], engine: Engine, token: str
) -> None:
    client = client_as("adam")
    form = {
        "csrf_token": token,
        "marker_id": "HER2.expression.A.1",
        "action": "confirm",
        "reason": "looks right",
        "name": "mallory",
        "role": "admin",
        "password": "a long enough password",
    }
    for path in post_routes(app):
        response = client.post(path, data=form, follow_redirects=False)
        assert response.status_code == 403, path
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    assert case.decisions == []
    assert case.review_status is ReviewStatus.PENDING
    assert client.get("/", follow_redirects=False).status_code == 200


def csrf_post(client: TestClient, path: str, form: dict[str, str]) -> int:
    token = csrf_token_in(client.get("/").text)
    return client.post(path, data={**form, "csrf_token": token}, follow_redirects=False).status_code


DECISION = {"marker_id": "HER2.expression.A.1", "action": "confirm", "reason": "agreed"}
NEW_USER = {"name": "mallory", "role": "admin", "password": "a long enough password"}


@pytest.mark.parametrize(
    ("name", "method", "path", "form", "allowed"),
    [
        ("vera", "GET", "/", None, True),
        ("vera", "GET", f"/cases/{CASE_ID}", None, True),
        ("vera", "POST", f"/cases/{CASE_ID}/decisions", DECISION, False),
        ("vera", "POST", f"/cases/{CASE_ID}/sign-off", {}, False),
        ("vera", "GET", f"/cases/{CASE_ID}/export.json", None, False),
        ("vera", "GET", "/audit", None, False),
        ("vera", "GET", "/users", None, False),
        ("rita", "POST", f"/cases/{CASE_ID}/decisions", DECISION, True),
        ("rita", "GET", f"/cases/{CASE_ID}/export.json", None, True),
        ("rita", "GET", "/audit", None, False),
        ("rita", "GET", "/users", None, False),
        ("rita", "POST", "/users", NEW_USER, False),
        ("adam", "GET", "/audit", None, True),
        ("adam", "GET", "/users", None, True),
        ("adam", "POST", "/users", NEW_USER, True),
    ],
)
def test_roles_grant_only_their_permissions(
    client_as: Callable[[str], TestClient],
    name: str,
    method: str,
    path: str,
    form: dict[str, str] | None,
    allowed: bool,
) -> None:
    client = client_as(name)
    if method == "GET":
        status = client.get(path, follow_redirects=False).status_code
    else:
        status = csrf_post(client, path, form or {})
    assert (status != 403) is allowed, f"{name} {method} {path} gave {status}"
    assert status < 500


def test_a_refused_attempt_is_audited(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client_as("vera").get("/audit")

    denied = [e for e in AuditLog(engine).entries() if e.action is AuditAction.ACCESS_DENIED]
    assert [(e.username, "/audit" in e.detail) for e in denied] == [("vera", True)]
