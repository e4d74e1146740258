"""A stain table whose header names a Clone column: its rows are results, each share its own.

    Marker | Clone | Result   | Percent          Test   Clone  Result
    ER     | SP1   | Positive | 90%              PD-L1  SP263  TPS 5% (low)
    PR     | 16    | Positive | 40               ALK    D5F3   Negative

A row's share is read from its share column when the header names one ('Percent', '% cells',
'Proportion'), also when the cell gives the number without its sign; the clone's cell is never
a share ('16', '30-9', 'SP263' name antibodies). A row whose bare number cannot be placed in a
share column (no such column, or a table without cell marks whose share column is not the
last) is not read: a result with a wrong share is worse than none.
"""

import re
from dataclasses import dataclass

from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.values import read_values

# The header: a first column that names the stain, then the clone, then the result's columns.
_HEADER = re.compile(
    r"[ \t|]*(?:marker|stain|test|antibody|antigen|biomarker|target|immunostain)s?[ \t]*"
    r"(?:\|[ \t]*)?\(?clone\)?[ \t]*(?:\|[ \t]*)?(?P<rest>[^\n]+)",
    re.IGNORECASE,
)
# A column that holds the share of stained cells.
_SHARE_COLUMN = re.compile(
    r"%[ \t]*(?:of[ \t]+)?(?:cells|positive|positivity|nuclei|staining|stained|tumou?r[ \t]+cells)?"
    r"|percent(?:age)?(?:[ \t]+(?:positive|of[ \t]+cells|cells|staining))?|proportion|share",
    re.IGNORECASE,
)
_SHARE_LAST = re.compile(rf"(?:^|[ \t])(?:{_SHARE_COLUMN.pattern})[ \t|]*$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:\.\d+)?(?:[ \t]*[\-–][ \t]*\d{1,3})?")
_CELL_SHARE = re.compile(rf"[ \t]*({_BARE_NUMBER.pattern})[ \t]*%?[ \t]*")
_LEADING_SHARE = re.compile(rf"[ \t]*({_BARE_NUMBER.pattern})[ \t]*%?(?![\d.\-–+/])")
# Words a row may give between the stain's name and its clone: the method, the vendor.
_METHOD = re.compile(r"(?:[ \t]+(?:IHC|ICC|\([^()\n]{1,20}\)))*", re.IGNORECASE)
_TABLE_LINES = 15


@dataclass
class RowShare:
    """A clone table's row: its share cell's reading, or unread (no share can be placed)."""

    unread: bool
    percent: float | None = None
    values: list[str] | None = None


def stain_table_row(text: str, name_start: int, name_end: int) -> RowShare | None:
    """The row's share if the name starts a row of a table with a Clone column; else None."""
    line_start = start_of_line(text, name_start)
    if text[line_start:name_start].strip(" \t|-•*"):
        return None  # the name does not start its row
    header = _header_above(text, line_start, _HEADER)
    if header is None:
        return _measure_row(text, line_start, name_end)
    line_end = end_of_line(text, name_end)
    rest = header.group("rest")
    if "|" in header.group(0) or "|" in text[name_end:line_end]:
        return _pipe_row(text[line_start:line_end], text[name_start:name_end], header.group(0))
    return _spaced_row(text, name_end, line_end, rest)


def _header_above(text: str, line_start: int, shape: re.Pattern[str]) -> re.Match[str] | None:
    """The table's header: a line above the row, in the same block of lines."""
    position = line_start
    for _ in range(_TABLE_LINES):
        if position == 0:
            return None
        above = start_of_line(text, position - 1)
        line = text[above : position - 1]
        if not line.strip():
            return None
        header = shape.fullmatch(text, above, position - 1)
        if header is not None:
            return header
        position = above
    return None


# A header without a clone column, one-word columns (result, intensity) before the share's:
# 'Antibody  Result  Intensity  % positive cells  Allred (PS + IS)'; the clone, if any, is in
# brackets after the stain's name.
_MEASURE_HEADER = re.compile(
    r"[ \t]*(?:marker|stain|antibody|antigen|biomarker|immunostain)s?"
    r"(?P<before>(?:[ \t]+(?:results?|interpretation|status|intensity))+)[ \t]+"
    r"(?:%[ \t]*(?:of[ \t]+)?(?:positive[ \t]+|stained[ \t]+)?(?:cells|nuclei|tumou?r[ \t]+cells)"
    r"|percent(?:age)?(?:[ \t]+(?:positive|stained))?(?:[ \t]+(?:cells|nuclei))?|proportion)"
    r"(?:[ \t]+[^\n]*)?",
    re.IGNORECASE,
)
# What a one-word result or intensity cell holds: a verdict, a grade of intensity, a dash.
_ONE_WORD_CELL = re.compile(
    r"positive|negative|equivocal|weak|moderate|strong|intermediate|[\-–—]|n/?a", re.IGNORECASE
)


def _measure_row(text: str, line_start: int, name_end: int) -> RowShare | None:
    """The row's share under a measures header, when every cell before it is one word.

    A row whose cells cannot be counted that way (a result of several words) is left to the
    statement's own reading (None), as a row under no such header is.
    """
    header = _header_above(text, line_start, _MEASURE_HEADER)
    if header is None:
        return None
    line_end = end_of_line(text, name_end)
    method = _METHOD.match(text, name_end, line_end)
    after = text[method.end() if method else name_end : line_end].split()
    before = len(header.group("before").split())
    if len(after) <= before or not all(_ONE_WORD_CELL.fullmatch(w) for w in after[:before]):
        return None
    cell = after[before]
    if _CELL_SHARE.fullmatch(cell):
        return _share_cell(cell, [" ".join(after[:before])])
    return None


