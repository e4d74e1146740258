"""What the parent makes of a reader child's result that cannot be sent back, or of its overrun."""

import os
import tempfile
import threading
import time
from pathlib import Path

import pytest

from extractors.errors import ReadTimeout, RejectedInput
from extractors.limits import Limits
from extractors.reading.sandbox import ReaderResultLost, run_sandboxed


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


def test_a_plain_result_comes_back_as_it_was() -> None:
    assert run_sandboxed(plain_result, (), Limits()) == {"pages": 2}


def page_image_then_hang(note: str) -> None:
    """Stands for a reader killed on overrun while tesseract's page image is on disk."""
    handle, path = tempfile.mkstemp(suffix=".pgm", prefix="markerflow-ocr-")
    os.write(handle, b"P5 page image")
    os.close(handle)
    Path(note).write_text(path)
    time.sleep(60)


def test_a_reader_killed_on_overrun_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    note = tmp_path / "written"
    with pytest.raises(ReadTimeout):
        run_sandboxed(page_image_then_hang, (str(note),), Limits(document_seconds=2))
    written = Path(note.read_text())
    assert written.parent.name.startswith("markerflow-read-")
    assert not written.exists() and not written.parent.exists()
