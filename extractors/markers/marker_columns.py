"""A table whose rows are specimens and whose columns are markers: each cell is its own result.

    Focus   ER(%)   PR(%)   HER2 IHC   Ki-67(%)
    A       95      40      1+         12
    B       90      0       3+         35

Read as prose, the header's names are a list with nothing after them and the rows are bare
numbers no name owns. Here each value cell is read with its column's heading, as 'PR(%): 0%'
would be, and the result is the row's specimen's (marker_columns_specimen_rows). This is the
transposed twin of `specimen_columns` (markers in rows, specimens in columns); the page's boxes
read the same kind of table in `page_layouts`, this reads it from the text alone.

The header's first cell names the rows as specimens ('Focus', 'Specimen', 'Block', 'Part',
'Tumour', 'Lesion', 'Site', 'Sample'), then the markers' names, each heading running to the
next name ('HER2 ISH ratio'). The page's text may have lost the columns' spacing, so a row's
cells are parted by their words: a number, a score, a verdict or an empty cell's mark opens a
cell, other words stay with it ('1.4 (not amp)'). A row is read only when it opens with a short
designator and has one cell per heading. A heading's unit ('(%)') is the bare number's unit. A
cell that says nothing ('n/a', '-', 'not done') gives nothing.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.markers.line_bounds import line_spans
from extractors.markers.spans import Finding, Mention

_ROWS_NOUN = re.compile(
    r"[ \t|]*+(?i:focus|foci|specimens?|blocks?|parts?|tumou?rs?|lesions?|sites?|samples?"
    r"|nodules?)(?:[ \t]*+(?:no\.?|#|id))?[ \t|:]*+"
)
# A row's first cell: a designator ('A', 'B2', '1', '(2)') or one with its noun ('Focus 2').
_DESIGNATOR = re.compile(
    r"[ \t|]*+(?:(?i:focus|part|block|specimen|tumou?r|lesion|site|sample)[ \t]++)?"
    r"(?:\(?[A-Za-z]?\d{0,2}[A-Za-z]?\)?)(?=[ \t|])"
)
# A word that opens a value cell: a number, a score, a verdict or a cell left empty.
_OPENS_CELL = re.compile(
    r"(?:[<>≤≥]=?)?\d{1,3}(?:\.\d++)?+%?|[0-3]\+|(?i:positive|negative|equivocal|intact"
    r"|retained|lost|absent|present|amplified|n/?a|nd|not)|[\-–—]"
)
_EMPTY_CELL = re.compile(r"(?i:n/?a|nd|[\-–—]|not[ \t]++(?:done|performed|tested|applicable))")
_BARE_NUMBER = re.compile(r"(?:[<>≤≥]=?[ \t]*+)?\d{1,3}(?:\.\d++)?+")
_TABLE_ROWS = 12


def _header_cells(
    text: str, start: int, end: int, mentions: list[Mention]
) -> list[tuple[int, int, Mention]] | None:
    """A header's marker headings, each from its name to the next name, or None if no header."""
    lead = _ROWS_NOUN.match(text, start, end)
    named = [m for m in mentions if start <= m.start < end]
    if lead is None or len(named) < 2 or named[0].start != lead.end():
        return None
    if any(m.implied for m in named):
        return None
    ends = [m.start for m in named[1:]] + [end]
    cells = [
        (m.start, len(text[:stop].rstrip(" \t|")), m) for m, stop in zip(named, ends, strict=True)
    ]
    if any(_OPENS_CELL.fullmatch(w) for a, b, _ in cells for w in text[a:b].split()[1:]):
        return None  # a heading holds no value: 'ER 95%  PR 0%' is a row of results
    return cells


def _row_cells(text: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """A row's value cells after its designator, one per heading, or None if they do not part so.

    A number, a score, a verdict or an empty cell's mark opens a cell; other words stay with
    the cell before them ('1.4 (not amp)').
    """
    lead = _DESIGNATOR.match(text, start, end)
    if lead is None or lead.end() == start:
        return None
    cells: list[list[int]] = []
    for word in re.finditer(r"[^ \t|]++", text[lead.end() : end]):
        word_start, word_end = lead.end() + word.start(), lead.end() + word.end()
        opens = _OPENS_CELL.fullmatch(word.group(0).rstrip(",;")) is not None
        if opens and not (cells and text[cells[-1][0] : cells[-1][1]].lower() == "not"):
            cells.append([word_start, word_end])
        elif cells:
            cells[-1][1] = word_end
        else:
            return None
    if len(cells) != count:
        return None
    return [(a, b) for a, b in cells]


def marker_column_tables(
    text: str, mentions: list[Mention]
) -> list[tuple[tuple[int, int], list[tuple[int, int, Mention]], list[tuple[str, list]]]]:
    """Each table's header line, its headings, and its rows (designator, value cells)."""
    tables = []
    lines = line_spans(text)
    for number, (start, end) in enumerate(lines):
        header = _header_cells(text, start, end, mentions)
        if header is None:
            continue
        rows = []
        for row_start, row_end in lines[number + 1 : number + 1 + _TABLE_ROWS]:
            cells = _row_cells(text, row_start, row_end, len(header))
            if cells is None:
                break
            label = text[row_start : cells[0][0]].strip(" \t|")
            rows.append((label, cells))
        if rows:
            tables.append(((start, end), header, rows))
    return tables


def marker_column_findings(
    text: str, mentions: list[Mention], read_text: Callable[[str], list[Finding]]
) -> tuple[list[Finding], list[tuple[int, int]]]:
    """The findings of each marker-column table's cells, and the header lines they came from.

    A finding read on a header line by the page's reading is the header's list of names, no
    result: the caller drops those.
    """
    found: list[Finding] = []
    headers: list[tuple[int, int]] = []
    for line, header, rows in marker_column_tables(text, mentions):
        headers.append(line)
        for column, (head_start, head_end, mention) in enumerate(header):
            heading = text[head_start:head_end]
            for specimen, cells in rows:
                cell_start, cell_end = cells[column]
                value = text[cell_start:cell_end]
                if _EMPTY_CELL.fullmatch(value):
                    continue
                if "%" in heading and _BARE_NUMBER.fullmatch(value):
                    value += "%"  # the heading's unit: 'ER(%)' over '95'
                for finding in read_text(f"{heading}: {value}\n"):
                    if finding.marker is mention.marker:
                        found.append(
                            replace(finding, start=mention.start, end=cell_end, specimen=specimen)
                        )
    return found, headers
