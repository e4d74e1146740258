"""The review routes of issue 13: stale and inconsistent decisions refused with a reason,
sign-off with undecided results confirmed, exports that carry the review and are named by case,
log-in throttling, and the admin's user actions and audit filters."""

import json
from collections.abc import Callable

from fastapi.testclient import TestClient
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import Engine

from review.audit import AuditAction, AuditFilter, AuditLog
from review.store import ReviewStore
from schemas.case import ReviewStatus
from schemas.markers import Status
from tests.review.web.web_client import CASE_ID, PASSWORD, FakeClock, csrf_token_in, log_in

HER2 = "HER2.expression.A.1"
ER = "ER.expression.A.1"
NEW_PASSWORD = "a brand new long password"


def post(client: TestClient, path: str, form: dict[str, object]) -> str:
    """Post a form of the case page as a browser would; the redirect's target."""
    token = csrf_token_in(client.get(f"/cases/{CASE_ID}").text)
    response = client.post(path, data={**form, "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"]


def decide(client: TestClient, form: dict[str, object]) -> str:
    return post(client, f"/cases/{CASE_ID}/decisions", {"version": "0", **form})


def test_a_correction_on_a_stale_page_is_refused_and_says_what_the_other_reviewer_did(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    rita, adam = client_as("rita"), client_as("adam")
    decide(rita, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})

    # Adam's page still shows version 0 of the HER2 result.
    where = decide(
        adam,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "negative",
            "details": "IHC 1+",
            "reason": "I read 1+",
        },
    )

    assert "stale=" in where
    page = adam.get(where).text
    assert "While your page was open, rita confirmed HER2 expression" in page
    assert "Your decision was not recorded" in page
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    assert [(d.reviewer, d.action.value) for d in case.decisions] == [("rita", "confirm")]
    refused = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.DECISION_REFUSED))
    assert [e.username for e in refused] == ["adam"]


def test_a_decision_form_without_a_version_is_refused_as_stale(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    rita = client_as("rita")
    token = csrf_token_in(rita.get(f"/cases/{CASE_ID}").text)

    response = rita.post(
        f"/cases/{CASE_ID}/decisions",
        data={"marker_id": HER2, "action": "confirm", "reason": "ok", "csrf_token": token},
        follow_redirects=False,
    )

    assert "problem=stale_form" in response.headers["location"]
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None and case.decisions == []


def test_confirm_with_a_changed_status_is_refused_with_the_reason(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    rita = client_as("rita")

    where = decide(
        rita, {"marker_id": HER2, "action": "confirm", "status": "negative", "reason": "ok"}
    )

    assert "Confirm keeps the result as it stands" in rita.get(where).text
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None and case.decisions == []


def test_a_her2_correction_whose_status_contradicts_its_score_is_refused(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    rita = client_as("rita")

    # The sample's HER2 is IHC 3+; "negative" with the score left at 3+ contradicts itself.
    where = decide(
        rita,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "negative",
            "details": "3+ (IHC)",
            "reason": "looks negative",
        },
    )

    assert "ASCO/CAP" in rita.get(where).text
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None and case.decisions == []


def test_sign_off_with_undecided_results_lists_them_and_needs_a_ticked_confirmation(
    client_as: Callable[[str], TestClient], engine: Engine, signed_off: list[str]
) -> None:
    rita = client_as("rita")
    decide(rita, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})

    where = post(rita, f"/cases/{CASE_ID}/sign-off", {"version": "1"})

    assert where == f"/cases/{CASE_ID}/sign-off"
    page = rita.get(where).text
    assert "1 result of this case has no decision" in page
    assert "ER expression: positive" in page
    assert signed_off == []
    post(
        rita,
        f"/cases/{CASE_ID}/sign-off",
        {"version": "1", "undecided": [ER], "confirm_undecided": "yes"},
    )
    assert signed_off == [CASE_ID]
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None and case.review_status is ReviewStatus.SIGNED_OFF
    [audited] = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.SIGN_OFF_UNDECIDED))
    assert (audited.username, audited.new_value) == ("rita", ER)


