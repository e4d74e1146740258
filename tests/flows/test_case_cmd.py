"""`markerflow case` and `markerflow schema`, run as the installed command over corpus files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from fhir.resources.R4B.bundle import Bundle

from schemas.case import Case
from schemas.fhir import MARKER_SYSTEM
from tests.conftest import BADINPUTS, CORPUS, REPO

MARKERFLOW = Path(sys.executable).parent / "markerflow"  # the command of the running environment
COMMITTED_SCHEMA = REPO / "schemas" / "case.schema.json"
REPORTS = [CORPUS / "files" / "030.pdf", CORPUS / "files" / "104.pdf"]

pytestmark = pytest.mark.slow


def markerflow(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.run(
        [str(MARKERFLOW), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def case_json() -> str:
    run = markerflow("case", *REPORTS, "--case-id", "case-42")
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_schema_prints_the_committed_json_schema() -> None:
    run = markerflow("schema")

    assert run.returncode == 0
    assert run.stdout == COMMITTED_SCHEMA.read_text()


def test_case_prints_a_case_that_validates_against_the_schema(case_json: str) -> None:
    jsonschema.validate(json.loads(case_json), json.loads(COMMITTED_SCHEMA.read_text()))
    case = Case.model_validate_json(case_json)

    assert case.case_id == "case-42"
    assert {d.source_name for d in case.documents} == {"030.pdf", "104.pdf"}
    assert case.markers, "the corpus reports state marker results"
    document_ids = {d.document_id for d in case.documents}
    assert {e.document for m in case.markers for e in m.evidence} <= document_ids


def test_the_case_keeps_the_fake_patient_out_of_its_facts(case_json: str) -> None:
    case = Case.model_validate_json(case_json)

    assert "CANARY" not in case.facts.model_dump_json()
    assert "CANARY" not in case.summary.model_dump_json()
    assert {d.facts.tumour_type.value.value for d in case.documents if d.facts.tumour_type} == {
        "colorectal",
        "breast",
    }


def test_fhir_prints_a_bundle_with_an_observation_per_marker_result(case_json: str) -> None:
    run = markerflow("case", *REPORTS, "--case-id", "case-42", "--fhir")

    assert run.returncode == 0, run.stderr
    bundle = json.loads(run.stdout)
    Bundle.model_validate(bundle)
    case = Case.model_validate_json(case_json)
    exported = {
        identifier["value"]
        for entry in bundle["entry"]
        for identifier in entry["resource"].get("identifier", [])
        if identifier["system"] == MARKER_SYSTEM
    }
    assert exported == {m.marker_id for m in case.current_markers}


def test_summary_prints_the_diagnosis_first_then_the_markers() -> None:
    run = markerflow("case", REPORTS[1], "--summary")

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Case files: 1 document(s), pending")
    assert lines[1].startswith("Diagnosis: ") and "(tumour type: breast)" in lines[1]
    assert lines[2] == "Markers:"
    assert "CANARY" not in run.stdout


def test_a_refused_file_is_named_and_the_rest_still_make_the_case() -> None:
    run = markerflow("case", BADINPUTS / "empty.pdf", REPORTS[1], "--case-id", "c")

    assert run.returncode == 1
    assert "'empty.pdf' refused: empty" in run.stderr
    assert len(Case.model_validate_json(run.stdout).documents) == 1


def test_two_output_formats_at_once_are_a_usage_error() -> None:
    run = markerflow("case", REPORTS[1], "--json", "--fhir")

    assert run.returncode == 2
    assert "at most one of" in run.stderr
