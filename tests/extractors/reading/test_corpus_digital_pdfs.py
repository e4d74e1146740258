"""Every digital corpus PDF reads from its text layer, with every word boxed on its page."""

from pathlib import Path

import pytest

from extractors.reading import read_document
from schemas import Document, DocumentFlag, PageSource
from tests.conftest import CORPUS

DIGITAL = (
    sorted(p for p in (CORPUS / "files").glob("*.pdf") if not p.name.endswith(".scan.pdf"))
    if CORPUS.is_dir()
    else []
)


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {path.name: read_document(path.read_bytes(), path.name) for path in DIGITAL}


def test_the_corpus_has_its_digital_and_laboratory_pdfs() -> None:
    names = {p.name for p in DIGITAL}
    assert {"202.orig.pdf", "208.orig.pdf"} <= names
    assert len(names) >= 70


@pytest.mark.parametrize("name", [p.name for p in DIGITAL])
def test_a_digital_pdf_reads_from_its_text_layer_with_boxed_words(
    name: str, documents: dict[str, Document]
) -> None:
    doc = documents[name]

    assert doc.media_type == "application/pdf"
    # A laboratory's own PDF may forbid printing or copying (permissions-only encryption):
    # a property of the file the flag reports, which leaves its text readable.
    allowed = {DocumentFlag.PERMISSIONS_ENCRYPTION} if name.endswith(".orig.pdf") else set()
    assert set(doc.flags) <= allowed
    for page in doc.pages:
        assert page.source is PageSource.TEXT_LAYER
        assert page.words
        for word in page.words:
            box = word.bbox
            assert 0 <= box.x0 <= box.x1 <= page.width
            assert 0 <= box.top < box.bottom <= page.height


def test_the_offset_map_ties_every_span_of_page_text_to_its_words(
    documents: dict[str, Document],
) -> None:
    page = documents["010.pdf"].pages[0]

    for word in page.words:
        assert page.text[word.start : word.end] == word.text
    start = page.text.index("UUID")
    found = page.words_in(start, start + 4)
    assert [w.text[:4] for w in found] == ["UUID"]
    assert found[0].bbox.top < page.height / 4  # the UUID line is near the top of the page


def test_a_line_end_hyphen_stays_a_hyphen_and_does_not_join_two_lines(
    documents: dict[str, Document],
) -> None:
    text = documents["010.pdf"].pages[0].text

    assert "SPECIMEN/BLOCK NUMBER-\n" in text or "NUMBER-" in text.split()
    assert "NUMBER-EGFR" not in text


@pytest.mark.parametrize(
    ("name", "row"),
    [
        # Table rows of the laboratories' own PDFs read across, cell after cell.
        ("208.orig.pdf", "3B Enasidenib, Vorasidenib IDH2 p.R172M"),
        ("208.orig.pdf", "4 Palbociclib, Ribociclib, Abemaciclib CDKN2A Deletion"),
        ("202.orig.pdf", "Indication Metastatic colorectal adenocarcinoma"),
    ],
)
def test_laboratory_tables_read_row_by_row(
    name: str, row: str, documents: dict[str, Document]
) -> None:
    lines = [line for page in documents[name].pages for line in page.text.splitlines()]

    assert row in lines


def test_the_header_names_the_canary_patient_so_leak_tests_have_something_to_find(
    documents: dict[str, Document], corpus_dir: Path
) -> None:
    assert "CANARY010" in documents["010.pdf"].pages[0].text
