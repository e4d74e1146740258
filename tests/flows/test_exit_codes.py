"""One exit-code table for every command: 0 done, 1 some inputs rejected, 2 usage, 3 internal."""

import json
import sys
from pathlib import Path

import pytest

from flows.cli import extract_cmd, main
from flows.cli.exit_codes import ExitCode
from schemas.case import Case
from tests.conftest import BADINPUTS, CORPUS
from tests.extractors.reading import faulty_reader

SECRET = "Patient CANARY, MRN 123"


def run_main(monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> int:
    """`markerflow ARGS` in this process, through the console script's entry point."""
    monkeypatch.setattr(sys, "argv", ["markerflow", *map(str, args)])
    with pytest.raises(SystemExit) as exited:
        main()
    return int(exited.value.code or 0)


@pytest.fixture
def faulty_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extractors.reading.read_in_child", faulty_reader.read_with_a_bug)
    monkeypatch.setenv("CI", "1")
    extract_cmd._interactive.cache_clear()


def test_the_table() -> None:
    assert {code.name: int(code) for code in ExitCode} == {
        "OK": 0,
        "REJECTED": 1,
        "USAGE": 2,
        "INTERNAL_ERROR": 3,
    }


def test_extract_counts_a_reader_that_raises_as_an_internal_error_not_a_rejection(
    faulty_reading: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    good, empty = CORPUS / "files" / "024.pdf", BADINPUTS / "empty.pdf"

    code = run_main(monkeypatch, "extract", good, empty, "--out", tmp_path)

    assert code == ExitCode.INTERNAL_ERROR
    failed = json.loads((tmp_path / "024.json").read_text())["error"]
    assert (failed["code"], failed["step"]) == ("internal_error", "read")
    assert "ValueError" in failed["message"] and "markerflow's fault" in failed["message"]
    assert json.loads((tmp_path / "empty.json").read_text())["error"]["code"] == "empty"
    stderr = capsys.readouterr().err
    assert "failed " in stderr and "internal_error" in stderr and "rejected " in stderr
    assert f":{faulty_reader.FAILING_FUNCTION}\n" in stderr  # the PHI-free traceback
    assert "CANARY" not in stderr and "Traceback (most recent call last)" not in stderr


def test_extract_exits_1_when_files_are_only_rejected(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CI", "1")
    extract_cmd._interactive.cache_clear()
    code = run_main(monkeypatch, "extract", BADINPUTS / "empty.pdf", "--out", tmp_path)
    assert code == ExitCode.REJECTED


def test_case_leaves_out_a_file_markerflow_failed_on_and_exits_3(
    faulty_reading: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good, empty = CORPUS / "files" / "024.pdf", BADINPUTS / "empty.pdf"

    code = run_main(monkeypatch, "case", good, empty, "--case-id", "c")

    assert code == ExitCode.INTERNAL_ERROR
    printed = capsys.readouterr()
    assert Case.model_validate_json(printed.out).documents == []
    assert "'024.pdf' failed: internal error" in printed.err
    assert "'empty.pdf' refused: empty" in printed.err
    assert "CANARY" not in printed.err


def test_any_command_that_fails_unexpectedly_exits_3_without_the_errors_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_name: str) -> str:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("importlib.metadata.version", broken)

    assert run_main(monkeypatch, "version") == ExitCode.INTERNAL_ERROR
    stderr = capsys.readouterr().err
    assert "internal error (RuntimeError)" in stderr and ".broken\nRuntimeError" in stderr
    assert SECRET not in stderr


def test_a_usage_error_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_main(monkeypatch, "extract", "--no-such-option") == ExitCode.USAGE
    assert run_main(monkeypatch, "failed", "retry") == ExitCode.USAGE
