"""OCR one page image: scale to ~300 dpi, level it, turn it upright, and place words in points."""

import math
from dataclasses import dataclass, field

from PIL import Image

from extractors.limits import Limits
from extractors.reading.deskew import skew_angle
from extractors.reading.dot_leaders import find_leaders, with_leaders, without_leaders
from extractors.reading.line_grouping import LineWord, group_rows
from extractors.reading.page_cleaning import cleaned_for_ocr
from extractors.reading.tesseract_run import PixelWord, ocr_words, orientation
from extractors.reading.tesseract_slots import tesseract_slot
from schemas.document import Box

TARGET_DPI = 300.0
# Pages between these resolutions go to tesseract as they are: 200-dpi faxes read as well as
# when upscaled to 300 (measured on corpus faxes 024 and 010) and cost about 28% less.
DPI_TOLERANCE = (150.0, 400.0)
GOOD_CONFIDENCE = 60.0
MIN_ORIENTATION_CONFIDENCE = 2.0


@dataclass
class OcrPage:
    """What OCR read on a page: lines of words with boxes in points, and how it was turned."""

    lines: list[list[LineWord]] = field(default_factory=list)
    rotation: int = 0
    mean_confidence: float | None = None


@dataclass(frozen=True)
class Placement:
    """How the image tesseract saw maps back onto the page: scale, then rotation about centre."""

    scale: float
    angle: float
    source_size: tuple[int, int]
    rotated_size: tuple[int, int]
    points_per_pixel: float

    def box(self, word: PixelWord) -> Box:
        """The word's box in points on the page as stored (before any turning)."""
        corners = [
            self._to_source(x, y)
            for x in (word.left, word.left + word.width)
            for y in (word.top, word.top + word.height)
        ]
        xs = [x * self.points_per_pixel for x, _ in corners]
        ys = [y * self.points_per_pixel for _, y in corners]
        return (min(xs), min(ys), max(xs), max(ys))

    def _to_source(self, x: float, y: float) -> tuple[float, float]:
        theta = math.radians(self.angle)
        dx, dy = x - self.rotated_size[0] / 2, y - self.rotated_size[1] / 2
        sx = dx * math.cos(theta) - dy * math.sin(theta) + self.source_size[0] / 2
        sy = dx * math.sin(theta) + dy * math.cos(theta) + self.source_size[1] / 2
        return sx / self.scale, sy / self.scale


def ocr_page(image: Image.Image, dpi: float, limits: Limits) -> OcrPage:
    """Read a grey page image taken at `dpi`; boxes come back in points of that image.

    The page holds one of the machine's tesseract slots (`limits.lock_dir`) while it is read.
    """
    scale = 1.0 if DPI_TOLERANCE[0] <= dpi <= DPI_TOLERANCE[1] else TARGET_DPI / dpi
    scaled = _scaled(image, scale)
    with tesseract_slot(limits.lock_dir):
        best = _read_turned(scaled, 0, image, scale, dpi, limits)
        if _looks_wrong(best):
            turn, confidence = orientation(scaled, limits.ocr_page_seconds)
            if turn and confidence >= MIN_ORIENTATION_CONFIDENCE:
                turned = _read_turned(scaled, turn, image, scale, dpi, limits)
                if _score(turned) > _score(best):
                    best = turned
    return best


def _read_turned(
    scaled: Image.Image, turn: int, original: Image.Image, scale: float, dpi: float, limits: Limits
) -> OcrPage:
    upright = scaled.rotate(-turn, expand=True) if turn else scaled
    skew = skew_angle(upright)
    levelled = (
        upright.rotate(skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        if skew
        else upright
    )
    # Rules and dark bands off (page_cleaning.py); the image keeps its size, so boxes hold.
    prepared = cleaned_for_ocr(levelled, dpi * scale)
    placement = Placement(
        scale=scale,
        angle=skew - turn,
        source_size=scaled.size,
        rotated_size=prepared.size,
        points_per_pixel=72.0 / dpi,
    )
    # Leaders of dots are read without their dots and put back as words (dot_leaders.py).
    leaders = find_leaders(prepared, dpi * scale)
    words = ocr_words(without_leaders(prepared, leaders), limits.ocr_page_seconds)
    return _as_page(with_leaders(words, leaders), placement, turn)


def _as_page(words: list[PixelWord], placement: Placement, turn: int) -> OcrPage:
    lines: list[list[LineWord]] = []
    last_key = None
    for word in words:
        if word.line_key != last_key:
            lines.append([])
            last_key = word.line_key
        lines[-1].append((word.text, placement.box(word), word.confidence))
    confidences = [word.confidence for word in words]
    mean = sum(confidences) / len(confidences) if confidences else None
    # Tesseract's lines in the page's rows, as a text layer's words are (line_grouping.py).
    return OcrPage(lines=group_rows(lines), rotation=turn, mean_confidence=mean)


def _scaled(image: Image.Image, scale: float) -> Image.Image:
    if scale == 1.0:
        return image
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS if scale > 1 else Image.Resampling.BILINEAR)


def _looks_wrong(page: OcrPage) -> bool:
    return page.mean_confidence is None or page.mean_confidence < GOOD_CONFIDENCE


def _score(page: OcrPage) -> float:
    """Confident words read: a page upside down gives few."""
    return sum(1 for line in page.lines for word in line if (word[2] or 0) >= GOOD_CONFIDENCE)
