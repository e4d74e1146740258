"""The document pipeline names a document by its file, escaped, never by its whole key."""

from datetime import UTC, datetime
from types import SimpleNamespace

from extractors.text_document import document_from_text
from flows.document_pipeline import analyse


def test_source_name_is_the_escaped_file_name_without_the_case_folder() -> None:
    document = document_from_text("HER2 (IHC): 3+ positive.")
    entry = SimpleNamespace(
        object_key="case-1/sub/report\x1b[31m.pdf",
        first_seen_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
    )
    results = analyse(document, entry)  # type: ignore[arg-type]
    assert results.source_name == "report\\x1b[31m.pdf"
    assert results.received_at == datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
