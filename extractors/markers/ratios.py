"""ISH ratios a report writes with the gene's own name ('Ratio EGFR/CEP7: 1.10').

Also a ratio under its own heading in a row of counts (ratio_under_its_column).
"""

import re

from extractors.markers.line_bounds import end_of_line
from extractors.markers.values import RATIO_WORD
from extractors.markers.variant_tables import marker_named
from schemas.markers import Marker

# ratio_by_probe_pair: the pair may be joined by a colon as by a slash ('HER2:CEP17 3.16',
# 'MET:CEP7 1.10'); MET, a word too, names the gene before its centromere's probe, which some
# laboratories write CEN ('MET/CEN7 = 1.3', 'HER2/CEN17 2.4').
_NAMED_RATIO = re.compile(
    r"(?<![\w/])([A-Za-z][A-Za-z0-9\-]{1,10})\s*+[/:]\s*+CE[PN]\s?\.?\s?\d{1,2}\s*+"
    rf"(?:{RATIO_WORD}\b)?"
    r"\s*+[:=.]?\s*+(?:(?:of|was|is)\s++)?(?<![<>≤≥])(\d{1,2}\.\d{1,3})(?!\d)"
    r"(?!\s*+(?:or|and|to|-|–)\s*+(?:[<>≤≥]|\d|greater|more|higher|less|lower|above|below))",
    re.IGNORECASE,
)


_PROBE_GENES = {"MET": Marker.MET}


def named_ratios(text: str) -> dict[Marker, set[float]]:
    """Every ratio a page states next to '<gene>/CEP<n>', by marker."""
    found: dict[Marker, set[float]] = {}
    upper = text.upper()
    if "CEP" not in upper and "CEN" not in upper:
        return found
    for match in _NAMED_RATIO.finditer(text):
        marker = marker_named(match.group(1)) or _PROBE_GENES.get(match.group(1).upper())
        if marker is not None:
            found.setdefault(marker, set()).add(float(match.group(2)))
    return found


# ratio_under_its_column: a header of per-cell counts and the ratio over a row of numbers
# ('Mean HER2 signals/cell  Mean CEP17 signals/cell  HER2/CEP17 ratio' over '4.1  2.0  2.05'):
# the ratio is the row's number under its own heading, not the first number after the word.
_RATIO_HEADER = re.compile(r"^(?P<head>[^\n]*?)\bratio\b[^\n\d]*\n", re.IGNORECASE | re.MULTILINE)
_PER_CELL_HEADING = re.compile(r"(?:/[ \t]*|\bper[ \t]+)(?:cell|nucleus|nuclei)\b", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"[ \t|]*(\d{1,2}(?:\.\d{1,3})?)(?=[ \t|]|$)", re.MULTILINE)
_HEADER_GENE = re.compile(
    r"(?<![\w/])([A-Za-z][A-Za-z0-9\-]{1,10})(?=\s*/\s*CEP|\s+(?:signals|copies))"
)


def column_ratios(text: str) -> dict[Marker, tuple[float, set[float]]]:
    """Each gene's ratio under its heading, with the row's per-cell counts before it."""
    found: dict[Marker, tuple[float, set[float]]] = {}
    for header in _RATIO_HEADER.finditer(text):
        head = header.group("head")
        columns = len(_PER_CELL_HEADING.findall(head))
        genes = {m for g in _HEADER_GENE.findall(head) if (m := marker_named(g)) is not None}
        if not columns or len(genes) != 1:
            continue
        numbers: list[str] = []
        position = header.end()
        while len(numbers) <= columns and (number := _ROW_NUMBER.match(text, position)):
            numbers.append(number.group(1))
            position = number.end()
        if len(numbers) <= columns and _LAST_COLUMN.fullmatch(header.group(0)):
            numbers = _numbers_from_the_end(text, header.end(), columns)
        if len(numbers) > columns and "." in numbers[columns]:
            counts = {float(n) for n in numbers[:columns]}
            found[genes.pop()] = (float(numbers[columns]), counts)
    return found


# ratio_in_the_last_column: where the ratio heads the last column and cells without its counts
# come first ('Cells counted  Avg HER2 signals/cell  Avg CEP17 signals/cell  HER2/CEP17 ratio'
# over '60 (two observers)  2.9  2.2  1.3'), the row's last numbers are the counts and the ratio.
_LAST_COLUMN = re.compile(r"[^\n]*\bratio[ \t|]*\n", re.IGNORECASE)
_ROW_END = re.compile(r"(?<![ \t|])(?:[ \t|]++(\d{1,2}(?:\.\d{1,3})?))++[ \t|]*+$")
_CELL_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,3})?")


def _numbers_from_the_end(text: str, row_start: int, columns: int) -> list[str]:
    """The per-cell counts and the ratio that end the row under the header, in order."""
    row = text[row_start : end_of_line(text, row_start)]
    tail = _ROW_END.search(row)
    if tail is None:
        return []
    numbers = _CELL_NUMBER.findall(tail.group(0))
    return numbers[-(columns + 1) :] if len(numbers) > columns else []
