"""A reader child does not import the caller's modules again (under Prefect: all of Prefect).

multiprocessing runs the caller's main module again in every child; what that module imports
is loaded once, in the readers' fork server, so each further read costs no import of it.
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
def test_three_reads_import_the_callers_modules_once_more_in_all(
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
    # Once in the caller, once in the fork server; never in the three reader children.
    assert runs.read_text().split() == ["heavy", "heavy"]


def test_the_fork_server_preloads_the_main_module_run_with_dash_m(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from extractors.reading.sandbox import main_module_imports;"
        "print(main_module_imports())"
    )
    (tmp_path / "named_main.py").write_text(f"exec({script!r})")
    output = python_output(["-m", "named_main", str(REPO)], cwd=tmp_path)
    assert output.strip() == "['named_main']"
