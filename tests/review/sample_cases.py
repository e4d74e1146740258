"""Hand-made cases and page images, so review tests need no reading or extraction."""

import io
from datetime import UTC, datetime

from PIL import Image, ImageDraw, ImageFont

from schemas.case import (
    Case,
    CaseFacts,
    CaseMarker,
    CaseSummary,
    Conflict,
    ConflictKind,
    DocumentResults,
    MissingTest,
    PageSize,
    ProgramHint,
    SummaryConflictLine,
    SummaryDiagnosis,
    SummaryMarkerLine,
    TextFact,
    TumourType,
    TumourTypeFact,
)
from schemas.document import BBox
from schemas.markers import Aspect, Evidence, IHCScore, Marker, MarkerResult, Status

PATIENT = "Jane CANARY Doe"
PAGE_WIDTH = 612.0
PAGE_HEIGHT = 792.0
IMAGE_SCALE = 100 / 72

DOC_A = "a" * 64
DOC_B = "b" * 64

HER2_WORDS = [
    ("HER2", BBox(x0=72, top=200, x1=110, bottom=212)),
    ("(IHC):", BBox(x0=114, top=200, x1=150, bottom=212)),
    ("3+", BBox(x0=154, top=200, x1=170, bottom=212)),
    ("POSITIVE", BBox(x0=174, top=200, x1=230, bottom=212)),
]
ER_WORDS = [
    ("Estrogen", BBox(x0=72, top=240, x1=125, bottom=252)),
    ("receptor:", BBox(x0=129, top=240, x1=185, bottom=252)),
    ("positive", BBox(x0=189, top=240, x1=235, bottom=252)),
    ("(95%)", BBox(x0=239, top=240, x1=275, bottom=252)),
]
HEADER = f"Patient: {PATIENT}"


def evidence(words: list[tuple[str, BBox]], document: str = DOC_A, page: int = 1) -> Evidence:
    """Evidence made of the given words on one page."""
    return Evidence(
        document=document,
        page=page,
        start=0,
        end=len(" ".join(w for w, _ in words)),
        text=" ".join(w for w, _ in words),
        boxes=[box for _, box in words],
    )


def her2_result(document: str = DOC_A) -> MarkerResult:
    return MarkerResult(
        marker=Marker.HER2,
        aspect=Aspect.EXPRESSION,
        status=Status.POSITIVE,
        ihc_score=IHCScore.THREE,
        method="IHC",
        evidence=[evidence(HER2_WORDS, document)],
    )


def er_result(document: str = DOC_A) -> MarkerResult:
    return MarkerResult(
        marker=Marker.ER,
        aspect=Aspect.EXPRESSION,
        status=Status.POSITIVE,
        percent=95,
        method="IHC",
        evidence=[evidence(ER_WORDS, document)],
    )


def document_results(
    document_id: str = DOC_A,
    received_at: datetime | None = None,
    source_name: str = "report-001.pdf",
    markers: list[MarkerResult] | None = None,
) -> DocumentResults:
    """One document's results, with the patient's name in its diagnosis evidence."""
    diagnosis = TextFact(
        value="Invasive ductal carcinoma",
        evidence=[
            Evidence(document=document_id, page=1, start=0, end=len(HEADER), text=HEADER, boxes=[])
        ],
    )
    return DocumentResults(
        document_id=document_id,
        source_name=source_name,
        received_at=received_at or datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        media_type="application/pdf",
        page_count=1,
        ocr_pages=0,
        page_sizes=[PageSize(number=1, width=PAGE_WIDTH, height=PAGE_HEIGHT)],
        facts=CaseFacts(
            diagnosis=diagnosis,
            tumour_type=TumourTypeFact(value=TumourType.BREAST),
        ),
        markers=markers if markers is not None else [her2_result(document_id), er_result()],
    )


def case_marker(result: MarkerResult, marker_id: str, document: str = DOC_A) -> CaseMarker:
    return CaseMarker(
        **result.model_dump(),
        marker_id=marker_id,
        specimen_ref="S26-1234/A",
        source_documents=[document],
    )


def sample_case(
    case_id: str = "case-0001",
    documents: list[DocumentResults] | None = None,
    diagnosis_text: str = f"Invasive ductal carcinoma ({PATIENT})",
) -> Case:
    """A breast case with HER2 3+ and ER 95%, a conflict, a missing test and a hint."""
    documents = documents if documents is not None else [document_results()]
    her2 = case_marker(her2_result(), "HER2.expression.A.1")
    er = case_marker(er_result(), "ER.expression.A.1")
    return Case(
        case_id=case_id,
        documents=documents,
        markers=[her2, er],
        facts=documents[0].facts,
        conflicts=[
            Conflict(
                conflict_id="conflict.1",
                kind=ConflictKind.CONTRADICTION,
                marker=Marker.HER2,
                aspect=Aspect.EXPRESSION,
                marker_ids=["HER2.expression.A.1"],
                source_documents=[DOC_A],
                description="HER2 IHC 3+ vs 1+",
            )
        ],
        summary=CaseSummary(
            diagnosis=SummaryDiagnosis(
                text=diagnosis_text,
                tumour_type=TumourType.BREAST,
                primary_site="breast, left",
                source_documents=[DOC_A],
            ),
            markers=[
                SummaryMarkerLine(
                    marker_id="HER2.expression.A.1",
                    marker=Marker.HER2,
                    aspect=Aspect.EXPRESSION,
                    status=Status.POSITIVE,
                    details="IHC 3+",
                    source_documents=[DOC_A],
                    text="HER2 expression positive (IHC 3+)",
                ),
                SummaryMarkerLine(
                    marker_id="ER.expression.A.1",
                    marker=Marker.ER,
                    aspect=Aspect.EXPRESSION,
                    status=Status.POSITIVE,
                    details="95%",
                    source_documents=[DOC_A],
                    text="ER expression positive (95%)",
                ),
            ],
            conflicts=[SummaryConflictLine(conflict_id="conflict.1", text="HER2 IHC 3+ vs 1+")],
            missing_tests=[
                MissingTest(
                    tumour_type=TumourType.BREAST,
                    test="PR expression",
                    markers=[Marker.PR],
                    text="No PR result in any report",
                )
            ],
            hints=[
                ProgramHint(
                    hint_id="her2-directed",
                    program="HER2-directed programs",
                    marker_ids=["HER2.expression.A.1"],
                    text="HER2 positive: HER2-directed programs may be relevant",
                )
            ],
        ),
        created_at=documents[0].received_at,
        updated_at=documents[-1].received_at,
    )


def page_png() -> bytes:
    """A page image at 100 dpi with the evidence words drawn at their boxes."""
    size = (round(PAGE_WIDTH * IMAGE_SCALE), round(PAGE_HEIGHT * IMAGE_SCALE))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=round(10 * IMAGE_SCALE))
    draw.text((72 * IMAGE_SCALE, 60 * IMAGE_SCALE), HEADER, fill="black", font=font)
    draw.text((72 * IMAGE_SCALE, 160 * IMAGE_SCALE), "Biomarkers:", fill="black", font=font)
    for word, box in HER2_WORDS + ER_WORDS:
        draw.text((box.x0 * IMAGE_SCALE, box.top * IMAGE_SCALE), word, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
