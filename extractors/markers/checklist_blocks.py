"""Checklist blocks whose options stand above the marker's name: each block answers for its own.

A form may print each question as a block of lines with the marker's name in its middle (a
table cell centred beside its options) or at its end:

    [x] Positive   [ ] Negative
    Oestrogen receptor     Share of nuclei stained: 80%
    Intensity: strong
    [ ] Positive   [x] Negative
    Progesterone receptor  Share of nuclei stained: 0%
    Intensity: none

Read from the name onwards, a name meets the next block's options. The blocks repeat, so the
lines before the first name and after the last one give the block's shape: every name owns as
many lines before it and after it, and the blocks must tile the run of lines exactly. Each
block's one ticked option is its verdict, its quantity line its share. A run whose names
stand first in their blocks is left to the reading from the name onwards.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from extractors.markers.line_bounds import line_spans
from extractors.markers.marked_options import EMPTY_GLYPHS, TICK_GLYPHS
from extractors.markers.spans import Mention
from extractors.markers.values import StatedValues, read_values
from schemas.markers import Status

# A tick before an option: a mark standing alone ('x', '☒', '☑') or in a box ('[X]', '(x)').
TICK_MARK = rf"(?:(?<!\S)[{TICK_GLYPHS}]|[\[(][ \t]*[xX✓✔][ \t]*[\])])"
# A ticked option: 'x Positive', '[X] Low positive', '☒ Negative (more than 10%)'.
TICKED = re.compile(
    rf"{TICK_MARK}[ \t]+(?P<verdict>(?:(?:low|weakly)[ \t]+)?(?:positive|negative|equivocal))\b"
    r"(?P<note>[ \t]*\([^()\n]{0,40}\))?",
    re.IGNORECASE,
)
_EMPTY = re.compile(
    rf"(?:[\[(][ \t]*[\])]|[{EMPTY_GLYPHS}])[ \t]+"
    r"(?:(?:low|weakly)[ \t]+)?(?:positive|negative|equivocal)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"(?P<label>(?:%|(?:percent(?:age)?|proportion|share)\b)[^\n:%\d]{0,70}?)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<value>(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:\.\d+)?(?:[ \t]*[\-–][ \t]*\d{1,3}(?:\.\d+)?)?"
    r"[ \t]*%?)(?![\d.])",
    re.IGNORECASE,
)
# A quantity's label that names stained cells, not the tumour's share of the sample
# ('Percentage of tumour cells: 60%' is cellularity).
CELLS_LABEL = re.compile(
    r"\b(?:positiv\w*|stain\w*|reactiv\w*|immunoreactiv\w*|nuclear|membran\w*)"
    r"|^[ \t]*(?:%|percent(?:age)?|proportion|share)[ \t]*$",  # the word alone: the marker's own
    re.IGNORECASE,
)
_KEY_LINE = re.compile(r"[ \t]*[A-Za-z][\w \t/()\-]{0,40}:[ \t]*\S[^\n]*")


@dataclass
class BlockAnswer:
    """A block's verdict and the values its own lines state."""

    status: Status
    values: StatedValues


def answers_above_names(text: str, mentions: list[Mention]) -> dict[int, BlockAnswer]:
    """The answer of every name whose block's options stand above it, by mention index."""
    if not TICKED.search(text):
        return {}
    lines = line_spans(text)
    on_line: dict[int, list[int]] = {}
    starts = [line[0] for line in lines]
    for index, mention in enumerate(mentions):
        if not mention.implied:
            on_line.setdefault(bisect_right(starts, mention.start) - 1, []).append(index)
    kinds: list[str] = []
    names: list[int | None] = []
    for number, (start, end) in enumerate(lines):
        kind, name = _kind(text, mentions, on_line.get(number, []), start, end)
        kinds.append(kind)
        names.append(name)
    answers: dict[int, BlockAnswer] = {}
    position = 0
    while position < len(lines):
        if kinds[position] == "x":
            position += 1
            continue
        run_end = position
        while run_end < len(lines) and kinds[run_end] != "x":
            run_end += 1
        answers.update(
            _run_answers(
                text, lines[position:run_end], kinds[position:run_end], names[position:run_end]
            )
        )
        position = run_end
    return answers


def _kind(
    text: str, mentions: list[Mention], here: list[int], start: int, end: int
) -> tuple[str, int | None]:
    """'m' a line with one marker's name, 'o' an option line, 'q' a quantity or key line."""
    line = text[start:end]
    if not line.strip():
        return "x", None
    if here:
        if len({mentions[i].marker for i in here}) != 1:
            return "x", None
        return "m", here[0]
    if TICKED.search(line) or _EMPTY.search(line):
        return "o", None
    if _QUANTITY.search(line) or _KEY_LINE.fullmatch(line):
        return "q", None
    return "x", None


def _run_answers(
    text: str, lines: list[tuple[int, int]], kinds: list[str], names: list[int | None]
) -> dict[int, BlockAnswer]:
    at = [i for i, kind in enumerate(kinds) if kind == "m"]
    if len(at) < 2 or at[0] == 0:
        return {}  # one name, or names that open their blocks: read from the name onwards
    before, after = at[0], len(kinds) - 1 - at[-1]
    size = before + after + 1
    if any(b - a != size for a, b in pairwise(at)):
        return {}  # the blocks do not repeat: no line can be given to one name for sure
    answers: dict[int, BlockAnswer] = {}
    for line in at:
        first, last = lines[line - before][0], lines[line + after][1]
        if not _answers_above(text, first, lines[line][0]):
            return {}  # nothing of the answer above the name: the name may open its block
        answer = _block_answer(text, first, last)
        index = names[line]
        if answer is None or index is None:
            return {}  # a block without one ticked verdict: the shape is not a checklist's
        answers[index] = answer
    return answers


def _answers_above(text: str, start: int, end: int) -> bool:
    """Whether the lines above a name hold its tick or its share, not just a key's value."""
    if TICKED.search(text, start, end):
        return True
    return any(CELLS_LABEL.search(q.group("label")) for q in _QUANTITY.finditer(text, start, end))


def _block_answer(text: str, start: int, end: int) -> BlockAnswer | None:
    block = text[start:end]
    ticked = list(TICKED.finditer(block))
    if len(ticked) != 1:
        return None
    verdict = ticked[0].group("verdict").lower()
    status = (
        Status.NEGATIVE
        if "negative" in verdict
        else Status.EQUIVOCAL
        if "equivocal" in verdict
        else Status.POSITIVE
    )
    values = read_values(ticked[0].group("note") or "")
    values.percent, values.values = None, [v for v in values.values if not v.endswith("%")]
    for quantity in _QUANTITY.finditer(block):
        if not CELLS_LABEL.search(quantity.group("label")):
            continue
        share = quantity.group("value")
        stated = read_values(share if "%" in share else f"{share}%")
        values.percent = stated.percent
        values.values += stated.values
        break
    return BlockAnswer(status, values)
