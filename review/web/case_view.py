"""What the case page shows, from a Case: its pages with every evidence box, and its results."""

import re

from pydantic import BaseModel, ConfigDict, Field

from review.queue_rows import badge_label
from review.result_labels import her2_label
from review.reviewed import ReviewedResult, reviewed_results
from schemas.case import Case, CaseHER2Interpretation, DocumentResults, ReviewAction
from schemas.markers import Evidence, Marker, Status

SHORT_ID = 12
NOT_WORDS = re.compile(r"\W+")
LABEL_WORDS = frozenset(
    "clinical collected date diagnosis diagnoses examination final interpretation microscopic "
    "on pathologic pathological received result results".split()
)
LEADING_LABEL = re.compile(r"^\s*([A-Za-z ]{1,40}):\s*")


class HighlightView(BaseModel):
    """One evidence word's box in PDF points from the page's top-left, and the result it backs."""

    model_config = ConfigDict(extra="forbid")

    x: float
    y: float
    width: float
    height: float
    result: str = Field(description="Anchor of the result the word is evidence for.")


class PageView(BaseModel):
    """One page of one document as the document pane shows it, with its highlights."""

    model_config = ConfigDict(extra="forbid")

    anchor: str
    number: int
    width: float
    height: float
    image_url: str | None
    highlights: list[HighlightView] = Field(default_factory=list)


class DocumentView(BaseModel):
    """A document of the case: its name as a reviewer reads it and its pages."""

    model_config = ConfigDict(extra="forbid")

    anchor: str
    name: str
    document: DocumentResults
    pages: list[PageView]


class SourceView(BaseModel):
    """Where a stretch of evidence is: a document's name, a page, the page's anchor."""

    model_config = ConfigDict(extra="forbid")

    name: str
    page: int
    anchor: str


class EvidenceView(BaseModel):
    """Words stating a result, once, with every document and page that states them."""

    model_config = ConfigDict(extra="forbid")

    text: str
    sources: list[SourceView]


class ResultView(BaseModel):
    """One reviewed result, its label and its evidence."""

    model_config = ConfigDict(extra="forbid")

    anchor: str
    label: str
    specimen: str
    result: ReviewedResult
    evidence: list[EvidenceView]


class HER2View(BaseModel):
    """The ASCO/CAP combined HER2 status of a specimen, in words."""

    model_config = ConfigDict(extra="forbid")

    label: str
    status: Status
    specimen: str
    basis: str
    sources: list[str]


class CaseView(BaseModel):
    """Everything the case page draws: documents and pages, results, combined HER2 status."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentView]
    results: list[ResultView]
    her2: list[HER2View]
    her2_changed: bool = Field(description="A reviewer corrected or rejected a HER2 result.")


def short_id(document_id: str) -> str:
    """The first characters of a sha256, enough to tell a case's documents apart."""
    return document_id[:SHORT_ID]


def document_names(case: Case) -> dict[str, str]:
    """Each document's upload name, or 'document N' when it came without one."""
    return {
        d.document_id: d.source_name or f"document {number}"
        for number, d in enumerate(case.documents, start=1)
    }


def specimen_words(specimen_ref: str) -> str:
    """'accession/label' as a reviewer reads it: 'S26-10006, part A', 'S26-10006', 'part A'."""
    accession, _, label = specimen_ref.partition("/")
    parts = [accession.strip(), f"part {label.strip()}" if label.strip() else ""]
    return ", ".join(part for part in parts if part)


def clean_diagnosis(text: str | None) -> str:
    """The diagnosis without the form labels read in front of it.

    'collected on: Clinical diagnosis: Adenocarcinoma ...' shows as 'Adenocarcinoma ...';
    any other text is left as read.
    """
    cleaned = text or ""
    while found := LEADING_LABEL.match(cleaned):
        if not set(found.group(1).casefold().split()) <= LABEL_WORDS:
            break
        cleaned = cleaned[found.end() :]
    return cleaned.strip()


def page_anchor(document_number: int, page: int) -> str:
    """The id of a page in the document pane."""
    return f"doc-{document_number}-page-{page}"


def _document_numbers(case: Case) -> dict[str, int]:
    return {d.document_id: number for number, d in enumerate(case.documents, start=1)}


