"""At most N tesseract processes on this machine: slots are lock files held with flock.

The bound is a machine's, not the Prefect server's. It was a Prefect global concurrency limit
with leased slots, and a restarted Prefect server forgot its leases (they live in its memory)
while the slots stayed taken: every later read waited for ever. A lock held with flock is let
go by the kernel the moment its holder exits, however it exits (SIGKILL included), and needs
no server. Workers share slots when they share the folder: `MARKERFLOW_LOCK_DIR`, by default
`$MARKERFLOW_HOME/locks`; keep it on a local disk (flock over NFS is not dependable).
"""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from review.db import markerflow_home

POLL_SECONDS = 0.2


@contextmanager
def tesseract_slots(
    wanted: int, total: int | None = None, folder: Path | None = None
) -> Iterator[int]:
    """Hold `wanted` of the machine's `total` slots (one a core), waiting as long as it takes.

    All or none: two holders of some slots each can never wait on each other. Yields how many
    are held.
    """
    total = total or os.cpu_count() or 1
    wanted = max(1, min(wanted, total))
    folder = folder or Path(os.environ.get("MARKERFLOW_LOCK_DIR") or markerflow_home() / "locks")
    folder.mkdir(parents=True, exist_ok=True)
    while not (held := _try_take(folder, wanted, total)):
        time.sleep(POLL_SECONDS)
    try:
        yield len(held)
    finally:
        for fd in held:
            os.close(fd)  # closing the file lets its lock go


def _try_take(folder: Path, wanted: int, total: int) -> list[int]:
    held: list[int] = []
    for index in range(total):
        fd = os.open(folder / f"tesseract-{index}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        held.append(fd)
        if len(held) == wanted:
            return held
    for fd in held:
        os.close(fd)
    return []
