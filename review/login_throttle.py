"""Slows password guessing: after failed log-ins an account or a client waits, longer each time."""

from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from review.db import make_sessionmaker
from review.tables import LoginThrottleRow
from review.upsert import insert_if_absent

KEY_LIMIT = 128
FIRST_WAIT = timedelta(seconds=2)
LONGEST_WAIT = timedelta(minutes=15)
FORGET_AFTER = timedelta(hours=1)


class ThrottleKind(StrEnum):
    """What a failure count belongs to: the account name tried, or the client's address."""

    ACCOUNT = "account"
    CLIENT = "client"


FREE_FAILURES = {ThrottleKind.ACCOUNT: 3, ThrottleKind.CLIENT: 10}


class ThrottleState(BaseModel):
    """One account's or client's failures in a row and the time it must wait until."""

    model_config = ConfigDict(extra="forbid")

    kind: ThrottleKind
    key: str
    failures: int
    locked_until: datetime | None


def wait_after(kind: ThrottleKind, failures: int) -> timedelta:
    """The wait after this many failures in a row: none at first, then doubling to a cap."""
    beyond = failures - FREE_FAILURES[kind]
    if beyond <= 0:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** min(beyond - 1, 20), LONGEST_WAIT)


class LoginThrottle:
    """Counts failed log-ins per account name and per client address in the review database."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = make_sessionmaker(engine)

    def wait(self, account: str, client: str, now: datetime) -> timedelta:
        """How long the account or the client must still wait before trying again."""
        with self._sessions() as session:
            rows = [session.get(LoginThrottleRow, key) for key in _keys(account, client)]
        due = [r.locked_until for r in rows if r is not None and r.locked_until is not None]
        return max([d - now for d in due if d > now], default=timedelta(0))

    def failed(self, account: str, client: str, now: datetime) -> list[ThrottleState]:
        """Count a failed log-in; the states that must now wait."""
        locked = []
        with self._sessions.begin() as session:
            for kind, key in _keys(account, client):
                row = _row(session, kind, key, now)
                if now - row.last_failure_at > FORGET_AFTER:
                    row.failures = 0
                row.failures += 1
                row.last_failure_at = now
                wait = wait_after(ThrottleKind(kind), row.failures)
                row.locked_until = now + wait if wait else None
                if wait:
                    locked.append(_state(row))
        return locked

    def succeeded(self, account: str) -> None:
        """A right password clears the account's count (the client's stays)."""
        self.unlock(ThrottleKind.ACCOUNT, account)

    def unlock(self, kind: ThrottleKind, key: str) -> bool:
        """Forget the failures of an account or client; False if it had none."""
        with self._sessions.begin() as session:
            result = session.execute(
                delete(LoginThrottleRow).where(
                    LoginThrottleRow.kind == kind.value, LoginThrottleRow.key == key[:KEY_LIMIT]
                )
            )
            return bool(getattr(result, "rowcount", 0))

    def throttled(self, now: datetime) -> list[ThrottleState]:
        """Accounts and clients that must wait now, for the admin page."""
        query = select(LoginThrottleRow).where(LoginThrottleRow.locked_until > now)
        with self._sessions() as session:
            return [_state(r) for r in session.scalars(query.order_by(LoginThrottleRow.key))]


def _keys(account: str, client: str) -> list[tuple[str, str]]:
    return [
        (ThrottleKind.ACCOUNT.value, account[:KEY_LIMIT]),
        (ThrottleKind.CLIENT.value, client[:KEY_LIMIT]),
    ]


def _row(session: Session, kind: str, key: str, now: datetime) -> LoginThrottleRow:
    insert_if_absent(
        session,
        LoginThrottleRow.__table__,  # type: ignore[arg-type]
        {"kind": kind, "key": key, "failures": 0, "last_failure_at": now, "locked_until": None},
    )
    row = session.get(LoginThrottleRow, (kind, key), with_for_update=True)
    assert row is not None
    return row


def _state(row: LoginThrottleRow) -> ThrottleState:
    return ThrottleState(
        kind=ThrottleKind(row.kind),
        key=row.key,
        failures=row.failures,
        locked_until=row.locked_until,
    )
