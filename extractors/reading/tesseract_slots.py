"""At most one tesseract a core on the machine, whatever reads: lock files held with flock.

A page being OCR'd holds one slot; a page with a text layer, and so a digital PDF, holds none.
The bound is the machine's, not one read's nor the Prefect server's (a global concurrency
limit with leased slots was forgotten by a restarted server while its slots stayed taken, and
every later read waited for ever). A lock held with flock is let go by the kernel the moment
its holder exits, however it exits (SIGKILL included), and needs no server. Readers share the
slots when they share the folder (`Limits.lock_dir`, `MARKERFLOW_LOCK_DIR`; the flows default it
to `$MARKERFLOW_HOME/locks`); keep it on a local disk (flock over NFS is not dependable).
"""

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.05


@contextmanager
def tesseract_slot(folder: Path | None, total: int | None = None) -> Iterator[None]:
    """Hold one of the machine's `total` slots (one a core), waiting as long as it takes.

    Without a folder there is no machine-wide bound (a lone `markerflow extract`): only the
    read's own `ocr_workers`. A holder waits holding nothing, so holders never wait on each
    other.
    """
    if folder is None:
        yield
        return
    total = total or os.cpu_count() or 1
    folder.mkdir(parents=True, exist_ok=True)
    while (held := _try_take(folder, total)) is None:
        time.sleep(POLL_SECONDS)
    try:
        yield
    finally:
        os.close(held)  # closing the file lets its lock go


def _try_take(folder: Path, total: int) -> int | None:
    for index in range(total):
        fd = os.open(folder / f"tesseract-{index}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        return fd
    return None
