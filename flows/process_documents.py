"""The process-documents flow: a batch of ledger entries, each document a task run of its own."""

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from extractors.errors import RejectedInput
from extractors.limits import Limits
from extractors.reading.reader_host import ANALYSIS, start_readers_soon
from flows import document_pipeline as steps
from flows.databases import open_ledger, review_engine
from flows.document_report import DocumentReport
from flows.lease_heartbeat import LeaseHeartbeat, lease_held
from flows.settings import FlowSettings
from flows.step_errors import (
    DocumentRejected,
    DocumentsNotDone,
    StepFailed,
    is_internal_error,
    is_transient,
    phi_safe,
)
from flows.submission import task_run_name
from review.db import markerflow_home
from review.ledger import Ledger, LedgerEntry, LedgerState
from review.store import ReviewStore
from schemas.error_trace import phi_free_traceback


def documents_side_by_side() -> TaskRunner[PrefectFuture[Any]]:
    """A thread a document: $MARKERFLOW_DOCUMENT_WORKERS at once, else one a core.

    Threads are enough: reading and rendering run in child processes, the rest is short.
    """
    configured = os.environ.get("MARKERFLOW_DOCUMENT_WORKERS")
    workers = max(1, int(configured)) if configured else max(2, os.cpu_count() or 1)
    return cast(TaskRunner[PrefectFuture[Any]], ThreadPoolTaskRunner[Any](max_workers=workers))


def unvisited[V](value: V) -> V:
    """`value` as a task argument Prefect hands over without walking through it."""
    return cast(V, quote(value))


@task(
    name="process-document",
    retries=2,
    retry_delay_seconds=[1, 5],
    retry_condition_fn=lambda _task, _run, state: is_transient(
        state.result(raise_on_failure=False)
    ),
    persist_result=False,
    cache_policy=NO_CACHE,
)
def process_document(
    ledger: Ledger, entry_id: int, run_id: str, leases: LeaseHeartbeat
) -> str | State:
    """Claim, read, analyse, render, store and rebuild one document; the ledger records it.

    Raises DocumentRejected for a refused document, StepFailed (transient or not) for a step
    that failed; a document finished already, or started again under a later run, has nothing
    to do.
    """
    with phi_safe("claim"):
        entry = ledger.claim(entry_id, run_id)
    if entry is None:
        leases.let_go(entry_id)
        return _nothing_to_do(ledger, entry_id)
    leases.claimed(entry_id)
    try:
        report = _process(ledger, entry)
    except RejectedInput as err:
        with phi_safe("mark-rejected"):
            ledger.mark_rejected(entry_id, err.reason)
        leases.let_go(entry_id)
        raise DocumentRejected(entry_id, err.reason.value) from None
    except StepFailed as err:
        if is_internal_error(err):
            _mark_failed(ledger, entry_id, err)
            leases.let_go(entry_id)
        raise
    with phi_safe("mark-done"):
        ledger.mark_done(entry_id)
    leases.let_go(entry_id)
    create_markdown_artifact(
        markdown=report.markdown(),
        key=f"document-{entry.short_hash}",
        description=f"case {entry.case_id}, document {entry.short_hash}",
    )
    return "done"


def _mark_failed(ledger: Ledger, entry_id: int, err: StepFailed) -> None:
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


def _nothing_to_do(ledger: Ledger, entry_id: int) -> State:
    """Why a claim found nothing: a rejected entry stays rejected, and the task says so."""
    with phi_safe("claim"):
        entry = ledger.get(entry_id)
    if entry is not None and entry.state == LedgerState.REJECTED:
        raise DocumentRejected(entry_id, entry.reason or "unknown")
    why = "is done" if entry is not None else "is not in the ledger"
    if entry is not None and entry.state != LedgerState.DONE:
        why = "belongs to a later run"
    return Completed(message=f"nothing to do: entry {entry_id} {why}", data="nothing_to_do")


def _process(ledger: Ledger, entry: LedgerEntry) -> DocumentReport:
    report = DocumentReport(entry_id=entry.id, case_id=entry.case_id, short_hash=entry.short_hash)
    with phi_safe("read"):
        data = ledger.content(entry.id)
        limits = Limits.from_env()  # OCR'd pages within the machine's tesseract slots
        machine_slots = {"lock_dir": limits.lock_dir or markerflow_home() / "locks"}
        limits = limits.model_copy(update=machine_slots)
        with report.timed("read"):
            document, pending_images = steps.read(data, entry, limits)
    with pending_images:  # rendered by the reader meanwhile; let go of if a step fails first
        with phi_safe("analyse"), report.timed("analyse"):
            results = steps.analyse(document, entry)
        with phi_safe("render-pages"), report.timed("render"):
            images = steps.render(pending_images)
    store = ReviewStore(review_engine())
    with phi_safe("store"), report.timed("store"):
        report.added = steps.store_document(store, entry.case_id, results, images)
    with phi_safe("rebuild-case"), report.timed("rebuild"):
        case = steps.rebuild_case(store, entry.case_id)
    report.case_markers = len(case.current_markers)
    report.pages = len(document.pages)
    report.ocr_pages = document.ocr_pages
    report.markers = len(results.markers)
    return report


