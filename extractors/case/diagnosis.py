"""The diagnosis clause, and the tumour type and primary site it names."""

import re
from dataclasses import dataclass
from functools import cache

from extractors.case.report_lines import ReportLine, normalise_spacing
from extractors.case.tables import TumourTypeRule, tumour_type_table
from schemas.case import TextFact, TumourTypeFact
from schemas.markers import Evidence

DIAGNOSIS_HEADING = re.compile(
    r"^\W*(?P<kind>final\s+|pathologic(?:al)?\s+|clinical\s+|surgical\s+)*diagnos[ie]s"
    r"(?:\s*\(\w+\))?\s*(?:[:.\-]\s*|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:negative\s+for|free\s+of|no|without|rule\s+out|benign)\b(?:\W+[\w-]+){0,4}?\W+$",
    re.IGNORECASE,
)
_ABOUT_SPREAD = re.compile(r"\b(?:metasta\w*|lymph\s*nod\w*|nodal)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\.(?:\s|$)|;|\s[-–]\s|$")
_LINES_AFTER_HEADING = 15
_CONTEXT_LINES_BEFORE = 3
_MAX_DIAGNOSIS_CHARS = 200


@dataclass(frozen=True)
class _CompiledRule:
    rule: TumourTypeRule
    histology: re.Pattern[str] | None
    sites: re.Pattern[str] | None


@cache
def _malignancy(weak: bool) -> re.Pattern[str]:
    table = tumour_type_table()
    pattern = table.malignancy_pattern
    if weak:
        pattern = f"{pattern}|{table.weak_malignancy_pattern}"
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


@cache
def _rules() -> list[_CompiledRule]:
    def either(patterns: list[str]) -> re.Pattern[str] | None:
        joined = "|".join(f"(?:{p})" for p in patterns)
        return re.compile(rf"\b(?:{joined})\b", re.IGNORECASE) if patterns else None

    return [
        _CompiledRule(r, either(r.histology), either(r.sites)) for r in tumour_type_table().rules
    ]


def malignancy_mention(
    text: str, weak: bool = False, start: int = 0, before: str = ""
) -> re.Match[str] | None:
    """The first word from `start` naming a malignancy that no words just before negate.

    `before` is the text that precedes `text` (the line above), where a wrapped negation
    such as 'NO EVIDENCE OF' may have been left.
    """
    for match in _malignancy(weak).finditer(text, start):
        preceding = f"{before} {text[: match.start()]}"[-60:]
        if not _NEGATION.search(preceding):
            return match
    return None


def classify(
    text: str, malignant: bool | None = None
) -> tuple[TumourTypeRule, re.Match[str]] | None:
    """The first tumour-type rule the text satisfies, with the words that satisfy it.

    A site counts only beside a malignancy: one stated in the text, or `malignant=True` when
    the caller knows the text belongs to a diagnosis.
    """
    if malignant is None:
        malignant = malignancy_mention(text, weak=True) is not None
    for compiled in _rules():
        found = compiled.histology.search(text) if compiled.histology else None
        if found is None and malignant and compiled.sites:
            found = compiled.sites.search(text)
        if found:
            return compiled.rule, found
    return None


@dataclass(frozen=True)
class _Clause:
    index: int
    start: int
    end: int


def _clause_around(line: ReportLine, index: int, mention: re.Match[str], floor: int) -> _Clause:
    """The clause of a line that holds a malignancy mention, bounded by stops and dashes."""
    before = line.text[floor : mention.start()]
    stops = [m.end() for m in _CLAUSE_END.finditer(before) if m.group(0)]
    start = floor + (stops[-1] if stops else 0)
    end_match = _CLAUSE_END.search(line.text, mention.end())
    end = end_match.start() if end_match else len(line.text)
    return _Clause(index, start, min(end, start + _MAX_DIAGNOSIS_CHARS))


def _clauses(lines: list[ReportLine], indexes: range, floor: int, weak: bool) -> list[_Clause]:
    """Every clause in the lines naming a malignancy, in reading order."""
    clauses = []
    for index in indexes:
        start = floor if index == indexes.start else 0
        before = lines[index - 1].text if index else ""
        text = lines[index].text
        mention = malignancy_mention(text, weak, start, before)
        while mention:
            clause = _clause_around(lines[index], index, mention, start)
            clauses.append(clause)
            mention = malignancy_mention(text, weak, max(clause.end, mention.end()), before)
    return clauses


def _text(lines: list[ReportLine], clause: _Clause) -> str:
    return lines[clause.index].text[clause.start : clause.end]


def _best_clause(lines: list[ReportLine], clauses: list[_Clause]) -> _Clause | None:
    """The first clause about the tumour itself, else the first about a metastasis."""
    primary = [c for c in clauses if not _ABOUT_SPREAD.search(_text(lines, c))]
    ranked = primary or clauses
    return ranked[0] if ranked else None


def _diagnosis_headings(lines: list[ReportLine]) -> list[tuple[int, int]]:
    """(line index, offset after the heading) of each diagnosis heading; clinical ones last."""
    found = []
    for index, line in enumerate(lines):
        match = DIAGNOSIS_HEADING.match(line.text)
        if match:
            clinical = "clinical" in (match.group("kind") or "").lower()
            found.append((clinical, index, match.start("rest")))
    return [(index, offset) for _, index, offset in sorted(found, key=lambda f: f[0])]


def find_diagnosis_clause(lines: list[ReportLine]) -> _Clause | None:
    """The clause stating the diagnosis: under a diagnosis heading if any, else anywhere."""
    for weak in (False, True):
        for index, offset in _diagnosis_headings(lines):
            window = range(index, min(index + 1 + _LINES_AFTER_HEADING, len(lines)))
            clauses = _clauses(lines, window, offset, weak)
            if weak:
                clauses = [c for c in clauses if classify(_text(lines, c))]
            clause = _best_clause(lines, clauses)
            if clause:
                return clause
    for index, line in enumerate(lines):
        mention = malignancy_mention(line.text)
        if mention and classify(line.text):
            return _clause_around(line, index, mention, 0)
    return None


def _tumour_type(
    lines: list[ReportLine], clause: _Clause
) -> tuple[TumourTypeRule, Evidence] | None:
    """The tumour type from the clause, else from its line before it, else from lines above."""
    line = lines[clause.index]
    places = [(line, clause.start, clause.end), (line, 0, clause.start)]
    for earlier in range(clause.index - 1, max(clause.index - 1 - _CONTEXT_LINES_BEFORE, -1), -1):
        places.append((lines[earlier], 0, len(lines[earlier].text)))
    for place, start, end in places:
        found = classify(place.text[start:end], malignant=True)
        if found:
            rule, match = found
            return rule, place.evidence(start + match.start(), start + match.end())
    return None


def find_diagnosis(
    lines: list[ReportLine],
) -> tuple[TextFact | None, TumourTypeFact | None, TextFact | None]:
    """(diagnosis, tumour type, primary site) as the report states them."""
    clause = find_diagnosis_clause(lines)
    if clause is None:
        return None, None, None
    line = lines[clause.index]
    text = normalise_spacing(line.text[clause.start : clause.end]).strip("-–•*,;: ")
    diagnosis = TextFact(value=text, evidence=[line.evidence(clause.start, clause.end)])
    typed = _tumour_type(lines, clause)
    if typed is None:
        return diagnosis, None, None
    rule, evidence = typed
    tumour_type = TumourTypeFact(value=rule.tumour_type, evidence=[evidence])
    site = rule.primary_site
    return diagnosis, tumour_type, TextFact(value=site, evidence=[evidence]) if site else None
