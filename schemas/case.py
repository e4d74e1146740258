"""The case: every document of one patient, their merged results, conflicts, summary, review."""

import json
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from schemas import SCHEMA_VERSION
from schemas.document import DocumentFlag
from schemas.markers import Aspect, Evidence, HER2Interpretation, Marker, MarkerResult, Status

SHA256_PATTERN = r"^[0-9a-f]{64}$"


class ReportKind(StrEnum):
    """What kind of report a document is."""

    SURGICAL_PATHOLOGY = "surgical_pathology"
    CYTOLOGY = "cytology"
    MOLECULAR = "molecular"
    ADDENDUM = "addendum"
    OTHER = "other"


class Laterality(StrEnum):
    """Side of the body a specimen or tumour is on."""

    LEFT = "left"
    RIGHT = "right"
    BILATERAL = "bilateral"


class TumourType(StrEnum):
    """Tumour types the expected-tests and hint tables know; `other` when none fits."""

    BREAST = "breast"
    NON_SMALL_CELL_LUNG = "non_small_cell_lung"
    SMALL_CELL_LUNG = "small_cell_lung"
    COLORECTAL = "colorectal"
    GASTROESOPHAGEAL = "gastroesophageal"
    PANCREATIC = "pancreatic"
    BILIARY = "biliary"
    HEPATOCELLULAR = "hepatocellular"
    OVARIAN = "ovarian"
    ENDOMETRIAL = "endometrial"
    CERVICAL = "cervical"
    PROSTATE = "prostate"
    UROTHELIAL = "urothelial"
    RENAL = "renal"
    THYROID = "thyroid"
    HEAD_AND_NECK = "head_and_neck"
    MELANOMA = "melanoma"
    GLIOMA = "glioma"
    MESOTHELIOMA = "mesothelioma"
    NEUROBLASTOMA = "neuroblastoma"
    SARCOMA = "sarcoma"
    OTHER = "other"


class _Fact(BaseModel):
    """A fact stated by a report, with the words that state it."""

    model_config = ConfigDict(extra="forbid")

    evidence: list[Evidence] = Field(
        default_factory=list, description="The words stating the fact, one item per mention."
    )


class TextFact(_Fact):
    """A fact whose value is words as the report states them (normalised spacing)."""

    value: str = Field(min_length=1, description="The stated value, e.g. 'S23-01234'.")


class DateFact(_Fact):
    """A date stated by a report."""

    value: date = Field(description="The stated date (ISO 8601).")


class ReportKindFact(_Fact):
    """The kind of report, from its title or wording."""

    value: ReportKind


class TumourTypeFact(_Fact):
    """The tumour type, from the diagnosis."""

    value: TumourType


class LateralityFact(_Fact):
    """The side, from the specimen or diagnosis."""

    value: Laterality


class Specimen(_Fact):
    """One specimen or part a report describes (e.g. 'A. Lung, right lower lobe, wedge')."""

    label: str | None = Field(
        default=None, description="Part or block label as stated: 'A', '1', 'A1'."
    )
    site: str | None = Field(default=None, description="Anatomic site as stated.")
    procedure: str | None = Field(
        default=None, description="Procedure as stated: biopsy, resection, lobectomy, FNA, ..."
    )
    laterality: Laterality | None = None


class CaseFacts(BaseModel):
    """The facts one report (or, merged, the whole case) states about the patient's tumour."""

    model_config = ConfigDict(extra="forbid")

    report_kind: ReportKindFact | None = None
    report_date: DateFact | None = Field(
        default=None, description="Date the report was signed, reported or issued."
    )
    collection_date: DateFact | None = Field(
        default=None, description="Date the specimen was collected or procured."
    )
    accession_numbers: list[TextFact] = Field(
        default_factory=list, description="Laboratory accession or case numbers, as stated."
    )
    specimens: list[Specimen] = Field(default_factory=list)
    diagnosis: TextFact | None = Field(
        default=None, description="The diagnosis line, e.g. 'Invasive ductal carcinoma'."
    )
    tumour_type: TumourTypeFact | None = None
    primary_site: TextFact | None = Field(
        default=None, description="Primary site as stated or implied by the diagnosis."
    )
    laterality: LateralityFact | None = None
    grade: TextFact | None = Field(default=None, description="Grade as stated, e.g. 'grade 2'.")
    stage: TextFact | None = Field(default=None, description="Stage as stated, e.g. 'pT2 N1a'.")


