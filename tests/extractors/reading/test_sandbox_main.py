"""Reading does not import the caller's modules again (under Prefect: all of Prefect).

multiprocessing runs the main module of the process that starts a child again in the child;
the reader children are started by the reader host, whose main module (`-c`) runs nothing, so
neither the host, its fork server nor a child imports what the caller's main module imports.
"""

from pathlib import Path

import pytest

from tests.extractors.reading.python_child import REPO, python_output

# Stands for Prefect: notes every time its top level runs, in this process or any other.
HEAVY = """
import os
with open(os.environ["RUNS_FILE"], "a") as runs:
    runs.write(__name__ + "\\n")
"""
# The caller: imports the heavy module, then reads a report three times.
MAIN = """
import os
import sys
from pathlib import Path

import heavy

if __name__ == "__main__":
    sys.path.insert(0, os.environ["REPO"])
    from extractors import read_document, render_page_images

    data = Path(os.environ["REPORT"]).read_bytes()
    document = read_document(data, "report.pdf")
    render_page_images(data, document)
    print(len(read_document(data, "report.pdf").pages))
"""


@pytest.mark.parametrize("run_as", ["script", "module"])
def test_three_reads_import_none_of_the_callers_modules_again(
    tmp_path: Path, corpus_dir: Path, run_as: str
) -> None:
    (tmp_path / "heavy.py").write_text(HEAVY)
    (tmp_path / "caller.py").write_text(MAIN)
    runs = tmp_path / "runs.txt"
    argv = [str(tmp_path / "caller.py")] if run_as == "script" else ["-m", "caller"]
    output = python_output(
        argv,
        cwd=tmp_path,
        RUNS_FILE=str(runs),
        REPO=str(REPO),
        REPORT=str(corpus_dir / "files" / "024.pdf"),
        PYTHONPATH=f"{tmp_path}:{REPO}",
    )
    assert int(output.strip()) >= 1
    # Once, in the caller; never in the host, its fork server or the three reader children.
    assert runs.read_text().split() == ["heavy"]
