"""The review app's own fixtures (seeded database, a client per role), shared with tests/review."""

import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

# The review tests keep their helper modules (sample_cases) beside their conftest files.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "review"))

from tests.review.conftest import sqlite_engine
from tests.review.web.conftest import (
    anonymous,
    app,
    client_as,
    clock,
    signed_off,
)

__all__ = ["anonymous", "app", "client_as", "clock", "signed_off", "sqlite_engine"]


@pytest.fixture
def engine(sqlite_engine: Engine) -> Engine:
    """Access rules do not depend on the dialect: SQLite only, the store tests cover both."""
    return sqlite_engine
