"""Run a parse in a forked child with a memory cap and a wall clock, so no input can kill us."""

import contextlib
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.process
import multiprocessing.resource_tracker
import multiprocessing.util
import os
import resource
import shutil
import signal
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from extractors.errors import (
    CorruptInput,
    InternalError,
    ReadTimeout,
    RejectedInput,
    ResourceLimit,
    file_is_to_blame,
)
from extractors.limits import Limits

# Children fork from a small server that has already imported the readers: cheap to start,
# and free of the parent's threads, locks and open files. fork_server_setup keeps each child
# from importing the parent's main module again (all of Prefect, under a flow run).
_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(
    ["extractors.reading.fork_server_setup", "extractors.reading.sandboxed_calls"]
)
_STATS: dict[str, float] = {}
# The fork server listens on a Unix socket in multiprocessing's folder under TMPDIR, and a
# socket path holds at most 107 bytes: under a long TMPDIR every read failed with "AF_UNIX path
# too long". Python 3.12 does not fall back by itself, so a long TMPDIR gets a short folder.
_SOCKET_FOLDER_MAX = 70
_SHORT_BASES = ("/tmp", "/var/tmp", "/dev/shm")  # noqa: S108 - mkdtemp makes a private folder


def ensure_short_socket_folder() -> None:
    """Give multiprocessing a short private folder when TMPDIR's would make socket paths fail."""
    config = multiprocessing.process.current_process()._config  # type: ignore[attr-defined]
    if "tempdir" in config or len(tempfile.gettempdir()) <= _SOCKET_FOLDER_MAX:
        return
    for base in _SHORT_BASES:
        if os.path.isdir(base) and os.access(base, os.W_OK | os.X_OK):
            folder = tempfile.mkdtemp(prefix="pymp-", dir=base)
            config["tempdir"] = folder
            # As multiprocessing does for its own folder: removed when this process exits.
            multiprocessing.util.Finalize(None, shutil.rmtree, args=[folder], exitpriority=-100)
            return


def start_fork_server() -> None:
    """Start the fork server now rather than at the first read (it imports the readers)."""
    ensure_short_socket_folder()
    multiprocessing.forkserver.ensure_running()


def stop_fork_server(timeout: float = 10.0) -> None:
    """Stop the fork server this process started, and multiprocessing's resource tracker.

    Both end by themselves once every holder of their pipes has exited, but a moment later:
    a long-lived process that shares its fork server (the warm worker) waits for them here,
    so that nothing of it is left once it has exited. Either is killed after `timeout`.
    """
    server: Any = multiprocessing.forkserver._forkserver
    if server._forkserver_pid is not None and server._forkserver_alive_fd is not None:
        os.close(server._forkserver_alive_fd)  # the server exits when its pipe closes
        server._forkserver_alive_fd = None
        _wait_or_kill(server._forkserver_pid, timeout)
        server._forkserver_pid = None
        with contextlib.suppress(OSError, TypeError):
            os.unlink(server._forkserver_address)
        server._forkserver_address = None
    tracker: Any = multiprocessing.resource_tracker._resource_tracker
    if tracker._pid is not None and tracker._fd is not None:
        os.close(tracker._fd)
        tracker._fd = None
        _wait_or_kill(tracker._pid, timeout)
        tracker._pid = None


