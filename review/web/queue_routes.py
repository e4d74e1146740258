"""The queue page: cases with ids, dates, statuses and marker badges; no report text."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse

from review.audit import AuditAction
from review.permissions import Permission
from review.web.queue_filters import QueueQuery, SortKey, SortOrder, page_of, select_rows
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
    selected = page_of(select_rows(services.store.list_cases(), query), query.page)
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
        },
    )
