"""A receptor table with one column per specimen: each row states one result per column.

    Marker   A (breast)   B (node)
    ER       95%          90%
    PR       30%          0%
    HER2 IHC 1+           3+

The header names the specimens (parts, blocks, slides, or letters with their sites); each row
starts with a marker's name, then holds one cell per specimen: a share, a score or a verdict.
Page text joins a row's words with single spaces, so the cells are told apart by their own
shape, and a row is read only when its cells are exactly as many as the header's columns.
"""

import re
from dataclasses import dataclass

from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import read_values, status_from_values
from schemas.markers import Aspect, Marker, Status

# One specimen's column name: 'Part A', 'Block 2', 'Specimen B', 'Slide A3', or a letter with
# its site in brackets ('A (breast)').
_COLUMN = (
    r"(?:(?:part|block|specimen|slide|sample)[ \t]*#?[ \t]*[A-Z0-9]{1,3}"
    r"|[A-Z]\d{0,2}[ \t]*\([^()\n]{1,25}\))"
)
# The first column's name, if the header gives one.
_FIRST = r"(?:(?:marker|stain|antibody|test|biomarker|immunostain)s?[ \t]*)?"
_HEADER = re.compile(
    rf"[ \t]*{_FIRST}(?P<columns>{_COLUMN}(?:[ \t]+{_COLUMN})+)[ \t]*", re.IGNORECASE
)
_ONE_COLUMN = re.compile(_COLUMN, re.IGNORECASE)
_VERDICT_WORDS = (
    (Status.NEGATIVE, r"negative|not[ \t]+amplified|lost|loss|absent"),
    (Status.POSITIVE, r"positive|amplified|intact|retained|present"),
    (Status.EQUIVOCAL, r"equivocal|borderline"),
)
_VERDICT = "|".join(words for _, words in _VERDICT_WORDS)
# One cell: a verdict (with a note in brackets), a share of cells, or a 0-3+ score.
_CELL = re.compile(
    rf"(?:{_VERDICT})(?:[ \t]*\([^()\n]{{0,20}}\))?"
    r"|[<>]?[ \t]*\d{1,3}(?:\.\d)?(?:[ \t]*[\-–][ \t]*\d{1,3})?[ \t]*%|[0-3][ \t]*\+|0(?![\d.%])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"[ \t]+")
# Words a row may give between the marker's name and its cells: the method, the clone.
_METHOD = re.compile(
    r"(?:[ \t]+(?:by[ \t]+)?(?:IHC|FISH|ISH|CISH|SISH|status|\([\w\-./ ]{1,12}\)))*[ \t]*:?",
    re.IGNORECASE,
)
_ISH = re.compile(r"\b(?:F|C|S|D)?ISH\b", re.IGNORECASE)
_ROWS = 12


@dataclass
class ColumnRow:
    """One row's mention and the findings of its cells."""

    index: int
    findings: list[Finding]


def read_specimen_columns(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[ColumnRow]:
    """The rows of every table whose header names two specimens or more."""
    starts = {m.start: i for i, m in enumerate(mentions) if not m.implied and i not in owned}
    rows: list[ColumnRow] = []
    for header in _headers(text):
        labels = [m.group(0) for m in _ONE_COLUMN.finditer(header.group("columns"))]
        position = header.end()
        for _ in range(_ROWS):
            if position >= len(text):
                break
            line_end = text.find("\n", position + 1)
            line_end = len(text) if line_end == -1 else line_end
            row = _row(text, position + 1, line_end, starts, mentions, rules, labels)
            if row is None:
                break
            rows.append(row)
            position = line_end
    return rows


def _headers(text: str) -> list[re.Match[str]]:
    found = []
    start = 0
    for line_end in [*(m.start() for m in re.finditer(r"\n", text)), len(text)]:
        header = _HEADER.fullmatch(text, start, line_end)
        if header is not None:
            found.append(header)
        start = line_end + 1
    return found


def _row(
    text: str,
    start: int,
    end: int,
    starts: dict[int, int],
    mentions: list[Mention],
    rules: dict[Marker, MarkerRules],
    labels: list[str],
) -> ColumnRow | None:
    lead = len(text[start:end]) - len(text[start:end].lstrip(" \t-•*"))
    index = starts.get(start + lead)
    if index is None:
        return None
    mention = mentions[index]
    method = _METHOD.match(text, mention.end, end)
    cells_start = method.end() if method else mention.end
    cells = _cells(text, cells_start, end)
    if cells is None or len(cells) != len(labels):
        return None
    rule = rules[mention.marker]
    named = text[mention.end : cells_start]
    aspect = Aspect.AMPLIFICATION if _ISH.search(named) else Aspect.EXPRESSION
    if aspect not in rule.aspects:
        return None
    findings = []
    for label, cell in zip(labels, cells, strict=True):
        finding = _cell_finding(text, mention, rule, aspect, cell, label)
        if finding is None:
            return None  # a cell that states nothing: not a table of results
        findings.append(finding)
    return ColumnRow(index, findings)


def _cells(text: str, start: int, end: int) -> list[re.Match[str]] | None:
    """The row's cells from start to the line's end, or None if any words are no cell."""
    cells: list[re.Match[str]] = []
    position = start
    while True:
        gap = _SPACE.match(text, position, end)
        position = gap.end() if gap else position
        if position >= end:
            return cells
        cell = _CELL.match(text, position, end)
        if cell is None or (cell.end() < end and not text[cell.end()].isspace()):
            return None
        cells.append(cell)
        position = cell.end()


def _cell_finding(
    text: str,
    mention: Mention,
    rule: MarkerRules,
    aspect: Aspect,
    cell: re.Match[str],
    label: str,
) -> Finding | None:
    words = cell.group(0)
    values = read_values(words)
    if values.ihc_score is None and re.fullmatch(r"[0-3][ \t]*\+|0", words):
        values = read_values(f"score {words}")
    stated = next(
        (s for s, w in _VERDICT_WORDS if re.match(rf"(?:{w})\b", words, re.IGNORECASE)), None
    )
    status = status_from_values(rule, aspect, stated, values, words)
    if status is None:
        return None
    return Finding(
        marker=mention.marker,
        aspect=aspect,
        status=status,
        start=mention.start,
        end=cell.end(),
        values=values,
        specimen=_specimen(label),
    )


def _specimen(label: str) -> str:
    """The column's specimen as the report names it: 'A', 'Block 2'."""
    letter = re.match(r"([A-Z]\d{0,2})[ \t]*\(", label)
    return letter.group(1) if letter else " ".join(label.split())
