"""The `markerflow` command."""

from flows.cli.app import app


def main() -> None:
    """Entry point of the `markerflow` console script."""
    app()
