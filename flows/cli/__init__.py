"""The `markerflow` command."""

import sys

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from schemas.error_trace import phi_free_traceback


def main() -> None:
    """Entry point of the `markerflow` console script; an unexpected error exits 3.

    Its message is not printed (it can quote a report): its type and where it was raised are.
    """
    try:
        app()
    except Exception as err:  # noqa: BLE001 - the last line of defence of every command
        print(
            f"markerflow: internal error ({type(err).__name__}); this is markerflow's fault, "
            f"not the input's: please report it with the lines below\n{phi_free_traceback(err)}",
            file=sys.stderr,
        )
        sys.exit(ExitCode.INTERNAL_ERROR)
