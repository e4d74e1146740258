"""Case-fact extraction and case assembly speed, on the corpus texts and on synthetic cases.

Run: .venv/bin/python bench/bench_case.py
Prints: facts per document (corpus texts laid out as pages, headers included), and the time
to assemble cases of growing size (documents x results, many contradictions on purpose).
"""

import hashlib
import os
import random
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"

from extractors.case import assemble_case, extract_case_facts  # noqa: E402
from schemas.case import CaseFacts, DocumentResults, TextFact  # noqa: E402
from schemas.document import BBox, Document, Page, PageSource  # noqa: E402
from schemas.markers import Aspect, Evidence, Marker, MarkerResult, Status  # noqa: E402


def text_document(name: str, text: str) -> Document:
    rows = [part for raw in text.split("\n") for part in textwrap.wrap(raw, 100) or [""]]
    lines = []
    for row, line in enumerate(rows):
        box = BBox(x0=54, top=54 + 12 * row, x1=560, bottom=64 + 12 * row)
        lines.append([(word, box, None) for word in line.split()])
    page = Page.from_lines(1, 612, 792, PageSource.TEXT_LAYER, lines)
    digest = hashlib.sha256(name.encode()).hexdigest()
    return Document(sha256=digest, media_type="application/pdf", size_bytes=len(text), pages=[page])


def bench_facts() -> None:
    docs = [text_document(p.stem, p.read_text()) for p in sorted((CORPUS / "texts").glob("*.txt"))]
    words = sum(len(d.pages[0].words) for d in docs)
    start = time.perf_counter()
    for doc in docs:
        extract_case_facts(doc)
    elapsed = time.perf_counter() - start
    print(
        f"facts: {len(docs)} documents, {words} words: {elapsed:.2f} s, "
        f"{elapsed / len(docs) * 1000:.1f} ms per document"
    )


def synthetic_case(documents: int, results: int, rng: random.Random) -> list[DocumentResults]:
    made = []
    for d in range(documents):
        digest = hashlib.sha256(f"doc{d}".encode()).hexdigest()
        markers = [
            MarkerResult(
                marker=rng.choice(list(Marker)),
                aspect=Aspect.EXPRESSION,
                status=rng.choice([Status.POSITIVE, Status.NEGATIVE]),
                specimen=rng.choice(["A", "B"]),
                evidence=[Evidence(document=digest, page=1, start=r, end=r + 5, text="words")],
            )
            for r in range(results)
        ]
        made.append(
            DocumentResults(
                document_id=digest,
                received_at=datetime(2026, 1, 1 + d % 28, tzinfo=UTC),
                media_type="application/pdf",
                page_count=1,
                ocr_pages=0,
                facts=CaseFacts(accession_numbers=[TextFact(value="S26-1")]),
                markers=markers,
            )
        )
    return made


def bench_assembly() -> None:
    rng = random.Random(7)
    assemble_case("warm-up", synthetic_case(1, 1, rng))  # imports the HER2 rules once
    for documents, results in [(2, 10), (5, 20), (10, 30), (20, 30)]:
        case_input = synthetic_case(documents, results, rng)
        start = time.perf_counter()
        case = assemble_case("bench", case_input)
        elapsed = time.perf_counter() - start
        print(
            f"assemble {documents:>2} docs x {results} results: {elapsed * 1000:7.1f} ms "
            f"({len(case.markers)} merged, {len(case.conflicts)} conflicts)"
        )


if __name__ == "__main__":
    bench_facts()
    bench_assembly()
