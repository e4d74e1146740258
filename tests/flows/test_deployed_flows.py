"""The deployed flows on a real Prefect server and worker: every upload once, visible, no PHI."""

import json
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
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
from prefect.deployments import run_deployment
from prefect.states import Scheduled

from flows import databases
from flows.events import emit_signoff
from flows.intake import intake
from flows.prefect_setup import WORK_POOL
from review.ledger import Ledger, LedgerEntry, LedgerState
from review.store import ReviewStore
from schemas.reviewed import undecided_results
from tests.flows.conftest import messages_left
from tests.flows.deployed import Deployed, deploy, flow_run, wait_until

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def deployed(prefect_api: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployed]:
    home = tmp_path_factory.mktemp("markerflow-home")
    mp = pytest.MonkeyPatch()
    mp.setenv("MARKERFLOW_HOME", str(home))
    mp.setenv("MARKERFLOW_LEASE_SECONDS", "20")
    mp.delenv("MARKERFLOW_DATABASE_URL", raising=False)
    databases.review_engine.cache_clear()
    databases.review_engine()
    stack = deploy(home, prefect_api)
    yield stack
    stack.end()
    databases.review_engine.cache_clear()
    mp.undo()


@pytest.fixture
def ledger(deployed: Deployed) -> Ledger:
    return Ledger(databases.review_engine(), lease=timedelta(seconds=20))


def drop(deployed: Deployed, case_id: str, source: Path, name: str | None = None) -> Path:
    target = deployed.home / "inbox" / case_id / (name or source.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def run_intake_deployment() -> None:
    """Intake as the schedule runs it: a deployment run picked up by the worker."""
    run = run_deployment("intake/intake", timeout=180, poll_interval=1)
    assert run.state is not None and run.state.is_completed(), run.state


def run_intake() -> None:
    """Intake as a flow run in this process: the same flow, without a process start."""
    counts = intake()
    assert set(counts) >= {"new", "duplicates", "started"}


def finished(ledger: Ledger, case_id: str, count: int) -> bool:
    entries = ledger.entries(case_id)
    done = [e for e in entries if e.state in (LedgerState.DONE, LedgerState.REJECTED)]
    return len(entries) == count and len(done) == count


def the_entry(ledger: Ledger, case_id: str) -> LedgerEntry:
    [entry] = ledger.entries(case_id)
    return entry


def run_is_final(run_id: str) -> bool:
    state = flow_run(run_id).state
    return state is not None and state.is_final()


def markerflow(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "markerflow"), *args],
        env=env,
        capture_output=True,
        check=True,
    )
    return result.stdout.decode()


def test_the_pool_starts_a_run_with_this_environments_engine_and_no_supervisor(
    deployed: Deployed,
) -> None:
    """A blank command would have the worker start a workspace supervisor, a second Python."""
    with get_client(sync_client=True) as client:
        pool = client.read_work_pool(WORK_POOL)
    command = pool.base_job_template["variables"]["properties"]["command"]["default"]
    assert shlex.split(command) == [sys.executable, "-m", "prefect.engine"]


def test_a_report_dropped_in_the_inbox_becomes_one_case_in_the_queue(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-inbox", corpus_dir / "files" / "024.pdf")
    run_intake_deployment()
    wait_until(lambda: finished(ledger, "case-inbox", 1), 120, "document processed")
    entry = the_entry(ledger, "case-inbox")
    assert entry.state == LedgerState.DONE and entry.attempts == 1
    case = ReviewStore(databases.review_engine()).get_case("case-inbox")
    assert case is not None and [d.document_id for d in case.documents] == [entry.sha256]
    run = flow_run(str(entry.flow_run_id))
    assert run.name == f"case-inbox-{entry.short_hash}"
    assert {"markerflow", "case:case-inbox"} <= set(run.tags)
    assert run.parameters == {"entry_ids": [entry.id]}
    wait_until(lambda: run_is_final(str(run.id)), 60, "run ended")
    run = flow_run(str(run.id))
    assert run.state is not None and run.state.is_completed()
    assert run.state.message == "1 document: 1 done, 0 rejected, 0 failed"
    [task_run] = document_task_runs(str(run.id))
    assert task_run.name == f"case-inbox-{entry.short_hash}"
    assert task_run.state is not None and task_run.state.is_completed()
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run.id]))
        )
    by_type = {a.type: a for a in artifacts}
    assert sorted(by_type) == ["markdown", "table"]
    assert by_type["markdown"].task_run_id == task_run.id
    assert "pages" in str(by_type["markdown"].data)
    assert "done" in str(by_type["table"].data)
    rows = json.loads(markerflow("queue", "list", "--json", env=deployed.env))
    [row] = [r for r in rows if r["case_id"] == "case-inbox"]
    assert row["documents"] == 1 and row["status"] == "pending"
    assert isinstance(row["markers"], int)


