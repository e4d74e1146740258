"""Scale-out on one machine: the Prefect server on PostgreSQL, two workers on one process pool,
and that server restarted while documents are in flight; every document still lands once."""

import os
import signal
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from prefect.settings import PREFECT_API_URL, PREFECT_HOME, temporary_settings

from flows import databases
from review.ledger import Ledger, LedgerState
from review.store import ReviewStore
from tests.flows.conftest import PREFECT, free_port, wait_for
from tests.flows.deployed import Deployed, deploy, wait_until
from tests.flows.test_deployed_flows import drop, run_intake
from tests.review.conftest import POSTGRES_URL_VARIABLE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
]
REPORTS = ["002.pdf", "006.pdf", "010.pdf", "014.pdf", "024.pdf", "030.pdf"]


@dataclass
class PrefectOnPostgres:
    """A Prefect server whose database is PostgreSQL; it can be stopped and started again."""

    home: Path
    database_url: str
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        env = {
            **os.environ,
            "PREFECT_HOME": str(self.home),
            "PREFECT_API_URL": self.api,
            "PREFECT_API_DATABASE_CONNECTION_URL": self.database_url,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
        with (self.home / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                [*PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for(f"{self.api}/health", timeout=300)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def prefect_database() -> str:
    """A new database for Prefect beside the review tests' one, on the throwaway PostgreSQL."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        pytest.skip(
            f"{POSTGRES_URL_VARIABLE} is unset: run the tests through scripts/with-postgres"
        )
    name = f"prefect_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.replace("+psycopg", "+asyncpg").rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectOnPostgres]:
    home = tmp_path_factory.mktemp("prefect-on-postgres")
    started = PrefectOnPostgres(home, prefect_database(), free_port())
    started.start()
    yield started
    started.stop()


@pytest.fixture(scope="module")
def two_workers(
    server: PrefectOnPostgres, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Deployed]]:
    home = tmp_path_factory.mktemp("markerflow-scale-out")
    mp = pytest.MonkeyPatch()
    mp.setenv("MARKERFLOW_HOME", str(home))
    mp.setenv("MARKERFLOW_LEASE_SECONDS", "20")
    # Two documents a run: three runs, more than one worker (at most two runs each) holds.
    mp.setenv("MARKERFLOW_BATCH", "2")
    mp.setenv("PREFECT_API_URL", server.api)
    mp.setenv("PREFECT_HOME", str(server.home))
    mp.delenv("MARKERFLOW_DATABASE_URL", raising=False)
    databases.review_engine.cache_clear()
    databases.review_engine()
    with temporary_settings({PREFECT_API_URL: server.api, PREFECT_HOME: str(server.home)}):
        first = deploy(home, server.api)
        second = Deployed(home=home, env=first.env)
        second.start_worker()
        yield [first, second]
        for worker in (first, second):
            worker.end()
    databases.review_engine.cache_clear()
    mp.undo()


def workers_that_submitted(home: Path) -> set[str]:
    log = (home / "logs" / "worker.log").read_text(errors="replace")
    return {line.split("'")[1] for line in log.splitlines() if "submitting flow run" in line}


def test_two_workers_on_postgres_survive_a_server_restart_and_queue_every_document_once(
    server: PrefectOnPostgres, two_workers: list[Deployed], corpus_dir: Path
) -> None:
    home = two_workers[0].home
    ledger = Ledger(databases.review_engine())
    for index, name in enumerate(REPORTS):
        drop(two_workers[0], f"scale-{index}", corpus_dir / "files" / name)
    run_intake()
    wait_until(
        lambda: any(e.state == LedgerState.PROCESSING for e in ledger.entries()),
        300,
        "a document in flight",
    )
    server.stop()
    server.start()

    def all_done() -> bool:
        entries = ledger.entries()
        if all(e.state == LedgerState.DONE for e in entries):
            return len(entries) == len(REPORTS)
        if ledger.due():
            run_intake()  # what the schedule does: restarts whatever a lost run left behind
        return False

    wait_until(all_done, 900, "every document queued")
    store = ReviewStore(databases.review_engine())
    entries = ledger.entries()
    for entry in entries:
        case = store.get_case(entry.case_id)
        assert case is not None and [d.document_id for d in case.documents] == [entry.sha256]
    # The inbox is listed in no set order: one entry per dropped report, whatever the order.
    assert sorted(e.case_id for e in entries) == [f"scale-{i}" for i in range(len(REPORTS))]
    assert all(w.worker is not None and w.worker.poll() is None for w in two_workers)
    assert len(workers_that_submitted(home)) == 2
