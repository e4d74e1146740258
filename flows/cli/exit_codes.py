"""The exit status of every `markerflow` command: one table, so scripts can tell them apart."""

from enum import IntEnum


class ExitCode(IntEnum):
    """What a `markerflow` command's exit status means (the README lists them)."""

    OK = 0
    """Everything asked for was done."""
    REJECTED = 1
    """Some inputs were refused (the files' fault: each has a reason code); the rest were done."""
    USAGE = 2
    """The command line was wrong (Click's own usage errors exit 2 as well); nothing was done."""
    INTERNAL_ERROR = 3
    """markerflow failed (a bug, or what it runs on: a port, a database); no input is at fault."""

    @classmethod
    def of_inputs(cls, failed: int, rejected: int) -> "ExitCode":
        """The status of a command over many inputs: its worst outcome wins."""
        if failed:
            return cls.INTERNAL_ERROR
        return cls.REJECTED if rejected else cls.OK
