"""biochemical_receptor_value: a hormone receptor measured in fmol per mg protein, with a cut-off.

'Estrogen receptor: 142 fmol/mg cytosol protein (positive: > 10)', 'PgR 6 fmol/mg protein;
cut-off 10 fmol/mg': the older ligand-binding assays give the receptor as an amount of protein,
not a share of stained nuclei, and the laboratory's cut-off beside it decides the result. The
result is the verdict word the line gives outside its cut-off ('142 fmol/mg - positive', up to
the next receptor named on the line: 'ER positive (60 fmol/mg), PR negative'), else
the amount read against the cut-off on its line or on a reference line right under it
('Reference values: negative < 10'). The amount is no detail LABELS.md keeps for a receptor.
"""

import re

from extractors.markers.line_bounds import end_of_line
from extractors.markers.spans import Finding, Mention
from schemas.markers import Aspect, Marker, Status

_RECEPTORS = (Marker.ER, Marker.PR)
# A number as OCR may read it ('l42' for 142, '1O' for 10), before the unit.
_NUMBER = r"(?<![\w.])(?P<amount>[lI|O]*+[0-9][0-9lI|O]*+(?:[.,][0-9]++)?)"
_UNIT = r"[ \t]*+f[ \t]?(?:m|rn)o[l1I|][ \t]*+/[ \t]*+(?:mg|g)\b"
_VALUE = re.compile(_NUMBER + _UNIT, re.IGNORECASE)
# An amount may start after each '|' of a run ('||12' read from either bar is one amount, up to
# the same digits), and each start read the rest of the run again: time in the square of a
# long run. After the first place is tried, a place right after a bar that could itself start
# one is skipped (its run and its end are that start's); and a line without the unit's letters,
# which every amount needs after it, has none and is not searched.
_LATER_VALUE = re.compile(r"(?<!(?<![\w.])\|)" + _NUMBER + _UNIT, re.IGNORECASE)
# A run of letters OCR gives for digits and bars in turn ('l|l|l|') starts an amount at every
# other place, each reading the rest of the run again: a start that fails has every later start
# of its run fail too (each takes the run whole, up to the same end), so they are skipped.
_LATER_START = re.compile(r"(?<!(?<![\w.])\|)(?<![\w.])")
_NUMBER_START = re.compile(r"[lI|O0-9]", re.IGNORECASE)
_MISREAD_RUN = re.compile(r"[lI|O]*+", re.IGNORECASE)
_UNIT_LETTERS = re.compile(r"f[ \t]?(?:m|rn)o[l1I|]", re.IGNORECASE)
_SIDE = r"(?P<side>positive|negative|pos|neg)"
# A cut-off: 'positive: > 10', '(negative < 10)', 'cut-off 10', 'threshold: >= 15 fmol/mg'.
_OP = r"[<>≤≥]=?|\b(?:below|under|less[ \t]+than|above|over|more[ \t]+than|greater[ \t]+than)\b"
_SIDE_AFTER = (
    rf"(?:{_UNIT})?[ \t]*+(?:(?:are|is)[ \t]++)?(?:considered[ \t]++)?(?P<side2>positive|negative)"
)
_CUTOFF = re.compile(
    rf"(?:{_SIDE}[ \t]*+[:=]?[ \t]*+(?:(?:if|when)[ \t]++)?)?"
    rf"(?P<op>{_OP})[ \t]*+(?P<cut>\d+(?:[.,]\d+)?)(?:{_SIDE_AFTER})?"
    rf"|(?:cut[ \t\-]?off|threshold)[ \t]*+(?:(?:of|is|at)[ \t]++)?[:=]?[ \t]*+"
    rf"(?P<op2>[<>≤≥]=?)?[ \t]*+(?P<cut2>\d+(?:[.,]\d+)?)",
    re.IGNORECASE,
)
_VERDICT = re.compile(r"(?<![A-Za-z])(?:positive|negative|borderline)(?![A-Za-z])", re.IGNORECASE)
_REFERENCE_LINE = re.compile(
    r"[ \t]*+(?:reference|normal|cut[ \t\-]?off|interpretation)[^\n:]{0,30}:", re.IGNORECASE
)
_LINES_BELOW = 3


