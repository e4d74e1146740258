"""The leases of a run's documents, renewed while the run works: a lease ends only with its run."""

import logging
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from review.ledger import Ledger, LedgerState
from schemas.error_trace import phi_free_traceback

log = logging.getLogger(__name__)


class LeaseHeartbeat(threading.Thread):
    """Renews, every third of a lease, the leases of the run's unfinished entries.

    An entry waits (pending) until one of the run's threads claims it (processing) and is let go
    once finished. An entry that left the state it was held in (claimed by another run,
    finished) is no longer renewed.
    """

    def __init__(self, ledger: Ledger, entry_ids: Collection[int], every_seconds: float) -> None:
        super().__init__(name="lease-heartbeat", daemon=True)
        self.ledger = ledger
        self.every_seconds = every_seconds
        self.stopped = threading.Event()
        self.beats = 0
        self._lock = threading.Lock()
        self._held = dict.fromkeys(entry_ids, LedgerState.PENDING)

    def claimed(self, entry_id: int) -> None:
        """The run claimed the entry: renew it as processing from now on."""
        with self._lock:
            self._held[entry_id] = LedgerState.PROCESSING

    def let_go(self, entry_id: int) -> None:
        """The run is finished with the entry."""
        with self._lock:
            self._held.pop(entry_id, None)

    def run(self) -> None:
        """Renew until stopped; a failed renewal is logged (PHI-free) and tried again next beat."""
        while not self.stopped.wait(self.every_seconds):
            with self._lock:
                held = list(self._held.items())
            renewed = sum(self._renew(entry_id, state) for entry_id, state in held)
            self.beats += int(renewed > 0)

    def _renew(self, entry_id: int, state: LedgerState) -> bool:
        try:
            if self.ledger.hold(entry_id, state):
                return True
        except Exception as err:  # noqa: BLE001 - the next beat tries again
            log.warning("lease heartbeat of entry %d failed\n%s", entry_id, phi_free_traceback(err))
            return False
        with self._lock:
            if self._held.get(entry_id) == state:
                del self._held[entry_id]
        return False


@contextmanager
def lease_held(ledger: Ledger, entry_ids: Collection[int]) -> Iterator[LeaseHeartbeat]:
    """Keep the entries' leases alive for the duration of the block."""
    heartbeat = LeaseHeartbeat(ledger, entry_ids, ledger.lease.total_seconds() / 3)
    heartbeat.start()
    try:
        yield heartbeat
    finally:
        heartbeat.stopped.set()
        heartbeat.join()
