"""markerflow eval: precision, recall and F1 of marker extraction on a labelled corpus."""

import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from extractors.errors import InternalError, RejectedInput
from extractors.evaluation import (
    Counts,
    Evaluation,
    SilverEvaluation,
    is_check_report,
    miss_groups,
    score_report,
    score_silver,
)
from flows.cli.app import app
from flows.cli.exit_codes import ExitCode
from schemas.document import Document
from schemas.error_trace import phi_free_traceback

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


class Rendering(StrEnum):
    """The ways each corpus report was rendered (corpus/README.md)."""

    DIGITAL = "digital"
    SCAN = "scan"
    FAX = "fax"
    ORIGINAL = "original"
    SITE = "site"


_SUFFIXES = {
    Rendering.DIGITAL: ".pdf",
    Rendering.SCAN: ".scan.pdf",
    Rendering.FAX: ".fax.tiff",
    Rendering.ORIGINAL: ".orig.pdf",
    Rendering.SITE: "",
}


@dataclass(frozen=True)
class CorpusFile:
    """One rendering of one labelled report."""

    report: str
    rendering: Rendering
    path: Path


def read_labels(corpus: Path, name: str = "labels.jsonl") -> dict[str, list[dict[str, Any]]]:
    """The reference labels by report id."""
    labels = {}
    for line in (corpus / name).read_text(encoding="utf-8").splitlines():
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
    split = evaluate_split(corpus, renderings, jobs, cache, reports)
    return {rendering: parts["all"] for rendering, parts in split.items()}


def evaluate_split(
    corpus: Path,
    renderings: list[Rendering],
    jobs: int = 1,
    cache: Path | None = None,
    reports: list[str] | None = None,
    unread: Counter[str] | None = None,
) -> dict[Rendering, dict[str, Evaluation]]:
    """Scores per rendering for all reports, the tune set and the check set apart."""
    labels = read_labels(corpus)
    files = list(corpus_files(corpus, renderings, reports))
    return _score_files(files, labels, renderings, jobs, cache, unread)


def _score_files(
    files: list[CorpusFile],
    labels: dict[str, list[dict[str, Any]]],
    renderings: list[Rendering],
    jobs: int,
    cache: Path | None,
    unread: Counter[str] | None = None,
) -> dict[Rendering, dict[str, Evaluation]]:
    """Score each file; a file that could not be read counts as empty, and in `unread`."""
    from extractors import extract_markers

    scores = {r: {part: Evaluation() for part in ("all", "tune", "check")} for r in renderings}
    for item, document in zip(files, _read_all(files, jobs, cache), strict=True):
        if isinstance(document, str) and unread is not None:
            unread[document] += 1
        found = extract_markers(document) if isinstance(document, Document) else []
        part = "check" if is_check_report(item.report) else "tune"
        for name in ("all", part):
            score_report(item.report, found, labels[item.report], scores[item.rendering][name])
    return scores


def site_files(labels_file: Path, documents: Path) -> Iterator[CorpusFile]:
    """A site's own labelled reports: each label row's `file`, or the file named by its id."""
    for line in labels_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        named = row.get("file")
        candidates = [documents / named] if named else sorted(documents.glob(f"{row['id']}.*"))
        for path in candidates:
            if path.is_file():
                yield CorpusFile(str(row["id"]), Rendering.SITE, path)


def read_site_labels(labels_file: Path) -> dict[str, list[dict[str, Any]]]:
    """A labels.jsonl in the corpus format (id and markers), by id."""
    return read_labels(labels_file.parent, labels_file.name)


def evaluate_silver(silver: Path, reports: list[str] | None = None) -> SilverEvaluation:
    """Found and contradicted silver labels, over labels whose text names the marker."""
    from extractors import extract_markers
    from extractors.text_document import document_from_text

    labels = read_labels(silver)
    into = SilverEvaluation()
    for report in reports if reports is not None else sorted(labels):
        text_file = silver / "texts" / f"{report}.txt"
        if not text_file.is_file():
            continue
        text = text_file.read_text(encoding="utf-8")
        found = extract_markers(document_from_text(text))
        score_silver(report, found, labels[report], named_markers(text), into)
    return into


