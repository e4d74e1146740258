"""Page pictures for the review app's evidence view: grey PNGs, bounded in pixels."""

import pypdfium2 as pdfium
from PIL import Image

from extractors.limits import Limits
from extractors.reading.image_loading import raster_pages
from extractors.reading.page_rendering import fitting_dpi, png_bytes, render_grey
from extractors.reading.sniffing import MediaType, Sniffed

REVIEW_MAX_PIXELS = 4_000_000


def page_images(
    data: bytes, sniffed: Sniffed, wanted: frozenset[int], dpi: int, limits: Limits
) -> dict[int, bytes]:
    """PNG per wanted page number, at `dpi` or less so no image exceeds the review budget."""
    if sniffed.media_type is MediaType.PDF:
        return _pdf_images(data[sniffed.pdf_offset :], wanted, dpi, limits.png_compress_level)
    images = {}
    for index, raster in enumerate(raster_pages(data, sniffed.media_type, limits)):
        if index + 1 in wanted:
            images[index + 1] = png_bytes(
                _resized(raster.image, raster.width_points, raster.height_points, dpi),
                limits.png_compress_level,
            )
    return images


def _pdf_images(data: bytes, wanted: frozenset[int], dpi: int, level: int) -> dict[int, bytes]:
    pdf = pdfium.PdfDocument(data)
    try:
        images = {}
        for number in sorted(wanted):
            page = pdf[number - 1]
            try:
                width, height = page.get_size()
                page_dpi = fitting_dpi(width, height, dpi, REVIEW_MAX_PIXELS)
                images[number] = png_bytes(render_grey(page, page_dpi), level)
            finally:
                page.close()
        return images
    finally:
        pdf.close()


def _resized(image: Image.Image, width_pt: float, height_pt: float, dpi: int) -> Image.Image:
    page_dpi = fitting_dpi(width_pt, height_pt, dpi, REVIEW_MAX_PIXELS)
    size = (max(1, round(width_pt * page_dpi / 72)), max(1, round(height_pt * page_dpi / 72)))
    return image.resize(size, Image.Resampling.BILINEAR) if size != image.size else image
