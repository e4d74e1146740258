"""A process forked after the readers' fork server started reads through that same server."""

from pathlib import Path

from tests.extractors.reading.python_child import python_output

# Starts the fork server, forks, and in the child reads a report after `adopt` or `forget`
# (or adopt after the server was killed); prints the fork server pid each side used.
SCRIPT = """
import multiprocessing.forkserver
import os
import signal
import sys
from pathlib import Path

from extractors import read_document
from extractors.reading.sandbox import (
    adopt_inherited_fork_server,
    forget_inherited_fork_server,
    start_fork_server,
)

def server_pid():
    return multiprocessing.forkserver._forkserver._forkserver_pid

if __name__ == "__main__":
    mode, report = sys.argv[1], Path(sys.argv[2]).read_bytes()
    start_fork_server()
    parent_server = server_pid()
    if mode == "adopt-dead":
        os.kill(parent_server, signal.SIGKILL)
        os.waitpid(parent_server, 0)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            if mode == "forget":
                forget_inherited_fork_server()
            else:
                assert adopt_inherited_fork_server()
            document = read_document(report, "report.pdf")
            print(parent_server, server_pid(), len(document.pages), flush=True)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status))
"""


def run(mode: str, report: Path) -> tuple[int, int, int]:
    output = python_output(["-c", SCRIPT, mode, str(report)])
    parent_server, child_server, pages = (int(x) for x in output.split())
    return parent_server, child_server, pages


def test_an_adopting_child_reads_through_its_parents_fork_server(corpus_dir: Path) -> None:
    parent_server, child_server, pages = run("adopt", corpus_dir / "files" / "024.pdf")
    assert child_server == parent_server and pages >= 1


def test_a_forgetting_child_starts_a_fork_server_of_its_own(corpus_dir: Path) -> None:
    parent_server, child_server, pages = run("forget", corpus_dir / "files" / "024.pdf")
    assert child_server not in (None, parent_server) and pages >= 1


def test_an_adopting_child_whose_inherited_server_died_starts_its_own(corpus_dir: Path) -> None:
    parent_server, child_server, pages = run("adopt-dead", corpus_dir / "files" / "024.pdf")
    assert child_server != parent_server and pages >= 1


STOP_SCRIPT = """
import multiprocessing.forkserver
import multiprocessing.resource_tracker
import os
from extractors.reading.sandbox import start_fork_server, stop_fork_server

if __name__ == "__main__":
    start_fork_server()
    server = multiprocessing.forkserver._forkserver._forkserver_pid
    tracker = multiprocessing.resource_tracker._resource_tracker._pid
    stop_fork_server()
    for pid in (server, tracker):
        try:
            os.kill(pid, 0)
            print("alive", pid)
        except ProcessLookupError:
            print("gone")
"""


def test_stopping_the_fork_server_waits_for_it_and_the_resource_tracker() -> None:
    assert python_output(["-c", STOP_SCRIPT], timeout=120).split() == ["gone", "gone"]
