"""The LOINC and HGNC codes the FHIR export uses, read from fhir_codes.json and checked."""

import json
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, ConfigDict, Field

from schemas.markers import Aspect, Marker


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Code(_Strict):
    """A LOINC code and its display."""

    code: str = Field(pattern=r"^(LA)?\d+-\d$")
    display: str


class TestCode(Code):
    """The LOINC code of one test, optionally only for one antibody clone."""

    marker: Marker
    aspect: Aspect
    clone: str | None = None


class QuantityCode(Code):
    """The LOINC code of a test whose value is a number held in one MarkerResult field."""

    marker: Marker
    aspect: Aspect
    field: str = Field(pattern=r"^(ratio|percent|value)$")


class PercentComponent(Code):
    """The LOINC code of a percent of staining cells, given beside a presence result."""

    marker: Marker


class FhirCodeTable(_Strict):
    """fhir_codes.json."""

    note: str
    tests: list[TestCode]
    quantities: list[QuantityCode]
    percent_components: list[PercentComponent]
    her2_interpretation: Code
    report: Code
    variant: Code
    gene_studied: Code
    amino_acid_change: Code
    answers: dict[str, Code]
    genes: dict[Marker, tuple[str, str]] = Field(description="Marker -> (HGNC id, symbol).")


@cache
def fhir_codes() -> FhirCodeTable:
    """The checked code table."""
    text = (files("schemas") / "fhir_codes.json").read_text(encoding="utf-8")
    return FhirCodeTable.model_validate(json.loads(text))
