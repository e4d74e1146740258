"""Checks that each document of a fault test ended processed once, and that no run leaked PHI."""

from collections.abc import Iterable
from pathlib import Path
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    FlowRunFilter,
    FlowRunFilterId,
    FlowRunFilterTags,
    LogFilter,
)
from prefect.client.schemas.filters import LogFilterFlowRunId as LogRunId
from prefect.client.schemas.objects import State, StateType
from sqlalchemy import Engine, text

from review.ledger import Ledger, LedgerEntry, LedgerState
from review.store import ReviewStore
from tests.flows.deployed import wait_until
from tests.flows.test_deployed_flows import run_intake, the_entry

# After a fault the stricken entries come due on the session's 20 s lease; the runs intake then
# starts get a longer one (MARKERFLOW_LEASE_SECONDS of the process running intake), so that on
# a loaded machine an entry does not come due again while its new run is still starting (intake
# would start one more run, which finds the entry done or does the same work again).
RESTART_LEASE_SECONDS = "120"


def process_until_done(ledger: Ledger, count: int, timeout: float) -> None:
    """Run intake whenever an entry is due (what its schedule does) until `count` are done."""

    def all_done() -> bool:
        entries = ledger.entries()
        if len(entries) == count and all(e.state == LedgerState.DONE for e in entries):
            return True
        if ledger.due():
            run_intake()
        return False

    wait_until(all_done, timeout, f"all {count} documents done")


def rows_of(engine: Engine, entry: LedgerEntry) -> dict[str, int]:
    """How many rows the review database holds for one document and its case, per table."""
    queries = {
        "ledger_entries": "SELECT count(*) FROM ledger_entries WHERE case_id = :case",
        "review_cases": "SELECT count(*) FROM review_cases WHERE case_id = :case",
        "review_documents": "SELECT count(*) FROM review_documents WHERE case_id = :case",
        "review_page_images": "SELECT count(*) FROM review_page_images WHERE document_id = :doc",
    }
    with engine.connect() as connection:
        return {
            table: int(
                connection.execute(
                    text(query), {"case": entry.case_id, "doc": entry.sha256}
                ).scalar_one()
            )
            for table, query in queries.items()
        }


def assert_processed_once(engine: Engine, ledger: Ledger, case_id: str) -> None:
    """Done, one copy of the document in one case, no row twice."""
    entry = the_entry(ledger, case_id)
    assert entry.state == LedgerState.DONE, case_id
    case = ReviewStore(engine).get_case(case_id)
    assert case is not None, case_id
    assert [d.document_id for d in case.documents] == [entry.sha256], case_id
    pages = case.documents[0].page_count
    assert pages > 0
    assert rows_of(engine, entry) == {
        "ledger_entries": 1,
        "review_cases": 1,
        "review_documents": 1,
        "review_page_images": pages,
    }, case_id


def runs_of(case_id: str) -> dict[str, State | None]:
    """Every process-document run Prefect holds for the case, with its state."""
    tags = FlowRunFilterTags(all_=["process-document", f"case:{case_id}"])
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(flow_run_filter=FlowRunFilter(tags=tags))
    return {str(r.id): r.state for r in runs}


def never_started(state: State | None) -> bool:
    """Whether a run crashed before it started: its worker could not submit it.

    Under load the Prefect server can answer the worker with 503; the attempt is spent and the
    ledger starts another after the lease (README, reliability gap 1).
    """
    return (
        state is not None
        and state.type == StateType.CRASHED
        and (state.message or "").startswith("Failed to submit flow run")
    )


def started_runs(case_id: str, ledger: Ledger) -> set[str]:
    """The case's runs that a worker started, after checking that each run was one attempt."""
    runs = runs_of(case_id)
    assert the_entry(ledger, case_id).attempts == len(runs), (case_id, runs)
    return {run_id for run_id, state in runs.items() if not never_started(state)}


def report_lines(corpus_dir: Path, report_ids: Iterable[str]) -> list[str]:
    """Telling lines of the reports' text (and the canary patient's name): what must not leak."""
    lines = ["CANARY"]
    for report_id in report_ids:
        text_file = corpus_dir / "texts" / f"{report_id}.txt"
        lines += [s for s in map(str.strip, text_file.read_text().splitlines()) if len(s) >= 30]
    return lines


def run_texts(run_ids: Iterable[str]) -> dict[str, list[str]]:
    """Per flow run: its state message, its task runs' state messages and its log messages."""
    texts: dict[str, list[str]] = {}
    with get_client(sync_client=True) as client:
        for run_id in run_ids:
            run = client.read_flow_run(UUID(run_id))
            tasks = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id]))
            )
            logs = client.read_logs(LogFilter(flow_run_id=LogRunId(any_=[run.id])))
            texts[run_id] = [
                *(s.message or "" for s in [run.state, *(t.state for t in tasks)] if s),
                *(log.message for log in logs),
            ]
    return texts


def leaks(texts: dict[str, list[str]], needles: list[str]) -> list[tuple[str, str]]:
    """(run id, needle) for every needle found in a run's texts."""
    return [
        (run_id, needle)
        for run_id, found in texts.items()
        for needle in needles
        if any(needle in t for t in found)
    ]
