"""Extracted text is printed with bidi and control characters as visible escapes."""

import pytest

from review.web.inert_text import inert


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("HER2 (IHC): 3+", "HER2 (IHC): 3+"),
        ("\u202eevitagen\u202c", "\\u202eevitagen\\u202c"),
        ("a\u2066b\u2069c", "a\\u2066b\\u2069c"),
        ("bell\x07", "bell\\u0007"),
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),
        ("Müller, naïve, 95 %", "Müller, naïve, 95 %"),
    ],
)
def test_inert_shows_controls_as_escapes_and_leaves_text_alone(text: str, shown: str) -> None:
    assert inert(text) == shown
