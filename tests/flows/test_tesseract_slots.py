"""The machine's tesseract slots: all or none, waited for, and let go when a holder dies."""

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from flows.tesseract_slots import tesseract_slots

REPO = Path(__file__).resolve().parents[2]

HOLD = """
import sys, time
from pathlib import Path
from flows.tesseract_slots import tesseract_slots
with tesseract_slots(2, total=2, folder=Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(600)
"""


def test_a_second_holder_waits_until_the_first_lets_go(tmp_path: Path) -> None:
    order: list[str] = []
    first_holds = threading.Event()

    def second() -> None:
        first_holds.wait()
        with tesseract_slots(1, total=2, folder=tmp_path) as held:
            order.append(f"second {held}")

    thread = threading.Thread(target=second)
    thread.start()
    with tesseract_slots(2, total=2, folder=tmp_path) as held:
        first_holds.set()
        time.sleep(0.6)  # three of the waiter's polls: it must still be waiting
        order.append(f"first {held}")
    thread.join(timeout=10)
    assert order == ["first 2", "second 1"]


def test_asking_for_more_than_the_machine_has_takes_all_of_them(tmp_path: Path) -> None:
    with tesseract_slots(8, total=2, folder=tmp_path) as held:
        assert held == 2
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["tesseract-0.lock", "tesseract-1.lock"]


def test_the_slots_of_a_killed_holder_are_free_at_once(tmp_path: Path) -> None:
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
        with tesseract_slots(2, total=2, folder=tmp_path):
            taken.set()

    threading.Thread(target=take, daemon=True).start()
    assert taken.wait(timeout=5)
