"""One PD-L1 statement with two kinds of score: each score its own result.

    PD-L1 (22C3)
    Tumour proportion score (TPS): 0%
    Combined positive score (CPS): 15

The tumour cells' score and the combined (or immune cells') score are two readings of the
stain, each with its own cut-off: TPS 0% is negative where CPS 15 is positive. Read as one
statement, the first score spoke for both and the second was lost. Here, when the lines (or
clauses) under one PD-L1 name give one score of each of two or more kinds, each score is read
with the name on its own ('PD-L1 CPS 15'). A score in brackets after another ('12 (CPS >= 5)'),
one that a cut-off's words follow ('CPS >= 1 is positive') and a lower bound ('Key: CPS >= 1
positive') are criteria, not scores; two scores of one kind leave the statement as read.
"""

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from extractors.markers.line_bounds import ITEM_NUMBER, start_of_line
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import StatedValues
from schemas.markers import Aspect, Marker

_KIND = {
    "tps": "tumour",
    "tc": "tumour",
    "tumour proportion score": "tumour",
    "tumor proportion score": "tumour",
    "cps": "combined",
    "combined positive score": "combined",
    "ic": "immune",
}
_SCORE = re.compile(
    r"(?<![\w(])(?P<open>\((?=(?:TPS|CPS|TC|IC)\)))?"  # a name's bracket: 'PD-L1 (CPS)  12'
    r"(?P<kind>TPS|CPS|TC|IC|tumou?r[ \t]+proportion[ \t]+score|combined[ \t]+positive"
    r"[ \t]+score)(?(open)\))(?:[ \t]*\((?:TPS|CPS)\))?[ \t]*(?:[:=|]|\.{2,})?[ \t]*"
    # a range's first number is a band's bound, not a score ('TPS 1-49%')
    r"(?P<number>(?:[<>≤≥]=?[ \t]*)?\d{1,3}(?:\.\d+)?[ \t]*%?)(?!\d|\.\d|[ \t]*[\-–][ \t]*\d)",
    re.IGNORECASE,
)
# Words after a number that make it a cut-off: 'CPS >= 1 is positive', 'TPS 50% or more'.
_CRITERION_AFTER = re.compile(
    r"[ \t]*(?:is|are|=|considered|defined|indicates|or[ \t]+(?:more|higher|greater|above))\b",
    re.IGNORECASE,
)
_REACH = 300
_LINES = 5


def _statement_end(text: str, start: int, mentions: list[Mention], index: int) -> int:
    """Where the name's statement ends: a blank line, the next name's line, or the reach."""
    end = min(len(text), start + _REACH)
    blank = text.find("\n\n", start, end)
    if blank != -1:
        end = blank
    lines = 0
    position = start
    while lines < _LINES:
        position = text.find("\n", position + 1, end)
        if position == -1:
            break
        lines += 1
    if lines == _LINES and position != -1:
        end = position
    for other in mentions[index + 1 :]:
        if other.start >= end:
            break
        line_start = text.rfind("\n", start, other.start)
        return line_start if line_start != -1 else other.start
    return end


def score_findings(
    text: str,
    mentions: list[Mention],
    findings: dict[int, Finding | None],
    read_text: Callable[[str], list[Finding]],
    silenced: AbstractSet[int] = frozenset(),
) -> dict[int, list[Finding]]:
    """For each PD-L1 name over scores of two or more kinds: one finding per score.

    A heading's name that read nothing takes the one score line under it (`silenced`: the
    names whose statement was read as no result, or that a unit owns, take none).
    """
    replaced: dict[int, list[Finding]] = {}
    for index, mention in enumerate(mentions):
        read = findings.get(index)
        if mention.marker is Marker.PDL1 and read is None and index not in silenced:
            under = _score_line_under_heading(text, mentions, index, read_text)
            if under is not None:
                replaced[index] = [under]
            continue
        if (
            mention.marker is not Marker.PDL1
            or read is None
            or read.aspect is not Aspect.EXPRESSION
        ):
            continue
        start = mention.name_end or mention.end
        end = _statement_end(text, start, mentions, index)
        scores = [s for s in _SCORE.finditer(text, start, end) if not _criterion(text, start, s)]
        kinds = [_kind(s) for s in scores]
        if len(set(kinds)) < 2 or len(kinds) != len(set(kinds)):
            # the measured score may stand on a row above ('Score  CPS 5' over 'Status  PD-L1
            # positive (CPS >= 1)'), within the block the name's row ends
            read_score_above(text, mention.start, end, read, read_text, scores)
            continue
        own: list[Finding] = []
        for score in scores:
            for finding in read_text(f"PD-L1 {score.group(0)}\n"):
                if finding.marker is Marker.PDL1 and finding.aspect is Aspect.EXPRESSION:
                    own.append(
                        replace(
                            finding,
                            start=mention.start,
                            end=score.end(),
                            specimen=read.specimen,
                            historical=read.historical,
                            amended=read.amended,
                            inferred=False,  # each score states its own status
                        )
                    )
                    break
        if len(own) == len(scores):
            replaced[index] = own
    return replaced


