"""markerflow up, queue and rejected: run the pipeline and look at its queue and rejects."""

import json
import os

import typer

from flows.cli.app import app

queue_app = typer.Typer(help="The review queue.", no_args_is_help=True)
rejected_app = typer.Typer(help="Documents the pipeline refused.", no_args_is_help=True)
app.add_typer(queue_app, name="queue")
app.add_typer(rejected_app, name="rejected")


@app.command()
def up(
    worker_limit: int = typer.Option(
        2,
        help="Most flow runs at once (each runs MARKERFLOW_DOCUMENT_WORKERS documents at a time).",
    ),
    prefect_port: int = typer.Option(4200, help="Port of the embedded Prefect server."),
    review_port: int = typer.Option(8000, help="Port of the review app."),
) -> None:
    """Start Prefect (unless PREFECT_API_URL names one), a worker and the review app."""
    from flows.settings import FlowSettings

    settings = FlowSettings.from_env()
    embedded = not os.environ.get("PREFECT_API_URL")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if embedded:  # before Prefect is imported: it reads its settings once
        os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{prefect_port}/api"
        os.environ["PREFECT_HOME"] = str(settings.home / "prefect")
        (settings.home / "prefect").mkdir(parents=True, exist_ok=True)
    from flows.stack import Ports, StackFailed, run_until_signalled

    ports = Ports(prefect=prefect_port, review=review_port)
    try:
        run_until_signalled(settings, worker_limit, ports, embedded, say=typer.echo)
    except StackFailed as err:
        typer.echo(f"markerflow up stopped: {err}; see {settings.home / 'logs'}", err=True)
        raise typer.Exit(1) from None


@queue_app.command("list")
def queue_list(as_json: bool = typer.Option(False, "--json", help="A JSON array.")) -> None:
    """The cases in the review queue: ids, statuses and counts."""
    from flows.databases import review_engine
    from review.store import ReviewStore

    rows = ReviewStore(review_engine()).list_cases()
    items = [
        {
            "case_id": row.case_id,
            "status": str(row.status),
            "documents": row.documents,
            "markers": row.markers,
            "conflicts": row.conflicts,
            "received_at": row.received_at.isoformat() if row.received_at else None,
        }
        for row in rows
    ]
    if as_json:
        typer.echo(json.dumps(items))
        return
    for item in items:
        typer.echo(
            f"{item['case_id']}\t{item['status']}\t{item['documents']} documents\t"
            f"{item['markers']} markers\t{item['conflicts']} conflicts"
        )


@rejected_app.command("list")
def rejected_list(as_json: bool = typer.Option(False, "--json", help="A JSON array.")) -> None:
    """Rejected documents: ledger id, case, short hash, reason code, attempts."""
    from flows.databases import open_ledger
    from flows.settings import FlowSettings

    items = [
        {
            "id": entry.id,
            "case_id": entry.case_id,
            "document": entry.short_hash,
            "reason": entry.reason,
            "attempts": entry.attempts,
        }
        for entry in open_ledger(FlowSettings.from_env()).rejected()
    ]
    if as_json:
        typer.echo(json.dumps(items))
        return
    for item in items:
        typer.echo(
            f"{item['id']}\t{item['case_id']}\t{item['document']}\t{item['reason']}\t"
            f"{item['attempts']} attempts"
        )


@rejected_app.command("retry")
def rejected_retry(
    entry_id: int = typer.Argument(..., help="Ledger id from `rejected list`."),
) -> None:
    """Put a rejected document back in line; the next intake starts its run."""
    from flows.databases import open_ledger
    from flows.settings import FlowSettings

    if not open_ledger(FlowSettings.from_env()).retry(entry_id):
        typer.echo(f"{entry_id} is not a rejected document", err=True)
        raise typer.Exit(1)
    typer.echo(f"{entry_id} is pending again")
