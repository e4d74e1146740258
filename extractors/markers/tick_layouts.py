"""Tick marks whose meaning is where they stand on the page, read from the words' boxes.

A laboratory's own PDF often draws its boxes and columns as lines, so its text keeps only the
mark: 'X Positive   Low positive (1-10%)   Negative' (the ticked option and the options left
empty, apart on the line), or a table whose columns are the verdicts:

    Target         Detected   Not detected   Detail
    RET fusion                X

The page text alone cannot tell which option or which column the 'X' stands in; the words'
boxes can. Two kinds are rewritten before the page is read:

- ticked_option_row: a row of options set apart by wide gaps, one of them led by a tick mark.
  The options left empty are blanked out, so only the chosen one is read.
- tick_column_table: a header with two or more verdict columns ('Detected', 'Not detected';
  'Positive', 'Negative'), and rows under it with a tick in one of them. The tick is written
  as its column's name, so 'RET fusion X' under 'Not detected' reads 'RET fusion not detected'.

Blanking keeps the page's length; a tick written as a column name does not, so the rewritten
text comes with a map from its offsets back to the page's.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from schemas.document import Page, Word

# A tick mark drawn as a character.
_TICK = re.compile(r"[xX✓✔✗✘☒☑■]")
# A gap between two words of one line wider than this many line heights parts two cells.
_CELL_GAP = 1.5
# How far (in points) a tick may stand from its column's header and still be under it.
_COLUMN_REACH = 12.0
# Words an option of a row of options is made of: each option left empty names a verdict.
_OPTION_WORD = re.compile(
    r"\b(?:positive|negative|equivocal|borderline|indeterminate|detected|identified|present"
    r"|absent|intact|retained|lost|loss|yes|no|not|cannot|unknown|evaluable|meets?|low|high"
    r"|stable|unstable|amplified|mutated|mutant|wild[\s\-]?type|normal|abnormal|failed)\b",
    re.IGNORECASE,
)
# A column header that names a verdict: the whole cell is one of these.
_VERDICT_COLUMN = re.compile(
    r"(?:not\s+)?(?:detected|identified|present|amplified|mutated|applicable)|absent|positive"
    r"|negative|equivocal|indeterminate|yes|no|intact|lost|loss|retained|wild[\s\-]?type"
    r"|mutant|normal|abnormal|(?:not\s+)?evaluable|(?:result\s+)?pending|failed",
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
    # (offset in text, offset in the page, last page offset) of each stretch between edits
    _starts: tuple[tuple[int, int, int], ...] = ()

    def page_offset(self, offset: int) -> int:
        """The page offset of a text offset; inside a written column name, within its tick."""
        if not self._starts:
            return offset
        index = bisect_right([start for start, _, _ in self._starts], offset) - 1
        start, page_start, page_end = self._starts[max(index, 0)]
        return min(page_start + max(offset - start, 0), page_end)


def laid_out_text(page: Page, text: str) -> LaidOutText:
    """The page text (already cleaned, of the page's length) with its ticks read by position."""
    if not page.words or not _TICK.search(text):
        return LaidOutText(text)
    lines = _lines(page.words)
    blanks: list[tuple[int, int]] = []
    writes: list[tuple[int, int, str]] = []
    columns: list[_Cell] = []
    for words in lines:
        cells = _cells(words)
        ticks = [w for w in words if _TICK.fullmatch(w.text)]
        if columns and ticks:
            write = _column_write(cells, ticks, columns)
            if write:
                writes.append(write)
                continue
        columns = _verdict_columns(cells)
        if columns or not ticks:
            continue
        blanks += _unticked_options(cells)
    if not blanks and not writes:
        return LaidOutText(text)
    for start, end in blanks:
        text = text[:start] + " " * (end - start) + text[end:]
    return _with_writes(text, writes)


def _lines(words: list[Word]) -> list[list[Word]]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [sorted(line, key=lambda w: w.bbox.x0) for _, line in sorted(lines.items())]


def _cells(words: list[Word]) -> list[_Cell]:
    """The line's words in cells, parted where the gap between two words is wide."""
    height = max(w.bbox.bottom - w.bbox.top for w in words)
    cells: list[list[Word]] = [[words[0]]]
    for before, word in pairwise(words):
        if word.bbox.x0 - before.bbox.x1 > _CELL_GAP * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    return [_Cell(cell) for cell in cells]


def _verdict_columns(cells: list[_Cell]) -> list[_Cell]:
    """A header's verdict columns, when it names two or more and a first column besides."""
    verdicts = [cell for cell in cells if _VERDICT_COLUMN.fullmatch(cell.text)]
    if len(verdicts) < 2 or _VERDICT_COLUMN.fullmatch(cells[0].text):
        return []
    return verdicts


def _column_write(
    cells: list[_Cell], ticks: list[Word], columns: list[_Cell]
) -> tuple[int, int, str] | None:
    """The tick of a row under verdict columns, to be written as its column's name."""
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
    return tick.start, tick.end, column.text.lower()


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


def _with_writes(text: str, writes: list[tuple[int, int, str]]) -> LaidOutText:
    parts: list[str] = []
    starts: list[tuple[int, int, int]] = []
    done = 0
    length = 0
    for start, end, words in sorted(writes):
        parts.append(text[done:start])
        starts.append((length, done, start))
        length += start - done
        starts.append((length, start, end))  # the written name stands where its tick stood
        parts.append(words)
        length += len(words)
        done = end
    starts.append((length, done, len(text)))
    parts.append(text[done:])
    return LaidOutText("".join(parts), tuple(starts))
