"""A bug in markerflow while a good document runs: failed and kept, never rejected.

The document's reader raises inside the sandbox (tests/extractors/reading/faulty_reader.py):
the run ends Failed with "internal error in read", its log holds a PHI-free traceback that
points at the code, the ledger keeps the entry as failed (not rejected, not due), `markerflow
failed list` shows it and `markerflow failed retry` brings it back; once the bug is gone
("after an upgrade") the same entry is processed.
"""

import hashlib
import json
from pathlib import Path
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
from typer.testing import CliRunner

from extractors.reading.sandboxed_calls import read_in_child, read_then_render_in_child
from flows import databases
from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from flows.process_documents import process_documents
from review.ledger import Ledger, LedgerState, NewObject
from review.store import ReviewStore
from tests.extractors.reading import faulty_reader
from tests.flows.deployed import wait_until
from tests.flows.reliability.exactly_once import leaks, report_lines, run_texts

pytestmark = pytest.mark.slow


def run_logs(run_id: UUID) -> list[str]:
    with get_client(sync_client=True) as client:
        logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
    return [log.message for log in logs]


def markerflow(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_a_reader_that_raises_leaves_the_document_failed_retryable_and_logged_phi_free(
    prefect_api: str,
    ledger: Ledger,
    corpus_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = (corpus_dir / "files" / "024.pdf").read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    entry_id = ledger.record(
        NewObject("case-bug", sha256, "inbox", "case-bug/024.pdf", data)
    ).entry_id
    monkeypatch.setattr("extractors.reading.read_in_child", faulty_reader.read_with_a_bug)
    monkeypatch.setattr(
        "extractors.reading.read_then_render_in_child", faulty_reader.read_then_render_with_a_bug
    )

    state = process_documents([entry_id], return_state=True)

    assert state.is_failed()
    assert state.message == (
        "1 document: 0 done, 0 rejected, 1 failed; "
        f"internal error in read: ValueError; the document is kept as failed "
        f"(`markerflow failed retry {entry_id}` after an upgrade)"
    )
    entry = ledger.get(entry_id)
    assert entry is not None and (entry.state, entry.reason) == (LedgerState.FAILED, "read")
    assert ledger.rejected() == [] and ledger.due() == []
    run_id = state.state_details.flow_run_id
    assert run_id is not None
    wait_until(
        lambda: any("PHI-free traceback" in m for m in run_logs(run_id)), 60, "traceback logged"
    )
    [logged] = [m for m in run_logs(run_id) if "PHI-free traceback" in m]
    assert f"entry {entry_id}: internal error in step read (ValueError)" in logged
    assert f":{faulty_reader.FAILING_FUNCTION}\n" in logged and "document_reading.py:" in logged
    assert "cannot clean" not in logged
    assert leaks(run_texts([str(run_id)]), report_lines(corpus_dir, ["024"])) == []

    code, listed = markerflow("failed", "list", "--json")
    assert code == ExitCode.OK
    assert json.loads(listed) == [
        {
            "id": entry_id,
            "case_id": "case-bug",
            "document": sha256[:12],
            "step": "read",
            "attempts": 0,
        }
    ]
    assert markerflow("rejected", "retry", str(entry_id))[0] == ExitCode.USAGE
    assert markerflow("failed", "retry", str(entry_id)) == (
        ExitCode.OK,
        f"{entry_id} is pending again\n",
    )
    assert [e.id for e in ledger.due()] == [entry_id]

    monkeypatch.setattr("extractors.reading.read_in_child", read_in_child)  # the upgrade
    monkeypatch.setattr("extractors.reading.read_then_render_in_child", read_then_render_in_child)
    again = process_documents([entry_id], return_state=True)

    assert again.is_completed(), again.message
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.DONE
    case = ReviewStore(databases.review_engine()).get_case("case-bug")
    assert case is not None and [d.document_id for d in case.documents] == [sha256]
