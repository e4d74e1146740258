"""markerflow extract: read reports without any server and write one JSON per input."""

import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Annotated, Any

import typer

from flows.cli.app import app
from flows.cli.case_cmd import report_files
from flows.cli.exit_codes import ExitCode


@dataclass
class RunTally:
    """What a run did, for the summary and the exit status."""

    files: int = 0
    pages: int = 0
    ocr_pages: int = 0
    markers: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)  # markerflow's fault, by step
    started: float = field(default_factory=time.monotonic)


@app.command("extract")
def extract(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Report files, or folders to walk (sorted).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for one <name>.json per input.")
    ] = None,
) -> None:
    """Read reports (PDF, TIFF, PNG, JPEG, GIF, WebP) and write their words and markers as JSON."""
    inputs = _inputs_or_exit(paths or [], out)
    assert out is not None  # checked by _inputs_or_exit
    out.mkdir(parents=True, exist_ok=True)
    tally = RunTally()
    if _interactive():
        _run_with_progress(inputs, out, tally)
        _print_summary(tally)
    else:
        for path, target in _targets(inputs, out):
            _extract_one(path, target, tally)
    raise typer.Exit(ExitCode.of_inputs(tally.failed.total(), tally.rejected.total()))


def _inputs_or_exit(paths: list[Path], out: Path | None) -> list[Path]:
    if not paths:
        _usage_error("give at least one report file or folder")
    if out is None:
        _usage_error("give --out DIR, the folder for the JSON files")
    missing = [p for p in paths if not p.exists()]
    if missing:
        _usage_error(f"no such file or folder: {_shown(missing[0])}")
    return report_files(paths)


def _usage_error(message: str) -> None:
    typer.echo(f"markerflow extract: {message}", err=True)
    raise typer.Exit(ExitCode.USAGE)


def _targets(inputs: list[Path], out: Path) -> list[tuple[Path, Path]]:
    """DIR/<name without its last suffix>.json; a repeated name gets -2, -3, ..."""
    used: Counter[str] = Counter()
    pairs = []
    for path in inputs:
        stem = path.stem or path.name
        used[stem] += 1
        name = stem if used[stem] == 1 else f"{stem}-{used[stem]}"
        pairs.append((path, out / f"{name}.json"))
    return pairs


def _extract_one(path: Path, target: Path, tally: RunTally) -> dict[str, Any]:
    from extractors.errors import RejectedInput
    from extractors.reading import read_document

    tally.files += 1
    try:
        data = path.read_bytes()
    except OSError as err:
        return _write_error(path, target, tally, "unreadable", f"cannot read the file: {err}")
    try:
        doc = read_document(data, path.name)
    except RejectedInput as rejected:
        return _write_error(path, target, tally, rejected.reason.value, rejected.message)
    except Exception as err:  # noqa: BLE001 - one failure must not stop the batch
        return _write_internal_error(path, target, tally, "read", err)
    tally.pages += len(doc.pages)
    tally.ocr_pages += doc.ocr_pages
    record: dict[str, Any] = {"source": path.name, "document": doc.model_dump(mode="json")}
    try:
        record["markers"] = _markers(doc)
    except Exception as err:  # noqa: BLE001 - one failure must not stop the batch
        return _write_internal_error(path, target, tally, "extract", err)
    tally.markers += len(record["markers"])
    _write_json(target, record)
    return record


def _markers(doc: Any) -> list[dict[str, Any]]:
    from extractors import extract_markers

    return [result.model_dump(mode="json") for result in extract_markers(doc)]


def _write_error(
    path: Path, target: Path, tally: RunTally, code: str, message: str
) -> dict[str, Any]:
    tally.rejected[code] += 1
    record = {"source": path.name, "error": {"code": code, "message": message}}
    _write_json(target, record)
    if not _interactive():
        typer.echo(f"rejected {_shown(path)}: {code}: {message}", err=True)
    return record


def _write_internal_error(
    path: Path, target: Path, tally: RunTally, step: str, err: Exception
) -> dict[str, Any]:
    """Markerflow failed on the file: not a rejection; the PHI-free traceback goes to stderr."""
    from schemas.error_trace import phi_free_traceback

    tally.failed[step] += 1
    message = (
        f"markerflow failed in step {step} ({getattr(err, 'error_type', type(err).__name__)}); "
        "this is markerflow's fault, not the file's: please report it"
    )
    record = {
        "source": path.name,
        "error": {"code": "internal_error", "step": step, "message": message},
    }
    _write_json(target, record)
    typer.echo(f"failed {_shown(path)}: internal_error: {message}", err=True)
    typer.echo(phi_free_traceback(err), err=True)
    return record


def _write_json(target: Path, record: dict[str, Any]) -> None:
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, target)


@cache
def _interactive() -> bool:
    """A person is watching: stderr is a terminal (decided once, before rich wraps stderr)."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _shown(path: Path) -> str:
    """A file name safe to print: control characters escaped."""
    return str(path).encode("unicode_escape", "backslashreplace").decode("ascii")


def _run_with_progress(inputs: list[Path], out: Path, tally: RunTally) -> None:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[pages]} pages · {task.fields[ocr]} OCR'd"),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("read", total=len(inputs), pages=0, ocr=0)
        for path, target in _targets(inputs, out):
            _extract_one(path, target, tally)
            progress.update(task, advance=1, pages=tally.pages, ocr=tally.ocr_pages)


def _print_summary(tally: RunTally) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="markerflow extract", show_header=False)
    table.add_row("files", str(tally.files))
    done = tally.files - sum(tally.rejected.values()) - sum(tally.failed.values())
    table.add_row("read", str(done))
    for code, count in sorted(tally.rejected.items()):
        table.add_row(f"rejected: {code}", str(count))
    for step, count in sorted(tally.failed.items()):
        table.add_row(f"internal error in {step}", str(count))
    table.add_row("pages", str(tally.pages))
    table.add_row("pages OCR'd", str(tally.ocr_pages))
    table.add_row("marker results", str(tally.markers))
    table.add_row("time", f"{time.monotonic() - tally.started:.1f} s")
    Console(stderr=True).print(table)
