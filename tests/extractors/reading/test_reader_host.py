"""The reader host: reads from many threads, a host that dies, a caller that ends."""

import os
import re
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from extractors.errors import InternalError
from extractors.limits import Limits
from extractors.reading import reader_host
from extractors.reading.reader_host import (
    AnalysisOverran,
    ReaderHostLost,
    run_in_host,
    run_sandboxed,
    shared_host,
)
from flows.step_errors import StepFailed, TransientStepError, is_transient, phi_safe
from tests.extractors.reading.processes import gone
from tests.extractors.reading.python_child import python_output


def doubled(value: int) -> int:
    return 2 * value


def child_pid_then_sleep(note: str, seconds: float) -> int:
    Path(f"{note}.part").write_text(str(os.getpid()))
    os.replace(f"{note}.part", note)  # whole, for a test that reads it the moment it appears
    time.sleep(seconds)
    return os.getpid()


def test_reads_from_many_threads_each_get_their_own_answer() -> None:
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda n: run_sandboxed(doubled, (n,), Limits()), range(12)))
    assert answers == [2 * n for n in range(12)]


def test_a_host_that_died_between_reads_is_started_again() -> None:
    first = shared_host()
    assert run_sandboxed(doubled, (1,), Limits()) == 2
    first.process.send_signal(signal.SIGKILL)
    first.process.wait()

    assert run_sandboxed(doubled, (2,), Limits()) == 4
    assert shared_host() is not first and shared_host().alive()


def test_a_host_that_dies_mid_read_fails_that_read_as_worth_another_try(tmp_path: Path) -> None:
    host = shared_host()
    note = tmp_path / "child"
    errors: list[BaseException] = []

    def read() -> None:
        try:
            run_sandboxed(child_pid_then_sleep, (str(note), 30.0), Limits())
        except BaseException as err:  # kept for the assertions below
            errors.append(err)

    reading = threading.Thread(target=read)
    reading.start()
    deadline = time.monotonic() + 60
    while not note.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    host.process.send_signal(signal.SIGKILL)
    reading.join(60)
    os.kill(int(note.read_text()), signal.SIGKILL)  # the orphaned child would sleep on

    assert len(errors) == 1 and isinstance(errors[0], ReaderHostLost)
    # In a flow, the document's step fails as transient: its task retries, with a new host.
    with pytest.raises(TransientStepError), phi_safe("read"):
        raise errors[0]
    assert run_sandboxed(doubled, (3,), Limits()) == 6


def test_the_host_ends_when_its_caller_closes_its_end_and_leaves_no_socket() -> None:
    host = reader_host.ReaderHost()
    try:
        assert host.ask(doubled, (4,), Limits())[:2] == ("ok", 8)
    finally:
        host.close()
    assert host.process.returncode == 0
    # The folder of its socket and its fork server's: one a flow run, over months of runs.
    assert not Path(host.address).parent.exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_host_told_to_stop_mid_read_ends_its_reader_and_leaves_no_socket(
    signum: int, tmp_path: Path
) -> None:
    # A worker or `markerflow up` stopping with runs in flight signals the hosts; each used to
    # die on SIGTERM with its folder of sockets left behind, one a stop, for ever.
    host = reader_host.ReaderHost()
    note = tmp_path / "child"
    outcomes: list[BaseException | tuple[str, object, object]] = []

    def read() -> None:
        try:
            outcomes.append(host.ask(child_pid_then_sleep, (str(note), 30.0), Limits()))
        except BaseException as err:  # kept for the assertions below
            outcomes.append(err)

    reading = threading.Thread(target=read)
    reading.start()
    try:
        deadline = time.monotonic() + 60
        while not note.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        host.process.send_signal(signum)
        assert host.process.wait(30) == 128 + signum
        reading.join(60)
    finally:
        host.close()

    assert len(outcomes) == 1 and isinstance(outcomes[0], ReaderHostLost)
    reader = int(note.read_text())
    assert gone(reader, seconds=20), "the reader outlived its host"
    assert not Path(host.address).parent.exists()


