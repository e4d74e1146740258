"""A table whose rows are specimens and whose columns are markers: each cell is its own result.

    Focus   ER(%)   PR(%)   HER2 IHC   Ki-67(%)
    A       95      40      1+         12
    B       90      0       3+         35

Read as prose, the header's names are a list with nothing after them and the rows are bare
numbers no name owns. Here each value cell is read with its column's heading, as 'PR(%): 0%'
would be, and the result is the row's specimen's (marker_columns_specimen_rows). This is the
transposed twin of `specimen_columns` (markers in rows, specimens in columns); the page's boxes
read the same kind of table in `page_layouts`, this reads it from the text alone.

The header's first cell names the rows as specimens ('Focus', 'Specimen', 'Block', 'Core',
'Part', 'Tumour', 'Lesion', 'Site', 'Sample', 'Slide', 'Region'), then the markers' names, each
heading running to the next name ('HER2 ISH ratio'). A bare capital ER, PR, PgR or AR is a
name in such a header although the mention finder takes it for one only before a result
(marker_columns_bare_receptor_headings): 'Core | ER | PR | AR', 'Block  ER  PgR  HER2'.

The page's text may have lost the columns' spacing, so a row's cells are parted by their
words: a number, a score, a verdict or an empty cell's mark opens a cell, other words stay with
it ('1.4 (not amp)'). A row is read when it opens with a short designator and has one cell per
heading; a row with fewer is read when the pipes that part it place its cells under the
headings, and a heading with nothing under it is an empty cell (marker_columns_blank_cells).
A heading's unit ('(%)') is the bare number's unit. A cell that says nothing ('n/a', '-',
'not done') gives nothing.
"""

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from extractors.markers.line_bounds import line_spans
from extractors.markers.spans import Finding, Mention
from schemas.markers import Marker

_ROWS_NOUN = re.compile(
    r"[ \t|]*+(?i:focus|foci|specimens?|blocks?|cores?|parts?|tumou?rs?|lesions?|sites?"
    r"|samples?|nodules?|slides?|regions?)(?:[ \t]*+(?:no\.?|#|id))?[ \t|:]*+"
)
# A row's first cell: a designator ('A', 'B2', '1', '(2)') or one with its noun ('Focus 2').
_DESIGNATOR = re.compile(
    r"[ \t|]*+(?:(?i:focus|part|block|core|specimen|tumou?r|lesion|site|sample|slide|region)"
    r"[ \t]++)?"
    r"(?:\(?[A-Za-z]?\d{0,2}[A-Za-z]?\)?)(?=[ \t|])"
)
# A word that opens a value cell: a number, a score, a verdict or a cell left empty.
_OPENS_CELL = re.compile(
    r"(?:[<>≤≥]=?)?\d{1,3}(?:\.\d++)?+%?|[0-3]\+|(?i:positive|negative|equivocal|intact"
    r"|retained|lost|absent|present|amplified|n/?a|nd|not)|[\-–—]"
)
_EMPTY_CELL = re.compile(r"(?i:n/?a|nd|[\-–—]|not[ \t]++(?:done|performed|tested|applicable))")
# A heading's unit after the name, moved to its number: 'ER %', 'PR (%)'.
_UNIT_AT_END = re.compile(r"[ \t]*+(?:\([ \t]*%[ \t]*\)|%)$")
_BARE_NUMBER = re.compile(r"(?:[<>≤≥]=?[ \t]*+)?\d{1,3}(?:\.\d++)?+")
_TABLE_ROWS = 12
# The receptors' bare capitals, names in a header of marker columns: 'ER(%)', 'PgR', 'AR'.
_BARE_RECEPTOR = re.compile(r"(?<![^ \t|])(ER|PR|PgR|AR)(?=[ \t|(:]|$)", re.MULTILINE)
_RECEPTORS = {"ER": Marker.ER, "PR": Marker.PR, "PgR": Marker.PR, "AR": Marker.AR}


