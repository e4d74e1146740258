"""A Prefect process worker whose flow runs start warm: `python -m flows.warm_worker ARGS`.

Starts `prefect worker start ARGS` as its child, then imports Prefect's engine and markerflow's
flows once and waits on a private Unix socket. The pool's command, `flows.warm_client`, hands
each flow run here and this parent forks a child that runs `prefect.engine` for it with the
client's environment, folder and streams: the same work as a fresh `python -m prefect.engine`,
without seconds of imports per run.

The parent stays single-threaded (forking is safe), shares the worker's process group (a kill of
the group ends every run, as with a plain worker), kills a run whose client died (the worker
was killed), and exits with the worker. A client whose Prefect settings differ from the
parent's is told to run cold, so a run never executes with settings it was not given.
"""

import atexit
import logging
import os
import runpy
import selectors
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flows.warm_client import SOCKET_ENV, receive_message, send_message
from schemas.error_trace import phi_free_traceback

log = logging.getLogger("markerflow.warm_worker")

PRELOAD = (
    "prefect.engine",
    "prefect.flow_engine",
    "flows.process_document",
    "flows.intake",
    "flows.sqs_consumer",
    "flows.finalize",
    # What every run imported for itself (measured with cProfile in the runs): the deployment's
    # pull step and the runner behind it, the engine's flow visualisation (graphviz), the
    # asyncio backend of anyio, and the case assembly of the rebuild step.
    "prefect.deployments.steps.pull",
    "prefect.runner",
    "prefect.utilities.visualization",
    "anyio._backends._asyncio",
    "extractors.case",
)


def prefect_settings(env: dict[str, str]) -> dict[str, str]:
    """The Prefect settings an environment gives (not the per-run `PREFECT__` values)."""
    return {
        k: v for k, v in env.items() if k.startswith("PREFECT_") and not k.startswith("PREFECT__")
    }


def own_settings() -> dict[str, str]:
    """The settings a run of this parent's worker is given.

    Its environment, then the settings it has set written out again: how the process worker
    builds a run's environment.
    """
    from prefect.settings import get_current_settings

    written = get_current_settings().to_environment_variables(exclude_unset=True)
    return prefect_settings({**os.environ, **written})


def _peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


def settings_differ(
    given: dict[str, str], written: dict[str, str], theirs: dict[str, str]
) -> list[str]:
    """Names (never values) of the settings on which a client and this parent disagree.

    `given` are the parent's own `PREFECT_` variables, `written` those plus what Prefect wrote
    out of them (the worker adds these to every run). A client must carry every given one with
    its value (as given, or as Prefect writes it: `false` becomes `False`), and anything else it
    carries must match what the parent has.
    """
    missing = [k for k in given if theirs.get(k) not in (given[k], written.get(k))]
    other = [k for k in theirs if k not in given and theirs[k] != written.get(k)]
    return sorted(missing + other)


def same_environment(theirs: dict[str, str], ours: dict[str, str]) -> bool:
    """Whether a run's environment is the parent's, Prefect's variables aside.

    The readers' fork server was started with the parent's environment (PATH, TMPDIR,
    TESSDATA_PREFIX ...), and so would every reader child of a run that used it.
    """

    def plain(env: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in env.items() if not k.startswith("PREFECT_") and k != SOCKET_ENV}

    return plain(theirs) == plain(ours)


