"""`markerflow extract`: one JSON per input, rejected files recorded, exit status by contract."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import BADINPUTS, CORPUS

MARKERFLOW = Path(sys.executable).parent / "markerflow"  # the command of the running environment


def run_extract(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.run(
        [str(MARKERFLOW), "extract", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def test_a_readable_report_gives_its_words_boxes_and_markers_and_exit_0(tmp_path: Path) -> None:
    result = run_extract(BADINPUTS / "control_report.pdf", "--out", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "out" / "control_report.json").read_text())
    page = record["document"]["pages"][0]
    assert page["source"] == "text_layer"
    assert {"text", "bbox", "start", "end"} <= set(page["words"][0])
    assert {"x0", "top", "x1", "bottom"} == set(page["words"][0]["bbox"])
    her2 = [m for m in record["markers"] if m["marker"] == "HER2"]
    assert her2 and her2[0]["status"] == "positive"
    assert her2[0]["evidence"][0]["boxes"]
    assert result.stdout == ""  # quiet when piped or under CI


def test_a_rejected_file_gets_an_error_json_and_the_run_goes_on_with_exit_1(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("encrypted_user_aes256.pdf", "control_report.pdf", "empty.pdf"):
        shutil.copy(BADINPUTS / name, inbox / name)

    result = run_extract(inbox, "--out", tmp_path / "out")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    encrypted = json.loads((tmp_path / "out" / "encrypted_user_aes256.json").read_text())
    assert encrypted["error"]["code"] == "encrypted"
    assert "password" in encrypted["error"]["message"]
    assert json.loads((tmp_path / "out" / "empty.json").read_text())["error"]["code"] == "empty"
    assert "markers" in json.loads((tmp_path / "out" / "control_report.json").read_text())


def test_the_output_name_drops_only_the_last_suffix(tmp_path: Path) -> None:
    source = tmp_path / "012.scan.pdf"
    shutil.copy(CORPUS / "files" / "010.pdf", source)

    result = run_extract(source, "--out", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["012.scan.json"]


def test_hostile_files_never_print_a_traceback(tmp_path: Path) -> None:
    names = ["deep_nesting_10k.pdf", "bomb_60000x60000.png", "truncated.jpg", "html_named.pdf"]

    result = run_extract(*(BADINPUTS / n for n in names), "--out", tmp_path / "out")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(list((tmp_path / "out").glob("*.json"))) == len(names)


def test_no_inputs_is_a_usage_error(tmp_path: Path) -> None:
    assert run_extract("--out", tmp_path).returncode == 2


def test_a_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = run_extract(tmp_path / "nowhere.pdf", "--out", tmp_path / "out")

    assert result.returncode == 2
    assert "nowhere.pdf" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_missing_path_is_named_with_its_control_characters_escaped(tmp_path: Path) -> None:
    result = run_extract(tmp_path / "a\x1b[2Jb.pdf", "--out", tmp_path / "out")

    assert result.returncode == 2
    assert "\x1b" not in result.stderr
    assert "a\\x1b[2Jb.pdf" in result.stderr


def test_a_missing_out_folder_option_is_a_usage_error() -> None:
    assert run_extract(BADINPUTS / "control_report.pdf").returncode == 2
