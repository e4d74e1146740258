"""One document's contribution to a case: its markers, HER2 interpretations and case facts."""

from datetime import UTC, datetime
from pathlib import PurePosixPath, PureWindowsPath

from extractors.case.facts import extract_case_facts
from schemas.case import DocumentResults, PageSize
from schemas.document import Document
from schemas.markers import MarkerResult

_MAX_NAME_CHARS = 255


def escape_source_name(name: str) -> str:
    r"""The file name without folders, with control and invisible characters as \xNN."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    escaped = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in base)
    return escaped[:_MAX_NAME_CHARS]


def _owned(results: list[MarkerResult], document_id: str) -> list[MarkerResult]:
    """The results with every evidence item naming this document."""
    owned = []
    for result in results:
        evidence = [
            e if e.document else e.model_copy(update={"document": document_id})
            for e in result.evidence
        ]
        owned.append(result.model_copy(update={"evidence": evidence}))
    return owned


def analyse_document(
    doc: Document, *, source_name: str = "", received_at: datetime | None = None
) -> DocumentResults:
    """Markers, HER2 interpretations and case facts of one read document.

    `received_at` defaults to now (UTC); pass the upload's time to keep results reproducible.
    """
    from extractors.markers import extract_markers, interpret_her2

    markers = _owned(extract_markers(doc), doc.sha256)
    return DocumentResults(
        document_id=doc.sha256,
        source_name=escape_source_name(source_name),
        received_at=received_at or datetime.now(UTC),
        media_type=doc.media_type,
        page_count=len(doc.pages),
        ocr_pages=doc.ocr_pages,
        page_sizes=[PageSize(number=p.number, width=p.width, height=p.height) for p in doc.pages],
        flags=list(doc.flags),
        reader=doc.reader,
        facts=extract_case_facts(doc),
        markers=markers,
        her2=interpret_her2(markers),
    )


def analyse_document_json(
    document_json: str, source_name: str = "", received_at: datetime | None = None
) -> DocumentResults:
    """analyse_document of a Document given as its JSON (`Document.model_dump_json()`).

    For a call in another process (the reader host): a Document's JSON crosses and validates
    in about a quarter of the CPU its pickle takes to unpickle (pickle rebuilds every Word).
    """
    doc = Document.model_validate_json(document_json)
    return analyse_document(doc, source_name=source_name, received_at=received_at)
