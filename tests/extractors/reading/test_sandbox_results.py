"""What the parent makes of a reader child's result that cannot be sent back."""

import threading

import pytest

from extractors.errors import RejectedInput
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
