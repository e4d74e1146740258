"""Run a parse in a forked child with a memory cap and a wall clock, so no input can kill us."""

import contextlib
import inspect
import multiprocessing
import os
import pickle
import resource
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Generator, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
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

# Children fork from a small server that has already imported the readers: cheap to start, and
# free of the threads, locks and open files of the process that asks for the read. Only the
# reader host (reader_host.py) starts them: its main module is `-c`, which multiprocessing has
# nothing to run again in a child.
_CONTEXT = multiprocessing.get_context("forkserver")
# The fork server imports them in this order; the setup comes last, as it freezes what is loaded.
READER_MODULES = (
    "extractors.reading.sandboxed_calls",
    "extractors.reading.document_reading",
    "extractors.reading.page_images",
    "extractors.reading.fork_server_setup",
)
_PRELOAD_SET = threading.Lock()
_preloaded: list[str] = []
# The children running now, with their private folders: the host stops them all
# when the process it reads for is gone.
_RUNNING: dict[int, tuple[Any, str]] = {}
_RUNNING_LOCK = threading.Lock()
# The fork server listens on a Unix socket in a folder under the temporary folder, and a
# socket path holds at most 107 bytes: under a long TMPDIR every read failed with "AF_UNIX path
# too long". Python 3.12 does not fall back by itself, so a long TMPDIR gets a short folder.
_SOCKET_FOLDER_MAX = 70
_SHORT_BASES = ("/tmp", "/var/tmp", "/dev/shm")  # noqa: S108 - mkdtemp makes private folders
# A reader child's private folder: `markerflow-read-<pid of the process that made it>-<random>`.
SCRATCH_PREFIX = "markerflow-read-"


def ensure_short_socket_folder() -> None:
    """Put this process's temporary files under a short system folder when TMPDIR is too long.

    Set through `tempfile.tempdir`; multiprocessing makes (and removes) its private folder there.
    """
    if len(tempfile.gettempdir()) <= _SOCKET_FOLDER_MAX:
        return
    for base in _SHORT_BASES:
        if os.path.isdir(base) and os.access(base, os.W_OK | os.X_OK):
            tempfile.tempdir = base
            return


def prepare_fork_server() -> None:
    """Before the first reader child: a usable socket folder and the fork server's preload."""
    with _PRELOAD_SET:
        if _preloaded:
            return
        ensure_short_socket_folder()
        remove_orphaned_scratch()
        _preloaded.extend(READER_MODULES)
        _CONTEXT.set_forkserver_preload(_preloaded)


