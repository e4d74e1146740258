"""Server-side login sessions: the cookie holds a random token, the database its sha256."""

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session

from review.db import make_sessionmaker
from review.tables import SessionRow, UserRow, utc_now


class LoginSession(BaseModel):
    """A live session: whose it is and the CSRF token its forms must carry."""

    model_config = ConfigDict(extra="forbid")

    user_id: int
    username: str
    role: str
    csrf_token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class WebSessions:
    """Starts, finds and ends sessions; a session idle longer than its limit is gone."""

    def __init__(
        self, engine: Engine, idle: timedelta, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._sessions = make_sessionmaker(engine)
        self._idle = idle
        self._clock = clock

    def start(self, user_id: int, replacing: str | None = None) -> str:
        """A new session's token; the browser's earlier session and every idle one end."""
        token = secrets.token_urlsafe(32)
        now = self._clock()
        with self._sessions.begin() as session:
            if replacing:
                _remove(session, replacing)
            session.execute(delete(SessionRow).where(SessionRow.last_seen_at < now - self._idle))
            session.add(
                SessionRow(
                    token_hash=_digest(token),
                    user_id=user_id,
                    csrf_token=secrets.token_urlsafe(32),
                    created_at=now,
                    last_seen_at=now,
                )
            )
        return token

    def resume(self, token: str) -> LoginSession | None:
        """The live session for this token, marked as seen now; None if unknown or idle."""
        with self._sessions.begin() as session:
            row = session.get(SessionRow, _digest(token))
            if row is None:
                return None
            now = self._clock()
            user = session.get(UserRow, row.user_id)
            if now - row.last_seen_at > self._idle or user is None or not user.active:
                session.delete(row)
                return None
            row.last_seen_at = now
            return LoginSession(
                user_id=user.id, username=user.name, role=user.role, csrf_token=row.csrf_token
            )

    def end(self, token: str) -> None:
        """End the session, as at logout."""
        with self._sessions.begin() as session:
            _remove(session, token)


def _remove(session: Session, token: str) -> None:
    session.execute(delete(SessionRow).where(SessionRow.token_hash == _digest(token)))
