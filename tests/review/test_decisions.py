"""The store refuses decisions made on a stale page or that contradict themselves, and a sign-off
that would leave results undecided without the reviewer confirming it."""

from datetime import UTC, datetime, timedelta

import pytest
from sample_cases import case_marker, document_results, her2_result, sample_case
from sqlalchemy import Engine

from review.audit import AuditAction, AuditFilter, AuditLog
from review.errors import InconsistentDecision, StaleDecision, UndecidedResults
from review.store import ReviewStore
from schemas.case import Case, ReviewAction, ReviewDecision, ReviewStatus
from schemas.markers import IHCScore, Marker, Status

HER2 = "HER2.expression.A.1"
ER = "ER.expression.A.1"
WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def her2_two_plus_case() -> Case:
    """The sample case with HER2 extracted as IHC 2+, equivocal."""
    case = sample_case()
    two_plus = her2_result().model_copy(
        update={"status": Status.EQUIVOCAL, "ihc_score": IHCScore.TWO}
    )
    markers = [case_marker(two_plus, HER2), *case.markers[1:]]
    return case.model_copy(update={"markers": markers})


def decision(
    action: ReviewAction,
    marker_id: str | None = HER2,
    reviewer: str = "rita",
    status: Status | None = None,
    details: str | None = None,
    minutes: int = 0,
) -> ReviewDecision:
    return ReviewDecision(
        action=action,
        marker_id=marker_id,
        corrected_status=status,
        corrected_details=details,
        reason="checked the report",
        reviewer=reviewer,
        decided_at=WHEN + timedelta(minutes=minutes),
    )


@pytest.fixture
def her2_case(store: ReviewStore) -> ReviewStore:
    store.save_case(her2_two_plus_case())
    return store


def test_a_decision_on_a_stale_page_is_refused_with_what_the_other_reviewer_decided(
    her2_case: ReviewStore,
) -> None:
    # Both pages showed HER2 with no decision (version 0); Rita confirms first.
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM), version=0)

    late = decision(ReviewAction.CORRECT, reviewer="sam", status=Status.NEGATIVE, minutes=1)
    with pytest.raises(StaleDecision) as refused:
        her2_case.add_decision("case-0001", late, version=0)

    assert refused.value.latest is not None
    assert (refused.value.latest.reviewer, refused.value.latest.action) == (
        "rita",
        ReviewAction.CONFIRM,
    )
    case = her2_case.get_case("case-0001")
    assert case is not None
    assert [d.reviewer for d in case.decisions] == ["rita"]


def test_a_decision_on_a_fresh_page_is_recorded_after_another(her2_case: ReviewStore) -> None:
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM), version=0)

    her2_case.add_decision(
        "case-0001", decision(ReviewAction.REJECT, reviewer="sam", minutes=1), version=1
    )

    case = her2_case.get_case("case-0001")
    assert case is not None
    assert [d.action for d in case.decisions] == [ReviewAction.CONFIRM, ReviewAction.REJECT]


def test_decisions_on_different_results_do_not_make_each_other_stale(
    her2_case: ReviewStore,
) -> None:
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM), version=0)

    her2_case.add_decision(
        "case-0001", decision(ReviewAction.CONFIRM, marker_id=ER, reviewer="sam"), version=0
    )


def test_a_her2_correction_to_negative_that_keeps_score_2_plus_is_refused(
    her2_case: ReviewStore,
) -> None:
    wrong = decision(ReviewAction.CORRECT, status=Status.NEGATIVE, details="2+ (IHC)")

    with pytest.raises(InconsistentDecision) as refused:
        her2_case.add_decision("case-0001", wrong, version=0)

    assert refused.value.code == "her2_score"
    assert "2+ is equivocal" in str(refused.value)
    case = her2_case.get_case("case-0001")
    assert case is not None and case.decisions == []


def test_a_her2_correction_to_negative_with_score_1_plus_is_recorded(
    her2_case: ReviewStore,
) -> None:
    right = decision(ReviewAction.CORRECT, status=Status.NEGATIVE, details="IHC 1+")

    her2_case.add_decision("case-0001", right, version=0)

    case = her2_case.get_case("case-0001")
    assert case is not None
    [line] = [m for m in case.summary.markers if m.marker_id == HER2]
    assert (line.status, line.details) == (Status.NEGATIVE, "IHC 1+")


