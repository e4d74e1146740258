"""Decide whether a PDF page's text layer is good enough or the page must be OCR'd."""

import re
from itertools import islice

from extractors.reading.line_grouping import LineWord

MIN_ALNUM_CHARS = 20
MAX_UNMAPPED_SHARE = 0.3
# Glyphs without a Unicode mapping come out as U+FFFD or private-use code points.
UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")


def needs_ocr(words: list[LineWord]) -> bool:
    """True for an image-only page, a few stray characters, or mostly unmapped glyphs."""
    chars = "".join(word[0] for word in words)
    if sum(1 for _ in islice(filter(str.isalnum, chars), MIN_ALNUM_CHARS)) < MIN_ALNUM_CHARS:
        return True
    return len(UNMAPPED.findall(chars)) / len(chars) > MAX_UNMAPPED_SHARE
