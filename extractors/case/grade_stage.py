"""Grade and stage as the report writes them (Nottingham grade 2, G3, pT2 N1a M0, stage IIB)."""

import re

from extractors.case.diagnosis import malignancy_mention
from extractors.case.report_lines import ReportLine, normalise_spacing
from schemas.case import TextFact

_GRADES = [
    re.compile(
        r"\b(?:(?:histologic(?:al)?|nottingham|combined|overall|who|fnclcc|tumou?r|gleason)\s+)?"
        r"grade(?:\s+group)?\s*[:\-]?\s*(?:is\s+)?(?:[1-5](?:\s*(?:of|/)\s*[345])?|IV|I{1,3}"
        r"|low|intermediate|high)\b",
        re.IGNORECASE,
    ),
    # A bare G1-G4 counts only on a line naming a malignancy ('Adenocarcinoma G2').
    re.compile(r"(?:^|[\s,;(])G[1-4](?=$|[\s,;).])"),
    re.compile(r"\b(?:well|moderately|poorly)(?:\s+to\s+\w+)?[- ]differentiated\b", re.IGNORECASE),
    re.compile(
        r"\b(?:low|intermediate|high)[- ]grade\s+(?:\w+\s+){0,3}?"
        r"(?:carcinoma|adenocarcinoma|glioma|serous|sarcoma|neoplasm)\b",
        re.IGNORECASE,
    ),
]
_STAGES = [
    re.compile(
        r"\b(?:[ycr]|yp|rp)?p?T(?:[0-4][a-d]?|is|x)(?:\s*\(\w+\))?\s*,?\s*(?:y|c)?p?N(?:[0-3][a-c]?"
        r"|x)(?:\s*\(\w+\))?(?:\s*,?\s*(?:p|c)?M(?:[01][a-c]?|x))?\b"
    ),
    re.compile(
        r"\b(?:AJCC|FIGO|pathologic(?:al)?|clinical|TNM|prognostic)?\s*stage(?:\s+group)?\s*[:\-]?"
        r"\s*(?:0|I{1,3}V?|IV)[ABC]?[1-3]?\b",
        re.IGNORECASE,
    ),
]


_BARE_GRADE = _GRADES[1]


def _first(lines: list[ReportLine], patterns: list[re.Pattern[str]]) -> TextFact | None:
    for pattern in patterns:
        for line in lines:
            match = pattern.search(line.text)
            if match and pattern is _BARE_GRADE and not malignancy_mention(line.text, weak=True):
                continue
            if match:
                value = normalise_spacing(match.group(0))
                return TextFact(value=value, evidence=[line.evidence(match.start(), match.end())])
    return None


def find_grade(lines: list[ReportLine]) -> TextFact | None:
    """The first grade the report states, preferring an explicit 'grade' to other wordings."""
    return _first(lines, _GRADES)


def find_stage(lines: list[ReportLine]) -> TextFact | None:
    """The first TNM stage, else the first stage group, the report states."""
    return _first(lines, _STAGES)