def test_an_added_ki67_result_must_be_reported(her2_case: ReviewStore) -> None:
    added = ReviewDecision(
        action=ReviewAction.ADD,
        marker=Marker.KI67,
        aspect=her2_result().aspect,
        corrected_status=Status.POSITIVE,
        corrected_details="30%",
        reason="missed",
        reviewer="rita",
        decided_at=WHEN,
    )

    with pytest.raises(InconsistentDecision):
        her2_case.add_decision("case-0001", added, version=0)


def test_sign_off_with_undecided_results_lists_them_and_needs_a_confirmation(
    her2_case: ReviewStore, engine: Engine
) -> None:
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM), version=0)

    with pytest.raises(UndecidedResults) as refused:
        her2_case.sign_off("case-0001", "rita")
    assert refused.value.marker_ids == [ER]
    case = her2_case.get_case("case-0001")
    assert case is not None and case.review_status is ReviewStatus.IN_REVIEW

    her2_case.sign_off("case-0001", "rita", confirmed_undecided=[ER])

    case = her2_case.get_case("case-0001")
    assert case is not None and case.review_status is ReviewStatus.SIGNED_OFF
    assert [(s.reviewer, s.undecided) for s in case.sign_offs] == [("rita", [ER])]
    [audited] = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.SIGN_OFF_UNDECIDED))
    assert (audited.username, audited.new_value) == ("rita", ER)


def test_sign_off_with_every_result_decided_needs_no_confirmation(
    her2_case: ReviewStore,
) -> None:
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM), version=0)
    her2_case.add_decision("case-0001", decision(ReviewAction.CONFIRM, marker_id=ER), version=0)

    her2_case.sign_off("case-0001", "rita")

    case = her2_case.get_case("case-0001")
    assert case is not None and case.review_status is ReviewStatus.SIGNED_OFF


def test_each_decision_is_audited_with_the_old_and_new_value(
    her2_case: ReviewStore, engine: Engine
) -> None:
    correction = decision(ReviewAction.CORRECT, status=Status.NEGATIVE, details="IHC 1+")
    her2_case.add_decision("case-0001", correction, version=0)

    [entry] = AuditLog(engine).entries(where=AuditFilter(action=AuditAction.DECISION))

    assert entry.old_value == "equivocal (2+ (IHC))"
    assert entry.new_value == "correct: negative (IHC 1+); reason: checked the report"


def test_the_store_records_who_has_a_case_open_or_claimed(her2_case: ReviewStore) -> None:
    her2_case.mark_viewing("case-0001", "rita", WHEN)
    her2_case.mark_viewing("case-0001", "sam", WHEN - timedelta(hours=1))

    assert her2_case.claim("case-0001", "rita") == "rita"
    assert her2_case.claim("case-0001", "sam") == "rita", "a claimed case stays with its holder"

    presence = her2_case.presence(WHEN + timedelta(minutes=1))["case-0001"]
    assert (presence.claimed_by, presence.viewing) == ("rita", ["rita"])
    her2_case.release("case-0001", "rita")
    assert her2_case.presence(WHEN)["case-0001"].claimed_by is None


def test_the_audit_filters_by_user_action_and_time(engine: Engine) -> None:
    log = AuditLog(engine)
    log.record(AuditAction.LOGIN, username="rita")
    log.record(AuditAction.LOGIN, username="sam")
    log.record(AuditAction.LOGOUT, username="rita")
    now = datetime.now(UTC)

    by_rita = log.entries(where=AuditFilter(username="rita"))
    logins = log.entries(where=AuditFilter(username="rita", action=AuditAction.LOGIN))
    later = log.entries(where=AuditFilter(since=now + timedelta(minutes=1)))
    until_now = log.entries(where=AuditFilter(until=now + timedelta(minutes=1)))

    assert [e.action for e in by_rita] == [AuditAction.LOGOUT, AuditAction.LOGIN]
    assert [e.action for e in logins] == [AuditAction.LOGIN]
    assert later == []
    assert len(until_now) == 3


def test_added_results_name_the_document_that_states_them(store: ReviewStore) -> None:
    store.save_case(sample_case(documents=[document_results()]))
    added = ReviewDecision(
        action=ReviewAction.ADD,
        marker=Marker.PR,
        aspect=her2_result().aspect,
        corrected_status=Status.NEGATIVE,
        corrected_details="0%",
        document_id=document_results().document_id,
        reason="missed",
        reviewer="rita",
        decided_at=WHEN,
    )

    store.add_decision("case-0001", added, version=0)

    case = store.get_case("case-0001")
    assert case is not None
    assert case.decisions[-1].document_id == document_results().document_id
