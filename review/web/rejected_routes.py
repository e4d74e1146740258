"""The documents the pipeline refused, for reviewers and ops: escaped name, reason, when."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict

from review.audit import AuditAction
from review.ledger import NOT_RETRIED, LedgerEntry
from review.permissions import Permission
from review.web.security import permitted
from review.web.services import services_of
from review.web_sessions import LoginSession

router = APIRouter()

REASONS = {
    "empty": "The file is empty.",
    "unsupported_type": "The file is no PDF or image markerflow reads.",
    "corrupt": "The file is damaged and cannot be read.",
    "encrypted": "The file is encrypted; send it without a password.",
    "too_large": "The file is larger than the size limit.",
    "too_many_pages": "The document has more pages than the limit.",
    "image_too_large": "An image is larger than the pixel limit.",
    "image_too_small": "An image is too small to read.",
    "resource_limit": "Reading it needed more memory than the limit.",
    "timeout": "Reading it took longer than the time limit.",
    "ocr_timeout": "Reading the scanned pages took longer than the time limit.",
    "ocr_failed": "The scanned pages could not be read.",
    "attempts_exhausted": "Every attempt to process it failed; ops can retry it.",
    "bad_case_id": (
        "Its folder name is no usable case id (letters, digits, dot, dash and underscore, "
        "starting with a letter or digit, one folder deep): rename the folder and it comes in."
    ),
}


class RejectedDocument(BaseModel):
    """One refused document as the page shows it; every name is escaped already."""

    model_config = ConfigDict(extra="forbid")

    entry_id: int
    case_id: str
    file_name: str
    reason: str
    explanation: str
    received_at: datetime
    retry: bool


def file_name(entry: LedgerEntry) -> str:
    """The escaped key without its case folder, as the uploader named the file."""
    prefix = f"{entry.case_id}/"
    key = entry.object_key
    return key[len(prefix) :] if key.startswith(prefix) else key


def rejected_document(entry: LedgerEntry) -> RejectedDocument:
    """A rejected ledger entry as the page shows it."""
    reason = entry.reason or "unknown"
    return RejectedDocument(
        entry_id=entry.id,
        case_id=entry.case_id,
        file_name=file_name(entry),
        reason=reason,
        explanation=REASONS.get(reason, ""),
        received_at=entry.first_seen_at,
        retry=reason not in NOT_RETRIED,
    )


@router.get("/rejected", response_class=HTMLResponse)
def rejected_page(
    request: Request,
    login: Annotated[LoginSession, Depends(permitted(Permission.READ_CASES))],
) -> Response:
    """Every rejected document, newest first."""
    services = services_of(request)
    documents = [rejected_document(e) for e in reversed(services.ledger.rejected())]
    services.audit.record(
        AuditAction.VIEW_QUEUE,
        username=login.username,
        detail=f"{len(documents)} rejected documents listed",
    )
    return services.templates.TemplateResponse(
        request, "rejected.html", {"login": login, "documents": documents}
    )
