"""Which step errors are retried, and that none carries the text of what failed."""

import pickle

import pytest
from sqlalchemy.exc import OperationalError

from extractors.errors import CorruptInput, InternalError
from flows.step_errors import (
    StepFailed,
    TransientStepError,
    is_internal_error,
    is_transient,
    phi_safe,
)
from schemas.error_trace import ErrorTrace, phi_free_traceback

SECRET = "Patient CANARY, MRN 123"


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("SELECT", {"name": SECRET}, Exception(SECRET)),
        ConnectionError(SECRET),
        TimeoutError(SECRET),
        OSError(SECRET),
    ],
    ids=lambda e: type(e).__name__,
)
def test_a_passing_trouble_is_retried_without_its_text(error: Exception) -> None:
    with pytest.raises(TransientStepError) as raised, phi_safe("read"):
        raise error
    assert is_transient(raised.value)
    assert str(raised.value) == f"read failed: {type(error).__name__}"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_anything_else_fails_for_good_without_its_text() -> None:
    with pytest.raises(StepFailed) as raised, phi_safe("analyse"):
        raise ValueError(SECRET)
    assert not is_transient(raised.value)
    assert SECRET not in str(raised.value)


def test_a_rejected_input_passes_through_with_its_reason() -> None:
    with pytest.raises(CorruptInput), phi_safe("read"):
        raise CorruptInput("unreadable cross-reference table")


def fail_in_markerflow(text: str) -> None:
    raise ValueError(text)


def test_the_dropped_error_keeps_its_phi_free_trace_for_the_log() -> None:
    with pytest.raises(StepFailed) as raised, phi_safe("analyse"):
        fail_in_markerflow(SECRET)
    trace = raised.value.cause_trace
    assert trace is not None and trace.error_type == "ValueError"
    assert trace.frames[-1].endswith(":fail_in_markerflow")
    assert SECRET not in phi_free_traceback(raised.value)
    assert pickle.loads(pickle.dumps(raised.value)).cause_trace == trace


@pytest.mark.parametrize("transient", [False, True])
def test_an_internal_error_from_the_reader_keeps_the_childs_type_and_trace(transient: bool) -> None:
    child_trace = ErrorTrace("ValueError", ("extractors/reading/document_reading.py:171:_page",))

    with pytest.raises(StepFailed) as raised, phi_safe("read"):
        raise InternalError("ValueError", child_trace, transient=transient)

    assert str(raised.value) == "read failed: ValueError"
    assert is_transient(raised.value) is transient
    assert is_internal_error(raised.value) is not transient
    assert "document_reading.py:171:_page" in phi_free_traceback(raised.value)


def test_a_rejection_is_not_an_internal_error() -> None:
    assert not is_internal_error(CorruptInput("damaged"))
    assert not is_internal_error(TransientStepError("store", "OperationalError"))
