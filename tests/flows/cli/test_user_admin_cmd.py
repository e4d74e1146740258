"""markerflow user deactivate, password and unlock: an admin's way in when the app locks one out."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from typer.testing import CliRunner

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from flows.databases import review_engine
from review.db import init_db, make_engine
from review.login_throttle import LoginThrottle, ThrottleKind
from review.permissions import Role
from review.users import UserStore

PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "another long enough password"
FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[UserStore]:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    monkeypatch.setenv("MARKERFLOW_DATABASE_URL", url)
    review_engine.cache_clear()  # the command's engine is cached per process
    engine = make_engine(url)
    init_db(engine)
    users = UserStore(engine, FAST)
    users.add("rita", Role.REVIEWER, PASSWORD)
    yield users
    review_engine.cache_clear()


def test_deactivate_then_the_user_cannot_log_in(database: UserStore) -> None:
    result = CliRunner().invoke(app, ["user", "deactivate", "rita"])

    assert result.exit_code == 0, result.output
    assert database.authenticate("rita", PASSWORD) is None


def test_password_sets_a_new_password_read_from_stdin(database: UserStore) -> None:
    result = CliRunner().invoke(app, ["user", "password", "rita"], input=NEW_PASSWORD + "\n")

    assert result.exit_code == 0, result.output
    assert NEW_PASSWORD not in result.output, result.output
    assert database.authenticate("rita", NEW_PASSWORD) is not None, result.output
    assert database.authenticate("rita", PASSWORD) is None


def test_unlock_lets_a_throttled_account_log_in_again(database: UserStore) -> None:
    engine = make_engine()
    throttle = LoginThrottle(engine)
    now = datetime.now(UTC)
    for _ in range(5):
        throttle.failed("rita", "10.0.0.9", now)
    assert throttle.wait("rita", "10.0.0.1", now).total_seconds() > 0

    result = CliRunner().invoke(app, ["user", "unlock", "rita"])

    assert result.exit_code == 0, result.output
    assert "unlocked account rita" in result.output
    assert throttle.wait("rita", "10.0.0.1", now).total_seconds() == 0
    assert ThrottleKind.ACCOUNT not in [s.kind for s in throttle.throttled(now)]


def test_an_unknown_user_is_an_error(database: UserStore) -> None:
    result = CliRunner().invoke(app, ["user", "deactivate", "nobody"])

    assert result.exit_code == ExitCode.USAGE
