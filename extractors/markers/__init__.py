"""Marker extraction: every result a report states, with the words that state it."""

from extractors.markers.extraction import extract_markers
from extractors.markers.her2 import interpret_her2

__all__ = ["extract_markers", "interpret_her2"]
