"""Render PDF pages to grey images within a pixel budget, for OCR and for reviewers."""

import io

import pypdfium2 as pdfium
from PIL import Image

from extractors.errors import ImageTooLarge
from extractors.limits import Limits

MIN_OCR_DPI = 100.0


def fitting_dpi(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    """The highest DPI at or below `dpi` whose rendering stays within `max_pixels`."""
    pixels_at_72 = max(width_pt, 1.0) * max(height_pt, 1.0)
    budget_dpi = 72.0 * (max_pixels / pixels_at_72) ** 0.5
    return min(dpi, budget_dpi)


def render_for_ocr(page: pdfium.PdfPage, limits: Limits) -> tuple[Image.Image, float]:
    """The page as grey pixels at the OCR DPI; refuse a page too large to read at 100 dpi."""
    width, height = page.get_size()
    dpi = fitting_dpi(width, height, limits.ocr_dpi, limits.max_pixels)
    if dpi < MIN_OCR_DPI:
        raise ImageTooLarge(
            f"A page measures {width / 72:.0f}x{height / 72:.0f} inches; rendering it for OCR "
            f"would exceed {limits.max_pixels:,} pixels. Send the report on normal-sized pages."
        )
    return render_grey(page, dpi), dpi


def render_grey(page: pdfium.PdfPage, dpi: float) -> Image.Image:
    """The page rendered in 8-bit grey at `dpi`, with its /Rotate applied."""
    bitmap = page.render(scale=dpi / 72.0, grayscale=True, may_draw_forms=False)
    try:
        return bitmap.to_pil().convert("L")
    finally:
        bitmap.close()


def png_bytes(image: Image.Image) -> bytes:
    """The image as PNG bytes."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=6)
    return buffer.getvalue()