def named_markers(text: str) -> set[str]:
    """The markers whose names the text holds as words (MMR also by its four proteins' names).

    A name counts where the extractor would see it: not inside a longer word ("ER" in "UPPER").
    """
    from extractors.markers.context_rules import whole_words
    from extractors.markers.rules import load_rules

    named = {rule.marker.value for rule in load_rules() if whole_words(rule.name_pattern(), text)}
    proteins = {"MLH1", "MSH2", "MSH6", "PMS2"}
    if named & proteins:
        named.add("MMR")
    return named


def _read_all(files: list[CorpusFile], jobs: int, cache: Path | None) -> Iterator[Document | str]:
    arguments = [(item.path, cache) for item in files]
    if jobs <= 1:
        yield from (_read_cached(*argument) for argument in arguments)
        return
    # Spawned, not forked: a forked worker would inherit the reader's fork server of this
    # process and fail to wait on it (ECHILD) once this process has read a document itself.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
        yield from pool.map(_read_cached, *zip(*arguments, strict=True))


def _read_cached(path: Path, cache: Path | None) -> Document | str:
    """The file's Document, from the cache folder when it was read before.

    A file that could not be read gives its outcome instead: `rejected` (the file's fault) or
    `internal_error` (markerflow's, with its PHI-free traceback on stderr).
    """
    import hashlib

    from extractors import read_document

    data = path.read_bytes()
    cached = cache / f"{hashlib.sha256(data).hexdigest()}.json" if cache else None
    if cached is not None and cached.is_file():
        return Document.model_validate_json(cached.read_text(encoding="utf-8"))
    try:
        document = read_document(data, path.name)
    except RejectedInput:
        return "rejected"
    except InternalError as err:
        typer.echo(f"{path.name}: {err}\n{phi_free_traceback(err)}", err=True)
        return "internal_error"
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(document.model_dump_json(), encoding="utf-8")
    return document


def _parse_renderings(value: str) -> list[Rendering]:
    try:
        chosen = [Rendering(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError:
        chosen = [Rendering.SITE]
    if Rendering.SITE in chosen:
        choices = ", ".join(r.value for r in Rendering if r is not Rendering.SITE)
        raise typer.BadParameter(f"renderings are a comma list of: {choices}")
    return chosen


def _parse_reports(value: str | None, corpus: Path) -> list[str] | None:
    """'300-614' or '002,004': the report ids to score, all when not given."""
    if not value:
        return None
    known = sorted(read_labels(corpus))
    chosen: list[str] = []
    for part in (p.strip() for p in value.split(",") if p.strip()):
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise typer.BadParameter("reports are ids or ranges of ids: 300-614,002")
        top = int(high or low)
        chosen += [r for r in known if r.isdigit() and int(low) <= int(r) <= top]
    return chosen


def _line(name: str, counts: Counts, extra: str = "") -> str:
    return (
        f"{name:<14} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        f"  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn}){extra}"
    )


def _print_evaluation(rendering: Rendering, parts: dict[str, Evaluation], misses: bool) -> None:
    typer.echo(f"== {rendering.value}")
    evaluation = parts["all"]
    for name in ("all", "tune", "check"):
        part = parts[name]
        label = "all markers" if name == "all" else f"  {name} set"
        typer.echo(_line(label, part.overall, f"  details {part.detail_accuracy:.3f}"))
    for marker in sorted(evaluation.per_marker):
        typer.echo("  " + _line(marker, evaluation.per_marker[marker]))
    for name in sorted(evaluation.details_total):
        right, total = evaluation.details_right[name], evaluation.details_total[name]
        typer.echo(f"  detail {name:<11} {right}/{total}")
    if misses:
        _print_misses(parts["tune"], "tune set")
        if parts["check"].misses:
            typer.echo(f"  check set: {len(parts['check'].misses)} misses, kept unread")


def _print_misses(evaluation: Evaluation, title: str) -> None:
    typer.echo(f"  misses of the {title}, by kind:")
    for (kind, subject, what), group in miss_groups(evaluation.misses).items():
        reports = " ".join(sorted({miss.report for miss in group}))
        typer.echo(f"    {len(group):>3} {kind} {subject} {what}: {reports}")


def _print_silver_misses(silver: SilverEvaluation) -> None:
    """Each silver label not found, by ids only: report, marker/aspect, status, what was given."""
    typer.echo("  silver labels not found (report marker/aspect status: given):")
    for miss in sorted(silver.misses, key=lambda m: (m.kind, m.key[:2], m.report)):
        marker, aspect, status = miss.key
        given = miss.detail or "-"
        typer.echo(f"    {miss.kind:<12} {miss.report} {marker}/{aspect} {status}: {given}")


