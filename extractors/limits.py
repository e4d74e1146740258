"""How much one input may cost: bytes, pages, pixels, memory, seconds and OCR processes."""

import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

ENV_PREFIX = "MARKERFLOW_"


def _default_ocr_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class Limits(BaseModel):
    """Limits for reading one input; defaults suit reports, `from_env` reads MARKERFLOW_* vars."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_bytes: int = Field(default=100 * 1024 * 1024, gt=0, description="Largest input file.")
    max_pages: int = Field(default=200, gt=0, description="Most pages in one document.")
    max_pixels: int = Field(
        default=60_000_000, gt=0, description="Most pixels in one image or rendered page."
    )
    min_pixels_side: int = Field(
        default=100, gt=0, description="Shortest image side that can still hold a line of text."
    )
    max_memory_mb: int = Field(
        default=1536, gt=0, description="Address-space cap of the parsing child process."
    )
    document_seconds: float = Field(
        default=1800.0, gt=0, description="Wall-clock limit for reading one document."
    )
    ocr_page_seconds: float = Field(
        default=120.0, gt=0, description="Wall-clock limit for tesseract on one page."
    )
    ocr_workers: int = Field(
        default_factory=_default_ocr_workers, gt=0, description="Most tesseract processes at once."
    )
    ocr_dpi: int = Field(default=300, ge=72, le=600, description="Resolution pages are OCR'd at.")
    png_compress_level: int = Field(
        default=4,
        ge=0,
        le=9,
        description="zlib level of the review page images: 4 costs about a fifth less CPU than 6 "
        "for 3% larger files on the corpus, 1 a third less for 24% larger (docs/benchmarks.md).",
    )
    lock_dir: Path | None = Field(
        default=None,
        description="Folder of the machine's tesseract slots, one a core, shared by its readers "
        "(none: only ocr_workers bounds OCR).",
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Limits":
        """Limits with any field overridden by `MARKERFLOW_<FIELD>` (e.g. MARKERFLOW_MAX_PAGES)."""
        env = os.environ if environ is None else environ
        values = {
            name: env[ENV_PREFIX + name.upper()]
            for name in cls.model_fields
            if ENV_PREFIX + name.upper() in env
        }
        return cls.model_validate(values)
