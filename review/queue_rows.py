"""The queue's view of a case: ids, dates, statuses and counts, never report text."""

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field

from review.result_labels import result_label
from review.reviewed import ReviewedResult, reviewed_results
from schemas.case import Case, ReviewStatus, TumourType
from schemas.markers import Marker, Status


class MarkerBadge(BaseModel):
    """A marker and its status, as the queue shows it, with what was tested in words."""

    model_config = ConfigDict(extra="forbid")

    marker: Marker
    status: Status
    label: str = Field(
        default="", description="What was tested and found: 'HER2 IHC 2+'; empty in old rows."
    )

    @property
    def text(self) -> str:
        """The label, or marker and status for a row stored before badges had labels."""
        return self.label or f"{self.marker.value} {self.status.value}"


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
    signed_off_at: datetime | None = Field(default=None, description="When it was signed off.")


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


def badge_label(result: ReviewedResult) -> str:
    """The result as reviewed in words: what was tested and found ('HER2 IHC 2+')."""
    return result_label(result.result)


def marker_badges(case: Case) -> list[MarkerBadge]:
    """A badge per standing result, decisions applied, rejected results left out."""
    return [
        MarkerBadge(marker=r.marker, status=r.status, label=badge_label(r))
        for r in reviewed_results(case)
        if not r.rejected
    ]


def as_utc(moment: datetime | None) -> datetime | None:
    """The moment in UTC; a naive moment is taken to be UTC already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
