"""Commands that extract nothing do not import spaCy or the marker modules (about 2 s a call)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXTRACTION = re.compile(r"\|\s*(spacy|extractors\.markers|extractors\.case)(\.|$)")


def imported_modules(home: Path, *args: str) -> list[str]:
    """The modules `markerflow ARGS` imported, from Python's own import trace (-X importtime)."""
    env = {**os.environ, "MARKERFLOW_HOME": str(home), "PYTHONPROFILEIMPORTTIME": "1"}
    env.pop("MARKERFLOW_DATABASE_URL", None)
    done = subprocess.run(
        [str(Path(sys.executable).parent / "markerflow"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    trace = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    assert len(trace) > 100, "no import trace: -X importtime did not apply"
    return [line.rsplit("|", 1)[-1].strip() for line in trace]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [("--help",), ("queue", "list"), ("rejected", "list"), ("failed", "list"), ("schema",)],
    ids=" ".join,
)
def test_a_command_that_extracts_nothing_does_not_import_spacy(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    modules = imported_modules(tmp_path, *args)

    assert "flows.cli.eval_cmd" in modules  # every command module was registered
    extraction = [m for m in modules if EXTRACTION.search(f"| {m}")]
    assert extraction == []


@pytest.mark.slow
def test_the_import_trace_sees_spacy_when_a_command_extracts(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """The check above would pass on a trace that missed spaCy; `markerflow case` needs it."""
    modules = imported_modules(tmp_path, "case", str(corpus_dir / "files" / "014.pdf"))

    assert "spacy" in modules
