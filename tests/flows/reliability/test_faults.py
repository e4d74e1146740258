"""Faults on the deployed flows: S3/SQS down, duplicate and out-of-order events, a locked
database, a run that died after its commit; each document ends processed exactly once."""

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer
from prefect.deployments import run_deployment

import extractors
from extractors.limits import Limits
from flows import databases
from flows import document_pipeline as steps
from flows.discovery import configured_source, discover
from flows.settings import FlowSettings
from flows.sqs_consumer import sqs_consumer
from flows.step_errors import StepFailed
from review.ledger import Ledger, LedgerState
from review.store import ReviewStore
from tests.flows.conftest import free_port, messages_left, notified_bucket
from tests.flows.deployed import Deployed, wait_until
from tests.flows.reliability.phi_sinks import files_holding, prefect_records_holding
from tests.flows.test_deployed_flows import (
    deployed,
    drop,
    finished,
    ledger,
    run_intake,
    the_entry,
)

__all__ = ["deployed", "ledger", "notified_bucket"]

pytestmark = pytest.mark.slow


class MotoOnAPort:
    """moto's S3 and SQS on one fixed port that can be stopped and started again.

    The objects and messages live in this process's moto backends, so they survive a stop:
    what goes away is the service, as when an S3 endpoint or the network is down.
    """

    def __init__(self) -> None:
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.server: ThreadedMotoServer | None = None

    def start(self) -> None:
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()

    def stop(self) -> None:
        assert self.server is not None
        self.server.stop()
        self.server = None


@pytest.fixture(scope="module")
def moto(moto_endpoint: str) -> Iterator[MotoOnAPort]:
    """A moto server of this module's own, so stopping it leaves the session's alone."""
    server = MotoOnAPort()
    server.start()
    yield server
    if server.server is not None:
        server.stop()


@pytest.fixture
def s3(moto: MotoOnAPort):
    return boto3.client("s3", endpoint_url=moto.endpoint)


@pytest.fixture
def sqs(moto: MotoOnAPort):
    return boto3.client("sqs", endpoint_url=moto.endpoint)


@pytest.fixture
def s3_source(
    notified_bucket: tuple[str, str], moto: MotoOnAPort, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str]:
    """The in-process flows read S3 and SQS (the worker's runs read only the ledger)."""
    bucket, queue_url = notified_bucket
    monkeypatch.setenv("MARKERFLOW_SOURCE", f"s3://{bucket}/in")
    monkeypatch.setenv("MARKERFLOW_S3_ENDPOINT_URL", moto.endpoint)
    monkeypatch.setenv("MARKERFLOW_SQS_QUEUE_URL", queue_url)
    return bucket, queue_url


def upload(s3, bucket: str, case_id: str, path: Path, name: str = "report.pdf") -> None:
    s3.put_object(Bucket=bucket, Key=f"in/{case_id}/{name}", Body=path.read_bytes())


def documents_of(case_id: str) -> list[str]:
    case = ReviewStore(databases.review_engine()).get_case(case_id)
    return [] if case is None else [d.document_id for d in case.documents]


def test_with_s3_and_sqs_down_nothing_is_recorded_and_once_back_each_upload_runs_once(
    deployed: Deployed, ledger: Ledger, s3, sqs, s3_source, moto: MotoOnAPort, corpus_dir: Path
) -> None:
    bucket, queue_url = s3_source
    upload(s3, bucket, "case-s3-a", corpus_dir / "files" / "024.pdf")
    upload(s3, bucket, "case-s3-b", corpus_dir / "files" / "006.pdf")
    moto.stop()
    with pytest.raises(StepFailed):
        sqs_consumer(max_messages=10)
    assert ledger.entries("case-s3-a") == [] and ledger.entries("case-s3-b") == []
    moto.start()
    counts = sqs_consumer(max_messages=10)
    assert (counts["new"], counts["started"]) == (2, 2)
    moto.stop()  # down again while the documents are processed: the bytes are in the ledger
    for case_id in ("case-s3-a", "case-s3-b"):
        wait_until(lambda c=case_id: finished(ledger, c, 1), 240, f"{case_id} processed")
    moto.start()
    assert messages_left(sqs, queue_url) == 0
    for case_id in ("case-s3-a", "case-s3-b"):
        entry = the_entry(ledger, case_id)
        assert (entry.state, entry.attempts) == (LedgerState.DONE, 1)
        assert documents_of(case_id) == [entry.sha256]


def test_duplicate_and_out_of_order_events_add_no_document_twice(
    deployed: Deployed, ledger: Ledger, s3, sqs, s3_source, corpus_dir: Path
) -> None:
    bucket, queue_url = s3_source
    first, second = corpus_dir / "files" / "010.pdf", corpus_dir / "files" / "002.pdf"
    upload(s3, bucket, "case-order", first)
    early_events = sqs.receive_message(QueueUrl=queue_url, MaxNumberOfMessages=10)["Messages"]
    upload(s3, bucket, "case-order", second)  # a new version under the same key
    upload(s3, bucket, "case-order", second, name="copy of the report.pdf")
    for message in early_events:  # the first upload's event arrives last, and twice
        sqs.change_message_visibility(
            QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0
        )
        sqs.send_message(QueueUrl=queue_url, MessageBody=message["Body"])
    sqs_consumer(max_messages=20)
    sqs_consumer(max_messages=20)
    wait_until(lambda: finished(ledger, "case-order", 1), 240, "the current bytes processed")
    [entry] = ledger.entries("case-order")
    assert (entry.state, entry.attempts) == (LedgerState.DONE, 1)
    assert documents_of("case-order") == [entry.sha256]
    assert messages_left(sqs, queue_url) == 0


