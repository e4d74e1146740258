"""A review app on a seeded database, and clients logged in as each role."""

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sample_cases import document_results, page_png, sample_case
from sqlalchemy import Engine

from review.db import make_sessionmaker
from review.permissions import Role
from review.store import ReviewStore
from review.tables import UserRow
from review.web import create_app

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


def seed(engine: Engine) -> None:
    store = ReviewStore(engine)
    store.add_document_results(CASE_ID, document_results(), {1: page_png()})
    store.save_case(sample_case(CASE_ID))
    with make_sessionmaker(engine).begin() as session:
        for name, role in USERS.items():
            session.add(
                UserRow(name=name, role=role.value, password_hash=password_hash(), active=True)
            )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def signed_off() -> list[str]:
    """Case ids the app's on_signoff callback was called with."""
    return []


@pytest.fixture
def app(engine: Engine, clock: FakeClock, signed_off: list[str]) -> FastAPI:
    seed(engine)
    return create_app(
        engine,
        on_signoff=signed_off.append,
        idle_minutes=IDLE_MINUTES,
        clock=clock,
        password_hasher=FAST_HASHER,
    )


@pytest.fixture
def anonymous(app: FastAPI) -> TestClient:
    return TestClient(app)


@pytest.fixture
def client_as(app: FastAPI) -> Callable[[str], TestClient]:
    """A new client logged in as the named user."""
    return lambda name: log_in(TestClient(app), name)
