"""A running document's lease, renewed while its run works: a lease ends only with its run."""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from review.ledger import Ledger, LedgerState
from schemas.error_trace import phi_free_traceback

log = logging.getLogger(__name__)


class LeaseHeartbeat(threading.Thread):
    """Renews an entry's lease every third of it until stopped or the entry leaves processing."""

    def __init__(self, ledger: Ledger, entry_id: int, every_seconds: float) -> None:
        super().__init__(name=f"lease-heartbeat-{entry_id}", daemon=True)
        self.ledger = ledger
        self.entry_id = entry_id
        self.every_seconds = every_seconds
        self.stopped = threading.Event()
        self.beats = 0

    def run(self) -> None:
        """Renew until stopped; a failed renewal is logged (PHI-free) and tried again next beat."""
        while not self.stopped.wait(self.every_seconds):
            try:
                if not self.ledger.hold(self.entry_id, LedgerState.PROCESSING):
                    return
                self.beats += 1
            except Exception as err:  # noqa: BLE001 - the next beat tries again
                log.warning(
                    "lease heartbeat of entry %d failed\n%s", self.entry_id, phi_free_traceback(err)
                )


@contextmanager
def lease_held(ledger: Ledger, entry_id: int) -> Iterator[LeaseHeartbeat]:
    """Keep the entry's lease alive for the duration of the block."""
    heartbeat = LeaseHeartbeat(ledger, entry_id, ledger.lease.total_seconds() / 3)
    heartbeat.start()
    try:
        yield heartbeat
    finally:
        heartbeat.stopped.set()
        heartbeat.join()
