"""The Typer application; each command module registers its commands on import."""

import typer

app = typer.Typer(
    name="markerflow",
    help="Turn pathology and genomic reports into reviewed tumour-marker cases.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Imported for their side effect of registering commands on `app`.
from flows.cli import case_cmd, corrections_cmd, eval_cmd, extract_cmd, ops_cmd, review_cmd  # noqa: E402, F401


@app.command()
def version() -> None:
    """Print markerflow's version."""
    from importlib.metadata import version as package_version

    typer.echo(package_version("markerflow"))
