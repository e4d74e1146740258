"""A bug in markerflow's own reading code is markerflow's fault, never a rejection of the file."""

import io
from pathlib import Path

import pytest
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from extractors.errors import CorruptInput, InternalError, RejectedInput, file_is_to_blame
from extractors.limits import Limits
from extractors.reading import pdf_structure, read_document
from schemas.error_trace import phi_free_traceback
from tests.extractors.reading import faulty_reader


@pytest.fixture
def good_report(corpus_dir: Path) -> bytes:
    return (corpus_dir / "files" / "024.pdf").read_bytes()


def test_a_reader_that_raises_in_the_sandbox_is_an_internal_error_with_a_phi_free_trace(
    good_report: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("extractors.reading.read_in_child", faulty_reader.read_with_a_bug)

    with pytest.raises(InternalError) as raised:
        read_document(good_report, "024.pdf")

    error = raised.value
    assert not isinstance(error, RejectedInput)
    assert error.error_type == "ValueError" and not error.transient
    assert "ValueError" in str(error) and "CANARY" not in str(error)
    # Where it went wrong, in the child: the function of ours that met the word, then the bug.
    frames = error.cause_trace.frames
    assert any(
        frame.startswith("extractors/reading/document_reading.py:")
        and frame.endswith(f":{faulty_reader.FAILING_FUNCTION}")
        for frame in frames
    ), frames
    assert frames[-1].endswith(":clean_word_with_a_bug")
    logged = phi_free_traceback(error)
    assert "ValueError" in logged and "document_reading.py:" in logged
    assert "CANARY" not in logged and "cannot clean" not in logged


def test_the_same_report_reads_once_the_bug_is_gone(good_report: bytes) -> None:
    assert read_document(good_report, "024.pdf").word_count > 0


def test_an_error_in_the_structure_checks_own_code_passes_on_unblamed(
    good_report: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: any error while checking the structure rejected the PDF as damaged.
    monkeypatch.setattr(pdf_structure, "MAX_NESTING", None)  # a bug: `depth > None` fails

    with pytest.raises(TypeError) as raised:
        pdf_structure.check_structure(good_report, Limits())

    assert not file_is_to_blame(raised.value)


def test_what_pdfminer_raises_on_malformed_bytes_is_the_files_fault() -> None:
    with pytest.raises(Exception) as raised:
        PDFDocument(PDFParser(io.BytesIO(b"%PDF-1.4\nno objects, no xref, no trailer")))

    assert file_is_to_blame(raised.value)
    with pytest.raises(CorruptInput):
        pdf_structure.check_structure(b"%PDF-1.4\nno objects, no xref, no trailer", Limits())


def test_an_error_no_parser_raised_is_never_the_files_fault() -> None:
    with pytest.raises(KeyError) as raised:
        {}["missing"]  # stands for a bug, raised outside any parsing library

    assert not file_is_to_blame(raised.value)
