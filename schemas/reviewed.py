"""A case's results as its reviewers left them: the newest decision per result counts."""

from pydantic import BaseModel, ConfigDict, Field

from schemas.case import Case, CaseMarker, ReviewAction, ReviewDecision, ReviewStatus, SignOff
from schemas.correction_details import details_fields
from schemas.markers import Aspect, Marker, Status

ADDED_PREFIX = "added."
ADDED_VERSION_KEY = "added"
CASE_VERSION_KEY = "case"


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
    result: CaseMarker = Field(
        description="The result as reviewed, field by field: what the exports carry."
    )
    version: int = Field(
        default=0, ge=0, description="Decisions on this result so far; a decision form sends it."
    )

    @property
    def rejected(self) -> bool:
        """Whether a reviewer rejected the result."""
        return self.decision is not None and self.decision.action is ReviewAction.REJECT

    @property
    def changed(self) -> bool:
        """Whether a reviewer corrected, rejected or added the result."""
        return self.decision is not None and self.decision.action is not ReviewAction.CONFIRM


def latest_decisions(decisions: list[ReviewDecision]) -> dict[str, ReviewDecision]:
    """The newest decision per extracted result, keyed by marker_id."""
    latest: dict[str, ReviewDecision] = {}
    for decision in decisions:
        if decision.marker_id is not None and decision.action is not ReviewAction.ADD:
            latest[decision.marker_id] = decision
    return latest


def result_version(case: Case, marker_id: str) -> int:
    """How many decisions a result has had; 'added' counts additions, 'case' every decision."""
    if marker_id == CASE_VERSION_KEY:
        return len(case.decisions)
    if marker_id == ADDED_VERSION_KEY:
        return sum(1 for d in case.decisions if d.action is ReviewAction.ADD)
    return sum(
        1 for d in case.decisions if d.marker_id == marker_id and d.action is not ReviewAction.ADD
    )


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


def _corrected(marker: CaseMarker, decision: ReviewDecision) -> CaseMarker:
    """The extracted result with the decision's status and, if changed, its details."""
    update: dict[str, object] = {"status": decision.corrected_status or marker.status}
    details = decision.corrected_details
    if details is not None and details.strip() != marker_details(marker):
        update |= details_fields(details, keep_method=marker.method)
    return marker.model_copy(update=update)


def _extracted(case: Case, marker: CaseMarker, decision: ReviewDecision | None) -> ReviewedResult:
    result = marker
    details = marker_details(marker)
    if decision is not None and decision.action is ReviewAction.CORRECT:
        result = _corrected(marker, decision)
        if decision.corrected_details is not None:
            details = decision.corrected_details
    return ReviewedResult(
        marker_id=marker.marker_id,
        marker=marker.marker,
        aspect=marker.aspect,
        status=result.status,
        details=details,
        extracted=marker,
        decision=decision,
        result=result,
        version=result_version(case, marker.marker_id),
    )


def _added(number: int, decision: ReviewDecision) -> ReviewedResult | None:
    if decision.marker is None or decision.aspect is None or decision.corrected_status is None:
        return None
    marker_id = f"{ADDED_PREFIX}{number}"
    result = CaseMarker(
        marker=decision.marker,
        aspect=decision.aspect,
        status=decision.corrected_status,
        marker_id=marker_id,
        source_documents=[decision.document_id] if decision.document_id else [],
        **details_fields(decision.corrected_details or ""),
    )
    return ReviewedResult(
        marker_id=marker_id,
        marker=decision.marker,
        aspect=decision.aspect,
        status=decision.corrected_status,
        details=decision.corrected_details or "",
        decision=decision,
        result=result,
        version=0,
    )


def reviewed_results(case: Case) -> list[ReviewedResult]:
    """The case's current results with decisions applied, then the results reviewers added."""
    latest = latest_decisions(case.decisions)
    results = [_extracted(case, m, latest.get(m.marker_id)) for m in case.current_markers]
    added = [d for d in case.decisions if d.action is ReviewAction.ADD]
    for number, decision in enumerate(added, start=1):
        result = _added(number, decision)
        if result is not None:
            results.append(result)
    return results


def undecided_results(case: Case) -> list[str]:
    """marker_id of every current extracted result that no reviewer has decided on."""
    latest = latest_decisions(case.decisions)
    return [m.marker_id for m in case.current_markers if m.marker_id not in latest]


def current_sign_off(case: Case) -> SignOff | None:
    """The sign-off that stands, if the case is signed off."""
    if case.review_status is not ReviewStatus.SIGNED_OFF or not case.sign_offs:
        return None
    return case.sign_offs[-1]


def _exported_at(case: Case, marker: CaseMarker, sign_off: SignOff) -> bool:
    """Whether the result was in the case, and not rejected, when this sign-off was made."""
    received = {d.document_id: d.received_at for d in case.documents}
    existed = any(
        received[d] <= sign_off.signed_off_at for d in marker.source_documents if d in received
    )
    earlier = [d for d in case.decisions if d.decided_at <= sign_off.signed_off_at]
    before = latest_decisions(earlier).get(marker.marker_id)
    return existed and (before is None or before.action is not ReviewAction.REJECT)


def withdrawn_results(case: Case) -> list[ReviewedResult]:
    """Rejected results that an earlier sign-off exported: exports mark them entered in error."""
    standing = current_sign_off(case)
    earlier = [s for s in case.sign_offs if s is not standing]
    return [
        r
        for r in reviewed_results(case)
        if r.rejected
        and r.extracted is not None
        and any(_exported_at(case, r.extracted, s) for s in earlier)
    ]
