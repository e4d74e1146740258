"""Signed-off cases' reviewed results written out as a labelled corpus to score extraction on."""

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from review.corrections import case_label_rows, unplaced_additions
from review.ledger import Ledger
from review.store import ReviewStore
from schemas.case import ReviewStatus

LABELS_FILE = "labels.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
DOCUMENTS_FOLDER = "documents"
SUFFIXES = {"application/pdf": ".pdf", "image/tiff": ".tiff", "image/png": ".png"}


def _suffix(media_type: str) -> str:
    return SUFFIXES.get(media_type, ".bin")


def _jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n" for row in rows)


def _document_bytes(engine: Engine, case_id: str) -> dict[str, bytes]:
    """The ledger's kept bytes of the case's documents, by sha256."""
    ledger = Ledger(engine)
    found = {}
    for entry in ledger.entries(case_id):
        if entry.sha256 not in found:
            try:
                found[entry.sha256] = ledger.content(entry.id)
            except LookupError:
                continue
    return found


def export_corrections(engine: Engine, out: Path, with_documents: bool = True) -> dict[str, int]:
    """Write labels.jsonl, documents.jsonl and (with_documents) documents/<sha256>.<ext>."""
    store = ReviewStore(engine)
    labels, documents = [], []
    counts = {"cases": 0, "documents": 0, "labels": 0, "files": 0, "unplaced_additions": 0}
    for row in store.list_cases():
        case = store.get_case(row.case_id) if row.status is ReviewStatus.SIGNED_OFF else None
        if case is None:
            continue
        rows = case_label_rows(case)
        kept = _document_bytes(engine, case.case_id) if with_documents else {}
        counts["cases"] += 1
        counts["unplaced_additions"] += unplaced_additions(case)
        for label_row, document in zip(rows, case.documents, strict=True):
            name = f"{document.document_id}{_suffix(document.media_type)}"
            data = kept.get(document.document_id)
            if data is not None:
                (out / DOCUMENTS_FOLDER).mkdir(parents=True, exist_ok=True)
                (out / DOCUMENTS_FOLDER / name).write_bytes(data)
                counts["files"] += 1
            labels.append(label_row)
            documents.append(
                {
                    "id": document.document_id,
                    "case_id": case.case_id,
                    "media_type": document.media_type,
                    "file": f"{DOCUMENTS_FOLDER}/{name}" if data is not None else None,
                }
            )
            counts["labels"] += len(label_row["markers"])
        counts["documents"] += len(rows)
    out.mkdir(parents=True, exist_ok=True)
    (out / LABELS_FILE).write_text(_jsonl(labels), encoding="utf-8")
    (out / DOCUMENTS_FILE).write_text(_jsonl(documents), encoding="utf-8")
    return counts
