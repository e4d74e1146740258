"""The read document: pages of words with boxes, and the text-offset map back to them."""

from bisect import bisect_right
from collections.abc import Sequence
from enum import StrEnum
from operator import attrgetter
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import to_json

# A box as plain floats (x0, top, x1, bottom), for building pages without a BBox per word.
Box = tuple[float, float, float, float]


class BBox(BaseModel):
    """A box on a page in PDF points (1/72 inch), origin at the page's top-left, y downwards."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    x0: float = Field(description="Left edge, points from the page's left edge.")
    top: float = Field(description="Top edge, points from the page's top edge.")
    x1: float = Field(description="Right edge, points from the page's left edge.")
    bottom: float = Field(description="Bottom edge, points from the page's top edge.")

    def union(self, other: "BBox") -> "BBox":
        """The smallest box holding both boxes."""
        return BBox(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )


class PageSource(StrEnum):
    """Where a page's words came from."""

    TEXT_LAYER = "text_layer"
    OCR = "ocr"
    NONE = "none"


class DocumentFlag(StrEnum):
    """Odd things about an input that were tolerated but that a reviewer or ops may need."""

    EXTENSION_MISMATCH = "extension_mismatch"
    PERMISSIONS_ENCRYPTION = "permissions_encryption"
    HAS_JAVASCRIPT = "has_javascript"
    HAS_ATTACHMENTS = "has_attachments"
    TRAILING_DATA = "trailing_data"
    LEADING_JUNK = "leading_junk"
    REPAIRED = "repaired"
    PARSER_DISAGREEMENT = "parser_disagreement"
    CONTROL_CHARACTERS_REMOVED = "control_characters_removed"
    NO_TEXT = "no_text"
    PAGE_IMAGE_DOWNSCALED = "page_image_downscaled"


class Word(BaseModel):
    """One word on a page, with its box and where it sits in the page text."""

    model_config = ConfigDict(extra="forbid")

    text: str
    bbox: BBox
    confidence: float | None = Field(
        default=None, ge=0, le=100, description="OCR confidence 0-100; None for a text layer."
    )
    start: int = Field(ge=0, description="Offset of the word's first character in Page.text.")
    end: int = Field(ge=0, description="Offset one past the word's last character in Page.text.")
    line: int = Field(default=0, ge=0, description="Line number on the page, 0-based.")


class Page(BaseModel):
    """One page: its size, where its words came from, its words and its text."""

    model_config = ConfigDict(extra="forbid")

    number: int = Field(ge=1, description="1-based page number.")
    width: float = Field(gt=0, description="Page width in points.")
    height: float = Field(gt=0, description="Page height in points.")
    source: PageSource
    rotation: int = Field(default=0, description="Degrees the page image was turned to read it.")
    ocr_confidence: float | None = Field(default=None, description="Mean word confidence.")
    words: list[Word] = Field(default_factory=list)
    text: str = Field(default="", description="Words joined by spaces, lines by newlines.")

    @classmethod
    def from_lines(
        cls,
        number: int,
        width: float,
        height: float,
        source: PageSource,
        lines: list[list[tuple[str, BBox, float | None]]],
        rotation: int = 0,
        ocr_confidence: float | None = None,
    ) -> "Page":
        """Build a page whose text and word offsets agree, from lines of (text, box, conf).

        The offsets are laid out by `page_data`, the one place that does it.
        """
        plain = [
            [(text, (box.x0, box.top, box.x1, box.bottom), conf) for text, box, conf in line]
            for line in lines
        ]
        return cls.model_validate(
            page_data(number, width, height, source, plain, rotation, ocr_confidence)
        )

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words that overlap the character span [start, end) of the page text."""
        # the words' starts looked up where they stand: a list of them all, made at each call,
        # cost more than the look-up for a page's many spans
        first = max(bisect_right(self.words, start, key=_word_start) - 1, 0)
        found = []
        for word in self.words[first:]:
            if word.start >= end:
                break
            if word.end > start:
                found.append(word)
        return found


_word_start = attrgetter("start")


class Document(BaseModel):
    """A read input: what it was, its pages, and what was odd about it."""

    model_config = ConfigDict(extra="forbid")

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="sha256 of the input bytes.")
    media_type: str = Field(description="Type found from the magic bytes, e.g. application/pdf.")
    size_bytes: int = Field(ge=0)
    pages: list[Page] = Field(default_factory=list)
    flags: list[DocumentFlag] = Field(default_factory=list)
    reader: str = Field(default="", description="Reader name and versions, for provenance.")

    @property
    def ocr_pages(self) -> int:
        """How many pages were read by OCR."""
        return sum(1 for p in self.pages if p.source is PageSource.OCR)

    @property
    def word_count(self) -> int:
        """How many words all pages hold."""
        return sum(len(p.words) for p in self.pages)


def page_data(
    number: int,
    width: float,
    height: float,
    source: PageSource,
    lines: Sequence[Sequence[tuple[str, Box, float | None]]],
    rotation: int = 0,
    ocr_confidence: float | None = None,
) -> dict[str, Any]:
    """A page as plain data (boxes as tuples), field for field what Page dumps.

    Here, and only here, words are laid out into the page text and given their offsets (words
    of a line joined by a space, lines by a newline); Page.from_lines validates this. Reading
    builds pages this way and validates the whole Document once, from JSON: building a
    BBox and a Word per word cost more than reading the word. Floats are made floats here, as
    validation would, so the JSON of this data is the JSON of the validated page.
    """
    words: list[dict[str, Any]] = []
    parts: list[str] = []
    offset = 0
    for line_no, line in enumerate(lines):
        if line_no:
            parts.append("\n")
            offset += 1
        for i, (text, (x0, top, x1, bottom), conf) in enumerate(line):
            if i:
                parts.append(" ")
                offset += 1
            end = offset + len(text)
            words.append(
                {
                    "text": text,
                    "bbox": {
                        "x0": float(x0),
                        "top": float(top),
                        "x1": float(x1),
                        "bottom": float(bottom),
                    },
                    "confidence": None if conf is None else float(conf),
                    "start": offset,
                    "end": end,
                    "line": line_no,
                }
            )
            parts.append(text)
            offset = end
    return {
        "number": number,
        "width": float(width),
        "height": float(height),
        "source": source,
        "rotation": rotation,
        "ocr_confidence": None if ocr_confidence is None else float(ocr_confidence),
        "words": words,
        "text": "".join(parts),
    }


def document_json(
    sha256: str,
    media_type: str,
    size_bytes: int,
    pages: list[dict[str, Any]],
    flags: list[DocumentFlag],
    reader: str,
) -> str:
    """The JSON Document.model_dump_json() would give, from plain data (pages of page_data).

    Nothing is validated here: whoever reads the JSON validates it (Document.model_validate_json).
    """
    data = {
        "sha256": sha256,
        "media_type": media_type,
        "size_bytes": size_bytes,
        "pages": pages,
        "flags": flags,
        "reader": reader,
    }
    # model_dump_json writes NaN and infinities as null; so does this (validation then fails).
    return to_json(data, inf_nan_mode="null").decode()
