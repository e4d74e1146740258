"""markerflow eval: precision, recall and F1 of marker extraction on a labelled corpus."""

import json
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from extractors.errors import RejectedInput
from extractors.evaluation import Counts, Evaluation, score_report
from flows.cli.app import app
from schemas.document import Document

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


class Rendering(StrEnum):
    """The ways each corpus report was rendered (corpus/README.md)."""

    DIGITAL = "digital"
    SCAN = "scan"
    FAX = "fax"
    ORIGINAL = "original"


_SUFFIXES = {
    Rendering.DIGITAL: ".pdf",
    Rendering.SCAN: ".scan.pdf",
    Rendering.FAX: ".fax.tiff",
    Rendering.ORIGINAL: ".orig.pdf",
}


@dataclass(frozen=True)
class CorpusFile:
    """One rendering of one labelled report."""

    report: str
    rendering: Rendering
    path: Path


def read_labels(corpus: Path) -> dict[str, list[dict[str, Any]]]:
    """The reference labels by report id."""
    labels = {}
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["id"]] = row["markers"]
    return labels


def corpus_files(
    corpus: Path, renderings: list[Rendering], reports: list[str] | None = None
) -> Iterator[CorpusFile]:
    """Every existing file of the chosen renderings, report by report."""
    for report in reports if reports is not None else sorted(read_labels(corpus)):
        for rendering in renderings:
            path = corpus / "files" / f"{report}{_SUFFIXES[rendering]}"
            if path.is_file():
                yield CorpusFile(report, rendering, path)


def evaluate_corpus(
    corpus: Path,
    renderings: list[Rendering],
    jobs: int = 1,
    cache: Path | None = None,
    reports: list[str] | None = None,
) -> dict[Rendering, Evaluation]:
    """Read, extract and score every chosen rendering of every labelled report."""
    from extractors import extract_markers

    labels = read_labels(corpus)
    files = list(corpus_files(corpus, renderings, reports))
    scores = {rendering: Evaluation() for rendering in renderings}
    for item, document in zip(files, _read_all(files, jobs, cache), strict=True):
        found = extract_markers(document) if document is not None else []
        score_report(item.report, found, labels[item.report], scores[item.rendering])
    return scores


def _read_all(files: list[CorpusFile], jobs: int, cache: Path | None) -> Iterator[Document | None]:
    arguments = [(item.path, cache) for item in files]
    if jobs <= 1:
        yield from (_read_cached(*argument) for argument in arguments)
        return
    # Spawned, not forked: a forked worker would inherit the reader's fork server of this
    # process and fail to wait on it (ECHILD) once this process has read a document itself.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
        yield from pool.map(_read_cached, *zip(*arguments, strict=True))


def _read_cached(path: Path, cache: Path | None) -> Document | None:
    """The file's Document, from the cache folder when it was read before; None if rejected."""
    import hashlib

    from extractors import read_document

    data = path.read_bytes()
    cached = cache / f"{hashlib.sha256(data).hexdigest()}.json" if cache else None
    if cached is not None and cached.is_file():
        return Document.model_validate_json(cached.read_text(encoding="utf-8"))
    try:
        document = read_document(data, path.name)
    except RejectedInput:
        return None
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(document.model_dump_json(), encoding="utf-8")
    return document


def _parse_renderings(value: str) -> list[Rendering]:
    try:
        return [Rendering(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError as err:
        choices = ", ".join(r.value for r in Rendering)
        raise typer.BadParameter(f"renderings are a comma list of: {choices}") from err


def _line(name: str, counts: Counts, extra: str = "") -> str:
    return (
        f"{name:<14} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        f"  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn}){extra}"
    )


def _print_evaluation(rendering: Rendering, evaluation: Evaluation, misses: bool) -> None:
    typer.echo(f"== {rendering.value}")
    typer.echo(
        _line("all markers", evaluation.overall, f"  details {evaluation.detail_accuracy:.3f}")
    )
    for marker in sorted(evaluation.per_marker):
        typer.echo("  " + _line(marker, evaluation.per_marker[marker]))
    for name in sorted(evaluation.details_total):
        right, total = evaluation.details_right[name], evaluation.details_total[name]
        typer.echo(f"  detail {name:<11} {right}/{total}")
    if misses:
        for miss in evaluation.misses:
            typer.echo(f"  {miss.report} {miss.kind} {'/'.join(miss.key)} {miss.detail}")


@app.command("eval")
def evaluate(
    corpus: Annotated[Path, typer.Option(help="Corpus folder with files/ and labels.jsonl.")] = (
        DEFAULT_CORPUS
    ),
    renderings: Annotated[
        str, typer.Option(help="Comma list: digital, scan, fax, original.")
    ] = "digital,scan,fax",
    jobs: Annotated[int, typer.Option(min=1, help="Files read in parallel.")] = 1,
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep read Documents in (holds report text).")
    ] = None,
    misses: Annotated[bool, typer.Option(help="List each disagreement by report id.")] = False,
) -> None:
    """Score marker extraction against the corpus labels, per rendering and per marker."""
    if not (corpus / "labels.jsonl").is_file():
        raise typer.BadParameter(f"no labels.jsonl in {corpus}")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    chosen = _parse_renderings(renderings)
    scores = evaluate_corpus(corpus, chosen, jobs=jobs, cache=cache)
    for rendering, evaluation in scores.items():
        _print_evaluation(rendering, evaluation, misses)
