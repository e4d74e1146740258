"""The case's facts from its documents' facts: the pathology report's diagnosis first."""

from typing import Any

from schemas.case import CaseFacts, DocumentResults, ReportKind, Specimen, TextFact

_SINGLE_FACTS = ("diagnosis", "tumour_type", "primary_site", "laterality", "grade", "stage")


def _prefers_pathology(documents: list[DocumentResults]) -> list[DocumentResults]:
    """Latest first, pathology and cytology reports before molecular ones."""

    def molecular(document: DocumentResults) -> bool:
        kind = document.facts.report_kind
        return kind is not None and kind.value is ReportKind.MOLECULAR

    latest_first = list(reversed(documents))
    return [d for d in latest_first if not molecular(d)] + [d for d in latest_first if molecular(d)]


def _union_accessions(documents: list[DocumentResults]) -> list[TextFact]:
    merged: dict[str, TextFact] = {}
    for document in documents:
        for fact in document.facts.accession_numbers:
            if fact.value in merged:
                merged[fact.value].evidence.extend(fact.evidence)
            else:
                merged[fact.value] = fact.model_copy(deep=True)
    return list(merged.values())


def _union_specimens(documents: list[DocumentResults]) -> list[Specimen]:
    merged: dict[tuple[str | None, str | None, str | None], Specimen] = {}
    for document in documents:
        for specimen in document.facts.specimens:
            key = (specimen.label, specimen.site, specimen.procedure)
            if key in merged:
                merged[key].evidence.extend(specimen.evidence)
            else:
                merged[key] = specimen.model_copy(deep=True)
    return list(merged.values())


def merge_case_facts(documents: list[DocumentResults]) -> CaseFacts:
    """Facts for the case, documents in case order (oldest first)."""
    preferred = _prefers_pathology(documents)
    single: dict[str, Any] = {}
    for name in _SINGLE_FACTS:
        single[name] = next(
            (getattr(d.facts, name) for d in preferred if getattr(d.facts, name) is not None),
            None,
        )
    report_dates = [d.facts.report_date for d in documents if d.facts.report_date]
    collection_dates = [d.facts.collection_date for d in documents if d.facts.collection_date]
    return CaseFacts(
        report_date=max(report_dates, key=lambda f: f.value) if report_dates else None,
        collection_date=min(collection_dates, key=lambda f: f.value) if collection_dates else None,
        accession_numbers=_union_accessions(documents),
        specimens=_union_specimens(documents),
        **single,
    )
