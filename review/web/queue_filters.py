"""Filtering and sorting the queue rows as the queue page's form asks."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, field_validator

from review.queue_rows import QueueRow
from schemas.case import ReviewStatus, TumourType
from schemas.markers import Marker

OLDEST = datetime.min.replace(tzinfo=UTC)
PAGE_SIZE = 100


class SortKey(StrEnum):
    """Columns the queue sorts by."""

    RECEIVED = "received"
    CASE_ID = "case_id"
    STATUS = "status"
    TUMOUR_TYPE = "tumour_type"
    CONFLICTS = "conflicts"


class SortOrder(StrEnum):
    """Sort direction."""

    ASCENDING = "asc"
    DESCENDING = "desc"


class QueueQuery(BaseModel):
    """What the reviewer asked the queue for."""

    model_config = ConfigDict(extra="forbid")

    status: ReviewStatus | None = None
    tumour_type: TumourType | None = None
    marker: Marker | None = None
    with_conflicts: bool = False
    sort: SortKey = SortKey.RECEIVED
    order: SortOrder = SortOrder.ASCENDING
    page: int = Field(default=1, ge=1, le=100_000, description="1-based page of the list.")

    @field_validator("status", "tumour_type", "marker", mode="before")
    @classmethod
    def _any_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


def _matches(row: QueueRow, query: QueueQuery) -> bool:
    if query.status is not None and row.status is not query.status:
        return False
    if query.tumour_type is not None and row.tumour_type is not query.tumour_type:
        return False
    if query.marker is not None and all(b.marker is not query.marker for b in row.badges):
        return False
    return not (query.with_conflicts and row.conflicts == 0)


def _sort_value(row: QueueRow, key: SortKey) -> tuple[object, str]:
    values: dict[SortKey, object] = {
        SortKey.RECEIVED: row.received_at or OLDEST,
        SortKey.CASE_ID: row.case_id,
        SortKey.STATUS: row.status.value,
        SortKey.TUMOUR_TYPE: row.tumour_type.value if row.tumour_type else "",
        SortKey.CONFLICTS: row.conflicts,
    }
    return values[key], row.case_id


def select_rows(rows: list[QueueRow], query: QueueQuery) -> list[QueueRow]:
    """The rows that pass the filters, in the order asked for."""
    kept = [row for row in rows if _matches(row, query)]
    return sorted(
        kept,
        key=lambda row: _sort_value(row, query.sort),
        reverse=query.order is SortOrder.DESCENDING,
    )


def next_case(rows: list[QueueRow], after: str) -> str | None:
    """The case a reviewer takes up after `after`: the oldest one not signed off, else None."""
    waiting = [r for r in rows if r.status is not ReviewStatus.SIGNED_OFF and r.case_id != after]
    ordered = select_rows(waiting, QueueQuery())
    return ordered[0].case_id if ordered else None


class QueuePage(BaseModel):
    """One page of the selected rows, and where it sits in the whole selection."""

    model_config = ConfigDict(extra="forbid")

    rows: list[QueueRow]
    total: int
    first: int = Field(description="1-based position of the page's first row; 0 when empty.")
    last: int
    previous_page: int | None
    next_page: int | None

    def link(self, query: QueueQuery, page: int) -> str:
        """The queue URL of another page of the same selection."""
        params = query.model_dump(mode="json", exclude_defaults=True) | {"page": page}
        return "/?" + urlencode(params)


def page_of(rows: list[QueueRow], page: int, size: int = PAGE_SIZE) -> QueuePage:
    """The rows of one page of the selection."""
    start = (page - 1) * size
    shown = rows[start : start + size]
    return QueuePage(
        rows=shown,
        total=len(rows),
        first=start + 1 if shown else 0,
        last=start + len(shown),
        previous_page=page - 1 if page > 1 else None,
        next_page=page + 1 if start + size < len(rows) else None,
    )
