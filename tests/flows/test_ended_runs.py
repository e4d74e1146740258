"""A run that ended is noticed: its unclaimed entry goes again at once, a lost run is shown so."""

import hashlib
import logging
import time
from collections.abc import Collection, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from uuid import UUID

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.states import Completed, Crashed, Running, Scheduled, State

from flows import databases, deployment_runs, intake
from flows.settings import FlowSettings
from flows.submission import Attempt, submit_due
from review.ledger import Ledger, LedgerReason, LedgerState, NewObject, utcnow

LONG = timedelta(minutes=15)


def recorded(ledger: Ledger, data: bytes) -> int:
    sha256 = hashlib.sha256(data).hexdigest()
    obj = NewObject("case-1", sha256, "inbox", "case-1/Jane Doe report.pdf", data, None)
    return ledger.record(obj).entry_id


class Starter:
    def __init__(self, run_ids: Iterator[str] | None = None) -> None:
        self.started: list[tuple[int, int]] = []
        self.run_ids = run_ids

    def __call__(self, batch: Sequence[Attempt], idempotency_key: str) -> str:
        self.started += [(a.entry.id, a.number) for a in batch]
        first = batch[0]
        return next(self.run_ids) if self.run_ids else f"run-{first.entry.id}-{first.number}"


class Ended:
    """A fake Prefect: the runs it calls final, and every question it was asked."""

    def __init__(self, final: set[str] | None = None, all_final: bool = False) -> None:
        self.final = final or set()
        self.all_final = all_final
        self.asked: list[list[str]] = []

    def __call__(self, flow_run_ids: Collection[str]) -> set[str]:
        self.asked.append(sorted(flow_run_ids))
        return set(flow_run_ids) if self.all_final else self.final & set(flow_run_ids)


class Marker:
    def __init__(self, error: Exception | None = None) -> None:
        self.marked: list[tuple[str, str]] = []
        self.error = error

    def __call__(self, flow_run_id: str, message: str) -> bool:
        if self.error is not None:
            raise self.error
        self.marked.append((flow_run_id, message))
        return True


def not_waiting(_run: str) -> bool:
    return False


# --- An entry whose run ended before claiming it (fake Prefect) ---------------------------------


