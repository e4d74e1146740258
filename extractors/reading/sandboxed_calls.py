"""The calls the sandbox child runs; imported once by the fork server so children start warm."""

from extractors.limits import Limits
from extractors.reading.document_reading import read_sniffed_json
from extractors.reading.page_images import page_images
from extractors.reading.sniffing import Sniffed


def read_in_child(data: bytes, sniffed: Sniffed, limits: Limits) -> str:
    """Read the input (runs in the child) to Document JSON, which the parent validates.

    JSON crosses the pipe faster than pickled models, and the child builds no models at all.
    """
    return read_sniffed_json(data, sniffed, limits)


def render_in_child(
    data: bytes, sniffed: Sniffed, pages: frozenset[int], dpi: int, limits: Limits
) -> dict[int, bytes]:
    """Render review images of the numbered pages (runs in the child)."""
    return page_images(data, sniffed, pages, dpi, limits)
