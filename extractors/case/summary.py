"""The summary a reviewer reads first: diagnosis, markers, conflicts, missing tests, hints."""

import re

from extractors.case.tables import (
    ExpectedTest,
    HER2Condition,
    HintRule,
    MarkerCondition,
    TestRequirement,
    expected_test_table,
    hint_table,
)
from extractors.case.wording import (
    result_details,
    result_statement,
    source_names,
    specimen_words,
)
from schemas.case import (
    CaseFacts,
    CaseHER2Interpretation,
    CaseMarker,
    CaseSummary,
    Conflict,
    DocumentResults,
    MarkerState,
    MissingTest,
    ProgramHint,
    SummaryConflictLine,
    SummaryDiagnosis,
    SummaryMarkerLine,
    TumourType,
)
from schemas.markers import Aspect, Marker

_MARKER_ORDER = {marker: i for i, marker in enumerate(Marker)}
_ASPECT_ORDER = {aspect: i for i, aspect in enumerate(Aspect)}
_HINT_DISCLAIMER = "A hint for the reviewer, not a recommendation: eligibility is not checked."


def _standing(markers: list[CaseMarker]) -> list[CaseMarker]:
    current = [m for m in markers if m.state is MarkerState.CURRENT]
    return sorted(
        current,
        key=lambda m: (
            m.historical,
            _MARKER_ORDER[m.marker],
            _ASPECT_ORDER[m.aspect],
            m.specimen_ref,
            m.marker_id,
        ),
    )


def _diagnosis(facts: CaseFacts) -> SummaryDiagnosis:
    evidence = facts.diagnosis.evidence if facts.diagnosis else []
    return SummaryDiagnosis(
        text=facts.diagnosis.value if facts.diagnosis else None,
        tumour_type=facts.tumour_type.value if facts.tumour_type else None,
        primary_site=facts.primary_site.value if facts.primary_site else None,
        source_documents=sorted({e.document for e in evidence if e.document}),
    )


def _marker_line(
    marker: CaseMarker, conflicted: set[str], documents: list[DocumentResults]
) -> SummaryMarkerLine:
    notes = [f"from {source_names(marker.source_documents, documents)}"]
    if specimen_words(marker.specimen_ref):
        notes.insert(0, f"specimen {specimen_words(marker.specimen_ref)}")
    if marker.history:
        notes.append(f"replaces {len(marker.history)} earlier result(s)")
    if marker.marker_id in conflicted:
        notes.append("in conflict, see below")
    prefix = "History of another tumour, not this specimen: " if marker.historical else ""
    return SummaryMarkerLine(
        marker_id=marker.marker_id,
        marker=marker.marker,
        aspect=marker.aspect,
        status=marker.status,
        details=result_details(marker),
        specimen_ref=marker.specimen_ref,
        source_documents=marker.source_documents,
        text=f"{prefix}{result_statement(marker)} — {'; '.join(notes)}",
    )


def _conflict_line(conflict: Conflict, documents: list[DocumentResults]) -> SummaryConflictLine:
    names = source_names(conflict.source_documents, documents)
    specimen = specimen_words(conflict.specimen_ref)
    where = f" on specimen {specimen}" if specimen else ""
    kind = conflict.kind.value.replace("_", " ")
    text = f"For the reviewer to resolve ({kind}){where}: {conflict.description} — in {names}"
    return SummaryConflictLine(conflict_id=conflict.conflict_id, text=text)


def _satisfies(marker: CaseMarker, need: TestRequirement) -> bool:
    return marker.marker is need.marker and (not need.aspects or marker.aspect in need.aspects)


def _missing(tumour_type: TumourType | None, standing: list[CaseMarker]) -> list[MissingTest]:
    if tumour_type is None:
        return []
    tested = [m for m in standing if not m.historical]
    missing = []
    for entry in expected_test_table().tumour_types:
        if entry.tumour_type is not tumour_type:
            continue
        for test in entry.tests:
            if not any(_satisfies(m, need) for m in tested for need in test.any_of):
                missing.append(_missing_test(tumour_type, test))
    return missing


def _missing_test(tumour_type: TumourType, test: ExpectedTest) -> MissingTest:
    kind = tumour_type.value.replace("_", " ")
    return MissingTest(
        tumour_type=tumour_type,
        test=test.test,
        markers=sorted({need.marker for need in test.any_of}, key=_MARKER_ORDER.__getitem__),
        text=f"No report in this case gives {test.test}, usually tested in {kind} cancer: "
        "check whether it was done elsewhere or is pending.",
    )


def _marker_matches(marker: CaseMarker, condition: MarkerCondition) -> bool:
    return (
        marker.marker is condition.marker
        and (not condition.aspects or marker.aspect in condition.aspects)
        and marker.status in condition.statuses
        and (not condition.ihc_scores or marker.ihc_score in condition.ihc_scores)
        and (
            condition.alteration_pattern is None
            or re.search(condition.alteration_pattern, marker.alteration or "", re.I) is not None
        )
    )


def _her2_matches(interpretation: CaseHER2Interpretation, condition: HER2Condition) -> bool:
    status_ok = not condition.statuses or interpretation.status in condition.statuses
    low_ok = condition.her2_low is None or interpretation.her2_low is condition.her2_low
    return status_ok and low_ok


def _hint(
    rule: HintRule, standing: list[CaseMarker], her2: list[CaseHER2Interpretation]
) -> ProgramHint | None:
    tested = [m for m in standing if not m.historical]
    matched = [m for m in tested if any(_marker_matches(m, c) for c in rule.markers)]
    by_her2 = any(_her2_matches(i, c) for i in her2 for c in rule.her2)
    if by_her2:
        her2_results = [m for m in tested if m.marker is Marker.HER2 and m not in matched]
        matched.extend(her2_results)
    if not matched and not by_her2:
        return None
    basis = "; ".join(result_statement(m) for m in matched) or "HER2 interpretation"
    finding = rule.finding[:1].upper() + rule.finding[1:]
    text = (
        f"{finding} is reported ({basis}); cases like this are sometimes considered for "
        f"{rule.program}. {_HINT_DISCLAIMER}"
    )
    return ProgramHint(
        hint_id=rule.hint_id,
        program=rule.program,
        marker_ids=[m.marker_id for m in matched],
        text=text,
    )


def build_summary(
    facts: CaseFacts,
    markers: list[CaseMarker],
    her2: list[CaseHER2Interpretation],
    conflicts: list[Conflict],
    documents: list[DocumentResults],
) -> CaseSummary:
    """The summary of an assembled case, every line tied to the results it states."""
    standing = _standing(markers)
    conflicted = {marker_id for c in conflicts for marker_id in c.marker_ids}
    hints = [_hint(rule, standing, her2) for rule in hint_table().rules]
    return CaseSummary(
        diagnosis=_diagnosis(facts),
        markers=[_marker_line(m, conflicted, documents) for m in standing],
        conflicts=[_conflict_line(c, documents) for c in conflicts],
        missing_tests=_missing(facts.tumour_type.value if facts.tumour_type else None, standing),
        hints=[h for h in hints if h is not None],
    )
