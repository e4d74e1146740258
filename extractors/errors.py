"""The one place where markerflow's reading errors live, each with a reason code and advice."""

from schemas.rejection import RejectReason


class RejectedInput(Exception):
    """An input markerflow refuses; `reason` is a stable code, `message` tells a person what to do.

    Messages never hold report text: only sizes, counts, types and limits.
    """

    default_reason = RejectReason.CORRUPT

    def __init__(self, message: str, reason: RejectReason | None = None) -> None:
        super().__init__(message)
        self.reason: RejectReason = reason or self.default_reason
        self.message = message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message, self.reason))

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.message}"


class EmptyInput(RejectedInput):
    """The file holds no bytes or no pages."""

    default_reason = RejectReason.EMPTY


class UnsupportedType(RejectedInput):
    """The bytes are not a PDF, TIFF, PNG, JPEG, GIF or WebP."""

    default_reason = RejectReason.UNSUPPORTED_TYPE


class CorruptInput(RejectedInput):
    """The file is damaged or malformed beyond a safe repair."""

    default_reason = RejectReason.CORRUPT


class EncryptedInput(RejectedInput):
    """The PDF needs a password to open."""

    default_reason = RejectReason.ENCRYPTED


class TooLarge(RejectedInput):
    """The file has more bytes than the limit."""

    default_reason = RejectReason.TOO_LARGE


class TooManyPages(RejectedInput):
    """The document has more pages than the limit."""

    default_reason = RejectReason.TOO_MANY_PAGES


class ImageTooLarge(RejectedInput):
    """An image or page would need more pixels than the limit."""

    default_reason = RejectReason.IMAGE_TOO_LARGE


class ImageTooSmall(RejectedInput):
    """An image is too small to hold a readable report."""

    default_reason = RejectReason.IMAGE_TOO_SMALL


class ResourceLimit(RejectedInput):
    """Reading needed more memory than allowed, or the reader died."""

    default_reason = RejectReason.RESOURCE_LIMIT


class ReadTimeout(RejectedInput):
    """Reading took longer than the per-document time limit."""

    default_reason = RejectReason.TIMEOUT


class OcrTimeout(RejectedInput):
    """Tesseract took longer than the per-page limit."""

    default_reason = RejectReason.OCR_TIMEOUT


class OcrFailed(RejectedInput):
    """Tesseract failed on a page."""

    default_reason = RejectReason.OCR_FAILED