def read_receptor_assay_lines(
    text: str, mentions: list[Mention], owned: set[int]
) -> list[tuple[list[int], Finding]]:
    """The receptor result of every line with an amount in fmol/mg and a cut-off for it."""
    found: list[tuple[list[int], Finding]] = []
    done: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.marker not in _RECEPTORS or index in owned or index in done:
            continue
        line_end = end_of_line(text, mention.end)
        if not _UNIT_LETTERS.search(text, mention.end, line_end):
            continue
        value = _VALUE.match(text, mention.end, line_end) or _later_value(
            text, mention.end + 1, line_end
        )
        if value is None or _other_receptor_between(mentions, mention, value.start()):
            continue
        # the line's next receptor starts its own result: 'ER positive (60 fmol/mg), PR negative'
        own_end = min(
            [line_end]
            + [m.start for m in mentions if m.marker in _RECEPTORS and m.start >= value.end()]
        )
        cutoffs = list(_CUTOFF.finditer(text, value.end(), line_end))
        verdict = next(
            (v for v in _VERDICT.finditer(text, value.end(), own_end) if not _inside(v, cutoffs)),
            None,
        )
        if verdict is None and not cutoffs:
            cutoffs = _reference_cutoffs(text, line_end)
        if verdict is None and not cutoffs:
            continue
        status = _verdict_status(verdict) if verdict else _against(value, cutoffs[0])
        line = [
            i
            for i, m in enumerate(mentions)
            if m.marker is mention.marker and mention.start <= m.start < line_end and i not in owned
        ]
        done.update(line)
        end = max(value.end(), verdict.end() if verdict else 0)
        found.append((line, Finding(mention.marker, Aspect.EXPRESSION, status, mention.start, end)))
    return found


def _later_value(text: str, start: int, end: int) -> re.Match[str] | None:
    """What `_LATER_VALUE.search(text, start, end)` finds, each run of misread digits tried once.

    A start in a run of 'l', 'I', '|', 'O' takes the run whole and goes on from the same place,
    so once one start in the run fails, every later one in it (and the digit after it) fails.
    """
    position = start
    while (candidate := _NUMBER_START.search(text, position, end)) is not None:
        at = candidate.start()
        value = _LATER_VALUE.match(text, at, end)
        if value is not None:
            return value
        position = at + 1
        run = _MISREAD_RUN.match(text, at, end) if _LATER_START.match(text, at, end) else None
        if run is not None:
            position = max(position, run.end() + 1)
    return None


def _other_receptor_between(mentions: list[Mention], mention: Mention, at: int) -> bool:
    """Whether another receptor is named between the name and the amount: the amount is its."""
    return any(
        m.marker in _RECEPTORS and m.marker is not mention.marker and mention.end <= m.start < at
        for m in mentions
    )


def _reference_cutoffs(text: str, line_end: int) -> list[re.Match[str]]:
    """The cut-offs of a reference line among the few lines right under the amount's."""
    position = line_end + 1
    for _ in range(_LINES_BELOW):
        if position >= len(text):
            break
        end = end_of_line(text, position)
        if _REFERENCE_LINE.match(text, position, end):
            return list(_CUTOFF.finditer(text, position, end))
        position = end + 1
    return []


def _inside(match: re.Match[str], spans: list[re.Match[str]]) -> bool:
    return any(s.start() <= match.start() < s.end() for s in spans)


def _verdict_status(verdict: re.Match[str]) -> Status:
    word = verdict.group(0).lower()
    if word == "borderline":
        return Status.EQUIVOCAL
    return Status.POSITIVE if word == "positive" else Status.NEGATIVE


def _amount(text: str) -> float:
    digits = text.translate(str.maketrans("lI|O,", "1110."))
    return float(digits)


def _against(value: re.Match[str], cutoff: re.Match[str]) -> Status:
    """The amount read against the cut-off: the side a bound names, else at or over is positive."""
    amount = _amount(value.group("amount"))
    bound = float((cutoff.group("cut") or cutoff.group("cut2")).replace(",", "."))
    op = (cutoff.group("op") or cutoff.group("op2") or ">=").lower()
    side = (cutoff.group("side") or cutoff.group("side2") or "").lower()
    below = op.startswith(("<", "≤", "below", "under", "less"))
    strict = not op.startswith(("≤", "≥", "<=", ">="))
    if below:
        under = amount < bound if strict else amount <= bound
        negative_below = not side.startswith("pos")
        return Status.NEGATIVE if under == negative_below else Status.POSITIVE
    over = amount > bound if strict else amount >= bound
    positive_above = not side.startswith("neg")
    return Status.POSITIVE if over == positive_above else Status.NEGATIVE
