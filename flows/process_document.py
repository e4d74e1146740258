"""The process-document flow: one run per document, from ledger bytes to a case in the queue."""

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar, cast

from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Failed, State
from prefect.utilities.annotations import quote

from extractors.errors import RejectedInput
from extractors.limits import Limits
from flows import document_pipeline as steps
from flows.databases import open_ledger, review_engine
from flows.document_report import DocumentReport, document_markdown
from flows.lease_heartbeat import lease_held
from flows.settings import FlowSettings
from flows.step_errors import StepFailed, is_internal_error, is_transient, phi_safe
from flows.tesseract_slots import tesseract_slots
from review.ledger import Ledger, LedgerEntry
from review.store import ReviewStore
from schemas import Document
from schemas.case import DocumentResults
from schemas.error_trace import phi_free_traceback

P = ParamSpec("P")
R = TypeVar("R")


def unvisited[V](value: V) -> V:
    """`value` as a task argument Prefect hands over without walking through it.

    Prefect visits every element of a task's arguments looking for upstream futures: for a
    document (every word and box) and its page images that cost over a second of CPU per run.
    """
    return cast(V, quote(value))


def _retry_only_transient(_task: Any, _task_run: Any, state: State) -> bool:
    return is_transient(state.result(raise_on_failure=False))


def step(name: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """A coarse task: retried only on transient errors, no result stored, no cache."""
    return task(
        name=name,
        retries=2,
        retry_delay_seconds=[1, 5],
        retry_condition_fn=_retry_only_transient,
        persist_result=False,
        cache_policy=NO_CACHE,
    )


@step("claim")
def claim(ledger: Ledger, entry_id: int) -> LedgerEntry | None:
    """Mark the entry processing; None when it is finished or belongs to a later run.

    A later run: this one was given up on before it started, and intake started another.
    """
    with phi_safe("claim"):
        return ledger.claim(entry_id, flow_run.id)


@step("read")
def read(ledger: Ledger, entry: LedgerEntry, limits: Limits) -> Document:
    """Pages and words; OCR under the machine's tesseract limit."""
    with phi_safe("read"):
        data = ledger.content(entry.id)
        with tesseract_slots(limits.ocr_workers) as slots:
            return steps.read(data, entry, limits.model_copy(update={"ocr_workers": slots}))


@step("analyse")
def analyse(document: Document, entry: LedgerEntry) -> DocumentResults:
    """Markers, facts and HER2."""
    with phi_safe("analyse"):
        return steps.analyse(document, entry)


@step("render-pages")
def render(ledger: Ledger, entry: LedgerEntry, document: Document) -> dict[int, bytes]:
    """Page images for the evidence view."""
    with phi_safe("render-pages"):
        return steps.render(ledger.content(entry.id), document)


@step("store")
def store(case_id: str, results: DocumentResults, images: dict[int, bytes]) -> bool:
    """Add the document to its case in the review database."""
    with phi_safe("store"):
        return steps.store_document(ReviewStore(review_engine()), case_id, results, images)


@step("rebuild-case")
def rebuild(case_id: str) -> int:
    """Assemble and save the case; returns its number of current markers."""
    with phi_safe("rebuild-case"):
        return len(steps.rebuild_case(ReviewStore(review_engine()), case_id).current_markers)


@flow(name="process-document", persist_result=False, log_prints=False)
def process_document(case_id: str, entry_id: int) -> dict[str, Any] | State:
    """Read, analyse and queue one document; the ledger records the outcome."""
    with phi_safe("open-ledger"):
        ledger = open_ledger(FlowSettings.from_env())
    entry = claim(ledger, entry_id)
    if entry is None:
        get_run_logger().info(
            "entry %d is finished or belongs to a later run: nothing to do", entry_id
        )
        return {"entry_id": entry_id, "outcome": "nothing_to_do"}
    try:
        with lease_held(ledger, entry.id):
            report = _process(ledger, entry)
    except RejectedInput as err:
        with phi_safe("mark-rejected"):
            ledger.mark_rejected(entry_id, err.reason)
        return Failed(message=f"rejected: {err.reason.value}")
    except StepFailed as err:
        if not is_internal_error(err):
            _release(ledger, entry_id)
            raise
        return _failed(ledger, entry_id, err)
    except Exception:
        _release(ledger, entry_id)
        raise
    with phi_safe("mark-done"):
        ledger.mark_done(entry_id)
    create_markdown_artifact(
        markdown=document_markdown(report),
        key=f"document-{entry.short_hash}",
        description=f"case {case_id}, document {entry.short_hash}",
    )
    return report.ids_and_counts()


def _failed(ledger: Ledger, entry_id: int, err: StepFailed) -> State:
    """An internal error: logged with its PHI-free traceback, the entry kept to be retried."""
    get_run_logger().error(
        "entry %d: internal error in step %s (%s); markerflow's fault, not the document's\n%s",
        entry_id,
        err.step,
        err.error_type,
        phi_free_traceback(err),
    )
    with phi_safe("mark-failed"):
        ledger.mark_failed(entry_id, err.step)
    return Failed(
        message=(
            f"internal error in {err.step}: {err.error_type}; the document is kept as failed "
            f"(`markerflow failed retry {entry_id}` after an upgrade)"
        )
    )


def _release(ledger: Ledger, entry_id: int) -> None:
    """Hand the entry back for another run; if the database is gone too, its lease runs out.

    The step's own error is the one the run ends with: a failed release is logged by type.
    """
    try:
        ledger.release(entry_id)
    except Exception as err:  # noqa: BLE001 - the step's error matters more than this one
        get_run_logger().warning(
            "entry %d not released; it is due again when its lease ends\n%s",
            entry_id,
            phi_free_traceback(err),
        )


def _process(ledger: Ledger, entry: LedgerEntry) -> DocumentReport:
    report = DocumentReport(entry_id=entry.id, case_id=entry.case_id, short_hash=entry.short_hash)
    timed = report.timings.measure
    document = timed("read", lambda: read(ledger, entry, Limits.from_env()))
    results = timed("analyse", lambda: analyse(unvisited(document), entry))
    images = timed("render", lambda: render(ledger, entry, unvisited(document)))
    report.added = timed(
        "store", lambda: store(entry.case_id, unvisited(results), unvisited(images))
    )
    report.case_markers = timed("rebuild", lambda: rebuild(entry.case_id))
    report.pages = len(document.pages)
    report.ocr_pages = document.ocr_pages
    report.markers = len(results.markers)
    return report
