"""A deployed markerflow for the flow tests: pool, deployments and a worker on a real server."""

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import FlowRun

from flows.prefect_setup import (
    REPO,
    create_work_pool,
    deploy_all,
    set_schedules_active,
    worker_command,
)

UNDER_SHELL = 'trap \'wait "$child"; exit 143\' TERM; "$@" & child=$!; wait "$child"'


@dataclass
class Deployed:
    """The session's deployed markerflow: its home, environment and worker."""

    home: Path
    env: dict[str, str]
    worker: subprocess.Popen[bytes] | None = None

    def start_worker(self) -> None:
        log = self.home / "logs" / "worker.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as out:
            # Under a shell that waits for it, as a service manager would run it: the worker
            # is its child, and stopping the shell's group waits for the worker to end.
            self.worker = subprocess.Popen(
                ["/bin/sh", "-c", UNDER_SHELL, "sh", *worker_command(limit=2)],
                env=self.env,
                cwd=REPO,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def kill_worker(self) -> None:
        """SIGKILL the worker and every flow-run process under it, as a machine crash would."""
        assert self.worker is not None
        doomed = descendants(self.worker.pid)
        os.killpg(self.worker.pid, signal.SIGKILL)
        for pid in doomed:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.worker.wait()

    def end(self) -> None:
        """For a fixture's teardown: the worker and its runs killed, nothing being asserted after.

        A graceful stop waits (up to 30 s here) for the runs in flight, which no test reads.
        """
        if self.worker is not None and self.worker.poll() is None:
            self.kill_worker()

    def stop_worker(self) -> None:
        if self.worker is not None and self.worker.poll() is None:
            os.killpg(self.worker.pid, signal.SIGTERM)
            try:
                self.worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.worker.pid, signal.SIGKILL)
                self.worker.wait()


def is_prefect_worker(pid: int) -> bool:
    """Whether `pid` is a `prefect worker start` process."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"prefect" in argv and b"worker" in argv and b"start" in argv


def run_processes(worker_pid: int) -> list[int]:
    """The flow-run processes below a worker (with their readers): all but the worker itself."""
    return [pid for pid in descendants(worker_pid) if not is_prefect_worker(pid)]


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, from /proc (flow runs may sit in sessions of their own)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def deploy(home: Path, api: str) -> Deployed:
    env = {
        **os.environ,
        "PREFECT_API_URL": api,
        "MARKERFLOW_HOME": str(home),
        "MARKERFLOW_LEASE_SECONDS": "20",
        "MARKERFLOW_SETTLE_SECONDS": "0.5",
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "OMP_THREAD_LIMIT": "1",
        "MARKERFLOW_REPO": str(REPO),
    }
    env.pop("MARKERFLOW_DATABASE_URL", None)
    create_work_pool()
    deploy_all(env)
    pause_schedules()
    deployed = Deployed(home=home, env=env)
    deployed.start_worker()
    return deployed


def pause_schedules() -> None:
    """The tests start intake themselves; scheduled polls would only add noise."""
    for name in ("intake/intake", "finalize/finalize"):
        set_schedules_active(name, active=False)


def flow_run(run_id: str) -> FlowRun:
    with get_client(sync_client=True) as client:
        return client.read_flow_run(UUID(run_id))


# The bounds below are liveness bounds (something must happen at all), not speed claims: a
# loaded or slow machine gets them multiplied, so a slow run is never mistaken for a lost one.
WAIT_SCALE = float(os.environ.get("MARKERFLOW_TEST_WAIT_SCALE", "3"))


def wait_until(
    check: Callable[[], bool],
    timeout: float,
    what: str,
    describe: Callable[[], str] | None = None,
) -> None:
    """Poll `check` until it holds; else fail, with what `describe` says of where things stand."""
    timeout *= WAIT_SCALE
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    where = f"\n{describe()}" if describe is not None else ""
    raise AssertionError(f"not within {timeout:.0f} s: {what}{where}")


def log_tail(path: Path, lines: int = 60) -> str:
    """The last lines of a worker's log (PHI-free: the tests check no canary reaches it)."""
    try:
        text = path.read_text(errors="replace")
    except OSError as err:
        return f"{path.name}: {type(err).__name__}"
    return "\n".join(text.splitlines()[-lines:])