def review_and_sign_off(client: TestClient) -> None:
    decide(
        client,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "equivocal",
            "details": "IHC 2+",
            "reason": "2+ on the slide",
        },
    )
    decide(client, {"marker_id": ER, "action": "reject", "reason": "another specimen"})
    post(
        client,
        f"/cases/{CASE_ID}/additions",
        {
            "version": "0",
            "marker": "PR",
            "aspect": "expression",
            "status": "negative",
            "details": "0%",
            "reason": "stated in the comment",
        },
    )
    post(client, f"/cases/{CASE_ID}/sign-off", {"version": "3"})


def test_after_sign_off_the_exports_carry_the_reviewed_results(
    client_as: Callable[[str], TestClient],
) -> None:
    rita = client_as("rita")
    review_and_sign_off(rita)

    exported = json.loads(rita.get(f"/cases/{CASE_ID}/export.json").text)
    bundle = json.loads(rita.get(f"/cases/{CASE_ID}/export.fhir.json").text)

    summary = {(m["marker"], m["status"], m["details"]) for m in exported["summary"]["markers"]}
    assert summary == {("HER2", "equivocal", "IHC 2+"), ("PR", "negative", "0%")}
    Bundle.model_validate(bundle)
    observations = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    texts = sorted(o["code"]["text"] for o in observations)
    assert texts == ["HER2 expression", "PR expression"]
    assert all(o["status"] == "final" for o in observations)
    assert all(o["performer"][0]["display"] == "rita" for o in observations)
    assert bundle["entry"][-1]["resource"]["resourceType"] == "Provenance"


def test_exports_are_named_by_case_id(client_as: Callable[[str], TestClient]) -> None:
    rita = client_as("rita")

    as_json = rita.get(f"/cases/{CASE_ID}/export.json").headers["content-disposition"]
    as_fhir = rita.get(f"/cases/{CASE_ID}/export.fhir.json").headers["content-disposition"]

    assert f'filename="{CASE_ID}.case.json"' in as_json
    assert f'filename="{CASE_ID}.fhir-bundle.json"' in as_fhir


def try_login(client: TestClient, name: str, password: str) -> int:
    token = csrf_token_in(client.get("/login").text)
    response = client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return response.status_code


def test_wrong_passwords_make_the_account_wait_longer_each_time(
    anonymous: TestClient, clock: FakeClock, engine: Engine
) -> None:
    statuses = [try_login(anonymous, "rita", "wrong password!") for _ in range(4)]
    assert statuses == [401, 401, 401, 401]

    assert try_login(anonymous, "rita", PASSWORD) == 429, "the right password must wait too"
    clock.advance(2.5 / 60)
    assert try_login(anonymous, "rita", "wrong password!") == 401
    assert try_login(anonymous, "rita", PASSWORD) == 429
    clock.advance(3 / 60)
    assert try_login(anonymous, "rita", PASSWORD) == 429, "the wait doubled to 4 seconds"
    clock.advance(1.5 / 60)
    assert try_login(anonymous, "rita", PASSWORD) == 303
    throttled = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.LOGIN_THROTTLED))
    assert throttled and all(e.username == "rita" for e in throttled)


def test_many_wrong_passwords_from_one_client_slow_every_account_it_tries(
    anonymous: TestClient,
) -> None:
    for number in range(11):
        assert try_login(anonymous, f"guess-{number}", "wrong password!") == 401

    assert try_login(anonymous, "adam", PASSWORD) == 429


def test_an_admin_unlocks_an_account(
    anonymous: TestClient, client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    for _ in range(4):
        try_login(anonymous, "rita", "wrong password!")
    adam = client_as("adam")
    users_page = adam.get("/users").text
    assert "account rita" in users_page

    token = csrf_token_in(users_page)
    adam.post("/throttle/unlock", data={"kind": "account", "key": "rita", "csrf_token": token})

    assert try_login(TestClient(anonymous.app), "rita", PASSWORD) == 303
    unlocked = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.LOGIN_UNLOCKED))
    assert [(e.username, e.detail) for e in unlocked] == [("adam", "account rita")]


