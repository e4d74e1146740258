"""CPU seconds by kind of process (Prefect server, worker, flow runs, readers ...) over a span.

A thread samples /proc every 0.2 s: each process's own user+system time, plus for the readers'
fork servers the time of the reader children they reaped (too short-lived to be sampled). A
process that ends between two samples loses at most its last 0.2 s. Niced processes (others'
work on a shared machine) are left out. Linux only.
"""

import os
import threading
from collections import Counter
from pathlib import Path

KINDS = (
    ("prefect server", ("prefect", "server start")),
    ("prefect worker", ("worker start",)),
    ("readers (fork server + children)", ("multiprocessing.forkserver",)),
    ("reader host", ("extractors.reading.reader_host",)),
    ("flow runs", ("prefect.engine",)),
    ("inbox watcher", ("flows.inbox_watcher",)),
    ("review app", ("review.web", "uvicorn")),
    ("tesseract", ("tesseract ",)),
    ("markerflow extract", ("markerflow extract",)),
    ("markerflow up", ("markerflow up",)),
)
WITH_CHILDREN = {"readers (fork server + children)"}
TICK = os.sysconf("SC_CLK_TCK")


def kind_of(command: str) -> str | None:
    """The kind of process a command line belongs to, or None for anything else."""
    for kind, needles in KINDS:
        if all(needle in command for needle in needles):
            return kind
    return None


def _read(pid: str) -> tuple[str, float, int] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except (OSError, UnicodeDecodeError):
        return None
    kind = kind_of(command)
    if kind is None:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    seconds = (int(fields[11]) + int(fields[12])) / TICK
    if kind in WITH_CHILDREN:
        seconds += (int(fields[13]) + int(fields[14])) / TICK
    return kind, seconds, int(fields[16])


class ProcessCpu(threading.Thread):
    """Samples until `stop()`; `by_kind()` is the CPU each kind used since `start()`."""

    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(name="process-cpu", daemon=True)
        self.interval = interval
        self.stopped = threading.Event()
        self.first: dict[str, float] = {}
        self.last: dict[str, tuple[str, float]] = {}
        self._sample(initial=True)

    def _sample(self, initial: bool = False) -> None:
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            read = _read(pid)
            if read is None or read[2] > 0:
                continue
            kind, seconds, _ = read
            if initial:
                self.first[pid] = seconds
            self.last[pid] = (kind, seconds)

    def run(self) -> None:
        """Sample until stopped."""
        while not self.stopped.wait(self.interval):
            self._sample()

    def stop(self) -> dict[str, float]:
        """Stop sampling; CPU seconds by kind since the start, largest first."""
        self.stopped.set()
        self.join()
        self._sample()
        totals: Counter[str] = Counter()
        for pid, (kind, seconds) in self.last.items():
            totals[kind] += seconds - self.first.get(pid, 0.0)
        return {kind: round(seconds, 1) for kind, seconds in totals.most_common()}
