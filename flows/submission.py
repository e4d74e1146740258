"""Starting one process-document run per due ledger entry, keyed so it is never started twice."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from review.ledger import Ledger, LedgerEntry, LedgerReason, LedgerState


class RunStarter(Protocol):
    """Creates (or finds, by its idempotency key) the run that processes one entry."""

    def __call__(self, entry: LedgerEntry, attempt: int, idempotency_key: str) -> str:
        """The id of the flow run for this attempt."""
        ...


@dataclass(frozen=True)
class Submitted:
    """A run that exists for an entry: ids only."""

    entry_id: int
    case_id: str
    short_hash: str
    attempt: int
    flow_run_id: str


def idempotency_key(entry: LedgerEntry, attempt: int) -> str:
    """Case id, sha256 and attempt: the same attempt of the same document is one run."""
    return f"{entry.case_id}:{entry.sha256}:{attempt}"


def run_name(entry: LedgerEntry) -> str:
    """A run name ops can search for: case id and short hash, no PHI."""
    return f"{entry.case_id}-{entry.short_hash}"


def submit(
    entry: LedgerEntry, ledger: Ledger, start_run: RunStarter, max_attempts: int
) -> Submitted | None:
    """Start the entry's next attempt, or reject it when it has had `max_attempts` runs."""
    attempt = entry.attempts + 1
    if attempt > max_attempts:
        ledger.mark_rejected(entry.id, LedgerReason.ATTEMPTS_EXHAUSTED)
        return None
    flow_run_id = start_run(entry, attempt, idempotency_key(entry, attempt))
    ledger.mark_submitted(entry.id, attempt, flow_run_id)
    return Submitted(entry.id, entry.case_id, entry.short_hash, attempt, flow_run_id)


def still_waiting(entry: LedgerEntry, waiting: Callable[[str], bool] | None) -> bool:
    """Whether the entry's lease ran out only because its run has not been started yet.

    An entry that was never claimed (still pending) and whose run Prefect still holds as
    scheduled is queued behind other runs, not lost: another attempt would only use up its
    attempts. A claimed entry is never held: its run renews the lease while it lives.
    """
    return (
        waiting is not None
        and entry.state == LedgerState.PENDING
        and entry.flow_run_id is not None
        and waiting(entry.flow_run_id)
    )


def submit_due(
    ledger: Ledger,
    start_run: RunStarter,
    max_attempts: int,
    waiting: Callable[[str], bool] | None = None,
) -> list[Submitted]:
    """Start a run for every entry that is due: new, released, or whose lease ran out.

    `waiting(flow_run_id)` tells whether a run is still scheduled; such an entry keeps its run
    and gets a new lease.
    """
    started = []
    for entry in ledger.due():
        if still_waiting(entry, waiting):
            ledger.hold(entry.id, LedgerState.PENDING)
            continue
        submitted = submit(entry, ledger, start_run, max_attempts)
        if submitted is not None:
            started.append(submitted)
    return started
