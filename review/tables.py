"""The review database's tables: cases, their documents and page images, decisions, audit, users."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from review.db import Base

JSONDocument = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every database (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store UTC; refuse naive datetimes, whose zone nobody knows."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Read back as UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_now() -> datetime:
    """The current time in UTC."""
    return datetime.now(UTC)


class CaseRow(Base):
    """One assembled case as JSON, with the columns the queue filters and sorts on."""

    __tablename__ = "review_cases"

    case_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    status: Mapped[str] = mapped_column(String(32), index=True)
    tumour_type: Mapped[str | None] = mapped_column(String(128), index=True)
    marker_badges: Mapped[list[dict[str, str]]] = mapped_column(JSONDocument, default=list)
    conflicts_count: Mapped[int] = mapped_column(Integer, default=0)
    documents_count: Mapped[int] = mapped_column(Integer, default=0)
    markers_count: Mapped[int] = mapped_column(Integer, default=0)
    case_json: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_off_by: Mapped[str | None] = mapped_column(String(128))


class DocumentRow(Base):
    """What one document contributed to one case, as the DocumentResults JSON."""

    __tablename__ = "review_documents"

    case_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("review_cases.case_id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    results_json: Mapped[dict[str, Any]] = mapped_column(JSONDocument)


class PageImageRow(Base):
    """A PNG of one page of one document, for the evidence view."""

    __tablename__ = "review_page_images"

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    page: Mapped[int] = mapped_column(Integer, primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)


class DecisionRow(Base):
    """One reviewer decision on one result of a case; the newest per result counts."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("review_cases.case_id", ondelete="CASCADE"), index=True
    )
    result_key: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(16))
    result_json: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    reason: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(String(128))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class AuditRow(Base):
    """One audited event: who did what, when, to which case. Rows are only ever inserted."""

    __tablename__ = "review_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    username: Mapped[str | None] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[str | None] = mapped_column(String(128), index=True)
    detail: Mapped[str] = mapped_column(String(500), default="")
    old_value: Mapped[str | None] = mapped_column(Text, default=None)
    new_value: Mapped[str | None] = mapped_column(Text, default=None)


class UserRow(Base):
    """A person who may log in to the review app, with a role and an argon2 hash."""

    __tablename__ = "review_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class SessionRow(Base):
    """A logged-in browser session; the cookie holds a token, the row only its sha256."""

    __tablename__ = "review_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("review_users.id", ondelete="CASCADE"), index=True
    )
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class SignOffRow(Base):
    """One sign-off of a case, kept when a new document reopens it."""

    __tablename__ = "review_sign_offs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("review_cases.case_id", ondelete="CASCADE"), index=True
    )
    reviewer: Mapped[str] = mapped_column(String(128))
    signed_off_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    undecided: Mapped[list[str]] = mapped_column(JSONDocument, default=list)


class CasePresenceRow(Base):
    """Who has a case open (seen lately) or claimed, for the queue."""

    __tablename__ = "review_case_presence"

    case_id: Mapped[str] = mapped_column(
        String(128), ForeignKey("review_cases.case_id", ondelete="CASCADE"), primary_key=True
    )
    username: Mapped[str] = mapped_column(String(128), primary_key=True)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class LoginThrottleRow(Base):
    """Failed log-ins in a row for one account name or one client address, and the wait due."""

    __tablename__ = "review_login_throttle"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
