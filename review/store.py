"""The review queue's storage: documents' results, assembled cases, decisions and sign-off."""

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Row, select
from sqlalchemy.orm import Session

from review.audit import AuditAction, record_audit
from review.db import make_sessionmaker
from review.errors import CaseLocked, CaseNotFound, UnknownMarkerResult
from review.queue_rows import (
    MarkerBadge,
    QueueRow,
    as_utc,
    case_received_at,
    case_tumour_type,
    marker_badges,
)
from review.tables import CaseRow, DecisionRow, DocumentRow, PageImageRow, utc_now
from review.upsert import insert_if_absent
from schemas.case import Case, DocumentResults, ReviewAction, ReviewDecision, ReviewStatus

__all__ = ["MarkerBadge", "QueueRow", "ReviewStore"]

QUEUE_COLUMNS = (
    CaseRow.case_id,
    CaseRow.received_at,
    CaseRow.status,
    CaseRow.tumour_type,
    CaseRow.marker_badges,
    CaseRow.conflicts_count,
    CaseRow.documents_count,
    CaseRow.markers_count,
)


class ReviewStore:
    """Cases and their documents in the review database; safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = make_sessionmaker(engine)

    def add_document_results(
        self,
        case_id: str,
        results: DocumentResults,
        page_images: dict[int, bytes] | None = None,
    ) -> bool:
        """Keep one document's results (and page PNGs); False if the case already had it."""
        with self._sessions.begin() as session:
            _ensure_case_row(session, case_id)
            added = insert_if_absent(
                session,
                DocumentRow.__table__,  # type: ignore[arg-type]
                {
                    "case_id": case_id,
                    "document_id": results.document_id,
                    "added_at": utc_now(),
                    "results_json": results.model_dump(mode="json"),
                },
            )
            for page, png in (page_images or {}).items():
                insert_if_absent(
                    session,
                    PageImageRow.__table__,  # type: ignore[arg-type]
                    {"document_id": results.document_id, "page": page, "png": png},
                )
            return added

    def document_results(self, case_id: str) -> list[DocumentResults]:
        """Every document's results kept for the case, in the order they were received."""
        query = select(DocumentRow.results_json).where(DocumentRow.case_id == case_id)
        with self._sessions() as session:
            found = [DocumentResults.model_validate(r) for r in session.scalars(query)]
        return sorted(found, key=lambda r: (r.received_at, r.document_id))

    def page_image(self, document_id: str, page: int) -> bytes | None:
        """The PNG of one page of a document, if one was kept."""
        with self._sessions() as session:
            row = session.get(PageImageRow, (document_id, page))
            return None if row is None else row.png

    def pages_with_images(self, pages: set[tuple[str, int]]) -> set[tuple[str, int]]:
        """Which of these (document id, page) have a page image kept."""
        documents = {document for document, _ in pages}
        query = select(PageImageRow.document_id, PageImageRow.page).where(
            PageImageRow.document_id.in_(documents)
        )
        with self._sessions() as session:
            kept = {(row.document_id, row.page) for row in session.execute(query)}
        return kept & pages

    def signed_off_by(self, case_id: str) -> tuple[str, datetime] | None:
        """Who signed the case off and when, while it stays signed off."""
        with self._sessions() as session:
            row = session.get(CaseRow, case_id)
            if row is None or row.signed_off_by is None or row.signed_off_at is None:
                return None
            return row.signed_off_by, row.signed_off_at

    def save_case(self, case: Case) -> None:
        """Store the assembled case, keeping decisions; a new document reopens a signed case."""
        with self._sessions.begin() as session:
            _ensure_case_row(session, case.case_id)
            row = session.get(CaseRow, case.case_id, with_for_update=True)
            assert row is not None
            reopened = _has_new_documents(row, case) and row.status == ReviewStatus.SIGNED_OFF
            row.case_json = case.model_dump(mode="json", exclude={"decisions", "review_status"})
            if reopened:
                _reopen(session, row, case)
            _refresh_queue_columns(session, row)

    def get_case(self, case_id: str) -> Case | None:
        """The case with its reviewers' decisions and review status, or None."""
        with self._sessions() as session:
            row = session.get(CaseRow, case_id)
            if row is None or row.case_json is None:
                return None
            return _case_of(session, row)

    def list_cases(self) -> list[QueueRow]:
        """Every assembled case as a queue row, newest first; the case JSON is not read."""
        query = (
            select(*QUEUE_COLUMNS)
            .where(CaseRow.case_json.is_not(None))
            .order_by(CaseRow.received_at.desc(), CaseRow.case_id)
        )
        with self._sessions() as session:
            return [_queue_row(row) for row in session.execute(query)]

    def add_decision(self, case_id: str, decision: ReviewDecision) -> None:
        """Record a reviewer's decision on a result (and audit it); refused once signed off."""
        with self._sessions.begin() as session:
            row = _locked_case_row(session, case_id)
            case = _case_of(session, row)
            if decision.action is not ReviewAction.ADD:
                known = {m.marker_id for m in case.current_markers}
                if decision.marker_id not in known:
                    raise UnknownMarkerResult(case_id, str(decision.marker_id))
            session.add(_decision_row(case_id, decision))
            row.status = ReviewStatus.IN_REVIEW
            session.flush()
            _refresh_queue_columns(session, row)
            record_audit(
                session,
                AuditAction.DECISION,
                username=decision.reviewer,
                case_id=case_id,
                detail=f"{decision.action.value} {decision.marker_id or decision.marker or ''}",
            )

    def sign_off(self, case_id: str, reviewer: str) -> None:
        """Lock the case as reviewed by this reviewer (and audit it)."""
        with self._sessions.begin() as session:
            row = _locked_case_row(session, case_id)
            row.status = ReviewStatus.SIGNED_OFF
            row.signed_off_at = utc_now()
            row.signed_off_by = reviewer
            record_audit(session, AuditAction.SIGN_OFF, username=reviewer, case_id=case_id)


