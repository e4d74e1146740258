"""ISH ratios a report writes with the gene's own name: 'Ratio EGFR/CEP7: 1.10'."""

import re

from extractors.markers.variant_tables import marker_named
from schemas.markers import Marker

_NAMED_RATIO = re.compile(
    r"(?<![\w/])([A-Za-z][A-Za-z0-9\-]{1,10})\s*/\s*CEP\s?\.?\s?\d{1,2}\s*(?:ratio\b)?"
    r"\s*[:=.]?\s*(?:(?:of|was|is)\s+)?(?<![<>≤≥])(\d{1,2}\.\d{1,3})(?!\d)"
    r"(?!\s*(?:or|and|to|-|–)\s*(?:[<>≤≥]|\d|greater|more|higher|less|lower|above|below))",
    re.IGNORECASE,
)


def named_ratios(text: str) -> dict[Marker, set[float]]:
    """Every ratio a page states next to '<gene>/CEP<n>', by marker."""
    found: dict[Marker, set[float]] = {}
    if "CEP" not in text.upper():
        return found
    for match in _NAMED_RATIO.finditer(text):
        marker = marker_named(match.group(1))
        if marker is not None:
            found.setdefault(marker, set()).add(float(match.group(2)))
    return found
