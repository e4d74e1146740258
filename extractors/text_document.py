"""A Document built from plain text, for tests and for reading texts without a PDF."""

import hashlib

from schemas.document import BBox, Document, Page, PageSource

_LINE_HEIGHT = 12.0
_CHAR_WIDTH = 6.0
_PAGE_WIDTH = 612.0
_PAGE_HEIGHT = 792.0


def document_from_text(text: str) -> Document:
    """One page per form feed; one word per whitespace token, with boxes laid out on a grid."""
    pages = [
        _page_from_text(number, page_text)
        for number, page_text in enumerate(text.split("\f"), start=1)
    ]
    data = text.encode("utf-8")
    return Document(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type="text/plain",
        size_bytes=len(data),
        pages=pages,
        reader="text",
    )


def _page_from_text(number: int, text: str) -> Page:
    lines: list[list[tuple[str, BBox, float | None]]] = []
    for line_no, line in enumerate(text.split("\n")):
        top = 36.0 + line_no * _LINE_HEIGHT
        words: list[tuple[str, BBox, float | None]] = []
        column = 0
        for token in line.split():
            x0 = 36.0 + column * _CHAR_WIDTH
            x1 = x0 + len(token) * _CHAR_WIDTH
            words.append((token, BBox(x0=x0, top=top, x1=x1, bottom=top + 10.0), None))
            column += len(token) + 1
        lines.append(words)
    height = max(_PAGE_HEIGHT, 36.0 + len(lines) * _LINE_HEIGHT + 36.0)
    return Page.from_lines(number, _PAGE_WIDTH, height, PageSource.TEXT_LAYER, lines)