def _ensure_case_row(session: Session, case_id: str) -> None:
    insert_if_absent(
        session,
        CaseRow.__table__,  # type: ignore[arg-type]
        {
            "case_id": case_id,
            "updated_at": utc_now(),
            "status": ReviewStatus.PENDING.value,
            "marker_badges": [],
            "conflicts_count": 0,
            "documents_count": 0,
            "markers_count": 0,
        },
    )


def _locked_case_row(session: Session, case_id: str) -> CaseRow:
    row = session.get(CaseRow, case_id, with_for_update=True)
    if row is None or row.case_json is None:
        raise CaseNotFound(case_id)
    if row.status == ReviewStatus.SIGNED_OFF:
        raise CaseLocked(case_id)
    return row


def _document_ids(case_json: dict[str, Any] | None) -> set[str]:
    if not case_json:
        return set()
    return {d["document_id"] for d in case_json.get("documents", [])}


def _has_new_documents(row: CaseRow, case: Case) -> bool:
    return bool({d.document_id for d in case.documents} - _document_ids(row.case_json))


def _reopen(session: Session, row: CaseRow, case: Case) -> None:
    previous = f"signed off by {row.signed_off_by} at {row.signed_off_at}"
    row.status = ReviewStatus.IN_REVIEW
    row.signed_off_at = None
    row.signed_off_by = None
    record_audit(
        session,
        AuditAction.REOPEN,
        case_id=case.case_id,
        detail=f"new document; earlier sign-off kept: {previous}",
    )


def _decisions_of(session: Session, case_id: str) -> list[ReviewDecision]:
    query = select(DecisionRow).where(DecisionRow.case_id == case_id).order_by(DecisionRow.id)
    return [ReviewDecision.model_validate(r.result_json) for r in session.scalars(query)]


def _decision_row(case_id: str, decision: ReviewDecision) -> DecisionRow:
    return DecisionRow(
        case_id=case_id,
        result_key=decision.marker_id or "",
        action=decision.action.value,
        result_json=decision.model_dump(mode="json"),
        reason=decision.reason,
        username=decision.reviewer,
        decided_at=as_utc(decision.decided_at),
    )


def _case_of(session: Session, row: CaseRow) -> Case:
    case = Case.model_validate(row.case_json)
    return case.model_copy(
        update={
            "decisions": _decisions_of(session, row.case_id),
            "review_status": ReviewStatus(row.status),
        }
    )


def _refresh_queue_columns(session: Session, row: CaseRow) -> None:
    case = _case_of(session, row)
    row.received_at = as_utc(case_received_at(case))
    row.updated_at = utc_now()
    tumour_type = case_tumour_type(case)
    row.tumour_type = tumour_type.value if tumour_type else None
    row.marker_badges = [b.model_dump(mode="json") for b in marker_badges(case)]
    row.conflicts_count = len(case.conflicts)
    row.documents_count = len(case.documents)
    row.markers_count = len(case.current_markers)


def _queue_row(row: Row[Any]) -> QueueRow:
    return QueueRow(
        case_id=row.case_id,
        received_at=row.received_at,
        status=ReviewStatus(row.status),
        tumour_type=row.tumour_type,
        badges=[MarkerBadge.model_validate(b) for b in row.marker_badges],
        conflicts=row.conflicts_count,
        documents=row.documents_count,
        markers=row.markers_count,
    )
