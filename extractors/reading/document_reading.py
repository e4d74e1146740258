"""Read one sniffed input into a Document: text layer where it is good, OCR where it is not."""

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version
from typing import Any

import pypdfium2 as pdfium
import pytesseract

from extractors.errors import CorruptInput, EncryptedInput
from extractors.limits import Limits
from extractors.reading.image_loading import raster_pages
from extractors.reading.line_grouping import LineWord, group_lines
from extractors.reading.ocr_decision import needs_ocr
from extractors.reading.page_ocr import OcrPage
from extractors.reading.page_rendering import render_for_ocr
from extractors.reading.parallel_ocr import PageImage, ocr_pages
from extractors.reading.pdf_structure import check_structure
from extractors.reading.pdf_text_layer import page_frame, text_layer_words
from extractors.reading.sniffing import MediaType, Sniffed
from extractors.reading.text_cleaning import clean_word
from schemas import Document, DocumentFlag, PageSource
from schemas.document import document_json, page_data


@dataclass
class PageDraft:
    """A page before it becomes a schemas.Page: size, source and lines of words."""

    width: float
    height: float
    source: PageSource
    lines: list[list[LineWord]] = field(default_factory=list)
    rotation: int = 0
    confidence: float | None = None


def read_sniffed(data: bytes, sniffed: Sniffed, limits: Limits) -> Document:
    """Read the whole input; every failure is a RejectedInput."""
    return Document.model_validate_json(read_sniffed_json(data, sniffed, limits))


def read_sniffed_json(data: bytes, sniffed: Sniffed, limits: Limits) -> str:
    """The JSON of read_sniffed's Document, built from plain data and not yet validated.

    The sandbox child sends this; the parent validates it as a Document (model_validate_json),
    once: a BBox and a Word model per word, built here and dumped again, cost more than the
    reading itself.
    """
    return read_sniffed_pages(data, sniffed, limits)[0]


def read_sniffed_pages(data: bytes, sniffed: Sniffed, limits: Limits) -> tuple[str, int]:
    """read_sniffed_json's JSON and its number of pages (numbered 1 to that number)."""
    flags = list(sniffed.flags)
    if sniffed.media_type is MediaType.PDF:
        drafts = _read_pdf(data[sniffed.pdf_offset :], limits, flags)
    else:
        drafts = _read_raster(data, sniffed.media_type, limits)
    pages = [_page(number, draft, flags) for number, draft in enumerate(drafts, start=1)]
    if not any(page["words"] for page in pages):
        flags.append(DocumentFlag.NO_TEXT)
    text = document_json(
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=sniffed.media_type.value,
        size_bytes=len(data),
        pages=pages,
        flags=list(dict.fromkeys(flags)),
        reader=reader_versions(any(d.source is PageSource.OCR for d in drafts)),
    )
    return text, len(pages)


def _read_pdf(data: bytes, limits: Limits, flags: list[DocumentFlag]) -> list[PageDraft]:
    structure = check_structure(data, limits)
    flags.extend(structure.flags)
    if DocumentFlag.LEADING_JUNK in flags:
        flags.append(DocumentFlag.REPAIRED)  # the header was moved to offset 0
    pdf = _open_pdf(data)
    try:
        count = min(len(pdf), structure.page_count)
        if len(pdf) != structure.page_count:
            flags.append(DocumentFlag.PARSER_DISAGREEMENT)
        drafts = [_text_layer_draft(pdf, index) for index in range(count)]
        to_ocr = [i for i, draft in enumerate(drafts) if draft.source is PageSource.NONE]
        renders = _renders(pdf, to_ocr, limits, flags)
        for index, result in ocr_pages(renders, limits):
            drafts[index] = _better(drafts[index], result)
        return drafts
    finally:
        pdf.close()


