"""Documents for the case tests, built from text as a reader would give them."""

import hashlib
import textwrap

from schemas.document import BBox, Document, Page, PageSource

LINE_HEIGHT = 12.0
CHAR_WIDTH = 5.0
WRAP_AT = 100  # characters; corpus/render.py wraps at the page width, about this many


def document_from_text(text: str, name: str = "doc") -> Document:
    """A one-page text-layer document whose words sit on a grid, long lines wrapped."""
    wrapped = [part for raw in text.split("\n") for part in textwrap.wrap(raw, WRAP_AT) or [""]]
    lines = []
    for row, line in enumerate(wrapped):
        words, column = [], 0
        for word in line.split():
            column = line.index(word, column)
            x0 = 54 + column * CHAR_WIDTH
            top = 54 + row * LINE_HEIGHT
            box = BBox(x0=x0, top=top, x1=x0 + len(word) * CHAR_WIDTH, bottom=top + 10)
            words.append((word, box, None))
            column += len(word)
        lines.append(words)
    page = Page.from_lines(1, 612, 792, PageSource.TEXT_LAYER, lines)
    digest = hashlib.sha256(f"{name}\n{text}".encode()).hexdigest()
    return Document(sha256=digest, media_type="application/pdf", size_bytes=len(text), pages=[page])


def corpus_header(report_id: str) -> str:
    """The fake-patient header that corpus/render.py prints on every page."""
    n = int("".join(c for c in report_id if c.isdigit()) or "0")
    return (
        "Department of Pathology and Laboratory Medicine\n"
        f"Patient: Jordan CANARY{report_id} Doe    MRN: {900000 + n}    "
        f"DOB: 0{1 + n % 9}/1{n % 10}/19{50 + n % 40}\n"
        f"Accession: S26-{10000 + n}    Report type: Surgical pathology / molecular\n"
    )
