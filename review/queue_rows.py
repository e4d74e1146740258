"""The queue's view of a case: ids, dates, statuses and counts, never report text."""

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field

from review.reviewed import reviewed_results
from schemas.case import Case, ReviewStatus, TumourType
from schemas.markers import Marker, Status


class MarkerBadge(BaseModel):
    """A marker and its status, as the queue shows it."""

    model_config = ConfigDict(extra="forbid")

    marker: Marker
    status: Status


class QueueRow(BaseModel):
    """One case in the review queue; safe to show on list pages (no report text)."""

    model_config = ConfigDict(extra="forbid")

    case_id: str
    received_at: datetime | None = Field(description="When the case's first document came.")
    status: ReviewStatus
    tumour_type: TumourType | None = None
    badges: list[MarkerBadge] = Field(default_factory=list)
    conflicts: int = Field(ge=0)
    documents: int = Field(ge=0)
    markers: int = Field(ge=0)


def case_received_at(case: Case) -> datetime | None:
    """When the case's first document was received."""
    if case.created_at is not None:
        return case.created_at
    times = [d.received_at for d in case.documents]
    return min(times) if times else None


def case_tumour_type(case: Case) -> TumourType | None:
    """The case's tumour type from its facts, else from its summary."""
    if case.facts.tumour_type is not None:
        return case.facts.tumour_type.value
    return case.summary.diagnosis.tumour_type


def marker_badges(case: Case) -> list[MarkerBadge]:
    """A badge per standing result, decisions applied, rejected results left out."""
    return [
        MarkerBadge(marker=r.marker, status=r.status)
        for r in reviewed_results(case)
        if not r.rejected
    ]


def as_utc(moment: datetime | None) -> datetime | None:
    """The moment in UTC; a naive moment is taken to be UTC already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
