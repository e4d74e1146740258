"""The calls to tesseract (through pytesseract): words with boxes, and page orientation."""

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

import pytesseract
from PIL import Image

from extractors.errors import OcrFailed, OcrTimeout

# psm 3 (automatic layout) keeps table rows together; psm 6 scrambled them (notes/stack.md).
# Inverted-text detection only matters for white-on-black pages and costs time on every page.
WORDS_CONFIG = "--psm 3 -c tessedit_do_invert=0"
OSD_CONFIG = "--psm 0"
ROTATE = re.compile(r"Rotate:\s*(\d+)")
ORIENTATION_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


@dataclass(frozen=True)
class PixelWord:
    """A word tesseract found, in pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line_key: tuple[int, int, int]


def ocr_words(image: Image.Image, timeout: float) -> list[PixelWord]:
    """Every word tesseract reads on the image, in its reading order."""
    data = _run(
        image,
        timeout,
        lambda path: pytesseract.image_to_data(
            path, config=WORDS_CONFIG, output_type=pytesseract.Output.DICT, timeout=timeout
        ),
    )
    words = []
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if int(data["level"][i]) != 5 or confidence < 0 or not str(text).strip():
            continue
        words.append(
            PixelWord(
                text=str(text).strip(),
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                confidence=min(max(confidence, 0.0), 100.0),
                line_key=(
                    int(data["block_num"][i]),
                    int(data["par_num"][i]),
                    int(data["line_num"][i]),
                ),
            )
        )
    return words


def orientation(image: Image.Image, timeout: float) -> tuple[int, float]:
    """Clockwise degrees that would set the page upright, and tesseract's confidence in it."""
    try:
        text = _run(
            image,
            timeout,
            lambda path: pytesseract.image_to_osd(path, config=OSD_CONFIG, timeout=timeout),
        )
    except OcrFailed:
        return 0, 0.0  # too little text to tell; keep the page as it is
    rotate, confidence = ROTATE.search(text), ORIENTATION_CONFIDENCE.search(text)
    if rotate is None or confidence is None:
        return 0, 0.0
    return int(rotate.group(1)) % 360, float(confidence.group(1))


def _run[T](image: Image.Image, timeout: float, call: Callable[[str], T]) -> T:
    # An uncompressed grey file: cheaper for both sides than pytesseract's default PNG.
    handle, path = tempfile.mkstemp(suffix=".pgm", prefix="markerflow-ocr-")
    os.close(handle)
    try:
        image.save(path, format="PPM")
        return call(path)
    except pytesseract.TesseractNotFoundError as err:
        raise OcrFailed("Tesseract is not installed; run scripts/bootstrap.") from err
    except pytesseract.TesseractError as err:
        raise OcrFailed(
            f"Tesseract failed on a page (exit status {err.status}); check the installation."
        ) from err
    except RuntimeError as err:  # other RuntimeError: it killed tesseract at timeout
        raise OcrTimeout(
            f"Tesseract took more than {timeout:.0f} s on a page; the page may be noise "
            "or a huge image. Scan it again, or raise MARKERFLOW_OCR_PAGE_SECONDS."
        ) from err
    finally:
        os.unlink(path)
