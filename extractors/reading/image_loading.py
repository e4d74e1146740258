"""Open raster inputs safely (allow-listed decoders, pixel caps) and yield upright grey pages."""

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.errors import CorruptInput, ImageTooLarge, ImageTooSmall, TooManyPages
from extractors.limits import Limits
from extractors.reading.sniffing import MediaType

PIL_FORMATS = {
    MediaType.TIFF: "TIFF",
    MediaType.PNG: "PNG",
    MediaType.JPEG: "JPEG",
    MediaType.GIF: "GIF",
    MediaType.WEBP: "WEBP",
}
LETTER_WIDTH_INCHES = 8.5
MIN_PLAUSIBLE_DPI = 50.0
MAX_INFERRED_DPI = 600.0


@dataclass
class RasterPage:
    """One frame of an image input as 8-bit grey, upright, with the DPI its size is read at."""

    image: Image.Image
    dpi: float
    dpi_inferred: bool

    @property
    def width_points(self) -> float:
        """Page width in points."""
        return self.image.width * 72.0 / self.dpi

    @property
    def height_points(self) -> float:
        """Page height in points."""
        return self.image.height * 72.0 / self.dpi


def open_image(data: bytes, media_type: MediaType, limits: Limits) -> Image.Image:
    """Open with only the decoder the magic bytes named; refuse bombs and specks."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[PIL_FORMATS[media_type]])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise _too_large() from err
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise CorruptInput(
            f"The {media_type.name} image cannot be decoded; ask the sender to scan it again."
        ) from err
    _check_size(image.width, image.height, limits)
    return image


def raster_pages(data: bytes, media_type: MediaType, limits: Limits) -> Iterator[RasterPage]:
    """Every frame of an image input, decoded, EXIF-rotated and converted to grey."""
    image = open_image(data, media_type, limits)
    frames = getattr(image, "n_frames", 1)
    if frames > limits.max_pages:
        raise TooManyPages(
            f"The image has {frames} pages, more than the limit of {limits.max_pages}; split it."
        )
    for index in range(frames):
        yield _frame(image, index, media_type, limits)


def _frame(image: Image.Image, index: int, media_type: MediaType, limits: Limits) -> RasterPage:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image.seek(index)
            _check_size(image.width, image.height, limits)
            image.load()
            frame = ImageOps.exif_transpose(image) or image
            grey = _to_grey(frame)
    except (ImageTooLarge, ImageTooSmall):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as err:
        raise _too_large() from err
    except (OSError, SyntaxError, ValueError, EOFError) as err:
        raise CorruptInput(
            f"Page {index + 1} of the {media_type.name} image is damaged; "
            "ask the sender to scan it again (no page of it was read)."
        ) from err
    dpi, inferred = frame_dpi(image.info.get("dpi"), grey.width)
    return RasterPage(image=grey, dpi=dpi, dpi_inferred=inferred)


def frame_dpi(declared: object, width_px: int) -> tuple[float, bool]:
    """The declared DPI if plausible, else one inferred from a letter-wide page (72-600)."""
    if isinstance(declared, tuple) and declared and float(declared[0]) >= MIN_PLAUSIBLE_DPI:
        return float(declared[0]), False
    inferred = width_px / LETTER_WIDTH_INCHES
    return min(max(inferred, 72.0), MAX_INFERRED_DPI), True


def _to_grey(frame: Image.Image) -> Image.Image:
    if frame.mode in ("RGBA", "LA", "PA") or "transparency" in frame.info:
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("L")
    return frame.convert("L")


def _check_size(width: int, height: int, limits: Limits) -> None:
    if width * height > limits.max_pixels:
        raise _too_large(width, height, limits)
    if min(width, height) < limits.min_pixels_side:
        raise ImageTooSmall(
            f"The image is {width}x{height} pixels, too small to hold a readable report "
            f"(at least {limits.min_pixels_side} pixels a side); send a real scan."
        )


def _too_large(width: int = 0, height: int = 0, limits: Limits | None = None) -> ImageTooLarge:
    size = f"{width}x{height} pixels" if width else "declared as enormous"
    cap = f" (limit {limits.max_pixels:,} pixels)" if limits else ""
    return ImageTooLarge(f"The image is {size}{cap}; scan the report again at 200-300 dpi.")