def fails_with_a_name(name: str) -> None:
    raise ValueError(f"cannot read {name}")


def process_id(**labels: str) -> tuple[int, dict[str, str]]:
    return os.getpid(), labels


def test_a_call_in_the_host_runs_beside_this_process_with_its_arguments() -> None:
    host_pid, labels = run_in_host(process_id, case="case-7")
    assert labels == {"case": "case-7"}
    assert host_pid == shared_host().process.pid != os.getpid()


def test_a_call_in_the_host_that_fails_comes_back_without_its_message() -> None:
    with pytest.raises(InternalError) as raised:
        run_in_host(fails_with_a_name, "Jane CANARY Doe")
    assert raised.value.error_type == "ValueError"
    assert "CANARY" not in str(raised.value) and "CANARY" not in raised.value.cause_trace.format()
    assert any("fails_with_a_name" in frame for frame in raised.value.cause_trace.frames)


def test_a_host_started_for_a_flow_run_loads_the_marker_pipeline_as_it_starts() -> None:
    host = reader_host.ReaderHost(reader_host.ANALYSIS)
    try:
        deadline = time.monotonic() + 120
        loaded = False
        while not loaded and time.monotonic() < deadline:
            loaded = host.ask_host(spacy_loaded, (), {})[1]
            time.sleep(0.2)
        assert loaded
    finally:
        host.close()


def spacy_loaded() -> bool:
    return "extractors.markers.pipeline" in sys.modules and "spacy" in sys.modules


ANALYSED_BESIDE = """
import sys
from pathlib import Path
from extractors import assemble_case, read_document
from extractors.case.analysis import analyse_document
from extractors.reading.reader_host import run_in_host

document = read_document(Path(sys.argv[1]).read_bytes(), "report.pdf")
results = run_in_host(analyse_document, document, source_name="case-1/report.pdf")
case = assemble_case("case-1", [results])
print(len(results.markers), len(case.current_markers), "spacy" in sys.modules)
"""


def test_a_process_that_analyses_in_its_host_never_loads_spacy(corpus_dir: Path) -> None:
    """A flow run reads, analyses and assembles its case without spaCy's second of CPU."""
    output = python_output(["-c", ANALYSED_BESIDE, str(corpus_dir / "files" / "014.pdf")])
    markers, case_markers, spacy_loaded = output.split()
    assert int(markers) > 0 and int(case_markers) > 0
    assert spacy_loaded == "False"


def test_the_pull_step_starts_a_host_to_analyse_and_gives_prefect_a_mapping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """prefect.yaml names it; Prefect hands a step's mapping to the steps after it."""
    started: list[tuple[str, ...]] = []
    monkeypatch.setattr(reader_host, "start_readers_soon", started.append)
    assert reader_host.start_readers_step() == {}
    assert started == [reader_host.ANALYSIS]


MACHINE_HOST_CALLER = """
import os, psutil
from extractors.limits import Limits
from extractors.reading.reader_host import ReaderHostLost, run_in_host, run_sandboxed

host_pid = run_in_host(os.getpid)
reader_parent = run_sandboxed(os.getppid, (), Limits())
print(host_pid, psutil.Process(reader_parent).ppid(), len(psutil.Process().children()))
"""


def test_a_process_named_the_machines_host_reads_and_analyses_there_and_starts_no_host(
    tmp_path: Path,
) -> None:
    """Below `markerflow up`, a flow run loads neither spaCy nor a fork server of its own."""
    process, named = reader_host.start_machine_host(tmp_path / "run")
    try:
        output = python_output(["-c", MACHINE_HOST_CALLER], **named)
        host_pid, readers_host, own_children = (int(n) for n in output.split())
        assert host_pid == readers_host == process.pid
        assert own_children == 0
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 128 + signal.SIGTERM


def test_the_file_naming_the_machines_host_is_its_owners_only(tmp_path: Path) -> None:
    """It holds the host's key: another user's process must not read it."""
    process, named = reader_host.start_machine_host(tmp_path / "run")
    try:
        path = Path(named[reader_host.MACHINE_HOST_ENV])
        assert path.parent == tmp_path / "run"
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)