def test_a_locked_database_fails_a_poll_cleanly_and_the_next_poll_records_the_upload(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-locked", corpus_dir / "files" / "010.pdf")
    holder = sqlite3.connect(deployed.home / "markerflow.db", timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StepFailed):
            run_intake()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert ledger.entries("case-locked") == []
    run_intake()
    wait_until(lambda: finished(ledger, "case-locked", 1), 240, "document processed")
    entry = the_entry(ledger, "case-locked")
    assert (entry.state, entry.attempts) == (LedgerState.DONE, 1)
    assert documents_of("case-locked") == [entry.sha256]


def commit_then_die(ledger: Ledger, entry_id: int) -> None:
    """What a first attempt did before its machine died: claim, read, analyse, store."""
    ledger.mark_submitted(entry_id, 1, str(uuid.uuid4()))
    entry = ledger.claim(entry_id)
    assert entry is not None
    data = ledger.content(entry_id)
    document, images = steps.read(data, entry, Limits.from_env())
    results = steps.analyse(document, entry)
    store = ReviewStore(databases.review_engine())
    assert steps.store_document(store, entry.case_id, results, steps.render(images))


def test_a_run_that_died_after_storing_is_finished_by_the_next_attempt_without_a_second_copy(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    drop(deployed, "case-after-commit", corpus_dir / "files" / "002.pdf")
    discover(configured_source(FlowSettings()), ledger)
    entry = the_entry(ledger, "case-after-commit")
    commit_then_die(ledger, entry.id)
    wait_until(lambda: entry.id in {e.id for e in ledger.due()}, 120, "lease ran out")
    run_intake()
    wait_until(lambda: finished(ledger, "case-after-commit", 1), 240, "document finished")
    done = the_entry(ledger, "case-after-commit")
    assert (done.state, done.attempts) == (LedgerState.DONE, 2)
    assert documents_of("case-after-commit") == [entry.sha256]
    again = run_deployment(
        "process-documents/process-documents",
        parameters={"entry_ids": [entry.id]},
        timeout=240,
        poll_interval=1,
    )
    assert again.state is not None and again.state.is_completed()
    after = the_entry(ledger, "case-after-commit")
    assert (after.state, after.attempts, after.finished_at) == (
        LedgerState.DONE,
        2,
        done.finished_at,
    )
    assert documents_of("case-after-commit") == [entry.sha256]


def test_a_run_given_up_on_that_starts_late_leaves_the_document_to_its_successor(
    deployed: Deployed, ledger: Ledger, corpus_dir: Path
) -> None:
    """A run its worker reported crashed can start after all; by then intake has started the
    entry again under another run, and only that one may process it."""
    drop(deployed, "case-late-start", corpus_dir / "files" / "002.pdf")
    discover(configured_source(FlowSettings()), ledger)
    entry = the_entry(ledger, "case-late-start")
    ledger.mark_submitted(entry.id, 2, str(uuid.uuid4()))  # started again: the successor
    late = run_deployment(  # the first attempt's run, starting only now
        "process-documents/process-documents",
        parameters={"entry_ids": [entry.id]},
        timeout=0,
    )
    wait_until(lambda: final_state(str(late.id)) is not None, 240, "late run ended")
    assert final_state(str(late.id)) == "COMPLETED"
    after = the_entry(ledger, "case-late-start")
    assert (after.state, after.attempts) == (LedgerState.PENDING, 2)
    assert documents_of("case-late-start") == []


def final_state(flow_run_id: str) -> str | None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        state = client.read_flow_run(uuid.UUID(flow_run_id)).state
    return state.type.value if state is not None and state.is_final() else None


def test_the_canary_search_finds_a_canary_where_there_is_one(
    tmp_path: Path, corpus_dir: Path
) -> None:
    text = extractors.read_document((corpus_dir / "files" / "024.pdf").read_bytes()).pages[0].text
    assert "CANARY" in text, "the processed reports carry the canary patient"
    (tmp_path / "home" / "logs").mkdir(parents=True)
    (tmp_path / "prefect").mkdir()
    (tmp_path / "home" / "logs" / "worker.log").write_text("Patient: Jordan CANARY024 Doe")
    assert files_holding(b"CANARY", tmp_path / "home", tmp_path / "prefect") != []


def test_after_every_fault_no_canary_is_in_any_sink_but_the_review_database_and_inbox(
    deployed: Deployed, ledger: Ledger, prefect_api: str
) -> None:
    processed = [e for e in ledger.entries() if e.state == LedgerState.DONE]
    assert len(processed) >= 4, "the tests above should have processed corpus reports"
    home, prefect_home = deployed.home, Path(deployed.env["PREFECT_HOME"])
    assert files_holding(b"CANARY", home, prefect_home) == []
    assert prefect_records_holding("CANARY", prefect_api) == []
