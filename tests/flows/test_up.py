"""`markerflow up` on a fresh home: a dropped report reaches the queue; SIGTERM stops it all."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest

from review.db import make_engine
from review.store import ReviewStore
from tests.flows.conftest import free_port
from tests.flows.deployed import descendants, wait_until

pytestmark = pytest.mark.slow
MARKERFLOW = str(Path(sys.executable).parent / "markerflow")


def wait_for_line(process: subprocess.Popen[str], text: str, timeout: float) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line and process.poll() is not None:
            break
        lines.append(line)
        if text in line:
            return lines
    raise AssertionError(f"`markerflow up` never said {text!r}: {lines}")


def test_up_turns_a_dropped_report_into_a_case_and_stops_cleanly_on_sigterm(
    tmp_path: Path, corpus_dir: Path
) -> None:
    home = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MARKERFLOW_"))}
    env.update(MARKERFLOW_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    prefect_port, review_port = free_port(), free_port()
    up = subprocess.Popen(
        [MARKERFLOW, "up", "--prefect-port", str(prefect_port), "--review-port", str(review_port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        said = "".join(wait_for_line(up, "Ctrl-C stops everything.", timeout=300))
        assert f"http://127.0.0.1:{prefect_port}" in said
        assert f"http://127.0.0.1:{review_port}" in said
        assert str(home / "inbox") in said
        (home / "inbox" / "case-up").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus_dir / "files" / "024.pdf", home / "inbox" / "case-up" / "r.pdf")
        store = ReviewStore(make_engine(f"sqlite:///{home / 'markerflow.db'}"))
        wait_until(lambda: store.get_case("case-up") is not None, 300, "case in the queue")
        children = descendants(up.pid)
        assert children
        # One reader host for the machine, named to the worker and so to its flow runs.
        named = home / "run" / "reader-host.json"
        assert json.loads(named.read_text())["pid"] in children
        workers = {queue_of(pid): pid for pid in children if "worker start" in command(pid)}
        assert set(workers) == {"documents", "ops"}
        environ = psutil.Process(workers["documents"]).environ()
        assert environ["MARKERFLOW_READER_HOST"] == str(named)
        # The scheduled intake runs on the ops worker; document runs never wait behind it.
        api = f"http://127.0.0.1:{prefect_port}/api"
        wait_until(lambda: ("ops", "COMPLETED") in queues_and_states(api, "intake"), 300, "intake")
        assert {queue for queue, _ in queues_and_states(api, "process-documents")} == {"documents"}
        # A host that dies (a crash in an analysis) is started again; the stack stays up.
        first_host = json.loads(named.read_text())["pid"]
        os.kill(first_host, signal.SIGKILL)
        wait_until(lambda: json.loads(named.read_text())["pid"] != first_host, 60, "new host")
        (home / "inbox" / "case-up-2").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus_dir / "files" / "014.pdf", home / "inbox" / "case-up-2" / "r.pdf")
        wait_until(lambda: store.get_case("case-up-2") is not None, 300, "second case")
        assert up.poll() is None
        children = descendants(up.pid)
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=90)
    assert up.returncode == 0
    survivors = [(pid, state(pid)) for pid in children]
    assert [(pid, s, command(pid)) for pid, s in survivors if s not in (None, "Z")] == []


def state(pid: int) -> str | None:
    """The process's state letter (Z: a zombie, ended, its exit status not yet read); None: gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return None


def command(pid: int) -> str:
    """The command line of a process that outlived `up`, to say which one it was."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "?"


def queue_of(pid: int) -> str:
    """The work queue a worker process takes runs from (`--work-queue`), else "all"."""
    argv = psutil.Process(pid).cmdline()
    return argv[argv.index("--work-queue") + 1] if "--work-queue" in argv else "all"


def queues_and_states(api: str, deployment: str) -> set[tuple[str, str]]:
    """(work queue, state type) of each flow run of a deployment, from Prefect's REST API."""
    deployments = httpx.post(f"{api}/deployments/filter", json={}).json()
    ids = {d["id"] for d in deployments if d["name"] == deployment}
    runs = httpx.post(f"{api}/flow_runs/filter", json={}).json()
    return {(r["work_queue_name"], r["state_type"]) for r in runs if r["deployment_id"] in ids}
