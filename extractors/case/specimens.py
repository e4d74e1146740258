"""Specimens: the numbered or lettered parts a report lists, with site, procedure and side."""

import re

from extractors.case.report_lines import ReportLine, normalise_spacing
from schemas.case import Laterality, Specimen

_HEADING = re.compile(
    r"^\W*(?:specimens?|parts?|source|material|tissue)(?:\s+(?:submitted|received|source))?"
    r"\s*(?:\(s\))?\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"^\s*(?:part\s+)?(?P<label>[A-Z]|\d{1,2})\s*[.):]\s*(?P<desc>[A-Za-z(/].{2,})$",
)
_PROCEDURE = re.compile(
    r"\b(?:(?:core\s+(?:needle\s+)?|needle\s+|punch\s+|excisional\s+|incisional\s+|endoscopic\s+"
    r"|ebus\s+|transbronchial\s+|wedge\s+)?biops(?:y|ies)|(?:wedge\s+|segmental\s+|local\s+|low\s+"
    r"anterior\s+|transurethral\s+)?resection|wedge|excision|(?:partial\s+|total\s+|radical\s+"
    r"|modified\s+radical\s+|simple\s+)?mastectomy|lumpectomy|lobectomy|pneumonectomy"
    r"|segmentectomy|(?:hemi|sigmoid\s+|total\s+|partial\s+)?colectomy|gastrectomy"
    r"|esophagectomy|oesophagectomy|hysterectomy|oophorectomy|salpingo-oophorectomy"
    r"|prostatectomy|nephrectomy|cystectomy|thyroidectomy|whipple|pancreatoduodenectomy"
    r"|polypectomy|fine[- ]needle\s+aspirat\w*|fna|aspirat\w*|brushings?|washings?"
    r"|(?:pleural\s+)?fluid|cytology|curettage|cone|dissection|debulking|craniotomy)\b",
    re.IGNORECASE,
)
_SIDE = re.compile(r"\b(?P<side>left|right|bilateral)\b", re.IGNORECASE)
_FROZEN_SECTION = re.compile(r"^\s*(?:F/S|FS|frozen section)\s+", re.IGNORECASE)
_MAX_ITEMS = 20


def laterality_in(text: str) -> Laterality | None:
    """The one side a text names, or None when it names none or both."""
    sides = {m.group("side").lower() for m in _SIDE.finditer(text)}
    if sides == {"left", "right"}:
        return Laterality.BILATERAL
    return Laterality(sides.pop()) if len(sides) == 1 else None


def specimen_from_item(line: ReportLine, match: re.Match[str]) -> Specimen:
    """A specimen from one listed item such as '1. LUNG, RIGHT LOWER LOBE: WEDGE RESECTION'."""
    desc = _FROZEN_SECTION.sub("", match.group("desc"))
    procedure = _PROCEDURE.search(desc)
    site_part = desc.split(":", 1)[0] if ":" in desc else desc
    if procedure and ":" not in desc:
        site_part = desc[: procedure.start()] + desc[procedure.end() :]
    site = normalise_spacing(site_part).strip(" ,;-")
    return Specimen(
        label=match.group("label"),
        site=site or None,
        procedure=normalise_spacing(procedure.group(0)).lower() if procedure else None,
        laterality=laterality_in(desc),
        evidence=[line.evidence(match.start("label"), len(line.text))],
    )


def listed_items(lines: list[ReportLine], start: int) -> list[tuple[ReportLine, re.Match[str]]]:
    """The items listed from lines[start] on, up to the first line that is not an item."""
    items = []
    for line in lines[start : start + _MAX_ITEMS]:
        match = _ITEM.match(line.text)
        if not match:
            break
        items.append((line, match))
    return items


def find_specimens(lines: list[ReportLine]) -> list[Specimen]:
    """The specimens of the first specimen list; one per label."""
    for index, line in enumerate(lines):
        heading = _HEADING.match(line.text)
        if not heading:
            continue
        items = listed_items(lines, index + 1)
        inline = _ITEM.match(heading.group("rest"))
        if inline:
            offset = heading.start("rest")
            shifted = ReportLine(line.document, line.page, line.start + offset, heading["rest"])
            items.insert(0, (shifted, inline))
        if items:
            return _unique_labels([specimen_from_item(item, match) for item, match in items])
    return []


def _unique_labels(specimens: list[Specimen]) -> list[Specimen]:
    seen: set[str | None] = set()
    unique = []
    for specimen in specimens:
        if specimen.label not in seen:
            seen.add(specimen.label)
            unique.append(specimen)
    return unique
