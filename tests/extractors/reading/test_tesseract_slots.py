"""The machine's tesseract slots: an OCR'd page holds one, a text layer none, a dead holder none."""

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from extractors.limits import Limits
from extractors.reading import read_document
from extractors.reading.tesseract_slots import tesseract_slot
from tests.conftest import CORPUS

REPO = Path(__file__).resolve().parents[3]

HOLD = """
import sys, time
from pathlib import Path
from extractors.reading.tesseract_slots import tesseract_slot
with tesseract_slot(Path(sys.argv[1]), total=1):
    print("held", flush=True)
    time.sleep(600)
"""


@contextmanager
def every_slot_held(folder: Path) -> Iterator[None]:
    """Hold all of the machine's slots in this process (one a core, as readers count them)."""
    with ExitStack() as stack:
        for _ in range(os.cpu_count() or 1):
            stack.enter_context(tesseract_slot(folder))
        yield


def test_a_second_holder_waits_until_the_first_lets_go(tmp_path: Path) -> None:
    order: list[str] = []
    first_holds = threading.Event()

    def second() -> None:
        first_holds.wait()
        with tesseract_slot(tmp_path, total=1):
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    with tesseract_slot(tmp_path, total=1):
        first_holds.set()
        time.sleep(0.3)  # several of the waiter's polls: it must still be waiting
        order.append("first")
    thread.join(timeout=10)
    assert order == ["first", "second"]


def test_never_more_holders_at_once_than_slots(tmp_path: Path) -> None:
    holding, most = 0, 0
    lock = threading.Lock()

    def hold(_: int) -> None:
        nonlocal holding, most
        with tesseract_slot(tmp_path, total=2):
            with lock:
                holding += 1
                most = max(most, holding)
            time.sleep(0.05)
            with lock:
                holding -= 1

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(hold, range(18)))
    assert most == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tesseract-0.lock", "tesseract-1.lock"]


def test_without_a_folder_nothing_is_held_or_waited_for(tmp_path: Path) -> None:
    with tesseract_slot(tmp_path, total=1), tesseract_slot(None, total=1):
        pass


def test_the_slot_of_a_killed_holder_is_free_at_once(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    taken = threading.Event()

    def take() -> None:
        with tesseract_slot(tmp_path, total=1):
            taken.set()

    threading.Thread(target=take, daemon=True).start()
    assert taken.wait(timeout=5)


def test_a_digital_pdf_is_read_while_every_slot_is_taken(tmp_path: Path) -> None:
    """Reads of text layers never queue behind OCR: the slots bound tesseracts, not reads."""
    with every_slot_held(tmp_path):
        document = read_document(
            (CORPUS / "files" / "014.pdf").read_bytes(), limits=Limits(lock_dir=tmp_path)
        )
    assert document.ocr_pages == 0 and document.pages


@pytest.mark.slow
def test_a_scan_waits_for_a_slot_and_is_read_once_one_is_free(tmp_path: Path) -> None:
    limits = Limits(lock_dir=tmp_path, ocr_workers=1)
    scan = (CORPUS / "files" / "010.scan.pdf").read_bytes()
    with ThreadPoolExecutor(max_workers=1) as pool:
        with every_slot_held(tmp_path):
            reading = pool.submit(read_document, scan, limits=limits)
            time.sleep(3)  # long enough to start the reader and reach its first page
            assert not reading.done()
        document = reading.result(timeout=600)
    assert document.ocr_pages == len(document.pages) > 0
