"""The one place where markerflow's reading errors live: the file's fault, or markerflow's.

A `RejectedInput` is the file's fault and carries a reason code and advice for its sender. An
`InternalError` is markerflow's fault: the file is kept and read again after an upgrade, and
no one is asked to send it again.
"""

from types import TracebackType

from schemas.error_trace import ErrorTrace, error_trace
from schemas.rejection import RejectReason

# The libraries that parse a file's bytes while reading: an error raised inside one of them
# (pdfminer raises TypeError, KeyError, AssertionError ... on malformed input by design) means
# the bytes were malformed. Any other origin, markerflow's own code first, is markerflow's fault.
PARSING_LIBRARIES = frozenset({"pdfminer", "pypdfium2", "pypdfium2_raw", "PIL"})
OUR_PACKAGES = frozenset({"schemas", "extractors", "flows", "review"})


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


class InternalError(Exception):
    """markerflow failed while reading a file that is not at fault; retry it after an upgrade.

    Holds the error's type and the PHI-free trace of where it was raised (in the reader's
    child process, where it happened), never its message.
    """

    def __init__(self, error_type: str, cause_trace: ErrorTrace, transient: bool = False) -> None:
        super().__init__(
            f"internal error: markerflow failed while reading ({error_type}); the file is not "
            "at fault"
        )
        self.error_type = error_type
        self.cause_trace = cause_trace
        self.transient = transient

    @classmethod
    def from_error(cls, error: BaseException) -> "InternalError":
        """The InternalError standing for `error`; an OSError (a full disk) may pass."""
        return cls(type(error).__name__, error_trace(error), transient=isinstance(error, OSError))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.error_type, self.cause_trace, self.transient))


def file_is_to_blame(error: BaseException) -> bool:
    """Whether an unexpected error was raised by a parsing library meeting the file's bytes.

    The innermost frame that is markerflow's own code or a parsing library's decides; the
    standard library and other packages (a library's own helpers, numpy) are looked through.
    When no frame decides, markerflow is to blame: a bug is never blamed on the sender.
    """
    for module in reversed(_frame_modules(error.__traceback__)):
        root = module.partition(".")[0]
        if root in PARSING_LIBRARIES:
            return True
        if root in OUR_PACKAGES:
            return False
    return False


def _frame_modules(traceback: TracebackType | None) -> list[str]:
    modules = []
    while traceback is not None:
        modules.append(str(traceback.tb_frame.f_globals.get("__name__", "")))
        traceback = traceback.tb_next
    return modules
