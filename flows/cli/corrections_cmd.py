"""markerflow corrections export: signed-off reviewed results as labels to score extraction on."""

from pathlib import Path
from typing import Annotated

import typer

from flows.cli.app import app

corrections_app = typer.Typer(help="Reviewers' corrections as test cases.", no_args_is_help=True)
app.add_typer(corrections_app, name="corrections")


@corrections_app.command("export")
def export(
    out: Annotated[Path, typer.Option("--out", help="Folder to write labels.jsonl into.")],
    documents: Annotated[
        bool,
        typer.Option(
            "--documents/--no-documents",
            help="Also copy each document's kept bytes to OUT/documents/<sha256>.<ext>.",
        ),
    ] = True,
) -> None:
    """Write the reviewed results of signed-off cases as corpus labels (OUT holds PHI)."""
    from flows.databases import review_engine
    from review.corrections_export import export_corrections

    counts = export_corrections(review_engine(), out, with_documents=documents)
    typer.echo(
        f"{counts['cases']} signed-off cases, {counts['documents']} documents, "
        f"{counts['labels']} labels, {counts['files']} document files written to {out}"
    )
    if counts["unplaced_additions"]:
        typer.echo(
            f"{counts['unplaced_additions']} added results left out: the case has several "
            "documents and the reviewer named none",
            err=True,
        )
