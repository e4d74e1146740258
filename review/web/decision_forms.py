"""Reviewers' form posts turned into ReviewDecisions, refusing what does not make sense."""

from collections.abc import Mapping
from datetime import datetime

from review.errors import ReviewError
from schemas.case import Case, ReviewAction, ReviewDecision
from schemas.decision_rules import RULES
from schemas.markers import Aspect, Marker, Status
from schemas.reviewed import (
    ADDED_VERSION_KEY,
    CASE_VERSION_KEY,
    ReviewedResult,
    latest_decisions,
    reviewed_results,
)
from schemas.reviewed_case import PAST_TENSE

REASON_LIMIT = 2000
DETAILS_LIMIT = 500


DECISION_PROBLEMS = {
    "status": "Choose a status from the list.",
    "reason": "Give a reason for the decision.",
    "action": "Choose confirm, correct or reject.",
    "add": "Add a result with the form for missing results.",
    "correction": "A correction needs the right status or details.",
    "marker": "Choose the marker and what was tested.",
    "added_status": "An added result needs a status.",
    "confirm_changed": (
        "Confirm keeps the result as it stands, but the status or details were changed: "
        "choose Correct to record the change, or put them back to confirm."
    ),
    "document": "Choose one of the case's documents as the one that states the result.",
    "stale_form": "The form is from an older page: reload the case and decide again.",
    **{code: message for code, (_, message) in RULES.items()},
}


class InvalidDecision(ReviewError):
    """A decision form was filled in a way the app cannot record; `code` says which way."""

    def __init__(self, code: str) -> None:
        super().__init__(DECISION_PROBLEMS[code])
        self.code = code


def _status(value: str) -> Status | None:
    if not value:
        return None
    try:
        return Status(value)
    except ValueError as error:
        raise InvalidDecision("status") from error


def _reason(value: str) -> str:
    reason = value.strip()
    if not reason:
        raise InvalidDecision("reason")
    return reason[:REASON_LIMIT]


def form_version(value: str) -> int:
    """The result version a decision form carries; a form without one is stale."""
    if not value.strip().isdigit():
        raise InvalidDecision("stale_form")
    return int(value)


def _check_confirm_unchanged(
    chosen: ReviewAction, current: ReviewedResult | None, status: str, details: str
) -> None:
    """A confirmation posted with another status or other details than the result's."""
    if chosen is not ReviewAction.CONFIRM or current is None:
        return
    if status and status != current.status.value:
        raise InvalidDecision("confirm_changed")
    if details.strip() and details.strip() != current.details.strip():
        raise InvalidDecision("confirm_changed")


def decision_on_result(
    marker_id: str,
    action: str,
    status: str,
    details: str,
    reason: str,
    reviewer: str,
    now: datetime,
    current: ReviewedResult | None = None,
) -> ReviewDecision:
    """Confirm, correct or reject one extracted result (`current`: as it stands now)."""
    try:
        chosen = ReviewAction(action)
    except ValueError as error:
        raise InvalidDecision("action") from error
    if chosen is ReviewAction.ADD:
        raise InvalidDecision("add")
    _check_confirm_unchanged(chosen, current, status, details)
    correcting = chosen is ReviewAction.CORRECT
    corrected_status = _status(status) if correcting else None
    if correcting and corrected_status is None and current is not None:
        corrected_status = current.status  # "(unchanged)": as it stands, maybe corrected before
    corrected_details = (details.strip()[:DETAILS_LIMIT] or None) if correcting else None
    if correcting and corrected_status is None and corrected_details is None:
        raise InvalidDecision("correction")
    return ReviewDecision(
        action=chosen,
        marker_id=marker_id,
        corrected_status=corrected_status,
        corrected_details=corrected_details,
        reason=reason.strip()[:REASON_LIMIT] if chosen is ReviewAction.CONFIRM else _reason(reason),
        reviewer=reviewer,
        decided_at=now,
    )


def added_result(
    marker: str,
    aspect: str,
    status: str,
    details: str,
    reason: str,
    reviewer: str,
    now: datetime,
    document_id: str | None = None,
) -> ReviewDecision:
    """Add a result the reports give but extraction missed (stated in `document_id`)."""
    try:
        added_marker, added_aspect = Marker(marker), Aspect(aspect)
    except ValueError as error:
        raise InvalidDecision("marker") from error
    added_status = _status(status)
    if added_status is None:
        raise InvalidDecision("added_status")
    return ReviewDecision(
        action=ReviewAction.ADD,
        marker=added_marker,
        aspect=added_aspect,
        corrected_status=added_status,
        corrected_details=details.strip()[:DETAILS_LIMIT] or None,
        document_id=document_id or None,
        reason=_reason(reason),
        reviewer=reviewer,
        decided_at=now,
    )


def current_result(case: Case, marker_id: str) -> ReviewedResult | None:
    """The result as it stands now, or None if the case has no such result."""
    return next((r for r in reviewed_results(case) if r.marker_id == marker_id), None)


def stale_message(case: Case, marker_id: str) -> str:
    """What another reviewer decided on the result while this reviewer's page was open."""
    if marker_id == CASE_VERSION_KEY:
        return _stale_sign_off_message(case)
    if marker_id == ADDED_VERSION_KEY:
        added = [d for d in case.decisions if d.action is ReviewAction.ADD]
        latest = added[-1] if added else None
        what = "another result"
    else:
        latest = latest_decisions(case.decisions).get(marker_id)
        result = current_result(case, marker_id)
        what = f"{result.marker.value} {result.aspect.value}" if result else "this result"
    if latest is None:
        return ""
    standing = current_result(case, marker_id)
    now_words = ""
    if standing is not None:
        value = "rejected" if standing.rejected else standing.status.value
        now_words = f"; it now stands as {value}" + (
            f" ({standing.details})" if standing.details and not standing.rejected else ""
        )
    return (
        f"While your page was open, {latest.reviewer} {PAST_TENSE[latest.action]} {what} "
        f"at {latest.decided_at:%H:%M} UTC{now_words}. Your decision was not recorded: "
        "check the result as it stands and decide again."
    )


def _stale_sign_off_message(case: Case) -> str:
    latest = case.decisions[-1] if case.decisions else None
    if latest is None:
        return ""
    result = current_result(case, latest.marker_id or "")
    what = f"{result.marker.value} {result.aspect.value}" if result else "a result"
    if latest.action is ReviewAction.ADD and latest.marker and latest.aspect:
        what = f"{latest.marker.value} {latest.aspect.value}"
    return (
        f"While your page was open, {latest.reviewer} {PAST_TENSE[latest.action]} {what} "
        f"at {latest.decided_at:%H:%M} UTC. The case was not signed off: check the results "
        "as they stand and sign off again."
    )


def page_problem(case: Case, query: Mapping[str, str]) -> str:
    """The message a refused decision redirected to the case page with, if any."""
    stale = query.get("stale", "")
    if stale:
        return stale_message(case, stale)
    return DECISION_PROBLEMS.get(query.get("problem", ""), "")