def _evidence_document(evidence: Evidence, result: ReviewedResult) -> str:
    if evidence.document:
        return evidence.document
    extracted = result.extracted
    return extracted.source_documents[0] if extracted and extracted.source_documents else ""


def _same_words(text: str) -> str:
    return NOT_WORDS.sub(" ", text).strip().casefold()


def _evidence_views(
    result: ReviewedResult, names: dict[str, str], numbers: dict[str, int]
) -> list[EvidenceView]:
    grouped: dict[str, EvidenceView] = {}
    for evidence in result.extracted.evidence if result.extracted else []:
        document = _evidence_document(evidence, result)
        source = SourceView(
            name=names.get(document, "a document not in the case"),
            page=evidence.page,
            anchor=page_anchor(numbers.get(document, 0), evidence.page),
        )
        view = grouped.setdefault(
            _same_words(evidence.text), EvidenceView(text=evidence.text, sources=[])
        )
        if source not in view.sources:
            view.sources.append(source)
    return list(grouped.values())


def _result_views(case: Case) -> list[ResultView]:
    names, numbers = document_names(case), _document_numbers(case)
    return [
        ResultView(
            anchor=f"result-{number}",
            label=badge_label(result),
            specimen=specimen_words(result.extracted.specimen_ref) if result.extracted else "",
            result=result,
            evidence=_evidence_views(result, names, numbers),
        )
        for number, result in enumerate(reviewed_results(case), start=1)
    ]


def _highlights(
    case: Case, results: list[ResultView]
) -> dict[tuple[str, int], list[HighlightView]]:
    found: dict[tuple[str, int], list[HighlightView]] = {}
    for view in results:
        if view.result.rejected:
            continue
        for evidence in view.result.extracted.evidence if view.result.extracted else []:
            key = (_evidence_document(evidence, view.result), evidence.page)
            found.setdefault(key, []).extend(
                HighlightView(
                    x=b.x0, y=b.top, width=b.x1 - b.x0, height=b.bottom - b.top, result=view.anchor
                )
                for b in evidence.boxes
            )
    return found


def _document_view(
    case: Case,
    number: int,
    document: DocumentResults,
    name: str,
    images: set[tuple[str, int]],
    highlights: dict[tuple[str, int], list[HighlightView]],
) -> DocumentView:
    pages = []
    for size in sorted(document.page_sizes, key=lambda s: s.number):
        key = (document.document_id, size.number)
        url = f"/cases/{case.case_id}/pages/{document.document_id}/{size.number}"
        pages.append(
            PageView(
                anchor=page_anchor(number, size.number),
                number=size.number,
                width=size.width,
                height=size.height,
                image_url=url if key in images else None,
                highlights=highlights.get(key, []),
            )
        )
    return DocumentView(anchor=f"doc-{number}", name=name, document=document, pages=pages)


def _her2_view(interpretation: CaseHER2Interpretation, names: dict[str, str]) -> HER2View:
    return HER2View(
        label=her2_label(interpretation),
        status=interpretation.status,
        specimen=specimen_words(interpretation.specimen or ""),
        basis=interpretation.basis,
        sources=[names[d] for d in interpretation.source_documents if d in names],
    )


def _changes_her2(result: ReviewedResult) -> bool:
    decision = result.decision
    return (
        result.marker is Marker.HER2
        and decision is not None
        and decision.action in {ReviewAction.CORRECT, ReviewAction.REJECT, ReviewAction.ADD}
    )


def case_view(case: Case, images: set[tuple[str, int]]) -> CaseView:
    """The case page's documents, pages with every evidence box, results and HER2 status."""
    results = _result_views(case)
    highlights = _highlights(case, results)
    names = document_names(case)
    documents = [
        _document_view(case, number, d, names[d.document_id], images, highlights)
        for number, d in enumerate(case.documents, start=1)
    ]
    her2_changed = any(_changes_her2(r.result) for r in results)
    return CaseView(
        documents=documents,
        results=results,
        her2=[_her2_view(i, names) for i in case.her2],
        her2_changed=her2_changed,
    )


def all_pages(case: Case) -> set[tuple[str, int]]:
    """(document id, page) of every page of every document of the case."""
    return {(d.document_id, s.number) for d in case.documents for s in d.page_sizes}