def test_a_duplicate_upload_and_a_second_poll_start_nothing_new(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-dup", corpus_dir / "files" / "006.pdf")
    run_intake()
    wait_until(lambda: finished(ledger, "case-dup", 1), 120, "first copy processed")
    first = the_entry(ledger, "case-dup")
    drop(deployed, "case-dup", corpus_dir / "files" / "006.pdf", name="006 again.pdf")
    run_intake()
    run_intake()
    again = the_entry(ledger, "case-dup")
    assert (again.id, again.attempts, again.flow_run_id) == (
        first.id,
        first.attempts,
        first.flow_run_id,
    )
    case = ReviewStore(databases.review_engine()).get_case("case-dup")
    assert case is not None and len(case.documents) == 1


def rejected_encrypted_upload(
    deployed: Deployed, ledger: Ledger, badinputs_dir: Path, case_id: str
) -> LedgerEntry:
    """An encrypted PDF dropped for `case_id`, taken in, its run ended: its ledger entry."""
    drop(deployed, case_id, badinputs_dir / "encrypted_user_aes256.pdf")
    run_intake()
    wait_until(lambda: finished(ledger, case_id, 1), 120, "document rejected")
    entry = the_entry(ledger, case_id)
    wait_until(lambda: run_is_final(str(entry.flow_run_id)), 60, "run ended")
    return entry


def test_a_refused_document_ends_failed_with_its_reason_and_can_be_retried(
    deployed: Deployed, ledger: Ledger, badinputs_dir: Path
) -> None:
    entry = rejected_encrypted_upload(deployed, ledger, badinputs_dir, "case-bad")
    assert (entry.state, entry.reason) == (LedgerState.REJECTED, "encrypted")
    run = flow_run(str(entry.flow_run_id))
    assert run.state is not None and run.state.is_failed()
    assert run.state.message == (
        "1 document: 0 done, 1 rejected (encrypted: 1), 0 failed; "
        "put a rejected document back in line with `markerflow rejected retry ID`"
    )
    [task_run] = document_task_runs(str(run.id))
    assert task_run.state is not None and task_run.state.is_failed()
    assert "rejected: encrypted" in str(task_run.state.message)
    assert f"markerflow rejected retry {entry.id}" in str(task_run.state.message)
    listed = json.loads(markerflow("rejected", "list", "--json", env=deployed.env))
    assert {"id": entry.id, "reason": "encrypted"}.items() <= next(
        r for r in listed if r["id"] == entry.id
    ).items()
    markerflow("rejected", "retry", str(entry.id), env=deployed.env)
    assert the_entry(ledger, "case-bad").state == LedgerState.PENDING
    run_intake()
    wait_until(lambda: finished(ledger, "case-bad", 1), 120, "document rejected again")
    assert the_entry(ledger, "case-bad").attempts == 2


def test_prefects_retry_of_a_rejected_run_ends_rejected_and_says_how_to_retry(
    deployed: Deployed, ledger: Ledger, badinputs_dir: Path
) -> None:
    """Issue 13, defect 6: Prefect's Retry turned such a run green ("nothing to do")."""
    entry = rejected_encrypted_upload(deployed, ledger, badinputs_dir, "case-bad-retry")
    run_id = str(entry.flow_run_id)
    first_end = flow_run(run_id).state
    assert first_end is not None
    retry_as_the_ui_does(run_id)
    wait_until(lambda: flow_run(run_id).state != first_end and run_is_final(run_id), 120, "rerun")
    state = flow_run(run_id).state
    assert state is not None and state.is_failed(), state
    assert "1 rejected (encrypted: 1)" in str(state.message)
    assert "markerflow rejected retry" in str(state.message)
    assert (the_entry(ledger, "case-bad-retry").state, entry.attempts) == (LedgerState.REJECTED, 1)


def retry_as_the_ui_does(run_id: str) -> None:
    """The Prefect UI's Retry: the finished run is scheduled again, for the worker to rerun."""
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(
            UUID(run_id), Scheduled(name="AwaitingRetry", message="Retry from the UI"), force=True
        )


def document_task_runs(run_id: str) -> list[TaskRun]:
    """The process-document task runs of a flow run."""
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(run_id)]))
        )
    return [r for r in runs if r.task_key.startswith("process_document")]