# A heading's line after the name: its test, clone and block, ending in a colon or no stop,
# with no score, share or verdict of its own ('3) PD-L1 22C3, cell block B2:').
_HEADING_REST = re.compile(
    r"(?![^\n]*(?:\d[ \t]*%|\b(?:positive|negative|equivocal|high|low|pending|requested"
    r"|ordered|failed|not)\b))[^\n.;]{0,60}:?[ \t]*(?=\n)",
    re.IGNORECASE,
)


_NUMBERED_LEAD = re.compile(rf"[ \t|]*(?:{ITEM_NUMBER}[ \t]+)?")


def _score_line_under_heading(
    text: str, mentions: list[Mention], index: int, read_text: Callable[[str], list[Finding]]
) -> Finding | None:
    """The one score line under a PD-L1 heading that read no result of its own.

    score_line_under_its_heading: '3) PD-L1 22C3, cell block B2:' / 'Tumour cells counted:
    over 200' / 'TPS 15%', and 'PD-L1 IHC (SP263)' / 'Tumour cells (TC): 40%': the score
    opens its line within the heading's block, no other marker named between. One score only,
    no cut-off: a legend's several bands stay no result.
    """
    mention = mentions[index]
    if not _NUMBERED_LEAD.fullmatch(text, start_of_line(text, mention.start), mention.start):
        return None  # the name opens its line, maybe after its item's number ('1. PD-L1 ...')
    rest = _HEADING_REST.match(text, mention.name_end or mention.end)
    if rest is None:
        return None
    start = rest.end() + 1
    end = _statement_end(text, start, mentions, index)
    scores = list(_SCORE.finditer(text, start, end))
    if len(scores) != 1 or _criterion(text, start, scores[0]):
        return None
    score = scores[0]
    line_start = start_of_line(text, score.start())
    if text[line_start : score.start()].strip(" \t|"):
        return None  # the score opens its line
    for finding in read_text(f"PD-L1 {score.group(0)}\n"):
        if finding.marker is Marker.PDL1 and finding.aspect is Aspect.EXPRESSION:
            return replace(finding, start=mention.start, end=score.end())
    return None


def read_score_above(
    text: str,
    start: int,
    end: int,
    read: Finding,
    read_text: Callable[[str], list[Finding]],
    own_scores: list[re.Match[str]] | None = None,
) -> None:
    """A PD-L1 verdict takes its value from the score measured in the rows above it.

    One reading of the verdict's block (the lines above its own, up to a blank line or a few
    lines up), each score read as 'PD-L1 <score>' would be:

    - score_line_above_the_verdict: a verdict that gives no score, its name opening its line,
      takes the score on the line right above, alone there ('Tumor Proportion Score (TPS):
      85%' over 'PD-L1 expression level:  HIGH').
    - verdict_at_a_cutoff, measured_score_over_band: a verdict read with a bound ('Result:
      POSITIVE at the cut-off (CPS >= 10)') or a band ('TPS 1-49%') takes the one score of
      the bound's kind measured in the block ('Combined positive score (CPS): 12').

    `own_scores` are the scores of the statement a PD-L1 name leads (None for a verdict with
    no name, whose block's rows run to `end`, its statement's end).
    """
    if read.marker is not Marker.PDL1 or read.aspect is not Aspect.EXPRESSION:
        return
    above = _block_start(text, start)
    if own_scores is None:
        rows = [s for s in _SCORE.finditer(text, above, end) if not _criterion(text, above, s)]
    else:
        if not own_scores:
            _score_line_above(text, start, read, read_text)
        rows = [s for s in _SCORE.finditer(text, above, start) if not _criterion(text, above, s)]
        rows += own_scores
    _measured_over_bound(read, rows, [_kind(s) for s in rows], read_text)


def _kind(score: re.Match[str]) -> str:
    return _KIND[re.sub(r"\s+", " ", score.group("kind").lower())]


