"""The calls the sandbox child runs, by name; what they run is imported by the fork server.

The process that asks for a read pickles one of these functions by name and never runs it: it
imports this module only, not the readers (pdfium, pdfminer, Pillow, pytesseract and numpy,
about 0.3 s of CPU that a flow run and the reader host would pay for nothing). The fork server
imports the readers once (`fork_server_setup`), so the imports below cost a child nothing.
"""

from collections.abc import Iterator

from extractors.limits import Limits
from extractors.reading.sniffing import Sniffed


def read_in_child(data: bytes, sniffed: Sniffed, limits: Limits) -> str:
    """Read the input (runs in the child) to Document JSON, which the parent validates.

    JSON crosses the pipe faster than pickled models, and the child builds no models at all.
    """
    from extractors.reading.document_reading import read_sniffed_json

    return read_sniffed_json(data, sniffed, limits)


def render_in_child(
    data: bytes, sniffed: Sniffed, pages: frozenset[int], dpi: int, limits: Limits
) -> dict[int, bytes]:
    """Render review images of the numbered pages (runs in the child)."""
    from extractors.reading.page_images import page_images

    return page_images(data, sniffed, pages, dpi, limits)


def read_then_render_in_child(
    data: bytes, sniffed: Sniffed, dpi: int, limits: Limits
) -> Iterator[str | dict[int, bytes]]:
    """read_in_child's JSON, then render_in_child's images of every page read (in the child).

    Two stages of one child: the file is sent and opened once, and one child forked, not two.
    """
    from extractors.reading.document_reading import read_sniffed_pages
    from extractors.reading.page_images import page_images

    document_json, page_count = read_sniffed_pages(data, sniffed, limits)
    yield document_json
    yield page_images(data, sniffed, frozenset(range(1, page_count + 1)), dpi, limits)
