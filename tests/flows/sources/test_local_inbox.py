"""The local inbox lists regular, settled files of valid case folders, and nothing else."""

import os
import threading
import time
from pathlib import Path

import pytest

from flows.sources.local_inbox import LocalInbox, SourceChanged


def no_skip(_sighting_id: str) -> bool:
    return False


def keys(inbox: LocalInbox) -> list[str]:
    return sorted(o.key for o in inbox.list_objects(no_skip).objects)


@pytest.fixture
def inbox(tmp_path: Path) -> LocalInbox:
    return LocalInbox(tmp_path / "inbox", settle_seconds=0.2)


def test_a_file_in_a_case_folder_is_listed_and_read(inbox: LocalInbox) -> None:
    (inbox.root / "case-1").mkdir(parents=True)
    (inbox.root / "case-1" / "report.pdf").write_bytes(b"%PDF-1.7 bytes")
    listing = inbox.list_objects(no_skip)
    assert [(o.case_id, o.key) for o in listing.objects] == [("case-1", "case-1/report.pdf")]
    assert inbox.read(listing.objects[0]) == b"%PDF-1.7 bytes"


def test_links_special_hidden_and_temporary_files_are_left_out(
    inbox: LocalInbox, tmp_path: Path
) -> None:
    case = inbox.root / "case-1"
    case.mkdir(parents=True)
    outside = tmp_path / "secret.pdf"
    outside.write_bytes(b"not in the inbox")
    (case / "link.pdf").symlink_to(outside)
    os.mkfifo(case / "fifo.pdf")
    (case / ".hidden.pdf").write_bytes(b"x")
    (case / "upload.pdf.part").write_bytes(b"x")
    (case / "~lock.pdf").write_bytes(b"x")
    (case / "folder").mkdir()
    (inbox.root / "linked-case").symlink_to(case)
    (inbox.root / "loose.pdf").write_bytes(b"x")
    assert keys(inbox) == []


def test_files_of_case_folders_with_unusable_names_are_listed_apart(inbox: LocalInbox) -> None:
    for name in ("case 1", "-dash", "a" * 129, "case-2/inner"):
        (inbox.root / name).mkdir(parents=True)
        (inbox.root / name / "report.pdf").write_bytes(b"x")
    listing = inbox.list_objects(no_skip)
    assert listing.objects == [] and listing.ignored == 0
    assert sorted(o.case_id for o in listing.bad_case_ids) == sorted(
        ["case 1", "-dash", "a" * 129, "case-2/inner"]
    )
    inner = next(o for o in listing.bad_case_ids if o.case_id == "case-2/inner")
    assert inbox.read(inner) == b"x"


def test_hostile_file_names_are_listed_under_their_escaped_key(inbox: LocalInbox) -> None:
    case = inbox.root / "case-1"
    case.mkdir(parents=True)
    name = "re\nport " + "x" * 200 + ".pdf"
    (case / name).write_bytes(b"bytes")
    [obj] = inbox.list_objects(no_skip).objects
    assert "\n" not in obj.escaped_key and "%0A" in obj.escaped_key
    assert inbox.read(obj) == b"bytes"


def test_a_file_still_being_written_waits_for_a_later_look(inbox: LocalInbox) -> None:
    case = inbox.root / "case-1"
    case.mkdir(parents=True)
    growing = case / "report.pdf"
    growing.write_bytes(b"start")
    stop = threading.Event()

    def keep_writing() -> None:
        with growing.open("ab") as out:
            while not stop.is_set():
                out.write(b"more")
                out.flush()
                time.sleep(0.02)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        assert keys(inbox) == []
    finally:
        stop.set()
        writer.join()
    assert keys(inbox) == ["case-1/report.pdf"]


def test_a_file_replaced_after_listing_is_not_read(inbox: LocalInbox) -> None:
    case = inbox.root / "case-1"
    case.mkdir(parents=True)
    (case / "report.pdf").write_bytes(b"first")
    [obj] = inbox.list_objects(no_skip).objects
    (case / "report.pdf").write_bytes(b"second version")
    with pytest.raises(SourceChanged):
        inbox.read(obj)


def test_a_file_already_seen_in_this_version_is_skipped(inbox: LocalInbox) -> None:
    (inbox.root / "case-1").mkdir(parents=True)
    (inbox.root / "case-1" / "report.pdf").write_bytes(b"x")
    [obj] = inbox.list_objects(no_skip).objects
    assert inbox.list_objects(lambda sighting: sighting == obj.sighting_id).objects == []


@pytest.mark.parametrize(
    ("mtime_offset", "expected_wait"),
    [(-60.0, 0.0), (0.0, (25.0, 30.0)), (60.0, 30.0)],
    ids=["changed a minute ago", "changed now", "mtime in the future"],
)
def test_the_second_look_comes_settle_seconds_after_the_newest_change(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mtime_offset: float,
    expected_wait: float | tuple[float, float],
) -> None:
    """A file that has kept its size and mtime for the settle time already is not waited for."""
    inbox = LocalInbox(tmp_path / "inbox", settle_seconds=30.0)
    report = inbox.root / "case-1" / "report.pdf"
    report.parent.mkdir(parents=True)
    report.write_bytes(b"bytes")
    when = time.time() + mtime_offset
    os.utime(report, (when, when))
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)

    assert keys(inbox) == ["case-1/report.pdf"]

    [wait] = waits
    if isinstance(expected_wait, tuple):
        assert expected_wait[0] < wait <= expected_wait[1]
    else:
        assert wait == expected_wait
