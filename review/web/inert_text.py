"""Extracted text made inert for display: bidi and other control characters shown as escapes."""

import unicodedata
from typing import Any

from markupsafe import Markup

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
KEPT_CONTROLS = frozenset("\n\t")


def _visible(character: str) -> str:
    return f"\\u{ord(character):04x}"


def _needs_escape(character: str) -> bool:
    if character in KEPT_CONTROLS:
        return False
    return character in BIDI_CONTROLS or unicodedata.category(character) in {"Cc", "Cf"}


def inert(text: str) -> str:
    """The text with bidi overrides and control characters written as visible escapes."""
    if not any(_needs_escape(c) for c in text):
        return text
    return "".join(_visible(c) if _needs_escape(c) else c for c in text)


def finalize(value: Any) -> Any:
    """Jinja's finalize hook: every string a template prints goes through inert()."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return inert(value)
    if value is None:
        return ""
    return value
