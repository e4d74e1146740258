"""The review web app as `markerflow up` serves it: the review database, sign-off emits an event."""

from typing import Any

from flows.databases import review_engine
from flows.events import emit_signoff
from review.web import create_app


def build_app() -> Any:
    """Factory for uvicorn: review.web.create_app with the sign-off event emitter."""
    return create_app(review_engine(), on_signoff=emit_signoff)
