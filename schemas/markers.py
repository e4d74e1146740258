"""Marker results as corpus/LABELS.md defines them, each tied to the words that state it."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from schemas.document import BBox


class Marker(StrEnum):
    """Canonical marker names; aliases (ERBB2, MIB-1, CD274, ...) map onto these."""

    HER2 = "HER2"
    ER = "ER"
    PR = "PR"
    KI67 = "Ki-67"
    AR = "AR"
    EGFR = "EGFR"
    KRAS = "KRAS"
    NRAS = "NRAS"
    HRAS = "HRAS"
    BRAF = "BRAF"
    PIK3CA = "PIK3CA"
    TP53 = "TP53"
    ALK = "ALK"
    ROS1 = "ROS1"
    RET = "RET"
    MET = "MET"
    NTRK = "NTRK"
    BRCA1 = "BRCA1"
    BRCA2 = "BRCA2"
    IDH1 = "IDH1"
    IDH2 = "IDH2"
    PDL1 = "PD-L1"
    MSI = "MSI"
    MMR = "MMR"
    MLH1 = "MLH1"
    MSH2 = "MSH2"
    MSH6 = "MSH6"
    PMS2 = "PMS2"
    TMB = "TMB"
    GD2 = "GD2"
    MESOTHELIN = "Mesothelin"


class Aspect(StrEnum):
    """What was tested."""

    EXPRESSION = "expression"
    MUTATION = "mutation"
    AMPLIFICATION = "amplification"
    FUSION = "fusion"
    SIGNATURE = "signature"


class Status(StrEnum):
    """The result's verdict, by the rules of corpus/LABELS.md."""

    POSITIVE = "positive"
    NEGATIVE = "negative"
    EQUIVOCAL = "equivocal"
    REPORTED = "reported"


class IHCScore(StrEnum):
    """Semi-quantitative immunohistochemistry score."""

    ZERO = "0"
    ONE = "1+"
    TWO = "2+"
    THREE = "3+"


class Evidence(BaseModel):
    """The words of a report that state a result: where they are and what they say."""

    model_config = ConfigDict(extra="forbid")

    document: str | None = Field(
        default=None, description="sha256 of the document the words are in."
    )
    page: int = Field(ge=1, description="1-based page number.")
    start: int = Field(ge=0, description="Offset of the first character in Page.text.")
    end: int = Field(ge=0, description="Offset one past the last character in Page.text.")
    text: str = Field(description="The words as read (text layer or OCR).")
    boxes: list[BBox] = Field(default_factory=list, description="One box per word, in points.")


class MarkerResult(BaseModel):
    """One result a report states about this patient's specimen."""

    model_config = ConfigDict(extra="forbid")

    marker: Marker
    aspect: Aspect
    status: Status
    ihc_score: IHCScore | None = None
    percent: float | None = Field(default=None, ge=0, le=100, description="Percent of cells.")
    ratio: float | None = Field(default=None, ge=0, description="ISH ratio, e.g. HER2/CEP17.")
    alteration: str | None = Field(
        default=None, description="One-letter protein change without p. (G12C), or a named class."
    )
    value: str | None = Field(
        default=None, description="Other stated value: TMB '12 mut/Mb', PD-L1 'CPS 5', '>75%'."
    )
    intensity: str | None = Field(default=None, description="Staining intensity as stated.")
    allred_score: int | None = Field(default=None, ge=0, le=8)
    h_score: int | None = Field(default=None, ge=0, le=300)
    copy_number: float | None = Field(
        default=None, ge=0, description="Average gene copy number per cell (ISH)."
    )
    score_type: str | None = Field(default=None, description="PD-L1 score type: TPS, CPS or IC.")
    clone: str | None = Field(default=None, description="Antibody clone, e.g. PD-L1 22C3.")
    method: str | None = Field(default=None, description="IHC, ISH, FISH, NGS, PCR, flow, ...")
    specimen: str | None = Field(default=None, description="Specimen or block label, e.g. 'A'.")
    historical: bool = Field(
        default=False, description="Quoted as history of another tumour, not this specimen."
    )
    amended: bool = Field(
        default=False, description="Stated in an amended or corrected report section."
    )
    evidence: list[Evidence] = Field(default_factory=list)
    # The name of the second-pass rule that read the result ('fallback.statement'); None for
    # the named rules' readings. Kept off the schema and the stored record.
    _rule: str | None = PrivateAttr(default=None)

    @property
    def rule(self) -> str | None:
        """The second-pass rule that read this result, if one did."""
        return self._rule


class HER2Interpretation(BaseModel):
    """A specimen's combined HER2 status by ASCO/CAP 2018 (affirmed 2023)."""

    model_config = ConfigDict(extra="forbid")

    specimen: str | None = None
    status: Status = Field(description="positive, negative or equivocal (ISH needed).")
    ihc_score: IHCScore | None = None
    ish_amplified: bool | None = None
    ish_ratio: float | None = None
    ish_copy_number: float | None = None
    ish_group: int | None = Field(default=None, ge=1, le=5, description="ASCO/CAP ISH group.")
    her2_low: bool = Field(default=False, description="IHC 1+, or 2+ with ISH not amplified.")
    ihc_zero: bool = Field(default=False, description="IHC 0.")
    basis: str = Field(default="", description="Which results the status rests on, in words.")
