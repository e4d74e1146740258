"""`Stack.stop` takes each child down with every process below it, whatever its session."""

import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from extractors.reading.reader_host import ReaderHostLost
from flows import stack as stack_module
from flows.stack import Stack
from tests.flows.deployed import wait_until

# A child that starts a grandchild in a session of its own, as Prefect's worker starts flow runs:
# a signal to the child's process group does not reach it.
PARENT_OF_A_SESSION_LEADER = """
import subprocess, sys, time
subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
time.sleep(600)
"""


def running(process: psutil.Process) -> bool:
    """Alive and not a zombie: a zombie has ended, only its exit status waits to be read."""
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_stop_ends_the_grandchildren_a_childs_group_signal_cannot_reach(tmp_path: Path) -> None:
    stack = Stack()
    argv = [sys.executable, "-c", PARENT_OF_A_SESSION_LEADER]
    child = stack.start(argv, dict(os.environ), tmp_path / "logs" / "child.log")
    top = psutil.Process(child.pid)
    wait_until(lambda: len(top.children(recursive=True)) == 1, 30, "the grandchild started")
    grandchild = top.children(recursive=True)[0]
    assert os.getsid(grandchild.pid) != os.getsid(child.pid)

    stack.stop(grace_seconds=10)

    assert child.returncode is not None
    assert not running(grandchild)


def test_stop_passes_over_a_child_that_has_already_ended(tmp_path: Path) -> None:
    stack = Stack()
    child = stack.start([sys.executable, "-c", "pass"], dict(os.environ), tmp_path / "c.log")
    child.wait(timeout=30)
    stack.stop(grace_seconds=1)
    assert child.returncode == 0


def test_a_reader_host_that_ended_is_started_again_and_a_failed_start_stops_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The machine's reader host is no part whose end ends the stack."""
    starts: list[str] = []

    def start_machine_host(folder: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
        starts.append(folder.name)
        if len(starts) == 2:
            raise ReaderHostLost("ReaderHostDidNotStart")
        code = "pass" if len(starts) == 1 else "import time; time.sleep(600)"
        host = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
        return host, {"MARKERFLOW_READER_HOST": "x"}  # a session of its own, as the real one

    monkeypatch.setattr(stack_module, "start_machine_host", start_machine_host)
    stack = Stack()
    assert stack.start_reader_host(tmp_path / "run") == {"MARKERFLOW_READER_HOST": "x"}
    stack.processes[0].wait(timeout=30)  # the first host ends at once
    assert stack.running(tmp_path)  # its new start failed: still running, to try again
    assert stack.running(tmp_path)  # started again
    assert starts == ["run", "run", "run"]
    assert stack.processes[0].poll() is None
    stack.stop(grace_seconds=5)
