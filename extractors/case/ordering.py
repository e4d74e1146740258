"""Which document of a case came later, and which amends another: the order results stand in."""

from datetime import date

from schemas.case import DocumentResults, ReportKind


def is_amendment(document: DocumentResults) -> bool:
    """Whether the document's title says it amends or adds to a report."""
    kind = document.facts.report_kind
    return kind is not None and kind.value is ReportKind.ADDENDUM


def stated_date(document: DocumentResults) -> date:
    """The report date, else the collection date, else the day the document was received."""
    facts = document.facts
    if facts.report_date is not None:
        return facts.report_date.value
    if facts.collection_date is not None:
        return facts.collection_date.value
    return document.received_at.date()


def in_case_order(documents: list[DocumentResults]) -> list[DocumentResults]:
    """Each document once, oldest first; on the same date an amendment after the original."""
    unique: dict[str, DocumentResults] = {}
    for document in sorted(documents, key=lambda d: (d.received_at, d.document_id)):
        unique.setdefault(document.document_id, document)
    return sorted(
        unique.values(),
        key=lambda d: (stated_date(d), is_amendment(d), d.received_at, d.document_id),
    )
