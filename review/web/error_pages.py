"""Refusals and errors as plain pages that name no patient data."""

from fastapi import Request, Response
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


async def error_page(request: Request, error: Exception) -> Response:
    """Render an HTTP error as the app's error page, keeping its status code."""
    assert isinstance(error, HTTPException)
    services = services_of(request)
    status_code = error.status_code
    return services.templates.TemplateResponse(
        request,
        "error.html",
        {
            "login": getattr(request.state, "login", None),
            "status_code": status_code,
            "title": TITLES.get(status_code, "Something went wrong"),
            "message": error.detail if isinstance(error.detail, str) else "",
        },
        status_code=status_code,
        headers=error.headers,
    )
