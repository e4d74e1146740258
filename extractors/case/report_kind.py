"""The report's kind, from the first title or type line that names exactly one kind."""

import re
from functools import cache

from extractors.case.diagnosis import DIAGNOSIS_HEADING
from extractors.case.report_lines import ReportLine
from extractors.case.tables import report_kind_table
from schemas.case import ReportKind, ReportKindFact


@cache
def _compiled() -> list[tuple[ReportKind, list[re.Pattern[str]]]]:
    return [
        (rule.kind, [re.compile(p, re.IGNORECASE) for p in rule.patterns])
        for rule in report_kind_table().kinds
    ]


def kinds_named(text: str) -> list[tuple[ReportKind, re.Match[str]]]:
    """Each kind the text names, with the first phrase that names it."""
    named = []
    for kind, patterns in _compiled():
        for pattern in patterns:
            match = pattern.search(text)
            if match:
                named.append((kind, match))
                break
    return named


def title_lines(lines: list[ReportLine]) -> list[ReportLine]:
    """The first page's opening lines, up to the first diagnosis heading: where titles are."""
    first_page = lines[0].page.number if lines else 1
    opening = []
    for line in lines[: report_kind_table().lines_to_read]:
        if line.page.number != first_page or DIAGNOSIS_HEADING.match(line.text):
            break
        opening.append(line)
    return opening


def find_report_kind(lines: list[ReportLine]) -> ReportKindFact | None:
    """The kind named alone by the earliest title line (an addendum section later is no title)."""
    for line in title_lines(lines):
        named = kinds_named(line.text)
        if len(named) == 1:
            kind, match = named[0]
            return ReportKindFact(value=kind, evidence=[line.evidence(match.start(), match.end())])
    return None
