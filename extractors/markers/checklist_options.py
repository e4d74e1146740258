"""A checklist's question: a heading that names the test, its options with boxes, its quantities.

CAP-style biomarker templates print, for each receptor:

    ESTROGEN RECEPTOR (ER) STATUS
    [ ] Negative (less than 1% of cells with nuclear positivity)
    [X] Low positive (1-10% of cells with nuclear positivity)
    Percentage of cells with nuclear positivity: 5%
    Average intensity of staining: Weak

The ticked option is the verdict; the words in its brackets are the option's definition, not a
stated value (a 0-3+ score they name is the option's score); the quantity lines under the same
heading state the share and the intensity. A
list of options with none ticked states nothing. OCR reads the boxes as 'x', '[X]', '☒' when
ticked and as '[ ]', '□', 'o', 'q' or 'a' when empty.
"""

import re
from dataclasses import dataclass

from extractors.markers.rules import MarkerRules
from extractors.markers.spans import Finding, Mention
from extractors.markers.values import read_values
from schemas.markers import Aspect, Marker, Status

_TICKED = r"(?:[\[(]\s*[xX✓✔]\s*[\])]|[xX✓✔☒■])"
_EMPTY = r"(?:[\[(]\s*[\])]|[□☐❏]|[aoqceu])"
# The option's verdict words; the definition in brackets, if any, follows them.
_VERDICTS = (
    (Status.POSITIVE, r"(?:low|weakly|weak)[\s\-]+positive|positive"),
    (Status.NEGATIVE, r"negative"),
    (Status.EQUIVOCAL, r"equivocal|borderline"),
    (None, r"(?:cannot\s+be\s+determined|indeterminate|not\s+(?:applicable|performed|assessed))"),
)
_OPTION = re.compile(
    rf"[ \t\-•*]*(?:(?P<ticked>{_TICKED})|(?P<empty>{_EMPTY}))[ \t]+"
    rf"(?P<verdict>{'|'.join(f'(?:{words})' for _, words in _VERDICTS)})\b[^\n]*",
    re.IGNORECASE,
)
# A quantity line under the heading: 'Percentage of cells with nuclear positivity: 5%',
# 'Average intensity of staining: Strong', 'Percent positive tumour nuclei: 80%'.
_QUANTITY = re.compile(
    r"[ \t\-•*]*(?:(?:average\s+)?intensity|percent(?:age)?|proportion|%)\b[^:\n]{0,60}:[^\n]*",
    re.IGNORECASE,
)
# A heading names the test and nothing else: no verdict, no number.
_HEADING_REST = re.compile(r"[ \t\w()/\-,.]*?(?:status|result|results)?[ \t]*:?[ \t]*")
_HEADING_VERDICT = re.compile(r"positive|negative|equivocal|\d", re.IGNORECASE)
_BLOCK_LINES = 12
_ISH = re.compile(r"\b(?:F|C|S|D)?ISH\b|in\s+situ|amplif", re.IGNORECASE)


@dataclass
class ChecklistQuestion:
    """The mentions a question's heading holds, and its result (None: nothing ticked)."""

    owned: set[int]
    finding: Finding | None


def read_checklist_questions(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], owned: set[int]
) -> list[ChecklistQuestion]:
    """Every checklist question on the page whose options carry boxes."""
    questions: list[ChecklistQuestion] = []
    for index, mention in enumerate(mentions):
        if index in owned or mention.implied:
            continue
        if any(index in q.owned for q in questions):
            continue
        question = _question(text, mentions, rules, index)
        if question is not None:
            questions.append(question)
    return questions


def _question(
    text: str, mentions: list[Mention], rules: dict[Marker, MarkerRules], index: int
) -> ChecklistQuestion | None:
    mention = mentions[index]
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = _line_end(text, mention.start)
    if not _is_heading(text, mentions, line_start, line_end):
        return None
    on_heading = {i for i, m in enumerate(mentions) if line_start <= m.start < line_end}
    chosen: list[re.Match[str]] = []
    options = 0
    quantities: list[str] = []
    position = line_end
    for _ in range(_BLOCK_LINES):
        if position >= len(text):
            break
        following = _line_end(text, position + 1)
        option = _OPTION.fullmatch(text, position + 1, following)
        quantity = _QUANTITY.fullmatch(text, position + 1, following)
        if option is not None:
            options += 1
            if option.group("ticked"):
                chosen.append(option)
        elif quantity is not None and options:
            quantities.append(quantity.group(0))
        else:
            break
        position = following
    if not options:
        return None
    inside = {i for i, m in enumerate(mentions) if line_start <= m.start < position}
    if len(chosen) != 1:
        return ChecklistQuestion(on_heading | inside, None)  # nothing (or everything) ticked
    status = _status(chosen[0].group("verdict"))
    if status is None:
        return ChecklistQuestion(on_heading | inside, None)
    aspect = Aspect.AMPLIFICATION if _ISH.search(text, line_start, line_end) else Aspect.EXPRESSION
    if aspect not in rules[mention.marker].aspects:
        return None
    values = read_values("\n".join(quantities))  # the quantities, not the definition
    if aspect is Aspect.EXPRESSION and values.ihc_score is None:
        values.ihc_score = read_values(chosen[0].group(0)).ihc_score  # '[X] Equivocal (Score 2+)'
    finding = Finding(
        marker=mention.marker,
        aspect=aspect,
        status=status,
        start=mention.start,
        end=position,
        values=values,
    )
    return ChecklistQuestion(on_heading | inside, finding)


def _is_heading(text: str, mentions: list[Mention], line_start: int, line_end: int) -> bool:
    """Whether the line names one marker and no result: the question's heading."""
    markers: set[Marker] = set()
    rest = []
    position = line_start
    for mention in mentions:
        if not line_start <= mention.start < line_end:
            continue
        markers.add(mention.marker)
        rest.append(text[position : mention.start])
        position = mention.end
    rest.append(text[position:line_end])
    words = "".join(rest)
    return (
        len(markers) == 1
        and _HEADING_REST.fullmatch(words) is not None
        and not _HEADING_VERDICT.search(words)
    )


def _status(verdict: str) -> Status | None:
    for status, words in _VERDICTS:
        if re.fullmatch(words, verdict, re.IGNORECASE):
            return status
    return None


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end
