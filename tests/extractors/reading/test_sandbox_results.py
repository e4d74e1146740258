"""What the parent makes of a reader child's result that cannot be sent back, or of its overrun."""

import gc
import multiprocessing
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractors.errors import ReadTimeout, RejectedInput
from extractors.limits import Limits
from extractors.reading.reader_host import run_sandboxed
from extractors.reading.sandbox import (
    SCRATCH_PREFIX,
    ReaderResultLost,
    _send_outcome,
    remove_orphaned_scratch,
    run_in_child,
)
from tests.extractors.reading.processes import gone

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


def test_a_request_handed_over_in_a_list_leaves_the_list_empty() -> None:
    """The host hands a file's request on in a list, and keeps no copy once the child has it."""
    held = [pickle.dumps((plain_result, ()))]
    status, value, _ = pickle.loads(run_in_child(held, Limits()))
    assert (status, value, held) == ("ok", {"pages": 2}, [])


class _Cycle:
    me: object = None


def garbage_collection_in_a_reader() -> tuple[int, bool, int]:
    """What a reader child sees of garbage collection: counts of frozen, on, collected."""
    cycle = _Cycle()
    cycle.me = cycle
    del cycle
    return gc.get_freeze_count(), gc.isenabled(), gc.collect()


def test_a_reader_starts_with_the_readers_frozen_and_still_collects_its_own_garbage() -> None:
    """The fork server froze the readers it loaded; a child's collections pass them by."""
    frozen, enabled, collected = run_sandboxed(garbage_collection_in_a_reader, (), Limits())
    assert frozen > 10 * gc.get_freeze_count()  # this process froze nothing: a few hundred
    assert enabled and collected >= 1


def page_image_then_hang(note: str) -> None:
    """Stands for a reader killed on overrun while tesseract's page image is on disk."""
    handle, path = tempfile.mkstemp(suffix=".pgm", prefix="markerflow-ocr-")
    os.write(handle, b"P5 page image")
    os.close(handle)
    Path(f"{note}.part").write_text(f"{path}\n{os.getpid()}")
    os.replace(f"{note}.part", note)  # whole, for a test that reads it the moment it appears
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


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder of the caller's own, short enough for the fork server's socket.

    Under pytest's long folders the readers would work in the system's shared /tmp, where any
    other markerflow process that starts on the machine removes a dead host's folder first.
    """
    folder = Path(tempfile.mkdtemp(prefix="mf-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def start_a_read_that_hangs(tmp_path: Path, note: Path) -> subprocess.Popen[bytes]:
    """A caller in a process of its own, whose reader has written a page image and hangs.

    `tmp_path` is the caller's TMPDIR, where its readers make their folders.
    """
    program = (
        "import sys; from extractors.limits import Limits; "
        "from extractors.reading.reader_host import run_sandboxed; "
        "from tests.extractors.reading.test_sandbox_results import page_image_then_hang; "
        "run_sandboxed(page_image_then_hang, (sys.argv[1],), Limits(document_seconds=60))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path)}
    caller = subprocess.Popen([sys.executable, "-c", program, str(note)], cwd=REPO, env=env)
    deadline = time.monotonic() + 60
    while not note.exists() and time.monotonic() < deadline and caller.poll() is None:
        time.sleep(0.1)
    assert note.exists(), "the reader never wrote its page image"
    return caller


def test_a_caller_killed_mid_read_takes_its_reader_and_folder_with_it(tmp_path: Path) -> None:
    note = tmp_path / "written"
    caller = start_a_read_that_hangs(tmp_path, note)
    try:
        path, reader = note.read_text().split()
        caller.send_signal(signal.SIGKILL)
        caller.wait()
        # The reader host sees its caller's pipe close: it kills the reader and removes its folder.
        assert gone(int(reader)), "the reader outlived its caller"
        page_image = Path(path)
        assert gone(int(page_image.parent.name.split("-")[2]))  # the host, named in the folder
        assert not page_image.exists() and not page_image.parent.exists()
    finally:
        if caller.poll() is None:
            caller.kill()


def test_the_folder_of_a_reader_host_killed_mid_read_goes_at_the_next_start(
    tmp_path: Path, short_tmp: Path
) -> None:
    note = tmp_path / "written"
    caller = start_a_read_that_hangs(short_tmp, note)
    try:
        path, reader = note.read_text().split()
        page_image = Path(path)
        assert page_image.parent.parent == short_tmp
        host = int(page_image.parent.name.split("-")[2])  # markerflow-read-<host pid>-<random>
        os.kill(host, signal.SIGKILL)
        os.kill(int(reader), signal.SIGKILL)  # an orphan now; it would sleep on
        assert gone(host)
        assert page_image.exists(), "the host, SIGKILLed, could not remove its folder"

        assert remove_orphaned_scratch(str(short_tmp)) >= 1

        assert not page_image.parent.exists()
    finally:
        if caller.poll() is None:
            caller.kill()
