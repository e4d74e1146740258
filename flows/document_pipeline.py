"""The plain steps of processing one document: read, analyse, render, store, rebuild the case."""

from datetime import UTC, datetime

import extractors
from extractors.case.analysis import analyse_document_json
from extractors.limits import Limits
from extractors.reading import PageImages, read_document_and_images
from extractors.reading.reader_host import run_in_host
from review.ledger import LedgerEntry
from review.store import ReviewStore
from schemas import Document
from schemas.case import Case, DocumentResults


def read(data: bytes, entry: LedgerEntry, limits: Limits) -> tuple[Document, PageImages]:
    """The document's pages and words, and its page images, which its reader renders next.

    RejectedInput when it cannot be read. The reader sees only the last part of the key.
    """
    filename = entry.object_key.rsplit("/", 1)[-1]
    return read_document_and_images(data, filename=filename, limits=limits)


def received_at(entry: LedgerEntry) -> datetime:
    """When the ledger first saw the object, as aware UTC (SQLite drops the zone)."""
    seen = entry.first_seen_at
    return seen if seen.tzinfo else seen.replace(tzinfo=UTC)


def analyse(document: Document, entry: LedgerEntry) -> DocumentResults:
    """Markers, facts and HER2 of the document, with where and when it came in.

    Run in the reader host, which has the marker pipeline (docs/flow-runs.md); sent as JSON.
    """
    results: DocumentResults = run_in_host(
        analyse_document_json, document.model_dump_json(), entry.object_key, received_at(entry)
    )
    return results


def render(images: PageImages) -> dict[int, bytes]:
    """One PNG per page for the reviewer's evidence view, from the child that read the file."""
    return images.result()


def store_document(
    store: ReviewStore, case_id: str, results: DocumentResults, images: dict[int, bytes]
) -> bool:
    """Add the document to its case; False when it was there already."""
    return store.add_document_results(case_id, results, page_images=images)


def rebuild_case(store: ReviewStore, case_id: str) -> Case:
    """Assemble the case from all its documents and save it to the review queue."""
    case: Case = extractors.assemble_case(case_id, store.document_results(case_id))
    store.save_case(case)
    return case
