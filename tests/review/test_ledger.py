"""The ledger decides what is done: one entry per bytes per case, states, attempts and leases."""

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event

from review.ledger import Ledger, LedgerState, NewObject, utcnow


@pytest.fixture
def ledger(engine: Engine) -> Ledger:
    """A ledger on each dialect of tests/review/conftest.py's migrated database."""
    return Ledger(engine, lease=timedelta(minutes=5))


def new_object(case_id: str, data: bytes, key: str = "report.pdf", sighting: str | None = None):
    return NewObject(
        case_id=case_id,
        sha256=hashlib.sha256(data).hexdigest(),
        source="inbox",
        object_key=f"{case_id}/{key}",
        data=data,
        sighting_id=sighting,
    )


def test_a_new_object_is_pending_and_due_at_once(ledger: Ledger) -> None:
    recorded = ledger.record(new_object("case-1", b"%PDF-1 one"))
    assert recorded.created
    entry = ledger.get(recorded.entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING and entry.attempts == 0
    assert [e.id for e in ledger.due()] == [recorded.entry_id]
    assert ledger.content(recorded.entry_id) == b"%PDF-1 one"


def test_the_same_bytes_in_the_same_case_are_recorded_once(ledger: Ledger) -> None:
    first = ledger.record(new_object("case-1", b"bytes", key="a.pdf"))
    again = ledger.record(new_object("case-1", b"bytes", key="copy of a.pdf"))
    assert not again.created and again.entry_id == first.entry_id
    assert len(ledger.entries("case-1")) == 1


def test_the_same_name_with_other_bytes_is_a_new_version_in_the_same_case(ledger: Ledger) -> None:
    ledger.record(new_object("case-1", b"version one"))
    ledger.record(new_object("case-1", b"version two"))
    assert [e.case_id for e in ledger.entries("case-1")] == ["case-1", "case-1"]


def test_the_same_bytes_in_two_cases_are_two_entries(ledger: Ledger) -> None:
    ledger.record(new_object("case-1", b"bytes"))
    ledger.record(new_object("case-2", b"bytes"))
    assert len(ledger.entries()) == 2


def test_a_sighting_is_remembered(ledger: Ledger) -> None:
    assert not ledger.has_sighting("s1")
    ledger.record(new_object("case-1", b"bytes", sighting="s1"))
    assert ledger.has_sighting("s1")


def test_a_ledger_asks_the_database_about_a_found_sighting_once(
    ledger: Ledger, engine: Engine
) -> None:
    """The inbox watcher asks about every file of the inbox each second; found ones stay found."""
    ledger.record(new_object("case-1", b"bytes", sighting="s1"))
    asked: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "ledger_sightings" in statement:
            asked.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        answers = [ledger.has_sighting(s) for s in ("s1", "s1", "s1", "s2", "s2")]
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert answers == [True, True, True, False, False]
    assert len(asked) == 3  # s1 once, s2 (not seen) each time


def test_a_submitted_entry_is_not_due_again_until_its_lease_runs_out(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    assert ledger.due() == []
    later = ledger.due(utcnow() + timedelta(minutes=6))
    assert [e.id for e in later] == [entry_id] and later[0].attempts == 1


def test_a_claimed_entry_whose_worker_died_is_due_after_its_lease(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    claimed = ledger.claim(entry_id)
    assert claimed is not None and claimed.state == LedgerState.PROCESSING
    assert ledger.due() == []
    assert [e.id for e in ledger.due(utcnow() + timedelta(minutes=6))] == [entry_id]


def test_only_the_entrys_current_run_may_claim_it(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    ledger.mark_submitted(entry_id, attempt=2, flow_run_id="run-2")  # run-1 was given up on
    assert ledger.claim(entry_id, "run-1") is None
    entry = ledger.get(entry_id)
    assert entry is not None and (entry.state, entry.attempts) == (LedgerState.PENDING, 2)
    claimed = ledger.claim(entry_id, "run-2")
    assert claimed is not None and claimed.state == LedgerState.PROCESSING


def test_an_entry_never_started_through_intake_may_be_claimed_by_any_run(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    claimed = ledger.claim(entry_id, "run-by-hand")
    assert claimed is not None and claimed.state == LedgerState.PROCESSING


def test_a_released_entry_is_due_at_once(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    ledger.claim(entry_id)
    ledger.release(entry_id)
    assert [e.id for e in ledger.due()] == [entry_id]


def test_a_done_entry_cannot_be_claimed_again_nor_rejected(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.claim(entry_id)
    ledger.mark_done(entry_id)
    assert ledger.claim(entry_id) is None
    ledger.mark_rejected(entry_id, "corrupt")
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.DONE and entry.finished_at
    assert ledger.due(utcnow() + timedelta(days=1)) == []


def test_a_rejected_entry_keeps_its_reason_until_retried(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_rejected(entry_id, "encrypted")
    assert [(e.id, e.reason) for e in ledger.rejected()] == [(entry_id, "encrypted")]
    assert ledger.retry(entry_id)
    assert not ledger.retry(entry_id)
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING and entry.reason is None
    assert [e.id for e in ledger.due()] == [entry_id]


def test_a_failed_entry_waits_with_its_step_until_retried_as_failed(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    ledger.claim(entry_id, "run-1")
    ledger.mark_failed(entry_id, "read")
    entry = ledger.get(entry_id)
    assert entry is not None and (entry.state, entry.reason) == (LedgerState.FAILED, "read")
    assert entry.finished_at is not None
    # Not rejected, not due, not claimable: it waits for ops (after an upgrade).
    assert ledger.rejected() == [] and [e.id for e in ledger.failed()] == [entry_id]
    assert ledger.due(utcnow() + timedelta(days=1)) == []
    assert ledger.claim(entry_id, "run-1") is None
    assert not ledger.retry(entry_id)  # `rejected retry` leaves it alone
    assert ledger.retry(entry_id, LedgerState.FAILED)
    assert not ledger.retry(entry_id, LedgerState.FAILED)
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING and entry.reason is None
    assert entry.finished_at is None and [e.id for e in ledger.due()] == [entry_id]


def test_only_rejected_or_failed_entries_are_retried(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    with pytest.raises(ValueError):
        ledger.retry(entry_id, LedgerState.DONE)


def test_holding_a_lease_keeps_an_entry_in_its_state_from_coming_due(ledger: Ledger) -> None:
    entry_id = ledger.record(new_object("case-1", b"bytes")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")
    assert ledger.hold(entry_id, LedgerState.PENDING)
    assert not ledger.hold(entry_id, LedgerState.PROCESSING)
    ledger.claim(entry_id)
    assert ledger.hold(entry_id, LedgerState.PROCESSING)
    assert not ledger.hold(entry_id, LedgerState.PENDING)
    ledger.mark_done(entry_id)
    assert not ledger.hold(entry_id, LedgerState.PROCESSING)
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.DONE and entry.due_at is None