def _block_start(text: str, start: int) -> int:
    """The start of the name's block: the line after a blank line, at most a few lines up."""
    line_start = start_of_line(text, start)
    blank = text.rfind("\n\n", 0, line_start)
    position = line_start
    for _ in range(_LINES):
        if position == 0 or position - 1 <= blank:
            break
        position = start_of_line(text, position - 1)
    return max(position, blank + 2 if blank != -1 else 0)


# A score read as a bound: 'CPS >=1', 'TPS >=50%'.
_BOUND_VALUE = re.compile(r"(?P<kind>TPS|CPS|IC|TC) [<>≤≥]=?[\d.]+%?")
# measured_score_over_band: a band of shares the verdict was read with ('PD-L1 expression (TPS
# 1-49%)', a ticked option's gloss) is the tumour cells' band; a measured TPS wins over it.
_SHARE_BAND = re.compile(r"\d{1,3}-\d{1,3}%")


def _measured_over_bound(
    read: Finding,
    scores: list[re.Match[str]],
    kinds: list[str],
    read_text: Callable[[str], list[Finding]],
) -> None:
    """A measured score of the kind wins over the bound the result was read with.

    'Interpretation: positive (CPS >= 1)' with 'Combined positive score (CPS): 12' on a line
    of the same statement, or a table's 'PD-L1 CPS | 12' above its interpretation row: the
    bound defines the verdict; the measured score is the result's value. One measured score
    of the kind only; the verdict stays the interpretation's.
    """
    values = read.values.values
    bound = next((v for v in values if _BOUND_VALUE.fullmatch(v) or _SHARE_BAND.fullmatch(v)), None)
    if bound is None:
        return
    kind = "tumour" if _SHARE_BAND.fullmatch(bound) else _KIND[bound.split()[0].lower()]
    measured = [s for s, k in zip(scores, kinds, strict=True) if k == kind]
    if len(measured) != 1 or measured[0].group("number").lstrip()[:1] in "<>≤≥":
        return
    found = _read_score(measured[0].group(0), read_text)
    if found is None:
        return
    stated = [v for v in found.values if _KIND.get(v.split()[0].lower())]
    if not stated:
        return
    bare = bound.split(" ", 1)[-1]  # the bound read as a share too: '>=50%'
    read.values.values = [stated[0] if v == bound else v for v in values if v == bound or v != bare]
    if kind == "tumour" and found.percent is not None:
        read.values.percent = found.percent


# A line that holds one PD-L1 score alone, its kind named and no marker: 'Tumor Proportion
# Score (TPS):   85%', 'CPS: 12'.
_SCORE_LINE = re.compile(rf"[ \t|]*(?:{_SCORE.pattern})[ \t|.]*", re.IGNORECASE)


def _score_line_above(
    text: str, start: int, read: Finding, read_text: Callable[[str], list[Finding]]
) -> None:
    """A verdict without a score takes the score on the line right above it, alone there.

    score_line_above_the_verdict: 'Tumor Proportion Score (TPS):  85%' over 'PD-L1 expression
    level:  HIGH': the form gives the score and then its level, the name on the level's line.
    """
    values = read.values
    if values.percent is not None or values.score_type is not None:
        return
    line_start = start_of_line(text, start)
    if line_start == 0 or text[line_start:start].strip(" \t|"):
        return  # the name must open its line, under another
    above_start = start_of_line(text, line_start - 1)
    above = _SCORE_LINE.fullmatch(text, above_start, line_start - 1)
    if above is None or above.group("number").lstrip()[:1] in "<>≤≥":
        return
    stated = _read_score(above.group(0).strip(), read_text)
    if stated is None or stated.score_type is None:
        return
    values.score_type = stated.score_type
    values.values = [*stated.values, *values.values]
    if stated.score_type == "TPS" and stated.percent is not None:
        values.percent = stated.percent


def _read_score(score: str, read_text: Callable[[str], list[Finding]]) -> StatedValues | None:
    """The values a score row states, read as 'PD-L1 <score>': its first PD-L1 result's."""
    for finding in read_text(f"PD-L1 {score}\n"):
        if finding.marker is Marker.PDL1 and finding.aspect is Aspect.EXPRESSION:
            return finding.values
    return None


def _criterion(text: str, start: int, score: re.Match[str]) -> bool:
    """Whether a score is a cut-off: a lower bound, defining words after it, or brackets."""
    before = text[start : score.start()]
    if score.group("number").lstrip()[:1] in (">", "≥"):
        return True
    return bool(_CRITERION_AFTER.match(text, score.end())) or before.count("(") > before.count(")")
