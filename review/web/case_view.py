"""What the case page shows, computed from a Case: reviewed results beside their evidence."""

from pydantic import BaseModel, ConfigDict, Field

from review.reviewed import ReviewedResult, reviewed_results
from schemas.case import Case, DocumentResults
from schemas.markers import Evidence

SHORT_ID = 12
CROP_MARGIN = 72.0


class BoxView(BaseModel):
    """One word's box in PDF points from the page's top-left, as SVG wants it."""

    model_config = ConfigDict(extra="forbid")

    x: float
    y: float
    width: float
    height: float


class EvidenceView(BaseModel):
    """A stretch of evidence: its words, and the page it is on with their boxes."""

    model_config = ConfigDict(extra="forbid")

    document_id: str
    short_id: str
    source_name: str
    page: int
    text: str
    page_width: float | None
    page_height: float | None
    boxes: list[BoxView]
    image_url: str | None
    crop: tuple[float, float, float, float] | None = Field(
        default=None, description="x, y, width, height in points: the evidence and a margin."
    )

    @property
    def view_box(self) -> str:
        """The SVG viewBox: the part of the page around the evidence."""
        return " ".join(f"{v:g}" for v in self.crop or ())


class ResultView(BaseModel):
    """One reviewed result and the evidence behind it."""

    model_config = ConfigDict(extra="forbid")

    anchor: str
    result: ReviewedResult
    evidence: list[EvidenceView]


def short_id(document_id: str) -> str:
    """The first characters of a sha256, enough to tell a case's documents apart."""
    return document_id[:SHORT_ID]


def _page_size(document: DocumentResults | None, page: int) -> tuple[float, float] | None:
    if document is None:
        return None
    for size in document.page_sizes:
        if size.number == page:
            return size.width, size.height
    return None


def _span(low: float, high: float, limit: float) -> tuple[float, float]:
    start = max(0.0, low - CROP_MARGIN)
    return start, min(limit, high + CROP_MARGIN) - start


def _crop(boxes: list[BoxView], width: float, height: float) -> tuple[float, float, float, float]:
    if not boxes:
        return 0.0, 0.0, width, height
    x, crop_width = _span(min(b.x for b in boxes), max(b.x + b.width for b in boxes), width)
    y, crop_height = _span(min(b.y for b in boxes), max(b.y + b.height for b in boxes), height)
    return x, y, crop_width, crop_height


def _evidence_view(
    case: Case, evidence: Evidence, fallback_document: str, images: set[tuple[str, int]]
) -> EvidenceView:
    document_id = evidence.document or fallback_document
    documents = {d.document_id: d for d in case.documents}
    document = documents.get(document_id)
    size = _page_size(document, evidence.page)
    has_image = size is not None and (document_id, evidence.page) in images
    boxes = [
        BoxView(x=b.x0, y=b.top, width=b.x1 - b.x0, height=b.bottom - b.top) for b in evidence.boxes
    ]
    return EvidenceView(
        document_id=document_id,
        short_id=short_id(document_id),
        source_name=document.source_name if document else "",
        page=evidence.page,
        text=evidence.text,
        page_width=size[0] if size else None,
        page_height=size[1] if size else None,
        boxes=boxes,
        crop=_crop(boxes, *size) if size else None,
        image_url=(
            f"/cases/{case.case_id}/pages/{document_id}/{evidence.page}" if has_image else None
        ),
    )


def _result_view(
    case: Case, number: int, result: ReviewedResult, images: set[tuple[str, int]]
) -> ResultView:
    extracted = result.extracted
    evidence = []
    if extracted is not None:
        fallback = extracted.source_documents[0] if extracted.source_documents else ""
        evidence = [_evidence_view(case, e, fallback, images) for e in extracted.evidence]
    return ResultView(anchor=f"result-{number}", result=result, evidence=evidence)


def result_views(case: Case, images: set[tuple[str, int]]) -> list[ResultView]:
    """Every reviewed result of the case with its evidence, in the case's order."""
    return [
        _result_view(case, number, result, images)
        for number, result in enumerate(reviewed_results(case), start=1)
    ]


def evidence_pages(case: Case) -> set[tuple[str, int]]:
    """(document id, page) of every page the case's evidence is on."""
    pages = set()
    for marker in case.current_markers:
        fallback = marker.source_documents[0] if marker.source_documents else ""
        for evidence in marker.evidence:
            pages.add((evidence.document or fallback, evidence.page))
    return pages
