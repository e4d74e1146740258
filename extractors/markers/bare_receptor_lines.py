"""'ER' or 'PR' alone on a line, its result in labelled lines under it.

    ER
    Result: Positive
    Percent of cells: 90%

A bare 'ER' names the receptor only where a result or a mark follows it on its line; alone on
a line it could be anything, so the lines under it were read as nobody's. Here the name alone
on its line counts when the very next line opens with a result's label ('Result:',
'Interpretation:', 'Status:', 'Percent...:', 'Allred score:', 'Intensity:'): the name and the
labelled lines under it (up to a blank line, another such name or a line with no label) are
read as the receptor's block, as if the name were spelled out.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.markers.line_bounds import end_of_line
from extractors.markers.spans import Finding, Mention
from schemas.markers import Marker

_NAME_LINE = re.compile(r"^[ \t\-•*]*(?P<name>ER|PR|PgR)[ \t]*:?[ \t]*$", re.MULTILINE)
_SPELLED = {"ER": ("Estrogen receptor", Marker.ER), "PR": ("Progesterone receptor", Marker.PR)}
_SPELLED["PgR"] = _SPELLED["PR"]
# A line that opens with a result's label.
_RESULT_LINE = re.compile(
    r"[ \t\-•*]*(?i:result|interpretation|status|(?:%|percent(?:age)?|proportion)[^\n:]{0,40}"
    r"|allred(?:[ \t]+score)?|h[\-\s]?score|intensity|staining)[ \t]*:[ \t]*\S[^\n]*"
)
# Any labelled line of the block: 'Clone: SP1', 'Comment: ...'.
_LABELLED_LINE = re.compile(r"[ \t\-•*]*[A-Za-z%][\w %/()\-]{0,40}:[ \t]*\S[^\n]*")
_BLOCK_LINES = 6


def bare_name_findings(
    text: str, mentions: list[Mention], read_text: Callable[[str], list[Finding]]
) -> list[Finding]:
    """The findings of each bare receptor name's block of labelled lines."""
    found: list[Finding] = []
    for line in _NAME_LINE.finditer(text):
        if any(line.start() <= m.start < line.end() for m in mentions):
            continue  # already read as a name
        block = _block(text, line.end())
        if block is None:
            continue
        spelled, marker = _SPELLED[line.group("name")]
        for finding in read_text(f"{spelled}\n{text[line.end() + 1 : block]}\n"):
            if finding.marker is marker:
                found.append(replace(finding, start=line.start("name"), end=block))
                break
    return found


def _block(text: str, name_end: int) -> int | None:
    """The end of the labelled lines under a name, if the first opens with a result's label."""
    position, end, lines = name_end + 1, None, 0
    while position < len(text) and lines < _BLOCK_LINES:
        line_end = end_of_line(text, position)
        pattern = _RESULT_LINE if lines == 0 else _LABELLED_LINE
        if not pattern.fullmatch(text, position, line_end):
            break
        if _NAME_LINE.match(text, position):
            break
        end, lines, position = line_end, lines + 1, line_end + 1
    return end
