"""Decide whether a PDF page's text layer is good enough or the page must be OCR'd."""

import unicodedata

from extractors.reading.line_grouping import LineWord

MIN_ALNUM_CHARS = 20
MAX_UNMAPPED_SHARE = 0.3
UNMAPPED_CATEGORIES = {"Co", "Cn", "Cs"}


def needs_ocr(words: list[LineWord]) -> bool:
    """True for an image-only page, a few stray characters, or mostly unmapped glyphs."""
    chars = "".join(word[0] for word in words)
    alnum = sum(ch.isalnum() for ch in chars)
    if alnum < MIN_ALNUM_CHARS:
        return True
    unmapped = sum(_is_unmapped(ch) for ch in chars)
    return unmapped / len(chars) > MAX_UNMAPPED_SHARE


def _is_unmapped(ch: str) -> bool:
    return ch == "\ufffd" or unicodedata.category(ch) in UNMAPPED_CATEGORIES
