"""A lease ends with its run: renewed while the run works, kept while Prefect has not started it."""

import hashlib
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from flows import databases
from flows.lease_heartbeat import lease_held
from flows.submission import Attempt, submit_due
from review.ledger import Ledger, LedgerReason, LedgerState, NewObject, utcnow


def recorded(ledger: Ledger, data: bytes) -> int:
    sha256 = hashlib.sha256(data).hexdigest()
    obj = NewObject("case-1", sha256, "inbox", "case-1/r.pdf", data, None)
    return ledger.record(obj).entry_id


class Starter:
    def __init__(self) -> None:
        self.started: list[tuple[int, int]] = []

    def __call__(self, batch: Sequence[Attempt], idempotency_key: str) -> str:
        self.started += [(a.entry.id, a.number) for a in batch]
        return f"run-{batch[0].entry.id}-{batch[0].number}"


def test_a_working_run_keeps_its_lease_beyond_its_length(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0.6))
    entry_id = recorded(ledger, b"one")
    ledger.mark_submitted(entry_id, 1, "run-1")
    ledger.claim(entry_id)
    with lease_held(ledger, [entry_id]) as heartbeat:
        heartbeat.claimed(entry_id)
        deadline = time.monotonic() + 30
        while heartbeat.beats < 5 and time.monotonic() < deadline:
            assert ledger.due() == [], "came due while its run was still working"
            time.sleep(0.05)
    assert heartbeat.beats >= 5
    time.sleep(0.7)
    assert [e.id for e in ledger.due()] == [entry_id]


def test_a_run_still_scheduled_keeps_its_entry_and_attempts(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    submit_due(ledger, starter, max_attempts=3, waiting=lambda _run: True)
    for _ in range(5):
        submit_due(ledger, starter, max_attempts=3, waiting=lambda _run: True)
    assert starter.started == [(entry_id, 1)]
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING and entry.attempts == 1


def test_a_run_that_was_taken_and_died_gets_a_new_attempt_then_exhausts(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    for _ in range(4):
        submit_due(ledger, starter, max_attempts=3, waiting=lambda _run: False)
    assert starter.started == [(entry_id, 1), (entry_id, 2), (entry_id, 3)]
    entry = ledger.get(entry_id)
    assert entry is not None and entry.reason == LedgerReason.ATTEMPTS_EXHAUSTED


def test_a_claimed_entry_is_never_held_for_a_scheduled_run(home: Path) -> None:
    # Claimed means a process took it; if its heartbeat stopped, that process is gone.
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    submit_due(ledger, starter, max_attempts=3)
    ledger.claim(entry_id)
    submit_due(ledger, starter, max_attempts=3, waiting=lambda _run: True)
    assert starter.started == [(entry_id, 1), (entry_id, 2)]
    assert ledger.due(utcnow() + timedelta(seconds=1))
