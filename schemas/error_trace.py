"""PHI-free tracebacks: an error's type and the stack's file:line:function, never its message.

An exception's message and its frames' local values can quote report text (a parser shows the
bytes it choked on, pydantic the value it refused); the type and the code locations cannot.
That is all a log may hold of an error, and it is enough to find a bug in markerflow.
"""

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from traceback import walk_tb
from types import TracebackType

MAX_FRAMES = 40  # the innermost ones: where it went wrong
MAX_CAUSES = 5


@dataclass(frozen=True)
class ErrorTrace:
    """An error as a log may show it: its type, where it was raised, and what caused it."""

    error_type: str
    frames: tuple[str, ...]  # "path/to/module.py:line:function", outermost first
    cause: "ErrorTrace | None" = None

    def format(self) -> str:
        """Lines like Python's traceback, with the type alone where the message would be."""
        sections = []
        trace: ErrorTrace | None = self
        while trace is not None:
            frames = [f"  {frame}" for frame in trace.frames] or ["  (no frames)"]
            sections.append("\n".join([*frames, trace.error_type]))
            trace = trace.cause
        # Python prints the cause first; so does this.
        return "\n(which caused:)\n".join(reversed(sections))


def error_trace(error: BaseException) -> ErrorTrace:
    """The PHI-free trace of `error` and of the errors it came from.

    An error that replaced its cause without chaining it (`raise ... from None`, to keep the
    cause's text out of a log) may keep the cause's trace as `error.cause_trace`.
    """
    return _trace(error, MAX_CAUSES)


def phi_free_traceback(error: BaseException) -> str:
    """The one way markerflow logs an error it did not expect: type and code locations only."""
    return "PHI-free traceback (types and code locations only), most recent call last:\n" + (
        error_trace(error).format()
    )


def type_name(error: BaseException) -> str:
    """The error's class name, qualified by its module unless it is a builtin."""
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _trace(error: BaseException, causes_left: int) -> ErrorTrace:
    kept = getattr(error, "cause_trace", None)
    cause: ErrorTrace | None = kept if isinstance(kept, ErrorTrace) else None
    if cause is None and causes_left > 0:
        origin = error.__cause__
        if origin is None and not error.__suppress_context__:
            origin = error.__context__
        if origin is not None:
            cause = _trace(origin, causes_left - 1)
    return ErrorTrace(type_name(error), _frames(error.__traceback__), cause)


def _frames(traceback: TracebackType | None) -> tuple[str, ...]:
    frames = [
        f"{_short_path(frame.f_code.co_filename)}:{line}:{frame.f_code.co_qualname}"
        for frame, line in walk_tb(traceback)
    ]
    return tuple(frames[-MAX_FRAMES:])


def _short_path(filename: str) -> str:
    """The file relative to the import path entry it was found under (as a module path reads)."""
    for root in _import_roots(sys.path):
        if filename.startswith(root):
            return filename[len(root) :]
    return os.path.basename(filename)


def _import_roots(entries: Iterable[str]) -> list[str]:
    roots = {os.path.join(os.path.abspath(entry or os.curdir), "") for entry in entries}
    return sorted(roots, key=len, reverse=True)  # the deepest first: site-packages before lib