@dataclass
class Outcome:
    """How one document of the run ended: done, rejected, failed or nothing to do; ids only."""

    entry_id: int
    case_id: str
    document: str
    outcome: str
    detail: str = ""
    error: StepFailed | None = field(default=None, repr=False, compare=False)

    def row(self) -> dict[str, str | int]:
        """The document's row in the run's table artifact."""
        return {k: v for k, v in vars(self).items() if k != "error"}


@dataclass
class Tally:
    """The run's outcomes and the state that sums them up."""

    outcomes: list[Outcome]

    def counts(self) -> dict[str, int]:
        """Documents per outcome, every outcome named."""
        found = Counter(o.outcome for o in self.outcomes)
        return {k: found[k] for k in ("done", "rejected", "failed", "nothing_to_do")}

    def summary(self) -> str:
        """E.g. `3 documents: 1 done, 1 rejected (encrypted: 1), 1 failed`."""
        counts = self.counts()
        reasons = Counter(o.detail for o in self.outcomes if o.outcome == "rejected")
        rejected = f"{counts['rejected']} rejected"
        if reasons:
            rejected += " (" + ", ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) + ")"
        documents = "document" if len(self.outcomes) == 1 else "documents"
        text = f"{len(self.outcomes)} {documents}: {counts['done']} done, {rejected}, "
        text += f"{counts['failed']} failed"
        if counts["nothing_to_do"]:
            text += f", {counts['nothing_to_do']} with nothing to do"
        return text

    def final_state(self) -> State:
        """Completed when every document was done (or had nothing to do), else Failed.

        A transient failure is raised, so that the run's state names its step and type; the
        counts are in the run's table artifact, and a Failed state's result is DocumentsNotDone.
        """
        failed = [(o.entry_id, o.error) for o in self.outcomes if o.error is not None]
        transient = [error for _, error in failed if not is_internal_error(error)]
        if transient:
            raise transient[0]
        counts = self.counts()
        if failed:
            entry_id, error = failed[0]
            advice = (
                f"internal error in {error.step}: {error.error_type}; the document is kept as "
                f"failed (`markerflow failed retry {entry_id}` after an upgrade)"
            )
        elif counts["rejected"]:
            advice = "put a rejected document back in line with `markerflow rejected retry ID`"
        else:
            return Completed(message=self.summary(), data=counts)
        message = f"{self.summary()}; {advice}"
        return Failed(message=message, data=DocumentsNotDone(message, counts))


def outcome_of(entry: LedgerEntry, future: PrefectFuture[Any]) -> Outcome:
    """The document's outcome from its task run's final state."""
    future.wait()
    state = future.state
    ids = (entry.id, entry.case_id, entry.short_hash)
    if state.is_completed():
        return Outcome(*ids, str(state.result(raise_on_failure=False)))  # done, nothing_to_do
    error = state.result(raise_on_failure=False)
    if isinstance(error, DocumentRejected):
        return Outcome(*ids, "rejected", error.reason)
    if not isinstance(error, StepFailed):
        error = StepFailed("process-document", state.name or "Crashed")
    return Outcome(*ids, "failed", f"{error.step} failed: {error.error_type}", error)


def _release(ledger: Ledger, entry_id: int) -> None:
    """Hand a failed entry back for the next poll; if the database is gone, its lease runs out."""
    try:
        ledger.release(entry_id)
    except Exception as err:  # noqa: BLE001 - the document's own error is the one shown
        get_run_logger().warning(
            "entry %d not released; it is due again when its lease ends\n%s",
            entry_id,
            phi_free_traceback(err),
        )


@flow(
    name="process-documents",
    persist_result=False,
    log_prints=False,
    task_runner=documents_side_by_side(),
)
def process_documents(entry_ids: list[int]) -> State:
    """Process a batch of ledger entries side by side, each document a task run of its own."""
    start_readers_soon(ANALYSIS)
    with phi_safe("open-ledger"):
        ledger = open_ledger(FlowSettings())
        found = [ledger.get(entry_id) for entry_id in dict.fromkeys(entry_ids)]
    entries = [entry for entry in found if entry is not None]
    with lease_held(ledger, [e.id for e in entries]) as leases:
        futures = [
            process_document.with_options(task_run_name=task_run_name(entry)).submit(
                unvisited(ledger), entry.id, str(flow_run.id), unvisited(leases)
            )
            for entry in entries
        ]
        tally = Tally([outcome_of(e, f) for e, f in zip(entries, futures, strict=True)])
        for failed in (o for o in tally.outcomes if o.outcome == "failed"):
            if not is_internal_error(failed.error):
                _release(ledger, failed.entry_id)
    get_run_logger().info("%s", tally.summary())
    create_table_artifact(
        table=[o.row() for o in tally.outcomes] or [{"documents": 0}],
        key="process-documents",
        description=tally.summary(),
    )
    return tally.final_state()
