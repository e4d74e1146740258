"""Reading: any report file (PDF, TIFF fax, PNG, JPEG, GIF, WebP) to pages of placed words."""

from collections.abc import Generator
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from extractors.errors import CorruptInput, EmptyInput, TooLarge
from extractors.limits import Limits
from extractors.reading.reader_host import run_sandboxed, run_sandboxed_stages
from extractors.reading.sandboxed_calls import (
    read_in_child,
    read_then_render_in_child,
    render_in_child,
)
from extractors.reading.sniffing import sniff
from schemas import Document

__all__ = ["PageImages", "read_document", "read_document_and_images", "render_page_images"]


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
    return _validated(document_json)


def _validated(document_json: str) -> Document:
    try:
        return Document.model_validate_json(document_json)
    except ValidationError as err:
        # The child builds the Document's JSON without validating it: a value no Document may
        # hold (a page of no size, say) is refused here, as the child refused it before.
        raise CorruptInput(
            "The file could not be read (ValidationError); it is probably damaged. "
            "Ask the sender to export it again."
        ) from err


class PageImages:
    """Page images still being rendered by the child that read the document.

    `result()` waits for them (raising the rendering's RejectedInput, as render_page_images
    would); closing (or leaving a `with` block) lets go of them unread.
    """

    def __init__(self, stages: Generator[Any, None, None]) -> None:
        self._stages = stages

    def result(self) -> dict[int, bytes]:
        """Grey PNG of every page, keyed by page number."""
        try:
            images: dict[int, bytes] = next(self._stages)
            return images
        finally:
            self.close()

    def close(self) -> None:
        """Let go of the images (the child is stopped once its host sees the caller gone)."""
        self._stages.close()

    def __enter__(self) -> "PageImages":
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def read_document_and_images(
    data: bytes, filename: str | None = None, limits: Limits | None = None, dpi: int = 100
) -> tuple[Document, PageImages]:
    """read_document, and render_page_images of the same document from the same child.

    The child renders the pages once it has sent the read, while the caller goes on: one child
    forked instead of two, the file sent and opened once. Each stage keeps a child's limits
    (the memory cap, a wall clock of its own, kill on overrun); the rendering's RejectedInput
    comes from `PageImages.result()`, where render_page_images would raise it.
    """
    limits = limits or Limits.from_env()
    _check_size(data, limits)
    stages = run_sandboxed_stages(
        read_then_render_in_child, (data, sniff(data, filename), dpi, limits), limits, 2
    )
    images = PageImages(stages)
    try:
        return _validated(next(stages)), images
    except BaseException:
        images.close()
        raise


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
