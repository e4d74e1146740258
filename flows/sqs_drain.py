"""Draining S3 event notifications from SQS: record each object, start its run, then delete."""

import logging
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from flows.discovery import record_object
from flows.sources.s3 import NotInSource, S3Source
from flows.sources.s3_events import UnreadableMessage, created_objects
from flows.submission import RunStarter, submit
from review.ledger import Ledger, LedgerState

log = logging.getLogger(__name__)
GONE = ("NoSuchKey", "404", "NotFound")


@dataclass
class DrainCounts:
    """What one drain did, in counts."""

    messages: int = 0
    deleted: int = 0
    objects: int = 0
    new: int = 0
    started: int = 0
    ignored: int = 0
    kept: int = 0


class QueueDrain:
    """Receives at most `max_messages` messages; deletes one only once its runs exist."""

    def __init__(
        self,
        sqs: Any,
        queue_url: str,
        source: S3Source,
        ledger: Ledger,
        start_run: RunStarter,
        max_attempts: int,
    ) -> None:
        self.sqs = sqs
        self.queue_url = queue_url
        self.source = source
        self.ledger = ledger
        self.start_run = start_run
        self.max_attempts = max_attempts

    def drain(self, max_messages: int = 100, wait_seconds: int = 1) -> DrainCounts:
        """Handle messages until the queue is empty or `max_messages` were received."""
        counts = DrainCounts()
        while counts.messages < max_messages:
            batch = self.sqs.receive_message(
                QueueUrl=self.queue_url,
                MaxNumberOfMessages=min(10, max_messages - counts.messages),
                WaitTimeSeconds=wait_seconds,
            ).get("Messages", [])
            if not batch:
                break
            for message in batch:
                counts.messages += 1
                self._handle(message, counts)
        return counts

    def _handle(self, message: dict[str, Any], counts: DrainCounts) -> None:
        try:
            objects = created_objects(message["Body"])
            for created in objects:
                self._handle_object(created.bucket, created.key, counts)
        except UnreadableMessage:
            log.warning("deleting a message that is not an S3 event notification")
        except Exception:
            counts.kept += 1  # stays in the queue; redelivered after its visibility timeout
            raise
        self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])
        counts.deleted += 1

    def _handle_object(self, bucket: str, key: str, counts: DrainCounts) -> None:
        counts.objects += 1
        try:
            if bucket != self.source.bucket:
                raise NotInSource("other bucket")
            obj = self.source.object_for(key)
            entry_id, created = record_object(self.source, obj, self.ledger)
        except NotInSource:
            counts.ignored += 1
            return
        except ClientError as err:
            if err.response.get("Error", {}).get("Code") not in GONE:
                raise
            counts.ignored += 1  # deleted since the event: nothing left to process
            return
        counts.new += int(created)
        self._ensure_run(entry_id, counts)

    def _ensure_run(self, entry_id: int, counts: DrainCounts) -> None:
        entry = self.ledger.get(entry_id)
        if entry is None or entry.state not in (LedgerState.PENDING, LedgerState.PROCESSING):
            return
        if entry.flow_run_id is not None and entry.attempts > 0:
            return  # a run exists; the lease brings it back if that run dies
        if submit(entry, self.ledger, self.start_run, self.max_attempts) is not None:
            counts.started += 1
