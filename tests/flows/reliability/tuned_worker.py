"""A worker of the deployed markerflow with a limit and an environment of its own."""

from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from flows.prefect_setup import worker_command
from tests.flows.deployed import Deployed

STAGE_PAUSE = Path(__file__).resolve().parent / "stage_pause"  # holds a sitecustomize.py


@dataclass
class TunedWorker(Deployed):
    """Like the session's worker (its env is the dataclass's), with its own `--limit`."""

    limit: int = 2

    def start_worker(self) -> None:
        # Deployed.start_worker starts `worker_command(limit=2)`: the same, with this limit.
        with mock.patch(
            "tests.flows.deployed.worker_command", lambda limit: worker_command(self.limit)
        ):
            super().start_worker()


def pausing_env(env: dict[str, str], pauses: dict[str, str], markers: Path) -> dict[str, str]:
    """`env` with stage_pause/sitecustomize.py loaded: each case's run stops at its point."""
    path = [str(STAGE_PAUSE), *filter(None, [env.get("PYTHONPATH")])]
    return {
        **env,
        "PYTHONPATH": ":".join(path),
        "MARKERFLOW_TEST_PAUSE": ",".join(f"{case}={point}" for case, point in pauses.items()),
        "MARKERFLOW_TEST_PAUSE_MARKERS": str(markers),
    }
