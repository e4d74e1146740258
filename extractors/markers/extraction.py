"""Document in, marker results out: the entry point the flows and the CLI call."""

from schemas.document import Document
from schemas.markers import MarkerResult


def extract_markers(doc: Document) -> list[MarkerResult]:
    """Every marker result the document states, each with its evidence."""
    return []
