"""Every bad input of ../shared/badinputs through the deployed flows ends in its outcome."""

import json
import os
import shutil
from pathlib import Path

import pytest

from flows import databases
from review.ledger import Ledger, LedgerState
from review.store import ReviewStore
from tests.extractors.reading.test_bad_inputs import REASONS
from tests.extractors.reading.test_bad_inputs import ROWS as ALL_ROWS
from tests.flows.deployed import (
    Deployed,
    descendants,
    is_prefect_worker,
    run_processes,
    wait_until,
)
from tests.flows.test_deployed_flows import (
    deployed,
    ledger,
    markerflow,
    run_intake,
)

__all__ = ["deployed", "ledger"]

pytestmark = pytest.mark.slow

# One file per rejection reason and every kind that threatens the worker (bombs, loops, heavy
# pages, OCR), so the suite stays within minutes; MARKERFLOW_ALL_BADINPUTS=1 runs all of them
# (every file is also held to its outcome by read_document in tests/extractors/reading).
WORST = {
    "empty.pdf",
    "html_named.pdf",
    "truncated_60pct.pdf",
    "encrypted_user_aes256.pdf",
    "pages_300_tiny.pdf",
    "flate_bomb_nested.pdf",
    "huge_mediabox.pdf",
    "bomb_60000x60000.png",
    "one_pixel.png",
    "deep_nesting_10k.pdf",
    "pub_qpdf_append-xref-loop.pdf",
    "control_report.pdf",
    "png_named.pdf",
    "glyphs_60k.pdf",
    "pub_pdfjs_Pages-tree-refs.pdf",
    "xss_bidi_payload_report.pdf",
    "polyglot_pdf_zip.pdf",
}
ROWS = [
    row
    for row in ALL_ROWS
    if row["file"] in WORST or os.environ.get("MARKERFLOW_ALL_BADINPUTS") == "1"
]

# File names the MANIFEST's '-' row asks for that a local file system can hold: each must be
# processed under its case, stored escaped, and never used as a path.
ODD_NAMES = [
    "report\nwith newline'; DROP TABLE ledger; --.pdf",
    "\u202egpj.pdf <script>alert(1)<\u2044script>+v2 (1).pdf",
    "r" * 240 + ".pdf",
]


def case_of(index: int) -> str:
    return f"hostile-{index:02d}"


def odd_case(index: int) -> str:
    return f"oddname-{index:02d}"


def drop_everything(home: Path, badinputs: Path) -> int:
    for index, row in enumerate(ROWS):
        target = home / "inbox" / case_of(index) / row["file"]
        target.parent.mkdir(parents=True)
        shutil.copyfile(badinputs / row["file"], target)
    for index, name in enumerate(ODD_NAMES):
        target = home / "inbox" / odd_case(index) / name
        target.parent.mkdir(parents=True)
        shutil.copyfile(badinputs / "control_report.pdf", target)
    return len(ROWS) + len(ODD_NAMES)


def all_finished(ledger: Ledger, count: int) -> bool:
    entries = [e for e in ledger.entries() if e.case_id.startswith(("hostile-", "oddname-"))]
    finished = [e for e in entries if e.state in (LedgerState.DONE, LedgerState.REJECTED)]
    return len(entries) == count and len(finished) == count


@pytest.fixture(scope="module")
def everything_run(deployed: Deployed, badinputs_dir: Path) -> Ledger:
    ledger = Ledger(databases.review_engine())
    count = drop_everything(deployed.home, badinputs_dir)
    run_intake()
    wait_until(lambda: all_finished(ledger, count), 2400, "every bad input finished")
    return ledger


@pytest.mark.parametrize("index", range(len(ROWS)), ids=[r["file"] for r in ROWS])
def test_each_bad_input_ends_once_in_its_manifest_outcome(
    everything_run: Ledger, index: int
) -> None:
    row = ROWS[index]
    [entry] = everything_run.entries(case_of(index))
    case = ReviewStore(databases.review_engine()).get_case(case_of(index))
    if row["expected"] == "reject":
        assert entry.state == LedgerState.REJECTED
        assert entry.reason in {reason.value for reason in REASONS[row["expected_reason"]]}
        assert case is None or case.documents == []
    else:
        assert (entry.state, entry.reason) == (LedgerState.DONE, None)
        assert case is not None and [d.document_id for d in case.documents] == [entry.sha256]
    assert entry.attempts == 1


def test_every_rejected_input_is_listed_with_its_reason(
    everything_run: Ledger, deployed: Deployed
) -> None:
    listed = {
        row["id"]: row["reason"]
        for row in json.loads(markerflow("rejected", "list", "--json", env=deployed.env))
    }
    rejected = [e for e in everything_run.rejected() if e.case_id.startswith("hostile-")]
    assert len(rejected) == sum(row["expected"] == "reject" for row in ROWS)
    assert {e.id: e.reason for e in rejected}.items() <= listed.items()


def test_odd_file_names_are_processed_and_stored_escaped(everything_run: Ledger) -> None:
    store = ReviewStore(databases.review_engine())
    for index, name in enumerate(ODD_NAMES):
        [entry] = everything_run.entries(odd_case(index))
        assert entry.state == LedgerState.DONE, repr(name)
        assert entry.object_key.isprintable() and entry.object_key.isascii(), entry.object_key
        case = store.get_case(odd_case(index))
        assert case is not None and len(case.documents) == 1
        # The case keeps the upload's name without its folder (schemas.case.DocumentResults).
        assert case.documents[0].source_name == entry.object_key.rsplit("/", 1)[-1]
        assert case.documents[0].source_name.isprintable()


def test_the_worker_survives_every_bad_input_and_leaves_no_parser_behind(
    everything_run: Ledger, deployed: Deployed
) -> None:
    assert deployed.worker is not None and deployed.worker.poll() is None
    worker_pid = deployed.worker.pid
    assert any(is_prefect_worker(pid) for pid in descendants(worker_pid))
    wait_until(lambda: not run_processes(worker_pid), 60, "flow-run processes ended")
