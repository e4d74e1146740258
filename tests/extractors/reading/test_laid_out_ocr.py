"""A laboratory's laid-out page, scanned or faxed, reads in rows as its text layer does.

Rules: ocr_rows (group_rows: OCR's lines put into the page's rows, so a table read cell by cell
or a header of labels over their values reads row by row), ocr_ruled_out (a table's rules
whitened before OCR, so a rule is not read as a letter beside a word), ocr_band_inverted (white
letters on a dark band, or on a header row a fax turned black, turned over before OCR). The
pages are our own, drawn with reportlab and rendered as a 200-dpi scan is; a fax of them is
the scan thresholded as the corpus renderer does.
"""

import io
from collections.abc import Callable

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.limits import Limits
from extractors.reading.line_grouping import LineWord, group_rows, levelled_page
from extractors.reading.page_cleaning import (
    bands_inverted,
    cleaned_for_ocr,
    ruled_out,
)
from extractors.reading.page_ocr import ocr_page
from schemas.document import BBox, Page, PageSource

DPI = 200.0
PAGE_HEIGHT = letter[1]

Drawing = Callable[[canvas.Canvas], None]


def rendered(draw: Drawing) -> Image.Image:
    """A letter page drawn by `draw`, as a grey 200-dpi image."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    draw(pdf)
    pdf.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        return document[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def faxed(image: Image.Image) -> Image.Image:
    """The page as a fax: every grey darker than 150 black, the rest white."""
    return image.point(lambda value: 255 if value > 150 else 0)


def ruled_table(
    rows: list[list[str]], widths: list[float], shade: float | None = None, letters: float = 0
) -> Drawing:
    """A table with a rule around every cell; the header row on a grey fill when `shade`, its
    letters in the grey `letters`."""

    def draw(pdf: canvas.Canvas) -> None:
        left, top, height = 60.0, 640.0, 22.0
        if shade is not None:
            pdf.setFillGray(shade)
            pdf.rect(left, top - height, sum(widths), height, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setLineWidth(0.8)
        for number, row in enumerate(rows):
            y = top - height * (number + 1)
            x = left
            for width, cell in zip(widths, row, strict=True):
                pdf.rect(x, y, width, height, stroke=1, fill=0)
                pdf.setFillGray(letters if number == 0 else 0)
                pdf.setFont("Helvetica-Bold" if number == 0 else "Helvetica", 10)
                pdf.drawString(x + 5, y + 7, cell)
                x += width

    return draw


def line_texts(lines: list[list[LineWord]]) -> list[str]:
    return [" ".join(word[0] for word in line) for line in lines]


STAIN_TABLE = [
    ["Stain", "Clone", "Tumour cells", "Reading"],
    ["MLH1", "ZK31", "present", "retained"],
    ["PMS2", "QV77", "present", "retained"],
    ["MSH6", "BT12", "absent", "lost"],
]
VARIANT_TABLE = [
    ["Gene", "Change", "Allele fraction", "Class"],
    ["KRAS", "p.G12D", "31%", "pathogenic"],
    ["PIK3CA", "p.H1047R", "12%", "likely pathogenic"],
]
TABLES = {
    "stain_table": (STAIN_TABLE, [70.0, 80.0, 120.0, 110.0]),
    "variant_table": (VARIANT_TABLE, [80.0, 90.0, 120.0, 140.0]),
}


# --- group_rows: OCR's lines into the page's rows -------------------------------------------


def cell(text: str, left: float, top: float, height: float = 8.0) -> LineWord:
    return (text, (left, top, left + 6.0 * len(text), top + height), 90.0)


def test_cells_read_column_by_column_come_back_as_rows() -> None:
    # As tesseract gives a ruled table: each column a block of its own, top to bottom.
    columns = [
        [[cell("Marker", 60, 100)], [cell("ALK", 60, 120)], [cell("ROS1", 60, 140)]],
        [[cell("Result", 200, 101)], [cell("negative", 200, 121)], [cell("positive", 200, 141)]],
    ]
    lines = [line for column in columns for line in column]

    assert line_texts(group_rows(lines)) == [
        "Marker Result",
        "ALK negative",
        "ROS1 positive",
    ]


def test_labels_over_their_values_in_two_blocks_pair_up() -> None:
    lines = [
        [cell("Client", 300, 60), cell("name:", 340, 60)],
        [cell("Ward:", 300, 75)],
        [cell("North", 400, 60), cell("Clinic", 440, 60)],
        [cell("B4", 400, 75)],
    ]

    assert line_texts(group_rows(lines)) == ["Client name: North Clinic", "Ward: B4"]


def test_a_leaning_page_keeps_each_row_together() -> None:
    # A page leaning a degree: each row's far end stands 8 points lower than its start, about
    # a line's height; the rows are 14 points apart.
    lean = 8.0 / 460.0

    def leaning(text: str, left: float, row: int) -> LineWord:
        return cell(text, left, 100 + 14 * row + lean * left)

    lines = []
    for row, (key, middle, value) in enumerate(
        [("HER2", "score", "2+"), ("ER", "stain", "95%"), ("PR", "stain", "40%")]
    ):
        lines.append([leaning(key, 60, row), leaning(middle, 100, row), leaning("x", 140, row)])
        lines.append([leaning(value, 520, row)])

    assert line_texts(group_rows(lines)) == ["HER2 score x 2+", "ER stain x 95%", "PR stain x 40%"]


def test_running_text_reads_as_tesseract_gave_it() -> None:
    lines = [
        [cell(word, 60 + 50 * i, 100 + 12 * row) for i, word in enumerate(text.split())]
        for row, text in enumerate(
            ["Sections show a carcinoma", "with nuclei stained for ER", "and none for HER2"]
        )
    ]

    assert line_texts(group_rows(lines)) == line_texts(lines)
    assert group_rows([]) == []


def test_a_rows_cells_stand_on_one_band_as_a_text_layers_words_do() -> None:
    # OCR's boxes follow the ink: 'was' stands lower than 'MLH1', a bracket higher.
    row = [
        [cell("MLH1", 60, 100.0, 8.0), cell("[X]", 110, 99.0, 10.0)],
        [cell("was", 200, 102.0, 5.5)],
        [cell("present", 300, 101.0, 8.0)],
    ]
    (read,) = group_rows(row)

    assert len({(word[1][1], word[1][3]) for word in read}) == 1


def test_a_column_joined_at_its_own_height_keeps_its_boxes() -> None:
    # A right column's line three points below the left column's, within half a line height.
    left = [cell(word, 60 + 50 * i, 100.0) for i, word in enumerate(["The", "tumour", "is"])]
    right = [cell(word, 330 + 50 * i, 103.0) for i, word in enumerate(["HER2", "was", "scored"])]
    (read,) = group_rows([left, right])

    assert [word[0] for word in read] == ["The", "tumour", "is", "HER2", "was", "scored"]
    assert {word[1][1] for word in read[:3]} != {word[1][1] for word in read[3:]}


def leaning_rows(lean: float, source: PageSource) -> Page:
    """Rows of a table, a key and its method at the left and its value far right, leaning."""
    rows = [("HER2", "IHC", "negative", 100.0), ("ER", "IHC", "positive", 114.0)]
    lines = [
        [
            (text, BBox(x0=x, top=top + lean * x, x1=x + 30, bottom=top + 8 + lean * x), 90.0)
            for text, x in ((key, 60.0), (method, 100.0), (value, 460.0))
        ]
        for key, method, value, top in rows
    ]
    return Page.from_lines(1, 612.0, 792.0, source, lines)


def test_a_leaning_ocr_page_is_laid_out_with_its_rows_level() -> None:
    page = leaning_rows(8.0 / 400.0, PageSource.OCR)
    level = levelled_page(page)

    for key, value in zip(level.words[0::3], level.words[2::3], strict=True):
        assert abs(key.bbox.top - value.bbox.top) < 0.5
    # the page itself, whose boxes frame the words on its image, keeps them
    assert page.words[2].bbox.top - page.words[0].bbox.top > 7
    assert [word.text for word in level.words] == [word.text for word in page.words]


def test_a_text_layer_or_a_level_page_is_laid_out_as_it_is() -> None:
    text_layer = leaning_rows(8.0 / 400.0, PageSource.TEXT_LAYER)
    level = leaning_rows(0.0, PageSource.OCR)

    assert levelled_page(text_layer) is text_layer
    assert levelled_page(level) is level


# --- ruled_out and bands_inverted, on the image ---------------------------------------------


def test_a_tables_rules_are_whitened_and_its_letters_kept() -> None:
    rows, widths = TABLES["stain_table"]
    image = rendered(ruled_table(rows, widths))
    pixels = np.asarray(image)
    cleaned = ruled_out(pixels, DPI)

    scale = DPI / 72
    rule_row = round((PAGE_HEIGHT - 640.0) * scale)  # the table's top rule
    rule_col = round((60.0 + 70.0) * scale)  # the rule between its first two columns
    assert pixels[rule_row - 1 : rule_row + 2, 200:600].min() < 128
    assert cleaned[rule_row - 2 : rule_row + 3, 200:600].min() >= 200
    table_rows = slice(rule_row + 10, rule_row + round(4 * 22 * scale) - 10)
    assert cleaned[table_rows, rule_col - 2 : rule_col + 3].min() >= 200
    # Inside each cell, away from its rules, the letters keep all their ink.
    for number in range(len(rows)):
        x = 60.0
        for width in widths:
            inside = (
                slice(
                    *(
                        round((PAGE_HEIGHT - y) * scale)
                        for y in (640.0 - 22.0 * number - 3, 640.0 - 22.0 * (number + 1) + 3)
                    )
                ),
                slice(round((x + 3) * scale), round((x + width - 3) * scale)),
            )
            assert (cleaned[inside] < 128).sum() == (pixels[inside] < 128).sum() > 0
            x += width


@pytest.mark.parametrize(
    "text",
    [
        "Signature: ______________________________",
        "Result ------------------------------ see below",
        "TOTAL  ==============================",
    ],
)
def test_a_typed_line_of_marks_keeps_its_words(text: str) -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(60, 700, "BIG TITLE LETTERS")
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, 650, text)

    pixels = np.asarray(rendered(draw))
    cleaned = ruled_out(pixels, DPI)
    title = slice(round((PAGE_HEIGHT - 730) * DPI / 72), round((PAGE_HEIGHT - 690) * DPI / 72))
    assert (cleaned[title] < 128).sum() == (pixels[title] < 128).sum()


def test_white_letters_on_a_dark_band_turn_black_on_white() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFillGray(0.2)
        pdf.rect(50, 680, 500, 50, stroke=0, fill=1)
        pdf.setFillGray(1)
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(60, 700, "Molecular results")
        pdf.setFillGray(0)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, 650, "Ordinary text under the band stays as it was.")

    pixels = np.asarray(rendered(draw))
    turned = bands_inverted(pixels, DPI)

    band = (slice(*(round((PAGE_HEIGHT - y) * DPI / 72) for y in (725, 685))), slice(200, 1400))
    assert np.median(pixels[band]) < 100 and np.median(turned[band]) > 150
    below = slice(round((PAGE_HEIGHT - 665) * DPI / 72), round((PAGE_HEIGHT - 640) * DPI / 72))
    assert np.array_equal(turned[below], pixels[below])


def test_black_letters_on_a_grey_fill_keep_their_ink_and_lose_the_fill() -> None:
    rows, widths = TABLES["variant_table"]
    pixels = np.asarray(rendered(ruled_table(rows, widths, shade=0.5)))
    cleaned = bands_inverted(pixels, DPI)

    header = (
        slice(*(round((PAGE_HEIGHT - y) * DPI / 72) for y in (638.0, 620.0))),
        slice(round(62 * DPI / 72), round(400 * DPI / 72)),
    )
    assert np.median(pixels[header]) < 140 and np.median(cleaned[header]) == 255
    letters = pixels[header] < 60
    assert letters.sum() > 100 and np.array_equal(cleaned[header][letters], pixels[header][letters])


def test_a_page_of_plain_text_is_left_as_it_is() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 10)
        for number in range(30):
            pdf.drawString(60, 720 - 14 * number, f"Line {number} of a report, nothing drawn.")

    image = rendered(draw)
    assert cleaned_for_ocr(image, DPI) is image


# --- the whole page through tesseract -------------------------------------------------------


def read_rows(image: Image.Image) -> list[str]:
    return line_texts(ocr_page(image, DPI, Limits()).lines)


# The header row's fill and letters: white on a dark fill (scanned or faxed, the fax's fill
# black), black on a mid-grey fill (a fax keeps neither), black on a light fill.
HEADERS = {
    "white_on_dark_scan": (0.25, 1.0, False),
    "white_on_dark_fax": (0.25, 1.0, True),
    "black_on_grey_scan": (0.5, 0.0, False),
    "black_on_light_fax": (0.85, 0.0, True),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(TABLES))
@pytest.mark.parametrize("header", sorted(HEADERS))
def test_a_ruled_table_reads_row_by_row_without_its_rules(kind: str, header: str) -> None:
    rows, widths = TABLES[kind]
    shade, letters, fax = HEADERS[header]
    image = rendered(ruled_table(rows, widths, shade=shade, letters=letters))
    lines = read_rows(faxed(image) if fax else image)

    for row in rows:
        assert " ".join(row) in lines, (row, lines)
    assert not any(mark in line for line in lines for mark in "|[]")


@pytest.mark.slow
def test_a_header_of_labels_and_values_reads_each_label_with_its_value() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pairs = [
            [("Client:", "Harbour Clinic"), ("Received:", "02/03/2026")],
            [("Specimen:", "Lung, core biopsy"), ("Reported:", "09/03/2026")],
            [("Block:", "B2 (tumour 40%)"), ("Ordered by:", "Dr Example")],
        ]
        for number, row in enumerate(pairs):
            y = 700 - 16 * number
            for (label, value), x in zip(row, (60, 330), strict=True):
                pdf.setFont("Helvetica-Bold", 10)
                pdf.drawString(x, y, label)
                pdf.setFont("Helvetica", 10)
                pdf.drawString(x + 80, y, value)

    lines = read_rows(rendered(draw))

    assert "Client: Harbour Clinic Received: 02/03/2026" in lines, lines
    assert "Specimen: Lung, core biopsy Reported: 09/03/2026" in lines, lines
    assert "Block: B2 (tumour 40%) Ordered by: Dr Example" in lines, lines
