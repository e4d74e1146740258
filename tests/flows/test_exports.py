"""A signed-off case is exported as case JSON and a FHIR bundle, written whole or not at all."""

import json
from datetime import UTC, datetime
from pathlib import Path

from flows.exports import CASE_FILE, FHIR_FILE, export_case
from schemas.case import Case, ReviewStatus


def signed_off_case(case_id: str) -> Case:
    now = datetime(2026, 11, 26, tzinfo=UTC)
    return Case(
        case_id=case_id, review_status=ReviewStatus.SIGNED_OFF, created_at=now, updated_at=now
    )


def test_a_case_is_exported_as_json_and_a_fhir_bundle(tmp_path: Path) -> None:
    written = export_case(signed_off_case("case-9"), tmp_path)
    assert written == [CASE_FILE, FHIR_FILE]
    folder = tmp_path / "case-9"
    assert json.loads((folder / CASE_FILE).read_text())["case_id"] == "case-9"
    assert json.loads((folder / FHIR_FILE).read_text())["resourceType"] == "Bundle"


def test_exporting_again_replaces_the_files_and_leaves_no_temporary_ones(tmp_path: Path) -> None:
    export_case(signed_off_case("case-9"), tmp_path)
    export_case(signed_off_case("case-9"), tmp_path)
    assert sorted(p.name for p in (tmp_path / "case-9").iterdir()) == [CASE_FILE, FHIR_FILE]
