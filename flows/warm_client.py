"""The command the process work pool runs for each flow run: hand the run to a warm parent.

A process worker starts one fresh interpreter per flow run, and importing Prefect, spaCy and the
readers costs seconds of every run. `flows.warm_worker` keeps one parent with all of that
imported and forks a child per run; this client is what the worker starts instead of
`python -m prefect.engine`. It sends its environment, working folder and standard streams to the
parent, forwards the signals the worker sends it (cancellation) and exits as the child exited.
If no warm parent is named or it cannot take the run, it becomes `python -m prefect.engine`
itself, so a pool with this command works under any worker. Standard library only: it must
start in milliseconds.
"""

import json
import os
import signal
import socket
import struct
import sys
from typing import Any, NoReturn

SOCKET_ENV = "MARKERFLOW_WARM_SOCKET"
_HEADER = struct.Struct("!I")


def send_message(sock: socket.socket, message: dict[str, Any]) -> None:
    """One length-prefixed JSON message."""
    data = json.dumps(message).encode()
    sock.sendall(_HEADER.pack(len(data)) + data)


def _receive_exactly(sock: socket.socket, size: int) -> bytes | None:
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive_message(sock: socket.socket) -> dict[str, Any] | None:
    """The next message, or None once the other end has closed."""
    header = _receive_exactly(sock, _HEADER.size)
    if header is None:
        return None
    data = _receive_exactly(sock, _HEADER.unpack(header)[0])
    return None if data is None else json.loads(data)


def run_cold() -> NoReturn:
    """Become the engine process a plain process worker would have started."""
    argv = [sys.executable, "-m", "prefect.engine", *sys.argv[1:]]
    os.execv(sys.executable, argv)  # noqa: S606 - this interpreter, fixed arguments


def open_streams() -> list[int]:
    """Standard input, output and error, where open (the parent needs all three or none)."""
    for fd in (0, 1, 2):
        os.fstat(fd)
    return [0, 1, 2]


def hand_over(path: str) -> socket.socket | None:
    """Connect, send streams and environment; the socket once a child runs, else None."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(path)
        socket.send_fds(sock, [b"\0"], open_streams())
        send_message(sock, {"env": dict(os.environ), "cwd": os.getcwd(), "argv": sys.argv[1:]})
        reply = receive_message(sock)
    except OSError:
        sock.close()
        return None
    if reply is None or "pid" not in reply:
        sock.close()
        return None
    return sock


def exit_like(code: int) -> NoReturn:
    """Exit with the child's status: a negative code is the signal that ended it."""
    if code < 0:
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
        sys.exit(128 - code)
    sys.exit(code)


def main() -> None:
    """Run the flow run in the warm parent if there is one, else cold."""
    path = os.environ.get(SOCKET_ENV)
    sock = hand_over(path) if path else None
    if sock is None:
        run_cold()

    def forward(signum: int, _frame: object) -> None:
        try:
            send_message(sock, {"signal": signum})
        except OSError:
            pass

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, forward)
    reply = receive_message(sock)
    exit_like(int(reply["exit"]) if reply and "exit" in reply else 1)


if __name__ == "__main__":
    main()
