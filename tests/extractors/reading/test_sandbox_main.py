"""A reader child does not run the parent's main module again (under Prefect: all of Prefect)."""

from pathlib import Path

from tests.extractors.reading.python_child import REPO, python_output

# The main script notes every time its top level runs, in this process or any child.
MAIN_SCRIPT = """
import os
import sys
from pathlib import Path
with open(os.environ["RUNS_FILE"], "a") as runs:
    runs.write(__name__ + "\\n")
if __name__ == "__main__":
    sys.path.insert(0, os.environ["REPO"])
    from extractors import read_document, render_page_images
    data = Path(sys.argv[1]).read_bytes()
    document = read_document(data, "report.pdf")
    print(len(render_page_images(data, document)))
"""


def test_reading_and_rendering_leave_the_main_module_alone(
    tmp_path: Path, corpus_dir: Path
) -> None:
    script, runs = tmp_path / "main_script.py", tmp_path / "runs.txt"
    script.write_text(MAIN_SCRIPT)
    output = python_output(
        [str(script), str(corpus_dir / "files" / "024.pdf")],
        cwd=tmp_path,
        RUNS_FILE=str(runs),
        REPO=str(REPO),
    )
    assert int(output.strip()) >= 1
    assert runs.read_text().split() == ["__main__"]


def test_the_fork_server_setup_drops_only_the_main_module_keys() -> None:
    import multiprocessing.spawn

    from extractors.reading import fork_server_setup

    seen: list[dict[str, object]] = []
    original = fork_server_setup._prepare
    try:
        fork_server_setup._prepare = lambda data: seen.append(dict(data))
        fork_server_setup.prepare_without_main(
            {"name": "reader", "dir": "/", "init_main_from_name": "prefect.engine"}
        )
        fork_server_setup.prepare_without_main({"init_main_from_path": "/x/main.py"})
    finally:
        fork_server_setup._prepare = original
    assert seen == [{"name": "reader", "dir": "/"}, {}]
    assert multiprocessing.spawn.prepare is fork_server_setup.prepare_without_main
