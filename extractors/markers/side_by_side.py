"""Two checklist blocks printed side by side: each block read on its own, its lines unmixed.

    ESTROGEN RECEPTOR          PROGESTERONE RECEPTOR
    [x] Positive               [ ] Positive
    [ ] Negative               [x] Negative
    Percent: 85%               Percent: 0%

A text layer joins each printed line of both blocks into one ('Percent: 85% Percent: 0%'),
so the second block's name is read with the first block's tick and share. Here the header
line holds only the blocks' names, and every line under it splits where its opening label
(a box, or words before a colon) comes round again, into as many parts as there are names.
The first parts, under the first name, are one block; the second parts the next. Each block
is read as if printed alone, and its findings stand for its name. A line that does not split
so (a share given for one block only) leaves the page as it was read: a block with a lost line
could take the wrong share.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from extractors.markers.line_bounds import end_of_line
from extractors.markers.spans import Finding, Mention

# What a header may hold besides the names: colons, cell marks, dashes, a bracketed short name.
_HEADER_FILLER = re.compile(r"(?:[\s:|\-–]|\([A-Za-z0-9\-/ ]{1,12}\))*")
# A line's opening label: a box, or up to five words ending with a colon.
_LABEL = re.compile(
    r"(?P<box>[\[(][ \t]*[xX✓✔]?[ \t]*[\])])|(?P<words>(?:[^\s:]+[ \t]+){0,4}[^\s:]+:)"
)
# A line of one word per block, each a verdict or a share: 'Positive Negative', '90% 0%'.
_LONE_VALUE = re.compile(
    r"(?i:positive|negative|equivocal|borderline)[,;.]?|(?:[<>≤≥]=?)?\d{1,3}(?:\.\d+)?%[,;.]?"
)
_BLOCK_LINES = 8


@dataclass(frozen=True)
class _Block:
    mention: int  # the index of the name over the block
    parts: list[tuple[int, int]]  # the block's part of each line, in page offsets


def _lines_after(text: str, end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    position = end + 1
    while position < len(text) and len(lines) < _BLOCK_LINES:
        line_end = end_of_line(text, position)
        if not text[position:line_end].strip():
            break
        lines.append((position, line_end))
        position = line_end + 1
    return lines


def _label_kind(match: re.Match[str]) -> str:
    return "box" if match.group("box") else re.sub(r"\s+", " ", match.group("words").lower())


def _split(text: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """The line's parts, each opening with the label the line opens with; None if not so."""
    first = _LABEL.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()))
    if first is None:
        words = list(re.finditer(r"\S+", text[start:end]))
        if len(words) == count and all(_LONE_VALUE.fullmatch(w.group(0)) for w in words):
            return [(start + w.start(), start + w.end()) for w in words]  # 'Positive Negative'
        return None
    kind = _label_kind(first)
    opens = [first.start()]
    for word in re.finditer(r"(?<!\S)\S", text[first.end() : end]):
        at = first.end() + word.start()
        label = _LABEL.match(text, at, end)
        if label is not None and _label_kind(label) == kind:
            opens.append(at)
    if len(opens) != count:
        return None
    bounds = [*opens[1:], end]
    return [(s, e) for s, e in zip(opens, bounds, strict=True)]


def side_by_side_blocks(text: str, mentions: list[Mention]) -> list[_Block]:
    """Every block of every header line that names two or more markers side by side."""
    blocks: list[_Block] = []
    line_start = 0
    while line_start <= len(text):
        line_end = end_of_line(text, line_start)
        named = [i for i, m in enumerate(mentions) if line_start <= m.start < line_end]
        if len(named) >= 2 and len({mentions[i].marker for i in named}) == len(named):
            blocks += _blocks_under(text, mentions, named, line_start, line_end)
        line_start = line_end + 1
    return blocks


def _blocks_under(
    text: str, mentions: list[Mention], named: list[int], line_start: int, line_end: int
) -> list[_Block]:
    rest, position = [], line_start
    for index in named:
        rest.append(text[position : mentions[index].start])
        position = mentions[index].end
    rest.append(text[position:line_end])
    if not all(_HEADER_FILLER.fullmatch(part) for part in rest):
        return []
    lines = _lines_after(text, line_end)
    if not lines:
        return []
    parts = [_split(text, s, e, len(named)) for s, e in lines]
    if any(p is None for p in parts):
        return []
    return [
        _Block(index, [line_parts[number] for line_parts in parts if line_parts is not None])
        for number, index in enumerate(named)
    ]


def block_findings(
    text: str,
    mentions: list[Mention],
    findings: dict[int, Finding | None],
    read_text: Callable[[str], list[Finding]],
) -> dict[int, list[Finding]]:
    """For each name over a side-by-side block: its block's findings, read on their own."""
    replaced: dict[int, list[Finding]] = {}
    for block in side_by_side_blocks(text, mentions):
        mention = mentions[block.mention]
        alone = "\n".join(
            [text[mention.start : mention.end]] + [text[s:e].strip() for s, e in block.parts]
        )
        read = findings.get(block.mention)
        end = max(e for _, e in block.parts)
        own = [f for f in read_text(alone + "\n") if f.marker is mention.marker]
        replaced[block.mention] = [
            replace(
                finding,
                start=mention.start,
                end=end,
                historical=read.historical if read else finding.historical,
                amended=read.amended if read else finding.amended,
            )
            for finding in own
        ]
    return replaced
