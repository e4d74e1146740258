"""Pages without a usable text layer are OCR'd: scans, faxes, mixed PDFs, turned pages, photos."""

import difflib
import io
import re

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extractors.errors import OcrTimeout, ReadTimeout
from extractors.limits import Limits
from extractors.reading import read_document
from schemas import Document, PageSource
from tests.conftest import BADINPUTS, CORPUS

pytestmark = pytest.mark.slow

EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")
HER2_LINE = "HER2 (IHC): 3+ positive"


def words_of(text: str) -> list[str]:
    return [w for w in (EDGE_PUNCTUATION.sub("", t).lower() for t in text.split()) if w]


def word_accuracy(reference: str, read: str) -> float:
    ref, hyp = words_of(reference), words_of(read)
    matcher = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(ref)


def full_text(doc: Document) -> str:
    return "\n".join(page.text for page in doc.pages)


def reference(report_id: str) -> str:
    return (CORPUS / "texts" / f"{report_id}.txt").read_text()


def report_line_image() -> Image.Image:
    """A 1275x420 grey scan of a report's HER2 line (the bad inputs' PNG)."""
    return Image.open(io.BytesIO((BADINPUTS / "png_named.pdf").read_bytes())).convert("L")


@pytest.mark.parametrize(("name", "report_id"), [("024.scan.pdf", "024"), ("102.fax.tiff", "102")])
def test_a_scan_and_a_fax_read_with_high_word_accuracy(name: str, report_id: str) -> None:
    doc = read_document((CORPUS / "files" / name).read_bytes(), name)

    assert all(page.source is PageSource.OCR for page in doc.pages)
    assert word_accuracy(reference(report_id), full_text(doc)) >= 0.95
    word = doc.pages[0].words[0]
    assert word.confidence is not None
    assert 0 <= word.bbox.x0 < word.bbox.x1 <= doc.pages[0].width


def test_a_mixed_pdf_reads_whole_typed_page_from_text_and_scanned_page_by_ocr() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawString(72, 720, "Cover page: molecular pathology report for the attached scan.")
    pdf.showPage()
    pdf.drawImage(ImageReader(report_line_image()), 0, 500, width=612, height=612 * 420 / 1275)
    pdf.showPage()
    pdf.save()

    doc = read_document(buffer.getvalue(), "mixed.pdf")

    assert [page.source for page in doc.pages] == [PageSource.TEXT_LAYER, PageSource.OCR]
    assert "Cover page" in doc.pages[0].text
    assert HER2_LINE in doc.pages[1].text
    her2 = doc.pages[1].words_in(
        doc.pages[1].text.index("HER2"), doc.pages[1].text.index("HER2") + 4
    )
    assert her2[0].bbox.top < 792 - 500  # the image sits in the page's top part


def test_a_page_scanned_sideways_reads_upright() -> None:
    scan = pdfium.PdfDocument((CORPUS / "files" / "104.scan.pdf").read_bytes())
    upright = scan[0].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
    sideways = io.BytesIO()
    upright.rotate(90, expand=True).save(sideways, format="PNG", dpi=(200, 200))

    doc = read_document(sideways.getvalue(), "sideways.png")

    page = doc.pages[0]
    assert page.rotation in (90, 270)
    assert page.width > page.height  # boxes stay on the page as it was stored
    assert word_accuracy(reference("104"), page.text) >= 0.9


def test_a_phone_photo_is_turned_by_its_exif_orientation() -> None:
    stored_turned = report_line_image().rotate(90, expand=True)  # pixels lie on their side
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 degrees clockwise to display
    photo = io.BytesIO()
    stored_turned.convert("RGB").save(photo, format="JPEG", quality=95, exif=exif)

    doc = read_document(photo.getvalue(), "photo.jpg")

    page = doc.pages[0]
    assert page.width > page.height
    assert page.rotation == 0  # EXIF set it upright; OCR did not have to turn it
    assert HER2_LINE in page.text


def test_tesseract_is_stopped_at_its_page_timeout() -> None:
    limits = Limits(ocr_page_seconds=0.01)

    with pytest.raises(OcrTimeout) as caught:
        read_document((BADINPUTS / "png_named.pdf").read_bytes(), limits=limits)

    assert caught.value.reason == "ocr_timeout"


def test_a_document_over_its_time_limit_is_stopped_and_rejected() -> None:
    limits = Limits(document_seconds=1.0)

    with pytest.raises(ReadTimeout) as caught:
        read_document((CORPUS / "files" / "010.scan.pdf").read_bytes(), limits=limits)

    assert caught.value.reason == "timeout"
