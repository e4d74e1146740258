"""Reading limits have sane defaults and are overridden by MARKERFLOW_* variables."""

import pytest
from pydantic import ValidationError

from extractors.errors import TooLarge, TooManyPages
from extractors.limits import Limits
from extractors.reading import read_document
from tests.conftest import BADINPUTS


def test_defaults_suit_reports() -> None:
    limits = Limits.from_env({})

    assert 50 <= limits.max_pages < 300
    assert limits.ocr_workers >= 1
    assert limits.ocr_page_seconds < limits.document_seconds


def test_each_limit_can_be_set_from_the_environment() -> None:
    limits = Limits.from_env({"MARKERFLOW_MAX_PAGES": "3", "MARKERFLOW_OCR_WORKERS": "1"})

    assert (limits.max_pages, limits.ocr_workers) == (3, 1)


def test_a_nonsense_limit_is_refused_at_start_not_at_the_first_file() -> None:
    with pytest.raises(ValidationError):
        Limits.from_env({"MARKERFLOW_MAX_PAGES": "-1"})


def test_the_page_limit_rejects_longer_documents() -> None:
    with pytest.raises(TooManyPages):
        read_document((BADINPUTS / "control_report.pdf").read_bytes(), limits=Limits(max_pages=1))


def test_the_byte_limit_rejects_before_any_parsing() -> None:
    with pytest.raises(TooLarge) as caught:
        read_document((BADINPUTS / "control_report.pdf").read_bytes(), limits=Limits(max_bytes=100))

    assert caught.value.reason == "too_large"
