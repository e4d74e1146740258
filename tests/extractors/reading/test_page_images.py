"""Page pictures for reviewers: one grey PNG per page, never larger than the review budget."""

import io

from PIL import Image

from extractors.limits import Limits
from extractors.reading import read_document, render_page_images
from extractors.reading.page_images import REVIEW_MAX_PIXELS
from tests.conftest import BADINPUTS, CORPUS


def test_every_page_of_a_pdf_gets_a_png_at_the_asked_resolution() -> None:
    data = (CORPUS / "files" / "010.pdf").read_bytes()
    doc = read_document(data, "010.pdf")

    images = render_page_images(data, doc, dpi=100)

    assert sorted(images) == [page.number for page in doc.pages]
    first = Image.open(io.BytesIO(images[1]))
    assert first.format == "PNG"
    assert first.size == (
        round(doc.pages[0].width * 100 / 72),
        round(doc.pages[0].height * 100 / 72),
    )


def test_an_image_input_is_pictured_at_its_page_size_in_points() -> None:
    data = (BADINPUTS / "report_gif.gif").read_bytes()
    doc = read_document(data, "report_gif.gif")

    images = render_page_images(data, doc, dpi=72)

    picture = Image.open(io.BytesIO(images[1]))
    assert abs(picture.width - doc.pages[0].width) <= 1


def test_a_huge_resolution_request_is_held_to_the_pixel_budget() -> None:
    data = (CORPUS / "files" / "010.pdf").read_bytes()
    doc = read_document(data, "010.pdf")

    images = render_page_images(data, doc, dpi=1200)

    picture = Image.open(io.BytesIO(images[1]))
    assert picture.width * picture.height <= REVIEW_MAX_PIXELS


def test_a_lower_compression_level_gives_the_same_pixels_in_larger_files() -> None:
    """MARKERFLOW_PNG_COMPRESS_LEVEL trades storage for CPU; reviewers see the same pages."""
    data = (CORPUS / "files" / "014.pdf").read_bytes()
    doc = read_document(data, "014.pdf")
    quick = Limits.from_env({"MARKERFLOW_PNG_COMPRESS_LEVEL": "1"})

    usual = render_page_images(data, doc, limits=Limits())
    larger = render_page_images(data, doc, limits=quick)

    assert sorted(larger) == sorted(usual)
    for number, png in usual.items():
        assert len(larger[number]) > len(png)
        assert (
            Image.open(io.BytesIO(larger[number])).tobytes()
            == Image.open(io.BytesIO(png)).tobytes()
        )
