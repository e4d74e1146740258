"""Review databases on SQLite and PostgreSQL, and hand-made cases to fill them."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from review.db import init_db, make_engine
from review.store import ReviewStore

POSTGRES_URL_VARIABLE = "MARKERFLOW_TEST_POSTGRES_URL"


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if url:
        return _database_of_this_worker(url)
    reason = f"{POSTGRES_URL_VARIABLE} is unset: run the tests through scripts/with-postgres"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(reason)


def _database_of_this_worker(url: str) -> str:
    """Under pytest-xdist each worker gets a database of its own, made on first use: the tests
    drop and recreate the public schema, which must not happen under another worker's feet."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(url)
    name = f"{base.database}_{worker}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).first()
            if exists is None:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _fresh_postgres_engine() -> Engine:
    engine = make_engine(_postgres_url())
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    return engine


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty review database on each dialect."""
    if request.param == "sqlite":
        made = make_engine(f"sqlite:///{tmp_path / 'review.db'}")
    else:
        made = _fresh_postgres_engine()
    init_db(made)
    yield made
    made.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated, empty review database on SQLite, for tests about the web layer."""
    made = make_engine(f"sqlite:///{tmp_path / 'review.db'}")
    init_db(made)
    yield made
    made.dispose()


@pytest.fixture
def store(engine: Engine) -> ReviewStore:
    return ReviewStore(engine)