def test_an_entry_whose_run_ended_unclaimed_is_started_again_at_once(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    submit_due(ledger, starter, 3, not_waiting, ended=Ended())
    submit_due(ledger, starter, 3, not_waiting, ended=Ended({f"run-{entry_id}-1"}))
    assert starter.started == [(entry_id, 1), (entry_id, 2)]
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING and entry.attempts == 2
    assert entry.flow_run_id == f"run-{entry_id}-2"
    assert ledger.due() == [], "the new attempt has its whole lease"


def test_an_entry_whose_run_has_not_ended_waits_for_its_lease(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    ended = Ended()
    for _ in range(3):
        submit_due(ledger, starter, 3, not_waiting, ended=ended)
    assert starter.started == [(entry_id, 1)]
    assert ended.asked == [[f"run-{entry_id}-1"], [f"run-{entry_id}-1"]]


def test_one_question_to_prefect_for_every_run_awaiting_its_claim(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    ids = [recorded(ledger, bytes([n])) for n in range(4)]
    starter = Starter()
    submit_due(ledger, starter, 3, not_waiting)
    ledger.claim(ids[3])  # claimed: its run is alive or its lease brings it back
    ended = Ended({f"run-{ids[1]}-1", f"run-{ids[3]}-1"})
    submit_due(ledger, starter, 3, not_waiting, ended=ended)
    assert ended.asked == [sorted(f"run-{i}-1" for i in ids[:3])]
    assert starter.started[4:] == [(ids[1], 2)]


def test_a_run_that_always_ends_unclaimed_exhausts_the_attempts(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    for _ in range(5):
        submit_due(ledger, starter, 3, not_waiting, ended=Ended(all_final=True))
    assert starter.started == [(entry_id, 1), (entry_id, 2), (entry_id, 3)]
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.REJECTED
    assert entry.reason == LedgerReason.ATTEMPTS_EXHAUSTED


def test_prefect_not_answering_leaves_entries_to_their_lease(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    submit_due(ledger, starter, 3, not_waiting)

    def down(_ids: Collection[str]) -> set[str]:
        raise ConnectionError("case-1/Jane Doe report.pdf")

    with caplog.at_level(logging.WARNING):
        assert submit_due(ledger, starter, 3, not_waiting, ended=down) == []
    assert starter.started == [(entry_id, 1)]
    assert "ConnectionError" in caplog.text and "Jane" not in caplog.text


def test_only_an_entry_still_pending_with_that_run_is_made_due(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=LONG)
    claimed, restarted, waiting = (recorded(ledger, bytes([n])) for n in range(3))
    ledger.mark_submitted(claimed, 1, "run-a")
    ledger.claim(claimed)  # the run claimed it just after Prefect was asked
    ledger.mark_submitted(restarted, 1, "run-b")
    ledger.mark_submitted(restarted, 2, "run-c")  # started again under another run meanwhile
    ledger.mark_submitted(waiting, 1, "run-d")
    assert ledger.awaiting_claim() == ["run-c", "run-d"]
    assert ledger.release_unclaimed({"run-a", "run-b", "run-d"}) == 1
    assert [e.id for e in ledger.due()] == [waiting]


# --- The previous run of a restarted entry (fake Prefect) ---------------------------------------


def test_the_previous_run_of_a_restarted_entry_is_marked_lost(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    starter = Starter()
    marker = Marker()
    submit_due(ledger, starter, 3, not_waiting, mark_lost=marker)
    assert marker.marked == [], "a first attempt has no previous run"
    ledger.claim(entry_id)  # then its process was killed: the lease runs out
    submit_due(ledger, starter, 3, not_waiting, mark_lost=marker)
    assert starter.started == [(entry_id, 1), (entry_id, 2)]
    assert marker.marked == [
        (f"run-{entry_id}-1", f"lost: entry {entry_id} was started again as attempt 2")
    ]


def test_the_last_run_of_an_exhausted_entry_is_marked_lost(home: Path) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    marker = Marker()
    for _ in range(4):
        submit_due(ledger, Starter(), 1, not_waiting, mark_lost=marker)
    assert marker.marked == [
        (f"run-{entry_id}-1", f"lost: entry {entry_id} was rejected (attempts_exhausted)")
    ]


def test_the_same_run_found_again_by_its_key_is_not_marked(home: Path) -> None:
    # mark_submitted failed after the run was created: the next poll gets that run again.
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    entry_id = recorded(ledger, b"one")
    ledger.mark_submitted(entry_id, 0, "run-same")
    marker = Marker()
    submit_due(ledger, Starter(iter(["run-same"])), 3, not_waiting, mark_lost=marker)
    assert marker.marked == []


def test_a_failure_to_mark_the_previous_run_does_not_stop_the_new_attempt(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0))
    first, second = recorded(ledger, b"one"), recorded(ledger, b"two")
    starter = Starter()
    submit_due(ledger, starter, 3, not_waiting)
    marker = Marker(RuntimeError("case-1/Jane Doe report.pdf"))
    with caplog.at_level(logging.WARNING):
        started = submit_due(ledger, starter, 3, not_waiting, mark_lost=marker)
    assert [(s.entry_id, s.attempt) for s in started] == [(first, 2), (second, 2)]
    entry = ledger.get(first)
    assert entry is not None and entry.attempts == 2 and entry.flow_run_id == f"run-{first}-2"
    assert "RuntimeError" in caplog.text and "Jane" not in caplog.text


# --- The same, against a real Prefect server, through intake's start-runs step -----------------


@flow(name="ended-runs-test", persist_result=False)
def placeholder() -> None:
    """Only its runs are used: created and moved by hand, never run."""


def prefect_run(state: State) -> str:
    with get_client(sync_client=True) as client:
        run = client.create_flow_run(placeholder, state=Scheduled())
        if state.type != StateType.SCHEDULED:
            client.set_flow_run_state(run.id, state, force=True)
    return str(run.id)


def read_run(run_id: str) -> FlowRun:
    with get_client(sync_client=True) as client:
        return client.read_flow_run(UUID(run_id))


def state_of(run_id: str) -> StateType | None:
    state = read_run(run_id).state
    return None if state is None else state.type


@pytest.fixture
def intake_starts(
    prefect_api: str, home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Starter]:
    """Intake's start-runs step with the real Prefect calls; only the deployment is faked."""
    starter = Starter()
    monkeypatch.setattr(intake, "DeploymentStarter", lambda _deployment: starter)
    yield starter


def start_runs() -> None:
    intake.start_runs.fn(FlowSettings())


@pytest.mark.slow
def test_intake_starts_an_entry_again_at_once_when_its_run_crashed_unclaimed(
    intake_starts: Starter,
) -> None:
    ledger = Ledger(databases.review_engine(), lease=FlowSettings().lease)
    crashed, running, scheduled = (recorded(ledger, bytes([n])) for n in range(3))
    crashed_run = prefect_run(Crashed(message="worker could not submit"))
    ledger.mark_submitted(crashed, 1, crashed_run)
    ledger.mark_submitted(running, 1, prefect_run(Running()))
    ledger.mark_submitted(scheduled, 1, prefect_run(Scheduled()))
    start_runs()
    assert intake_starts.started == [(crashed, 2)]
    entry = ledger.get(crashed)
    assert entry is not None and entry.attempts == 2 and entry.flow_run_id == f"run-{crashed}-2"
    assert ledger.due(utcnow() + timedelta(minutes=10)) == [], "each keeps its whole lease"
    assert state_of(crashed_run) == StateType.CRASHED
    state = read_run(crashed_run).state
    assert state is not None and state.message == "worker could not submit", "left as it was"


@pytest.mark.slow
def test_intake_marks_a_killed_run_crashed_when_it_starts_its_entry_again(
    intake_starts: Starter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARKERFLOW_LEASE_SECONDS", "0.5")
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=0.5))
    killed, finished = recorded(ledger, b"one"), recorded(ledger, b"two")
    killed_run, finished_run = prefect_run(Running()), prefect_run(Running())
    for entry_id, run_id in ((killed, killed_run), (finished, finished_run)):
        ledger.mark_submitted(entry_id, 1, run_id)
        ledger.claim(entry_id)
    # The second run's process ended it after all (its ledger write was lost).
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(finished_run), Completed(), force=True)
    time.sleep(0.6)  # no heartbeat: both leases run out
    start_runs()
    assert intake_starts.started == [(killed, 2), (finished, 2)]
    state = read_run(killed_run).state
    assert state is not None and state.type == StateType.CRASHED
    assert state.message == f"lost: entry {killed} was started again as attempt 2"
    assert state_of(finished_run) == StateType.COMPLETED, "a final run is never touched"


@pytest.mark.slow
def test_a_run_in_a_final_state_is_never_marked_lost(prefect_api: str) -> None:
    for final in (Completed(), Crashed(message="already")):
        run_id = prefect_run(final)
        assert not deployment_runs.mark_run_lost(run_id, "lost: entry 1 was started again")
        assert state_of(run_id) == final.type
    run_id = prefect_run(Scheduled())
    assert deployment_runs.mark_run_lost(run_id, "lost: entry 1 was started again")
    assert state_of(run_id) == StateType.CRASHED


@pytest.mark.slow
def test_ended_runs_asks_in_chunks_and_names_only_final_runs(
    prefect_api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deployment_runs, "RUNS_PER_QUERY", 2)
    final = {prefect_run(Crashed()), prefect_run(Completed()), prefect_run(Crashed())}
    alive = {prefect_run(Running()), prefect_run(Scheduled())}
    unknown = "00000000-0000-4000-8000-000000000000"
    assert deployment_runs.ended_runs([*final, *alive, unknown, "not-a-run"]) == final
    assert deployment_runs.ended_runs([]) == set()
