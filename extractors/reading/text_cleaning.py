"""Strip characters that change how text looks without being text (bidi overrides, controls)."""

import unicodedata

INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean_word(text: str) -> str:
    """The word without control, format (bidi, zero-width), surrogate or unassigned characters."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(ch for ch in text if unicodedata.category(ch) not in INVISIBLE_CATEGORIES)
