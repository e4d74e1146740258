"""What the review app's tests share besides fixtures: the seeded users' password, the case id,
a hand-moved clock, and logging in through the login form.

A module of its own name, not `conftest`: a test that imported from `conftest` got whichever
conftest.py was imported first under that name when test folders were mixed in one run.
"""

import re
from datetime import UTC, datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from review.permissions import Role

PASSWORD = "correct horse battery staple"
CASE_ID = "case-0001"
IDLE_MINUTES = 15
USERS = {"vera": Role.VIEWER, "rita": Role.REVIEWER, "adam": Role.ADMIN}


class FakeClock:
    """A clock the test moves by hand, so idle expiry needs no waiting."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


# Cheap argon2 parameters so each test's logins take milliseconds; production keeps the defaults.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@cache
def password_hash() -> str:
    return FAST_HASHER.hash(PASSWORD)


def csrf_token_in(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


def log_in(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    token = csrf_token_in(client.get("/login").text)
    response = client.post(
        "/login",
        data={"username": name, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303, f"login as {name} failed"
    return client
