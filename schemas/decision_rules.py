"""Rules a reviewer's decision must keep; each broken rule says why in words for the reviewer."""

from collections.abc import Callable

from schemas.case import Case, ReviewAction, ReviewDecision
from schemas.markers import Aspect, IHCScore, Marker, Status
from schemas.reviewed import ReviewedResult, reviewed_results

HER2_SCORE_STATUS = {
    IHCScore.ZERO: Status.NEGATIVE,
    IHCScore.ONE: Status.NEGATIVE,
    IHCScore.TWO: Status.EQUIVOCAL,
    IHCScore.THREE: Status.POSITIVE,
}

Rule = Callable[[ReviewedResult], bool]


def her2_score_contradicts_status(result: ReviewedResult) -> bool:
    """HER2 IHC: 0 and 1+ are negative, 2+ equivocal, 3+ positive (ASCO/CAP)."""
    scored = result.result
    if (scored.marker, scored.aspect) != (Marker.HER2, Aspect.EXPRESSION) or not scored.ihc_score:
        return False
    return scored.status is not HER2_SCORE_STATUS[scored.ihc_score]


def ki67_not_reported(result: ReviewedResult) -> bool:
    """Ki-67 has no positive or negative: its status is 'reported' with a percent."""
    return result.marker is Marker.KI67 and result.status is not Status.REPORTED


RULES: dict[str, tuple[Rule, str]] = {
    "her2_score": (
        her2_score_contradicts_status,
        "HER2 IHC 0 and 1+ are negative, 2+ is equivocal and 3+ positive (ASCO/CAP): the "
        "status does not match the score. Correct the score in the details too, or keep "
        "the status.",
    ),
    "ki67_reported": (
        ki67_not_reported,
        "Ki-67 is recorded as 'reported' with its percent, never positive or negative.",
    ),
}


def _decided(case: Case, decision: ReviewDecision) -> ReviewedResult | None:
    """The result as it would stand with the decision recorded."""
    after = case.model_copy(update={"decisions": [*case.decisions, decision]})
    results = reviewed_results(after)
    if decision.action is ReviewAction.ADD:
        return results[-1] if results and results[-1].extracted is None else None
    return next((r for r in results if r.marker_id == decision.marker_id), None)


def decision_problem(case: Case, decision: ReviewDecision) -> str | None:
    """The code (a key of RULES) of the rule the decision would break, or None.

    Only corrections and additions are checked: a confirmation or rejection changes no value.
    """
    if decision.action not in (ReviewAction.CORRECT, ReviewAction.ADD):
        return None
    result = _decided(case, decision)
    if result is None:
        return None
    return next((code for code, (broken, _) in RULES.items() if broken(result)), None)
