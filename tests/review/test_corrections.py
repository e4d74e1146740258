"""Reviewed, signed-off cases become labelled test cases in the corpus label format."""

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sample_cases import DOC_A, document_results, sample_case
from sqlalchemy import Engine
from typer.testing import CliRunner

from flows.cli.app import app
from flows.databases import review_engine
from review.corrections import case_label_rows
from review.corrections_export import export_corrections
from review.ledger import Ledger, NewObject
from review.store import ReviewStore
from schemas.case import ReviewAction, ReviewDecision
from schemas.markers import Aspect, Marker, Status

WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
PDF = b"%PDF-1.4 a report\n%%EOF\n"


def decided(action: ReviewAction, **fields: object) -> ReviewDecision:
    return ReviewDecision(
        action=action, reason="checked", reviewer="rita", decided_at=WHEN, **fields
    )


def review(store: ReviewStore, case_id: str = "case-0001") -> None:
    store.save_case(sample_case(case_id))
    store.add_decision(
        case_id,
        decided(
            ReviewAction.CORRECT,
            marker_id="HER2.expression.A.1",
            corrected_status=Status.EQUIVOCAL,
            corrected_details="IHC 2+",
        ),
    )
    store.add_decision(case_id, decided(ReviewAction.REJECT, marker_id="ER.expression.A.1"))
    store.add_decision(
        case_id,
        decided(
            ReviewAction.ADD,
            marker=Marker.PR,
            aspect=Aspect.EXPRESSION,
            corrected_status=Status.NEGATIVE,
            corrected_details="0%",
        ),
    )


EXPECTED = [
    {
        "marker": "HER2",
        "aspect": "expression",
        "status": "equivocal",
        "ihc_score": "2+",
        "details": "IHC 2+",
        "quote": "HER2 (IHC): 3+ POSITIVE",
        "decision": "correct",
    },
    {
        "marker": "PR",
        "aspect": "expression",
        "status": "negative",
        "percent": 0.0,
        "details": "0%",
        "decision": "add",
    },
]


def test_a_signed_off_case_gives_its_documents_reviewed_results_as_labels(
    store: ReviewStore,
) -> None:
    review(store)
    store.sign_off("case-0001", "rita")
    case = store.get_case("case-0001")
    assert case is not None

    [row] = case_label_rows(case)

    assert row == {"id": DOC_A, "case_id": "case-0001", "markers": EXPECTED}


def test_results_left_undecided_at_sign_off_are_optional_labels(store: ReviewStore) -> None:
    store.save_case(sample_case())
    store.sign_off("case-0001", "rita", ["HER2.expression.A.1", "ER.expression.A.1"])
    case = store.get_case("case-0001")
    assert case is not None

    [row] = case_label_rows(case)

    assert [(m["marker"], m.get("optional"), m["decision"]) for m in row["markers"]] == [
        ("HER2", True, "undecided"),
        ("ER", True, "undecided"),
    ]


def test_a_case_not_signed_off_gives_no_labels(store: ReviewStore) -> None:
    review(store)
    case = store.get_case("case-0001")
    assert case is not None

    assert case_label_rows(case) == []


def test_the_export_writes_labels_and_lists_documents_of_signed_off_cases_only(
    store: ReviewStore, engine: Engine, tmp_path: Path
) -> None:
    review(store)
    store.sign_off("case-0001", "rita")
    review(store, "case-0002")  # not signed off: left out
    sha = hashlib.sha256(PDF).hexdigest()
    Ledger(engine).record(NewObject("case-0001", sha, "inbox", "case-0001/r.pdf", PDF))

    counts = export_corrections(engine, tmp_path)

    labels = [json.loads(line) for line in (tmp_path / "labels.jsonl").read_text().splitlines()]
    documents = [
        json.loads(line) for line in (tmp_path / "documents.jsonl").read_text().splitlines()
    ]
    assert labels == [{"id": DOC_A, "case_id": "case-0001", "markers": EXPECTED}]
    assert documents == [
        {"id": DOC_A, "case_id": "case-0001", "media_type": "application/pdf", "file": None}
    ]
    assert counts == {
        "cases": 1,
        "documents": 1,
        "labels": 2,
        "files": 0,
        "unplaced_additions": 0,
    }


def test_the_export_copies_a_document_whose_bytes_the_ledger_kept(
    store: ReviewStore, engine: Engine, tmp_path: Path
) -> None:
    sha = hashlib.sha256(PDF).hexdigest()
    store.save_case(sample_case(documents=[document_results(sha)]))
    store.sign_off("case-0001", "rita", ["HER2.expression.A.1", "ER.expression.A.1"])
    Ledger(engine).record(NewObject("case-0001", sha, "inbox", "case-0001/r.pdf", PDF))

    export_corrections(engine, tmp_path)

    assert (tmp_path / "documents" / f"{sha}.pdf").read_bytes() == PDF
    [document] = [json.loads(line) for line in (tmp_path / "documents.jsonl").open()]
    assert document["file"] == f"documents/{sha}.pdf"


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_command_writes_labels_jsonl(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ReviewStore(engine)
    review(store)
    store.sign_off("case-0001", "rita")
    monkeypatch.setenv("MARKERFLOW_DATABASE_URL", str(engine.url))
    review_engine.cache_clear()  # the command's engine is cached per process

    result = CliRunner().invoke(app, ["corrections", "export", "--out", str(tmp_path / "out")])
    review_engine.cache_clear()

    assert result.exit_code == 0, result.output
    assert "1 signed-off cases, 1 documents, 2 labels" in result.output
    assert (tmp_path / "out" / "labels.jsonl").exists()


def test_the_labels_score_the_extraction_with_the_corpus_scorer(store: ReviewStore) -> None:
    from extractors.evaluation import Evaluation, score_report

    review(store)
    store.sign_off("case-0001", "rita")
    case = store.get_case("case-0001")
    assert case is not None
    [row] = case_label_rows(case)
    scored = Evaluation()

    score_report(row["id"], document_results().markers, row["markers"], scored)

    # HER2 3+ positive was corrected to equivocal, ER was rejected, PR was added: the
    # extraction gets HER2 and ER wrong (extra) and misses HER2 equivocal and PR.
    counts = scored.overall
    assert (counts.tp, counts.fp, counts.fn) == (0, 2, 2)
    assert sorted((m.kind, m.key[0]) for m in scored.misses) == [
        ("extra", "ER"),
        ("extra", "HER2"),
        ("missing", "HER2"),
        ("missing", "PR"),
    ]
