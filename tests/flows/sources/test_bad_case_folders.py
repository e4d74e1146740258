"""Files in folders that are no usable case id are rejected as bad_case_id, listed and escaped.

Regression for issue 13, defect 7: `inbox/SL/ASH/`, `Fall-Müller-ü/` and `C 7/` vanished into
an intake run's "3 left aside".
"""

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from flows.discovery import discover
from flows.sources.local_inbox import LocalInbox
from review.ledger import Ledger, LedgerReason, LedgerState

BAD_FOLDERS = {
    "SL/ASH": "SL/ASH",
    "Fall-Müller-ü": "Fall-M%C3%BCller-%C3%BC",
    "C 7": "C 7",
}


@pytest.fixture
def inbox(home: Path) -> LocalInbox:
    root = home / "inbox"
    for folder in [*BAD_FOLDERS, "case-1"]:
        (root / folder).mkdir(parents=True)
        (root / folder / "report.pdf").write_bytes(f"%PDF-1.7 {folder}".encode())
    return LocalInbox(root, settle_seconds=0.05)


def test_each_file_of_an_unusable_folder_is_rejected_with_its_escaped_name(
    inbox: LocalInbox, ledger: Ledger
) -> None:
    counts = discover(inbox, ledger)

    assert (counts.new, counts.bad_case_ids, counts.ignored) == (1, 3, 0)
    rejected = {e.case_id: e for e in ledger.rejected()}
    assert sorted(rejected) == sorted(BAD_FOLDERS.values())
    for entry in rejected.values():
        assert (entry.state, entry.reason) == (LedgerState.REJECTED, LedgerReason.BAD_CASE_ID)
        assert entry.object_key == f"{entry.case_id}/report.pdf"
        assert entry.object_key.isascii() and entry.object_key.isprintable()
        assert entry.attempts == 0 and entry.first_seen_at is not None
    assert [e.case_id for e in ledger.due()] == ["case-1"]


def test_a_rejected_folder_is_recorded_once_and_not_retried(
    inbox: LocalInbox, ledger: Ledger
) -> None:
    discover(inbox, ledger)
    again = discover(inbox, ledger)

    assert again.bad_case_ids == 0
    assert len(ledger.rejected()) == 3
    entry = ledger.rejected()[0]
    assert not ledger.retry(entry.id)
    assert ledger.get(entry.id).state == LedgerState.REJECTED  # type: ignore[union-attr]


def test_a_folder_name_that_is_not_utf8_is_escaped_byte_by_byte(home: Path, ledger: Ledger) -> None:
    root = home / "inbox"
    root.mkdir()
    folder = os.path.join(os.fsencode(root), b"Fall-M\xfcller")  # Latin-1, from a file share
    os.mkdir(folder)
    Path(os.fsdecode(folder), "report.pdf").write_bytes(b"%PDF-1.7 latin")

    counts = discover(LocalInbox(root, settle_seconds=0.05), ledger)

    assert counts.bad_case_ids == 1
    [entry] = ledger.rejected()
    assert entry.case_id == "Fall-M%FCller"


def test_rejected_list_shows_each_with_its_reason_and_escaped_file(
    inbox: LocalInbox, ledger: Ledger
) -> None:
    discover(inbox, ledger)

    listed = CliRunner().invoke(app, ["rejected", "list", "--json"])

    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    assert sorted((r["case_id"], r["reason"], r["file"]) for r in rows) == sorted(
        (escaped, "bad_case_id", f"{escaped}/report.pdf") for escaped in BAD_FOLDERS.values()
    )
    retried = CliRunner().invoke(app, ["rejected", "retry", str(rows[0]["id"])])
    # Asking to retry what cannot be retried is a usage error in the one exit-code table.
    assert retried.exit_code == ExitCode.USAGE
    assert "rename the folder" in retried.output
