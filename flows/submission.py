"""Starting process-documents runs for due ledger entries, keyed so no batch is started twice."""

import hashlib
import itertools
import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache

from review.ledger import Ledger, LedgerEntry, LedgerReason, LedgerState
from schemas.error_trace import phi_free_traceback

log = logging.getLogger(__name__)

EndedRuns = Callable[[Collection[str]], set[str]]
"""Which of these runs are in a final state (ended, whatever they did)."""

MarkLost = Callable[[str, str], bool]
"""Mark a run that is not in a final state Crashed with a message; whether it was marked."""


@dataclass(frozen=True)
class Attempt:
    """One entry and the number of the attempt a run is started for."""

    entry: LedgerEntry
    number: int


RunStarter = Callable[[Sequence[Attempt], str], str]
"""Creates (or finds, by its idempotency key) the run of a batch of attempts; its flow run id."""


@dataclass(frozen=True)
class Submitted:
    """A run that exists for an entry: ids only."""

    entry_id: int
    case_id: str
    short_hash: str
    attempt: int
    flow_run_id: str


def idempotency_key(batch: Sequence[Attempt]) -> str:
    """The same attempts of the same entries are one run, however often intake asks."""
    members = ",".join(f"{a.entry.id}:{a.entry.sha256}:{a.number}" for a in batch)
    return "documents:" + hashlib.sha256(members.encode()).hexdigest()


def task_run_name(entry: LedgerEntry) -> str:
    """The name of a document's task run, which ops search for: case id and short hash."""
    return f"{entry.case_id}-{entry.short_hash}"


def run_name(batch: Sequence[Attempt]) -> str:
    """A run name of ids only: its one document's name, or its first and last entry and count."""
    if len(batch) == 1:
        return task_run_name(batch[0].entry)
    ids = sorted(a.entry.id for a in batch)
    return f"entries-{ids[0]}-to-{ids[-1]}-{len(ids)}-documents"


def next_attempt(
    entry: LedgerEntry, ledger: Ledger, max_attempts: int, lost: "LostRuns"
) -> Attempt | None:
    """The entry's next attempt, or None once it had `max_attempts` runs (it is rejected)."""
    number = entry.attempts + 1
    if number <= max_attempts:
        return Attempt(entry, number)
    ledger.mark_rejected(entry.id, LedgerReason.ATTEMPTS_EXHAUSTED)
    lost.mark(entry, None, f"rejected ({LedgerReason.ATTEMPTS_EXHAUSTED.value})")
    return None


def start_batch(
    batch: Sequence[Attempt], ledger: Ledger, start_run: RunStarter, lost: "LostRuns"
) -> list[Submitted]:
    """Start one run for the batch and note it in each entry; the previous runs are lost."""
    flow_run_id = start_run(batch, idempotency_key(batch))
    submitted = []
    for attempt in batch:
        entry = attempt.entry
        ledger.mark_submitted(entry.id, attempt.number, flow_run_id)
        lost.mark(entry, flow_run_id, f"started again as attempt {attempt.number}")
        submitted.append(
            Submitted(entry.id, entry.case_id, entry.short_hash, attempt.number, flow_run_id)
        )
    return submitted


def submit(
    entries: Sequence[LedgerEntry],
    ledger: Ledger,
    start_run: RunStarter,
    max_attempts: int,
    batch_size: int = 1,
    mark_lost: MarkLost | None = None,
    keep_turn: Callable[[], bool] = lambda: True,
) -> list[Submitted]:
    """Start the entries' next attempts, `batch_size` to a run; reject those out of attempts.

    The run of an entry's previous attempt, if Prefect still shows it unfinished, is marked
    lost: a process killed outright never reports its end, and would show as running for ever.
    """
    lost = LostRuns(mark_lost)
    attempts = [a for e in entries if (a := next_attempt(e, ledger, max_attempts, lost))]
    submitted = []
    for batch in itertools.batched(attempts, max(1, batch_size)):
        if not keep_turn():
            log.warning("the turn to start runs was lost; the next poll starts the rest")
            break
        submitted += start_batch(batch, ledger, start_run, lost)
    return submitted


class LostRuns:
    """Marks each previous run lost once per poll; a failure is logged PHI-free, changes nothing."""

    def __init__(self, mark_lost: MarkLost | None) -> None:
        self.mark_lost = mark_lost
        self.asked: set[str] = set()

    def mark(self, entry: LedgerEntry, new_run_id: str | None, why: str) -> None:
        """Mark the entry's previous run lost ('lost: entry N was <why>') unless new or asked."""
        previous = entry.flow_run_id
        if self.mark_lost is None or previous is None or previous in (new_run_id, *self.asked):
            return
        self.asked.add(previous)
        try:
            if self.mark_lost(previous, f"lost: entry {entry.id} was {why}"):
                log.info("run %s of entry %d marked crashed: lost", previous, entry.id)
        except Exception as err:  # noqa: BLE001 - the new attempt stands; the old run stays as shown
            log.warning(
                "run %s of entry %d not marked lost\n%s",
                previous,
                entry.id,
                phi_free_traceback(err),
            )


def release_ended(ledger: Ledger, ended: EndedRuns | None) -> int:
    """Make due now the entries whose run ended without claiming them; how many there were.

    A worker that cannot start a run marks it crashed: its entry would otherwise wait for its
    whole lease. The attempt still counts. If Prefect cannot be asked, the lease still runs out.
    """
    if ended is None:
        return 0
    runs = sorted(set(ledger.awaiting_claim()))
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

    A pending entry whose run Prefect still holds as scheduled is queued behind other runs, not
    lost: another attempt would only use up its attempts (a claimed one's run renews its lease).
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
    batch_size: int = 1,
    patience: float = 60.0,
) -> list[Submitted]:
    """Start runs, `batch_size` to a run, for the due entries (new, released, lease run out).

    An entry whose run is still `waiting` (scheduled) keeps it, with a new lease; one whose run
    `ended` unclaimed is due at once; `mark_lost` marks a restarted entry's previous run Crashed.
    One process at a time starts runs: this poll waits `patience` seconds for its turn.
    """
    if ended is None and not ledger.due():
        return []  # nothing to start, and no ended runs to look for: no turn needed
    # Two processes starting runs together (the inbox watcher and a scheduled intake) read the
    # due entries at different moments and batched them differently: most runs of a burst of
    # uploads were started twice, and one of each pair found nothing to do.
    turn = ledger.turn("start-runs")
    with turn.held(patience) as mine:
        if not mine:
            log.info("another process is starting runs; this poll starts none")
            return []
        release_ended(ledger, ended)
        run_waits = cache(waiting) if waiting is not None else None  # Prefect asked once a run
        due = []
        for entry in ledger.due():
            if still_waiting(entry, run_waits):
                ledger.hold(entry.id, LedgerState.PENDING)
            else:
                due.append(entry)
        return submit(due, ledger, start_run, max_attempts, batch_size, mark_lost, turn.extend)
