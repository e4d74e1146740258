"""The review store keeps each document once, keeps decisions across re-assembly, hides text."""

from datetime import UTC, datetime

import pytest
from sample_cases import DOC_A, DOC_B, PATIENT, document_results, page_png, sample_case
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from review.audit import AuditAction, AuditLog
from review.errors import CaseLocked, UnknownMarkerResult
from review.store import ReviewStore
from schemas.case import ReviewAction, ReviewDecision, ReviewStatus
from schemas.markers import Status

WHEN = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
UNDECIDED_CONFIRMED = ["HER2.expression.A.1", "ER.expression.A.1"]


def correct_her2(reviewer: str = "rita") -> ReviewDecision:
    return ReviewDecision(
        action=ReviewAction.CORRECT,
        marker_id="HER2.expression.A.1",
        corrected_status=Status.EQUIVOCAL,
        corrected_details="IHC 2+",
        reason="re-read the slide report",
        reviewer=reviewer,
        decided_at=WHEN,
    )


def test_a_document_is_kept_once_per_case(store: ReviewStore) -> None:
    first = store.add_document_results("case-0001", document_results(), {1: page_png()})
    again = store.add_document_results("case-0001", document_results(), {1: b"other"})

    assert (first, again) == (True, False)
    assert [r.document_id for r in store.document_results("case-0001")] == [DOC_A]
    assert store.page_image(DOC_A, 1) == page_png()


def test_the_same_document_may_belong_to_two_cases(store: ReviewStore) -> None:
    assert store.add_document_results("case-0001", document_results())
    assert store.add_document_results("case-0002", document_results())


def test_document_results_come_back_in_the_order_received(store: ReviewStore) -> None:
    later = document_results(DOC_B, received_at=datetime(2026, 11, 22, tzinfo=UTC))
    store.add_document_results("case-0001", later)
    store.add_document_results("case-0001", document_results(DOC_A))

    assert [r.document_id for r in store.document_results("case-0001")] == [DOC_A, DOC_B]


def test_a_missing_page_image_is_none(store: ReviewStore) -> None:
    assert store.page_image(DOC_A, 3) is None


def test_a_saved_case_comes_back_equal(store: ReviewStore) -> None:
    case = sample_case()
    store.save_case(case)

    assert store.get_case("case-0001") == case
    assert store.get_case("case-9999") is None


def test_saving_the_case_again_keeps_the_reviewers_decisions(store: ReviewStore) -> None:
    store.save_case(sample_case())
    store.add_decision("case-0001", correct_her2())

    store.save_case(sample_case())

    case = store.get_case("case-0001")
    assert case is not None
    assert case.decisions == [correct_her2()]
    assert case.review_status is ReviewStatus.IN_REVIEW


def test_a_decision_on_an_unknown_result_is_refused(store: ReviewStore) -> None:
    store.save_case(sample_case())
    wrong = correct_her2().model_copy(update={"marker_id": "KRAS.mutation.A.1"})

    with pytest.raises(UnknownMarkerResult):
        store.add_decision("case-0001", wrong)


def test_a_signed_off_case_takes_no_more_decisions(store: ReviewStore) -> None:
    store.save_case(sample_case())
    store.sign_off("case-0001", "rita", UNDECIDED_CONFIRMED)

    with pytest.raises(CaseLocked):
        store.add_decision("case-0001", correct_her2())


def test_a_new_document_after_sign_off_reopens_the_case_and_keeps_the_sign_off_in_the_audit(
    store: ReviewStore, engine: Engine
) -> None:
    store.save_case(sample_case())
    store.add_decision("case-0001", correct_her2())
    store.sign_off("case-0001", "rita", UNDECIDED_CONFIRMED)
    two_documents = [document_results(DOC_A), document_results(DOC_B)]

    store.save_case(sample_case(documents=two_documents))

    case = store.get_case("case-0001")
    assert case is not None
    assert case.review_status is ReviewStatus.IN_REVIEW
    assert case.decisions == [correct_her2()]
    actions = [e.action for e in AuditLog(engine).entries(case_id="case-0001")]
    assert actions == [
        AuditAction.REOPEN,
        AuditAction.SIGN_OFF_UNDECIDED,
        AuditAction.SIGN_OFF,
        AuditAction.DECISION,
    ]


def test_saving_a_signed_off_case_without_new_documents_keeps_it_signed_off(
    store: ReviewStore,
) -> None:
    store.save_case(sample_case())
    store.sign_off("case-0001", "rita", UNDECIDED_CONFIRMED)

    store.save_case(sample_case())

    case = store.get_case("case-0001")
    assert case is not None
    assert case.review_status is ReviewStatus.SIGNED_OFF


def test_queue_rows_carry_ids_statuses_and_counts(store: ReviewStore) -> None:
    store.save_case(sample_case())
    store.add_decision("case-0001", correct_her2())

    [row] = store.list_cases()

    assert row.case_id == "case-0001"
    assert row.status is ReviewStatus.IN_REVIEW
    assert row.tumour_type == "breast"
    assert [(b.marker.value, b.status.value) for b in row.badges] == [
        ("HER2", "equivocal"),
        ("ER", "positive"),
    ]
    assert (row.conflicts, row.documents, row.markers) == (1, 1, 2)
    assert row.received_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def test_queue_rows_carry_no_report_text(store: ReviewStore) -> None:
    store.save_case(sample_case())

    dumped = "".join(row.model_dump_json() for row in store.list_cases())

    assert "CANARY" not in dumped
    assert PATIENT not in dumped
    assert "Invasive" not in dumped


def test_a_case_with_documents_but_not_yet_assembled_is_not_queued(store: ReviewStore) -> None:
    store.add_document_results("case-0001", document_results())

    assert store.list_cases() == []
    assert store.get_case("case-0001") is None


def test_the_audit_table_refuses_updates_and_deletes(engine: Engine) -> None:
    AuditLog(engine).record(AuditAction.LOGIN, username="rita")

    for statement in ("UPDATE review_audit SET username = 'eve'", "DELETE FROM review_audit"):
        with pytest.raises(DBAPIError), engine.begin() as connection:
            connection.execute(text(statement))

    assert [e.username for e in AuditLog(engine).entries()] == ["rita"]
