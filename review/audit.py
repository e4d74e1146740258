"""The append-only audit log: who viewed, changed, signed, exported or failed to log in, when."""

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, Select, select
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
    USER_DEACTIVATED = "user_deactivated"
    USER_ACTIVATED = "user_activated"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - an event name, not a password
    LOGIN_THROTTLED = "login_throttled"
    LOGIN_UNLOCKED = "login_unlocked"
    SIGN_OFF_UNDECIDED = "sign_off_undecided"
    DECISION_REFUSED = "decision_refused"
    CLAIM = "claim"
    RELEASE = "release"


class AuditEntry(BaseModel):
    """One audited event as the admin page lists it."""

    model_config = ConfigDict(extra="forbid")

    id: int
    at: datetime
    username: str | None
    action: AuditAction
    case_id: str | None
    detail: str
    old_value: str | None = None
    new_value: str | None = None


def record_audit(
    session: Session,
    action: AuditAction,
    *,
    username: str | None = None,
    case_id: str | None = None,
    detail: str = "",
    old_value: str | None = None,
    new_value: str | None = None,
) -> None:
    """Add an audit row to the session's transaction; it commits with the change it records."""
    session.add(
        AuditRow(
            at=utc_now(),
            username=username,
            action=action.value,
            case_id=case_id,
            detail=detail[:DETAIL_LIMIT],
            old_value=old_value,
            new_value=new_value,
        )
    )


class AuditFilter(BaseModel):
    """Which audited events to list: every given condition must hold."""

    model_config = ConfigDict(extra="forbid")

    case_id: str | None = None
    username: str | None = None
    action: AuditAction | None = None
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, query: Select[tuple[AuditRow]]) -> Select[tuple[AuditRow]]:
        """The query narrowed to the events this filter keeps."""
        conditions = [
            AuditRow.case_id == self.case_id if self.case_id else None,
            AuditRow.username == self.username if self.username else None,
            AuditRow.action == self.action.value if self.action else None,
            AuditRow.at >= self.since if self.since else None,
            AuditRow.at < self.until if self.until else None,
        ]
        return query.where(*(c for c in conditions if c is not None))


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

    def entries(
        self,
        *,
        case_id: str | None = None,
        limit: int = 500,
        where: AuditFilter | None = None,
    ) -> list[AuditEntry]:
        """The newest events first, optionally of one case only or as the filter says."""
        chosen = (where or AuditFilter()).model_copy(
            update={"case_id": case_id} if case_id is not None else {}
        )
        query = chosen.apply(select(AuditRow)).order_by(AuditRow.id.desc()).limit(limit)
        with self._sessions() as session:
            return [
                AuditEntry(
                    id=row.id,
                    at=row.at,
                    username=row.username,
                    action=AuditAction(row.action),
                    case_id=row.case_id,
                    detail=row.detail,
                    old_value=row.old_value,
                    new_value=row.new_value,
                )
                for row in session.scalars(query)
            ]
