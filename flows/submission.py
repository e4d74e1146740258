"""Starting one process-document run per due ledger entry, keyed so it is never started twice."""

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Protocol

from review.ledger import Ledger, LedgerEntry, LedgerReason, LedgerState
from schemas.error_trace import phi_free_traceback

log = logging.getLogger(__name__)

EndedRuns = Callable[[Collection[str]], set[str]]
"""Which of these runs are in a final state (ended, whatever they did)."""

MarkLost = Callable[[str, str], bool]
"""Mark a run that is not in a final state Crashed with a message; whether it was marked."""


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
    entry: LedgerEntry,
    ledger: Ledger,
    start_run: RunStarter,
    max_attempts: int,
    mark_lost: MarkLost | None = None,
) -> Submitted | None:
    """Start the entry's next attempt, or reject it when it has had `max_attempts` runs.

    The run of the previous attempt, if Prefect still shows it unfinished, is marked lost:
    a process killed outright never reports its end, and would show as running for ever.
    """
    attempt = entry.attempts + 1
    if attempt > max_attempts:
        ledger.mark_rejected(entry.id, LedgerReason.ATTEMPTS_EXHAUSTED)
        _mark_previous_lost(
            entry,
            None,
            f"lost: entry {entry.id} was rejected ({LedgerReason.ATTEMPTS_EXHAUSTED.value})",
            mark_lost,
        )
        return None
    flow_run_id = start_run(entry, attempt, idempotency_key(entry, attempt))
    ledger.mark_submitted(entry.id, attempt, flow_run_id)
    _mark_previous_lost(
        entry,
        flow_run_id,
        f"lost: entry {entry.id} was started again as attempt {attempt}",
        mark_lost,
    )
    return Submitted(entry.id, entry.case_id, entry.short_hash, attempt, flow_run_id)


def _mark_previous_lost(
    entry: LedgerEntry, new_run_id: str | None, message: str, mark_lost: MarkLost | None
) -> None:
    """Mark the entry's previous run lost; a failure is logged (PHI-free) and changes nothing."""
    previous = entry.flow_run_id
    if mark_lost is None or previous is None or previous == new_run_id:
        return
    try:
        if mark_lost(previous, message):
            log.info("run %s of entry %d marked crashed: lost", previous, entry.id)
    except Exception as err:  # noqa: BLE001 - the new attempt stands; the old run stays as shown
        log.warning(
            "run %s of entry %d not marked lost\n%s", previous, entry.id, phi_free_traceback(err)
        )


def release_ended(ledger: Ledger, ended: EndedRuns | None) -> int:
    """Make due now the entries whose run ended without claiming them; how many there were.

    A run can end before it claims its entry (its worker marked it crashed when it could not
    start it): the entry would otherwise wait for its whole lease. Such a run never processed
    the document, and its attempt still counts. When Prefect cannot be asked, the entries wait
    for their lease as before.
    """
    if ended is None:
        return 0
    runs = ledger.awaiting_claim()
    if not runs:
        return 0
    try:
        finished = ended(runs)
    except Exception as err:  # noqa: BLE001 - their leases still bring these entries back
        log.warning("could not ask which runs ended\n%s", phi_free_traceback(err))
        return 0
    released = ledger.release_unclaimed(finished & set(runs))
    if released:
        log.info("%d entries whose run ended unclaimed are due now", released)
    return released


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
    ended: EndedRuns | None = None,
    mark_lost: MarkLost | None = None,
) -> list[Submitted]:
    """Start a run for every entry that is due: new, released, or whose lease ran out.

    `waiting(flow_run_id)` tells whether a run is still scheduled; such an entry keeps its run
    and gets a new lease. `ended(flow_run_ids)` tells which runs are final: an entry whose run
    ended before claiming it is due at once. `mark_lost(flow_run_id, message)` marks the
    previous run of a restarted entry Crashed when Prefect still shows it unfinished.
    """
    release_ended(ledger, ended)
    started = []
    for entry in ledger.due():
        if still_waiting(entry, waiting):
            ledger.hold(entry.id, LedgerState.PENDING)
            continue
        submitted = submit(entry, ledger, start_run, max_attempts, mark_lost)
        if submitted is not None:
            started.append(submitted)
    return started