def _wait_or_kill(pid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def adopt_inherited_fork_server() -> bool:
    """In a process forked after `start_fork_server`: read through that same fork server.

    multiprocessing checks that its fork server lives by waiting on its pid, which only the
    process that started it may do; a forked process would fail there, or start a server of
    its own (a fresh interpreter importing the readers, about a second of CPU). Here the check
    becomes "the process exists": if the inherited server is gone, a new one is started as
    usual. False when there is none to adopt.
    """
    server: Any = multiprocessing.forkserver._forkserver
    pid = server._forkserver_pid
    if pid is None:
        return False

    def ensure_running() -> None:
        if _exists(pid):
            multiprocessing.resource_tracker.ensure_running()
            return
        forget_inherited_fork_server()
        type(server).ensure_running(server)

    server.ensure_running = ensure_running
    return True


def forget_inherited_fork_server() -> None:
    """In a forked process: let the next read start a fork server of its own."""
    server: Any = multiprocessing.forkserver._forkserver
    if server._forkserver_alive_fd is not None:
        os.close(server._forkserver_alive_fd)
    server._forkserver_address = None
    server._forkserver_alive_fd = None
    server._forkserver_pid = None
    server.__dict__.pop("ensure_running", None)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def run_sandboxed(call: Callable[..., Any], args: tuple[Any, ...], limits: Limits) -> Any:
    """Run `call(*args)` in a child; its RejectedInput, a crash or an overrun is raised here."""
    ensure_short_socket_folder()
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(
        target=_child_main, args=(sender, call, args, limits), name="markerflow-reader"
    )
    child.start()
    sender.close()
    try:
        outcome = _await(receiver, child, limits)
    finally:
        _stop(child)
        receiver.close()
    status, value, stats = outcome
    _STATS.clear()
    _STATS.update(stats)
    if status == "error":
        raise value
    return value


def last_child_stats() -> dict[str, float]:
    """CPU seconds and peak RSS of the last child and its tesseract processes (for bench/)."""
    return dict(_STATS)


def _await(receiver: Connection, child: Any, limits: Limits) -> tuple[str, Any, dict[str, float]]:
    if not receiver.poll(limits.document_seconds):
        if child.is_alive():
            raise ReadTimeout(
                f"Reading took longer than {limits.document_seconds:.0f} s and was stopped; "
                "the file may be hostile or unusually heavy. Raise MARKERFLOW_DOCUMENT_SECONDS "
                "only if it is a genuine report."
            )
    try:
        return receiver.recv()
    except (EOFError, OSError) as err:
        child.join(5)
        raise ResourceLimit(
            f"The reader process died ({_exit_description(child.exitcode)}) while parsing the "
            "file, most likely from running out of its memory limit; the file is probably "
            "hostile or corrupt."
        ) from err


def _stop(child: Any) -> None:
    if child.pid is not None and child.is_alive():
        try:
            os.killpg(child.pid, signal.SIGKILL)  # the child and any tesseract it started
        except ProcessLookupError:
            pass
    child.join(5)


def _exit_description(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        return f"signal {signal.Signals(-code).name}"
    return f"exit status {code}"


def _child_main(
    sender: Connection, call: Callable[..., Any], args: tuple[Any, ...], limits: Limits
) -> None:
    os.setsid()
    cap = limits.max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        outcome: tuple[str, Any] = ("ok", call(*args))
    except RejectedInput as err:
        outcome = ("error", err)
    except MemoryError:
        outcome = (
            "error",
            ResourceLimit(
                f"Reading the file needed more than {limits.max_memory_mb} MB of memory; the file "
                "is probably a decompression bomb or corrupt. Raise MARKERFLOW_MAX_MEMORY_MB only "
                "for a genuine report."
            ),
        )
    except Exception as err:  # noqa: BLE001 - the child's last line of defence
        outcome = ("error", _classified(err))
    _send_outcome(sender, outcome)
    sender.close()


def _classified(err: Exception) -> RejectedInput | InternalError:
    """A parser that choked on the file rejects it; an error anywhere else is markerflow's."""
    if not file_is_to_blame(err):
        return InternalError.from_error(err)
    if isinstance(err, RecursionError):
        return CorruptInput(
            "The file's structure nests or loops without end; ask the sender to export it again."
        )
    return CorruptInput(
        f"The file could not be read ({type(err).__name__}); it is probably damaged. "
        "Ask the sender to export it again."
    )


class ReaderResultLost(InternalError):
    """The reader's result could not be sent back: markerflow's fault, not the file's."""


def _send_outcome(sender: Connection, outcome: tuple[str, Any]) -> None:
    """Send the outcome; one that cannot be pickled becomes an error that blames the code.

    Without this the child died in `send` and the parent saw a dead reader, which it reports as
    the file running out of memory: a programming error would reject a good report as hostile.
    """
    try:
        sender.send((*outcome, _usage()))
    except MemoryError:
        raise  # a result too large for the memory cap: the parent's "reader died" is right
    except Exception as err:  # noqa: BLE001 - pickling raises TypeError, AttributeError, ...
        lost = ReaderResultLost.from_error(err)
        sender.send(("error", lost, _usage()))


def _usage() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_seconds": own.ru_utime + own.ru_stime,
        "ocr_cpu_seconds": children.ru_utime + children.ru_stime,
        "peak_rss_mb": own.ru_maxrss / 1024,
        "ocr_peak_rss_mb": children.ru_maxrss / 1024,
    }
