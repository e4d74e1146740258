"""A marker's heading over rows of specimens: each row is its specimen's result.

    PD-L1, clone 22C3
      Block A6 (primary)     CPS 12
      Block L3 (node)        CPS 3

    HER2 immunohistochemistry (resection criteria):
      Block 1c (luminal part):  score 2+, moderate lateral staining
                                in about 30% of tumour cells
      Block 1f (front):         score 0

Read as prose, the name takes the first row's words and the rows below it are lost. Here the
heading holds the name (and its test) with no result of its own, and every line under it that
opens with a specimen's designator ('Block A6', 'Part 2', 'Specimen B') is read as 'NAME: its
words', its result the specimen's. A line under a row that opens with no designator and stands
further in, or opens with a small letter, goes on the row above. Two rows at least: one row is
the prose's reading already. Results of one kind and status still merge into one line of the
summary (`summary_rules.merged_results`).
"""

import re
from collections.abc import Callable
from dataclasses import replace

from extractors.markers.line_bounds import end_of_line, start_of_line
from extractors.markers.spans import Finding, Mention

# A row's specimen: its noun and designator, maybe a description in brackets, maybe a colon.
_ROW = re.compile(
    r"[ \t]*+(?:[\-•*][ \t]*+)?(?i:block|part|specimen|slide|sample)[ \t]++(?:no\.?[ \t]*+|#)?"
    r"(?P<label>[A-Z]?\d{1,2}[A-Za-z]?|[A-Z])\b(?:[ \t]*+\([^()\n]{1,60}\))?[ \t]*+:?[ \t]*+"
)
# Whether a page has any such row: most have none, and their names are not looked at.
_ANY_ROW = re.compile(rf"(?:^|\n){_ROW.pattern}")
# A heading's words that name the test, kept with the name when a row is read.
_TEST_WORDS = re.compile(
    r"\b(?:IHC|immunohistochemistry|FISH|SISH|CISH|ISH|in[ \t]+situ[ \t]+hybridi[sz]ation"
    r"|(?:22C3|SP263|SP142|28-8|4B5|SP1|1E2|D5F3|D4D6)\b)",
    re.IGNORECASE,
)
# A result on the heading's own line: a share, a score, a verdict.
_OWN_RESULT = re.compile(
    r"\d[ \t]*%|(?<![\w+])[0-3]\+|\b(?:positive|negative|equivocal|detected|amplified"
    r"|not[ \t]+amplified|retained|lost|absent|intact)\b",
    re.IGNORECASE,
)
_HEADING_LINES = 3  # lines a heading may run over before its first row
_ROWS = 8


def specimen_row_findings(
    text: str,
    mentions: list[Mention],
    read_text: Callable[[str], list[Finding]],
) -> dict[int, list[Finding]]:
    """For each name heading two rows of specimens or more: one finding per row."""
    replaced: dict[int, list[Finding]] = {}
    if not _ANY_ROW.search(text):
        return replaced
    for index, mention in enumerate(mentions):
        if mention.implied:
            continue
        rows = _rows_under(text, mentions, index)
        if len(rows) < 2:
            continue
        line_start = start_of_line(text, mention.start)
        heading = text[line_start : start_of_line(text, rows[0][1])]
        tests = " ".join(dict.fromkeys(m.group(0) for m in _TEST_WORDS.finditer(heading)))
        name = f"{text[mention.start : mention.end]} {tests}".strip()
        read: list[Finding] = []
        for label, row_start, row_end in rows:
            words = re.sub(r"\s+", " ", text[row_start:row_end]).strip()
            for finding in read_text(f"{name}: {words}"):
                if finding.marker is mention.marker:
                    read.append(replace(finding, start=mention.start, end=row_end, specimen=label))
                    break
        if len(read) >= 2:
            replaced[index] = read
    return replaced


def _rows_under(text: str, mentions: list[Mention], index: int) -> list[tuple[str, int, int]]:
    """The rows of specimens under the name's heading: (designator, words' start, end)."""
    mention = mentions[index]
    line_end = end_of_line(text, mention.end)
    line_start = start_of_line(text, mention.start)
    on_line = [m for m in mentions if line_start <= m.start < line_end]
    if on_line[0] is not mention or any(m.marker is not mention.marker for m in on_line):
        return []  # another name on the heading's line: a sentence, not a heading
    if _OWN_RESULT.search(text, mention.end, line_end):
        return []
    rows: list[tuple[str, int, int]] = []
    position, heading_lines = line_end + 1, 1
    while position < len(text) and len(rows) < _ROWS:
        end = end_of_line(text, position)
        row = _ROW.match(text, position, end)
        if row:
            rows.append((row.group("label"), row.end(), end))
        elif rows and _goes_on(text, position, end, rows[-1]):
            rows[-1] = (rows[-1][0], rows[-1][1], end)
        elif (
            rows
            or heading_lines >= _HEADING_LINES
            or any(position <= m.start < end for m in mentions)
        ):
            break
        else:
            heading_lines += 1
        position = end + 1
    return rows


def _goes_on(text: str, start: int, end: int, row: tuple[str, int, int]) -> bool:
    """Whether a line with no designator goes on the row above.

    It stands further in than the row's line, or opens with a small letter ('in about 30% of
    tumour cells' under 'Block 1c:  score 2+, moderate staining'), or the row's line stops in
    the middle of its phrase (row_runs_on_past_its_line): it ends on a word in small letters
    that is no verdict, with no stop, and the line under it opens with a bracket or a number,
    which start no sentence of their own ('... adequate, tumour cell' / '(TC) staining 70%.',
    '... strong, in' / '90% of tumour cells').
    """
    line = text[start:end]
    words = line.lstrip(" \t")
    if not words:
        return False
    row_line = text[start_of_line(text, row[1]) : row[1]]
    return (
        len(line) - len(words) > len(row_line) - len(row_line.lstrip(" \t"))
        or words[0].islower()
        or (
            _OPEN_ROW_END.search(text, row[1], row[2]) is not None
            and _GOES_ON_OPENING.match(words) is not None
        )
    )


# A row's line that stops on a word in small letters, no verdict: its phrase goes on below.
_OPEN_ROW_END = re.compile(
    r"(?<![\w\-])(?!(?:positive|negative|equivocal|detected|amplified|retained|lost|absent"
    r"|intact|present|expressed|stained|staining|evaluable|performed)\b)[a-z]+[ \t]*$"
)
# A line's opening that starts no sentence of its own: a bracket or a number.
_GOES_ON_OPENING = re.compile(r"[(\d]")
