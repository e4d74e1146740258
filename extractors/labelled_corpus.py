"""Scoring extraction on labelled reports: the corpus, a site's own labels, the silver set."""

import hashlib
import json
import multiprocessing
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from extractors.errors import InternalError, RejectedInput
from extractors.evaluation import (
    Evaluation,
    SilverEvaluation,
    is_check_report,
    score_report,
    score_silver,
)
from schemas.document import Document
from schemas.error_trace import phi_free_traceback


class Rendering(StrEnum):
    """The ways each corpus report was rendered (corpus/README.md)."""

    DIGITAL = "digital"
    SCAN = "scan"
    FAX = "fax"
    ORIGINAL = "original"
    TEXT = "text"
    SITE = "site"


_SUFFIXES = {
    Rendering.DIGITAL: ".pdf",
    Rendering.SCAN: ".scan.pdf",
    Rendering.FAX: ".fax.tiff",
    Rendering.ORIGINAL: ".orig.pdf",
    Rendering.TEXT: ".txt",
    Rendering.SITE: "",
}
# A `text` rendering is made here from texts/<id>.txt the way the corpus's digital PDFs were
# made (corpus/README.md): Helvetica 9.5 on a 12-point leading, 54-point margins on a letter
# page, lines broken by the glyphs' real width. It lets a folder of labelled texts (such as
# the probe set in tests/extractors/markers/probe) be read through the PDF reader.
_TEXT_FONT, _TEXT_SIZE, _TEXT_LEADING, _TEXT_MARGIN = "Helvetica", 9.5, 12.0, 54.0


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
            folder = "texts" if rendering is Rendering.TEXT else "files"
            path = corpus / folder / f"{report}{_SUFFIXES[rendering]}"
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
    return score_files(files, labels, renderings, jobs, cache, unread)


def score_files(
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
        text = "\n".join(p.text for p in document.pages) if isinstance(document, Document) else ""
        named = named_markers(text)
        part = "check" if is_check_report(item.report) else "tune"
        for name in ("all", part):
            score_report(
                item.report, found, labels[item.report], scores[item.rendering][name], named
            )
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
        yield from (read_cached(*argument) for argument in arguments)
        return
    # Spawned, not forked: each worker starts clean and reads through a reader host of its own
    # (a forked one would start from whatever this process had loaded and running).
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=spawn) as pool:
        yield from pool.map(read_cached, *zip(*arguments, strict=True))


def _cache_key(data: bytes) -> str:
    """The file's hash and its reader's: a Document read by another version is read again."""
    from extractors.reading.document_reading import reader_versions

    reader = hashlib.sha256(reader_versions(with_ocr=False).encode()).hexdigest()[:16]
    return f"{hashlib.sha256(data).hexdigest()}-{reader}"


def read_cached(path: Path, cache: Path | None) -> Document | str:
    """The file's Document, from the cache folder when it was read before.

    A file that could not be read gives its outcome instead: `rejected` (the file's fault) or
    `internal_error` (markerflow's, with its PHI-free traceback on stderr).
    """
    from extractors import read_document

    data = (
        text_pdf(path.read_text(encoding="utf-8")) if path.suffix == ".txt" else path.read_bytes()
    )
    cached = cache / f"{_cache_key(data)}.json" if cache else None
    if cached is not None and cached.is_file():
        return Document.model_validate_json(cached.read_text(encoding="utf-8"))
    try:
        document = read_document(data, path.name)
    except RejectedInput:
        return "rejected"
    except InternalError as err:
        print(f"{path.name}: {err}\n{phi_free_traceback(err)}", file=sys.stderr)
        return "internal_error"
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(document.model_dump_json(), encoding="utf-8")
    return document


def text_pdf(text: str) -> bytes:
    """A digital PDF of `text`, laid out as the corpus's digital renderings were.

    Needs reportlab (a development dependency); the bytes are the same for the same text, so
    the read Document can be cached by them.
    """
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = letter
    lines: list[str] = []
    for raw in text.splitlines():
        raw = raw.rstrip()
        wrapped = simpleSplit(raw, _TEXT_FONT, _TEXT_SIZE, width - 2 * _TEXT_MARGIN)
        lines.extend(wrapped if raw else [""])
    # Each page starts with a made-up patient's lines and ends with its number, as a
    # clinic's export does; the body takes the rest.
    header = ["Laboratory report", "Patient: Sample Person    MRN: 000000    DOB: 01/01/1960", ""]
    per_page = int((height - 2 * _TEXT_MARGIN) / _TEXT_LEADING) - len(header) - 3
    pages = [lines[i : i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=True)
    for number, body in enumerate(pages, 1):
        pdf.setFont(_TEXT_FONT, _TEXT_SIZE)
        y = height - _TEXT_MARGIN
        for line in [*header, *body]:
            pdf.drawString(_TEXT_MARGIN, y, line)
            y -= _TEXT_LEADING
        pdf.drawString(
            width - _TEXT_MARGIN - 60, _TEXT_MARGIN / 2, f"Page {number} of {len(pages)}"
        )
        pdf.showPage()
    pdf.save()
    return out.getvalue()
