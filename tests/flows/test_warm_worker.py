"""The warm parent forks one child per flow run and behaves like a fresh engine process.

The parent runs in its own process with a stand-in engine module (tests.flows.warm_probe) and a
stand-in worker (`sleep`), and each client is `python -m flows.warm_client`, as the pool's
command starts it. The Prefect path itself is exercised by the deployed-flow tests.
"""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from flows.prefect_setup import REPO, base_job_template, warm_command
from flows.warm_client import SOCKET_ENV
from flows.warm_worker import same_environment, settings_differ

PARENT = """
import socket, subprocess, sys
from flows.warm_worker import WarmParent
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(sys.argv[1])
listener.listen(8)
worker = subprocess.Popen(["sleep", "300"])
print("ready", flush=True)
sys.exit(WarmParent(listener, worker, module="tests.flows.warm_probe").serve())
"""


@dataclass
class Parent:
    process: subprocess.Popen[str]
    socket_path: Path
    env: dict[str, str]

    def client(self, act: str, cwd: Path, **extra: str) -> subprocess.Popen[str]:
        env = {**self.env, "PROBE_ACT": act, "PREFECT__FLOW_RUN_ID": "run-1", **extra}
        return subprocess.Popen(
            [sys.executable, "-m", "flows.warm_client", "--flag"],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def parent(tmp_path: Path) -> Iterator[Parent]:
    path = tmp_path / "runs.sock"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
        "PYTHONPATH": str(REPO),
        "PREFECT_API_URL": "http://127.0.0.1:9/api",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(path)],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "ready\n"
    yield Parent(process, path, {**env, SOCKET_ENV: str(path)})
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.split(") ", 1)[1][0] != "Z"


def probe_pid(client: subprocess.Popen[str]) -> int:
    assert client.stdout is not None
    line = client.stdout.readline()
    assert line.startswith("probe pid="), line
    return int(line.split()[1].removeprefix("pid="))


def test_a_run_forks_from_the_parent_with_the_clients_environment_folder_and_streams(
    parent: Parent, tmp_path: Path
) -> None:
    client = parent.client("exit:0", cwd=tmp_path)
    out, err = client.communicate(timeout=60)
    assert client.returncode == 0, err
    assert f"cwd={tmp_path} run=run-1" in out
    assert "argv=['--flag']" in out
    child = int(out.split()[1].removeprefix("pid="))
    assert child not in (client.pid, parent.process.pid)


@pytest.mark.parametrize(("act", "code"), [("exit:3", 3), ("raise", 1)])
def test_the_client_exits_as_the_run_ended(
    parent: Parent, tmp_path: Path, act: str, code: int
) -> None:
    client = parent.client(act, cwd=tmp_path)
    _, err = client.communicate(timeout=60)
    assert client.returncode == code
    if act == "raise":
        assert "RuntimeError: probe failed" in err


def test_a_signal_to_the_client_reaches_the_run(parent: Parent, tmp_path: Path) -> None:
    client = parent.client("sleep", cwd=tmp_path)
    child = probe_pid(client)
    client.send_signal(signal.SIGTERM)
    client.wait(timeout=60)
    assert client.returncode == -signal.SIGTERM
    assert not alive(child)


def test_a_killed_client_takes_its_run_with_it(parent: Parent, tmp_path: Path) -> None:
    client = parent.client("sleep", cwd=tmp_path)
    child = probe_pid(client)
    client.kill()
    client.wait()
    deadline = time.monotonic() + 30
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(child)


def test_runs_go_on_side_by_side(parent: Parent, tmp_path: Path) -> None:
    sleepers = [parent.client("sleep", cwd=tmp_path) for _ in range(3)]
    children = {probe_pid(c) for c in sleepers}
    quick = parent.client("exit:0", cwd=tmp_path)
    assert quick.wait(timeout=60) == 0
    assert len(children) == 3 and all(alive(pid) for pid in children)
    for client in sleepers:
        client.terminate()
        client.wait(timeout=60)


def test_a_client_with_other_prefect_settings_runs_cold(parent: Parent, tmp_path: Path) -> None:
    # Cold means `python -m prefect.engine` in the client itself: with this run id it fails,
    # but it never ran as the probe under settings the parent was not started with.
    client = parent.client("exit:0", cwd=tmp_path, PREFECT_LOGGING_LEVEL="DEBUG")
    out, err = client.communicate(timeout=120)
    assert "probe pid=" not in out
    assert "Invalid flow run id" in err
    assert client.returncode == 1


def test_without_a_parent_the_client_is_the_plain_engine(tmp_path: Path) -> None:
    env = {**os.environ, SOCKET_ENV: str(tmp_path / "nobody.sock"), "PREFECT__FLOW_RUN_ID": "x"}
    env["PREFECT_API_URL"] = "http://127.0.0.1:9/api"
    done = subprocess.run(
        [sys.executable, "-m", "flows.warm_client"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Invalid flow run id" in done.stderr


def test_the_pool_template_runs_the_client_with_this_interpreter() -> None:
    template = base_job_template()
    assert template["variables"]["properties"]["command"]["default"] == warm_command()
    assert warm_command().split()[0] == sys.executable
    assert template["job_configuration"]["command"] == "{{ command }}"


def test_settings_must_match_what_the_parent_was_given_and_wrote_out() -> None:
    given = {"PREFECT_API_URL": "http://a/api", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    written = {**given, "PREFECT_SERVER_ANALYTICS_ENABLED": "False"}
    written["PREFECT_SERVER_EPHEMERAL_ENABLED"] = "True"
    assert settings_differ(given, written, {**written}) == []
    assert settings_differ(given, written, {**given}) == []
    assert settings_differ(given, written, {}) == sorted(given)
    assert settings_differ(given, written, {**given, "PREFECT_LOGGING_LEVEL": "DEBUG"}) == [
        "PREFECT_LOGGING_LEVEL"
    ]
    assert settings_differ(given, written, {**given, "PREFECT_API_URL": "http://b/api"}) == [
        "PREFECT_API_URL"
    ]


def test_runs_share_the_readers_only_with_the_parents_own_environment() -> None:
    ours = {"PATH": "/usr/bin", "TMPDIR": "/tmp", "PREFECT_API_URL": "http://a/api"}
    run = {**ours, "PREFECT__FLOW_RUN_ID": "1", SOCKET_ENV: "/run/x.sock"}
    assert same_environment(run, ours)
    assert not same_environment({**run, "TMPDIR": "/var/tmp"}, ours)
    assert not same_environment({**run, "TESSDATA_PREFIX": "/opt/tess"}, ours)
    assert not same_environment({k: v for k, v in run.items() if k != "PATH"}, ours)


def test_a_stop_during_preload_leaves_no_socket_folder_and_no_worker(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path), "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    parent = subprocess.Popen(
        [sys.executable, "-m", "flows.warm_worker", "--pool", "nowhere"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob("markerflow-warm-*/runs.sock")) and time.monotonic() < deadline:
        time.sleep(0.05)
    parent.send_signal(signal.SIGTERM)
    assert parent.wait(timeout=60) == 128 + signal.SIGTERM
    assert list(tmp_path.glob("markerflow-warm-*")) == []
    with pytest.raises(ProcessLookupError):
        os.killpg(parent.pid, 0)