class PageSize(BaseModel):
    """A page's size in points; the review app scales page images by it."""

    model_config = ConfigDict(extra="forbid")

    number: int = Field(ge=1, description="1-based page number.")
    width: float = Field(gt=0, description="Page width in points.")
    height: float = Field(gt=0, description="Page height in points.")


class DocumentResults(BaseModel):
    """What one document contributed to a case."""

    model_config = ConfigDict(extra="forbid")

    document_id: str = Field(pattern=SHA256_PATTERN, description="sha256 of the input bytes.")
    source_name: str = Field(
        default="",
        description="The upload's file name without folders, control characters escaped as "
        "\\xNN; still untrusted text that a renderer must escape for its own medium.",
    )
    received_at: datetime = Field(description="When markerflow received the document (UTC).")
    media_type: str = Field(description="Type found from the magic bytes.")
    page_count: int = Field(ge=0)
    ocr_pages: int = Field(ge=0, description="How many pages were read by OCR.")
    page_sizes: list[PageSize] = Field(default_factory=list)
    flags: list[DocumentFlag] = Field(default_factory=list)
    reader: str = Field(default="", description="Reader name and versions, for provenance.")
    facts: CaseFacts = Field(default_factory=CaseFacts)
    markers: list[MarkerResult] = Field(default_factory=list)
    her2: list[HER2Interpretation] = Field(default_factory=list)


class MarkerState(StrEnum):
    """Whether a merged result is the one that stands, or one a later report replaced."""

    CURRENT = "current"
    SUPERSEDED = "superseded"


class SupersedeReason(StrEnum):
    """Why a result was replaced."""

    AMENDED = "amended"
    LATER_REPORT = "later_report"


class HistoryEntry(BaseModel):
    """A result that an amended or later report replaced."""

    model_config = ConfigDict(extra="forbid")

    marker_id: str = Field(description="Id of the superseded CaseMarker.")
    status: Status
    details: str = Field(default="", description="The superseded result's details, in words.")
    source_documents: list[str] = Field(default_factory=list)
    reason: SupersedeReason


class CaseMarker(MarkerResult):
    """One merged result: the same specimen and test across documents, with all its evidence."""

    marker_id: str = Field(
        description="Stable id within the case, e.g. 'HER2.expression.A.1'; decisions cite it."
    )
    specimen_ref: str = Field(
        default="",
        description="Specimen identity across documents: 'accession/label', parts may be empty.",
    )
    source_documents: list[str] = Field(
        default_factory=list, description="sha256 of every document that states this result."
    )
    state: MarkerState = MarkerState.CURRENT
    superseded_by: str | None = Field(
        default=None, description="marker_id of the result that replaced this one."
    )
    history: list[HistoryEntry] = Field(
        default_factory=list, description="Earlier results this one replaced, oldest first."
    )


class CaseHER2Interpretation(HER2Interpretation):
    """A specimen's HER2 status in the case, with the documents it rests on."""

    source_documents: list[str] = Field(default_factory=list)


class ConflictKind(StrEnum):
    """A contradiction on one specimen, or different statuses on different specimens."""

    CONTRADICTION = "contradiction"
    DISCORDANT_SPECIMENS = "discordant_specimens"


class Conflict(BaseModel):
    """Results that disagree; the reviewer resolves it, the pipeline never does."""

    model_config = ConfigDict(extra="forbid")

    conflict_id: str = Field(description="Stable id within the case, e.g. 'conflict.1'.")
    kind: ConflictKind
    marker: Marker
    aspect: Aspect
    specimen_ref: str = ""
    marker_ids: list[str] = Field(description="The disagreeing CaseMarkers.")
    source_documents: list[str] = Field(default_factory=list)
    description: str = Field(description="What disagrees, in words: 'HER2 IHC 3+ vs 1+'.")


class SummaryDiagnosis(BaseModel):
    """The diagnosis as the summary shows it first."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The diagnosis as stated.")
    tumour_type: TumourType | None = None
    primary_site: str | None = None
    source_documents: list[str] = Field(default_factory=list)


class SummaryMarkerLine(BaseModel):
    """One marker's current status as the summary shows it."""

    model_config = ConfigDict(extra="forbid")

    marker_id: str
    marker: Marker
    aspect: Aspect
    status: Status
    details: str = Field(default="", description="Score, percent, ratio, alteration, method.")
    specimen_ref: str = ""
    source_documents: list[str] = Field(default_factory=list)
    text: str = Field(description="The line as a reviewer reads it.")


class SummaryConflictLine(BaseModel):
    """A conflict as the summary shows it."""

    model_config = ConfigDict(extra="forbid")

    conflict_id: str
    text: str


