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
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

import extractors  # its functions import the readers and spaCy when first called
from extractors.errors import RejectedInput
from flows.cli.app import app
from flows.cli.case_cmd import report_files, shown
from flows.cli.exit_codes import ExitCode
from flows.exports import write_atomically
from schemas.error_trace import phi_free_traceback


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
    paths: Annotated[list[Path], typer.Argument(help="Report files, or folders to walk (sorted).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for one <name>.json per input.")],
) -> None:
    """Read reports (PDF, TIFF, PNG, JPEG, GIF, WebP) and write their words and markers as JSON."""
    inputs = report_files(paths)
    out.mkdir(parents=True, exist_ok=True)
    tally = RunTally(files=len(inputs))
    with _progress() as progress:
        task = progress.add_task("read", total=len(inputs), pages=0, ocr=0)
        for path, target in _targets(inputs, out):
            record = {"source": path.name, **_read_and_extract(path, tally)}
            write_atomically(target, json.dumps(record, ensure_ascii=False, indent=1) + "\n")
            progress.update(task, advance=1, pages=tally.pages, ocr=tally.ocr_pages)
    if _interactive():
        _print_summary(tally)
    raise typer.Exit(ExitCode.of_inputs(tally.failed.total(), tally.rejected.total()))


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


def _read_and_extract(path: Path, tally: RunTally) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as err:
        return _rejected(path, tally, "unreadable", f"cannot read the file: {err}")
    try:
        doc = extractors.read_document(data, path.name)
    except RejectedInput as rejected:
        return _rejected(path, tally, rejected.reason.value, rejected.message)
    except Exception as err:  # noqa: BLE001 - one failure must not stop the batch
        return _failed(path, tally, "read", err)
    tally.pages += len(doc.pages)
    tally.ocr_pages += doc.ocr_pages
    document = doc.model_dump(mode="json")
    try:
        markers = [result.model_dump(mode="json") for result in extractors.extract_markers(doc)]
    except Exception as err:  # noqa: BLE001 - one failure must not stop the batch
        return _failed(path, tally, "extract", err)
    tally.markers += len(markers)
    return {"document": document, "markers": markers}


def _rejected(path: Path, tally: RunTally, code: str, message: str) -> dict[str, Any]:
    tally.rejected[code] += 1
    if not _interactive():
        typer.echo(f"rejected {shown(path)}: {code}: {message}", err=True)
    return {"error": {"code": code, "message": message}}


def _failed(path: Path, tally: RunTally, step: str, err: Exception) -> dict[str, Any]:
    """Markerflow failed on the file: not a rejection; the PHI-free traceback goes to stderr."""
    tally.failed[step] += 1
    message = (
        f"markerflow failed in step {step} ({getattr(err, 'error_type', type(err).__name__)}); "
        "this is markerflow's fault, not the file's: please report it"
    )
    typer.echo(f"failed {shown(path)}: internal_error: {message}", err=True)
    typer.echo(phi_free_traceback(err), err=True)
    return {"error": {"code": "internal_error", "step": step, "message": message}}


@cache
def _interactive() -> bool:
    """A person is watching: stderr is a terminal (decided once, before rich wraps stderr)."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _progress() -> Progress:
    columns = (
        TextColumn("reading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[pages]} pages · {task.fields[ocr]} OCR'd"),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    return Progress(*columns, transient=True, disable=not _interactive())


def _print_summary(tally: RunTally) -> None:
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
