"""Case facts from one report: kind, dates, accessions, specimens, diagnosis, grade, stage."""

from extractors.case.accessions import find_accessions
from extractors.case.dates import find_dates
from extractors.case.diagnosis import find_diagnosis
from extractors.case.grade_stage import find_grade, find_stage
from extractors.case.report_kind import find_report_kind
from extractors.case.report_lines import report_lines
from extractors.case.specimens import find_specimens, laterality_in
from schemas.case import CaseFacts, LateralityFact, Specimen, TextFact
from schemas.document import Document


def extract_case_facts(doc: Document) -> CaseFacts:
    """Every case fact the document states, each with the words that state it.

    Lines that identify the patient (name, record number, birth date) are never read.
    """
    lines = report_lines(doc)
    report_date, collection_date = find_dates(lines)
    specimens = find_specimens(lines)
    diagnosis, tumour_type, primary_site = find_diagnosis(lines)
    return CaseFacts(
        report_kind=find_report_kind(lines),
        report_date=report_date,
        collection_date=collection_date,
        accession_numbers=find_accessions(lines),
        specimens=specimens,
        diagnosis=diagnosis,
        tumour_type=tumour_type,
        primary_site=primary_site,
        laterality=_laterality(specimens, diagnosis),
        grade=find_grade(lines),
        stage=find_stage(lines),
    )


def _laterality(specimens: list[Specimen], diagnosis: TextFact | None) -> LateralityFact | None:
    """The side of the diagnosis, else the one side all lateral specimens share."""
    if diagnosis is not None:
        side = laterality_in(diagnosis.value)
        if side is not None:
            return LateralityFact(value=side, evidence=list(diagnosis.evidence))
    sides = {s.laterality for s in specimens if s.laterality is not None}
    if len(sides) == 1:
        side = sides.pop()
        evidence = [e for s in specimens if s.laterality is side for e in s.evidence]
        return LateralityFact(value=side, evidence=evidence)
    return None
