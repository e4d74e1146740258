"""DocumentResults built by hand, so merging rules can be specified result by result."""

import hashlib
from datetime import UTC, date, datetime

from schemas.case import (
    CaseFacts,
    DateFact,
    DocumentResults,
    ReportKind,
    ReportKindFact,
    TextFact,
    TumourType,
    TumourTypeFact,
)
from schemas.markers import Aspect, Evidence, Marker, MarkerResult, Status


def sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def result(
    marker: Marker,
    aspect: Aspect,
    status: Status,
    document: str,
    *,
    specimen: str | None = "A",
    page: int = 1,
    start: int = 0,
    **fields: object,
) -> MarkerResult:
    text = f"{marker.value} {status.value}"
    evidence = Evidence(
        document=sha(document), page=page, start=start, end=start + len(text), text=text
    )
    return MarkerResult(
        marker=marker,
        aspect=aspect,
        status=status,
        specimen=specimen,
        evidence=[evidence],
        **fields,
    )


def document(
    name: str,
    markers: list[MarkerResult],
    *,
    reported: date | None = None,
    kind: ReportKind | None = ReportKind.SURGICAL_PATHOLOGY,
    accession: str | None = "S23-100",
    received: datetime | None = None,
    tumour: TumourType | None = None,
    diagnosis: str | None = None,
) -> DocumentResults:
    facts = CaseFacts(
        tumour_type=TumourTypeFact(value=tumour) if tumour else None,
        diagnosis=TextFact(value=diagnosis) if diagnosis else None,
        report_kind=ReportKindFact(value=kind) if kind else None,
        report_date=DateFact(value=reported) if reported else None,
        accession_numbers=[TextFact(value=accession)] if accession else [],
    )
    return DocumentResults(
        document_id=sha(name),
        source_name=f"{name}.pdf",
        received_at=received or datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        media_type="application/pdf",
        page_count=1,
        ocr_pages=0,
        facts=facts,
        markers=markers,
    )
