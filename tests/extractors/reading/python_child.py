"""Run a Python program in a fresh interpreter, as a caller of the readers would, and check it."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def python_output(argv: list[str], cwd: Path = REPO, timeout: float = 300, **env: str) -> str:
    """Standard output of `python ARGV` (with the repository importable and `env` added); the
    program must exit 0."""
    done = subprocess.run(
        [sys.executable, *argv],
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
