"""The append-only audit log: who viewed, changed, signed, exported or failed to log in, when."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from review.db import make_sessionmaker
from review.tables import AuditRow, utc_now

DETAIL_LIMIT = 500


class AuditAction(StrEnum):
    """What an audited event was."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    ACCESS_DENIED = "access_denied"
    VIEW_QUEUE = "view_queue"
    VIEW_CASE = "view_case"
    VIEW_AUDIT = "view_audit"
    DECISION = "decision"
    SIGN_OFF = "sign_off"
    REOPEN = "reopen"
    EXPORT_JSON = "export_json"
    EXPORT_FHIR = "export_fhir"
    USER_ADDED = "user_added"


class AuditEntry(BaseModel):
    """One audited event as the admin page lists it."""

    model_config = ConfigDict(extra="forbid")

    id: int
    at: datetime
    username: str | None
    action: AuditAction
    case_id: str | None
    detail: str


def record_audit(
    session: Session,
    action: AuditAction,
    *,
    username: str | None = None,
    case_id: str | None = None,
    detail: str = "",
) -> None:
    """Add an audit row to the session's transaction; it commits with the change it records."""
    session.add(
        AuditRow(
            at=utc_now(),
            username=username,
            action=action.value,
            case_id=case_id,
            detail=detail[:DETAIL_LIMIT],
        )
    )


class AuditLog:
    """Writes and reads the audit table; it has no way to change or remove a row."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = make_sessionmaker(engine)

    def record(
        self,
        action: AuditAction,
        *,
        username: str | None = None,
        case_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Record one event in its own transaction."""
        with self._sessions.begin() as session:
            record_audit(session, action, username=username, case_id=case_id, detail=detail)

    def entries(self, *, case_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """The newest events first, optionally of one case only."""
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        if case_id is not None:
            query = query.where(AuditRow.case_id == case_id)
        with self._sessions() as session:
            return [
                AuditEntry(
                    id=row.id,
                    at=row.at,
                    username=row.username,
                    action=AuditAction(row.action),
                    case_id=row.case_id,
                    detail=row.detail,
                )
                for row in session.scalars(query)
            ]