class MissingTest(BaseModel):
    """A test this tumour type usually has that no report of the case gives."""

    model_config = ConfigDict(extra="forbid")

    tumour_type: TumourType
    test: str = Field(description="The test in words, e.g. 'EGFR mutation'.")
    markers: list[Marker] = Field(description="Any one of these results would satisfy it.")
    text: str = Field(description="The line as a reviewer reads it.")


class ProgramHint(BaseModel):
    """A hint that a result may be relevant to a kind of program; for the reviewer, not advice."""

    model_config = ConfigDict(extra="forbid")

    hint_id: str = Field(description="Id of the hint rule in the package's data table.")
    program: str = Field(description="Kind of program, e.g. 'HER2-directed programs'.")
    marker_ids: list[str] = Field(description="The results the hint rests on.")
    text: str = Field(description="The hint, worded for the reviewer.")


class CaseSummary(BaseModel):
    """What a reviewer reads first: diagnosis, markers, conflicts, missing tests, hints."""

    model_config = ConfigDict(extra="forbid")

    diagnosis: SummaryDiagnosis = Field(default_factory=SummaryDiagnosis)
    markers: list[SummaryMarkerLine] = Field(default_factory=list)
    conflicts: list[SummaryConflictLine] = Field(default_factory=list)
    missing_tests: list[MissingTest] = Field(default_factory=list)
    hints: list[ProgramHint] = Field(default_factory=list)


class ReviewAction(StrEnum):
    """What a reviewer did to a result."""

    CONFIRM = "confirm"
    CORRECT = "correct"
    REJECT = "reject"
    ADD = "add"


class ReviewStatus(StrEnum):
    """Where a case is in review."""

    PENDING = "pending"
    IN_REVIEW = "in_review"
    SIGNED_OFF = "signed_off"


class ReviewDecision(BaseModel):
    """One reviewer decision on one result of a case."""

    model_config = ConfigDict(extra="forbid")

    action: ReviewAction
    marker_id: str | None = Field(
        default=None, description="The CaseMarker decided on; None when adding a result."
    )
    marker: Marker | None = Field(default=None, description="The marker, when adding a result.")
    aspect: Aspect | None = Field(default=None, description="The aspect, when adding a result.")
    corrected_status: Status | None = None
    corrected_details: str | None = Field(
        default=None, description="Corrected or added details: score, percent, alteration."
    )
    document_id: str | None = Field(
        default=None,
        pattern=SHA256_PATTERN,
        description="When adding a result: the document (sha256) that states it.",
    )
    reason: str = Field(default="", description="Why, in the reviewer's words.")
    reviewer: str = Field(min_length=1, description="The reviewer's user name.")
    decided_at: datetime


class SignOff(BaseModel):
    """A reviewer's sign-off of the case as it stood then; a new document reopens the case."""

    model_config = ConfigDict(extra="forbid")

    reviewer: str = Field(min_length=1, description="The signing reviewer's user name.")
    signed_off_at: datetime
    undecided: list[str] = Field(
        default_factory=list,
        description="marker_id of each result the reviewer confirmed signing off undecided.",
    )


class Case(BaseModel):
    """One patient's case: every document uploaded under one case id, merged and summarised."""

    model_config = ConfigDict(extra="forbid")

    case_id: str = Field(min_length=1, description="The upload's folder or S3 prefix name.")
    schema_version: str = Field(default=SCHEMA_VERSION)
    documents: list[DocumentResults] = Field(default_factory=list)
    markers: list[CaseMarker] = Field(
        default_factory=list, description="Merged results, current and superseded."
    )
    her2: list[CaseHER2Interpretation] = Field(default_factory=list)
    facts: CaseFacts = Field(default_factory=CaseFacts)
    conflicts: list[Conflict] = Field(default_factory=list)
    summary: CaseSummary = Field(default_factory=CaseSummary)
    review_status: ReviewStatus = ReviewStatus.PENDING
    decisions: list[ReviewDecision] = Field(default_factory=list)
    sign_offs: list[SignOff] = Field(
        default_factory=list, description="Every sign-off, oldest first; the last one stands."
    )
    created_at: datetime | None = Field(
        default=None, description="When the first document was received."
    )
    updated_at: datetime | None = Field(
        default=None, description="When the last document was received."
    )

    @property
    def current_markers(self) -> list[CaseMarker]:
        """The results that stand: not superseded."""
        return [m for m in self.markers if m.state is MarkerState.CURRENT]


def case_json_schema() -> str:
    """The JSON Schema of a Case as committed in schemas/case.schema.json."""
    return json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