def remove_orphaned_scratch(folder: str | None = None) -> int:
    """Remove the reader folders left by processes that are gone; how many were removed.

    The process that starts a reader removes its folder when the reader ends; only a SIGKILL of
    that process or a machine crash leaves one behind, with the page images in it. Its name
    holds that process's id: a folder whose process is alive, or that belongs to another user,
    stays.
    """
    removed = 0
    for path in Path(folder or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*-*"):
        maker = path.name.removeprefix(SCRATCH_PREFIX).split("-", 1)[0]
        if not maker.isdigit() or _process_alive(int(maker)):
            continue
        try:
            found = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(found.st_mode) and found.st_uid == os.getuid():
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def run_in_child(request: bytes | list[bytes], limits: Limits) -> bytes:
    """Run the pickled `(call, args)` in a child; the child's pickled outcome, as it sent it.

    The outcome is `(status, value, usage)`: ("ok", result) or ("error", a RejectedInput or an
    InternalError). An overrun or a child that died raises its RejectedInput here.
    """
    with contextlib.closing(child_outcomes(request, limits)) as outcomes:
        return next(outcomes)


def child_outcomes(
    request: bytes | list[bytes],
    limits: Limits,
    stages: int = 1,
    caller: Connection | None = None,
) -> Generator[bytes, None, None]:
    """run_in_child's outcome of each of the call's `stages`, as the child sends it.

    A call of several stages is a generator that yields one value a stage (the read's child
    renders the page images once it has sent the read). Each stage has a wall clock of its
    own, `limits.document_seconds` from the end of the stage before, as a child of its own
    would; an overrun kills the child and a child that died raises, at that stage. The child
    is stopped once the last stage is in or this iterator is closed, and, from the second stage
    on, as soon as the `caller` connection closes (CallerGone): its caller let go of the rest.

    A request given in a list is taken out of it: once the child has it, this process holds
    no copy (a scanned document's file is tens of MB, held otherwise for the whole read).
    """
    held = [request.pop()] if isinstance(request, list) else [request]
    del request
    prepare_fork_server()
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    # The child's temporary files (page images for tesseract, tesseract's own output) go in a
    # private folder removed here once the child has ended: a child killed on overrun cannot
    # clean up, and its page images would otherwise stay on disk.
    scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
    child = _CONTEXT.Process(
        target=_child_main, args=(sender, held, limits, scratch), name="markerflow-reader"
    )
    try:
        with _RUNNING_LOCK:
            child.start()
            _RUNNING[id(child)] = (child, scratch)
        held.clear()  # the child has its own copy
        sender.close()
        try:
            for stage in range(stages):
                yield _await(receiver, child, limits, caller if stage else None)
        finally:
            _stop(child)
            receiver.close()
            with _RUNNING_LOCK:
                _RUNNING.pop(id(child), None)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def stop_every_child() -> None:
    """Kill every running child with its tesseracts and remove their folders (the host ends)."""
    with _RUNNING_LOCK:
        running = list(_RUNNING.values())
        _RUNNING.clear()
    for child, scratch in running:
        _stop(child)
        shutil.rmtree(scratch, ignore_errors=True)


class CallerGone(Exception):
    """The caller closed its connection before a later stage: nobody wants that stage."""


def _await(
    receiver: Connection, child: Any, limits: Limits, caller: Connection | None = None
) -> bytes:
    watched = [receiver] if caller is None else [receiver, caller]
    ready = wait(watched, limits.document_seconds)
    if receiver not in ready:
        if caller is not None and caller in ready:
            raise CallerGone()
        if child.is_alive():
            raise ReadTimeout(
                f"Reading took longer than {limits.document_seconds:.0f} s and was stopped; "
                "the file may be hostile or unusually heavy. Raise MARKERFLOW_DOCUMENT_SECONDS "
                "only if it is a genuine report."
            )
    try:
        return receiver.recv_bytes()
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


def _child_main(sender: Connection, held: list[bytes], limits: Limits, scratch: str) -> None:
    os.setsid()
    os.environ["TMPDIR"] = scratch  # for tesseract, which the child runs
    tempfile.tempdir = scratch
    cap = limits.max_memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    os.environ["OMP_THREAD_LIMIT"] = "1"
    for outcome in _outcomes(held, limits):
        if not _send_outcome(sender, outcome):
            break
    sender.close()


def _outcomes(held: list[bytes], limits: Limits) -> Iterator[tuple[str, Any]]:
    """("ok", value) of the call, or of each stage a generator call yields; its error ends them.

    The pickled request is taken out of `held` and let go once loaded: the call's arguments
    hold the file, and the request a second copy of it for the whole read.
    """
    try:
        call, args = pickle.loads(held.pop())  # noqa: S301 - from our own process, over our pipe
        result = call(*args)
        if not inspect.isgenerator(result):
            yield ("ok", result)
            return
        for value in result:
            yield ("ok", value)
    except RejectedInput as err:
        yield ("error", err)
    except MemoryError:
        yield (
            "error",
            ResourceLimit(
                f"Reading the file needed more than {limits.max_memory_mb} MB of memory; the file "
                "is probably a decompression bomb or corrupt. Raise MARKERFLOW_MAX_MEMORY_MB only "
                "for a genuine report."
            ),
        )
    except Exception as err:  # noqa: BLE001 - the child's last line of defence
        yield ("error", _classified(err))


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


def _send_outcome(sender: Connection, outcome: tuple[str, Any]) -> bool:
    """Send the outcome; one that cannot be pickled becomes an error that blames the code.

    Without this the child died in `send` and the parent saw a dead reader, which it reports as
    the file running out of memory: a programming error would reject a good report as hostile.
    Whether to go on with the call's next stage: not when the parent is gone (its run ended or
    was killed: nobody to tell) nor after a stage's result was lost.
    """
    try:
        sender.send((*outcome, _usage()))
    except MemoryError:
        raise  # a result too large for the memory cap: the parent's "reader died" is right
    except BrokenPipeError:
        return False
    except Exception as err:  # noqa: BLE001 - pickling raises TypeError, AttributeError, ...
        lost = ReaderResultLost.from_error(err)
        sender.send(("error", lost, _usage()))
        return False
    return True


def _usage() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_seconds": own.ru_utime + own.ru_stime,
        "ocr_cpu_seconds": children.ru_utime + children.ru_stime,
        "peak_rss_mb": own.ru_maxrss / 1024,
        "ocr_peak_rss_mb": children.ru_maxrss / 1024,
    }
