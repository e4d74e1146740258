"""What an input is, from its magic bytes alone: the file name is only checked against it."""

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath

from extractors.errors import EmptyInput, UnsupportedType
from schemas import DocumentFlag

PDF_HEADER_WINDOW = 1024


class MediaType(StrEnum):
    """The input types markerflow reads."""

    PDF = "application/pdf"
    TIFF = "image/tiff"
    PNG = "image/png"
    JPEG = "image/jpeg"
    GIF = "image/gif"
    WEBP = "image/webp"


EXTENSIONS = {
    MediaType.PDF: {".pdf"},
    MediaType.TIFF: {".tif", ".tiff"},
    MediaType.PNG: {".png"},
    MediaType.JPEG: {".jpg", ".jpeg", ".jpe", ".jfif"},
    MediaType.GIF: {".gif"},
    MediaType.WEBP: {".webp"},
}

IMAGE_MAGIC = (
    (b"II*\x00", MediaType.TIFF),
    (b"MM\x00*", MediaType.TIFF),
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"GIF87a", MediaType.GIF),
    (b"GIF89a", MediaType.GIF),
)


@dataclass(frozen=True)
class Sniffed:
    """The type found, where a PDF really starts, and what looked odd."""

    media_type: MediaType
    pdf_offset: int = 0
    flags: list[DocumentFlag] = field(default_factory=list)


def sniff(data: bytes, filename: str | None = None) -> Sniffed:
    """Find the input's type from its bytes; raise EmptyInput or UnsupportedType."""
    if not data:
        raise EmptyInput("The file is empty (0 bytes); upload it again once it is complete.")
    media_type, pdf_offset = _media_type(data)
    flags = []
    if pdf_offset:
        flags.append(DocumentFlag.LEADING_JUNK)
    if media_type is MediaType.PDF and has_trailing_data(data):
        flags.append(DocumentFlag.TRAILING_DATA)
    if filename is not None and _extension_mismatch(filename, media_type):
        flags.append(DocumentFlag.EXTENSION_MISMATCH)
    return Sniffed(media_type=media_type, pdf_offset=pdf_offset, flags=flags)


def _media_type(data: bytes) -> tuple[MediaType, int]:
    for magic, media_type in IMAGE_MAGIC:
        if data.startswith(magic):
            return media_type, 0
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return MediaType.WEBP, 0
    offset = data.find(b"%PDF-", 0, PDF_HEADER_WINDOW)
    if offset >= 0:
        return MediaType.PDF, offset
    raise UnsupportedType(
        "The file is not a PDF, TIFF, PNG, JPEG, GIF or WebP (its first bytes match none of "
        "them); export the report as PDF or scan it to an image."
    )


def has_trailing_data(data: bytes) -> bool:
    """True when bytes other than whitespace follow the PDF's last %%EOF marker."""
    end = data.rfind(b"%%EOF")
    return end >= 0 and bool(data[end + 5 :].strip())


def _extension_mismatch(filename: str, media_type: MediaType) -> bool:
    suffix = PurePosixPath(filename.replace("\\", "/")).suffix.lower()
    return bool(suffix) and suffix not in EXTENSIONS[media_type]
