"""A sign-off whose callback fails is logged with a PHI-free traceback: findable, no text."""

import logging

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from review.web import create_app
from schemas.reviewed import result_version
from tests.review.web.web_client import CASE_ID, FAST_HASHER, csrf_token_in, log_in

SECRET = "Patient CANARY, MRN 123"
UNDECIDED = ["HER2.expression.A.1", "ER.expression.A.1"]


def test_a_failing_sign_off_callback_is_logged_with_its_traceback_and_no_text(
    app: FastAPI, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:  # `app` seeds the users and the case
    def unreachable_prefect(case_id: str) -> None:
        raise ConnectionError(SECRET)

    failing = create_app(engine, on_signoff=unreachable_prefect, password_hasher=FAST_HASHER)
    client = log_in(TestClient(failing), "rita")
    token = csrf_token_in(client.get(f"/cases/{CASE_ID}").text)

    with caplog.at_level(logging.ERROR, logger="review.web.case_routes"):
        # Nothing was decided: the sign-off confirms the undecided results explicitly.
        case = failing.state.services.store.get_case(CASE_ID)
        version = str(result_version(case, "case"))  # what the page's sign-off form carries
        form = {"csrf_token": token, "undecided": UNDECIDED, "confirm_undecided": "yes"}
        form["version"] = version
        response = client.post(f"/cases/{CASE_ID}/sign-off", data=form, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"/cases/{CASE_ID}", response.headers["location"]
    [record] = caplog.records
    text = record.getMessage()
    assert f"sign-off callback failed for case {CASE_ID}" in text
    assert "PHI-free traceback" in text and ".unreachable_prefect\nConnectionError" in text
    assert SECRET not in text and record.exc_info is None
