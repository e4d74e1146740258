"""markerflow user add reads the password from standard input; user list shows names and roles."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli.exit_codes import ExitCode

PASSWORD = "correct horse battery staple"


def markerflow(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MARKERFLOW_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("MARKERFLOW_DATABASE_URL", None)
    return subprocess.run(
        [str(Path(sys.executable).parent / "markerflow"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_a_user_added_with_a_password_on_stdin_is_listed_with_its_role(tmp_path: Path) -> None:
    added = markerflow(tmp_path, "user", "add", "rita", "--role", "reviewer", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout + added.stderr

    listed = markerflow(tmp_path, "user", "list")

    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == ["rita\treviewer"]


@pytest.mark.slow
def test_a_short_password_or_a_taken_name_fails_with_a_message(tmp_path: Path) -> None:
    short = markerflow(tmp_path, "user", "add", "rita", "--role", "admin", stdin="short\n")
    # A weak password or a taken name is the caller's to correct: usage, in the one table.
    assert short.returncode == ExitCode.USAGE
    assert "at least 12 characters" in short.stderr

    markerflow(tmp_path, "user", "add", "rita", "--role", "admin", stdin=PASSWORD + "\n")
    taken = markerflow(tmp_path, "user", "add", "rita", "--role", "viewer", stdin=PASSWORD + "\n")
    assert taken.returncode == ExitCode.USAGE
    assert "already exists" in taken.stderr
