"""markerflow up, queue, rejected and failed: run the pipeline; look at its queue and leftovers."""

import json
import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from review.ledger import Ledger, LedgerEntry, LedgerState

queue_app = typer.Typer(help="The review queue.", no_args_is_help=True)
rejected_app = typer.Typer(help="Documents the pipeline refused.", no_args_is_help=True)
failed_app = typer.Typer(
    help="Documents markerflow failed on (internal errors): retry them after an upgrade.",
    no_args_is_help=True,
)
app.add_typer(queue_app, name="queue")
app.add_typer(rejected_app, name="rejected")
app.add_typer(failed_app, name="failed")
ENTRY_IDS = "{id}\t{case_id}\t{document}\t"


@app.command()
def up(
    worker_limit: int = typer.Option(
        3,
        help="Most flow runs at once (each runs MARKERFLOW_DOCUMENT_WORKERS documents at a time).",
    ),
    prefect_port: int = typer.Option(4200, help="Port of the embedded Prefect server."),
    review_port: int = typer.Option(8000, help="Port of the review app."),
) -> None:
    """Start Prefect (unless PREFECT_API_URL names one), a worker and the review app."""
    from flows.settings import FlowSettings

    settings = FlowSettings()
    embedded_port = None if os.environ.get("PREFECT_API_URL") else prefect_port
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    if embedded_port is not None:  # before Prefect is imported: it reads its settings once
        os.environ["PREFECT_API_URL"] = f"http://127.0.0.1:{prefect_port}/api"
        os.environ["PREFECT_HOME"] = str(settings.home / "prefect")
        (settings.home / "prefect").mkdir(parents=True, exist_ok=True)
    from flows.stack import StackFailed, run_until_signalled

    try:
        run_until_signalled(settings, worker_limit, review_port, embedded_port, say=typer.echo)
    except StackFailed as err:
        typer.echo(f"markerflow up stopped: {err}; see {settings.home / 'logs'}", err=True)
        raise typer.Exit(ExitCode.INTERNAL_ERROR) from None


@queue_app.command("list")
def queue_list(as_json: bool = typer.Option(False, "--json", help="A JSON array.")) -> None:
    """The cases in the review queue: ids, statuses and counts."""
    from flows.databases import review_engine
    from review.store import ReviewStore

    shown = {"case_id", "status", "documents", "markers", "conflicts", "received_at"}
    items = [row.model_dump(include=shown) for row in ReviewStore(review_engine()).list_cases()]
    line = "{case_id}\t{status}\t{documents} documents\t{markers} markers\t{conflicts} conflicts"
    _print_items(items, as_json, line)


@rejected_app.command("list")
def rejected_list(as_json: bool = typer.Option(False, "--json", help="A JSON array.")) -> None:
    """Rejected documents: ledger id, case, short hash, reason code, attempts, escaped file."""
    items = [
        {
            **_entry_ids(entry),
            "reason": entry.reason,
            "attempts": entry.attempts,
            "file": entry.object_key,
            "received_at": entry.first_seen_at.isoformat(),
        }
        for entry in _ledger().rejected()
    ]
    _print_items(items, as_json, ENTRY_IDS + "{reason}\t{attempts} attempts\t{file}")


def _entry_ids(entry: "LedgerEntry") -> dict[str, object]:
    return {"id": entry.id, "case_id": entry.case_id, "document": entry.short_hash}


def _print_items(items: Sequence[Mapping[str, object]], as_json: bool, line: str) -> None:
    if as_json:
        typer.echo(json.dumps(items, default=datetime.isoformat))
        return
    for item in items:
        typer.echo(line.format(**item))


@rejected_app.command("retry")
def rejected_retry(
    entry_id: int = typer.Argument(..., help="Ledger id from `rejected list`."),
) -> None:
    """Put a rejected document back in line; the next intake starts its run."""
    from review.ledger import LedgerState

    _retry(_ledger(), [entry_id], LedgerState.REJECTED)


@failed_app.command("list")
def failed_list(as_json: bool = typer.Option(False, "--json", help="A JSON array.")) -> None:
    """Documents markerflow failed on: ledger id, case, short hash, failed step, attempts."""
    items = [
        {**_entry_ids(entry), "step": entry.reason, "attempts": entry.attempts}
        for entry in _ledger().failed()
    ]
    _print_items(items, as_json, ENTRY_IDS + "internal error in {step}\t{attempts} attempts")


@failed_app.command("retry")
def failed_retry(
    entry_ids: Annotated[
        list[int] | None, typer.Argument(help="Ledger ids from `failed list`.")
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Every failed document.")] = False,
) -> None:
    """Put failed documents back in line (after an upgrade); the next intake starts them."""
    from review.ledger import LedgerState

    if bool(entry_ids) == every:
        typer.echo("markerflow failed retry: give ledger ids or --all, not both", err=True)
        raise typer.Exit(ExitCode.USAGE)
    ledger = _ledger()
    ids = [entry.id for entry in ledger.failed()] if every else list(entry_ids or [])
    if not ids:
        typer.echo("no failed documents")
    _retry(ledger, ids, LedgerState.FAILED)


def _ledger() -> "Ledger":
    from flows.databases import open_ledger
    from flows.settings import FlowSettings

    return open_ledger(FlowSettings())


def _retry(ledger: "Ledger", entry_ids: list[int], state: "LedgerState") -> None:
    """Each entry in `state` is pending again; an id that is not in `state` is a usage error."""
    from flows.settings import FlowSettings
    from review.ledger import NOT_RETRIED

    max_attempts = FlowSettings().max_attempts
    wrong = [entry_id for entry_id in entry_ids if not ledger.retry(entry_id, state)]
    for entry_id in (i for i in entry_ids if i not in wrong):
        typer.echo(f"{entry_id} is pending again")
        entry = ledger.get(entry_id)
        if entry is not None and entry.attempts >= max_attempts:  # attempts are never reset
            typer.echo(
                f"warning: {entry_id} has had {entry.attempts} runs, MARKERFLOW_MAX_ATTEMPTS is "
                f"{max_attempts}: intake will reject it as attempts_exhausted unless the limit is "
                "raised",
                err=True,
            )
    for entry_id in wrong:
        entry = ledger.get(entry_id)
        if entry is not None and entry.reason in NOT_RETRIED:
            typer.echo(
                f"{entry_id} was refused for its folder name ({entry.reason}): rename the "
                "folder to a usable case id (letters, digits, . _ -) and intake takes it in",
                err=True,
            )
        else:
            typer.echo(f"{entry_id} is not a {state.value} document", err=True)
    if wrong:
        raise typer.Exit(ExitCode.USAGE)
