"""Who has a case open or claimed: rows per case and user, read for the queue."""

from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from review.tables import CasePresenceRow, CaseRow
from review.upsert import insert_if_absent

VIEWING_WINDOW = timedelta(minutes=15)


class CasePresence(BaseModel):
    """Who has a case claimed and who opened it lately; user names only."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    claimed_by: str | None = None
    claimed_at: datetime | None = None
    viewing: list[str] = Field(
        default_factory=list, description="Users who opened the case within the window."
    )


def presence_row(session: Session, case_id: str, username: str) -> CasePresenceRow | None:
    """The user's presence row on the case, made if absent and locked; None without the case."""
    if session.get(CaseRow, case_id) is None:
        return None
    insert_if_absent(
        session,
        CasePresenceRow.__table__,  # type: ignore[arg-type]
        {"case_id": case_id, "username": username, "seen_at": None, "claimed_at": None},
    )
    return session.get(CasePresenceRow, (case_id, username), with_for_update=True)


def claimed_by(session: Session, case_id: str) -> str | None:
    """Who holds the claim on the case, if anyone."""
    query = select(CasePresenceRow.username).where(
        CasePresenceRow.case_id == case_id, CasePresenceRow.claimed_at.is_not(None)
    )
    return session.scalars(query).first()


def release_claims(session: Session, case_id: str) -> None:
    """End every claim on the case (at sign-off)."""
    query = select(CasePresenceRow).where(
        CasePresenceRow.case_id == case_id, CasePresenceRow.claimed_at.is_not(None)
    )
    for presence in session.scalars(query):
        presence.claimed_at = None


def presence_by_case(session: Session, seen_since: datetime) -> dict[str, CasePresence]:
    """Per case id: who claimed it and who opened it since `seen_since`."""
    query = select(CasePresenceRow).order_by(CasePresenceRow.username)
    found: dict[str, CasePresence] = {}
    for row in session.scalars(query):
        entry = found.setdefault(row.case_id, CasePresence(case_id=row.case_id))
        if row.claimed_at is not None:
            entry.claimed_by, entry.claimed_at = row.username, row.claimed_at
        if row.seen_at is not None and row.seen_at >= seen_since:
            entry.viewing.append(row.username)
    return found
