"""A second, independent parse of a PDF's structure (pdfminer) to catch what pdfium forgives."""

import io
from dataclasses import dataclass, field

from pdfminer.pdfdocument import (
    PDFDocument,
    PDFEncryptionError,
    PDFPasswordIncorrect,
    PDFXRefFallback,
)
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream

from extractors.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    TooManyPages,
    file_is_to_blame,
)
from extractors.limits import Limits
from schemas import DocumentFlag

MAX_NESTING = 64


@dataclass
class PdfStructure:
    """What the structural parse found: page count and tolerated oddities."""

    page_count: int
    flags: list[DocumentFlag] = field(default_factory=list)


def check_structure(data: bytes, limits: Limits) -> PdfStructure:
    """Parse the xref, trailer, page tree and content streams; raise a typed rejection.

    What pdfminer raises on malformed input is the file's fault; an error raised in this
    module's own code is not, and passes on as it is (the sandbox reports it as markerflow's).
    """
    try:
        return _check(data, limits)
    except (EncryptedInput, EmptyInput, TooManyPages, CorruptInput):
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as err:
        raise EncryptedInput(
            "The PDF is protected by a password; ask the sender for an unprotected copy."
        ) from err
    except MemoryError:
        raise
    except Exception as err:  # pdfminer raises anything on malformed input
        if not file_is_to_blame(err):
            raise
        if isinstance(err, RecursionError):
            raise CorruptInput(
                "The PDF's structure loops back on itself or nests too deeply; "
                "ask the sender to export it again."
            ) from err
        raise CorruptInput(
            f"The PDF is damaged ({type(err).__name__} while parsing its structure); "
            "ask the sender to export it again."
        ) from err


def _check(data: bytes, limits: Limits) -> PdfStructure:
    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    flags = _document_flags(document)
    _check_nesting(document.info, "document information")
    count = 0
    for page in PDFPage.create_pages(document):
        count += 1
        if count > limits.max_pages:
            raise TooManyPages(
                f"The PDF has more than {limits.max_pages} pages; split it, or raise "
                "MARKERFLOW_MAX_PAGES if such long reports are expected."
            )
        _check_nesting(page.attrs, f"page {count}")
        _decode_contents(page, count)
    if count == 0:
        _raise_for_no_pages(document)
    return PdfStructure(page_count=count, flags=flags)


def _raise_for_no_pages(document: PDFDocument) -> None:
    """An empty but well-formed page tree is an empty file; a missing one is a damaged file."""
    catalog = _resolve(document.catalog)
    pages = _resolve(catalog.get("Pages")) if isinstance(catalog, dict) else None
    if isinstance(pages, dict) and _name(pages.get("Type")) == "Pages":
        raise EmptyInput("The PDF has no pages; ask the sender for the complete report.")
    raise CorruptInput(
        "The PDF's page tree is missing or broken, so no page can be found; "
        "ask the sender to export it again."
    )


def _document_flags(document: PDFDocument) -> list[DocumentFlag]:
    flags = []
    if document.encryption is not None:
        flags.append(DocumentFlag.PERMISSIONS_ENCRYPTION)
    catalog = _resolve(document.catalog)
    names = _resolve(catalog.get("Names")) if isinstance(catalog, dict) else None
    names = names if isinstance(names, dict) else {}
    if "JavaScript" in names or _has_javascript_action(catalog):
        flags.append(DocumentFlag.HAS_JAVASCRIPT)
    if "EmbeddedFiles" in names:
        flags.append(DocumentFlag.HAS_ATTACHMENTS)
    if any(isinstance(xref, PDFXRefFallback) for xref in document.xrefs):
        flags.append(DocumentFlag.REPAIRED)
    return flags


def _has_javascript_action(catalog: object) -> bool:
    if not isinstance(catalog, dict):
        return False
    actions = [_resolve(catalog.get("OpenAction"))]
    additional = _resolve(catalog.get("AA"))
    if isinstance(additional, dict):
        actions.extend(_resolve(v) for v in additional.values())
    return any(
        isinstance(action, dict) and "JS" in action and _name(action.get("S")) == "JavaScript"
        for action in actions
    )


def _name(value: object) -> str:
    return str(getattr(_resolve(value), "name", ""))


def _resolve(value: object) -> object:
    for _ in range(MAX_NESTING):
        if not isinstance(value, PDFObjRef):
            return value
        value = value.resolve()
    raise CorruptInput("The PDF has a reference chain that never ends; export it again.")


def _check_nesting(value: object, where: str, depth: int = 0) -> None:
    """Refuse direct objects nested deeper than any real PDF needs (pdfplumber recurses)."""
    if depth > MAX_NESTING:
        raise CorruptInput(
            f"The PDF's {where} nests objects more than {MAX_NESTING} deep; "
            "ask the sender to export it again."
        )
    if isinstance(value, dict):
        children: list[object] = list(value.values())
    elif isinstance(value, list):
        children = value
    else:
        return
    for child in children:
        _check_nesting(child, where, depth + 1)


def _decode_contents(page: PDFPage, number: int) -> None:
    streams = page.contents if isinstance(page.contents, list) else [page.contents]
    for stream in streams:
        stream = _resolve(stream)
        if isinstance(stream, PDFStream):
            stream.get_data()
        elif stream is not None:
            raise CorruptInput(f"Page {number}'s content is not a stream; export the PDF again.")
