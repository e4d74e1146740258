"""One process-documents run carries several documents: each its own task run, state and outcome."""

import hashlib
from pathlib import Path
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
)
from prefect.client.schemas.objects import TaskRun

import flows.document_pipeline as steps
from flows import databases
from flows.process_documents import process_documents
from flows.step_errors import DocumentsNotDone
from review.ledger import Ledger, LedgerState, NewObject
from review.store import ReviewStore

pytestmark = pytest.mark.slow


def record(ledger: Ledger, case_id: str, path: Path) -> int:
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    obj = NewObject(case_id, sha256, "inbox", f"{case_id}/{path.name}", data, None)
    return ledger.record(obj).entry_id


def task_runs(run_id: UUID) -> dict[str, TaskRun]:
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id]))
        )
    return {r.name: r for r in runs}


def test_a_run_reports_each_document_and_ends_with_the_counts(
    prefect_api: str, ledger: Ledger, corpus_dir: Path, badinputs_dir: Path
) -> None:
    good = record(ledger, "batch-good", corpus_dir / "files" / "024.pdf")
    bad = record(ledger, "batch-bad", badinputs_dir / "encrypted_user_aes256.pdf")
    done_before = record(ledger, "batch-done", corpus_dir / "files" / "006.pdf")
    ledger.mark_done(done_before)
    state = process_documents([good, bad, done_before], return_state=True)
    assert state.is_failed()
    assert state.message == (
        "3 documents: 1 done, 1 rejected (encrypted: 1), 0 failed, 1 with nothing to do; "
        "put a rejected document back in line with `markerflow rejected retry ID`"
    )
    # Reading the state's result raises the summary, not a TypeError about the counts.
    not_done = state.result(raise_on_failure=False)
    assert isinstance(not_done, DocumentsNotDone) and str(not_done) == state.message
    assert not_done.counts == {"done": 1, "rejected": 1, "failed": 0, "nothing_to_do": 1}
    entries = {e.id: e for e in ledger.entries()}
    assert entries[good].state == LedgerState.DONE
    assert (entries[bad].state, entries[bad].reason) == (LedgerState.REJECTED, "encrypted")
    runs = task_runs(state.state_details.flow_run_id)
    names = {i: f"{entries[i].case_id}-{entries[i].short_hash}" for i in (good, bad, done_before)}
    assert set(runs) == set(names.values())
    assert runs[names[good]].state.is_completed()
    assert runs[names[bad]].state.is_failed()
    assert f"markerflow rejected retry {bad}" in str(runs[names[bad]].state.message)
    assert runs[names[done_before]].state.message == f"nothing to do: entry {done_before} is done"
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
            )
        )
    assert sorted(a.type for a in artifacts) == ["markdown", "table"]


def test_running_a_rejected_document_again_ends_rejected_and_says_how_to_retry(
    prefect_api: str, ledger: Ledger, badinputs_dir: Path
) -> None:
    bad = record(ledger, "again-bad", badinputs_dir / "encrypted_user_aes256.pdf")
    assert process_documents([bad], return_state=True).is_failed()
    again = process_documents([bad], return_state=True)  # what Prefect's Retry runs
    assert again.is_failed()
    assert "1 rejected (encrypted: 1)" in str(again.message)
    assert "markerflow rejected retry" in str(again.message)
    assert ledger.get(bad).state == LedgerState.REJECTED


def siblings_one_failing(
    ledger: Ledger, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> tuple[int, int]:
    """Two entries of two cases; analysing the first ('sibling-fails') raises `error`."""
    failing = record(ledger, "sibling-fails", corpus_dir / "files" / "010.pdf")
    sibling = record(ledger, "sibling-done", corpus_dir / "files" / "024.pdf")
    analyse = steps.analyse

    def analyse_but_one(document, entry):  # type: ignore[no-untyped-def]
        if entry.case_id == "sibling-fails":
            raise error("Jane CANARY Doe")
        return analyse(document, entry)

    monkeypatch.setattr(steps, "analyse", analyse_but_one)
    return failing, sibling


def test_a_failing_document_fails_alone_and_is_handed_back(
    prefect_api: str,
    ledger: Ledger,
    corpus_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A transient failure (the database, the disk, the network) is handed back for the next
    # poll; a bug of markerflow's is kept as failed (the next test).
    failing, sibling = siblings_one_failing(ledger, corpus_dir, monkeypatch, ConnectionError)
    state = process_documents([failing, sibling], return_state=True)
    assert state.is_failed()
    assert (
        state.message
        == "Flow run encountered an exception: TransientStepError: analyse failed: ConnectionError"
    )
    assert ledger.get(sibling).state == LedgerState.DONE
    handed_back = ledger.get(failing)
    assert handed_back.state == LedgerState.PENDING
    assert failing in [e.id for e in ledger.due()]
    assert ReviewStore(databases.review_engine()).get_case("sibling-fails") is None
    runs = task_runs(state.state_details.flow_run_id)
    assert sorted(r.state.type.value for r in runs.values()) == ["COMPLETED", "FAILED"]


def test_a_document_markerflow_fails_on_is_kept_as_failed_beside_its_sibling(
    prefect_api: str,
    ledger: Ledger,
    corpus_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failing, sibling = siblings_one_failing(ledger, corpus_dir, monkeypatch, ValueError)
    state = process_documents([failing, sibling], return_state=True)
    assert state.is_failed()
    assert state.message == (
        "2 documents: 1 done, 0 rejected, 1 failed; internal error in analyse: ValueError; "
        f"the document is kept as failed (`markerflow failed retry {failing}` after an upgrade)"
    )
    not_done = state.result(raise_on_failure=False)
    assert isinstance(not_done, DocumentsNotDone)
    assert not_done.counts == {"done": 1, "rejected": 0, "failed": 1, "nothing_to_do": 0}
    assert ledger.get(sibling).state == LedgerState.DONE
    kept = ledger.get(failing)
    assert (kept.state, kept.reason) == (LedgerState.FAILED, "analyse")
    assert failing not in [e.id for e in ledger.due()]
    runs = task_runs(state.state_details.flow_run_id)
    assert sorted(r.state.type.value for r in runs.values()) == ["COMPLETED", "FAILED"]
