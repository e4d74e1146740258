"""The case rules kept as data beside the code, each file checked by a strict model on load."""

import json
import re
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.case import ReportKind, TumourType
from schemas.markers import Aspect, IHCScore, Marker, Status


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        re.compile(pattern)
    return patterns


class MarkerCondition(_Strict):
    """A result that satisfies a rule: marker, aspects (any if empty), statuses, scores."""

    marker: Marker
    aspects: list[Aspect] = Field(default_factory=list)
    statuses: list[Status] = Field(default_factory=lambda: [Status.POSITIVE])
    ihc_scores: list[IHCScore] = Field(default_factory=list)
    alteration_pattern: str | None = None

    @field_validator("alteration_pattern")
    @classmethod
    def _pattern_compiles(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value


class HER2Condition(_Strict):
    """A case HER2 interpretation that satisfies a rule."""

    statuses: list[Status] = Field(default_factory=list)
    her2_low: bool | None = None


class HintRule(_Strict):
    """One program-relevance hint and the results that raise it."""

    hint_id: str = Field(pattern=r"^[a-z0-9_]+$")
    program: str
    finding: str
    markers: list[MarkerCondition] = Field(default_factory=list)
    her2: list[HER2Condition] = Field(default_factory=list)


class HintTable(_Strict):
    """program_hints.json."""

    note: str
    rules: list[HintRule]


class TestRequirement(_Strict):
    """A result that counts as having had a test, whatever its status."""

    marker: Marker
    aspects: list[Aspect] = Field(default_factory=list)


class ExpectedTest(_Strict):
    """A test a tumour type usually has."""

    test: str
    any_of: list[TestRequirement] = Field(min_length=1)


class TumourTypeTests(_Strict):
    """The tests one tumour type usually has."""

    tumour_type: TumourType
    tests: list[ExpectedTest]


class ExpectedTestTable(_Strict):
    """expected_tests.json."""

    note: str
    tumour_types: list[TumourTypeTests]


class TumourTypeRule(_Strict):
    """How a diagnosis names one tumour type."""

    tumour_type: TumourType
    primary_site: str | None
    histology: list[str] = Field(default_factory=list)
    sites: list[str] = Field(default_factory=list)

    _check_histology = field_validator("histology")(_compiles)
    _check_sites = field_validator("sites")(_compiles)


class TumourTypeTable(_Strict):
    """tumour_types.json."""

    note: str
    malignancy_pattern: str
    weak_malignancy_pattern: str
    rules: list[TumourTypeRule]


class ReportKindRule(_Strict):
    """Title phrases that name one report kind."""

    kind: ReportKind
    patterns: list[str] = Field(min_length=1)

    _check_patterns = field_validator("patterns")(_compiles)


class ReportKindTable(_Strict):
    """report_kinds.json."""

    note: str
    lines_to_read: int = Field(gt=0)
    kinds: list[ReportKindRule]


def _read(name: str) -> object:
    return json.loads((files("extractors.case") / "data" / name).read_text(encoding="utf-8"))


@cache
def hint_table() -> HintTable:
    """The program-relevance hint rules."""
    return HintTable.model_validate(_read("program_hints.json"))


@cache
def expected_test_table() -> ExpectedTestTable:
    """The tests each tumour type usually has."""
    return ExpectedTestTable.model_validate(_read("expected_tests.json"))


@cache
def tumour_type_table() -> TumourTypeTable:
    """The rules naming tumour types from diagnoses."""
    return TumourTypeTable.model_validate(_read("tumour_types.json"))


@cache
def report_kind_table() -> ReportKindTable:
    """The rules naming report kinds from titles."""
    return ReportKindTable.model_validate(_read("report_kinds.json"))
