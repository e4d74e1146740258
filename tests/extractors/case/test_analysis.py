"""analyse_document: what one real document contributes to a case."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors import analyse_document, read_document
from extractors.case.analysis import analyse_document_json, escape_source_name
from schemas.case import TumourType


@pytest.mark.slow
def test_a_corpus_pdf_gives_its_pages_markers_and_facts(corpus_dir: Path) -> None:
    path = corpus_dir / "files" / "030.pdf"
    doc = read_document(path.read_bytes(), filename=path.name)
    received = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)

    results = analyse_document(doc, source_name=f"inbox/case-9/{path.name}", received_at=received)

    assert results.document_id == doc.sha256
    assert results.source_name == "030.pdf"
    assert results.received_at == received
    assert results.page_count == len(doc.pages) and results.ocr_pages == 0
    assert [(s.number, s.width, s.height) for s in results.page_sizes] == [
        (p.number, p.width, p.height) for p in doc.pages
    ]
    assert results.markers, "030 states mismatch-repair results"
    assert {e.document for m in results.markers for e in m.evidence} == {doc.sha256}
    facts = results.facts
    assert facts.tumour_type is not None and facts.tumour_type.value is TumourType.COLORECTAL
    assert facts.stage is not None and facts.stage.value == "pT3 pN0"
    assert "S26-10030" in [a.value for a in facts.accession_numbers]
    assert "CANARY" not in facts.model_dump_json()


@pytest.mark.slow
def test_a_document_sent_as_its_json_gives_the_same_results(corpus_dir: Path) -> None:
    """What a flow run's host gets: the Document's JSON, not the Document."""
    path = corpus_dir / "files" / "024.pdf"
    doc = read_document(path.read_bytes(), filename=path.name)
    received = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    direct = analyse_document(doc, source_name="inbox/case-2/024.pdf", received_at=received)
    sent = analyse_document_json(doc.model_dump_json(), "inbox/case-2/024.pdf", received)
    assert sent == direct and sent.markers


@pytest.mark.parametrize(
    ("name", "escaped"),
    [
        ("report.pdf", "report.pdf"),
        ("uploads/case-1/report.pdf", "report.pdf"),
        ("C:\\scans\\fax 7.tiff", "fax 7.tiff"),
        ("evil\x1b[31m.pdf", "evil\\x1b[31m.pdf"),
        ("line\nbreak.pdf", "line\\x0abreak.pdf"),
        ("rtl\u202egnp.pdf", "rtl\\x202egnp.pdf"),
    ],
)
def test_source_names_lose_their_folders_and_show_control_characters_escaped(
    name: str, escaped: str
) -> None:
    assert escape_source_name(name) == escaped
