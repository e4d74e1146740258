"""A review app on a seeded database, and clients logged in as each role."""

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sample_cases import document_results, page_png, sample_case
from sqlalchemy import Engine

from review.db import make_sessionmaker
from review.store import ReviewStore
from review.tables import UserRow
from review.web import create_app
from tests.review.web.web_client import (
    CASE_ID,
    FAST_HASHER,
    IDLE_MINUTES,
    USERS,
    FakeClock,
    log_in,
    password_hash,
)


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
