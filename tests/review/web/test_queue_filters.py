"""The queue's filters, sort orders and pages select the rows a reviewer asked for."""

from datetime import UTC, datetime

from review.queue_rows import MarkerBadge, QueueRow
from review.web.queue_filters import (
    QueueQuery,
    SortKey,
    SortOrder,
    next_case,
    page_of,
    select_rows,
)
from schemas.case import ReviewStatus, TumourType
from schemas.markers import Marker, Status


def marker_on(day: int) -> Marker:
    return Marker.HER2 if day % 2 else Marker.KRAS


def row(case_id: str, day: int, status: ReviewStatus, conflicts: int = 0) -> QueueRow:
    return QueueRow(
        case_id=case_id,
        received_at=datetime(2026, 11, day, tzinfo=UTC),
        status=status,
        tumour_type=TumourType.BREAST if day % 2 else TumourType.COLORECTAL,
        badges=[MarkerBadge(marker=marker_on(day), status=Status.POSITIVE)],
        conflicts=conflicts,
        documents=1,
        markers=1,
    )


ROWS = [
    row("c1", 1, ReviewStatus.PENDING),
    row("c2", 2, ReviewStatus.IN_REVIEW, conflicts=2),
    row("c3", 3, ReviewStatus.SIGNED_OFF),
    row("c4", 4, ReviewStatus.PENDING, conflicts=1),
]


def ids(rows: list[QueueRow]) -> list[str]:
    return [r.case_id for r in rows]


def test_the_default_is_every_case_oldest_first_as_a_worklist() -> None:
    assert ids(select_rows(ROWS, QueueQuery())) == ["c1", "c2", "c3", "c4"]


def test_newest_first_is_one_choice_away() -> None:
    query = QueueQuery(order=SortOrder.DESCENDING)
    assert ids(select_rows(ROWS, query)) == ["c4", "c3", "c2", "c1"]


def test_filters_combine() -> None:
    assert ids(select_rows(ROWS, QueueQuery(status=ReviewStatus.PENDING))) == ["c1", "c4"]
    assert ids(select_rows(ROWS, QueueQuery(marker=Marker.KRAS, with_conflicts=True))) == [
        "c2",
        "c4",
    ]
    assert ids(select_rows(ROWS, QueueQuery(tumour_type=TumourType.BREAST))) == ["c1", "c3"]


def test_the_next_case_is_the_oldest_not_signed_off_other_than_this_one() -> None:
    assert next_case(ROWS, "c3") == "c1"
    assert next_case(ROWS, "c1") == "c2"
    assert next_case([r for r in ROWS if r.case_id in {"c3", "c4"}], "c4") is None


def test_sorting_by_conflicts_breaks_ties_by_case_id() -> None:
    query = QueueQuery(sort=SortKey.CONFLICTS, order=SortOrder.ASCENDING)
    assert ids(select_rows(ROWS, query)) == ["c1", "c3", "c4", "c2"]


def test_an_empty_choice_in_the_form_means_any() -> None:
    query = QueueQuery.model_validate({"status": "", "tumour_type": "", "marker": ""})
    assert query == QueueQuery()


def test_pages_split_the_selection_and_link_to_each_other() -> None:
    rows = [row(f"c{n:03d}", 1 + n % 28, ReviewStatus.PENDING) for n in range(5)]

    first, last = page_of(rows, 1, size=2), page_of(rows, 3, size=2)

    assert (first.first, first.last, first.total) == (1, 2, 5)
    assert (first.previous_page, first.next_page) == (None, 2)
    assert (last.first, last.last, last.previous_page, last.next_page) == (5, 5, 2, None)
    query = QueueQuery(status=ReviewStatus.PENDING)
    assert first.link(query, 2) == "/?status=pending&page=2"
