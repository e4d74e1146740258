"""A worker SIGKILLed while its runs stand at every stage of their documents, from before the
claim to after `done`: restarted, and once the leases run out, each document is processed once.

The runs are stopped without any hook in markerflow's code: the worker starts with
stage_pause/sitecustomize.py on its PYTHONPATH, which wraps the stage functions so that a run
of a chosen case touches a marker file at its point and then sleeps until it is killed.
"""

import shutil
import tempfile
from pathlib import Path

import pytest

from flows import databases
from flows.deployment_runs import DeploymentStarter
from flows.settings import FlowSettings
from flows.submission import submit
from review.ledger import Ledger, LedgerState
from tests.flows.deployed import Deployed, flow_run, log_tail, wait_until
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
from tests.flows.reliability.tuned_worker import TunedWorker, pausing_env
from tests.flows.test_deployed_flows import (
    deployed,
    drop,
    ledger,
    run_intake,
    run_is_final,
    the_entry,
)

__all__ = ["deployed", "ledger"]

pytestmark = pytest.mark.slow

# case id: (digital corpus report, where its first run stops)
STOPS = {
    "stop-before-claim": ("024", "before:claim"),
    "stop-in-read": ("006", "before:read"),
    "stop-before-analyse": ("014", "before:analyse"),
    "stop-before-render": ("028", "before:render"),
    "stop-before-store": ("032", "before:store_document"),
    "stop-after-store": ("034", "after:store_document"),
    "stop-after-rebuild": ("036", "after:rebuild_case"),
    "stop-after-done": ("062", "after:mark_done"),
}
AFTER_DONE = "after:mark_done"


def start_again_if_crashed(ledger: Ledger) -> None:
    """Start the next attempt of a due entry whose run the worker could not submit.

    What intake does, for those entries only: intake would also start a second run of the
    entry whose first run waits before its claim (a lease is renewed only once claimed).
    """
    settings = FlowSettings()
    crashed = [
        entry
        for entry in ledger.due()
        if never_started(runs_of(entry.case_id).get(str(entry.flow_run_id)))
    ]
    starter = DeploymentStarter(settings.deployment)
    submit(crashed, ledger, starter, settings.max_attempts, settings.batch)


def test_a_worker_killed_with_runs_at_every_stage_leaves_each_document_processed_once(
    deployed: Deployed,
    ledger: Ledger,
    corpus_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    markers = tmp_path / "stopped"
    markers.mkdir()
    env = dict(deployed.env)
    pauses = {case_id: point for case_id, (_, point) in STOPS.items()}
    # What the killed worker cannot clean up (its runs' socket folder, temporary files) goes in
    # a short folder of the test's own: Unix socket paths must stay under 107 bytes.
    scratch = Path(tempfile.mkdtemp(prefix="mf-killed-", dir="/tmp"))
    # Every first run's document in flight at once: the run that carries them all stops each.
    stopping_env = {
        **pausing_env(env, pauses, markers),
        "TMPDIR": str(scratch),
        "MARKERFLOW_DOCUMENT_WORKERS": str(len(STOPS)),
    }
    stopping = TunedWorker(deployed.home, stopping_env, limit=len(STOPS))
    fresh = TunedWorker(deployed.home, env)

    def all_stopped() -> bool:
        start_again_if_crashed(ledger)
        return all((markers / case_id).exists() for case_id in STOPS)

    def where_the_others_stand() -> str:
        """For a failure message: each case not at its stop, its ledger entry and runs."""
        lines = []
        for case_id in (c for c in STOPS if not (markers / c).exists()):
            entry = the_entry(ledger, case_id)
            runs = [
                f"{s.type.value}: {s.message}" if s else "no state"
                for s in runs_of(case_id).values()
            ]
            lines.append(f"{case_id}: {entry.state}, attempt {entry.attempts}, runs {runs}")
        return "\n".join([*lines, "worker log:", log_tail(deployed.home / "logs" / "worker.log")])

    deployed.stop_worker()  # every first run must go to the worker that stops it
    try:
        stopping.start_worker()
        for case_id, (report, _) in STOPS.items():
            drop(deployed, case_id, corpus_dir / "files" / f"{report}.pdf")
        run_intake()
        wait_until(all_stopped, 240, "every first run at its stop", where_the_others_stand)
        killed = {case_id: the_entry(ledger, case_id) for case_id in STOPS}
        stopping.kill_worker()
        monkeypatch.setenv("MARKERFLOW_LEASE_SECONDS", RESTART_LEASE_SECONDS)
        fresh.start_worker()
        process_until_done(ledger, len(STOPS), 300)
        for case_id in STOPS:
            run_id = str(the_entry(ledger, case_id).flow_run_id)
            if run_id != str(killed[case_id].flow_run_id):
                wait_until(lambda r=run_id: run_is_final(r), 60, f"last run of {case_id} ended")
    finally:
        fresh.stop_worker()
        stopping.end()  # its runs sleep at their stops for good: only a kill ends them
        shutil.rmtree(scratch, ignore_errors=True)

    engine = databases.review_engine()
    for case_id, (_, point) in STOPS.items():
        assert (markers / case_id).read_text() == point
        assert_processed_once(engine, ledger, case_id)
        before, last = killed[case_id], the_entry(ledger, case_id)
        if point == AFTER_DONE:  # nothing ran it again, nothing changed it
            assert before.state == LedgerState.DONE
            assert (last.flow_run_id, last.finished_at) == (before.flow_run_id, before.finished_at)
            assert started_runs(case_id, ledger) == {str(before.flow_run_id)}
        else:  # the killed run, then one that finished it
            runs = {str(before.flow_run_id), str(last.flow_run_id)}
            assert len(runs) == 2 and started_runs(case_id, ledger) == runs
            state = flow_run(str(last.flow_run_id)).state
            assert state is not None and state.is_completed(), (case_id, state)
    run_ids = {run_id for case_id in STOPS for run_id in runs_of(case_id)}
    needles = report_lines(corpus_dir, {report for report, _ in STOPS.values()})
    assert leaks(run_texts(run_ids), needles) == []
    assert files_holding(b"CANARY", deployed.home, Path(deployed.env["PREFECT_HOME"])) == []
