"""Allele fractions from a sequencing report's variant table: 'Gene ... Variant ... VAF' rows."""

import re
from functools import cache

from extractors.markers.rules import load_rules
from schemas.markers import Marker

# A header row that names the gene column and an allele-fraction column.
_HEADER = re.compile(
    r"^(?=[^\n]*\bGenes?\b)[^\n]*?\b(VAF|NAF|MAF|AF|allele\s+(?:fraction|frequency))\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ANY_FRACTION = re.compile(r"\b(?:[VNM]?AF|allele)\b", re.IGNORECASE)
# Numeric columns that may stand before the fraction column in a row.
_NUMERIC_HEADER = re.compile(r"\b(?:depth|coverage|reads|copy\s+number|CN)\b", re.IGNORECASE)
_ROW = re.compile(r"^[ \t]*([A-Z][A-Z0-9]{1,7})\b([^\n]*)$", re.MULTILINE)
# Where the variant is written: p.R172M, c.35G>A, a transcript NM_002524.4.
_VARIANT = re.compile(r"\bp\.\S+|\bc\.\S+|\bNM_\d+(?:\.\d+)?")
_NUMBER = re.compile(r"(?<![\w.>+\-/])(\d{1,3}(?:\.\d+)?)(\s?%)?(?![\w./%])")
_TABLE_REACH = 2500


@cache
def _gene_names() -> tuple[tuple[Marker, re.Pattern[str]], ...]:
    return tuple((rule.marker, rule.name_pattern()) for rule in load_rules())


def allele_fractions(text: str) -> dict[Marker, str]:
    """'NAF 0.32' or 'VAF 21%' per marker, from the rows under an allele-fraction header."""
    found: dict[Marker, str] = {}
    if not _ANY_FRACTION.search(text):
        return found
    for header in _HEADER.finditer(text):
        label = header.group(1).upper() if len(header.group(1)) <= 3 else "VAF"
        before_fraction = header.group(0)[: header.start(1) - header.start()]
        column = len(_NUMERIC_HEADER.findall(before_fraction))
        table = text[header.end() : header.end() + _TABLE_REACH]
        for row in _ROW.finditer(table):
            marker = marker_named(row.group(1))
            variant = _VARIANT.search(row.group(2))
            if marker is None or marker in found or variant is None:
                continue
            after = row.group(2)[variant.end() :]
            last = _VARIANT.search(after)
            while last:  # numbers come after the last variant notation of the row
                after = after[last.end() :]
                last = _VARIANT.search(after)
            numbers = list(_NUMBER.finditer(after))
            if len(numbers) <= column:
                continue
            number, percent = numbers[column].group(1), numbers[column].group(2)
            if float(number) > 100:
                continue
            found[marker] = f"{label} {number}{'%' if percent or float(number) > 1 else ''}"
    return found


def marker_named(token: str) -> Marker | None:
    """The marker a table cell or a gene symbol names, if any."""
    for marker, pattern in _gene_names():
        if pattern.fullmatch(token):
            return marker
    return None
