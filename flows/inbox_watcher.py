"""The fast path for the local inbox: a short poll beside the schedule, run by `markerflow up`.

Run as its own process (`python -m flows.inbox_watcher`) so that `markerflow up` itself never
holds Prefect client services that would wait for a server being stopped.
"""

import logging
import signal
import threading
from functools import cache

from flows.databases import open_ledger
from flows.deployment_runs import DeploymentStarter, run_is_waiting
from flows.discovery import configured_source, discover
from flows.settings import FlowSettings
from flows.submission import submit_due
from schemas.error_trace import phi_free_traceback

log = logging.getLogger(__name__)
watcher_ledger = cache(open_ledger)  # one a watcher: it asks about each file's sighting once


def intake_once(settings: FlowSettings) -> int:
    """Record new objects and start their runs: the intake flow's work, without its run."""
    ledger = watcher_ledger(settings)
    discover(configured_source(settings), ledger)
    starter = DeploymentStarter(settings.deployment)
    started = submit_due(
        ledger, starter, settings.max_attempts, run_is_waiting, batch_size=settings.batch
    )
    return len(started)


def watch(settings: FlowSettings, stopped: threading.Event, interval: float = 1.0) -> None:
    """Run `intake_once` every `interval` seconds until `stopped`; errors are logged PHI-free."""
    while not stopped.wait(interval):
        try:
            intake_once(settings)
        except Exception as err:  # noqa: BLE001 - the scheduled intake is the safety net
            log.warning(
                "inbox watcher failed; the scheduled intake will catch up\n%s",
                phi_free_traceback(err),
            )


def main() -> None:
    """Watch the inbox until SIGTERM or SIGINT."""
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stopped.set())
    signal.signal(signal.SIGINT, lambda _signum, _frame: stopped.set())
    watch(FlowSettings(), stopped)


if __name__ == "__main__":
    main()
