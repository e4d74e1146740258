"""PostgreSQL under the review database (ledger and cases) stopped while documents are in
flight: their runs fail cleanly (no PHI in states or logs, the worker lives on), and once it is
back every document is processed exactly once."""

import os
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from prefect.client.schemas.objects import StateType

from flows import databases
from review.ledger import Ledger, LedgerState
from tests.flows.deployed import Deployed, deploy, flow_run, wait_until
from tests.flows.reliability.exactly_once import (
    RESTART_LEASE_SECONDS,
    assert_processed_once,
    leaks,
    never_started,
    process_until_done,
    report_lines,
    run_texts,
    runs_of,
    started_runs,
)
from tests.flows.reliability.phi_sinks import files_holding
from tests.flows.reliability.private_postgres import PrivatePostgres, postgres_bin
from tests.flows.test_deployed_flows import drop, run_intake, run_is_final, the_entry

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

REPORTS = {"pg-down-a": "024", "pg-down-b": "006", "pg-down-c": "014", "pg-down-d": "028"}
LEASE_SECONDS = 20
# A run whose database went away fails; one that finished before the stop completed.
CLEAN_ENDS = (StateType.FAILED, StateType.COMPLETED)
STEP_FAILURE = re.compile(
    r"Flow run encountered an exception: (TransientStepError|StepFailed): [a-z-]+ failed: \w+"
)


@pytest.fixture(scope="module")
def postgres() -> Iterator[PrivatePostgres]:
    """A cluster of this module's own: stopping it leaves the suite's PostgreSQL alone."""
    pg_bin = postgres_bin()
    if pg_bin is None:
        reason = "PostgreSQL's binaries (initdb, pg_ctl) are not installed; set PG_BIN"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"PostgreSQL is required under CI: {reason}")
        pytest.skip(reason)
    cluster = PrivatePostgres.create(pg_bin)
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="module")
def on_postgres(
    prefect_api: str, postgres: PrivatePostgres, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployed]:
    """The deployed flows with their review database on `postgres`."""
    home = tmp_path_factory.mktemp("markerflow-on-postgres")
    mp = pytest.MonkeyPatch()
    mp.setenv("MARKERFLOW_HOME", str(home))
    mp.setenv("MARKERFLOW_LEASE_SECONDS", str(LEASE_SECONDS))
    mp.setenv("MARKERFLOW_DATABASE_URL", postgres.url)
    databases.review_engine.cache_clear()
    databases.review_engine()  # migrates the review database on PostgreSQL
    stack = deploy(home, prefect_api)
    stack.stop_worker()  # deploy's worker has the default (SQLite) review database
    stack.env["MARKERFLOW_DATABASE_URL"] = postgres.url
    stack.start_worker()
    yield stack
    stack.end()
    databases.review_engine().dispose()
    databases.review_engine.cache_clear()
    mp.undo()


def test_postgres_stopped_under_runs_in_flight_fails_them_cleanly_then_each_lands_once(
    on_postgres: Deployed,
    postgres: PrivatePostgres,
    corpus_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ledger = Ledger(databases.review_engine(), lease=timedelta(seconds=LEASE_SECONDS))
    for case_id, report in REPORTS.items():
        drop(on_postgres, case_id, corpus_dir / "files" / f"{report}.pdf")
    run_intake()
    wait_until(
        lambda: any(e.state == LedgerState.PROCESSING for e in ledger.entries()),
        120,
        "a document in flight",
    )
    first = {e.case_id: str(e.flow_run_id) for e in ledger.entries()}
    postgres.stop()

    wait_until(lambda: all(map(run_is_final, first.values())), 180, "every first run ended")
    ended = {case_id: flow_run(run_id).state for case_id, run_id in first.items()}
    started = {case_id: s for case_id, s in ended.items() if not never_started(s)}
    assert started and all(s is not None and s.type in CLEAN_ENDS for s in started.values()), ended
    assert any(s is not None and s.is_failed() for s in started.values()), ended
    # A failed run names the step and the error's type, never the driver's text (which can
    # quote a statement or, with other drivers, its values).
    messages = [s.message or "" for s in started.values() if s is not None and s.is_failed()]
    assert all(STEP_FAILURE.fullmatch(m) for m in messages), messages
    needles = report_lines(corpus_dir, REPORTS.values())
    assert leaks(run_texts(first.values()), needles) == []
    worker = on_postgres.worker
    assert worker is not None and worker.poll() is None, "the worker died with the database"

    postgres.start()
    monkeypatch.setenv("MARKERFLOW_LEASE_SECONDS", RESTART_LEASE_SECONDS)
    process_until_done(ledger, len(REPORTS), 300)
    engine = databases.review_engine()
    for case_id in REPORTS:
        assert_processed_once(engine, ledger, case_id)
        last = str(the_entry(ledger, case_id).flow_run_id)
        wait_until(lambda r=last: run_is_final(r), 60, f"last run of {case_id} ended")
        state = flow_run(last).state
        assert state is not None and state.is_completed(), (case_id, state)
        # One run before the outage (unless it never started), then the one that finished it.
        expected = {last} | ({first[case_id]} if case_id in started else set())
        assert started_runs(case_id, ledger) == expected, case_id
    all_runs = {run_id for case_id in REPORTS for run_id in runs_of(case_id)}
    assert leaks(run_texts(all_runs), needles) == []
    prefect_home = Path(on_postgres.env["PREFECT_HOME"])
    assert files_holding(b"CANARY", on_postgres.home, prefect_home) == []
    assert worker.poll() is None
    assert not (on_postgres.home / "markerflow.db").exists(), "the flows used SQLite"
