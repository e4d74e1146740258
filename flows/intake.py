"""The intake flow: a scheduled poll that records new uploads and starts batches of them."""

from dataclasses import asdict

from prefect import flow, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.databases import open_ledger
from flows.deployment_runs import DeploymentStarter, ended_runs, mark_run_lost, run_is_waiting
from flows.discovery import DiscoveryCounts, configured_source, discover
from flows.settings import FlowSettings
from flows.step_errors import phi_safe
from flows.submission import Submitted, submit_due


@task(name="discover", persist_result=False, cache_policy=NO_CACHE)
def discover_new(settings: FlowSettings) -> DiscoveryCounts:
    """Record every new object of the source in the ledger."""
    with phi_safe("discover"):
        return discover(configured_source(settings), open_ledger(settings))


@task(name="start-runs", persist_result=False, cache_policy=NO_CACHE)
def start_runs(settings: FlowSettings) -> list[Submitted]:
    """Start process-documents runs for the due ledger entries, MARKERFLOW_BATCH to a run."""
    with phi_safe("start-runs"):
        return submit_due(
            open_ledger(settings),
            DeploymentStarter(settings.deployment),
            settings.max_attempts,
            waiting=run_is_waiting,
            ended=ended_runs,
            mark_lost=mark_run_lost,
            batch_size=settings.batch,
        )


@flow(name="intake", persist_result=False, log_prints=False)
def intake() -> dict[str, int]:
    """Find new uploads, record them, start their runs; counts only."""
    settings = FlowSettings()
    counts = discover_new(settings)
    started = start_runs(settings)
    create_table_artifact(
        table=[_row(s) for s in started] or [{"started": 0}],
        key="intake-runs",
        description=(
            f"{counts.new} new, {counts.duplicates} duplicate, {counts.changed} changed while "
            f"read, {counts.bad_case_ids} rejected for a folder name that is no usable case id "
            f"(bad_case_id: see `markerflow rejected list`), {counts.ignored} left aside; "
            f"{len(started)} documents started in {len({s.flow_run_id for s in started})} runs"
        ),
    )
    return {**asdict(counts), "started": len(started)}


def _row(submitted: Submitted) -> dict[str, str | int]:
    return {
        "entry": submitted.entry_id,
        "case": submitted.case_id,
        "document": submitted.short_hash,
        "attempt": submitted.attempt,
        "flow_run": submitted.flow_run_id,
    }
