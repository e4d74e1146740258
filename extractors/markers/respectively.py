"""Names and results paired in order by 'respectively'.

'ER and PR are positive in 90% and 40% of cells, respectively' and 'MLH1 and MSH2 show
retained and lost expression, respectively' give the first share or verdict to the first
name, the second to the second; 'ER and PR are both positive (90% and 60%)' pairs its shares.
The pairing holds only when the statement holds as many shares, or as many verdicts, as
names; otherwise the findings stand as they were read.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from extractors.markers.rules import rules_by_marker
from extractors.markers.spans import Cue, Finding, Mention
from extractors.markers.values import StatedValues
from schemas.markers import Aspect, Marker, Status

# 'respectively' pairs shares and verdicts; 'both' only shares ('both positive (90% and 60%)').
_RESPECTIVELY = re.compile(r"\b(?:respectively|(both))\b", re.IGNORECASE)
_PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?%")
_VERDICTS = (Status.POSITIVE, Status.NEGATIVE, Status.EQUIVOCAL)
# Words of a low but present level that pair as a positive verdict: 'low-level or absent
# expression of PR and ER, respectively'.
_LOW_LEVEL = re.compile(r"\b(?:low[\s\-]level|focal|patchy)\b", re.IGNORECASE)


def pair_respectively(
    text: str,
    mentions: list[Mention],
    cues: list[Cue],
    break_offsets: list[int],
    found: list[Finding],
) -> list[Finding]:
    """The findings, with each 'respectively' statement's shares and verdicts paired in order."""
    for word in _RESPECTIVELY.finditer(text):
        low_index = bisect_left(break_offsets, word.start()) - 1
        low = break_offsets[low_index] + 1 if low_index >= 0 else 0
        high_index = bisect_right(break_offsets, word.end())
        high = break_offsets[high_index] if high_index < len(break_offsets) else len(text)
        names = _names(mentions, low, word.start())
        if len(names) < 2:
            continue
        spans = [(m.start, m.end) for m in mentions if low <= m.start < high]
        shares = [
            float(p.group(1))
            for p in _PERCENT.finditer(text, low, high)
            if not _inside(p.start(), spans)
        ]
        placed = [
            (c.start, c.status)
            for c in cues
            if low <= c.start
            and c.end <= high
            and c.status in _VERDICTS
            and not _inside(c.start, spans)
        ]
        taken = [(c.start, c.end) for c in cues]
        placed += [
            (w.start(), Status.POSITIVE)
            for w in _LOW_LEVEL.finditer(text, low, high)
            if not _inside(w.start(), taken)
        ]
        verdicts = [status for _, status in sorted(placed)]
        if len(shares) != len(names):
            shares = []
        if len(verdicts) != len(names) or word.group(1):
            verdicts = []
        if shares or verdicts:
            found = _paired(found, names, shares, verdicts, low, high)
    return found


def _names(mentions: list[Mention], low: int, high: int) -> list[Mention]:
    """The statement's names before 'respectively', one per marker, in text order."""
    names: list[Mention] = []
    for mention in mentions:
        if low <= mention.start and mention.end <= high and not mention.implied:
            if all(n.marker != mention.marker for n in names):
                names.append(mention)
    return names


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _paired(
    found: list[Finding],
    names: list[Mention],
    shares: list[float],
    verdicts: list[Status],
    low: int,
    high: int,
) -> list[Finding]:
    own: dict[Marker, Finding] = {}
    for finding in found:
        if low <= finding.start < high and finding.marker not in own:
            own[finding.marker] = finding
    template = next(iter(own.values()), None)
    if template is None or template.aspect is not Aspect.EXPRESSION:
        return found
    rules = rules_by_marker()
    for number, name in enumerate(names):
        rule = rules[name.marker]
        stated = own.get(name.marker)
        if stated is not None:
            finding = stated
        else:
            if Aspect.EXPRESSION not in rule.aspects:
                continue
            finding = replace(
                template,
                marker=name.marker,
                start=name.start,
                end=name.end,
                values=StatedValues(),
                alteration=None,
            )
            found.append(finding)
        if shares:
            finding.values.percent = shares[number]
            finding.inferred = False
        if verdicts:
            finding.status = verdicts[number]
        elif shares and rule.percent_sets_status:
            finding.status = Status.POSITIVE if shares[number] >= 1 else Status.NEGATIVE
        if finding.status in _VERDICTS and rule.always_reported:
            finding.status = Status.REPORTED
    return found
