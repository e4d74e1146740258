"""Run inside `unshare -m`: process one document on a tmpfs that fills up, then again with room.

Prints one JSON object of what it saw; tests/flows/reliability/test_full_disk.py asserts on it.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

FILLER_CHUNK = 64 * 1024


def mount_small_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)


def fill(path: Path, leave: int) -> None:
    """Write zeros until the disk is full, then give back `leave` bytes."""
    with path.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * FILLER_CHUNK)
                handle.flush()
        except OSError:
            pass
    os.truncate(path, max(0, path.stat().st_size - leave))


def run_flow(case_id: str, entry_id: int) -> tuple[str, str]:
    """The flow run's final state type and message (ids and error types only)."""
    from flows.process_documents import process_documents

    try:
        state = process_documents([entry_id], return_state=True)
    except Exception as err:
        return f"raised {type(err).__name__}", ""
    return str(state.type.value), str(state.message)


def rows(engine, table: str, case_id: str) -> int:
    with engine.connect() as connection:
        query = text(f"SELECT count(*) FROM {table} WHERE case_id = :case")
        return int(connection.execute(query, {"case": case_id}).scalar_one())


def page_images(engine, document_id: str) -> int:
    with engine.connect() as connection:
        query = text("SELECT count(*) FROM review_page_images WHERE document_id = :doc")
        return int(connection.execute(query, {"doc": document_id}).scalar_one())


def main(root: Path, document: Path, leave: int, temporary: str) -> dict[str, object]:
    """Where TMPDIR is: 'same-disk' as the database, 'other-disk' (only the database's disk
    fills up) or 'temporary-full' (only TMPDIR's own small disk fills up)."""
    mount_small_tmpfs(root, "24m")
    home = root / "home"
    tmp = root / "tmp" if temporary == "same-disk" else root.parent / "tmp-elsewhere"
    tmp.mkdir()
    if temporary == "temporary-full":  # only the temporary folder's own small disk fills up
        mount_small_tmpfs(tmp, "4m")
    os.environ.update(MARKERFLOW_HOME=str(home), TMPDIR=str(tmp))
    from flows.databases import open_ledger, review_engine
    from flows.settings import FlowSettings
    from review.db import init_db
    from review.ledger import NewObject

    engine = review_engine()
    init_db(engine)
    data = document.read_bytes()
    ledger = open_ledger(FlowSettings())
    recorded = ledger.record(
        NewObject("case-full", hashlib.sha256(data).hexdigest(), "inbox", "case-full/r.pdf", data)
    )
    filler = (tmp if temporary == "temporary-full" else root) / "filler"
    fill(filler, leave)
    seen: dict[str, object] = {}
    seen["full_run"], seen["full_message"] = run_flow("case-full", recorded.entry_id)
    seen["free_bytes_left"] = os.statvfs(root).f_bavail * os.statvfs(root).f_frsize
    entry = ledger.get(recorded.entry_id)
    assert entry is not None
    with engine.connect() as connection:
        seen["integrity"] = connection.execute(text("PRAGMA integrity_check")).scalar_one()
    seen["state_after_full"] = str(entry.state)
    seen["documents_after_full"] = rows(engine, "review_documents", "case-full")
    seen["cases_after_full"] = rows(engine, "review_cases", "case-full")
    seen["page_images_after_full"] = page_images(engine, entry.sha256)
    # Python's own multiprocessing folder of this (live) process goes at its exit; the test
    # checks the folder again after exit where it outlives the mount (other-disk).
    seen["temporary_files"] = sorted(p.name for p in tmp.iterdir() if "pymp-" not in p.name)
    filler.unlink()
    ledger.release(recorded.entry_id)
    seen["second_run"], seen["second_message"] = run_flow("case-full", recorded.entry_id)
    entry = ledger.get(recorded.entry_id)
    assert entry is not None
    seen["state_after_room"] = str(entry.state)
    seen["documents_after_room"] = rows(engine, "review_documents", "case-full")
    return seen


if __name__ == "__main__":
    root, document, leave, temporary = sys.argv[1:5]
    print(json.dumps(main(Path(root), Path(document), int(leave), temporary)))
