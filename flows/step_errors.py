"""Errors a flow step may raise: reason codes and type names only, never the text that failed."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from extractors.errors import InternalError, RejectedInput
from schemas.error_trace import ErrorTrace, error_trace

# Worth another try: the database was locked or restarted, a disk or network hiccup (OSError
# covers ConnectionError and TimeoutError).
TRANSIENT_ERRORS = (OperationalError, OSError)


class StepFailed(Exception):
    """A step failed for a reason that another try will not change; names the step and type.

    `cause_trace` keeps where the original error was raised (types and code locations, no
    text) for the log, although the error itself is dropped.
    """

    def __init__(self, step: str, error_type: str, cause_trace: ErrorTrace | None = None) -> None:
        super().__init__(f"{step} failed: {error_type}")
        self.step = step
        self.error_type = error_type
        self.cause_trace = cause_trace

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.step, self.error_type, self.cause_trace))


class TransientStepError(StepFailed):
    """A step failed for a reason that may pass: worth a retry."""


@contextmanager
def phi_safe(step: str) -> Iterator[None]:
    """Re-raise any error but a RejectedInput as a StepFailed that holds no message text.

    Third-party errors can quote their input (pydantic shows values, SQLAlchemy its
    parameters); the original is dropped (`from None`) so that no log or state message carries
    it, and its PHI-free trace is kept on the StepFailed for the log.
    """
    try:
        yield
    except (RejectedInput, StepFailed, DocumentRejected):
        raise
    except InternalError as err:  # raised in the reader's child: its trace is the child's
        failed = TransientStepError if err.transient else StepFailed
        raise failed(step, err.error_type, error_trace(err)) from None
    except TRANSIENT_ERRORS as err:
        raise TransientStepError(step, type(err).__name__, error_trace(err)) from None
    except Exception as err:  # noqa: BLE001 - anything else is re-raised, without its text
        raise StepFailed(step, type(err).__name__, error_trace(err)) from None


def is_transient(error: BaseException | None) -> bool:
    """Whether a retry may help."""
    return isinstance(error, TransientStepError)


def is_internal_error(error: BaseException | None) -> bool:
    """Whether a step failed for good for a reason that is markerflow's, not the document's."""
    return isinstance(error, StepFailed) and not is_transient(error)


class DocumentRejected(Exception):
    """A document refused for good: its reason code, and how to put it back in line."""

    def __init__(self, entry_id: int, reason: str) -> None:
        super().__init__(
            f"rejected: {reason}; `markerflow rejected retry {entry_id}` puts entry {entry_id} "
            "back in line (Prefect's Retry does not)"
        )
        self.entry_id = entry_id
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.entry_id, self.reason))


class DocumentsNotDone(Exception):
    """A run's documents that were not all done: the run's summary, and its counts.

    What a Failed run state carries as its data, so that reading the state's result raises
    this (the counts are `counts`) rather than a TypeError about a dict.
    """

    def __init__(self, summary: str, counts: dict[str, int]) -> None:
        super().__init__(summary)
        self.counts = counts

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (str(self), self.counts))