def _open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if getattr(err, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise EncryptedInput(
                "The PDF is protected by a password; ask the sender for an unprotected copy."
            ) from err
        raise CorruptInput("The PDF cannot be opened; ask the sender to export it again.") from err


def _text_layer_draft(pdf: pdfium.PdfDocument, index: int) -> PageDraft:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as err:
        raise CorruptInput(
            f"Page {index + 1} of the PDF cannot be loaded; ask the sender to export it again."
        ) from err
    try:
        frame = page_frame(page)
        words = text_layer_words(page, frame)
    finally:
        page.close()
    source = PageSource.NONE if needs_ocr(words) else PageSource.TEXT_LAYER
    return PageDraft(frame.width, frame.height, source, group_lines(words))


def _renders(
    pdf: pdfium.PdfDocument, indexes: list[int], limits: Limits, flags: list[DocumentFlag]
) -> Iterator[PageImage]:
    for index in indexes:
        page = pdf[index]
        try:
            image, dpi = render_for_ocr(page, limits)
        finally:
            page.close()
        if dpi < limits.ocr_dpi:
            flags.append(DocumentFlag.PAGE_IMAGE_DOWNSCALED)
        yield index, image, dpi


def _better(text_layer: PageDraft, result: OcrPage) -> PageDraft:
    """The OCR reading, unless the stray text layer held more letters and digits."""
    if _alnum(result.lines) < _alnum(text_layer.lines):
        return PageDraft(
            text_layer.width, text_layer.height, PageSource.TEXT_LAYER, text_layer.lines
        )
    return PageDraft(
        text_layer.width,
        text_layer.height,
        PageSource.OCR,
        result.lines,
        rotation=result.rotation,
        confidence=result.mean_confidence,
    )


def _alnum(lines: list[list[LineWord]]) -> int:
    return sum(ch.isalnum() for line in lines for word in line for ch in word[0])


def _read_raster(data: bytes, media_type: MediaType, limits: Limits) -> list[PageDraft]:
    drafts: list[PageDraft] = []

    def images() -> Iterator[PageImage]:
        for index, raster in enumerate(raster_pages(data, media_type, limits)):
            drafts.append(PageDraft(raster.width_points, raster.height_points, PageSource.OCR))
            yield index, raster.image, raster.dpi

    for index, result in ocr_pages(images(), limits):
        draft = drafts[index]
        draft.lines, draft.rotation, draft.confidence = (
            result.lines,
            result.rotation,
            result.mean_confidence,
        )
    return drafts


def _page(number: int, draft: PageDraft, flags: list[DocumentFlag]) -> dict[str, Any]:
    lines = []
    for line in draft.lines:
        cleaned = []
        for text, box, confidence in line:
            clean = clean_word(text)
            if clean != text:
                flags.append(DocumentFlag.CONTROL_CHARACTERS_REMOVED)
            if clean:
                cleaned.append((clean, box, confidence))
        if cleaned:
            lines.append(cleaned)
    return page_data(
        number,
        draft.width,
        draft.height,
        draft.source,
        lines,
        rotation=draft.rotation,
        ocr_confidence=draft.confidence,
    )


# Raised whenever the same file can read to other text: 2, symbol fonts' boxes and ticks read
# as what they draw (dingbat_glyphs.py); 3, OCR reads leaders of dots apart (dot_leaders.py);
# 4, OCR's lines joined into the page's rows, rules and dark bands off before OCR
# (line_grouping.group_rows, page_cleaning.py).
READING_VERSION = 4


def reader_versions(with_ocr: bool) -> str:
    """Reader and library versions, for provenance."""
    parts = [_LIBRARY_VERSIONS]
    if with_ocr:
        parts.append(f"tesseract {tesseract_version()}")
    return f"markerflow-reading {READING_VERSION}; " + ", ".join(parts)


def _library_versions() -> str:
    return ", ".join(
        [
            f"pdfium {pdfium.PDFIUM_INFO.build}",
            f"pypdfium2 {version('pypdfium2')}",
            f"pdfminer.six {version('pdfminer.six')}",
        ]
    )


# Looked up once at import: importlib.metadata scans sys.path (about 14 ms), and the fork
# server imports this module, so each sandboxed read no longer pays it.
_LIBRARY_VERSIONS = _library_versions()


@cache
def tesseract_version() -> str:
    """Tesseract's version (asked once per process; the readers' fork server asks it)."""
    return str(pytesseract.get_tesseract_version())
