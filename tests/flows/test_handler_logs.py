"""Handlers that carry on after an error log its PHI-free traceback: findable, and no text."""

import logging
import threading
from collections.abc import Collection
from pathlib import Path

import pytest

from flows import inbox_watcher, submission
from flows.lease_heartbeat import LeaseHeartbeat
from flows.settings import FlowSettings
from review.ledger import Ledger, LedgerEntry, LedgerState, NewObject

SECRET = "Patient CANARY, MRN 123"


def fails_with_phi(*_args: object) -> bool:
    raise RuntimeError(SECRET)


def assert_logged_phi_free(caplog: pytest.LogCaptureFixture, where: str) -> None:
    records = [r for r in caplog.records if "PHI-free traceback" in r.getMessage()]
    assert records
    for record in records:
        text = record.getMessage()
        assert f"{where}\nRuntimeError" in text, text
        assert SECRET not in text and record.exc_info is None


class BrokenLedger(Ledger):
    def hold(self, entry_id: int, state: LedgerState) -> bool:
        return fails_with_phi()


def test_a_failed_lease_renewal_logs_its_traceback(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from flows import databases

    heartbeat = LeaseHeartbeat(BrokenLedger(databases.review_engine()), [7], every_seconds=0.01)
    with caplog.at_level(logging.WARNING, logger="flows.lease_heartbeat"):
        heartbeat.start()
        while not caplog.records:
            heartbeat.join(0.05)
        heartbeat.stopped.set()
        heartbeat.join()
    assert "lease heartbeat of entry 7 failed" in caplog.records[0].getMessage()
    assert_logged_phi_free(caplog, "fails_with_phi")


def test_a_failed_inbox_poll_logs_its_traceback(
    home: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    stopped = threading.Event()

    def poll_once(_settings: FlowSettings) -> int:
        stopped.set()
        return fails_with_phi()

    monkeypatch.setattr(inbox_watcher, "intake_once", poll_once)
    with caplog.at_level(logging.WARNING, logger="flows.inbox_watcher"):
        inbox_watcher.watch(FlowSettings(), stopped, interval=0.01)
    assert_logged_phi_free(caplog, "fails_with_phi")


def test_failures_to_ask_or_mark_prefect_about_runs_log_their_tracebacks(
    ledger: Ledger, caplog: pytest.LogCaptureFixture
) -> None:
    entry_id = ledger.record(NewObject("case-1", "a" * 64, "inbox", "case-1/r.pdf", b"x")).entry_id
    ledger.mark_submitted(entry_id, attempt=1, flow_run_id="run-1")

    def ended(_runs: Collection[str]) -> set[str]:
        return fails_with_phi()  # type: ignore[return-value]

    with caplog.at_level(logging.WARNING, logger="flows.submission"):
        assert submission.release_ended(ledger, ended) == 0
    assert_logged_phi_free(caplog, "fails_with_phi")
    caplog.clear()

    entry = ledger.get(entry_id)
    assert isinstance(entry, LedgerEntry)
    with caplog.at_level(logging.WARNING, logger="flows.submission"):
        submission.LostRuns(fails_with_phi).mark(entry, "run-2", "lost")
    assert_logged_phi_free(caplog, "fails_with_phi")
