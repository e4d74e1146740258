"""A table whose columns are specimens and whose rows are markers: each cell is its own result.

    Receptor studies:     A (breast)        B (node)
    ER                    95%, strong       90%, strong
    PR                    30%               0%
    HER2 IHC              1+                3+

Read as prose, the row's first cell speaks for the whole row and the second specimen's result
is lost (or takes the first one's share). Here each value cell is read with its row's name, as
'PR: 0%' would be, and the result is the column's specimen's.

The header must name every column as a specimen: a block or part letter ('A', 'B1', 'Block
A2', 'Part 2', 'Specimen 1 (core)'), or a place the tissue came from ('Primary', 'Node',
'Resection'). Bare letters hold only in order ('A  B', 'A1  A2'), or with a bracketed
description: 'P  I  T' over an Allred row names its sub-scores, not specimens. A row is read
by column only when it has one value cell per column; any other row stands as read before.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from extractors.markers.line_bounds import line_spans
from extractors.markers.spans import Finding, Mention

# The noun's spaces are taken whole, or all but the last (the column then is the noun alone and
# the last space parts it from the next): a split anywhere else would read the same, and trying
# each one made the time grow with a power of the gap's length.
_PREFIX = (
    r"(?:block|part|specimen|slide|site|sample|tumou?r|lesion|nodule|focus)"
    r"(?:[ \t]*+(?:no\.?|#))?(?:[ \t]*+|(?>[ \t]*(?=[ \t](?![ \t]))))"
)
# A specimen's designator as it stands in brackets: '(1)', '(B)', '(A2)'.
_BRACKET_LABEL = r"\d{1,2}|[A-Z]\d{0,2}"
# (a bracketed designator is the next column's, never a description: '(1) Core  (2) Node')
_DESCRIBED = rf"(?:[ \t]*+[:\-–]?[ \t]*+\((?!(?:{_BRACKET_LABEL})\))[^()\n]{{1,40}}\))"
_PLACE = (
    r"(?:primary(?:[ \t]+tumou?r)?|core(?:[ \t]+(?:needle[ \t]+)?biopsy)?|biopsy|resection"
    r"|excision|(?:lymph[ \t]+)?node|metastas[ie]s|mastectomy|lumpectomy|recurrence)"
)
# A column's heading: a specimen's designator (after its noun or bare), or the place the
# tissue came from; either maybe described in brackets.
# bracketed_designator_column: a designator in brackets, maybe with a few words that describe
# it ('(1) Breast tumour', '(2) Nodal metastasis', '(B)', '[2]'), as a report numbers its
# specimens.
_BRACKET_WORDS = r"(?:[ \t][A-Za-z][A-Za-z\-]*+){0,3}"
_BRACKETED = rf"(?:\((?:{_BRACKET_LABEL})\)|\[(?:{_BRACKET_LABEL})\]){_BRACKET_WORDS}"
_COLUMN = (
    rf"(?:(?P<paren>(?:\((?P<paren_label>{_BRACKET_LABEL})\)|\[(?P<square_label>{_BRACKET_LABEL})\])"
    rf"{_BRACKET_WORDS})"
    rf"|(?P<prefix>(?i:{_PREFIX}))?(?P<letter>[A-Z]?)(?P<digits>\d{{0,2}})(?P<suffix>(?<=\d)[A-Z])?"
    rf"|(?P<place>(?i:{_PLACE})))(?P<described>{_DESCRIBED})?"
)
_COLUMN_AT = re.compile(rf"{_COLUMN}(?=[ \t|]|$)")
# Every part of a column's heading may match nothing, so runs of spaces and rules between
# headings are taken whole (`*+`, `++`): a heading of nothing between two runs let the
# header's repetition split one long run of spaces every possible way (time exponential in the
# run's length); taken whole, a heading of nothing can stand only where it always could (the
# first, after the lead's space: 'Stain | Block A3 | Block C1').
# Each heading is also taken whole, up to the run after it (an atomic group): 'Block A' read
# as one heading or as 'Block' and 'A', 'A (core)' as one or as 'A' and '(core)' end at the
# same place, and a line that is no header tried every such split, its time doubling with each
# heading (block_headings in bench/bench_linear_inputs.py). So a header reads a place of two
# headings' words ('Primary tumour', 'core biopsy') as the two headings, which names the same
# lines headers: whole, 'Primary tumour' left no 'Primary' alone for 'Primary  tumour no. 2'.
_HEADER_PLACE = (
    r"(?:primary|core(?:[ \t]+needle[ \t]+biopsy)?|biopsy|resection"
    r"|excision|(?:lymph[ \t]+)?node|metastas[ie]s|mastectomy|lumpectomy|recurrence)"
)
_ANY_COLUMN = (
    rf"(?>(?:{_BRACKETED}|(?:(?i:{_PREFIX}))?[A-Z]?\d{{0,2}}(?:(?<=\d)[A-Z])?"
    rf"|(?i:{_HEADER_PLACE}))(?:{_DESCRIBED})?(?=[ \t|]|$))"
)
# A header: a short lead that names the rows ('Receptor studies:', 'Stain'), maybe none, then
# two or more columns' headings to the line's end.
_HEADER = re.compile(
    rf"[ \t|]*+(?P<lead>[^\n%]{{0,40}}?)(?<![^ \t|\n])"
    rf"(?P<columns>{_ANY_COLUMN}(?:[ \t|]++{_ANY_COLUMN})+)[ \t|]*"
)
# What a header's first cell says of the rows: nothing, a label with its colon, or a word
# that names the stains ('Stain', 'Marker', 'Immunohistochemistry', 'Protein').
_LEAD = re.compile(
    r"|[^\n:]{1,40}:[ \t]*|(?i:(?:stain|marker|test|antibody|antigen|biomarker|immunostain"
    r"|receptor|result|IHC|immunohistochemistry|gene|protein)s?)[ \t]*"
)
_STAIN_WORDS = r"positive|negative|equivocal|borderline|intact|retained|lost|absent|present"
_STAIN_VERDICT = re.compile(rf"(?i:{_STAIN_WORDS})[,;:.]?")
# ... and a genomic cell's verdict (genomic_cells_by_specimen): 'wild type', 'not detected'
_VERDICT_WORD = re.compile(
    rf"(?i:{_STAIN_WORDS}"
    r"|wild(?:[\-]?type)?|wt|mutated|amplified|non-?amplified|detected|rearranged|not|no)[,;:.]?"
)
# A protein change opens a genomic cell of its own: 'G12D', 'p.V600E', 'E746_A750del'.
_CHANGE = re.compile(
    r"(?:p\.)?[A-Z]\d{1,4}(?:[A-Z*]|(?:_[A-Z]\d{1,4})?(?:del|ins|dup|fs)[A-Za-z0-9*]*+)[,;:.]?"
)
# The words that join the verdict cell a 'not' or 'no' opened: 'not detected', 'no mutation'.
_NEGATION = re.compile(r"(?i:not|no)")
_FOUND = re.compile(r"(?i:detected|mutated|positive|present)[,;:.]?")
_NUMBER = re.compile(r"(?:[<>≤≥]=?)?\d{1,3}(?:\.\d+)?(?:[\-–]\d{1,3})?%?[,;:.]?|[0-3]\+[,;:.]?")
# Words a row may give between the marker's name and its first cell: the method, the clone
# (bracketed, or bare with capitals and digits: 'PD-L1 22C3, TPS'), the score's kind.
_NAME_TAIL = re.compile(
    r"\([^()\n]{1,20}\)|(?i:IHC|ICC|status|score)|[:|]"
    r"|(?i:TPS|CPS)[,:]?|(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9\-]{2,6},?"
)
# A bracketed unit or method after the row's name, its words spaced: '(% nuclei)', '(SP263)',
# maybe after the test's name ('HER2 IHC (PATHWAY 4B5)').
_BRACKETED_TAIL = re.compile(r"[ \t]*(?:(?i:IHC|ICC|ISH|FISH|SISH|CISH)[ \t]*+)?\([^()\n]{1,20}\)")
_BARE_NUMBER = re.compile(r"(?:[<>≤≥]=?[ \t]*+)?\d{1,3}(?:\.\d++)?+(?![\d%+.])")
# A cell that holds no result: not done, not assessed, n/a, a dash, pending, insufficient
# ('ER  95%  n/a', 'PR  insufficient  40%').
_EMPTY_CELL = re.compile(
    r"(?i:n/?a|n\.?d\.?|pending|qns|failed|inadequate|insufficient(?:[ \t]+(?:tumou?r|tissue))?"
    r"|not[ \t]+(?:done|assessed|performed|evaluable|tested))"
    r"[,;.]?|[\-–—]{1,2}"
)
_TABLE_ROWS = 12


@dataclass(frozen=True)
class _Column:
    label: str  # the specimen the column speaks for ('A', 'A2', 'Node')
    described: bool  # named with its noun ('Block A2') or a description ('A (breast)')


@dataclass(frozen=True)
class ColumnRow:
    """A row of a specimen-column table: its first line offset and its text after the name."""

    line: tuple[int, int]
    columns: list[_Column]


def _columns(text: str, start: int, end: int) -> list[_Column] | None:
    """The specimens a header line names, or None if the line is no such header."""
    header = _HEADER.fullmatch(text, start, end)
    if header is None or not _LEAD.fullmatch(header.group("lead")):
        return None
    columns: list[_Column] = []
    for column in _COLUMN_AT.finditer(text, header.start("columns"), header.end("columns")):
        if column.end() == column.start():
            continue
        if column.group("place"):
            columns.append(_Column(column.group("place").title(), True))
            continue
        if column.group("paren"):
            label = column.group("paren_label") or column.group("square_label")
            columns.append(_Column(label, True))
            continue
        label = column.group("letter") + column.group("digits") + (column.group("suffix") or "")
        if not label:
            return None
        described = bool(column.group("prefix") or column.group("described"))
        if not described and not column.group("letter"):
            return None  # a bare number names a score's step, not a specimen
        columns.append(_Column(label, described))
    if len(columns) < 2 or len({c.label for c in columns}) < len(columns):
        return None
    if all(c.described for c in columns) or _in_order(columns):
        return columns
    return None


def specimen_columns(text: str, start: int, end: int) -> list[str] | None:
    """The specimens a header line names, in order, or None if the line is no such header."""
    columns = _columns(text, start, end)
    return None if columns is None else [column.label for column in columns]


def opens_with_specimen(words: str) -> bool:
    """Whether the words open with a specimen's name: 'Tumour 2 (sigmoid)', 'Block A4', 'Node'.

    A designator stands after its noun ('Part B', 'Specimen 1') or alone with a letter
    ('A1'); a place the tissue came from stands alone ('Primary', 'Lymph node').
    """
    column = _COLUMN_AT.match(words)
    if column is None or column.end() == 0:
        return False
    if column.group("place"):
        return True
    return bool(column.group("letter") or (column.group("prefix") and column.group("digits")))


def _in_order(columns: list[_Column]) -> bool:
    """Bare designators in the order a report gives its parts: 'A  B  C' or 'A1  A2'."""
    for one, other in pairwise(columns):
        if not one.label[:1].isalpha() or not other.label[:1].isalpha():
            return False
        same_letter = one.label[0] == other.label[0]
        if same_letter and one.label[1:].isdigit() and other.label[1:].isdigit():
            if int(other.label[1:]) > int(one.label[1:]):
                continue
        if ord(other.label[0]) == ord(one.label[0]) + 1:
            continue
        return False
    return True


def specimen_column_rows(text: str) -> list[ColumnRow]:
    """Every line under a specimen-column header, up to a blank line or the next header."""
    rows: list[ColumnRow] = []
    lines = line_spans(text)
    for number, (start, end) in enumerate(lines):
        columns = _columns(text, start, end) if end > start else None
        if columns is None:
            continue
        for row_start, row_end in lines[number + 1 : number + 1 + _TABLE_ROWS]:
            if not text[row_start:row_end].strip() or _columns(text, row_start, row_end):
                break  # a blank line or the next table's header ends the table
            rows.append(ColumnRow((row_start, row_end), columns))
    return rows


def _empty_cell(text: str, start: int, line_end: int, first: bool) -> int | None:
    """Where a cell that holds no result and opens at `start` ends, or None if none opens there.

    'n/a', 'not done', 'pending' stand as cells anywhere; a dash only between runs of spaces
    and not first ('ER - 95%' is a name's dash; '95%  -  80%' a column left empty).
    """
    empty = _EMPTY_CELL.match(text, start, line_end)
    if empty is None or (empty.end() < line_end and text[empty.end()] not in " \t|"):
        return None
    if empty.group(0)[0] in "-–—" and (
        first
        or not text[max(0, start - 2) : start].isspace()
        or not (empty.end() == line_end or text[empty.end() : empty.end() + 2].isspace())
    ):
        return None
    return empty.end()


def row_cells(
    text: str, name_end: int, line_end: int, count: int, genomic: bool = True
) -> list[tuple[int, int]] | None:
    """The row's value cells after its name, one per column, or None if they do not part so.

    A cell opens with a verdict or a number ('Positive 90%', '95%, strong', '1+'); a number
    right after a cell's opening verdict is that cell's ('Positive 90%'), any other opens the
    next cell. Words that open no cell stay with the cell before them ('strong'). A genomic
    cell opens with its verdict or its change ('wild type', 'not detected', 'G12D'); a change
    right after a finding's word is that cell's ('Detected G12D'), and so is a finding's word
    right after a change ('G12D detected'). With `genomic` false only a stain's verdicts and
    numbers open cells (the page's boxes part a genomic row better where they stand).
    """
    cells: list[list[int]] = []  # [start, end, has a number, opened by a verdict]
    unit = _BRACKETED_TAIL.match(text, name_end, line_end)  # 'ER (% nuclei)', 'PR (% cells)'
    name_end = unit.end() if unit else name_end
    for word in re.finditer(r"\S+", text[name_end:line_end]):
        start, end = name_end + word.start(), name_end + word.end()
        token = word.group(0)
        verdict = (_VERDICT_WORD if genomic else _STAIN_VERDICT).fullmatch(token) is not None
        number = _NUMBER.fullmatch(token) is not None
        empty = _empty_cell(text, start, line_end, first=not cells)
        if empty:
            cells.append([start, empty, 1, 0])  # a cell of its own, closed to a number after it
            continue
        last = text[cells[-1][0] : cells[-1][1]] if cells else ""
        if genomic and _CHANGE.fullmatch(token) and not verdict:
            # a change is the cell of a finding that opened it ('Detected G12D'), or its own
            found = _FOUND.fullmatch(last) is not None
            number, verdict = found, not found
        elif (
            genomic
            and verdict
            and (_NEGATION.fullmatch(last) or (_FOUND.fullmatch(token) and _CHANGE.fullmatch(last)))
        ):
            verdict = False  # 'not detected', 'G12D detected': the word joins its cell
        if not cells and not (verdict or number):
            if _NAME_TAIL.fullmatch(token):
                continue
            return None
        if verdict or (number and not (cells and cells[-1][3] and not cells[-1][2])):
            cells.append([start, end, int(number), int(verdict)])
            continue
        if token.strip("|"):
            cells[-1][1] = end  # a cell mark closes the cell; the words before it are its own
        cells[-1][2] |= int(number)
    if len(cells) != count:
        return None
    return [(c[0], c[1]) for c in cells]


def column_findings(
    text: str,
    mentions: list[Mention],
    findings: dict[int, Finding | None],
    read_text: Callable[[str], list[Finding]],
    owned: set[int] | frozenset[int] = frozenset(),
    excluded: set[int] | frozenset[int] = frozenset(),
) -> dict[int, list[Finding]]:
    """For each name that opens a table row: one finding per specimen's cell, read on its own.

    A row the page's reading read nothing of ('ER (%)  0  0': two bare values side by side are
    no statement) is read by its cells all the same, unless a unit owns its name or the page's
    reading excluded it (a pending table, methods): an excluded row is read only where it has
    a cell that holds no result ('not done', 'n/a'), which is what excluded it. Every cell must
    read a result or hold none.
    """
    replaced: dict[int, list[Finding]] = {}
    rows = specimen_column_rows(text)
    if not rows:
        return replaced
    for index, mention in enumerate(mentions):
        read = findings.get(index)
        if read is None and index in owned:
            continue
        row = next((r for r in rows if r.line[0] <= mention.start < r.line[1]), None)
        if row is None or text[row.line[0] : mention.start].strip(" \t|-•*"):
            continue
        name_end = mention.name_end or mention.end
        on_row = [i for i, m in enumerate(mentions) if name_end <= m.start < row.line[1]]
        # the name's own changes on its row ('KRAS  wild type  G12D') are its cells' words
        own = [i for i in on_row if mentions[i].implied and mentions[i].marker is mention.marker]
        if len(own) < len(on_row):
            continue  # another name on the row: a sentence, or a row of two stains
        cells = row_cells(text, name_end, row.line[1], len(row.columns))
        if cells is None:
            continue
        empty = [_EMPTY_CELL.fullmatch(text[start:end]) is not None for start, end in cells]
        if read is None and index in excluded and not any(empty):
            continue
        # the name with its method or clone ('ALK D5F3' is the stain), as the row gives them
        name = text[mention.start : cells[0][0]].rstrip(" \t|:")
        column: list[Finding] = []
        for (start, end), specimen, no_result in zip(cells, row.columns, empty, strict=True):
            cell = text[start:end]
            if no_result:
                continue
            if _CHANGE.fullmatch(cell):
                cell += " detected"  # a change alone in its specimen's cell is found there
            elif "%" in name and (number := _BARE_NUMBER.match(cell)):
                # the name's unit on the cell's number: 'PgR (% nuclei)' over '5' or '90,
                # strong' reads '5%', '90%, strong'
                cell = cell[: number.end()] + "%" + cell[number.end() :]
            for finding in read_text(f"{name}: {cell}"):
                if finding.marker is mention.marker:
                    column.append(
                        replace(
                            finding,
                            start=mention.start,
                            end=end,
                            specimen=specimen.label,
                            historical=read is not None and read.historical,
                            amended=read is not None and read.amended,
                        )
                    )
                    break
        if column and len(column) + sum(empty) == len(cells):
            replaced[index] = column
            replaced.update((i, []) for i in own)  # a change in a cell gives no result of its own
    return replaced
