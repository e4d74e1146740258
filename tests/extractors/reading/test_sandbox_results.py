"""What the parent makes of a reader child's result that cannot be sent back, or of its overrun."""

import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from extractors.errors import ReadTimeout, RejectedInput
from extractors.limits import Limits
from extractors.reading.sandbox import (
    SCRATCH_PREFIX,
    ReaderResultLost,
    _send_outcome,
    remove_orphaned_scratch,
    run_sandboxed,
)

REPO = Path(__file__).resolve().parents[3]


def unpicklable_result() -> object:
    """Stands for a code change that returns something the pipe cannot carry."""
    return threading.Lock()


def plain_result() -> dict[str, int]:
    return {"pages": 2}


def test_a_result_that_cannot_be_sent_back_blames_the_code_not_the_file() -> None:
    with pytest.raises(ReaderResultLost) as raised:
        run_sandboxed(unpicklable_result, (), Limits())
    assert not isinstance(raised.value, RejectedInput)
    assert "TypeError" in str(raised.value)


def test_a_reader_whose_caller_is_gone_ends_without_a_traceback() -> None:
    """A run that ended (or was killed) before its reader answered: the reader just ends."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    receiver.close()
    _send_outcome(sender, ("ok", {"pages": 2}))


def test_a_plain_result_comes_back_as_it_was() -> None:
    assert run_sandboxed(plain_result, (), Limits()) == {"pages": 2}


def page_image_then_hang(note: str) -> None:
    """Stands for a reader killed on overrun while tesseract's page image is on disk."""
    handle, path = tempfile.mkstemp(suffix=".pgm", prefix="markerflow-ocr-")
    os.write(handle, b"P5 page image")
    os.close(handle)
    Path(note).write_text(f"{path}\n{os.getpid()}")
    time.sleep(60)


def test_a_reader_killed_on_overrun_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    note = tmp_path / "written"
    with pytest.raises(ReadTimeout):
        run_sandboxed(page_image_then_hang, (str(note),), Limits(document_seconds=2))
    written = Path(note.read_text().split()[0])
    assert written.parent.name.startswith("markerflow-read-")
    assert not written.exists() and not written.parent.exists()


def a_finished_process_id() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_reader_folder_outlives_only_a_living_process_that_made_it(tmp_path: Path) -> None:
    gone = tmp_path / f"{SCRATCH_PREFIX}{a_finished_process_id()}-x1"
    living = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-x2"
    unnamed = tmp_path / f"{SCRATCH_PREFIX}nopid"
    elsewhere = tmp_path / "elsewhere"
    for folder in (gone, living, unnamed, elsewhere):
        folder.mkdir()
        (folder / "page.pgm").write_bytes(b"P5 page image")
    link = tmp_path / f"{SCRATCH_PREFIX}{a_finished_process_id()}-x3"
    link.symlink_to(elsewhere, target_is_directory=True)

    assert remove_orphaned_scratch(str(tmp_path)) == 1

    assert not gone.exists()
    assert (living / "page.pgm").exists() and (unnamed / "page.pgm").exists()
    assert link.is_symlink() and (elsewhere / "page.pgm").exists()


def test_the_folder_of_a_process_killed_mid_read_goes_at_the_next_start(tmp_path: Path) -> None:
    note = tmp_path / "written"
    program = (
        "import sys; from extractors.limits import Limits; "
        "from extractors.reading.sandbox import run_sandboxed; "
        "from tests.extractors.reading.test_sandbox_results import page_image_then_hang; "
        "run_sandboxed(page_image_then_hang, (sys.argv[1],), Limits(document_seconds=60))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)}
    starter = subprocess.Popen([sys.executable, "-c", program, str(note)], cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + 60
        while not note.exists() and time.monotonic() < deadline and starter.poll() is None:
            time.sleep(0.1)
        assert note.exists(), "the reader never wrote its page image"
        starter.send_signal(signal.SIGKILL)
        starter.wait()
        path, reader = note.read_text().split()
        os.kill(int(reader), signal.SIGKILL)  # an orphan now; it would sleep on
        page_image = Path(path)
        assert page_image.exists(), "the starter, SIGKILLed, could not remove its folder"

        # The reader's base folder: TMPDIR, or a short system folder when TMPDIR is too long
        # for the fork server's socket (as under pytest-xdist).
        assert remove_orphaned_scratch(str(page_image.parent.parent)) >= 1

        assert not page_image.parent.exists()
    finally:
        if starter.poll() is None:
            starter.kill()
