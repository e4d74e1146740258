"""Render PDF pages to grey images within a pixel budget, for OCR and for reviewers."""

import io
from itertools import islice

import pypdfium2 as pdfium
from PIL import Image

from extractors.errors import ImageTooLarge
from extractors.limits import Limits

MIN_OCR_DPI = 100.0
# A scanned page is rendered at its scan's own resolution when that lies in this range:
# upscaling the corpus's 200-dpi scans to 300 gained no accuracy (tesseract CPU: about 5% more).
NATIVE_DPI_RANGE = (150.0, 300.0)
FULL_PAGE_SHARE = 0.8
MAX_OBJECTS_INSPECTED = 200


def fitting_dpi(width_pt: float, height_pt: float, dpi: float, max_pixels: int) -> float:
    """The highest DPI at or below `dpi` whose rendering stays within `max_pixels`."""
    pixels_at_72 = max(width_pt, 1.0) * max(height_pt, 1.0)
    budget_dpi = 72.0 * (max_pixels / pixels_at_72) ** 0.5 * 0.995  # renderers round sizes up
    return min(dpi, budget_dpi)


def render_for_ocr(page: pdfium.PdfPage, limits: Limits) -> tuple[Image.Image, float]:
    """The page as grey pixels at the OCR DPI; refuse a page too large to read at 100 dpi."""
    width, height = page.get_size()
    wanted = scan_dpi(page) or limits.ocr_dpi
    if not NATIVE_DPI_RANGE[0] <= wanted <= min(NATIVE_DPI_RANGE[1], limits.ocr_dpi):
        wanted = limits.ocr_dpi
    dpi = fitting_dpi(width, height, wanted, limits.max_pixels)
    if dpi < min(MIN_OCR_DPI, limits.ocr_dpi):
        raise ImageTooLarge(
            f"A page measures {width / 72:.0f}x{height / 72:.0f} inches; rendering it for OCR "
            f"would exceed {limits.max_pixels:,} pixels. Send the report on normal-sized pages."
        )
    return render_grey(page, dpi), dpi


def scan_dpi(page: pdfium.PdfPage) -> float | None:
    """The resolution of an image that covers the page (a scan), or None if there is none."""
    width, height = page.get_size()
    best: float | None = None
    for obj in islice(page.get_objects(max_depth=1), MAX_OBJECTS_INSPECTED):
        if obj.type != pdfium.raw.FPDF_PAGEOBJ_IMAGE:
            continue
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) < FULL_PAGE_SHARE * width * height:
            continue
        px_width, px_height = obj.get_px_size()
        dpi = min(px_width / ((right - left) / 72), px_height / ((top - bottom) / 72))
        best = max(best or 0.0, dpi)
    return best


def render_grey(page: pdfium.PdfPage, dpi: float) -> Image.Image:
    """The page rendered in 8-bit grey at `dpi`, with its /Rotate applied."""
    bitmap = page.render(scale=dpi / 72.0, grayscale=True, may_draw_forms=False)
    try:
        return bitmap.to_pil().convert("L")
    finally:
        bitmap.close()


def png_bytes(image: Image.Image, compress_level: int = 4) -> bytes:
    """The image as PNG bytes, compressed at zlib's `compress_level` (Limits.png_compress_level)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=compress_level)
    return buffer.getvalue()
