"""markerflow case and markerflow schema: build one case from files; print the Case JSON Schema."""

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

import extractors  # its functions import the readers and spaCy when first called
from extractors.errors import RejectedInput
from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from schemas.case import Case, DocumentResults, case_json_schema
from schemas.error_trace import phi_free_traceback
from schemas.fhir import case_to_bundle


def shown(path: Path) -> str:
    """A path as the terminal may print it: control characters escaped."""
    return str(path).encode("unicode_escape", "backslashreplace").decode("ascii")


def report_files(paths: list[Path]) -> list[Path]:
    """The files given, folders walked in sorted order; symlinks are skipped.

    A path that does not exist is a usage error, named on one plain line.
    """
    missing = [path for path in paths if not path.exists()]
    if missing:
        typer.echo(f"markerflow: no such file or folder: {shown(missing[0])}", err=True)
        raise typer.Exit(ExitCode.USAGE)
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink()))
        else:
            files.append(path)
    return files


def _analyse(path: Path) -> DocumentResults:
    """One file's results; its modification time stands for when it was received."""
    received = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    doc = extractors.read_document(path.read_bytes(), filename=path.name)
    return extractors.analyse_document(doc, source_name=path.name, received_at=received)


def _summary_text(case: Case) -> str:
    summary = case.summary
    diagnosis = summary.diagnosis
    lines = [f"Case {case.case_id}: {len(case.documents)} document(s), {case.review_status.value}"]
    kind = diagnosis.tumour_type.value.replace("_", " ") if diagnosis.tumour_type else "unknown"
    lines.append(f"Diagnosis: {diagnosis.text or 'not found'} (tumour type: {kind})")
    sections = [
        ("Markers", [m.text for m in summary.markers]),
        ("Conflicts for the reviewer", [c.text for c in summary.conflicts]),
        ("Tests usually needed that no report gives", [m.text for m in summary.missing_tests]),
        ("Hints for the reviewer (not advice)", [h.text for h in summary.hints]),
    ]
    for title, items in sections:
        lines.append(f"{title}:" if items else f"{title}: none")
        lines.extend(f"  - {item}" for item in items)
    return "\n".join(lines)


def _render(case: Case, fhir: bool, summary: bool) -> str:
    if fhir:
        return json.dumps(case_to_bundle(case), indent=2, ensure_ascii=False)
    if summary:
        return _summary_text(case)
    return case.model_dump_json(indent=2)


@app.command("case")
def case(
    paths: Annotated[
        list[Path], typer.Argument(help="Report files of one patient, or their folder.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the case as JSON (default).")
    ] = False,
    fhir: Annotated[bool, typer.Option("--fhir", help="Print a FHIR R4 Bundle.")] = False,
    summary: Annotated[bool, typer.Option("--summary", help="Print the reviewer summary.")] = False,
    case_id: Annotated[
        str | None, typer.Option("--case-id", help="Case id (default: the first path's folder).")
    ] = None,
) -> None:
    """Build one case from the given reports and print it (exit codes: see the README).

    A refused file (exit 1) or one markerflow failed on (exit 3) is named on stderr and left
    out of the case.
    """
    if as_json + fhir + summary > 1:
        typer.echo("markerflow case: give at most one of --json, --fhir, --summary", err=True)
        raise typer.Exit(ExitCode.USAGE)
    results, refused, failed = [], 0, 0
    for path in report_files(paths):
        try:
            results.append(_analyse(path))
        except RejectedInput as err:
            refused += 1
            typer.echo(f"markerflow case: {path.name!r} refused: {err.reason.value}", err=True)
        except Exception as err:  # noqa: BLE001 - markerflow's fault: named, the rest go on
            failed += 1
            typer.echo(
                f"markerflow case: {path.name!r} failed: internal error (markerflow's fault, "
                f"not the file's)\n{phi_free_traceback(err)}",
                err=True,
            )
    name = case_id or (paths[0] if paths[0].is_dir() else paths[0].resolve().parent).name
    typer.echo(_render(extractors.assemble_case(name or "case", results), fhir, summary))
    raise typer.Exit(ExitCode.of_inputs(failed, refused))


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of a Case (the committed copy is schemas/case.schema.json)."""
    typer.echo(case_json_schema(), nl=False)
