"""A report's lines with their page offsets, minus the lines that identify the patient."""

import re
from dataclasses import dataclass

from schemas.document import Document, Page
from schemas.markers import Evidence

# Lines naming or identifying the patient never feed a fact: losing a fact there is cheaper
# than copying a name, record number or birth date into the case. OCR look-alikes (Patlent,
# D0B) count too.
_IDENTIFYING_LINE = re.compile(
    r"\b(pat[il1|]ent|name|forename|surname|m\.?r\.?n|mr\s*#|medical record|d\.?[o0]\.?b\b"
    r"|date of b[il1]rth|b[il1]rth\s*date|born|sex\s*[:/]|gender|address|phone|ssn"
    r"|social security|insurance|your id)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReportLine:
    """One line of a page's text and where it starts in that page."""

    document: str
    page: Page
    start: int
    text: str

    def evidence(self, start: int = 0, end: int | None = None) -> Evidence:
        """Evidence for the characters [start, end) of this line (the whole line by default)."""
        end = len(self.text) if end is None else end
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        page_start, page_end = self.start + start, self.start + end
        return Evidence(
            document=self.document,
            page=self.page.number,
            start=page_start,
            end=page_end,
            text=self.page.text[page_start:page_end],
            boxes=[word.bbox for word in self.page.words_in(page_start, page_end)],
        )


def identifies_patient(text: str) -> bool:
    """Whether a line names or identifies the patient (name, MRN, birth date, address)."""
    return bool(_IDENTIFYING_LINE.search(text))


def report_lines(doc: Document) -> list[ReportLine]:
    """Every line of every page in reading order, except lines that identify the patient."""
    lines = []
    for page in doc.pages:
        offset = 0
        for text in page.text.split("\n"):
            if text.strip() and not identifies_patient(text):
                lines.append(ReportLine(doc.sha256, page, offset, text))
            offset += len(text) + 1
    return lines


def normalise_spacing(text: str) -> str:
    """Runs of whitespace as one space, trimmed."""
    return " ".join(text.split())
