"""Draining S3 event notifications from SQS: record the objects, start their runs, then delete."""

import logging
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from flows.discovery import record_object
from flows.sources.s3 import NotInSource, S3Source
from flows.sources.s3_events import UnreadableMessage, created_objects
from flows.submission import RunStarter, submit
from review.ledger import Ledger, LedgerEntry, LedgerState

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


@dataclass
class QueueDrain:
    """Receives at most `max_messages` messages; deletes one only once its runs exist."""

    sqs: Any
    queue_url: str
    source: S3Source
    ledger: Ledger
    start_run: RunStarter
    max_attempts: int
    batch_size: int = 20

    def drain(self, max_messages: int = 100, wait_seconds: int = 1) -> DrainCounts:
        """Handle messages until the queue is empty or `max_messages` were received."""
        counts = DrainCounts()
        while counts.messages < max_messages:
            received = self.sqs.receive_message(
                QueueUrl=self.queue_url,
                MaxNumberOfMessages=min(10, max_messages - counts.messages),
                WaitTimeSeconds=wait_seconds,
            ).get("Messages", [])
            if not received:
                break
            counts.messages += len(received)
            self._handle(received, counts)
        return counts

    def _handle(self, messages: list[dict[str, Any]], counts: DrainCounts) -> None:
        """Record the objects of each message, start runs for them, then delete the messages.

        A message that fails stays in the queue (redelivered after its visibility timeout), and
        so do those after it; the error is raised once the messages before it are handled.
        """
        handled: list[dict[str, Any]] = []
        needing_runs: dict[int, LedgerEntry] = {}
        error: Exception | None = None
        for message in messages:
            try:
                needing_runs.update((e.id, e) for e in self._entries_of(message, counts))
            except Exception as err:  # noqa: BLE001 - raised below, after the others are handled
                error = err
                break
            handled.append(message)
        counts.kept += len(messages) - len(handled)
        try:
            started = submit(
                list(needing_runs.values()),
                self.ledger,
                self.start_run,
                self.max_attempts,
                self.batch_size,
            )
        except Exception:
            counts.kept += len(handled)
            raise
        counts.started += len(started)
        for message in handled:
            self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])
            counts.deleted += 1
        if error is not None:
            raise error

    def _entries_of(self, message: dict[str, Any], counts: DrainCounts) -> list[LedgerEntry]:
        """Record the message's objects; the entries among them that have no run yet."""
        try:
            objects = created_objects(message["Body"])
        except UnreadableMessage:
            log.warning("deleting a message that is not an S3 event notification")
            return []
        entry_ids = [self._record(o.bucket, o.key, counts) for o in objects]
        return [e for i in entry_ids if i is not None and (e := self._needs_run(i))]

    def _record(self, bucket: str, key: str, counts: DrainCounts) -> int | None:
        counts.objects += 1
        try:
            if bucket != self.source.bucket:
                raise NotInSource("other bucket")
            obj = self.source.object_for(key)
            recorded = record_object(self.source, obj, self.ledger)
        except NotInSource:
            counts.ignored += 1
            return None
        except ClientError as err:
            if err.response.get("Error", {}).get("Code") not in GONE:
                raise
            counts.ignored += 1  # deleted since the event: nothing left to process
            return None
        counts.new += recorded.created
        return recorded.entry_id

    def _needs_run(self, entry_id: int) -> LedgerEntry | None:
        entry = self.ledger.get(entry_id)
        if entry is None or entry.state not in (LedgerState.PENDING, LedgerState.PROCESSING):
            return None
        if entry.flow_run_id is not None and entry.attempts > 0:
            return None  # a run exists; the lease brings it back if that run dies
        return entry
