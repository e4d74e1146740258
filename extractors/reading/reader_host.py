"""The reader host: a small process of its own that starts every reader child for its caller.

multiprocessing runs the main module of the process that starts a child again in that child
(its guide says so under "Safe importing of main module"). Under a flow run the main module
is Prefect's engine, which imports all of Prefect: the readers' fork server had to import it
too, about 1.9 s of CPU and two seconds before the first read of every run. The host is
started with `python -c`, a main module with nothing to run again, imports little beyond the
sandbox, and starts the fork server at once, ready before the caller's own imports are done.

The caller (`run_sandboxed`) asks the host over a `multiprocessing.connection` socket with a
random key, one connection a read, from as many threads as it likes; the host runs each read
in a child of its fork server (`sandbox.run_in_child`) and relays the child's pickled outcome
as it came. The host reads its standard input until the caller is gone (its end of the pipe
closes however the caller ends, SIGKILL included) or until SIGTERM, SIGHUP or SIGINT comes,
then kills the children still running, removes their folders and exits, answering nothing to
a read it killed. A host that died is started again by the next read; the read it was
serving fails with a transient InternalError, which the document's retry takes.

Under `markerflow up` one host serves every run of the machine (`start_machine_host`): the
runs find it through the file $MARKERFLOW_READER_HOST names, and start a host of their own
only when there is none or it is gone.

A flow run also has its documents analysed in the host itself (`run_in_host`), not in a child:
the host imports spaCy and builds the marker pipeline (`warm`, about a second of CPU) on the
other core while the run's own process imports Prefect and the flow module, so the first
analysis finds it ready, and the run's process never loads spaCy. A call there that gives no
answer in time holds the host's GIL (a pattern that does not end): the caller kills the host
and fails that document for good (`AnalysisOverran`).
"""

import contextlib
import importlib
import json
import os
import pickle
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Generator, Iterator
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from extractors.errors import InternalError, RejectedInput
from extractors.limits import Limits
from schemas.error_trace import ErrorTrace

# What the host may take beyond a document's own limit before its caller stops waiting: the
# host sends ReadTimeout itself at the limit; this only guards against a host that hangs.
ANSWER_GRACE_SECONDS = 60.0
START_SECONDS = 120.0  # a fresh interpreter and its imports, on a loaded machine
# An analysis in the host: about 20 ms of CPU a page, so minutes only for a pattern that does
# not end (hundreds of pages take seconds, even on a loaded machine).
HOST_CALL_SECONDS = 300.0
# What a flow run's host loads as it starts, for `run_in_host`: the marker pipeline.
ANALYSIS = ("extractors.markers.pipeline:marker_pipeline",)
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
_STATS: dict[str, float] = {}


class ReaderHostLost(InternalError):
    """The reader host ended or stopped answering: markerflow's trouble, worth another try."""

    def __init__(self, why: str) -> None:
        super().__init__(why, ErrorTrace(why, ()), transient=True)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.error_type,))


class _HostSilent(ReaderHostLost):
    """The host took a request and gave no answer in time."""

    def __init__(self) -> None:
        super().__init__("ReaderHostSilent")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), ())


class AnalysisOverran(InternalError):
    """A call in the host ran past HOST_CALL_SECONDS: markerflow's fault, and not worth a retry.

    A regular expression that backtracks without end holds the GIL: nothing in the host runs
    until it ends, so the caller stops the host (the next call starts another) and fails the
    document for good, kept for `markerflow failed retry` after an upgrade; a retry would
    stall the new host the same way.
    """

    def __init__(self) -> None:
        super().__init__("AnalysisOverran", ErrorTrace("AnalysisOverran", ()), transient=False)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), ())


