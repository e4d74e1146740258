"""Reading: any report file (PDF, TIFF fax, PNG, JPEG, GIF, WebP) to pages of placed words."""

from pydantic import ValidationError

from extractors.errors import CorruptInput, EmptyInput, TooLarge
from extractors.limits import Limits
from extractors.reading.reader_host import run_sandboxed
from extractors.reading.sandboxed_calls import read_in_child, render_in_child
from extractors.reading.sniffing import sniff
from schemas import Document

__all__ = ["read_document", "render_page_images"]


def read_document(
    data: bytes, filename: str | None = None, limits: Limits | None = None
) -> Document:
    """Read an input's bytes into a Document; raise extractors.errors.RejectedInput if refused.

    The type comes from the magic bytes (the file name only raises a mismatch flag). Parsing
    and OCR run in a child process with a memory cap and a wall-clock limit.
    """
    limits = limits or Limits.from_env()
    _check_size(data, limits)
    sniffed = sniff(data, filename)
    document_json: str = run_sandboxed(read_in_child, (data, sniffed, limits), limits)
    try:
        return Document.model_validate_json(document_json)
    except ValidationError as err:
        # The child builds the Document's JSON without validating it: a value no Document may
        # hold (a page of no size, say) is refused here, as the child refused it before.
        raise CorruptInput(
            "The file could not be read (ValidationError); it is probably damaged. "
            "Ask the sender to export it again."
        ) from err


def render_page_images(
    data: bytes, doc: Document, dpi: int = 100, limits: Limits | None = None
) -> dict[int, bytes]:
    """Grey PNG of every page of a document read from `data`, keyed by page number."""
    limits = limits or Limits.from_env()
    _check_size(data, limits)
    sniffed = sniff(data)
    # Only the page numbers cross to the child: pickling the whole Document cost more than
    # rendering a page.
    pages = frozenset(page.number for page in doc.pages)
    images: dict[int, bytes] = run_sandboxed(
        render_in_child, (data, sniffed, pages, dpi, limits), limits
    )
    return images


def _check_size(data: bytes, limits: Limits) -> None:
    if not data:
        raise EmptyInput("The file is empty (0 bytes); upload it again once it is complete.")
    if len(data) > limits.max_bytes:
        raise TooLarge(
            f"The file has {len(data):,} bytes, more than the limit of {limits.max_bytes:,}; "
            "send a smaller file or raise MARKERFLOW_MAX_BYTES."
        )
