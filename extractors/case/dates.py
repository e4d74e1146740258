"""Report and collection dates: a labelled date on a line, in the usual written forms."""

import re
from datetime import date

from extractors.case.report_lines import ReportLine
from schemas.case import DateFact

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DATE = re.compile(
    r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})\b)"
    r"|(?P<us>\b(?P<um>\d{1,2})/(?P<ud>\d{1,2})/(?P<uy>\d{4}|\d{2})\b)"
    r"|(?P<eu>\b(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>\d{4})\b)"
    rf"|(?P<mdy>\b(?P<wm>{_MONTH})\.?\s+(?P<wd>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<wy>\d{{4}})\b)"
    rf"|(?P<dmy>\b(?P<vd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<vm>{_MONTH})\.?,?\s+(?P<vy>\d{{4}})\b)",
    re.IGNORECASE,
)

_COLLECTION_LABEL = (
    r"collect(?:ed|ion)(?:\s+date)?|date\s+(?:of\s+)?(?:collection|procedure|procurement|biopsy"
    r"|surgery|obtained)|procedure\s+date|date\s+obtained|obtained|procured|specimen\s+date"
    r"|sample\s+(?:date|extraction)|date\s+taken"
)
_REPORT_LABEL = (
    r"report(?:ed)?\s+date|date\s+(?:of\s+)?report(?:ed)?|reported(?:\s+on)?|signed(?:\s+out)?"
    r"(?:\s+on)?|sign[- ]?out\s+date|final(?:ized)?(?:\s+report)?\s+date|verified(?:\s+on)?"
    r"|date\s+(?:issued|finali[sz]ed|signed|verified)|issued(?:\s+on)?"
)
_LABEL = re.compile(
    rf"\b(?:(?P<collection>{_COLLECTION_LABEL})|(?P<report>{_REPORT_LABEL}))\b\s*[:#-]?",
    re.IGNORECASE,
)


def parse_date(match: re.Match[str]) -> date | None:
    """The date a _DATE match writes, or None if it is not a real calendar date."""
    groups = match.groupdict()
    if groups["iso"]:
        parts = (groups["iy"], groups["im"], groups["id"])
    elif groups["us"]:
        parts = (groups["uy"], groups["um"], groups["ud"])
    elif groups["eu"]:
        parts = (groups["ey"], groups["em"], groups["ed"])
    elif groups["mdy"]:
        parts = (groups["wy"], str(_MONTHS[groups["wm"].lower()]), groups["wd"])
    else:
        parts = (groups["vy"], str(_MONTHS[groups["vm"].lower()]), groups["vd"])
    year, month, day = (int(p) for p in parts)
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return date(year, month, day)
    except ValueError:
        return None


def labelled_dates(line: ReportLine) -> list[tuple[str, DateFact]]:
    """("collection" | "report", date) for each labelled date on the line, in line order."""
    labels = list(_LABEL.finditer(line.text))
    found = []
    for i, label in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(line.text)
        match = _DATE.search(line.text, label.end(), stop)
        value = parse_date(match) if match else None
        if match and value:
            kind = "collection" if label.group("collection") else "report"
            evidence = line.evidence(label.start(), match.end())
            found.append((kind, DateFact(value=value, evidence=[evidence])))
    return found


def find_dates(lines: list[ReportLine]) -> tuple[DateFact | None, DateFact | None]:
    """(report date, collection date): the first of each that the report labels."""
    report: DateFact | None = None
    collection: DateFact | None = None
    for line in lines:
        for kind, fact in labelled_dates(line):
            if kind == "report" and report is None:
                report = fact
            elif kind == "collection" and collection is None:
                collection = fact
    return report, collection
