"""Reviewers' form posts turned into ReviewDecisions, refusing what does not make sense."""

from datetime import datetime

from review.errors import ReviewError
from schemas.case import ReviewAction, ReviewDecision
from schemas.markers import Aspect, Marker, Status

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


def decision_on_result(
    marker_id: str,
    action: str,
    status: str,
    details: str,
    reason: str,
    reviewer: str,
    now: datetime,
) -> ReviewDecision:
    """Confirm, correct or reject one extracted result."""
    try:
        chosen = ReviewAction(action)
    except ValueError as error:
        raise InvalidDecision("action") from error
    if chosen is ReviewAction.ADD:
        raise InvalidDecision("add")
    correcting = chosen is ReviewAction.CORRECT
    corrected_status = _status(status) if correcting else None
    corrected_details = (details.strip()[:DETAILS_LIMIT] or None) if correcting else None
    if correcting and corrected_status is None and corrected_details is None:
        raise InvalidDecision("correction")
    return ReviewDecision(
        action=chosen,
        marker_id=marker_id,
        corrected_status=corrected_status,
        corrected_details=corrected_details,
        reason=_reason(reason),
        reviewer=reviewer,
        decided_at=now,
    )


def added_result(
    marker: str, aspect: str, status: str, details: str, reason: str, reviewer: str, now: datetime
) -> ReviewDecision:
    """Add a result the reports give but extraction missed."""
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
        reason=_reason(reason),
        reviewer=reviewer,
        decided_at=now,
    )
