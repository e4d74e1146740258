"""A full disk (ENOSPC in a small tmpfs) fails a document cleanly; with room it goes through."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flows.conftest import REPO

STEP_FAILED = re.compile(r"(read|analyse|render-pages|store|rebuild-case) failed: \w+Error$")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux unshare"),
]


@pytest.mark.parametrize("temporary", ["same-disk", "other-disk"])
def test_a_full_disk_leaves_no_half_written_rows_and_no_temporary_files(
    prefect_api: str, tmp_path: Path, corpus_dir: Path, temporary: str
) -> None:
    root = tmp_path / "small-disk"
    command = [
        "unshare",
        "-m",
        "--propagation",
        "private",
        sys.executable,
        "-m",
        "tests.flows.reliability.full_disk",
        str(root),
        str(corpus_dir / "files" / "024.pdf"),
        str(64 * 1024),
        temporary,
    ]
    result = subprocess.run(command, cwd=REPO, capture_output=True, timeout=600, check=False)
    if result.returncode != 0 and b"unshare failed" in result.stderr:
        pytest.skip("this machine does not allow mount namespaces")
    assert result.returncode == 0, result.stderr.decode()[-3000:]
    seen = json.loads(result.stdout.decode().strip().splitlines()[-1])
    assert seen["full_run"] == "FAILED", seen
    assert STEP_FAILED.search(str(seen["full_message"])), seen  # a step and a type, no text
    assert seen["integrity"] == "ok"
    assert seen["documents_after_full"] == 0 and seen["page_images_after_full"] == 0, seen
    assert seen["state_after_full"] in {"pending", "processing"}, seen
    assert seen["temporary_files"] == []
    second = (seen["second_run"], seen["state_after_room"])
    assert second == ("COMPLETED", "done"), (seen["second_message"], seen)
    assert seen["documents_after_room"] == 1
    if temporary == "other-disk":
        assert list((tmp_path / "tmp-elsewhere").iterdir()) == []
