"""`markerflow failed list` and `failed retry`: documents markerflow failed on, back after a fix."""

import hashlib

from typer.testing import CliRunner

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from review.ledger import Ledger, LedgerState, NewObject


def failed_entry(ledger: Ledger, data: bytes, attempts: int) -> int:
    sha256 = hashlib.sha256(data).hexdigest()
    entry_id = ledger.record(NewObject("case-1", sha256, "inbox", "case-1/r.pdf", data)).entry_id
    ledger.mark_submitted(entry_id, attempt=attempts, flow_run_id=f"run-{attempts}")
    ledger.claim(entry_id, f"run-{attempts}")
    ledger.mark_failed(entry_id, "analyse")
    return entry_id


def test_failed_documents_are_listed_with_their_step(ledger: Ledger) -> None:
    entry_id = failed_entry(ledger, b"one", attempts=1)

    result = CliRunner().invoke(app, ["failed", "list"])

    assert result.exit_code == ExitCode.OK
    assert result.stdout.split("\t")[0] == str(entry_id)
    assert "internal error in analyse\t1 attempts" in result.stdout


def test_retry_all_brings_every_failed_document_back(ledger: Ledger) -> None:
    first, second = failed_entry(ledger, b"one", 1), failed_entry(ledger, b"two", 1)

    result = CliRunner().invoke(app, ["failed", "retry", "--all"])

    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout == f"{first} is pending again\n{second} is pending again\n"
    assert [e.id for e in ledger.due()] == [first, second]
    assert CliRunner().invoke(app, ["failed", "retry", "--all"]).stdout == "no failed documents\n"


def test_retrying_an_entry_that_used_its_attempts_says_it_will_be_refused(ledger: Ledger) -> None:
    entry_id = failed_entry(ledger, b"one", attempts=3)

    result = CliRunner().invoke(app, ["failed", "retry", str(entry_id)])

    assert result.exit_code == ExitCode.OK
    assert "intake will reject it as attempts_exhausted" in result.stderr
    entry = ledger.get(entry_id)
    assert entry is not None and entry.state == LedgerState.PENDING


def test_ids_and_all_together_or_an_id_that_did_not_fail_are_usage_errors(ledger: Ledger) -> None:
    entry_id = failed_entry(ledger, b"one", attempts=1)
    runner = CliRunner()

    assert runner.invoke(app, ["failed", "retry", str(entry_id), "--all"]).exit_code == 2
    wrong = runner.invoke(app, ["failed", "retry", str(entry_id + 1)])
    assert wrong.exit_code == ExitCode.USAGE
    assert f"{entry_id + 1} is not a failed document" in wrong.stderr
