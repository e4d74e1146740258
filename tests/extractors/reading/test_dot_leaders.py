"""OCR reads a 'Key ........ value' row apart from its leader of dots (rule: ocr_dot_leader).

Tesseract reads a long run of dots as letters that swallow the key's last letters, or drops the
value beside it. The leader is found on the image, whitened before OCR and put back after as a
word of dots between the key and its value. The rows here are our own wording, typed and
rendered as a 200-dpi scan is.
"""

import io

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.limits import Limits
from extractors.reading import dot_leaders
from extractors.reading.dot_leaders import (
    Leader,
    _small_blobs,
    find_leaders,
    with_leaders,
    without_leaders,
)
from extractors.reading.page_ocr import ocr_page
from extractors.reading.tesseract_run import PixelWord

DPI = 200.0


def scanned(rows: list[str]) -> Image.Image:
    """The rows typed on a letter page in 11-point Helvetica, as a grey 200-dpi image."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.setFont("Helvetica", 11)
    for number, row in enumerate(rows):
        pdf.drawString(72, 700 - 16 * number, row)
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        return document[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


LEADER_ROWS = {
    # ocr_dot_leader: rows whose key and value a leader of dots sets apart
    "stain_panel": [
        "Ki-67 (MIB-1) ......................... 25% of tumour nuclei",
        "Oestrogen receptor .................... positive, strong",
        "CDX2 .................................. retained",
    ],
    "gene_panel": [
        "EGFR exons 18-21 ............ no variant found",
        "ALK (FISH) .................. no rearrangement",
    ],
}


@pytest.mark.parametrize("kind", sorted(LEADER_ROWS))
def test_each_row_has_one_leader_found(kind: str) -> None:
    rows = LEADER_ROWS[kind]
    leaders = find_leaders(scanned(rows), DPI)

    assert len(leaders) == len(rows)
    assert all(leader.dots >= 10 for leader in leaders)


@pytest.mark.parametrize(
    "row",
    [
        "Comment: see the note... below, e.g. the ratio 2.5 (i.e. low).",
        "Signed: J. Doe, M.D., Ph.D. - 03.11.2019 - p.G12C",
        "--------------------------------------------------------------",
        "Block A1 - - - - - - - - - - - - - - - - - - - - tumour present",
    ],
)
def test_an_ellipsis_full_stops_and_ruled_lines_are_no_leader(row: str) -> None:
    assert find_leaders(scanned([row]), DPI) == []


def test_an_empty_page_has_no_leader() -> None:
    assert find_leaders(scanned([]), DPI) == []


def test_a_page_without_its_leaders_keeps_its_words_ink() -> None:
    image = scanned(LEADER_ROWS["gene_panel"])
    leaders = find_leaders(image, DPI)
    cleaned = without_leaders(image, leaders)

    pixels = np.asarray(cleaned)
    for leader in leaders:
        assert pixels[leader.top : leader.bottom + 1, leader.left : leader.right].min() == 255
    ink, left = int((np.asarray(image) < 128).sum()), int((pixels < 128).sum())
    assert 0.8 * ink < left < ink


def word(text: str, left: int, line: int) -> PixelWord:
    return PixelWord(text, left, 100 + 40 * line, 60, 20, 90.0, (1, 1, line))


def test_a_leader_goes_back_between_its_rows_key_and_value() -> None:
    words = [
        word("PMS2", 100, 0),
        word("retained", 400, 0),
        word("MSH6", 100, 1),
        word("lost", 400, 1),
    ]
    row_leaders = [Leader(180, 112, 380, 118, 20), Leader(180, 152, 380, 158, 20)]
    texts = [w.text for w in with_leaders(words, row_leaders)]

    assert texts == ["PMS2", "." * 20, "retained", "MSH6", "." * 20, "lost"]


def test_a_leader_alone_on_its_row_is_left_out() -> None:
    words = [word("Margins", 100, 0)]
    assert with_leaders(words, [Leader(180, 512, 380, 518, 20)]) == words


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(LEADER_ROWS))
def test_ocr_reads_key_leader_and_value_on_one_line(kind: str) -> None:
    rows = LEADER_ROWS[kind]
    page = ocr_page(scanned(rows), DPI, Limits())
    lines = [[text for text, _, _ in line] for line in page.lines]

    for row in rows:
        key, value = row.split(" ....")[0], row.rsplit(".. ", 1)[1]
        line = next(words for words in lines if words[0] == key.split()[0])
        read = " ".join(line)
        assert read.startswith(key) and read.endswith(value), read
        assert any(set(text) == {"."} and len(text) >= 10 for text in line)


def test_blobs_join_ink_that_touches_across_a_corner_and_come_top_first() -> None:
    """A blob is ink joined through any of 8 neighbours; blobs come in the order they start."""
    ink = np.zeros((12, 30), dtype=bool)
    ink[2:4, 20:22] = True  # a dot starting high on the right
    ink[4:6, 22:24] = True  # touching it at a corner only: the same blob
    ink[5:7, 2:5] = True  # a dot starting lower, on the left
    ink[5:7, 6:9] = True  # one blank column from it: a blob of its own
    ink[10, 10:20] = True  # a dash: wider than high, no dot
    assert _small_blobs(ink, DPI) == [(2, 20, 5, 24), (5, 2, 6, 5), (5, 6, 6, 9)]


def test_a_blob_that_winds_back_up_is_one_blob() -> None:
    """Runs that meet only further down (a U, a V) are one blob, however they were found."""
    ink = np.zeros((8, 12), dtype=bool)
    ink[1:5, 2] = ink[1:5, 6] = True
    ink[5, 2:7] = True  # the U's foot joins its two arms
    ink[0, 9] = ink[1, 10] = ink[0, 11] = True  # a small V, joined at its point
    assert _small_blobs(ink, DPI) == [(0, 9, 1, 12), (1, 2, 5, 7)]


def test_a_page_of_too_many_runs_is_not_looked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    ink = np.zeros((4, 20), dtype=bool)
    ink[:, ::2] = True
    monkeypatch.setattr(dot_leaders, "MAX_RUNS", 39)
    assert _small_blobs(ink, DPI) is None
    monkeypatch.setattr(dot_leaders, "MAX_RUNS", 40)
    assert _small_blobs(ink, DPI) is not None