def _header_cells(
    text: str, start: int, end: int, mentions: list[Mention]
) -> list[tuple[int, int, Mention]] | None:
    """A header's marker headings, each from its name to the next name, or None if no header."""
    lead = _ROWS_NOUN.match(text, start, end)
    if lead is None:
        return None
    named = [m for m in mentions if start <= m.start < end]
    named = sorted(named + _bare_receptors(text, lead.end(), end, named), key=lambda m: m.start)
    if len(named) < 2 or named[0].start != lead.end():
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


def _bare_receptors(text: str, start: int, end: int, named: list[Mention]) -> list[Mention]:
    """ER, PR, PgR and AR as bare capitals in a header line, where no mention stands.

    Each stands as a word of its own ('Core | ER | PR', 'Block ER(%) PgR HER2'); the header's
    own checks then hold: names from the rows noun on, no value among the headings' words.
    """
    return [
        Mention(_RECEPTORS[match.group(1)], match.start(), match.end())
        for match in _BARE_RECEPTOR.finditer(text, start, end)
        if not any(m.start <= match.start() < m.end for m in named)
    ]


def _row_cells(
    text: str,
    start: int,
    end: int,
    header: list[tuple[int, int, Mention]],
    header_line: tuple[int, int],
) -> list[tuple[int, int] | None] | None:
    """A row's value cells after its designator, one per heading, or None if they do not part so.

    A number, a score, a verdict or an empty cell's mark opens a cell; other words stay with
    the cell before them ('1.4 (not amp)'). A row with fewer cells than headings is placed under
    them by its pipes; a heading with nothing under it has None.
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
    if len(cells) == len(header):
        return [(a, b) for a, b in cells]
    if len(cells) > len(header):
        return None
    return _placed_cells(text, end, lead.end(), header, header_line)


def _placed_cells(
    text: str,
    end: int,
    lead_end: int,
    header: list[tuple[int, int, Mention]],
    header_line: tuple[int, int],
) -> list[tuple[int, int] | None] | None:
    """A short row's cells under their headings, between its pipes.

    Only where header and row both part by pipes and the row has one field per heading: the
    read text keeps one space between words, so columns alone cannot place a blank cell.
    """
    line = text[header_line[0] : header_line[1]]
    if "|" not in line:
        return None
    bounds = [lead_end - 1] + [i for i in range(lead_end, end) if text[i] == "|"] + [end]
    fields = [(a + 1, b) for a, b in pairwise(bounds)]
    if fields and not text[fields[0][0] : fields[0][1]].strip():
        fields = fields[1:]  # the bar right after the designator
    if line.rstrip().endswith("|") and fields and not text[fields[-1][0] : fields[-1][1]].strip():
        fields = fields[:-1]  # a closing bar, as the header's
    if len(fields) != len(header):
        return None
    placed: list[tuple[int, int] | None] = []
    for a, b in fields:
        words = text[a:b].strip(" \t")
        first = a + len(text[a:b]) - len(text[a:b].lstrip(" \t"))
        placed.append((first, first + len(words)) if words else None)
    return placed


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
            cells = _row_cells(text, row_start, row_end, header, (start, end))
            if cells is None:
                break
            first = next((c for c in cells if c is not None), None)
            if first is None:
                break
            label = text[row_start : first[0]].strip(" \t|")
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
            # the heading's unit, moved to a bare number: 'ER %' over '95' reads 'ER: 95%'
            percent = "%" in heading
            name = (_UNIT_AT_END.sub("", heading) or heading) if percent else heading
            for specimen, cells in rows:
                if cells[column] is None:
                    continue  # a cell left blank
                cell_start, cell_end = cells[column]
                value = text[cell_start:cell_end]
                if _EMPTY_CELL.fullmatch(value):
                    continue
                if percent and _BARE_NUMBER.fullmatch(value):
                    value += "%"
                for finding in read_text(f"{name}: {value}\n"):
                    if finding.marker is mention.marker:
                        found.append(
                            replace(finding, start=mention.start, end=cell_end, specimen=specimen)
                        )
    return found, headers
