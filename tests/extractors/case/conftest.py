"""Fixtures of the case tests: corpus reports as documents."""

from pathlib import Path

import pytest
from case_documents import corpus_header, document_from_text

from schemas.document import Document


@pytest.fixture
def corpus_document(corpus_dir: Path):
    """A corpus report's text with its page header, as one document."""

    def build(report_id: str) -> Document:
        text = (corpus_dir / "texts" / f"{report_id}.txt").read_text()
        return document_from_text(corpus_header(report_id) + text, name=report_id)

    return build
