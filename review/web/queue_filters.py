"""Filtering and sorting the queue rows as the queue page's form asks."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from review.queue_rows import QueueRow
from schemas.case import ReviewStatus, TumourType
from schemas.markers import Marker

OLDEST = datetime.min.replace(tzinfo=UTC)


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
    order: SortOrder = SortOrder.DESCENDING

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
