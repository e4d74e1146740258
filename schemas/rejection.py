"""Reason codes for inputs that markerflow refuses, shared by the reader, ledger and CLI."""

from enum import StrEnum


class RejectReason(StrEnum):
    """Why an input was rejected; stable codes that ops and tests can match on."""

    EMPTY = "empty"
    UNSUPPORTED_TYPE = "unsupported_type"
    CORRUPT = "corrupt"
    ENCRYPTED = "encrypted"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    IMAGE_TOO_LARGE = "image_too_large"
    IMAGE_TOO_SMALL = "image_too_small"
    RESOURCE_LIMIT = "resource_limit"
    TIMEOUT = "timeout"
    OCR_TIMEOUT = "ocr_timeout"
    OCR_FAILED = "ocr_failed"
