"""HER2 status per specimen of the case, from the IHC and ISH results that stand."""

from itertools import groupby

from schemas.case import CaseHER2Interpretation, CaseMarker, DocumentResults, MarkerState
from schemas.markers import Aspect, Marker, MarkerResult

_HER2_ASPECTS = {Aspect.EXPRESSION, Aspect.AMPLIFICATION}


def _as_result(marker: CaseMarker) -> MarkerResult:
    return MarkerResult.model_validate(marker.model_dump(include=set(MarkerResult.model_fields)))


def case_her2(
    markers: list[CaseMarker], documents: list[DocumentResults]
) -> list[CaseHER2Interpretation]:
    """One HER2 interpretation per specimen from the HER2 results that stand.

    An IHC 2+ from a biopsy and a FISH from its addendum combine; when no interpretation can
    be made, the documents' own interpretations are kept.
    """
    from extractors.markers import interpret_her2

    her2 = sorted(
        (
            m
            for m in markers
            if m.marker is Marker.HER2
            and m.aspect in _HER2_ASPECTS
            and m.state is MarkerState.CURRENT
            and not m.historical
        ),
        key=lambda m: (m.specimen_ref, m.marker_id),
    )
    interpretations = []
    for _, group in groupby(her2, key=lambda m: m.specimen_ref):
        results = list(group)
        sources = sorted({d for m in results for d in m.source_documents})
        for found in interpret_her2([_as_result(m) for m in results]):
            interpretations.append(
                CaseHER2Interpretation(**found.model_dump(), source_documents=sources)
            )
    return interpretations or _document_interpretations(documents)


def _document_interpretations(documents: list[DocumentResults]) -> list[CaseHER2Interpretation]:
    found: dict[str, CaseHER2Interpretation] = {}
    for document in documents:
        for interpretation in document.her2:
            key = interpretation.model_dump_json()
            if key in found:
                found[key].source_documents.append(document.document_id)
            else:
                found[key] = CaseHER2Interpretation(
                    **interpretation.model_dump(), source_documents=[document.document_id]
                )
    return list(found.values())
