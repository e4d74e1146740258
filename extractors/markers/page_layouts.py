"""What a laboratory's PDF says by where its words stand, read from the words' boxes.

Two columns of text side by side (two_column_page): the reader joins a line of the left column
and the line of the right column beside it, so a sentence of one column runs into the other's.
Where a page has a gutter (a gap at one place on two or more lines, with prose on its left
and more than a cell on its right) and no word crosses it, the lines between the first and
the last line that reaches over it are read column by column: the left column's lines, then
the right column's. Only where the columns keep their own line spacing (on two or more lines
the right column's words stand higher or lower than the left's): a table's cells share their
row's line, and a table keeps its rows.

Boxes side by side (boxes_side_by_side): a row of labels, each naming a marker, over rows of
values in the same columns ('Microsatellite status   Tumour mutational burden' over 'MS-Stable
19 Muts/Mb'). The reader joins each row; the boxes are read one after the other instead, each
label with the values under it. A table's header names its columns, not markers, and keeps
its rows.

Tick marks whose meaning is where they stand on the page:

A laboratory's own PDF often draws its boxes and columns as lines, so its text keeps only the
mark: 'X Positive   Low positive (1-10%)   Negative' (the ticked option and the options left
empty, apart on the line), or a table whose columns are the verdicts:

    Target         Detected   Not detected   Detail
    RET fusion                X

The page text alone cannot tell which option or which column the 'X' stands in; the words'
boxes can. Five kinds are rewritten before the page is read:

- ticked_option_row: a row of options set apart by wide gaps, one of them led by a tick mark.
  The options left empty are blanked out, so only the chosen one is read.
- ticked_option_list: options one under another, each alone on its line, one led by a tick
  mark; the lines of the others, lined up with it, are left out of the reading.
- tick_column_table: a header with two or more verdict columns ('Detected', 'Not detected';
  'Positive', 'Negative'), and rows under it with a tick in one of them. The tick is written
  as its column's name: 'RET fusion X' under 'Not detected' reads 'RET fusion not detected'.
  Under the columns a filled round button ('●') is a tick, and the empty boxes or buttons of
  the other columns ('❍', '☐') go.
- yes_no_tick_columns: a header whose columns are 'Yes' and 'No', over rows that each state a
  finding ('HER2 amplified', 'TMB-High'): a tick under 'Yes' is written 'positive'; under 'No'
  the row reads 'Not HER2 amplified negative'. A row that states no finding is left alone.
- yes_no_tick_row: a finding's statement, then 'Yes' and 'No' apart on its row, one led by a
  tick ('HER2 amplified    Yes    X No'): read as under Yes / No columns, the other answer
  blanked (as a row of options, the statement's own words would be blanked as one left empty).

Options each led by its own box, ticked or empty ('❑ pMMR ☒ dMMR', '☐ Yes ☑ No'), are read from
their boxes by marked_options; the rules above read the other lines.

Blanking keeps the page's length; the rest does not, so the rewritten text comes with a map
from its offsets back to the page's.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from extractors.markers.class_rows import CHANGE_KIND, SEQUENCED
from extractors.markers.marked_options import (
    BUTTON_GLYPHS,
    EMPTY_GLYPHS,
    TICK_GLYPHS,
    denied_statement,
    marked_options,
    states_finding,
)
from extractors.markers.rules import load_rules
from extractors.markers.specimen_columns import opens_with_specimen, row_cells, specimen_columns
from schemas.document import Page, Word

# A tick mark drawn as a character.
_TICK = re.compile(f"[{TICK_GLYPHS}]")
# A tick under a table's verdict columns: a mark, or a filled round button.
_COLUMN_TICK = re.compile(f"[{TICK_GLYPHS}{BUTTON_GLYPHS}]")
# An empty box or round button.
_EMPTY_BOX = re.compile(f"[{EMPTY_GLYPHS}]")
# An option's box, ticked or empty, drawn as a character or as brackets.
_BOXED = re.compile(
    f"[{TICK_GLYPHS.removeprefix('xX')}{EMPTY_GLYPHS}]" r"|[\[(][ \t]*[xX✓✔]?[ \t]*[\])]"
)
# A gap between two words of one line wider than this many line heights parts two cells.
_CELL_GAP = 1.5
# How far (in points) a tick may stand from its column's header and still be under it.
_COLUMN_REACH = 12.0
# The verdict words that option rows, verdict columns and cells ending in a verdict share.
_VERDICT = (
    r"(?:not\s+)?(?:detected|identified|present|amplified|mutated)|negative|positive|equivocal"
    r"|absent|intact|retained|lost|loss|wild[\s\-]?type"
)
# Words an option of a row of options is made of: each option left empty names a verdict.
_OPTION_WORD = re.compile(
    rf"\b(?:{_VERDICT}|borderline|indeterminate|yes|no|not|cannot|unknown|evaluable|meets?"
    r"|low|high|stable|unstable|mutant|normal|abnormal|failed)\b",
    re.IGNORECASE,
)
# A column header that names a verdict: the whole cell is one of these.
_VERDICT_COLUMN = re.compile(
    rf"{_VERDICT}|(?:not\s+)?applicable|indeterminate|mutant|normal|abnormal"
    r"|(?:not\s+)?evaluable|(?:result\s+)?pending|failed"
    r"|not\s+(?:tested|performed|assessed|done)|inconclusive|insufficient",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Cell:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].bbox.x0

    @property
    def x1(self) -> float:
        return self.words[-1].bbox.x1

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)


@dataclass(frozen=True)
class LaidOutText:
    """The page's text as it is read, and the way back to the page's own offsets."""

    text: str
    # (offset in text, page offset, page end) of each stretch taken from the page or written
    _pieces: tuple[tuple[int, int, int], ...] = ()

    def page_span(self, start: int, end: int) -> tuple[int, int]:
        """The page's span of a span of the text: its first and its last character's places."""
        if not self._pieces:
            return start, end
        first = self._char(start)
        last = self._char(max(end - 1, start)) + 1
        if last <= first:  # the span runs from one column into the other: its first stretch
            last = self._pieces[self._piece(start)][2]
        return first, max(last, first)

    def _piece(self, offset: int) -> int:
        return max(bisect_right([start for start, _, _ in self._pieces], offset) - 1, 0)

    def _char(self, offset: int) -> int:
        start, page_start, page_end = self._pieces[self._piece(offset)]
        return min(page_start + max(offset - start, 0), max(page_end - 1, page_start))


def laid_out_text(page: Page, text: str) -> LaidOutText:
    """The page text (already cleaned, of the page's length) read by where its words stand."""
    if not page.words:
        return LaidOutText(text)
    # the rules by place part the same lines into cells many times: once a line is enough
    memo = _CELLS_MEMO.set({})
    try:
        return _laid_out_text(page, text)
    finally:
        _CELLS_MEMO.reset(memo)


def _laid_out_text(page: Page, text: str) -> LaidOutText:
    lines = _lines(page.words)
    blanks: list[tuple[int, int]] = []
    writes: list[tuple[int, int, str]] = []
    dropped: set[tuple[int, int]] = set()
    if _COLUMN_TICK.search(text) or _BOXED.search(text):  # a mark, a button or a box
        spans = [(line[0].start, line[-1].end) for line in lines]
        blanks, writes, boxed = marked_options(text, spans)
        # a line of boxed options is read from its boxes; the rules by place read the others
        by_place = _read_ticks(lines, text)
        blanks += [span for span in by_place[0] if not _within(span, boxed)]
        writes += [write for write in by_place[1] if not _within(write[:2], boxed)]
        dropped = set(_unticked_option_lines(lines)) | (set(blanks) & set(spans))
    if "%" in text:
        writes += _shares_in_share_columns(lines)
    joiners: dict[int, str] = {}
    order: list[tuple[int, int]] | None = None
    if (boxes_order := _verdict_boxes_in_order(lines)) is not None:
        order, joiners = boxes_order
    elif (boxes_order := _class_boxes_in_order(lines)) is not None:
        order, joiners = boxes_order
    if order is None:
        order = _reading_order(lines, page.width)
    if order is None:
        order = _boxes_in_order(lines, text)
    if order is None and (rows_order := _specimen_rows_in_order(lines, text)) is not None:
        order, joiners = rows_order
    if order is None and (rows_order := _specimen_columns_in_order(lines, text)) is not None:
        order, joiners = rows_order
    if order is None and (rows_order := _wrapped_cells_in_place(lines, text)) is not None:
        order, joiners = rows_order
    headings = _headings_after_rows(lines)
    parts = order if order is not None else [(line[0].start, line[-1].end) for line in lines]
    paired = False
    if order is None:
        parts, paired = _pairs_apart(lines, text)
    parts, joined = _wrapped_cells(page, parts)
    if not (blanks or writes or dropped or headings or order is not None or joined or paired):
        return LaidOutText(text)
    for start, end in blanks:
        text = text[:start] + " " * (end - start) + text[end:]
    # an option left empty on a line of its own goes: blanked, it would leave a blank line
    kept = [span for span in parts if span not in dropped]
    return _assembled(text, kept, writes, headings, {**joiners, **dict.fromkeys(joined, " ")})


# A cell that ends in a verdict: 'Not detected', 'MLH1: Intact', 'Negative'.
_ENDS_IN_VERDICT = re.compile(
    rf"(?:^|[\s:(])(?:{_VERDICT}|stable|unstable)[\s.;)]*$", re.IGNORECASE
)


def _pairs_apart(lines: list[list[Word]], text: str) -> tuple[list[tuple[int, int]], bool]:
    """Each line's span; a line of pairs side by side parted into one span a pair.

    pairs_side_by_side: two tables or boxes of 'marker, verdict' beside each other, joined by
    the reader into one line ('ALK fusions   Not detected   BRAF V600E   Not detected', 'MLH1:
    Intact   MSH2: Intact'): a cell that names a marker after a cell that ends in a verdict,
    with a marker named since the line's last part began, opens a part of its own. The words
    of one part (its aspect, its values) are no longer read as the next marker's.
    """
    spans: list[tuple[int, int]] = []
    parted = False
    for line in lines:
        cells = _cells(line)
        start = line[0].start
        # only a cell after a verdict may open a part: most lines have none, and naming the
        # markers of every cell costs a search a marker
        verdicts = [i for i in range(1, len(cells)) if _ENDS_IN_VERDICT.search(cells[i - 1].text)]
        first = 0  # the first cell of the line's current part
        for index in verdicts:
            if not _markers_named(text, cells[index]):
                continue
            if any(_markers_named(text, cell) for cell in cells[first:index]):
                spans.append((start, cells[index - 1].words[-1].end))
                start, first, parted = cells[index].words[0].start, index, True
        spans.append((start, line[-1].end))
    return spans, parted


def _wrapped_cells(
    page: Page, spans: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans with each table cell's wrapped line read inside its cell (wrapped_cell).

    'MMR immunohistochemistry (MLH1, PMS2,   All four retained' over 'MSH2, MSH6)' standing
    under the first cell: the cell's bracket, left open on its row, closes on the line under
    it. The wrapped words are read at the cell's end, before the row's next cell; the spans
    that join so are returned by their start.
    """
    words = [page.words_in(*span) for span in spans]  # each span's words, once
    out: list[tuple[int, int]] = []
    joined: set[int] = set()
    index = 0
    while index < len(spans):
        if index + 1 < len(spans):
            pieces = _cell_and_its_wrap(words[index], words[index + 1])
            if pieces is not None:
                out += pieces
                joined.update(start for start, _ in pieces[1:])
                index += 2
                continue
        out.append(spans[index])
        index += 1
    return out, joined


# How far under its row, in the row's line heights, a cell's wrapped line stands.
_WRAP_REACH = 1.8


def _cell_and_its_wrap(row: list[Word], under: list[Word]) -> list[tuple[int, int]] | None:
    # The wrapped line closes a bracket: looked at first, before any cells are made.
    closing = sum(word.text.count(")") - word.text.count("(") for word in under)
    if not row or not under or closing <= 0:
        return None
    cells, wrap = _cells(row), _cells(under)
    if len(cells) < 2 or len(wrap) != 1:
        return None
    height = max(w.bbox.bottom - w.bbox.top for w in row)
    if not 0 < under[0].bbox.top - row[0].bbox.top <= _WRAP_REACH * height:
        return None
    for number, cell in enumerate(cells):
        if abs(wrap[0].x0 - cell.x0) > _GUTTER_REACH:
            continue
        following = cells[number + 1] if number + 1 < len(cells) else None
        if following is not None and wrap[0].x1 >= following.x0 - _GUTTER_REACH:
            return None
        if not (cell.text.count("(") > cell.text.count(")")) or not (
            wrap[0].text.count(")") > wrap[0].text.count("(")
        ):
            return None
        pieces = [(row[0].start, cell.words[-1].end), (under[0].start, under[-1].end)]
        if following is not None:
            pieces.append((following.words[0].start, row[-1].end))
        return pieces
    return None


# A table's column of shares, named with its sign: '% tumour cells', 'Cells (%)', '%'.
_SHARE_HEADER = re.compile(r"%(?:\s.*)?|.*\(\s*%\s*\)", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d+)?")
# A share of reads, not of cells: variant_tables reads those columns.
_READS_SHARE = re.compile(r"\b(?:[VMN]?AF|allel\w*|reads?|cfDNA|ctDNA|frequency)\b", re.I)
# How many rows under its header a column of shares is looked for in.
_SHARE_ROWS = 20


def _shares_in_share_columns(lines: list[list[Word]]) -> list[tuple[int, int, str]]:
    """Bare numbers under a header that names a column of shares, written with their sign.

    'Biomarker | % tumour cells | Intensity' over 'GD2 | 70 | 2-3+': the 70 is a share.
    """
    writes: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines):
        header = _cells(line)
        if len(header) < 3:
            continue
        shares = [
            cell
            for cell in header[1:]
            if _SHARE_HEADER.fullmatch(cell.text) and not _READS_SHARE.search(cell.text)
        ]
        if len(shares) != 1:
            continue
        for row in lines[index + 1 : index + 1 + _SHARE_ROWS]:
            cells = _cells(row)
            if len(cells) < 2:
                break
            under = [cell for cell in cells[1:] if _under(cell, shares[0])]
            if len(under) == 1 and len(under[0].words) == 1:
                word = under[0].words[0]
                if _BARE_NUMBER.fullmatch(word.text) and float(word.text) <= 100:
                    writes.append((word.start, word.end, f"{word.text}%"))
    return writes


# A heading's words stand this much taller than the table row above it.
_HEADING_HEIGHT = 1.2


def _headings_after_rows(lines: list[list[Word]]) -> set[int]:
    """Where a heading in larger type follows a table's row: the row's statement ends there.

    'GD2 | 70 | 2-3+ | 180 | POSITIVE' then 'Eligibility (criterion only)' in a larger font:
    without a blank line between, the heading's words would speak in the row's statement.
    """
    found = set()
    for row, line in pairwise(lines):
        if len(_cells(row)) < 3 or _wide_gap_starts(line):
            continue
        row_height = max(w.bbox.bottom - w.bbox.top for w in row)
        if min(w.bbox.bottom - w.bbox.top for w in line) >= _HEADING_HEIGHT * row_height:
            found.add(line[0].start)
    return found


def _read_ticks(
    lines: list[list[Word]], text: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    blanks: list[tuple[int, int]] = []
    writes: list[tuple[int, int, str]] = []
    columns: list[_Cell] = []
    untick = 0  # lines without a tick since the last row under the columns
    for words in lines:
        cells = _cells(words)
        ticks = [w for w in words if _TICK.fullmatch(w.text)]
        header = _verdict_columns(cells)
        if columns and not header and untick < 2:
            # under columns a filled round button is a tick too (a bullet stands first)
            marks = [w for w in words if _COLUMN_TICK.fullmatch(w.text)]
            written = _column_write(text, cells, marks, columns) if marks else None
            if written is not None:  # a row under the columns, its tick written (or not)
                writes += written
                untick = 0
                if _YES_NO_COLUMN.fullmatch(columns[0].text):
                    # 'No' over the first row would read as its negation: the names go
                    blanks += [
                        span
                        for column in columns
                        if (span := (column.words[0].start, column.words[-1].end)) not in blanks
                    ]
                continue
            if not marks:
                untick += 1  # a row's cell wrapped onto a line of its own
                continue
        columns, untick = header, 0
        if columns or not ticks:
            continue
        answer = _yes_no_row(text, cells)
        if answer is not None:
            blanks += answer[0]
            writes += answer[1]
            continue
        blanks += _unticked_options(cells)
    return blanks, writes


def _yes_no_row(
    text: str, cells: list[_Cell]
) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]] | None:
    """A finding's statement and its 'Yes' and 'No' apart on its row, one led by a tick.

    'HER2 amplified      Yes      X No' (yes_no_tick_row): the answer is written as the
    statement's verdict, 'positive', or 'Not HER2 amplified negative'; the other is blanked.
    """
    if len(cells) != 3 or _TICK.fullmatch(cells[0].words[0].text):
        return None
    label, *answers = cells
    ticked = [
        cell
        for cell in answers
        if len(cell.words) == 2
        and _TICK.fullmatch(cell.words[0].text)
        and _YES_NO_COLUMN.fullmatch(cell.words[1].text)
    ]
    others = [cell for cell in answers if _YES_NO_COLUMN.fullmatch(cell.text)]
    if len(ticked) != 1 or len(others) != 1 or not states_finding(label.text):
        return None
    chosen, other = ticked[0], others[0]
    if {chosen.words[1].text.lower().rstrip("?"), other.text.lower().rstrip("?")} != {"yes", "no"}:
        return None
    blanks = [(other.words[0].start, other.words[-1].end)]
    span = (chosen.words[0].start, chosen.words[-1].end)
    if chosen.words[1].text.lower().startswith("y"):
        return blanks, [(*span, "positive")]
    denial = denied_statement(text, label.words[0].start, label.words[-1].end)
    return (blanks, [*denial, (*span, "negative")]) if denial else None


def _within(span: tuple[int, int], lines: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in lines)


# An option on a line of its own: a few words, one of them a verdict's.
_OPTION_LINE_WORDS = 6


def _unticked_option_lines(lines: list[list[Word]]) -> list[tuple[int, int]]:
    """The lines of the options left empty in a list of options one under another, one ticked.

    'X Positive' / 'Negative' / 'Not assessable': the options not ticked line up with the
    ticked one's words (or with its mark), each alone on its line.
    """
    blanks: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if not (_is_option_line(line) and _TICK.fullmatch(line[0].text)):
            continue
        places = (line[0].bbox.x0, line[1].bbox.x0)
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and _is_option_line(lines[other]):
                words = lines[other]
                if _TICK.fullmatch(words[0].text) or not any(
                    abs(words[0].bbox.x0 - x) <= _GUTTER_REACH / 2 for x in places
                ):
                    break
                blanks.append((words[0].start, words[-1].end))
                other += step
    return blanks


def _is_option_line(line: list[Word]) -> bool:
    words = line[1:] if _TICK.fullmatch(line[0].text) else line
    if not words or len(words) > _OPTION_LINE_WORDS or _wide_gap_starts(line):
        return False
    text = " ".join(w.text for w in words)
    # A key with its value ('Percent of nuclei positive: 45%') is a quantity line, no option;
    # an option may define itself in brackets ('Low positive (1-10%)').
    if _KEY_OR_NUMBER.search(re.sub(r"\([^()]*\)", "", text)):
        return False
    return _OPTION_WORD.search(text) is not None


_KEY_OR_NUMBER = re.compile(r":|\d")


# A block read by columns parts at the gutter on at least this many lines; the gutter is found
# on two or more lines with prose (this many words) on its left and this many on its right.
_GUTTER_LINES, _PROSE_WORDS, _RIGHT_WORDS = 3, 4, 4
# Points by which the two columns' lines stand apart where each keeps its own spacing.
_OWN_SPACING = 0.5
# How far a right column's first words may stand from the gutter's place, in points.
_GUTTER_REACH = 8.0


def _reading_order(lines: list[list[Word]], width: float) -> list[tuple[int, int]] | None:
    """The page's lines as spans of its text in reading order, when it has two columns.

    The gutter is looked for first beside prose; failing that, where the two sides of the
    page keep their own lines (columns_apart).
    """
    for gutter, by_turns in (
        (_gutter(lines, width), False),
        (_gutter_of_columns_apart(lines, width), True),
    ):
        if gutter is not None:
            spans = _order_at(lines, gutter, by_turns)
            if spans is not None:
                return spans
    return None


def _order_at(
    lines: list[list[Word]], gutter: float, by_turns: bool
) -> list[tuple[int, int]] | None:
    """The lines in reading order with the right column starting at the gutter, if reordered.

    by_turns: a block is two columns only where its lines pass from one side alone to the
    other side alone (a table's last cell may stand a little higher or lower than its row).
    """
    kinds = [_side(line, gutter) for line in lines]
    spans: list[tuple[int, int]] = []
    reordered = False
    index = 0
    while index < len(lines):
        if kinds[index] in ("across", "left"):
            spans.append((lines[index][0].start, lines[index][-1].end))
            index += 1
            continue
        last = index  # a run of lines on either side or both, to its last that reaches over
        while last + 1 < len(lines) and kinds[last + 1] != "across":
            last += 1
        while kinds[last] == "left":
            last -= 1
        while last + 1 < len(lines) and kinds[last + 1] == "left" and _runs_on(lines, last, gutter):
            last += 1  # the left column's sentence, still open, goes on under the right column
        block = lines[index : last + 1]
        if _two_columns(lines[index : last + 1], kinds[index : last + 1], gutter, by_turns):
            spans += _by_column(block, gutter)
            reordered = True
        else:
            spans += [(line[0].start, line[-1].end) for line in block]
        index = last + 1
    return spans if reordered else None


def _runs_on(lines: list[list[Word]], last: int, gutter: float) -> bool:
    """Whether the left column's last words up to line `last` leave a sentence open."""
    for line in reversed(lines[: last + 1]):
        left = [w for w in line if w.bbox.x0 < gutter - _GUTTER_REACH]
        if left:
            return left[-1].text[-1] not in ".:;!?"
    return False


def _two_columns(
    block: list[list[Word]], kinds: list[str], gutter: float, by_turns: bool = False
) -> bool:
    """Whether a block parted at the gutter is two columns of text rather than a table.

    A table's cells share their row's line; two columns set apart keep their own line spacing,
    so on some lines the right column's words stand higher or lower than the left's.
    """
    split = [line for line, kind in zip(block, kinds, strict=True) if kind == "split"]
    if len(split) < _GUTTER_LINES:
        return False
    apart = 0
    for line in split:
        right = next(w for w in line if w.bbox.x0 >= gutter - _GUTTER_REACH)
        apart += abs(right.bbox.top - line[0].bbox.top) > _OWN_SPACING
    # a table's row starts with its first cell: a line of the right side alone next to one of
    # the left side alone is two columns' lines, each at its own place
    turns = sum({first, second} == {"left", "right"} for first, second in pairwise(kinds))
    return turns >= _TURNS if by_turns else apart >= 2


def _by_column(block: list[list[Word]], gutter: float) -> list[tuple[int, int]]:
    """The block's left column's lines, then its right column's."""
    left: list[tuple[int, int]] = []
    right: list[tuple[int, int]] = []
    for line in block:
        cut = next((i for i, w in enumerate(line) if w.bbox.x0 >= gutter - _GUTTER_REACH), None)
        if cut is None:
            left.append((line[0].start, line[-1].end))
        elif cut == 0:
            right.append((line[0].start, line[-1].end))
        else:
            left.append((line[0].start, line[cut - 1].end))
            right.append((line[cut].start, line[-1].end))
    return left + right


def _gutter(lines: list[list[Word]], width: float) -> float | None:
    """Where a page's right column starts, if its lines part at one place with prose beside."""
    starts: list[float] = []
    for line in lines:
        for index, x0 in _wide_gap_starts(line):
            left, right = line[:index], line[index:]
            prose = len(left) >= _PROSE_WORDS and not _wide_gap_starts(left)
            if prose and len(right) >= _RIGHT_WORDS and 0.3 * width <= x0 <= 0.7 * width:
                starts.append(x0)
    return _common_start(starts, 2)


def _common_start(starts: list[float], least: int) -> float | None:
    """The left end of the densest run of starts within the gutter's reach, if it has `least`."""
    starts = sorted(starts)
    best: list[float] = []
    for number, x0 in enumerate(starts):
        near = [x for x in starts[number:] if x - x0 <= _GUTTER_REACH]
        if len(near) > len(best):
            best = near
    return best[0] if len(best) >= least else None


# How often a block's lines must pass from one side alone to the other side alone.
_TURNS = 3


def _gutter_of_columns_apart(lines: list[list[Word]], width: float) -> float | None:
    """Where a right column starts whose lines stand apart from the left column's.

    Two columns of tables or boxes side by side ('Biomarker | Result' beside 'Gene | Variant
    | VAF') have no prose to find their gutter by. Their lines show it: a line's words on
    either side of a wide gap at different heights (the reader joined two columns' lines),
    or a line that starts in the page's middle right after a line that ends left of it (a
    table's row would start at its first column).
    """
    starts: list[float] = []
    for line in lines:
        for index, x0 in _wide_gap_starts(line):
            before, after = line[index - 1], line[index]
            if 0.3 * width <= x0 <= 0.7 * width and abs(after.bbox.top - before.bbox.top) > (
                _OWN_SPACING
            ):
                starts.append(x0)
    for above, line in pairwise(lines):
        for left, right in ((above, line), (line, above)):
            x0 = right[0].bbox.x0
            if (
                0.3 * width <= x0 <= 0.7 * width
                and left[0].bbox.x0 < x0
                and (left[-1].bbox.x1 < x0 - _GUTTER_REACH)
            ):
                starts.append(x0)
    return _common_start(starts, _TURNS)


# How many rows of values a row of box labels may stand over.
_BOX_ROWS = 4


def _boxes_in_order(lines: list[list[Word]], text: str) -> list[tuple[int, int]] | None:
    """The page's lines as spans in reading order, each box of a row of boxes on its own."""
    spans: list[tuple[int, int]] = []
    reordered = False
    index = 0
    while index < len(lines):
        labels = _cells(lines[index])
        rows = _before_next_labels(
            _rows_under(labels, lines[index + 1 : index + 1 + _BOX_ROWS]), text
        )
        named = [_markers_named(text, cell) for cell in labels] if rows else []
        # summary_box_after_marker_boxes: 'MLH1   PMS2   MSH2   MSH6   Panel' over each stain's
        # result and the panel's verdict ('MMR deficient'): the last box sums the row up
        summed = len(named) >= 3 and _SUMMARY_BOX.fullmatch(labels[-1].text) is not None
        if rows and all(named[:-1] if summed else named):
            # a grid of names or results ('MLH1 intact   PMS2 intact') names other markers
            # under each name; a box's values name only its own ('MSI-High: not detected')
            if all(
                not (markers := _markers_named(text, cell)) or markers & named[column]
                for row in rows
                for column, cell in enumerate(row)
                if cell is not None and not (summed and column == len(named) - 1)
            ):
                for column, label in enumerate(labels):
                    spans.append((label.words[0].start, label.words[-1].end))
                    spans += [
                        (cell.words[0].start, cell.words[-1].end)
                        for row in rows
                        if (cell := row[column]) is not None
                    ]
                reordered = True
                index += 1 + len(rows)
                continue
        spans.append((lines[index][0].start, lines[index][-1].end))
        index += 1
    return spans if reordered else None


def _before_next_labels(rows: list[list[_Cell | None]], text: str) -> list[list[_Cell | None]]:
    """The rows of a row of boxes, up to the next row of boxes' labels.

    tiles_in_rows: tiles of a marker each, in rows of tiles ('EGFR  KRAS  ALK fusion' over
    each tile's change and verdict, then 'RET fusion  BRAF  ERBB2' over theirs): a row whose
    cells each name a marker and no verdict is the next tiles' labels, not values.
    """
    for number, row in enumerate(rows):
        cells = [cell for cell in row if cell is not None]
        if (
            len(cells) >= 2
            and all(_markers_named(text, cell) for cell in cells)
            and not any(_OPTION_WORD.search(cell.text) for cell in cells)
        ):
            return rows[:number]
    return rows


# The heading of a last box that sums the boxes before it up: 'Panel', 'Overall result'.
_SUMMARY_BOX = re.compile(
    r"(?:overall[ \t]+|panel[ \t]+)?(?:panel|interpretation|result|conclusion|summary|status)s?",
    re.IGNORECASE,
)


# How much wider than the rows' own spacing a gap under a box's last row may be.
_ROW_SPACING = 1.5


def _verdict_boxes_in_order(
    lines: list[list[Word]],
) -> tuple[list[tuple[int, int]], dict[int, str]] | None:
    """The page's lines in reading order, each box under a verdict heading read on its own.

    'DETECTED   NOT DETECTED' over lists side by side ('KRAS p.G12V 8%   EGFR exon 19
    deletion'): each heading is the verdict of every item of the list under it
    (verdict_headed_boxes). The reader joins the lists' lines; here each box is read in
    turn, each item with its heading's verdict after it. A box may run on alone under the
    other, as long as its rows keep their spacing.
    """
    spans: list[tuple[int, int]] = []
    joiners: dict[int, str] = {}
    reordered = False
    index = 0
    while index < len(lines):
        labels = _cells(lines[index])
        rows = _verdict_rows_under(labels, lines[index], lines[index + 1 :])
        if rows:
            for column, label in enumerate(labels):
                for row in rows:
                    cell = row[column]
                    if cell is None:
                        continue
                    spans.append((cell.words[0].start, cell.words[-1].end))
                    spans.append((label.words[0].start, label.words[-1].end))
                    joiners[label.words[0].start] = " "
            reordered = True
            index += 1 + len(rows)
            continue
        spans.append((lines[index][0].start, lines[index][-1].end))
        index += 1
    return (spans, joiners) if reordered else None


# A box's verdict heading: a verdict, maybe after what it is of ('Alterations detected'),
# or a denial of any finding ('No variants detected').
_FINDING_NOUN = r"(?:genomic|biomarkers?|alterations?|variants?|mutations?|findings?|genes?)"
_VERDICT_HEADING = re.compile(
    rf"(?:{_FINDING_NOUN}[ \t]+){{0,2}}(?:{_VERDICT_COLUMN.pattern})"
    rf"|no[ \t]+(?:{_FINDING_NOUN}[ \t]+){{1,2}}(?:detected|identified|found)",
    re.IGNORECASE,
)


def _class_boxes_in_order(
    lines: list[list[Word]],
) -> tuple[list[tuple[int, int]], dict[int, str]] | None:
    """The page's lines in reading order, each box under a kind of change read as one line.

    class_headed_boxes: 'Short variants   Rearrangements   Amplifications' over lists of genes
    side by side (under a heading such as 'Genes analysed with no alteration detected'): the
    reader joins the lists' lines, so a gene's column, the kind of change it was tested for, is
    lost. Here each box is read in turn as its label's line: 'Rearrangements: ALK FGFR2 ...'.
    """
    spans: list[tuple[int, int]] = []
    joiners: dict[int, str] = {}
    reordered = False
    index = 0
    while index < len(lines):
        labels = _cells(lines[index])
        rows = _class_rows_under(labels, lines[index], lines[index + 1 :])
        if rows:
            for column, label in enumerate(labels):
                spans.append((label.words[0].start, label.words[-1].end))
                joiner = ": "
                for row in rows:
                    cell = row[column]
                    if cell is None:
                        continue
                    spans.append((cell.words[0].start, cell.words[-1].end))
                    joiners[cell.words[0].start] = joiner
                    joiner = " "
            reordered = True
            index += 1 + len(rows)
            continue
        spans.append((lines[index][0].start, lines[index][-1].end))
        index += 1
    return (spans, joiners) if reordered else None


# A box's label that names a kind of change ('Short variants', 'Gene fusions (RNA)', 'Copy
# number'); the last box may hold the others ('Other').
_CLASS_BOX = re.compile(CHANGE_KIND, re.IGNORECASE)
_CLASS_BOX_NOTE = re.compile(SEQUENCED, re.IGNORECASE)


def _class_label(labels: list[_Cell]) -> bool:
    """Whether a row's cells are two or more kinds of change, the last maybe 'Other'."""

    def kind(text: str) -> bool:
        note = _CLASS_BOX_NOTE.search(text)
        return _CLASS_BOX.fullmatch(text[: note.start()] if note else text) is not None

    named = labels[:-1] if re.fullmatch(r"others?", labels[-1].text, re.IGNORECASE) else labels
    return len(named) >= 2 and all(kind(label.text) for label in named)


def _class_rows_under(
    labels: list[_Cell], heading: list[Word], lines: list[list[Word]]
) -> list[list[_Cell | None]]:
    """The rows of genes under a row of kinds of change, each word in the column it stands in.

    A cell the reader runs into the next column's ('RET (CCDC6 and other partners) COPY
    NUMBER: NO LOSS') is parted at the next label's left edge; a word that crosses that edge
    is a sentence's under the boxes, and ends them.
    """
    if len(labels) < 2 or not _class_label(labels):
        return []
    edges = [label.x0 - _GUTTER_REACH for label in labels]

    def row_of(line: list[Word]) -> list[_Cell | None] | None:
        if line[0].bbox.x0 < edges[0] or any(
            word.bbox.x0 < edge < word.bbox.x1 for word in line for edge in edges[1:]
        ):
            return None  # a line that starts left of the boxes, or a sentence across them
        columns: list[list[Word]] = [[] for _ in labels]
        for word in line:
            columns[bisect_right(edges, word.bbox.x0) - 1].append(word)
        return [_Cell(words) if words else None for words in columns]

    return _rows_in_spacing(heading, lines, row_of)


def _verdict_rows_under(
    labels: list[_Cell], heading: list[Word], lines: list[list[Word]]
) -> list[list[_Cell | None]]:
    """The rows of items under a row of two or more verdict headings, each under its own."""
    if len(labels) < 2 or not all(_VERDICT_HEADING.fullmatch(label.text) for label in labels):
        return []

    def row_of(line: list[Word]) -> list[_Cell | None] | None:
        row: list[_Cell | None] = [None] * len(labels)
        for cell in _cells(line):
            column = next(
                (i for i, label in enumerate(labels) if abs(cell.x0 - label.x0) <= _GUTTER_REACH),
                None,
            )
            if column is None or row[column] is not None:
                return None  # a cell under no heading, or two under one
            row[column] = cell
        return row

    return _rows_in_spacing(heading, lines, row_of)


def _rows_in_spacing(
    heading: list[Word],
    lines: list[list[Word]],
    row_of: Callable[[list[Word]], list[_Cell | None] | None],
) -> list[list[_Cell | None]]:
    """The rows under a row of boxes' headings, two or more, while they keep their spacing.

    `row_of` gives a line's cells by box, or None where the line is no row of the boxes.
    The first row fills two boxes at least; a line further apart than the rows' own spacing
    ends them.
    """
    rows: list[list[_Cell | None]] = []
    spacing = 0.0
    top = heading[0].bbox.top
    for line in lines:
        gap = line[0].bbox.top - top
        if rows and gap > _ROW_SPACING * spacing:
            break  # a line apart under the boxes
        row = row_of(line)
        if row is None:
            break
        if not rows and sum(cell is not None for cell in row) < 2:
            return []  # the boxes' first row fills each box
        spacing = spacing or gap
        top = line[0].bbox.top
        rows.append(row)
    return rows if len(rows) >= 2 else []


# The heading of a table's first column when its rows are specimens: 'Specimen', 'Block'.
_SPECIMEN_NOUN = r"(?:specimens?|blocks?|parts?|samples?|sites?|slides?|tumou?rs?|lesions?)"
_SPECIMEN_HEADING = re.compile(
    rf"{_SPECIMEN_NOUN}(?:[ \t]*(?:no\.?|#|id))?"
    rf"(?:[ \t]*(?:/|,|\()[ \t]*{_SPECIMEN_NOUN}(?:[ \t]*(?:no\.?|#|id))?\)?)?",
    re.IGNORECASE,
)
# How far a cell's first word may stand from its column's heading, in points.
_COLUMN_ALIGN = 3.0
# The gap before a column's heading, in line heights: wider than a space between words.
_HEADING_GAP = 1.0


def _specimen_rows_in_order(
    lines: list[list[Word]], text: str
) -> tuple[list[tuple[int, int]], dict[int, str]] | None:
    """The page's lines in reading order, a specimen-row table's rows read column by column.

    'Specimen   HER2 IHC   PD-L1 CPS   MMR IHC' over 'A (GOJ)   Score 3+ ...   CPS 8   ...':
    each row is a specimen's, each column a marker's; the reader joins a row's cells into one
    line and a cell's wrapped words into lines of their own. The row is read as its specimen,
    then each column's heading with the row's cell after it as a label's value ('HER2 IHC:
    Score 3+'), a wrapped cell's lines joined into one. With the spans come the words that
    join a span to the one before it, by the span's start, where that is not a line's end.
    """
    spans: list[tuple[int, int]] = []
    joiners: dict[int, str] = {}
    reordered = False
    index = 0
    while index < len(lines):
        columns, unnamed = _marker_columns(lines[index], text)
        rows = _specimen_rows(columns, lines[index + 1 :], text, unnamed) if columns else []
        if columns and rows:
            heading = lines[index]
            for row in rows:
                for line in row:  # the specimen's cell, and its own wrapped words
                    first = [w for w in line if w.bbox.x0 < columns[0] - _COLUMN_ALIGN]
                    if first and line is not row[0]:
                        joiners[first[0].start] = " "
                    if first:
                        spans.append((first[0].start, first[-1].end))
                for number in range(len(columns)):
                    if not any(_in_column(line, columns, number) for line in row):
                        continue  # a cell left empty: its heading states nothing here
                    label = _in_column(heading, columns, number)
                    spans.append((label[0].start, label[-1].end))
                    for line in row:
                        cell = _in_column(line, columns, number)
                        if cell:
                            after_label = spans[-1] == (label[0].start, label[-1].end)
                            colon = after_label and not text[label[-1].end - 1] == ":"
                            joiners[cell[0].start] = ": " if colon else " "
                            spans.append((cell[0].start, cell[-1].end))
            reordered = True
            index += 1 + sum(len(row) for row in rows)
            continue
        spans.append((lines[index][0].start, lines[index][-1].end))
        index += 1
    return (spans, joiners) if reordered else None


# How far right of the rows' names a specimen-column header stands, in points.
_HEADER_INDENT = 20.0


def _specimen_columns_in_order(
    lines: list[list[Word]], text: str
) -> tuple[list[tuple[int, int]], dict[int, str]] | None:
    """The page's lines in reading order, a specimen-column table read a column at a time.

    'Tumour 1 (RUL)   Tumour 2 (RLL)' over 'EGFR (PCR)   p.L858R detected   Wild type': each
    column is a specimen's, each row a marker's (specimen_columns_by_place). Where the row's
    words alone cannot part its cells (a variant, a bare range), the boxes do: each specimen
    is read in turn, its heading, then each row's name with the specimen's cell after it as
    a label's value ('EGFR (PCR): Wild type'). Rows whose cells the words part are left to
    specimen_columns.
    """
    spans: list[tuple[int, int]] = []
    joiners: dict[int, str] = {}
    reordered = False
    index = 0
    while index < len(lines):
        line = lines[index]
        table = _specimen_column_table(line, lines[index + 1 :], text)
        if table is None:
            spans.append((line[0].start, line[-1].end))
            index += 1
            continue
        headings, rows = table
        starts = [cell.x0 for cell in headings]
        for number, heading in enumerate(headings):
            spans.append((heading.words[0].start, heading.words[-1].end))
            for row in rows:
                cell = _in_column(row, starts, number)
                if not cell:
                    continue
                name = [w for w in row if w.bbox.x0 < starts[0] - _COLUMN_ALIGN]
                spans.append((name[0].start, name[-1].end))
                spans.append((cell[0].start, cell[-1].end))
                joiners[cell[0].start] = ": "
        reordered = True
        index += 1 + len(rows)
    return (spans, joiners) if reordered else None


def _specimen_column_table(
    line: list[Word], below: list[list[Word]], text: str
) -> tuple[list[_Cell], list[list[Word]]] | None:
    """A specimen-column header's cells and the rows under it, if the boxes must part them."""
    if not below or line[0].bbox.x0 < below[0][0].bbox.x0 + _HEADER_INDENT:
        return None
    headings = _cells(line)
    if len(headings) < 2:
        return None
    header = text[line[0].start : line[-1].end]
    columns = specimen_columns(header, 0, len(header))
    if columns is None or len(columns) != len(headings):
        return None
    starts = [cell.x0 for cell in headings]
    rows: list[list[Word]] = []
    for row in below:
        name = [w for w in row if w.bbox.x0 < starts[0] - _COLUMN_ALIGN]
        if not name or not _in_columns(row, [name[0].bbox.x0, *starts]):
            break
        if any(w.bbox.x1 > starts[0] + _COLUMN_ALIGN for w in name):
            break  # the name runs under the first specimen's heading: prose
        cells = [_in_column(row, starts, number) for number in range(len(starts))]
        # each cell opens after a gap wider than a space, flush with its specimen's heading
        opened = {cell.words[0].start for cell in _cells(row)}
        if not any(cells) or any(
            cell
            and (
                abs(cell[0].bbox.x0 - starts[number]) > _GUTTER_REACH or cell[0].start not in opened
            )
            for number, cell in enumerate(cells)
        ):
            break
        rows.append(row)
    filled = sum(bool(_in_column(r, starts, n)) for r in rows for n in range(len(starts)))
    if not rows or filled < 2:
        return None
    parted = all(
        row_cells(text, name[-1].end, row[-1].end, len(starts), genomic=False) is not None
        for row in rows
        if (name := [w for w in row if w.bbox.x0 < starts[0] - _COLUMN_ALIGN])
    )
    return None if parted else (headings, rows)


# A table header's cell: one to three words, no value ('Test', 'Method', 'Result').
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z/\-]*(?:[ \t]+[A-Za-z][A-Za-z/\-]*){0,2}")


def _wrapped_cells_in_place(
    lines: list[list[Word]], text: str
) -> tuple[list[tuple[int, int]], dict[int, str]] | None:
    """The page's lines in reading order, a table cell's wrapped words read inside its cell.

    'Test   Method   Result' over 'ALK   IHC, clone D5F3, with a negative   Negative' and a
    line 'control' under the method cell: the reader puts 'control' after the row's result.
    Under a header of three or more word cells, a line whose words all stand in one column
    other than the first, flush with its heading, continues that column's cell in the row
    above; the row is read cell by cell with the wrapped words after their cell's own.
    """
    spans: list[tuple[int, int]] = []
    joiners: dict[int, str] = {}
    moved = False
    index = 0
    while index < len(lines):
        line = lines[index]
        spans.append((line[0].start, line[-1].end))
        columns = _header_columns(line, text)
        if not columns:
            index += 1
            continue
        index += 1
        while index < len(lines) and _in_columns(lines[index], columns):
            row = lines[index]
            grouped = _wrapped_groups(row, columns)
            if row[0].bbox.x0 > columns[0] + _COLUMN_ALIGN and len(grouped) < 2:
                break  # the header's first column is empty: no row of this table
            wraps: dict[int, list[list[Word]]] = {}
            index += 1
            while index < len(lines) and (groups := _wrapped_groups(lines[index], columns)):
                if _row_under_a_blank_first_cell(lines[index], lines[index - 1], groups):
                    break
                for column, group in groups.items():
                    wraps.setdefault(column, []).append(group)
                index += 1
            if not wraps:
                spans.append((row[0].start, row[-1].end))
                continue
            moved = True
            first = True
            for number in range(len(columns)):
                cell = _in_column(row, columns, number)
                pieces = [cell] if cell else []
                pieces += wraps.get(number, [])
                for piece in pieces:
                    if not first:
                        joiners[piece[0].start] = " "
                    spans.append((piece[0].start, piece[-1].end))
                    first = False
    return (spans, joiners) if moved else None


# How far under the line above, in line heights, a cell's wrapped line stands at most; a
# table's next row stands further down, apart by the cells' padding.
_WRAP_PITCH = 1.3


def _row_under_a_blank_first_cell(
    line: list[Word], above: list[Word], groups: dict[int, list[Word]]
) -> bool:
    """Whether a line that leaves the first column blank is a row of its own, not a wrap.

    blank_first_cell_rows: 'Category   Target   Result' over 'Fusions (RNA)   RET   POSITIVE'
    and 'ALK   negative' under it: the category is written once for the rows it groups, so a
    line that fills two or more cells is the group's next row when it stands a row's pitch
    down, further than a wrapped cell's next line would.
    """
    if len(groups) < 2:
        return False
    height = max(w.bbox.bottom - w.bbox.top for w in above)
    return line[0].bbox.top - above[0].bbox.top > _WRAP_PITCH * height


def _header_columns(line: list[Word], text: str) -> list[float]:
    """The x of each column of a header line of three or more word cells, else none."""
    cells = _cells(line)
    if len(cells) < 3:
        return []
    if not all(_HEADER_CELL.fullmatch(text[c.words[0].start : c.words[-1].end]) for c in cells):
        return []
    return [cell.x0 for cell in cells]


def _in_columns(line: list[Word], columns: list[float]) -> bool:
    """Whether no word of the line crosses a column's start: a table's row, not prose."""
    return not any(
        w.bbox.x0 < x0 - _COLUMN_ALIGN and w.bbox.x1 > x0 + _COLUMN_ALIGN
        for w in line
        for x0 in columns[1:]
    )


def _wrapped_groups(line: list[Word], columns: list[float]) -> dict[int, list[Word]]:
    """The line's words by the column (not the first) whose cell they continue, else none.

    Each column's words must stand flush with its heading, as a wrapped cell's next line does.
    """
    if not _in_columns(line, columns) or line[0].bbox.x0 < columns[1] - _COLUMN_ALIGN:
        return {}
    groups: dict[int, list[Word]] = {}
    for number in range(1, len(columns)):
        group = _in_column(line, columns, number)
        if group:
            if abs(group[0].bbox.x0 - columns[number]) > _COLUMN_ALIGN:
                return {}
            groups[number] = group
    return groups


def _marker_columns(line: list[Word], text: str) -> tuple[list[float], bool]:
    """The x of each marker's column of a header over specimen rows, and whether unnamed.

    The header's cells part where a gap is wider than a line's height; every cell after the
    first names a marker ('HER2 IHC (4B5)', 'ER status'), two or more of them, the first
    names the specimen column ('Specimen', 'Block'). A header may leave the specimen column
    unnamed (unnamed_specimen_column): every cell then is a marker's, two or more, maybe with
    a last column that sums the row up ('Interpretation'), and its rows must each open with
    a specimen's name.
    """
    height = max(w.bbox.bottom - w.bbox.top for w in line)
    cells: list[list[Word]] = [[line[0]]]
    for before, word in pairwise(line):
        if word.bbox.x0 - before.bbox.x1 > _HEADING_GAP * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    if len(cells) < 3:
        return [], False
    lead = text[cells[0][0].start : cells[0][-1].end]
    unnamed = not _SPECIMEN_HEADING.fullmatch(lead)
    named = cells if unnamed else cells[1:]
    if unnamed and _SUMMARY_COLUMN.fullmatch(text[named[-1][0].start : named[-1][-1].end]):
        named = named[:-1]
        if len(named) < 2:
            return [], False
    # a heading labels its column's cells as a colon would: 'PR' over 'Positive' reads 'PR:'
    if not all(_markers_in(text[cell[0].start : cell[-1].end] + ":") for cell in named):
        return [], False
    return [cell[0].bbox.x0 for cell in (cells if unnamed else cells[1:])], unnamed


# The heading of a last column that sums a specimen's row up.
_SUMMARY_COLUMN = re.compile(
    r"(?:overall[ 	]+)?(?:interpretation|result|conclusion|summary|status|impression)s?",
    re.IGNORECASE,
)


def _in_column(line: list[Word], columns: list[float], number: int) -> list[Word]:
    low = columns[number] - _COLUMN_ALIGN
    high = columns[number + 1] - _COLUMN_ALIGN if number + 1 < len(columns) else float("inf")
    return [w for w in line if low <= w.bbox.x0 < high]


def _specimen_rows(
    columns: list[float], lines: list[list[Word]], text: str, unnamed: bool = False
) -> list[list[list[Word]]]:
    """The rows under a specimen-row header: a row's line, then its cells' wrapped lines.

    Under a header that leaves the specimen column unnamed, each row opens with a specimen's
    name ('Tumour 2 (sigmoid)', 'Block B1'); its wrapped words may stand under it alone.
    """
    rows: list[list[list[Word]]] = []
    for line in lines:
        if any(
            w.bbox.x0 < x0 - _COLUMN_ALIGN and w.bbox.x1 > x0 + _COLUMN_ALIGN
            for w in line
            for x0 in columns
        ):
            break  # a word across a column's start: prose under the table
        starts = {round(w.bbox.x0) for w in line}
        if line[0].bbox.x0 < columns[0] - _COLUMN_ALIGN:
            if not any(any(abs(x - x0) <= _COLUMN_ALIGN for x in starts) for x0 in columns):
                if rows and unnamed and line[-1].bbox.x1 < columns[0] - _COLUMN_ALIGN:
                    lead = [w for w in rows[-1][-1] if w.bbox.x0 < columns[0] - _COLUMN_ALIGN]
                    if lead and _open_bracket(text, lead):
                        rows[-1].append(line)  # the specimen's name, wrapped
                        continue
                break  # a row fills a marker's column (a cell left empty states nothing)
            if unnamed:
                lead = [w for w in line if w.bbox.x0 < columns[0] - _COLUMN_ALIGN]
                if not opens_with_specimen(text[lead[0].start : lead[-1].end]):
                    break
            rows.append([line])
        elif rows and all(
            any(abs(w.bbox.x0 - x0) <= _COLUMN_ALIGN for x0 in columns) for w in line[:1]
        ):
            rows[-1].append(line)  # a wrapped cell's next line
        else:
            break
    return rows


def _open_bracket(text: str, words: list[Word]) -> bool:
    words_text = text[words[0].start : words[-1].end]
    return words_text.count("(") > words_text.count(")")


def _rows_under(labels: list[_Cell], lines: list[list[Word]]) -> list[list[_Cell | None]]:
    """The rows of values under a row of two or more labels, each cell under its label."""
    if len(labels) < 2:
        return []
    rows: list[list[_Cell | None]] = []
    for line in lines:
        row: list[_Cell | None] = [None] * len(labels)
        for cell in _cells(line):
            column = next((i for i, label in enumerate(labels) if _under(cell, label)), None)
            if column is None or row[column] is not None:
                return rows
            row[column] = cell
        if sum(cell is not None for cell in row) < 2:  # a line of its own, under the boxes
            break
        rows.append(row)
    return rows


def _under(cell: _Cell, label: _Cell) -> bool:
    """Whether a cell stands under a label: flush with it on the left, or centred under it."""
    middle = (cell.x0 + cell.x1) / 2
    return (
        abs(cell.x0 - label.x0) <= _GUTTER_REACH
        or label.x0 - _GUTTER_REACH <= middle <= label.x1 + _GUTTER_REACH
    )


@cache
def _name_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = [(rule.marker.value, rule.name_pattern()) for rule in load_rules()]
    symbols = [
        (rule.marker.value, pattern)
        for rule in load_rules()
        if (pattern := rule.symbol_pattern()) is not None
    ]
    return tuple(names + symbols)


def _markers_named(text: str, cell: _Cell) -> frozenset[str]:
    return _markers_in(text[cell.words[0].start : cell.words[-1].end])


@lru_cache(maxsize=4096)
def _markers_in(words: str) -> frozenset[str]:
    return frozenset(marker for marker, pattern in _name_patterns() if pattern.search(words))


def table_row_lines(page: Page) -> set[int]:
    """The page's lines (`Word.line`) that wide gaps part into three cells or more: table rows."""
    return {line[0].line for line in _lines(page.words) if len(_wide_gap_starts(line)) >= 2}


def _wide_gap_starts(words: list[Word]) -> list[tuple[int, float]]:
    """(index, x) of each word a wide gap leads."""
    height = max(w.bbox.bottom - w.bbox.top for w in words)
    return [
        (index, word.bbox.x0)
        for index, (before, word) in enumerate(pairwise(words), start=1)
        if word.bbox.x0 - before.bbox.x1 > _CELL_GAP * height
    ]


def _side(line: list[Word], gutter: float) -> str:
    """Which side of the gutter a line stands: 'left', 'right', 'split' (both) or 'across'."""
    if line[0].bbox.x0 >= gutter - _GUTTER_REACH:
        return "right"
    if line[-1].bbox.x1 < gutter - 2:
        return "left"
    for index, x0 in _wide_gap_starts(line):
        if abs(x0 - gutter) <= _GUTTER_REACH and line[index - 1].bbox.x1 < gutter - 2:
            return "split"
    return "across"


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [sorted(line, key=lambda w: w.bbox.x0) for _, line in sorted(lines.items())]


# Each line's cells while a page is laid out, by the line's id; the line itself is kept with
# them, so that its id stays its own (and is checked) until the page is done.
_CELLS_MEMO: ContextVar[dict[int, tuple[list[Word], list[_Cell]]] | None] = ContextVar(
    "_CELLS_MEMO", default=None
)


def _cells(words: list[Word]) -> list[_Cell]:
    """The line's words in cells, parted where the gap between two words is wide."""
    memo = _CELLS_MEMO.get()
    if memo is None:
        return _cells_of(words)
    known = memo.get(id(words))
    if known is None or known[0] is not words:
        known = (words, _cells_of(words))
        memo[id(words)] = known
    return list(known[1])


def _cells_of(words: list[Word]) -> list[_Cell]:
    height = max(w.bbox.bottom - w.bbox.top for w in words)
    cells: list[list[Word]] = [[words[0]]]
    for before, word in pairwise(words):
        if word.bbox.x0 - before.bbox.x1 > _CELL_GAP * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    return [_Cell(cell) for cell in cells]


def _verdict_columns(cells: list[_Cell]) -> list[_Cell]:
    """A header's verdict columns, when it names two or more and a first column besides.

    'Yes' and 'No' are verdict columns too, when they are the header's only two (yes_no_tick
    _columns): a row's tick under them answers the row's statement of a finding.
    """
    yes_no = [cell for cell in cells if _YES_NO_COLUMN.fullmatch(cell.text)]
    if len(yes_no) == 2 and len(cells) - 2 <= 1 and cells[-1] is yes_no[-1]:
        if {cell.text.lower().rstrip("?") for cell in yes_no} == {"yes", "no"}:
            return yes_no  # 'Finding   Yes   No', or the two over a first column left blank
    verdicts = [cell for cell in cells if _VERDICT_COLUMN.fullmatch(cell.text)]
    if len(verdicts) < 2 or _VERDICT_COLUMN.fullmatch(cells[0].text):
        return []
    return verdicts


_YES_NO_COLUMN = re.compile(r"(?:yes|no)\??", re.IGNORECASE)


def _column_write(
    text: str, cells: list[_Cell], ticks: list[Word], columns: list[_Cell]
) -> list[tuple[int, int, str]] | None:
    """The tick of a row under verdict columns, to be written as its column's name.

    Under 'Yes' or 'No' the tick answers the row's statement: 'positive' after it, or 'Not'
    before it and 'negative' after it; a row that states no finding is left as it stands.
    None when the row has no one tick under the columns.
    """
    if len(cells) < 2 or _TICK.fullmatch(cells[0].text):
        return None
    placed = []
    for tick in ticks:
        middle = (tick.bbox.x0 + tick.bbox.x1) / 2
        for column in columns:
            if column.x0 - _COLUMN_REACH <= middle <= column.x1 + _COLUMN_REACH:
                placed.append((tick, column))
    if len(placed) != 1:
        return None
    tick, column = placed[0]
    # the boxes left empty in the other columns go
    empty = [
        (w.start, w.end, "")
        for cell in cells[1:]
        for w in cell.words
        if _EMPTY_BOX.fullmatch(w.text)
    ]
    answer = column.text.lower().rstrip("?")
    if answer not in ("yes", "no"):
        return [(tick.start, tick.end, answer), *empty]
    if not states_finding(cells[0].text):
        return []
    if answer == "yes":
        return [(tick.start, tick.end, "positive"), *empty]
    denial = denied_statement(text, cells[0].words[0].start, cells[0].words[-1].end)
    return [*denial, (tick.start, tick.end, "negative"), *empty] if denial else []


def _unticked_options(cells: list[_Cell]) -> list[tuple[int, int]]:
    """The options left empty on a row where one option, alone, is led by a tick mark."""
    ticked = [cell for cell in cells if _TICK.fullmatch(cell.words[0].text) and len(cell.words) > 1]
    if len(ticked) != 1 or len(cells) < 2:
        return []
    others = [cell for cell in cells if cell is not ticked[0]]
    if not all(_OPTION_WORD.search(cell.text) and len(cell.words) <= 8 for cell in others):
        return []
    if any(_TICK.fullmatch(word.text) for cell in others for word in cell.words):
        return []
    return [(cell.words[0].start, cell.words[-1].end) for cell in others]


def _assembled(
    text: str,
    spans: list[tuple[int, int]],
    writes: list[tuple[int, int, str]],
    headings: set[int],
    joiners: dict[int, str] | None = None,
) -> LaidOutText:
    """The spans of the text one line each, with each tick written as its column's name.

    `joiners` says what joins a span (by its start) to the one before it in place of a line
    break: a space for a table cell's wrapped line, ': ' between a column's heading and a
    specimen row's cell.
    """
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    writes = sorted(writes)
    for span_start, span_end in spans:
        if parts:
            breaking = "\n\n" if span_start in headings else "\n"
            breaking = (joiners or {}).get(span_start, breaking)
            parts.append(breaking)
            length += len(breaking)
        done = span_start
        for start, end, words in writes:
            if start < span_start or end > span_end:
                continue
            pieces.append((length, done, start))
            parts.append(text[done:start])
            length += start - done
            pieces.append((length, start, end))  # the written name stands where its tick stood
            parts.append(words)
            length += len(words)
            done = end
        pieces.append((length, done, span_end))
        parts.append(text[done:span_end])
        length += span_end - done
    return LaidOutText("".join(parts), tuple(pieces))
