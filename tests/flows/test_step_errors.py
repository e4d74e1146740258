"""Which step errors are retried, and that none carries the text of what failed."""

import pytest
from sqlalchemy.exc import OperationalError

from extractors.errors import CorruptInput
from flows.step_errors import StepFailed, TransientStepError, is_transient, phi_safe

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