def _print_silver(silver: SilverEvaluation) -> None:
    overall = silver.overall
    typer.echo("== silver (labels whose text names the marker)")
    typer.echo(
        f"all markers    labels {overall.labels}  found {overall.found_rate:.3f}"
        f"  contradicted {overall.contradicted_rate:.3f}"
    )
    for name in sorted(silver.per_marker):
        counts = silver.per_marker[name]
        typer.echo(
            f"  {name:<22} labels {counts.labels:>4}  found {counts.found_rate:.3f}"
            f"  contradicted {counts.contradicted_rate:.3f}"
        )


@app.command("eval")
def evaluate(
    corpus: Annotated[Path, typer.Option(help="Corpus folder with files/ and labels.jsonl.")] = (
        DEFAULT_CORPUS
    ),
    renderings: Annotated[
        str, typer.Option(help="Comma list: digital, scan, fax, original.")
    ] = "digital,scan,fax",
    reports: Annotated[
        str | None, typer.Option(help="Only these report ids or ranges: 300-614,002.")
    ] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Files read in parallel.")] = 1,
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep read Documents in (holds report text).")
    ] = None,
    misses: Annotated[
        bool, typer.Option(help="List the tune set's disagreements by kind, with report ids.")
    ] = False,
    silver: Annotated[
        Path | None,
        typer.Option(
            help="Also score a silver folder (labels.jsonl, texts/): found, contradicted."
        ),
    ] = None,
    silver_misses: Annotated[
        bool,
        typer.Option(help="With --silver, list each silver label not found, by report id."),
    ] = False,
    labels: Annotated[
        Path | None,
        typer.Option(help="Score a site's labels.jsonl instead of the corpus (with --documents)."),
    ] = None,
    documents: Annotated[
        Path | None, typer.Option(help="Folder of the files that --labels describes.")
    ] = None,
) -> None:
    """Score marker extraction against reference labels: tune and check sets side by side.

    The check set is the reports whose id ends in 0 or 5; --misses lists only the tune set's
    disagreements, so that whoever writes rules never reads the check set's.
    """
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    unread: Counter[str] = Counter()
    if labels is not None or documents is not None:
        if labels is None or documents is None or not labels.is_file() or not documents.is_dir():
            raise typer.BadParameter("--labels needs a labels.jsonl file and --documents a folder")
        files = list(site_files(labels, documents))
        site_labels = read_site_labels(labels)
        scores = _score_files(files, site_labels, [Rendering.SITE], jobs, cache, unread)
        _print_site(scores[Rendering.SITE]["all"], misses)
        raise typer.Exit(_exit_code(unread))
    if not (corpus / "labels.jsonl").is_file():
        raise typer.BadParameter(f"no labels.jsonl in {corpus}")
    chosen = _parse_renderings(renderings)
    chosen_reports = _parse_reports(reports, corpus)
    split = evaluate_split(corpus, chosen, jobs, cache, chosen_reports, unread)
    for rendering, parts in split.items():
        _print_evaluation(rendering, parts, misses)
    if silver is not None:
        if not (silver / "labels.jsonl").is_file():
            raise typer.BadParameter(f"no labels.jsonl in {silver}")
        silver_scores = evaluate_silver(silver)
        _print_silver(silver_scores)
        if silver_misses:
            _print_silver_misses(silver_scores)
    raise typer.Exit(_exit_code(unread))


def _exit_code(unread: Counter[str]) -> ExitCode:
    """Files that could not be read are said and counted in the exit status."""
    for outcome, count in sorted(unread.items()):
        typer.echo(f"{count} files not scored: {outcome}", err=True)
    if unread["internal_error"]:
        return ExitCode.INTERNAL_ERROR
    return ExitCode.REJECTED if unread["rejected"] else ExitCode.OK


def _print_site(evaluation: Evaluation, misses: bool) -> None:
    """A site's own reports are all its own: no check set is kept from anyone there."""
    typer.echo("== site labels")
    typer.echo(
        _line("all markers", evaluation.overall, f"  details {evaluation.detail_accuracy:.3f}")
    )
    for marker in sorted(evaluation.per_marker):
        typer.echo("  " + _line(marker, evaluation.per_marker[marker]))
    if misses:
        _print_misses(evaluation, "site's reports")
