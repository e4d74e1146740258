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
_SPREAD_TO = re.compile(
    r"\b(?:metastatic|spread|extend\w*|extension|invad\w*|involv\w*)\s+(?:to|into)?\s*"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OF_SITE = re.compile(
    r"\b(?:carcinoma|adenocarcinoma|cancer|malignancy|tumou?r)\s+of\s+(?:the\s+)?$",
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


def _sites(compiled: _CompiledRule, text: str) -> list[re.Match[str]]:
    """The rule's site words in the text, except sites a tumour is said to have spread to."""
    if compiled.sites is None:
        return []
    return [m for m in compiled.sites.finditer(text) if not _SPREAD_TO.search(text[: m.start()])]


@cache
def _qualified_malignancy() -> re.Pattern[str]:
    """Up to two words, then a malignancy word: what follows 'ovarian' in 'ovarian carcinoma'."""
    return re.compile(rf"^[\s,]*(?:[\w-]+\s+){{0,2}}?{_malignancy(True).pattern}", re.IGNORECASE)


def _names_the_tumour(text: str, site: re.Match[str]) -> bool:
    """Whether a site qualifies a malignancy: 'ovarian carcinoma', 'cancer of the colon'."""
    after = text[site.end() : site.end() + 60]
    before = text[max(0, site.start() - 40) : site.start()]
    return bool(_qualified_malignancy().match(after) or _OF_SITE.search(before))


def classify(
    text: str, malignant: bool | None = None
) -> tuple[TumourTypeRule, re.Match[str]] | None:
    """The tumour-type rule the text satisfies, with the words that satisfy it.

    A histology ('lobular carcinoma') wins first, then a site naming the tumour ('ovarian
    carcinoma', 'carcinoma of the colon'), then any site, rules in table order. A site counts
    only beside a malignancy: one stated in the text, or `malignant=True` when the caller
    knows the text belongs to a diagnosis.
    """
    if malignant is None:
        malignant = malignancy_mention(text, weak=True) is not None
    for compiled in _rules():
        found = compiled.histology.search(text) if compiled.histology else None
        if found:
            return compiled.rule, found
    if not malignant:
        return None
    sited = [(c.rule, m) for c in _rules() for m in _sites(c, text)]
    naming = [(rule, m) for rule, m in sited if _names_the_tumour(text, m)]
    ranked = naming or sited
    return ranked[0] if ranked else None


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


def _context(lines: list[ReportLine], clause: _Clause) -> list[tuple[ReportLine, int, int]]:
    """The lines just above a clause and its line up to it: (line, start, end) in order."""
    first = max(clause.index - _CONTEXT_LINES_BEFORE, 0)
    spans = [(lines[i], 0, len(lines[i].text)) for i in range(first, clause.index)]
    return [*spans, (lines[clause.index], 0, clause.start)]


def _classify_spans(
    spans: list[tuple[ReportLine, int, int]],
) -> tuple[TumourTypeRule, Evidence] | None:
    """Classify the spans read as one text; the evidence is the words in the span they are in."""
    joined, offsets = "", []
    for line, start, end in spans:
        offsets.append((len(joined), line, start))
        joined += line.text[start:end] + "\n"
    found = classify(joined, malignant=True)
    if found is None:
        return None
    rule, match = found
    base, line, start = next(o for o in reversed(offsets) if o[0] <= match.start())
    shift = start - base
    return rule, line.evidence(match.start() + shift, match.end() + shift)


def _tumour_type(
    lines: list[ReportLine], clause: _Clause
) -> tuple[TumourTypeRule, Evidence] | None:
    """The tumour type from the clause itself, else from the lines just above it."""
    return _classify_spans([(lines[clause.index], clause.start, clause.end)]) or _classify_spans(
        _context(lines, clause)
    )


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