def user_id(engine: Engine, name: str) -> int:
    from review.users import UserStore

    [user] = [u for u in UserStore(engine).list() if u.name == name]
    return user.id


def test_an_admin_deactivates_a_user_whose_session_ends_at_once(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    vera, adam = client_as("vera"), client_as("adam")
    token = csrf_token_in(adam.get("/users").text)

    adam.post(
        f"/users/{user_id(engine, 'vera')}/active", data={"active": "no", "csrf_token": token}
    )

    assert vera.get("/", follow_redirects=False).status_code in (302, 303, 401)
    assert try_login(TestClient(adam.app), "vera", PASSWORD) == 401
    actions = [e.action for e in AuditLog(engine).entries(where=AuditFilter(username="adam"))]
    assert AuditAction.USER_DEACTIVATED in actions


def test_an_admin_cannot_deactivate_themself(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    adam = client_as("adam")
    token = csrf_token_in(adam.get("/users").text)

    response = adam.post(
        f"/users/{user_id(engine, 'adam')}/active", data={"active": "no", "csrf_token": token}
    )

    assert response.status_code == 400
    assert "cannot deactivate yourself" in response.text


def test_an_admin_resets_a_password(client_as: Callable[[str], TestClient], engine: Engine) -> None:
    adam = client_as("adam")
    token = csrf_token_in(adam.get("/users").text)

    adam.post(
        f"/users/{user_id(engine, 'rita')}/password",
        data={"password": NEW_PASSWORD, "csrf_token": token},
    )

    assert try_login(TestClient(adam.app), "rita", PASSWORD) == 401
    log_in(TestClient(adam.app), "rita", NEW_PASSWORD)
    [reset] = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.PASSWORD_RESET))
    assert (reset.username, reset.detail) == ("adam", "rita")
    assert NEW_PASSWORD not in json.dumps(
        [e.model_dump(mode="json") for e in AuditLog(engine).entries()]
    )


def test_the_audit_page_filters_by_user_and_action_and_shows_old_and_new_values(
    client_as: Callable[[str], TestClient],
) -> None:
    rita = client_as("rita")
    decide(
        rita,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "equivocal",
            "details": "IHC 2+",
            "reason": "2+ on the slide",
        },
    )
    client_as("vera").get("/")

    page = client_as("adam").get("/audit?username=rita&action=decision&since=2020-01-01").text

    assert "1 event," in page
    assert "positive (3+ (IHC))" in page
    assert "correct: equivocal (IHC 2+); reason: 2+ on the slide" in page
    assert "vera" not in page.split("<table", 1)[1]
    assert Status.EQUIVOCAL.value in page


def test_a_second_correction_with_the_status_unchanged_keeps_the_corrected_status(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    rita = client_as("rita")
    decide(
        rita,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "equivocal",
            "details": "IHC 2+",
            "reason": "2+ on the slide",
        },
    )

    post(
        rita,
        f"/cases/{CASE_ID}/decisions",
        {
            "version": "1",
            "marker_id": HER2,
            "action": "correct",
            "status": "",
            "details": "IHC 2+, 10%",
            "reason": "the percent too",
        },
    )

    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    [line] = [m for m in case.summary.markers if m.marker_id == HER2]
    assert (line.status, line.details) == (Status.EQUIVOCAL, "IHC 2+, 10%")


def test_a_sign_off_from_a_page_older_than_the_last_decision_is_refused(
    client_as: Callable[[str], TestClient], engine: Engine, signed_off: list[str]
) -> None:
    rita, adam = client_as("rita"), client_as("adam")
    decide(rita, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})
    decide(rita, {"marker_id": ER, "action": "confirm", "reason": "agreed"})
    decide(
        adam, {"marker_id": HER2, "action": "reject", "reason": "wrong block"} | {"version": "1"}
    )

    # Rita's page showed two decisions; Adam's rejection came after it was drawn.
    where = post(rita, f"/cases/{CASE_ID}/sign-off", {"version": "2"})

    assert where.endswith("?stale=case#sign-off")
    assert "While your page was open, adam rejected HER2 expression" in rita.get(where).text
    assert signed_off == []
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None and case.review_status is ReviewStatus.IN_REVIEW
