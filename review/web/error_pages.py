"""Refusals and errors as plain pages that name no patient data."""

from collections.abc import Mapping

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException

from review.web.services import services_of

TITLES = {
    400: "That request could not be used",
    401: "Please log in",
    403: "Not allowed",
    404: "Not found",
    409: "Not possible now",
    422: "Some fields were not filled in as expected",
}


def _page(
    request: Request, status_code: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    return services_of(request).templates.TemplateResponse(
        request,
        "error.html",
        {
            "login": getattr(request.state, "login", None),
            "status_code": status_code,
            "title": TITLES.get(status_code, "Something went wrong"),
            "message": message,
        },
        status_code=status_code,
        headers=headers,
    )


async def error_page(request: Request, error: Exception) -> Response:
    """Render an HTTP error as the app's error page, keeping its status code."""
    assert isinstance(error, HTTPException)
    message = error.detail if isinstance(error.detail, str) else ""
    return _page(request, error.status_code, message, error.headers)


async def invalid_request_page(request: Request, error: Exception) -> Response:
    """A form or link with values the app does not know: 422, without echoing them back."""
    assert isinstance(error, RequestValidationError)
    fields = sorted({str(e["loc"][-1]) for e in error.errors() if e.get("loc")})
    return _page(request, 422, "Check these fields: " + ", ".join(fields))
