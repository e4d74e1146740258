"""markerflow eval: precision, recall and F1 of marker extraction on a labelled corpus."""

import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from flows.cli.app import app
from flows.cli.exit_codes import ExitCode

if TYPE_CHECKING:  # scoring imports spaCy: only `markerflow eval` itself loads it
    from extractors.evaluation import Counts, Evaluation, SilverEvaluation
    from extractors.labelled_corpus import Rendering
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _parse_renderings(value: str) -> list["Rendering"]:
    from extractors.labelled_corpus import Rendering

    names = [part.strip() for part in value.split(",") if part.strip()]
    choices = [r.value for r in Rendering if r is not Rendering.SITE]
    if not set(names) <= set(choices):
        raise typer.BadParameter(f"renderings are a comma list of: {', '.join(choices)}")
    return [Rendering(name) for name in names]


def _parse_reports(value: str | None, corpus: Path) -> list[str] | None:
    """'300-614' or '002,004': the report ids to score, all when not given."""
    if not value:
        return None
    from extractors.labelled_corpus import read_labels

    known = sorted(read_labels(corpus))
    chosen: list[str] = []
    for part in (p.strip() for p in value.split(",") if p.strip()):
        low, _, high = part.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise typer.BadParameter("reports are ids or ranges of ids: 300-614,002")
        top = int(high or low)
        chosen += [r for r in known if r.isdigit() and int(low) <= int(r) <= top]
    return chosen


def _line(name: str, counts: "Counts", extra: str = "") -> str:
    return (
        f"{name:<14} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"
        f"  (tp {counts.tp}, fp {counts.fp}, fn {counts.fn}){extra}"
    )


def _print_evaluation(title: str, parts: "dict[str, Evaluation]", misses: bool) -> None:
    """The whole, the tune and check sets (a site's reports are one whole), markers, details."""
    from extractors.evaluation import mechanism_lines

    typer.echo(f"== {title}")
    evaluation = parts["all"]
    for name, part in parts.items():  # all, then tune and check where they are kept apart
        label = "all markers" if name == "all" else f"  {name} set"
        typer.echo(_line(label, part.overall, f"  details {part.detail_accuracy:.3f}"))
    for marker in sorted(evaluation.per_marker):
        typer.echo("  " + _line(marker, evaluation.per_marker[marker]))
    for name in sorted(evaluation.details_total):
        right, total = evaluation.details_right[name], evaluation.details_total[name]
        typer.echo(f"  detail {name:<11} {right}/{total}")
    for line in mechanism_lines(parts):
        typer.echo(line)
    if misses:
        tune = parts.get("tune")
        _print_misses(
            evaluation if tune is None else tune, "site's reports" if tune is None else "tune set"
        )
        if "check" in parts and parts["check"].misses:
            typer.echo(f"  check set: {len(parts['check'].misses)} misses, kept unread")


def _print_misses(evaluation: "Evaluation", title: str) -> None:
    from extractors.evaluation import miss_groups

    typer.echo(f"  misses of the {title}, by kind:")
    for (kind, subject, what), group in miss_groups(evaluation.misses).items():
        reports = " ".join(sorted({miss.report for miss in group}))
        typer.echo(f"    {len(group):>3} {kind} {subject} {what}: {reports}")


def _print_silver_misses(silver: "SilverEvaluation") -> None:
    """Each silver label not found, by ids only: report, marker/aspect, status, what was given."""
    typer.echo("  silver labels not found (report marker/aspect status: given):")
    for miss in sorted(silver.misses, key=lambda m: (m.kind, m.key[:2], m.report)):
        marker, aspect, status = miss.key
        given = miss.detail or "-"
        typer.echo(f"    {miss.kind:<12} {miss.report} {marker}/{aspect} {status}: {given}")


def _print_silver(silver: "SilverEvaluation") -> None:
    rates = "found {0.found_rate:.3f}  contradicted {0.contradicted_rate:.3f}"
    typer.echo("== silver (labels whose text names the marker)")
    typer.echo(f"all markers    labels {silver.overall.labels}  " + rates.format(silver.overall))
    for name in sorted(silver.per_marker):
        counts = silver.per_marker[name]
        typer.echo(f"  {name:<22} labels {counts.labels:>4}  " + rates.format(counts))


@app.command("eval")
def evaluate(
    corpus: Annotated[Path, typer.Option(help="Corpus folder with files/ and labels.jsonl.")] = (
        DEFAULT_CORPUS
    ),
    renderings: Annotated[
        str, typer.Option(help="Comma list: digital, scan, fax, original, text (texts/<id>.txt).")
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
        bool, typer.Option(help="With --silver, list each silver label not found, by report id.")
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
    from extractors import labelled_corpus as scoring

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    unread: Counter[str] = Counter()
    if labels is not None or documents is not None:
        if labels is None or documents is None or not labels.is_file() or not documents.is_dir():
            raise typer.BadParameter("--labels needs a labels.jsonl file and --documents a folder")
        files = list(scoring.site_files(labels, documents))
        site_labels = scoring.read_labels(labels.parent, labels.name)
        site = scoring.Rendering.SITE
        scores = scoring.score_files(files, site_labels, [site], jobs, cache, unread)
        _print_evaluation("site labels", {"all": scores[site]["all"]}, misses)
        raise typer.Exit(_exit_code(unread))
    if not (corpus / "labels.jsonl").is_file():
        raise typer.BadParameter(f"no labels.jsonl in {corpus}")
    chosen = _parse_renderings(renderings)
    chosen_reports = _parse_reports(reports, corpus)
    split = scoring.evaluate_split(corpus, chosen, jobs, cache, chosen_reports, unread)
    for rendering, parts in split.items():
        _print_evaluation(rendering.value, parts, misses)
    if silver is not None:
        if not (silver / "labels.jsonl").is_file():
            raise typer.BadParameter(f"no labels.jsonl in {silver}")
        silver_scores = scoring.evaluate_silver(silver)
        _print_silver(silver_scores)
        if silver_misses:
            _print_silver_misses(silver_scores)
    raise typer.Exit(_exit_code(unread))


def _exit_code(unread: Counter[str]) -> ExitCode:
    for outcome, count in sorted(unread.items()):
        typer.echo(f"{count} files not scored: {outcome}", err=True)
    return ExitCode.of_inputs(unread["internal_error"], unread["rejected"])
