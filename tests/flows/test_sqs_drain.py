"""The SQS drain: S3 notifications through moto, one run per document, deletes after the run."""

import json
import uuid
from collections.abc import Sequence

import pytest

from flows.sources.s3 import S3Source
from flows.sqs_drain import QueueDrain
from flows.submission import Attempt
from review.ledger import Ledger
from tests.flows.conftest import messages_left


class RecordingStarter:
    """Stands in for Prefect: remembers each idempotency key and returns one run id per key."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def __call__(self, batch: Sequence[Attempt], idempotency_key: str) -> str:
        self.keys.append(idempotency_key)
        return str(uuid.uuid5(uuid.NAMESPACE_URL, idempotency_key))


def drain_for(sqs, bucket: str, queue_url: str, ledger: Ledger, moto_endpoint: str, starter):
    source = S3Source(f"s3://{bucket}/in", endpoint_url=moto_endpoint)
    return QueueDrain(sqs, queue_url, source, ledger, starter, max_attempts=3)


def test_each_uploaded_document_gets_one_run_and_its_message_is_deleted(
    s3, sqs, notified_bucket, ledger: Ledger, moto_endpoint: str
) -> None:
    bucket, queue_url = notified_bucket
    s3.put_object(Bucket=bucket, Key="in/case-1/report+v2 final.pdf", Body=b"%PDF one")
    s3.put_object(Bucket=bucket, Key="in/case-2/report.pdf", Body=b"%PDF two")
    starter = RecordingStarter()
    counts = drain_for(sqs, bucket, queue_url, ledger, moto_endpoint, starter).drain()
    assert counts.new == 2 and counts.started == 2
    assert sorted(e.case_id for e in ledger.entries()) == ["case-1", "case-2"]
    assert all(e.flow_run_id for e in ledger.entries())
    assert messages_left(sqs, queue_url) == 0


def test_a_duplicate_event_and_a_reupload_of_the_same_bytes_start_no_second_run(
    s3, sqs, notified_bucket, ledger: Ledger, moto_endpoint: str
) -> None:
    bucket, queue_url = notified_bucket
    s3.put_object(Bucket=bucket, Key="in/case-1/report.pdf", Body=b"%PDF same")
    record = {
        "eventName": "ObjectCreated:CompleteMultipartUpload",
        "s3": {"bucket": {"name": bucket}, "object": {"key": "in/case-1/report.pdf"}},
    }
    sqs.send_message(QueueUrl=queue_url, MessageBody=json.dumps({"Records": [record]}))
    s3.put_object(Bucket=bucket, Key="in/case-1/copy.pdf", Body=b"%PDF same")
    starter = RecordingStarter()
    counts = drain_for(sqs, bucket, queue_url, ledger, moto_endpoint, starter).drain()
    assert counts.objects == 3 and counts.new == 1
    assert len(starter.keys) == 1 and len(ledger.entries()) == 1
    assert messages_left(sqs, queue_url) == 0


def test_the_same_name_with_other_bytes_is_a_second_version_of_the_case(
    s3, sqs, notified_bucket, ledger: Ledger, moto_endpoint: str
) -> None:
    bucket, queue_url = notified_bucket
    s3.put_object(Bucket=bucket, Key="in/case-1/report.pdf", Body=b"%PDF first")
    drain = drain_for(sqs, bucket, queue_url, ledger, moto_endpoint, RecordingStarter())
    drain.drain()
    s3.put_object(Bucket=bucket, Key="in/case-1/report.pdf", Body=b"%PDF amended")
    drain.drain()
    assert [e.case_id for e in ledger.entries()] == ["case-1", "case-1"]


def test_a_message_stays_in_the_queue_when_its_run_cannot_be_started(
    s3, sqs, notified_bucket, ledger: Ledger, moto_endpoint: str
) -> None:
    bucket, queue_url = notified_bucket
    s3.put_object(Bucket=bucket, Key="in/case-1/report.pdf", Body=b"%PDF one")

    def prefect_down(batch: Sequence[Attempt], idempotency_key: str) -> str:
        raise ConnectionError("Prefect API unreachable")

    drain = drain_for(sqs, bucket, queue_url, ledger, moto_endpoint, prefect_down)
    with pytest.raises(ConnectionError):
        drain.drain()
    assert messages_left(sqs, queue_url) >= 1
    [entry] = ledger.entries()
    assert entry.state == "pending" and entry.attempts == 0
