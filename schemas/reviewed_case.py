"""The case as its reviewers left it: the summary rebuilt from the reviewed results."""

from schemas.case import Case, CaseSummary, ReviewAction, SummaryMarkerLine
from schemas.markers import Marker
from schemas.reviewed import ReviewedResult, reviewed_results

PAST_TENSE = {
    ReviewAction.CONFIRM: "confirmed",
    ReviewAction.CORRECT: "corrected",
    ReviewAction.REJECT: "rejected",
    ReviewAction.ADD: "added",
}


def _line_text(result: ReviewedResult) -> str:
    statement = f"{result.marker.value} {result.aspect.value}: {result.status.value}"
    if result.details:
        statement += f" ({result.details})"
    decision = result.decision
    assert decision is not None
    return f"{statement} — {PAST_TENSE[decision.action]} by {decision.reviewer}"


def _changed_line(result: ReviewedResult) -> SummaryMarkerLine:
    return _line(result, _line_text(result))


def _line(result: ReviewedResult, text: str) -> SummaryMarkerLine:
    """The summary line of a reviewed result, with the text it shows."""
    return SummaryMarkerLine(
        marker_id=result.marker_id,
        marker=result.marker,
        aspect=result.aspect,
        status=result.status,
        details=result.details,
        specimen_ref=result.result.specimen_ref,
        source_documents=result.result.source_documents,
        text=text,
    )


def _marker_lines(case: Case, results: list[ReviewedResult]) -> list[SummaryMarkerLine]:
    """The extraction's line for an unchanged result, a new line for a changed or added one."""
    original = {line.marker_id: line for line in case.summary.markers}
    by_id = {r.marker_id: r for r in results}
    lines = []
    for line in case.summary.markers:
        result = by_id.get(line.marker_id)
        if result is None or result.rejected:
            continue
        lines.append(line if not result.changed else _changed_line(result))
    for result in results:
        if result.marker_id not in original and not result.rejected:
            lines.append(_changed_line(result) if result.decision else _unlisted_line(result))
    return lines


def _unlisted_line(result: ReviewedResult) -> SummaryMarkerLine:
    details = f" ({result.details})" if result.details else ""
    text = f"{result.marker.value} {result.aspect.value}: {result.status.value}{details}"
    return _line(result, text)


def reviewed_summary(case: Case) -> CaseSummary:
    """The summary with reviewed results: rejected lines out, corrected and added lines in.

    Hints resting on a result a reviewer changed are left out (their rule saw the old value);
    a missing test that an added result supplies is no longer missing.
    """
    results = reviewed_results(case)
    changed = {r.marker_id for r in results if r.changed}
    added_markers: set[Marker] = {r.marker for r in results if r.extracted is None}
    summary = case.summary
    return summary.model_copy(
        update={
            "markers": _marker_lines(case, results),
            "hints": [h for h in summary.hints if not changed & set(h.marker_ids)],
            "missing_tests": [
                t for t in summary.missing_tests if not added_markers & set(t.markers)
            ],
        }
    )


def reviewed_case(case: Case) -> Case:
    """The case with its summary as reviewed; a case without decisions is returned as it is."""
    if not case.decisions:
        return case
    return case.model_copy(update={"summary": reviewed_summary(case)})
