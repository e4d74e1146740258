"""A case from its documents' results: merged, superseded, conflicts flagged, summarised."""

from extractors.case.case_facts import merge_case_facts
from extractors.case.case_her2 import case_her2
from extractors.case.discordance import discordant_specimens
from extractors.case.merging import MergeState, merge_result
from extractors.case.ordering import in_case_order
from extractors.case.summary import build_summary
from schemas.case import Case, CaseMarker, Conflict, DocumentResults


def _merge(documents: list[DocumentResults]) -> tuple[list[CaseMarker], list[Conflict]]:
    """Merged results with their final specimen refs, and the contradictions found."""
    state = MergeState()
    for document in documents:
        for index, result in enumerate(document.markers):
            merge_result(state, document, index, result)
    markers = [
        b.marker.model_copy(update={"specimen_ref": state.groups[b.group].ref})
        for b in state.builders
    ]
    refs = {m.marker_id: m.specimen_ref for m in markers}
    conflicts = [
        c.model_copy(update={"specimen_ref": refs[c.marker_ids[0]]}) for c in state.conflicts
    ]
    return markers, conflicts


def assemble_case(case_id: str, results: list[DocumentResults]) -> Case:
    """The case made of these documents' results; the same input always gives the same case.

    A document given twice counts once. Results for the same test and specimen merge into one
    with every evidence item; a later or amending report supersedes an earlier one, which stays
    in the history; contradictions are flagged as conflicts for the reviewer, never resolved.
    """
    documents = in_case_order(results)
    markers, conflicts = _merge(documents)
    conflicts += discordant_specimens(markers)
    her2 = case_her2(markers, documents)
    facts = merge_case_facts(documents)
    received = [d.received_at for d in documents]
    return Case(
        case_id=case_id,
        documents=documents,
        markers=markers,
        her2=her2,
        facts=facts,
        conflicts=conflicts,
        summary=build_summary(facts, markers, her2, conflicts, documents),
        created_at=min(received) if received else None,
        updated_at=max(received) if received else None,
    )
