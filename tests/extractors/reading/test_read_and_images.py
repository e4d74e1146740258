"""A read and its page images from one sandboxed child, each stage within a child's limits."""

import os
import signal
import time
from collections.abc import Iterator

import pytest

from extractors.errors import CorruptInput, EncryptedInput, ReadTimeout, ResourceLimit
from extractors.limits import Limits
from extractors.reading import (
    PageImages,
    read_document,
    read_document_and_images,
    render_page_images,
)
from extractors.reading.reader_host import run_sandboxed_stages
from tests.conftest import BADINPUTS, CORPUS
from tests.extractors.reading.processes import alive, gone


@pytest.mark.parametrize("path", [CORPUS / "files" / "014.pdf", BADINPUTS / "report_gif.gif"])
def test_the_read_and_its_images_from_one_child_are_those_of_two(path: os.PathLike[str]) -> None:
    data = open(path, "rb").read()
    document, pending = read_document_and_images(data, os.path.basename(path))
    with pending:
        images = pending.result()

    alone = read_document(data, os.path.basename(path))
    assert document == alone
    assert images == render_page_images(data, alone)


def test_a_file_the_read_refuses_is_refused_before_any_image() -> None:
    data = (BADINPUTS / "encrypted_user_aes256.pdf").read_bytes()
    with pytest.raises(EncryptedInput):
        read_document_and_images(data, "encrypted_user_aes256.pdf")


def two_slow_stages(seconds: float) -> Iterator[str]:
    time.sleep(seconds)
    yield "read"
    time.sleep(seconds)
    yield "images"


def test_each_stage_has_a_wall_clock_of_its_own() -> None:
    """Two stages of 2.5 s each under a 4 s limit: as two children of their own, neither overran."""
    stages = run_sandboxed_stages(two_slow_stages, (2.5,), Limits(document_seconds=4), 2)
    assert list(stages) == ["read", "images"]


def pid_then_sleep(seconds: float) -> Iterator[int]:
    yield os.getpid()
    time.sleep(seconds)
    yield os.getpid()


def test_a_later_stage_that_overruns_is_killed_at_that_stage() -> None:
    stages = run_sandboxed_stages(pid_then_sleep, (60,), Limits(document_seconds=1), 2)
    child = next(stages)
    with pytest.raises(ReadTimeout):
        next(stages)
    assert not alive(child)


def pid_then_die() -> Iterator[int]:
    yield os.getpid()
    os.kill(os.getpid(), signal.SIGKILL)
    yield 0


def test_a_child_that_dies_in_a_later_stage_is_refused_at_that_stage() -> None:
    stages = run_sandboxed_stages(pid_then_die, (), Limits(), 2)
    next(stages)
    with pytest.raises(ResourceLimit):
        next(stages)


def test_letting_go_of_the_later_stages_stops_the_child() -> None:
    """A run whose analysis failed closes its page images: the reader goes at once."""
    stages = run_sandboxed_stages(pid_then_sleep, (60,), Limits(), 2)
    child = next(stages)
    PageImages(stages).close()
    assert gone(child, seconds=30)


def read_then_refuse() -> Iterator[str]:
    yield "read"
    raise CorruptInput("A page cannot be drawn; ask the sender to export it again.")


def test_a_refused_rendering_is_raised_when_the_images_are_taken() -> None:
    stages = run_sandboxed_stages(read_then_refuse, (), Limits(), 2)
    assert next(stages) == "read"
    with pytest.raises(CorruptInput):
        PageImages(stages).result()
