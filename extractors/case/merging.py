"""Merging results across documents: same test and specimen merge; later ones supersede."""

import hashlib
from dataclasses import dataclass, field

from extractors.case.ordering import is_amendment
from extractors.case.wording import result_details, result_statement
from schemas.case import (
    CaseMarker,
    Conflict,
    ConflictKind,
    DocumentResults,
    HistoryEntry,
    MarkerState,
    SupersedeReason,
)
from schemas.markers import Aspect, Marker, MarkerResult, Status

_VARIANT_ASPECTS = {Aspect.MUTATION, Aspect.FUSION}


@dataclass
class SpecimenGroup:
    """Results from documents that describe the same specimen: same label, shared accession."""

    label: str | None
    accessions: set[str] = field(default_factory=set)

    def accepts(self, label: str | None, accessions: set[str]) -> bool:
        """Whether a result labelled so, from a document with these accessions, is this one."""
        if label != self.label:
            return False
        return not self.accessions or not accessions or bool(self.accessions & accessions)

    @property
    def ref(self) -> str:
        """'accession/label', either part empty when unknown."""
        accession = min(self.accessions) if self.accessions else ""
        return f"{accession}/{self.label or ''}"


def _normalised(alteration: str | None) -> str | None:
    return " ".join(alteration.lower().split()) if alteration else None


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def same_finding(a: MarkerResult, b: MarkerResult) -> bool:
    """Whether two results say the same thing (details may differ or be missing in one)."""
    return (
        a.status is b.status
        and _compatible(a.ihc_score, b.ihc_score)
        and _compatible(_normalised(a.alteration), _normalised(b.alteration))
    )


def contradicts(a: MarkerResult, b: MarkerResult) -> bool:
    """Whether two results of one test on one specimen cannot both hold.

    Two different variants detected in the same gene can both hold; anything else that is
    not the same finding contradicts.
    """
    if same_finding(a, b):
        return False
    both_positive = a.status is Status.POSITIVE and b.status is Status.POSITIVE
    return not (a.aspect in _VARIANT_ASPECTS and both_positive)


@dataclass
class _Builder:
    marker: CaseMarker
    group: int


@dataclass
class MergeState:
    """What merging has built so far: specimen groups, merged results, conflicts."""

    groups: list[SpecimenGroup] = field(default_factory=list)
    builders: list[_Builder] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def group_for(self, label: str | None, accessions: set[str]) -> int:
        """The index of the specimen group a result belongs to, made if new."""
        for index, group in enumerate(self.groups):
            if group.accepts(label, accessions):
                group.accessions |= accessions
                return index
        self.groups.append(SpecimenGroup(label, set(accessions)))
        return len(self.groups) - 1

    def current_for(self, result: MarkerResult, group: int) -> list[_Builder]:
        """Current merged results of the same test and specimen."""
        return [
            b
            for b in self.builders
            if b.group == group
            and b.marker.state is MarkerState.CURRENT
            and (b.marker.marker, b.marker.aspect, b.marker.historical)
            == (result.marker, result.aspect, result.historical)
        ]


def _marker_id(result: MarkerResult, document_id: str, index: int) -> str:
    return f"{result.marker.value}.{result.aspect.value}.{document_id[:12]}.r{index}"


def _absorb(builder: _Builder, result: MarkerResult, document_id: str) -> None:
    """Add a result that states the same finding: its evidence, its document, newer details."""
    marker = builder.marker
    updates = {
        name: value
        for name, value in result.model_dump(exclude={"evidence"}).items()
        if value is not None and name in MarkerResult.model_fields
    }
    merged = marker.model_copy(update=updates)
    merged.evidence = [*marker.evidence, *result.evidence]
    if document_id not in merged.source_documents:
        merged.source_documents = [*marker.source_documents, document_id]
    builder.marker = merged


def make_conflict(kind: ConflictKind, markers: list[CaseMarker], ref: str) -> Conflict:
    """A conflict between results, described by their statements side by side."""
    ids = [m.marker_id for m in markers]
    documents = sorted({d for m in markers for d in m.source_documents})
    statements = " vs ".join(result_statement(m) for m in markers)
    digest = hashlib.sha256("|".join([kind.value, *ids]).encode()).hexdigest()[:12]
    return Conflict(
        conflict_id=f"conflict.{digest}",
        kind=kind,
        marker=Marker(markers[0].marker),
        aspect=Aspect(markers[0].aspect),
        specimen_ref=ref,
        marker_ids=ids,
        source_documents=documents,
        description=statements,
    )


def _supersede(old: _Builder, new: CaseMarker, amended: bool) -> None:
    reason = SupersedeReason.AMENDED if amended else SupersedeReason.LATER_REPORT
    entry = HistoryEntry(
        marker_id=old.marker.marker_id,
        status=old.marker.status,
        details=result_details(old.marker),
        source_documents=old.marker.source_documents,
        reason=reason,
    )
    new.history = [*new.history, *old.marker.history, entry]
    old.marker = old.marker.model_copy(
        update={"state": MarkerState.SUPERSEDED, "superseded_by": new.marker_id}
    )


def merge_result(
    state: MergeState, document: DocumentResults, index: int, result: MarkerResult
) -> None:
    """Fold one result of a document (taken in case order) into the merge state."""
    accessions = {a.value for a in document.facts.accession_numbers}
    group = state.group_for(result.specimen, accessions)
    current = state.current_for(result, group)
    agreeing = next((b for b in current if same_finding(b.marker, result)), None)
    if agreeing is not None:
        _absorb(agreeing, result, document.document_id)
        return
    marker = CaseMarker(
        **result.model_dump(),
        marker_id=_marker_id(result, document.document_id, index),
        source_documents=[document.document_id],
    )
    ref = state.groups[group].ref
    for old in (b for b in current if contradicts(b.marker, result)):
        if document.document_id in old.marker.source_documents:
            state.conflicts.append(
                make_conflict(ConflictKind.CONTRADICTION, [old.marker, marker], ref)
            )
            continue
        amended = is_amendment(document)
        if not amended:
            state.conflicts.append(
                make_conflict(ConflictKind.CONTRADICTION, [old.marker, marker], ref)
            )
        _supersede(old, marker, amended)
    state.builders.append(_Builder(marker, group))
