"""Pydantic models shared by every stage of markerflow; they import nothing of ours."""

from schemas.document import BBox, Document, DocumentFlag, Page, PageSource, Word
from schemas.markers import (
    Aspect,
    Evidence,
    HER2Interpretation,
    Marker,
    MarkerResult,
    Status,
)
from schemas.rejection import RejectReason

SCHEMA_VERSION = "1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Aspect",
    "BBox",
    "Document",
    "DocumentFlag",
    "Evidence",
    "HER2Interpretation",
    "Marker",
    "MarkerResult",
    "Page",
    "PageSource",
    "RejectReason",
    "Status",
    "Word",
]