def run_sandboxed(call: Callable[..., Any], args: tuple[Any, ...], limits: Limits) -> Any:
    """Run `call(*args)` in a reader child; its RejectedInput, a crash or an overrun is raised here.

    `call` must be importable by name (a module-level function): the child unpickles it.
    """
    status, value, stats = shared_host().ask(call, args, limits)
    _STATS.clear()
    _STATS.update(stats)
    if status == "error":
        raise value
    return value


def run_sandboxed_stages(
    call: Callable[..., Iterator[Any]], args: tuple[Any, ...], limits: Limits, stages: int
) -> Generator[Any, None, None]:
    """run_sandboxed for a generator `call` of `stages` values: each value as its stage ends.

    The child goes on with the next stage while the caller works; a stage's error is raised
    when that stage is taken. Close the iterator when its later stages are not wanted.
    """
    with contextlib.closing(shared_host().ask_stages(call, args, limits, stages)) as replies:
        for status, value, stats in replies:
            _STATS.clear()
            _STATS.update(stats)
            if status == "error":
                raise value
            yield value


def run_in_host(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `call(*args, **kwargs)` in the reader host's own process; its error is raised here.

    For work that needs no sandbox but should run beside this process: a flow run's analysis.
    An error of the call comes back as an InternalError with its PHI-free trace; a call that
    gives no answer within HOST_CALL_SECONDS stops the host and raises AnalysisOverran.
    """
    host = shared_host()
    try:
        status, value, _ = host.ask_host(call, args, kwargs)
    except _HostSilent:
        host.stop_stuck()
        raise AnalysisOverran() from None
    if status == "error":
        raise value
    return value


def last_child_stats() -> dict[str, float]:
    """CPU seconds and peak RSS of the last child and its tesseract processes (for bench/)."""
    return dict(_STATS)


def start_readers_soon(warm: tuple[str, ...] = ()) -> threading.Thread:
    """Start the host (and with it the readers' fork server) in the background.

    For a caller that will read soon and has other work meanwhile; a failure here is left to
    the first read, which starts the host again and reports. `warm` names ("module:function")
    what a new host calls as it starts, for `run_in_host`.
    """

    def start() -> None:
        try:
            shared_host(warm)
        except Exception:  # noqa: BLE001, S110 - the first read tries again and says why
            pass

    starter = threading.Thread(target=start, name="reader-host-start", daemon=True)
    starter.start()
    return starter


def start_readers_step() -> dict[str, str]:
    """`start_readers_soon` as a deployment pull step (prefect.yaml); no output for later steps.

    Pull steps run in the flow run's process before Prefect imports the flow's module: the host,
    its fork server and the marker pipeline get ready on the other core during that import.
    """
    start_readers_soon(ANALYSIS)
    return {}


class HostHandle:
    """A caller's way to one host: its socket's address and key."""

    address: str
    authkey: bytes

    def alive(self) -> bool:
        """Whether the host is still there to ask."""
        raise NotImplementedError

    def close(self) -> None:
        """Let go of the host."""

    def _lost(self) -> None:
        """What a handle does when a read found its host gone."""

    def stop_stuck(self) -> None:
        """Kill a host stuck in a call that holds it: no signal handler of its own can run."""

    def ask(
        self, call: Callable[..., Any], args: tuple[Any, ...], limits: Limits
    ) -> tuple[str, Any, dict[str, float]]:
        """The outcome of one read: ("ok", value, usage) or ("error", exception, usage)."""
        request = [pickle.dumps((call, args), protocol=pickle.HIGHEST_PROTOCOL)]
        return self._exchange(limits, request, limits.document_seconds)

    def ask_host(
        self, call: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[str, Any, dict[str, float]]:
        """The outcome of a call run in the host itself: ("ok", value, {}) or ("error", ...)."""
        request = [pickle.dumps((call, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)]
        return self._exchange(None, request, HOST_CALL_SECONDS)

    def ask_stages(
        self, call: Callable[..., Iterator[Any]], args: tuple[Any, ...], limits: Limits, stages: int
    ) -> Generator[tuple[str, Any, dict[str, float]], None, None]:
        """The outcome of each stage of a read whose call yields `stages` values, as they come."""
        request = [pickle.dumps((call, args), protocol=pickle.HIGHEST_PROTOCOL)]
        return self._replies((limits, stages), request, limits.document_seconds, stages)

    def _exchange(
        self, limits: Limits | None, request: list[bytes], seconds: float
    ) -> tuple[str, Any, dict[str, float]]:
        """Send a request (with limits: in a child; without: in the host) and wait for it."""
        with contextlib.closing(self._replies(limits, request, seconds, 1)) as replies:
            return next(replies)

    def _replies(
        self, header: object, request: list[bytes], seconds: float, count: int
    ) -> Generator[tuple[str, Any, dict[str, float]], None, None]:
        """Send a request and yield its `count` answers, each within `seconds` and the grace.

        The pickled request is taken out of its list as it is sent, so that no copy of the file
        waits here with the read (a scanned document's is tens of MB).
        """
        try:
            with Client(self.address, family="AF_UNIX", authkey=self.authkey) as connection:
                connection.send(header)
                connection.send_bytes(request.pop())
                for _ in range(count):
                    if not connection.poll(seconds + ANSWER_GRACE_SECONDS):
                        raise _HostSilent()
                    yield connection.recv()
        except (EOFError, OSError) as err:
            self._lost()
            raise ReaderHostLost(type(err).__name__) from None


class ReaderHost(HostHandle):
    """A host process of the caller's own, which ends when the caller lets go of it or ends.

    `own_session` puts it in a session of its own, out of reach of a terminal's Ctrl-C: for a
    host that its starter stops itself (the machine's host, `start_machine_host`).
    """

    def __init__(self, warm: tuple[str, ...] = (), own_session: bool = False) -> None:
        self.authkey = os.urandom(32)
        env = dict(os.environ)
        # The host imports the caller's modules by name (the calls it is asked to run), so it
        # sees the caller's import path; the package root first, for `extractors` itself.
        paths = [str(_PACKAGE_ROOT), *(p or os.getcwd() for p in sys.path)]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from extractors.reading.reader_host import serve; serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            start_new_session=own_session,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        handshake = {"authkey": self.authkey.hex(), "warm": list(warm)}
        self.process.stdin.write(json.dumps(handshake).encode() + b"\n")
        self.process.stdin.flush()
        self.address = self._address_line(self.process.stdout.fileno())

    def _address_line(self, fd: int) -> str:
        line = b""
        while not line.endswith(b"\n"):
            ready, _, _ = select.select([fd], [], [], START_SECONDS)
            chunk = os.read(fd, 4096) if ready else b""
            if not chunk:
                self.close()
                raise ReaderHostLost("ReaderHostDidNotStart")
            line += chunk
        return str(json.loads(line)["address"])

    def alive(self) -> bool:
        """Whether the host process is still there."""
        return self.process.poll() is None

    def _lost(self) -> None:
        # A host killed closes its sockets a moment before it can be waited for: wait, so
        # that the next read sees it gone and starts another.
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)

    def stop_stuck(self) -> None:
        """Kill our host, stuck in a call; the next call starts another."""
        self.process.kill()
        self._lost()

    def close(self) -> None:
        """Close the host's input, which ends it, and wait for it."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


# The file that names the machine's host to every process below `markerflow up` (its worker's
# flow runs): address, key and process id, readable by its owner only.
MACHINE_HOST_ENV = "MARKERFLOW_READER_HOST"


class MachineHost(HostHandle):
    """The machine's host (`start_machine_host`), shared by every run on the machine.

    Not this process's to stop. Once a read finds it gone, this handle says it is dead, and
    the caller starts a host of its own.
    """

    def __init__(self, pid: int, address: str, authkey: bytes) -> None:
        self.pid = pid
        self.address = address
        self.authkey = authkey
        self.gone = False

    def alive(self) -> bool:
        """Whether no read has found it gone and its process is still there."""
        if self.gone:
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True  # there, under another user: a read will tell
        return True

    def _lost(self) -> None:
        self.gone = True

    def stop_stuck(self) -> None:
        """Kill the machine's host: every run of the machine waits on it while it is stuck.

        A run that finds it gone starts a host of its own; `markerflow up` starts another.
        """
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.pid, signal.SIGKILL)
        self._lost()


def start_machine_host(folder: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    """Start a host for every flow run below the caller: its process, and the environment to pass.

    A run's process started with that environment reads and analyses in this host instead of
    starting its own: spaCy, the marker pipeline and the readers' fork server are loaded once
    for the machine, not once a run. The host ends when the caller ends (its input closes) or
    at SIGTERM; a run that finds it gone starts a host of its own.
    """
    host = ReaderHost(ANALYSIS, own_session=True)
    folder.mkdir(parents=True, exist_ok=True)
    named = {"pid": host.process.pid, "address": host.address, "authkey": host.authkey.hex()}
    part = folder / "reader-host.json.part"
    part.unlink(missing_ok=True)
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as out:
        json.dump(named, out)
    path = folder / "reader-host.json"
    os.replace(part, path)
    return host.process, {MACHINE_HOST_ENV: str(path)}


def machine_host() -> MachineHost | None:
    """The machine's host that $MARKERFLOW_READER_HOST names, if it is there."""
    path = os.environ.get(MACHINE_HOST_ENV)
    if not path:
        return None
    try:
        named = json.loads(Path(path).read_text())
        host = MachineHost(
            int(named["pid"]), str(named["address"]), bytes.fromhex(named["authkey"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return host if host.alive() else None


_HOST: HostHandle | None = None
_HOST_LOCK = threading.Lock()


def shared_host(warm: tuple[str, ...] = ()) -> HostHandle:
    """The machine's host if one is named and there, else this process's own, started on use.

    Its own is started again after it ended; one started here by a read loads nothing for
    `run_in_host` (`warm`) unless told to.
    """
    global _HOST
    with _HOST_LOCK:
        if _HOST is None or not _HOST.alive():
            # The machine's host on first use only: after a host is lost, one of our own.
            machines = machine_host() if _HOST is None else None
            if _HOST is not None:
                _HOST.close()
            _HOST = machines or ReaderHost(warm)
        return _HOST


def _forget_host_in_forked_child() -> None:
    """A forked copy of the caller starts a host of its own, and lets go of its parent's."""
    global _HOST, _HOST_LOCK
    _HOST_LOCK = threading.Lock()
    if isinstance(_HOST, ReaderHost) and _HOST.process.stdin is not None:
        _HOST.process.stdin.close()  # the parent's copy stays open: its host lives on
    _HOST = None


os.register_at_fork(after_in_child=_forget_host_in_forked_child)


def serve() -> None:
    """The host's main: answer reads until the caller is gone or an ending signal comes."""
    from extractors.reading import sandbox

    handshake = json.loads(sys.stdin.buffer.readline())
    authkey = bytes.fromhex(handshake["authkey"])
    sandbox.ensure_short_socket_folder()
    listener = Listener(family="AF_UNIX", authkey=authkey)
    sys.stdout.write(json.dumps({"address": listener.address}) + "\n")
    sys.stdout.flush()
    os.dup2(2, 1)  # nothing else reads our standard output: a child's print goes to stderr
    ended = threading.Event()
    for signum in _ENDING_SIGNALS:
        signal.signal(signum, _end_on_signal)
    threading.Thread(target=_accept, args=(listener, sandbox, ended), daemon=True).start()
    threading.Thread(target=_start_fork_server, args=(sandbox,), daemon=True).start()
    threading.Thread(target=_warm, args=(handshake["warm"],), daemon=True).start()
    try:
        while sys.stdin.buffer.read(65536):
            pass
    finally:
        # The caller is gone, or the host was told to stop (the stack stopping with runs in
        # flight): stop what still runs for it, then exit as usual, so that multiprocessing
        # removes its folder of sockets (ours and the fork server's).
        ended.set()
        sandbox.stop_every_child()
        listener.close()


# Signals that end the host the way its caller's end does, folders removed: SIGTERM from a
# worker or `markerflow up` stopping, SIGHUP from a closed terminal, SIGINT from Ctrl-C in one.
_ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def _end_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def _accept(listener: Listener, sandbox: Any, ended: threading.Event) -> None:
    while not ended.is_set():
        try:
            connection = listener.accept()
        except (OSError, EOFError):
            continue  # a caller that went away mid-handshake, a wrong key, or the end
        threading.Thread(target=_answer, args=(sandbox, connection, ended), daemon=True).start()


def _start_fork_server(sandbox: Any) -> None:
    """Start the fork server now, so that the first read finds it ready."""
    try:
        sandbox.run_in_child(pickle.dumps((_nothing, ())), Limits())
    except Exception:  # noqa: BLE001, S110 - the first read starts it again and reports
        pass


def _warm(names: list[str]) -> None:
    """Call each "module:function" once (what `run_in_host` calls will need, loaded early)."""
    for name in names:
        module, _, function = name.partition(":")
        try:
            getattr(importlib.import_module(module), function)()
        except Exception:  # noqa: BLE001, S110 - the call that needs it meets the error again
            pass


def _nothing() -> None:
    """A call with no work: a child that runs it starts the fork server."""


def _answer(sandbox: Any, connection: Connection, ended: threading.Event) -> None:
    with connection:
        try:
            header: Limits | tuple[Limits, int] | None = connection.recv()
            request = [connection.recv_bytes()]
        except (EOFError, OSError):
            return
        if header is None:
            _answer_here(connection, request.pop())
            return
        limits, stages = header if isinstance(header, tuple) else (header, 1)
        # In a list, which the sandbox empties: the host holds no copy of the file while it reads.
        outcomes = sandbox.child_outcomes(request, limits, stages, connection)
        with contextlib.closing(outcomes):
            for _ in range(stages):
                if not _relay(outcomes, connection, ended):
                    return


def _relay(
    outcomes: Generator[bytes, None, None], connection: Connection, ended: threading.Event
) -> bool:
    """Send the child's next outcome on; whether the caller may get one more after it."""
    failure: Exception | None = None
    try:
        outcome: bytes = next(outcomes)
    except RejectedInput as err:  # an overrun, or a child that died
        failure = err
    except Exception as err:  # noqa: BLE001 - the host's last line of defence
        failure = InternalError.from_error(err)
    if ended.is_set():
        # The host is ending and killed the reader: that is no verdict on the file. No
        # answer; the caller, if still there, fails the read as worth another try.
        return False
    try:
        if failure is None:
            connection.send_bytes(outcome)
        else:
            connection.send(("error", failure, {}))
    except OSError:
        return False  # the caller is gone
    return failure is None


def _answer_here(connection: Connection, request: bytes) -> None:
    """Run a call in this process (a flow run's analysis) and send its outcome."""
    try:
        call, args, kwargs = pickle.loads(request)  # noqa: S301 - from our caller, keyed socket
        outcome: tuple[str, Any, dict[str, float]] = ("ok", call(*args, **kwargs), {})
    except RejectedInput as err:
        outcome = ("error", err, {})
    except Exception as err:  # noqa: BLE001 - the caller raises it, with its PHI-free trace
        outcome = ("error", InternalError.from_error(err), {})
    try:
        connection.send(outcome)
    except OSError:
        pass  # the caller is gone
    except Exception as err:  # noqa: BLE001 - a result that cannot be pickled is our bug
        connection.send(("error", InternalError.from_error(err), {}))
