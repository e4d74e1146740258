"""Accession numbers: the laboratory's case numbers, taken only where a label names them."""

import re

from extractors.case.report_lines import ReportLine, normalise_spacing
from schemas.case import TextFact

_ACCESSION = re.compile(
    r"\b(?:accession|case|lab(?:oratory)?|surgical(?:\s+path(?:ology)?)?|path(?:ology)?"
    r"|report|specimen|requisition)(?:\s*+(?:no\.?|number|num\.?|#|id))?(?:\s*+[:#])?\s*"
    r"(?P<value>[A-Z$]{0,4}[- ]?\d{2,4}[-/][A-Z]?\d{2,8}(?:[-/]\d{1,4})?|[A-Z$]{1,4}\d{5,10})\b",
    re.IGNORECASE,
)
_DATE_SHAPE = re.compile(r"\d{1,4}[-/]\d{1,2}[-/]\d{1,4}")


def find_accessions(lines: list[ReportLine]) -> list[TextFact]:
    """Each distinct labelled accession number, with every place it is stated."""
    facts: dict[str, TextFact] = {}
    for line in lines:
        for match in _ACCESSION.finditer(line.text):
            # OCR reads a prefix S as $ often enough to undo it ($26-10104 -> S26-10104).
            value = normalise_spacing(match.group("value")).upper().replace("$", "S")
            if _DATE_SHAPE.fullmatch(value):
                continue
            evidence = line.evidence(match.start("value"), match.end("value"))
            if value in facts:
                facts[value].evidence.append(evidence)
            else:
                facts[value] = TextFact(value=value, evidence=[evidence])
    return list(facts.values())
