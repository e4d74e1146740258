"""Whether a test's child process is still there, for reading tests that kill or drop one."""

import os
import time


def alive(pid: int) -> bool:
    """Whether a process of ours with this id still exists (a zombie counts until reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone(pid: int, seconds: float = 20) -> bool:
    """Whether the process is gone within `seconds`, looked for every tenth of a second."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False