def run_engine_child(
    request: dict[str, Any], fds: list[int], module: str, share_readers: bool = False
) -> int:
    """In the forked child: become the engine process (`module`) for the client's flow run.

    With `share_readers` its reads go to the parent's fork server; otherwise it starts its own.
    """
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(signum, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    sys.argv = ["prefect.engine", *request.get("argv", [])]
    if not _adopt_fork_server(share_readers):
        # A fork server of its own (a fresh interpreter importing the readers, about a second)
        # starts while the engine talks to the server, instead of at the first read.
        threading.Thread(target=_start_fork_server, name="fork-server-start", daemon=True).start()
    code = 0
    try:
        # runpy warns that the module was imported before; here that is the point.
        warnings.filterwarnings("ignore", "'prefect.engine' found in sys.modules", RuntimeWarning)
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except BaseException:  # noqa: BLE001 - the child reports like an interpreter would
        traceback.print_exc()
        code = 1
    atexit._run_exitfuncs()  # what interpreter exit does: Prefect flushes its logs here
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _adopt_fork_server(share: bool) -> bool:
    """Use the parent's readers' fork server if `share`, else forget it; True when adopted."""
    try:
        from extractors.reading.sandbox import (
            adopt_inherited_fork_server,
            forget_inherited_fork_server,
        )

        if share:
            return adopt_inherited_fork_server()
        forget_inherited_fork_server()
    except Exception as err:  # noqa: BLE001 - the run starts its own fork server instead
        log.warning("fork server not shared\n%s", phi_free_traceback(err))
    return False


def _start_fork_server() -> None:
    try:
        from extractors.reading.sandbox import start_fork_server

        start_fork_server()
    except Exception as err:  # noqa: BLE001 - the first read starts it again and reports
        log.warning("fork server did not start early\n%s", phi_free_traceback(err))


@dataclass
class Run:
    """A forked flow-run child and the client waiting for it."""

    pid: int
    conn: socket.socket


class WarmParent:
    """The socket loop: fork per request, forward signals, report exits."""

    def __init__(
        self,
        listener: socket.socket,
        worker: subprocess.Popen[bytes],
        module: str = "prefect.engine",
        share_readers: bool = False,
    ) -> None:
        self.listener = listener
        self.worker = worker
        self.module = module
        self.share_readers = share_readers
        self.given = prefect_settings(dict(os.environ))
        self.written = own_settings()
        self.selector = selectors.DefaultSelector()
        self.runs: dict[int, Run] = {}
        wake_reader, wake_writer = socket.socketpair()
        wake_reader.setblocking(False)
        wake_writer.setblocking(False)
        self.wake_reader = wake_reader
        self.wake_writer = wake_writer
        signal.set_wakeup_fd(wake_writer.fileno())
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        self.selector.register(listener, selectors.EVENT_READ, "accept")
        self.selector.register(wake_reader, selectors.EVENT_READ, "wake")

    def _stop(self, signum: int, _frame: object) -> None:
        if self.worker.poll() is None:
            self.worker.send_signal(signum)

    def serve(self) -> int:
        """Until the worker exits; then end the runs still going and return its exit code."""
        while self.worker.poll() is None:
            for key, _ in self.selector.select(timeout=1.0):
                if key.data == "accept":
                    self._accept()
                elif key.data == "wake":
                    self._drain_wakeups()
                else:
                    self._client_message(key.data)
            self._reap()
        for run in list(self.runs.values()):
            self._kill(run.pid, signal.SIGTERM)
        while self.runs:
            self._reap(block=True)
        return self.worker.returncode or 0

    def _drain_wakeups(self) -> None:
        try:
            while self.wake_reader.recv(512):
                pass
        except BlockingIOError:
            pass

    def _accept(self) -> None:
        conn, _ = self.listener.accept()
        conn.settimeout(10)
        fds: list[int] = []
        try:
            if _peer_uid(conn) != os.getuid():
                raise PermissionError("client of another user")
            _, fds, _, _ = socket.recv_fds(conn, 1, 3)
            request = receive_message(conn)
            if request is None or len(fds) != 3:
                raise ConnectionError("incomplete request")
            theirs = prefect_settings(request["env"])
            differing = settings_differ(self.given, self.written, theirs)
            if differing:
                log.warning("run started cold: its Prefect settings differ (%s)", differing)
                send_message(conn, {"cold": "settings"})
                raise ConnectionError("cold")
            share_readers = self._readers_ready() and same_environment(
                request["env"], dict(os.environ)
            )
            pid = os.fork()
            if pid == 0:
                self._close_in_child(conn)
                os._exit(run_engine_child(request, fds, self.module, share_readers))
            send_message(conn, {"pid": pid})
            run_id = request["env"].get("PREFECT__FLOW_RUN_ID", "?")
            log.info("flow run %s started warm (pid %d)", run_id, pid)
        except (OSError, ValueError, KeyError, PermissionError) as err:
            log.debug("request refused: %s", type(err).__name__)
            conn.close()
            return
        finally:
            for fd in fds:
                os.close(fd)
        conn.settimeout(None)
        self.runs[pid] = Run(pid, conn)
        self.selector.register(conn, selectors.EVENT_READ, pid)

    def _readers_ready(self) -> bool:
        """Whether the readers' fork server runs (restarted here if it died); never raises."""
        if not self.share_readers:
            return False
        try:
            import multiprocessing.forkserver

            multiprocessing.forkserver.ensure_running()
        except Exception as err:  # noqa: BLE001 - runs start their own instead
            log.warning("readers' fork server unavailable\n%s", phi_free_traceback(err))
            return False
        return True

    def _close_in_child(self, conn: socket.socket) -> None:
        """In a new run's child: drop the parent's sockets (only its client may hold its end)."""
        signal.set_wakeup_fd(-1)
        for open_socket in (self.listener, self.wake_reader, self.wake_writer, conn):
            open_socket.close()
        for run in self.runs.values():
            run.conn.close()

    def _client_message(self, pid: int) -> None:
        run = self.runs.get(pid)
        if run is None:
            return
        try:
            message = receive_message(run.conn)
        except OSError:
            message = None
        if message is None:
            # The client is gone (its worker was killed): the run goes with it, as it would
            # have as the worker's own child.
            self.selector.unregister(run.conn)
            self._kill(pid, signal.SIGKILL)
        elif "signal" in message:
            self._kill(pid, int(message["signal"]))

    def _kill(self, pid: int, signum: int) -> None:
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass

    def _reap(self, block: bool = False) -> None:
        """Report every run that ended (with `block`, wait for one); never reaps the worker."""
        while self.runs:
            ended = False
            for pid in list(self.runs):
                try:
                    done, status = os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    done, status = pid, 0
                if done:
                    ended = True
                    self._report(self.runs.pop(pid), os.waitstatus_to_exitcode(status))
            if ended or not block:
                return
            time.sleep(0.2)

    def _report(self, run: Run, code: int) -> None:
        try:
            self.selector.unregister(run.conn)
        except (KeyError, ValueError):
            pass
        try:
            send_message(run.conn, {"exit": code})
        except OSError:
            pass
        run.conn.close()


def preload() -> None:
    """Import what every flow run imports, build the spaCy pipeline, start the readers' fork server.

    Every run whose environment is the parent's reads through that one fork server.
    """
    import importlib

    from extractors.markers.pipeline import marker_pipeline
    from extractors.reading.sandbox import start_fork_server
    from review.db import head_revision

    for name in PRELOAD:
        importlib.import_module(name)
    marker_pipeline()
    head_revision()
    start_fork_server()


def _stop_readers() -> None:
    """Stop the shared readers' fork server, so nothing of this worker outlives it."""
    try:
        from extractors.reading.sandbox import stop_fork_server

        stop_fork_server()
    except Exception as err:  # noqa: BLE001 - it ends by itself a moment later anyway
        log.warning("readers' fork server not stopped\n%s", phi_free_traceback(err))


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    """Start the worker with ARGS, preload, serve its runs until it exits."""
    args = sys.argv[1:] if argv is None else argv
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s warm-worker %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    # Until the socket loop takes over, a stop request ends this process through `finally`,
    # which removes the socket folder and stops the worker.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    folder = Path(tempfile.mkdtemp(prefix="markerflow-warm-"))
    path = folder / "runs.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    worker: subprocess.Popen[bytes] | None = None
    try:
        listener.bind(str(path))
        listener.listen(64)
        env = {**os.environ, SOCKET_ENV: str(path)}
        command = [sys.executable, "-m", "prefect", "--no-prompt", "worker", "start", *args]
        worker = subprocess.Popen(command, env=env)
        preload()
        log.info("warm: %s imported; runs fork from here", ", ".join(PRELOAD))
        return WarmParent(listener, worker, share_readers=True).serve()
    finally:
        listener.close()
        path.unlink(missing_ok=True)
        folder.rmdir()
        if worker is not None and worker.poll() is None:
            worker.terminate()
            worker.wait()
        _stop_readers()


if __name__ == "__main__":
    sys.exit(main())