def _pipe_row(row: str, name: str, header: str) -> RowShare:
    """A row with cell marks: each cell under its header's cell, the share under the share's.

    The clone may have a cell of its own ('Marker | Clone | ...') or share the stain's
    ('Antibody (clone) | ...'); the result cells follow the clone's.
    """
    columns, cells = _cells(header), _cells(row)
    if len(cells) > len(columns) or name not in cells[0]:
        return RowShare(unread=True)  # cells that do not line up with the header's
    cells += [""] * (len(columns) - len(cells))  # empty cells left off the row's end
    first = 1 + next(i for i, c in enumerate(columns) if re.search("clone", c, re.IGNORECASE))
    share_at = [i for i, c in enumerate(columns) if i >= first and _SHARE_COLUMN.fullmatch(c)]
    if len(share_at) == 1:
        at = share_at[0]
        return _share_cell(cells[at], cells[first:at] + cells[at + 1 :])
    return _no_share_column(" ".join(cells[first:]))


def _cells(line: str) -> list[str]:
    """A line's cells; a line that opens with a cell mark closes with one ('| a | b |')."""
    line = line.strip(" \t")
    if line.startswith("|"):
        line = line[1:-1] if line.endswith("|") else line[1:]
    return [cell.strip() for cell in line.split("|")]


def _spaced_row(text: str, name_end: int, line_end: int, rest: str) -> RowShare:
    """A row without cell marks: after the name (and method), one word is the clone."""
    method = _METHOD.match(text, name_end, line_end)
    after = text[method.end() if method else name_end : line_end].split()
    results = " ".join(after[1:])  # the first word is the clone's
    if _SHARE_LAST.search(rest):
        last = after[-1] if len(after) > 1 else ""
        if _CELL_SHARE.fullmatch(last):
            return _share_cell(last, [" ".join(after[1:-1])])
    placed = _share_among_columns(rest, after)
    if placed is not None:
        return placed
    # no share column: a number before the row's first result word stands in the clone's
    # cell, which may name the platform too ('22C3 / Autostainer Link 48  High  TPS 60%')
    first = next((i for i, word in enumerate(after) if _RESULT_WORD.match(word)), None)
    if first is not None and _CLONE_AND_PLATFORM.match(rest):
        return _no_share_column(" ".join(after[max(first, 1) :]))
    return _no_share_column(results)


# share_column_among_others: the share's column may stand before others ('Clone  Result  %
# cells  Intensity  Pattern'); where every heading before it is one word, and so is each of the
# row's cells under them, the share is the row's word in its place.
_ONE_WORD_HEADING = re.compile(
    r"results?|interpretation|status|intensity|score|reactivity|staining", re.IGNORECASE
)
_ONE_WORD_RESULT = re.compile(
    rf"{_ONE_WORD_CELL.pattern}|retained|intact|lost|loss|absent|present|[0-3]\+",
    re.IGNORECASE,
)


def _share_among_columns(rest: str, after: list[str]) -> RowShare | None:
    """The row's share under a share column that is not the last, if its place is certain."""
    column = _SHARE_COLUMN.search(rest)
    if column is None:
        return None
    headings = rest[: column.start()].split()
    if not all(_ONE_WORD_HEADING.fullmatch(h) for h in headings):
        return None
    at = 1 + len(headings)  # the clone's word first
    if len(after) <= at or not all(_ONE_WORD_RESULT.fullmatch(w) for w in after[1:at]):
        return None
    if not _CELL_SHARE.fullmatch(after[at]):
        return None
    return _share_cell(after[at], [" ".join(after[1:at] + after[at + 1 :])])


# The clone's heading names the platform too: 'Clone / Platform', 'Clone and kit'.
_CLONE_AND_PLATFORM = re.compile(r"[ \t]*(?:/|&|,|and\b)[ \t]*[A-Za-z]", re.IGNORECASE)
# A word that opens a row's result cells: a verdict, or a score's name.
_RESULT_WORD = re.compile(
    r"(?:positive|negative|equivocal|borderline|intact|retained|lost|loss|absent|present"
    r"|detected|not|no|high|low|expression|TPS|CPS|TC|IC|H-?score|Allred|score|[0-3]\+)\b",
    re.IGNORECASE,
)


def _share_cell(cell: str, others: list[str]) -> RowShare:
    """The share column's cell: its leading number is the share ('90', '90% (strong)')."""
    if not cell.strip():
        return _no_share_column(" ".join(others))
    share = _LEADING_SHARE.match(cell)
    if share is None:
        # a score or a verdict in the share's place ('TPS 5%'): the row's words say it
        return _no_share_column(cell) if "%" not in cell else RowShare(unread=False)
    stated = read_values(f"{share.group(1)}%")
    return RowShare(unread=False, percent=stated.percent, values=stated.values)


# A number a score's name owns: 'CPS 15', 'H-score 180', 'Allred 7'.
_SCORE_NAME = re.compile(r"(?:TPS|CPS|TC|IC|score|H-?score|Allred)[:=]?", re.IGNORECASE)


def _no_share_column(results: str) -> RowShare:
    """No share cell: a bare number among the results is one nobody can place."""
    words = results.replace("|", " ").split()
    for before, word in zip(["", *words], words, strict=False):
        if re.fullmatch(r"\([0-3]\)[,;.]?", word):
            continue  # a score in brackets after its verdict: 'Negative (0)'
        if _BARE_NUMBER.fullmatch(word.strip(",;.()")) and not _SCORE_NAME.fullmatch(before):
            return RowShare(unread=True)
    return RowShare(unread=False)
