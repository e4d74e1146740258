"""The review queue's storage: documents' results, assembled cases, decisions and sign-off."""

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Row, select
from sqlalchemy.orm import Session

from review.audit import AuditAction, record_audit
from review.db import make_sessionmaker
from review.decision_checks import check_case_fresh, check_fresh, check_known, values_around
from review.errors import CaseLocked, CaseNotFound, InconsistentDecision, UndecidedResults
from review.presence import (
    VIEWING_WINDOW,
    CasePresence,
    claimed_by,
    presence_by_case,
    presence_row,
    release_claims,
)
from review.queue_rows import (
    MarkerBadge,
    QueueRow,
    as_utc,
    case_received_at,
    case_tumour_type,
    marker_badges,
)
from review.tables import (
    CasePresenceRow,
    CaseRow,
    DecisionRow,
    DocumentRow,
    PageImageRow,
    SignOffRow,
    utc_now,
)
from review.upsert import insert_if_absent
from schemas.case import Case, DocumentResults, ReviewDecision, ReviewStatus, SignOff
from schemas.decision_rules import RULES, decision_problem
from schemas.reviewed import undecided_results
from schemas.reviewed_case import reviewed_case

__all__ = ["CasePresence", "MarkerBadge", "QueueRow", "ReviewStore"]

QUEUE_COLUMNS = (
    CaseRow.case_id,
    CaseRow.received_at,
    CaseRow.status,
    CaseRow.tumour_type,
    CaseRow.marker_badges,
    CaseRow.conflicts_count,
    CaseRow.documents_count,
    CaseRow.markers_count,
    CaseRow.signed_off_at,
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
            row.case_json = case.model_dump(
                mode="json", exclude={"decisions", "review_status", "sign_offs"}
            )
            if reopened:
                _reopen(session, row, case)
            _refresh_queue_columns(session, row)

    def get_case(self, case_id: str) -> Case | None:
        """The case with its reviewers' decisions and review status, or None."""
        with self._sessions() as session:
            row = session.get(CaseRow, case_id)
            if row is None or row.case_json is None:
                return None
            return reviewed_case(_case_of(session, row))

    def list_cases(self) -> list[QueueRow]:
        """Every assembled case as a queue row, newest first; the case JSON is not read."""
        query = (
            select(*QUEUE_COLUMNS)
            .where(CaseRow.case_json.is_not(None))
            .order_by(CaseRow.received_at.desc(), CaseRow.case_id)
        )
        with self._sessions() as session:
            return [_queue_row(row) for row in session.execute(query)]

    def add_decision(
        self, case_id: str, decision: ReviewDecision, version: int | None = None
    ) -> None:
        """Record a reviewer's decision on a result (and audit it with old and new values).

        Refused once signed off, on a result the case lacks, when `version` (the result's
        decision count the reviewer's page showed) is behind, or when the result would
        contradict itself (schemas.decision_rules).
        """
        with self._sessions.begin() as session:
            row = _locked_case_row(session, case_id)
            case = _case_of(session, row)
            check_known(case, decision)
            check_fresh(case, decision, version)
            problem = decision_problem(case, decision)
            if problem:
                raise InconsistentDecision(case_id, problem, RULES[problem][1])
            old, new = values_around(case, decision)
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
                old_value=old,
                new_value=new,
            )

    def sign_off(
        self,
        case_id: str,
        reviewer: str,
        confirmed_undecided: list[str] | None = None,
        version: int | None = None,
    ) -> None:
        """Lock the case as reviewed by this reviewer (and audit it).

        Results no reviewer decided on are refused (UndecidedResults lists them) unless
        `confirmed_undecided` names each of them: the reviewer saw the list and confirmed.
        With `version` (the case's decision count the page showed), a sign-off made while
        others decided is refused (StaleDecision).
        """
        with self._sessions.begin() as session:
            row = _locked_case_row(session, case_id)
            case = _case_of(session, row)
            check_case_fresh(case, version)
            undecided = undecided_results(case)
            if not set(undecided) <= set(confirmed_undecided or []):
                raise UndecidedResults(case_id, undecided)
            now = utc_now()
            row.status = ReviewStatus.SIGNED_OFF
            row.signed_off_at = now
            row.signed_off_by = reviewer
            session.add(
                SignOffRow(
                    case_id=case_id, reviewer=reviewer, signed_off_at=now, undecided=undecided
                )
            )
            release_claims(session, case_id)
            record_audit(session, AuditAction.SIGN_OFF, username=reviewer, case_id=case_id)
            if undecided:
                record_audit(
                    session,
                    AuditAction.SIGN_OFF_UNDECIDED,
                    username=reviewer,
                    case_id=case_id,
                    detail=f"confirmed signing off {len(undecided)} undecided result(s)",
                    new_value=", ".join(undecided),
                )

    def mark_viewing(self, case_id: str, username: str, at: datetime | None = None) -> None:
        """Note that the user has the case open now (the queue shows it for a while)."""
        with self._sessions.begin() as session:
            presence = presence_row(session, case_id, username)
            if presence is not None:
                presence.seen_at = at or utc_now()

    def claim(self, case_id: str, username: str) -> str:
        """Claim the case for this user unless another holds it; who holds it afterwards."""
        with self._sessions.begin() as session:
            row = _locked_case_row(session, case_id)
            holder = claimed_by(session, row.case_id)
            if holder is not None:
                return holder
            presence = presence_row(session, case_id, username)
            assert presence is not None
            presence.claimed_at = utc_now()
            record_audit(session, AuditAction.CLAIM, username=username, case_id=case_id)
            return username

    def release(self, case_id: str, username: str) -> None:
        """Give up this user's claim on the case."""
        with self._sessions.begin() as session:
            presence = session.get(CasePresenceRow, (case_id, username))
            if presence is not None and presence.claimed_at is not None:
                presence.claimed_at = None
                record_audit(session, AuditAction.RELEASE, username=username, case_id=case_id)

    def presence(self, now: datetime | None = None) -> dict[str, CasePresence]:
        """Per case id: who claimed it and who opened it within VIEWING_WINDOW."""
        with self._sessions() as session:
            return presence_by_case(session, (now or utc_now()) - VIEWING_WINDOW)


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


def _sign_offs_of(session: Session, case_id: str) -> list[SignOff]:
    query = select(SignOffRow).where(SignOffRow.case_id == case_id).order_by(SignOffRow.id)
    return [
        SignOff(reviewer=r.reviewer, signed_off_at=r.signed_off_at, undecided=r.undecided)
        for r in session.scalars(query)
    ]


def _case_of(session: Session, row: CaseRow) -> Case:
    case = Case.model_validate(row.case_json)
    return case.model_copy(
        update={
            "decisions": _decisions_of(session, row.case_id),
            "sign_offs": _sign_offs_of(session, row.case_id),
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
        signed_off_at=row.signed_off_at,
    )
