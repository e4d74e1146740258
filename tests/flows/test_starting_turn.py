"""One process at a time starts runs, so that a burst of uploads is batched once, not twice."""

import hashlib
import threading
from collections.abc import Sequence

import pytest

from flows import databases
from flows.submission import Attempt, submit_due
from review.ledger import Ledger, NewObject


def record(ledger: Ledger, count: int) -> list[int]:
    ids = []
    for index in range(count):
        data = f"report {index}".encode()
        sha256 = hashlib.sha256(data).hexdigest()
        obj = NewObject(f"case-{index}", sha256, "inbox", f"case-{index}/r.pdf", data, None)
        ids.append(ledger.record(obj).entry_id)
    return ids


class Starter:
    """Creates a run per idempotency key, as Prefect does, and remembers each run's entries."""

    def __init__(self) -> None:
        self.runs: dict[str, list[int]] = {}
        self.keys: dict[str, str] = {}

    def __call__(self, batch: Sequence[Attempt], idempotency_key: str) -> str:
        run = self.keys.setdefault(idempotency_key, f"run-{len(self.keys) + 1}")
        self.runs.setdefault(run, [a.entry.id for a in batch])
        return run


class InterruptedLedger(Ledger):
    """A ledger that lets a second poll in after the first poll's fifth mark."""

    def __init__(self, ledger: Ledger, second_poll: threading.Thread) -> None:
        super().__init__(databases.review_engine(), lease=ledger.lease)
        self.marks = 0
        self.second_poll = second_poll

    def mark_submitted(self, entry_id: int, attempt: int, flow_run_id: str) -> None:
        super().mark_submitted(entry_id, attempt, flow_run_id)
        self.marks += 1
        if self.marks == 5:
            self.second_poll.start()
            self.second_poll.join(timeout=0.5)


def test_a_second_poll_during_a_first_one_starts_no_run_of_its_own(ledger: Ledger) -> None:
    record(ledger, 40)
    starter = Starter()
    second: list[object] = []
    other_process = threading.Thread(
        target=lambda: second.append(submit_due(ledger, starter, 3, batch_size=20, patience=0.1))
    )
    first = submit_due(InterruptedLedger(ledger, other_process), starter, 3, batch_size=20)
    other_process.join(timeout=30)

    assert second == [[]], "the second poll started runs while the first was starting them"
    assert len(first) == 40
    assert len(starter.runs) == 2
    for run, entry_ids in starter.runs.items():
        owners = {ledger.get(entry_id).flow_run_id for entry_id in entry_ids}  # type: ignore[union-attr]
        assert owners == {run}, "a run was started for entries that another run holds"


def test_the_turn_waits_for_its_holder_and_is_free_once_the_poll_ends(ledger: Ledger) -> None:
    record(ledger, 3)
    holder = ledger.turn("start-runs")
    assert holder.wait(patience=0)
    assert submit_due(ledger, Starter(), 3, patience=0.2) == []
    holder.end()

    assert len(submit_due(ledger, Starter(), 3, patience=0)) == 3
    assert ledger.turn("start-runs").wait(patience=0), "the poll kept the turn after it ended"


def test_a_poll_that_fails_gives_the_turn_up(ledger: Ledger) -> None:
    record(ledger, 1)

    def failing(batch: Sequence[Attempt], idempotency_key: str) -> str:
        raise ConnectionError("Prefect is down")

    with pytest.raises(ConnectionError):
        submit_due(ledger, failing, 3, patience=0)
    assert ledger.turn("start-runs").wait(patience=0)


def test_a_holder_that_died_keeps_the_turn_only_until_its_time_runs_out(ledger: Ledger) -> None:
    dead = ledger.turn("start-runs", seconds=0.3)
    assert dead.wait(patience=0)
    alive = ledger.turn("start-runs")
    assert not alive.wait(patience=0)
    assert alive.wait(patience=5)
    assert not dead.extend(), "the turn went back to a holder whose time had run out"
