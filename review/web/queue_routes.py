"""The queue as a worklist: oldest first, ages, who has a case, what was tested; no report text."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse

from review.audit import AuditAction
from review.permissions import Permission
from review.web.durations import in_words, turnaround, waiting
from review.web.queue_filters import (
    QueueQuery,
    SortKey,
    SortOrder,
    next_case,
    page_of,
    select_rows,
)
from review.web.security import permitted
from review.web.services import services_of
from review.web_sessions import LoginSession
from schemas.case import ReviewStatus, TumourType
from schemas.markers import Marker

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def queue_page(
    request: Request,
    login: Annotated[LoginSession, Depends(permitted(Permission.READ_CASES))],
    query: Annotated[QueueQuery, Query()],
) -> Response:
    """The review queue, filtered and sorted."""
    services = services_of(request)
    now = services.clock()
    rows = services.store.list_cases()
    selected = page_of(select_rows(rows, query), query.page)
    services.audit.record(
        AuditAction.VIEW_QUEUE, username=login.username, detail=f"{len(selected.rows)} cases listed"
    )
    return services.templates.TemplateResponse(
        request,
        "queue.html",
        {
            "login": login,
            "rows": selected.rows,
            "selection": selected,
            "query": query,
            "statuses": list(ReviewStatus),
            "tumour_types": list(TumourType),
            "markers": list(Marker),
            "sort_keys": list(SortKey),
            "sort_orders": list(SortOrder),
            "presence": services.store.presence(now),
            "next_case": next_case(rows, ""),
            "waiting": lambda row: waiting(row, now),
            "turnaround": turnaround,
            "in_words": in_words,
        },
    )
