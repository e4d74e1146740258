"""The Case schema: strict models, fixed vocabularies, a committed JSON Schema that never drifts."""

import json
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import case as case_module
from schemas.case import (
    Case,
    CaseFacts,
    DocumentResults,
    ReviewAction,
    ReviewDecision,
    case_json_schema,
)

COMMITTED = Path(case_module.__file__).with_name("case.schema.json")


def test_the_committed_json_schema_matches_the_models() -> None:
    assert COMMITTED.read_text() == case_json_schema(), (
        "schemas/case.schema.json is stale: regenerate it with `markerflow schema > "
        "schemas/case.schema.json` and tell the review and flows owners"
    )


def test_a_case_carries_its_schema_version() -> None:
    schema = json.loads(case_json_schema())

    assert Case(case_id="c").schema_version == schema["properties"]["schema_version"]["default"]


@pytest.mark.parametrize("model", [Case, CaseFacts, DocumentResults, ReviewDecision])
def test_unknown_fields_are_refused(model: type) -> None:
    with pytest.raises(ValidationError):
        model.model_validate({"surprise": 1})


def test_document_ids_are_sha256() -> None:
    with pytest.raises(ValidationError):
        DocumentResults(
            document_id="not-a-hash",
            received_at=datetime.now(UTC),
            media_type="application/pdf",
            page_count=1,
            ocr_pages=0,
        )


def test_every_vocabulary_is_a_str_enum() -> None:
    enums = [
        v for v in vars(case_module).values() if isinstance(v, type) and issubclass(v, StrEnum)
    ]

    assert {e.__name__ for e in enums} >= {
        "ReportKind",
        "TumourType",
        "Laterality",
        "MarkerState",
        "ConflictKind",
        "ReviewAction",
        "ReviewStatus",
    }


def test_a_review_decision_round_trips_through_json() -> None:
    decision = ReviewDecision(
        action=ReviewAction.CORRECT,
        marker_id="HER2.expression.abc.r0",
        corrected_details="IHC 2+",
        reason="score misread",
        reviewer="rev1",
        decided_at=datetime(2026, 1, 1, tzinfo=UTC),
    )

    assert ReviewDecision.model_validate_json(decision.model_dump_json()) == decision
