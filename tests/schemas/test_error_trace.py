"""PHI-free tracebacks: the type and file:line:function of every frame, never a message or value."""

import pickle

import pytest

from schemas.error_trace import ErrorTrace, error_trace, phi_free_traceback

SECRET = "Patient CANARY, MRN 123"


def parse(text: str) -> int:
    return int(text)  # the message would quote `text`


def read_field(record: dict[str, str]) -> int:
    patient = record["name"]  # a local value no trace may show
    assert patient
    return parse(record["value"])


def failure() -> BaseException:
    with pytest.raises(ValueError) as raised:
        read_field({"name": SECRET, "value": SECRET})
    return raised.value


def test_the_trace_names_the_type_and_every_frame_but_no_message_or_value() -> None:
    trace = error_trace(failure())

    assert trace.error_type == "ValueError"
    # Paths are relative to the import path entry (here pytest's for this test folder).
    outer, inner = trace.frames[-2:]
    assert outer.endswith(
        f"test_error_trace.py:{read_field.__code__.co_firstlineno + 3}:read_field"
    )
    assert inner.endswith(f"test_error_trace.py:{parse.__code__.co_firstlineno + 1}:parse")
    assert not outer.startswith("/")
    logged = phi_free_traceback(failure())
    assert "ValueError" in logged and "test_error_trace.py:" in logged and ":parse" in logged
    assert "CANARY" not in logged and "MRN" not in logged and "invalid literal" not in logged


def test_a_chained_cause_is_shown_first_and_a_replaced_one_through_its_kept_trace() -> None:
    original = failure()
    try:
        raise RuntimeError(SECRET) from original
    except RuntimeError as chained:
        trace = error_trace(chained)
    assert trace.error_type == "RuntimeError" and trace.cause is not None
    assert trace.cause.error_type == "ValueError"
    text = trace.format()
    assert text.index("ValueError") < text.index("RuntimeError") and SECRET not in text

    class Replaced(Exception):
        def __init__(self, cause_trace: ErrorTrace) -> None:
            super().__init__("step failed")
            self.cause_trace = cause_trace

    try:
        raise Replaced(error_trace(original)) from None
    except Replaced as replaced:
        kept = error_trace(replaced)
    assert kept.cause == error_trace(original)


def test_a_trace_crosses_a_process_boundary_unchanged() -> None:
    trace = error_trace(failure())
    assert pickle.loads(pickle.dumps(trace)) == trace


def test_a_library_error_is_named_with_its_module() -> None:
    import json

    with pytest.raises(json.JSONDecodeError) as raised:
        json.loads(SECRET)
    trace = error_trace(raised.value)
    assert trace.error_type == "json.decoder.JSONDecodeError"
    assert any(frame.startswith("json/decoder.py:") for frame in trace.frames), trace.frames
    assert SECRET not in trace.format()
