"""The document pipeline names a document by its file, escaped, never by its whole key; its
analysis can be prepared while the first document is read."""

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from extractors.text_document import document_from_text
from flows.document_pipeline import analyse

REPO = Path(__file__).resolve().parents[2]


def test_source_name_is_the_escaped_file_name_without_the_case_folder() -> None:
    document = document_from_text("HER2 (IHC): 3+ positive.")
    entry = SimpleNamespace(
        object_key="case-1/sub/report\x1b[31m.pdf",
        first_seen_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
    )
    results = analyse(document, entry)  # type: ignore[arg-type]
    assert results.source_name == "report\\x1b[31m.pdf"
    assert results.received_at == datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


def test_the_analysis_prepared_in_the_background_is_the_one_the_first_document_uses() -> None:
    # In a fresh interpreter: this process may have built the marker pipeline already.
    script = (
        "from flows.document_pipeline import prepare_analysis_soon\n"
        "import sys\n"
        "assert 'spacy' not in sys.modules\n"
        "prepare_analysis_soon().join()\n"
        "from extractors.markers.pipeline import marker_pipeline\n"
        "built = marker_pipeline.cache_info().currsize\n"
        "from extractors.text_document import document_from_text\n"
        "from extractors.markers import extract_markers\n"
        "found = extract_markers(document_from_text('ER: positive (90%).'))\n"
        "print(built, marker_pipeline.cache_info().hits, len(found))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.split() == ["1", "1", "1"]
