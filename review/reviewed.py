"""A case's results as they stand after its reviewers' decisions: the newest decision counts."""

from pydantic import BaseModel, ConfigDict, Field

from schemas.case import Case, CaseMarker, ReviewAction, ReviewDecision
from schemas.markers import Aspect, Marker, Status

ADDED_PREFIX = "added."


class ReviewedResult(BaseModel):
    """One result as the reviewer left it: extracted (maybe corrected or rejected) or added."""

    model_config = ConfigDict(extra="forbid")

    marker_id: str
    marker: Marker
    aspect: Aspect
    status: Status
    details: str = ""
    extracted: CaseMarker | None = Field(
        default=None, description="The extracted result, None for one a reviewer added."
    )
    decision: ReviewDecision | None = Field(default=None, description="The newest decision.")

    @property
    def rejected(self) -> bool:
        """Whether a reviewer rejected the result."""
        return self.decision is not None and self.decision.action is ReviewAction.REJECT


def latest_decisions(decisions: list[ReviewDecision]) -> dict[str, ReviewDecision]:
    """The newest decision per extracted result, keyed by marker_id."""
    latest: dict[str, ReviewDecision] = {}
    for decision in decisions:
        if decision.marker_id is not None and decision.action is not ReviewAction.ADD:
            latest[decision.marker_id] = decision
    return latest


def marker_details(marker: CaseMarker) -> str:
    """The details of an extracted result in words: '3+ (IHC)', '95% (IHC)', 'G12C (NGS)'."""
    parts = [
        str(marker.ihc_score) if marker.ihc_score else "",
        f"{marker.percent:g}%" if marker.percent is not None else "",
        f"ratio {marker.ratio:g}" if marker.ratio is not None else "",
        marker.alteration or "",
        marker.value or "",
    ]
    core = ", ".join(part for part in parts if part)
    if not marker.method:
        return core
    return f"{core} ({marker.method})" if core else marker.method


def _extracted(marker: CaseMarker, decision: ReviewDecision | None) -> ReviewedResult:
    status = marker.status
    details = marker_details(marker)
    if decision is not None and decision.action is ReviewAction.CORRECT:
        status = decision.corrected_status or status
        if decision.corrected_details is not None:
            details = decision.corrected_details
    return ReviewedResult(
        marker_id=marker.marker_id,
        marker=marker.marker,
        aspect=marker.aspect,
        status=status,
        details=details,
        extracted=marker,
        decision=decision,
    )


def _added(number: int, decision: ReviewDecision) -> ReviewedResult | None:
    if decision.marker is None or decision.aspect is None or decision.corrected_status is None:
        return None
    return ReviewedResult(
        marker_id=f"{ADDED_PREFIX}{number}",
        marker=decision.marker,
        aspect=decision.aspect,
        status=decision.corrected_status,
        details=decision.corrected_details or "",
        decision=decision,
    )


def reviewed_results(case: Case) -> list[ReviewedResult]:
    """The case's current results with decisions applied, then the results reviewers added."""
    latest = latest_decisions(case.decisions)
    results = [_extracted(m, latest.get(m.marker_id)) for m in case.current_markers]
    added = [d for d in case.decisions if d.action is ReviewAction.ADD]
    for number, decision in enumerate(added, start=1):
        result = _added(number, decision)
        if result is not None:
            results.append(result)
    return results
