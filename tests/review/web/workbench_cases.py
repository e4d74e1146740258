"""A two-document case as reviewers meet it: one report, digital and scanned, same evidence."""

import io
from datetime import UTC, datetime

from PIL import Image, ImageDraw, ImageFont
from sample_cases import IMAGE_SCALE, PAGE_HEIGHT, PAGE_WIDTH

from review.store import ReviewStore
from schemas.case import (
    Case,
    CaseFacts,
    CaseHER2Interpretation,
    CaseMarker,
    CaseSummary,
    DocumentResults,
    PageSize,
    SummaryDiagnosis,
    TextFact,
    TumourType,
    TumourTypeFact,
)
from schemas.document import BBox
from schemas.markers import Aspect, Evidence, IHCScore, Marker, Status

TWO_DOCUMENT_CASE = "case-0002"
DIGITAL, SCAN = "report-002.pdf", "report-002.scan.pdf"
DOC_DIGITAL, DOC_SCAN = "d" * 64, "e" * 64

Words = list[tuple[str, BBox]]


def line(y: float, words: list[str], x: float = 72.0) -> Words:
    """Words on one line of 12 pt type, 7 pt per character, 5 pt apart."""
    placed = []
    for word in words:
        width = 7.0 * len(word)
        placed.append((word, BBox(x0=x, top=y, x1=x + width, bottom=y + 12)))
        x += width + 5
    return placed


IHC_WORDS = line(420, ["HER2", "(IHC):", "2+", "EQUIVOCAL"])
ISH_WORDS = line(460, ["HER2", "FISH:", "NOT", "AMPLIFIED", "(ratio", "1.4)"])
ER_WORDS = line(500, ["ER:", "positive", "(95%)"])
FILLER = [
    line(120 + 24 * n, ["Microscopic", "description", "continues", "here."]) for n in range(8)
]


def evidence(words: Words, document: str) -> Evidence:
    text = " ".join(w for w, _ in words)
    return Evidence(
        document=document, page=1, start=0, end=len(text), text=text, boxes=[b for _, b in words]
    )


def page_png(words: list[Words], grey: int = 255) -> bytes:
    """A page at 100 dpi with each word drawn at its box."""
    size = (round(PAGE_WIDTH * IMAGE_SCALE), round(PAGE_HEIGHT * IMAGE_SCALE))
    image = Image.new("L", size, grey)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=round(11 * IMAGE_SCALE))
    for placed in words:
        for word, box in placed:
            draw.text((box.x0 * IMAGE_SCALE, box.top * IMAGE_SCALE), word, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def document(document_id: str, name: str, minute: int, ocr_pages: int) -> DocumentResults:
    return DocumentResults(
        document_id=document_id,
        source_name=name,
        received_at=datetime(2026, 11, 19, 8, minute, tzinfo=UTC),
        media_type="application/pdf",
        page_count=1,
        ocr_pages=ocr_pages,
        page_sizes=[PageSize(number=1, width=PAGE_WIDTH, height=PAGE_HEIGHT)],
        facts=CaseFacts(
            diagnosis=TextFact(value="collected on: Clinical diagnosis: Invasive carcinoma NST"),
            tumour_type=TumourTypeFact(value=TumourType.BREAST),
        ),
    )


def marker(marker_id: str, words: Words, both: bool = True, **fields: object) -> CaseMarker:
    documents = [DOC_DIGITAL, DOC_SCAN] if both else [DOC_DIGITAL]
    return CaseMarker(
        marker_id=marker_id,
        specimen_ref="S26-10006/",
        source_documents=documents,
        evidence=[evidence(words, d) for d in documents],
        **fields,  # type: ignore[arg-type]
    )


def two_document_case() -> Case:
    """HER2 IHC 2+ and ISH not amplified in both renderings, ER 95% in the digital one."""
    documents = [document(DOC_DIGITAL, DIGITAL, 0, 0), document(DOC_SCAN, SCAN, 5, 1)]
    markers = [
        marker(
            "HER2.expression.A.1",
            IHC_WORDS,
            marker=Marker.HER2,
            aspect=Aspect.EXPRESSION,
            status=Status.EQUIVOCAL,
            ihc_score=IHCScore.TWO,
            method="IHC",
        ),
        marker(
            "HER2.amplification.A.1",
            ISH_WORDS,
            marker=Marker.HER2,
            aspect=Aspect.AMPLIFICATION,
            status=Status.NEGATIVE,
            ratio=1.4,
            method="FISH",
        ),
        marker(
            "ER.expression.A.1",
            ER_WORDS,
            both=False,
            marker=Marker.ER,
            aspect=Aspect.EXPRESSION,
            status=Status.POSITIVE,
            percent=95,
            method="IHC",
        ),
    ]
    her2 = CaseHER2Interpretation(
        specimen="S26-10006/",
        status=Status.NEGATIVE,
        ihc_score=IHCScore.TWO,
        ish_amplified=False,
        ish_ratio=1.4,
        her2_low=True,
        basis="IHC 2+, ISH not amplified",
        source_documents=[DOC_DIGITAL, DOC_SCAN],
    )
    return Case(
        case_id=TWO_DOCUMENT_CASE,
        documents=documents,
        markers=markers,
        her2=[her2],
        facts=documents[0].facts,
        summary=CaseSummary(
            diagnosis=SummaryDiagnosis(
                text="collected on: Clinical diagnosis: Invasive carcinoma NST",
                tumour_type=TumourType.BREAST,
                source_documents=[DOC_DIGITAL, DOC_SCAN],
            )
        ),
        created_at=documents[0].received_at,
        updated_at=documents[1].received_at,
    )


def seed_two_document_case(store: ReviewStore) -> Case:
    """Store the case with a page image of each rendering (the scan on grey paper)."""
    case = two_document_case()
    words = [*FILLER, IHC_WORDS, ISH_WORDS, ER_WORDS]
    for results, grey in zip(case.documents, (255, 235), strict=True):
        store.add_document_results(case.case_id, results, {1: page_png(words, grey)})
    store.save_case(case)
    return case