def test_a_worker_killed_mid_run_leaves_the_document_processed_once(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-crash", corpus_dir / "files" / "024.scan.pdf")
    run_intake()
    wait_until(
        lambda: the_entry(ledger, "case-crash").state == LedgerState.PROCESSING,
        120,
        "document being processed",
    )
    deployed.kill_worker()
    assert the_entry(ledger, "case-crash").state == LedgerState.PROCESSING
    deployed.start_worker()
    wait_until(lambda: bool(ledger.due()) or finished(ledger, "case-crash", 1), 60, "lease ran out")
    run_intake()
    wait_until(lambda: finished(ledger, "case-crash", 1), 180, "document processed")
    entry = the_entry(ledger, "case-crash")
    assert entry.state == LedgerState.DONE and entry.attempts == 2
    case = ReviewStore(databases.review_engine()).get_case("case-crash")
    assert case is not None and [d.document_id for d in case.documents] == [entry.sha256]


def test_the_sqs_consumer_deployment_drains_s3_notifications_and_starts_their_runs(
    deployed: Deployed,
    ledger: Ledger,
    corpus_dir: Path,
    s3,
    sqs,
    notified_bucket: tuple[str, str],
    moto_endpoint: str,
) -> None:
    bucket, queue_url = notified_bucket
    body = (corpus_dir / "files" / "024.pdf").read_bytes()
    s3.put_object(Bucket=bucket, Key="in/case-sqs/report+v2 final.pdf", Body=body)
    s3.put_object(Bucket=bucket, Key="in/case-sqs/same bytes again.pdf", Body=body)
    env = {
        "MARKERFLOW_SOURCE": f"s3://{bucket}/in",
        "MARKERFLOW_S3_ENDPOINT_URL": moto_endpoint,
        "MARKERFLOW_SQS_QUEUE_URL": queue_url,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    run = run_deployment(
        "sqs-consumer/sqs-consumer", job_variables={"env": env}, timeout=180, poll_interval=1
    )
    assert run.state is not None and run.state.is_completed(), run.state
    assert messages_left(sqs, queue_url) == 0
    wait_until(lambda: finished(ledger, "case-sqs", 1), 120, "document processed")
    entry = the_entry(ledger, "case-sqs")
    assert entry.state == LedgerState.DONE and entry.attempts == 1
    assert entry.object_key in {
        "in/case-sqs/report+v2 final.pdf",
        "in/case-sqs/same bytes again.pdf",
    }


def test_a_signoff_event_triggers_finalize_which_exports_the_case(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-signed", corpus_dir / "files" / "024.pdf")
    run_intake()
    wait_until(lambda: finished(ledger, "case-signed", 1), 120, "document processed")
    store = ReviewStore(databases.review_engine())
    case = store.get_case("case-signed")
    assert case is not None
    # Signing off with results undecided needs them confirmed, as the app's form does.
    store.sign_off(
        "case-signed", reviewer="reviewer-1", confirmed_undecided=undecided_results(case)
    )
    emit_signoff("case-signed")
    export = deployed.home / "exports" / "case-signed" / "case.json"
    wait_until(export.exists, 180, "finalize wrote the export")
    assert json.loads(export.read_text())["review_status"] == "signed_off"


def test_no_canary_reaches_prefect_or_any_file_but_the_review_database_and_inbox(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path, prefect_api: str
) -> None:
    for name in ("002.pdf", "010.pdf"):
        drop(deployed, "case-phi", corpus_dir / "files" / name)
    run_intake()
    wait_until(lambda: finished(ledger, "case-phi", 2), 180, "documents processed")
    prefect_home = Path(deployed.env["PREFECT_HOME"])
    leaks = [
        path
        for root in (deployed.home, prefect_home)
        for path in root.rglob("*")
        if path.is_file()
        and not path.name.startswith("markerflow.db")
        and "inbox" not in path.relative_to(root).parts
        and b"CANARY" in path.read_bytes()
    ]
    assert leaks == []
