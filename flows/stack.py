"""`markerflow up`: Prefect server, pool, deployments, worker and review app, stopped together."""

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from extractors.reading.reader_host import ReaderHostLost, start_machine_host
from flows.databases import review_engine
from flows.prefect_setup import (
    DOCUMENTS_QUEUE,
    OPS_QUEUE,
    OPS_WORKER_LIMIT,
    create_work_pool,
    deploy_all,
    prefect_command,
    prefect_env,
    set_schedules_active,
    worker_command,
)
from flows.settings import FlowSettings


class StackFailed(Exception):
    """A part of the stack did not come up."""


@dataclass
class Stack:
    """The processes `markerflow up` started, stopped in reverse order."""

    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    reader_host: int | None = None  # where the machine's reader host is in `processes`

    def start_reader_host(self, folder: Path) -> dict[str, str]:
        """Start the reader host every run of the machine shares; the environment naming it."""
        process, named = start_machine_host(folder)
        if self.reader_host is None:
            self.reader_host = len(self.processes)
            self.processes.append(process)
        else:
            self.processes[self.reader_host] = process
        return named

    def running(self, home: Path) -> bool:
        """Whether every part still runs; a reader host that ended is started again.

        A crash in the host costs the reads it was serving (retried, in hosts of their runs'
        own), not the stack.
        """
        host = self.reader_host
        if host is not None and self.processes[host].poll() is not None:
            with contextlib.suppress(ReaderHostLost):  # not up yet: the next look tries again
                self.start_reader_host(home / "run")
        others = (p for index, p in enumerate(self.processes) if index != host)
        return all(p.poll() is None for p in others)

    def start(self, argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
        """Start a child in its own process group, output to a log file."""
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as out:
            child = subprocess.Popen(
                argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.processes.append(child)
        return child

    def stop(self, grace_seconds: float = 20.0) -> None:
        """Stop the children newest first, each with all below it: SIGTERM, SIGKILL after the grace.

        What a child started goes too: the worker's flow runs sit in sessions of their own.
        """
        for child in reversed(self.processes):
            running = child.poll() is None  # not waited for: the pid is still this child's
            below = psutil.Process(child.pid).children(recursive=True) if running else []
            if running:
                os.killpg(child.pid, signal.SIGTERM)
            try:
                child.wait(timeout=grace_seconds)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
            for process in below:
                with contextlib.suppress(psutil.NoSuchProcess):
                    process.terminate()
            for process in psutil.wait_procs(below, timeout=grace_seconds)[1]:
                with contextlib.suppress(psutil.NoSuchProcess):
                    process.kill()


def wait_until_healthy(url: str, timeout: float = 300.0) -> None:
    """Poll a health URL until it answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - local URL
            if response.status == 200:
                return
        time.sleep(0.5)
    raise StackFailed(f"no answer from {url} within {timeout:.0f} s")


def bring_up(
    stack: Stack,
    settings: FlowSettings,
    worker_limit: int,
    review_port: int,
    prefect_port: int | None,
) -> dict[str, str]:
    """Server, database, pool, deployments, reader host, workers, review app, watcher; the env.

    Two workers: `worker_limit` document runs at once, and the ops flows beside them.

    With a `prefect_port`, an embedded Prefect server (SQLite under $MARKERFLOW_HOME/prefect)
    listens there on 127.0.0.1; without one, the server PREFECT_API_URL names must answer.
    """
    env = prefect_env()
    logs = settings.home / "logs"
    if prefect_port is not None:
        server = ["server", "start", "--host", "127.0.0.1", "--port", str(prefect_port)]
        stack.start(prefect_command(*server), env, logs / "prefect-server.log")
    wait_until_healthy(env["PREFECT_API_URL"].rstrip("/") + "/health")
    review_engine()
    create_work_pool()
    deploy_all(env)
    if settings.sqs_queue_url:
        set_schedules_active("sqs-consumer/sqs-consumer", active=True)
    named = stack.start_reader_host(settings.home / "run")  # one reader host for all runs
    worker_env = {"PREFECT_WORKER_QUERY_SECONDS": "1", **env, **named}  # runs start at once
    documents = worker_command(worker_limit, DOCUMENTS_QUEUE)
    stack.start(documents, worker_env, logs / "worker.log")
    # Scheduled ops runs are fetched ahead of their time; a finalize after a sign-off can wait
    # a few seconds, so this worker asks the server less often.
    ops_env = {**worker_env, "PREFECT_WORKER_QUERY_SECONDS": "5"}
    stack.start(worker_command(OPS_WORKER_LIMIT, OPS_QUEUE), ops_env, logs / "ops-worker.log")
    review = [sys.executable, "-m", "uvicorn", "--factory", "flows.review_app:build_app"]
    review += ["--host", "127.0.0.1", "--port", str(review_port)]
    stack.start(review, env, logs / "review-app.log")
    if settings.source == "inbox":
        stack.start([sys.executable, "-m", "flows.inbox_watcher"], env, logs / "inbox-watcher.log")
    return env


def announce(settings: FlowSettings, env: dict[str, str], review_port: int) -> str:
    """What `markerflow up` prints once everything runs."""
    ui = env["PREFECT_API_URL"].removesuffix("/api")
    return (
        f"Prefect UI:  {ui}\n"
        f"Review app:  http://127.0.0.1:{review_port}\n"
        f"Inbox:       {settings.inbox}/<case-id>/<file>\n"
        "Ctrl-C stops everything."
    )


def run_until_signalled(
    settings: FlowSettings,
    worker_limit: int,
    review_port: int,
    prefect_port: int | None,
    say: Callable[[str], None] = print,
) -> None:
    """Bring the stack up, watch the inbox, and take it all down on SIGINT or SIGTERM.

    With a `prefect_port` (an embedded server), PREFECT_API_URL and PREFECT_HOME must already
    name the server to start: Prefect reads its settings when first imported.
    """
    stack = Stack()
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stopped.set())
    signal.signal(signal.SIGINT, lambda _signum, _frame: stopped.set())
    settings.inbox.mkdir(parents=True, exist_ok=True)
    try:
        env = bring_up(stack, settings, worker_limit, review_port, prefect_port)
        say(announce(settings, env, review_port))
        while not stopped.is_set() and stack.running(settings.home):
            time.sleep(0.5)
    finally:
        stack.stop()
