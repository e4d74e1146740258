"""What the store checks before it records a decision or a sign-off, and the audit's values."""

from review.errors import StaleDecision, UnknownMarkerResult
from schemas.case import Case, ReviewAction, ReviewDecision
from schemas.reviewed import (
    ADDED_VERSION_KEY,
    CASE_VERSION_KEY,
    latest_decisions,
    result_version,
    reviewed_results,
)


def check_known(case: Case, decision: ReviewDecision) -> None:
    """Refuse a decision on a result the case does not have (an addition names none)."""
    if decision.action is not ReviewAction.ADD:
        known = {m.marker_id for m in case.current_markers}
        if decision.marker_id not in known:
            raise UnknownMarkerResult(case.case_id, str(decision.marker_id))


def check_fresh(case: Case, decision: ReviewDecision, version: int | None) -> None:
    """Refuse a decision made on a page that showed fewer decisions than there are now."""
    if version is None:
        return
    key = ADDED_VERSION_KEY if decision.action is ReviewAction.ADD else str(decision.marker_id)
    if result_version(case, key) == version:
        return
    latest = None
    if decision.action is not ReviewAction.ADD:
        latest = latest_decisions(case.decisions).get(str(decision.marker_id))
    else:
        added = [d for d in case.decisions if d.action is ReviewAction.ADD]
        latest = added[-1] if added else None
    raise StaleDecision(case.case_id, key, latest)


def check_case_fresh(case: Case, version: int | None) -> None:
    """Refuse a sign-off from a page that showed fewer decisions than the case has now."""
    if version is not None and result_version(case, CASE_VERSION_KEY) != version:
        latest = case.decisions[-1] if case.decisions else None
        raise StaleDecision(case.case_id, CASE_VERSION_KEY, latest)


def _value_words(status: str, details: str) -> str:
    return f"{status} ({details})" if details else status


def values_around(case: Case, decision: ReviewDecision) -> tuple[str | None, str]:
    """The result in words before and after the decision, for the audit."""
    before = {r.marker_id: r for r in reviewed_results(case)}.get(decision.marker_id or "")
    old = None
    if before is not None:
        old = "rejected" if before.rejected else _value_words(before.status, before.details)
    after_case = case.model_copy(update={"decisions": [*case.decisions, decision]})
    results = reviewed_results(after_case)
    if decision.action is ReviewAction.ADD:
        after = results[-1]
    else:
        after = next(r for r in results if r.marker_id == decision.marker_id)
    new = "rejected" if after.rejected else _value_words(after.status, after.details)
    return old, f"{decision.action.value}: {new}; reason: {decision.reason}"
