"""Signed-off cases as test cases: each document's reviewed results in the corpus label format."""

from typing import Any

from schemas.case import Case, CaseMarker, MarkerState, ReviewAction
from schemas.reviewed import ReviewedResult, current_sign_off, reviewed_results

LABEL_DETAIL_FIELDS = ("ihc_score", "percent", "ratio", "alteration", "value")
QUOTE_JOINER = " … "


def _quote(marker: CaseMarker, document_id: str) -> str:
    """The words on this document that state the result (as read), joined if several."""
    fallback = marker.source_documents[0] if marker.source_documents else ""
    texts = [e.text for e in marker.evidence if (e.document or fallback) == document_id]
    return QUOTE_JOINER.join(dict.fromkeys(t.strip() for t in texts if t.strip()))


def _label(
    marker: CaseMarker, decision: str, details: str, quote: str, *, optional: bool
) -> dict[str, Any]:
    label: dict[str, Any] = {
        "marker": marker.marker.value,
        "aspect": marker.aspect.value,
        "status": marker.status.value,
    }
    for name in LABEL_DETAIL_FIELDS:
        value = getattr(marker, name)
        if value is not None:
            label[name] = value.value if name == "ihc_score" else value
    if optional:
        label["optional"] = True
    label["details"] = details
    if quote:
        label["quote"] = quote
    label["decision"] = decision
    return label


def _states(result: ReviewedResult, document_id: str) -> bool:
    return document_id in result.result.source_documents or any(
        e.document == document_id for e in result.result.evidence
    )


def _reviewed_label(result: ReviewedResult, document_id: str) -> dict[str, Any]:
    decision = result.decision.action.value if result.decision else "undecided"
    quote = _quote(result.extracted, document_id) if result.extracted else ""
    return _label(result.result, decision, result.details, quote, optional=result.decision is None)


def _added_document(case: Case, result: ReviewedResult) -> str | None:
    """The document an added result is stated in: the one named, or the case's only one."""
    if result.result.source_documents:
        return result.result.source_documents[0]
    return case.documents[0].document_id if len(case.documents) == 1 else None


def document_labels(case: Case, document_id: str) -> list[dict[str, Any]]:
    """The labels of one document of a signed-off case.

    Reviewed results the document states: confirmed, corrected and added ones are required
    labels; rejected ones are left out; results left undecided at sign-off, and results a
    later report superseded (never reviewed), are `optional`.
    """
    labels = []
    for result in reviewed_results(case):
        if result.rejected:
            continue
        if result.extracted is None:
            if _added_document(case, result) == document_id:
                labels.append(
                    _label(
                        result.result, ReviewAction.ADD.value, result.details, "", optional=False
                    )
                )
        elif _states(result, document_id):
            labels.append(_reviewed_label(result, document_id))
    for marker in case.markers:
        if marker.state is MarkerState.SUPERSEDED and document_id in marker.source_documents:
            labels.append(
                _label(marker, "superseded", "", _quote(marker, document_id), optional=True)
            )
    return labels


def case_label_rows(case: Case) -> list[dict[str, Any]]:
    """One labels.jsonl row per document of a signed-off case: id (sha256), case id, markers."""
    if current_sign_off(case) is None:
        return []
    return [
        {
            "id": d.document_id,
            "case_id": case.case_id,
            "markers": document_labels(case, d.document_id),
        }
        for d in case.documents
    ]


def unplaced_additions(case: Case) -> int:
    """Added results whose document is unknown (several documents, none chosen): not exported."""
    return sum(
        1
        for r in reviewed_results(case)
        if r.extracted is None and not r.rejected and _added_document(case, r) is None
    )