LOSES_THE_MACHINES_HOST = """
import os, signal
from extractors.limits import Limits
from extractors.reading.reader_host import ReaderHostLost, run_in_host, run_sandboxed

machines = run_in_host(os.getpid)
os.kill(machines, signal.SIGKILL)
outcomes = []
for _ in range(2):
    try:
        outcomes.append(str(run_sandboxed(abs, (-3,), Limits())))
    except ReaderHostLost as lost:
        outcomes.append("lost" if lost.transient else "final")
own = run_in_host(os.getpid)
print(" ".join(outcomes), "own" if own not in (machines, os.getpid()) else own)
"""


def test_a_run_whose_machine_host_died_fails_at_most_one_read_as_transient_then_uses_its_own(
    tmp_path: Path,
) -> None:
    process, named = reader_host.start_machine_host(tmp_path / "run")
    try:
        output = python_output(["-c", LOSES_THE_MACHINES_HOST], **named).split()
        # Killed but not yet waited for by its starter, the host still seems there: the
        # first read finds it gone (a transient failure, which the task's retry takes).
        assert output in (["lost", "3", "own"], ["3", "3", "own"])
    finally:
        process.wait(30)


def test_a_machine_host_that_is_gone_before_the_run_starts_is_passed_over(tmp_path: Path) -> None:
    process, named = reader_host.start_machine_host(tmp_path / "run")
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    output = python_output(["-c", MACHINE_HOST_CALLER], **named)
    host_pid, readers_host, own_children = (int(n) for n in output.split())
    assert host_pid == readers_host != process.pid
    assert own_children == 1  # a host of its own


def backtracks_without_end() -> bool:
    """A pattern that tries every way of splitting a run of a's before it fails: holds the GIL."""
    return re.fullmatch(r"(?:a|a)*b", "a" * 64) is not None


def test_a_call_in_the_host_that_never_ends_stops_the_host_and_fails_for_good(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stuck = shared_host()
    with monkeypatch.context() as short:
        short.setattr(reader_host, "HOST_CALL_SECONDS", 1.0)
        short.setattr(reader_host, "ANSWER_GRACE_SECONDS", 1.0)
        with pytest.raises(AnalysisOverran):
            run_in_host(backtracks_without_end)
    assert not stuck.alive()
    # In a flow the document fails for good (kept as failed, not retried into a new host).
    with pytest.raises(StepFailed) as failed, phi_safe("analyse"):
        raise AnalysisOverran()
    assert not is_transient(failed.value) and failed.value.error_type == "AnalysisOverran"
    assert run_in_host(doubled, 4) == 8  # the next call starts a host of its own


STALLS_THE_MACHINES_HOST = """
import os
from extractors.reading import reader_host
from extractors.reading.reader_host import AnalysisOverran, run_in_host
from tests.extractors.reading.test_reader_host import backtracks_without_end

machines = run_in_host(os.getpid)
limits = reader_host.HOST_CALL_SECONDS, reader_host.ANSWER_GRACE_SECONDS
reader_host.HOST_CALL_SECONDS = reader_host.ANSWER_GRACE_SECONDS = 1.0
try:
    run_in_host(backtracks_without_end)
except AnalysisOverran:
    print("overran", end=" ")
reader_host.HOST_CALL_SECONDS, reader_host.ANSWER_GRACE_SECONDS = limits
own = run_in_host(os.getpid)
print("own" if own not in (machines, os.getpid()) else own)
"""


def test_a_machines_host_stuck_in_a_call_is_stopped_and_the_run_goes_on_with_its_own(
    tmp_path: Path,
) -> None:
    process, named = reader_host.start_machine_host(tmp_path / "run")
    try:
        output = python_output(["-c", STALLS_THE_MACHINES_HOST], **named)
        assert output.split() == ["overran", "own"]
        assert process.wait(30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(30)
