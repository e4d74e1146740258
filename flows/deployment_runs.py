"""Starting process-documents runs through Prefect: one per batch of attempts, found by its key."""

import contextlib
import itertools
from collections.abc import Collection, Sequence
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas import OrchestrationResult
from prefect.client.schemas.filters import (
    FlowRunFilter,
    FlowRunFilterId,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.client.schemas.responses import SetStateStatus
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound
from prefect.states import Crashed

from flows.submission import Attempt, run_name

PROCESS_TAGS = ("markerflow", "process-document")
FINAL_STATES = (StateType.COMPLETED, StateType.FAILED, StateType.CANCELLED, StateType.CRASHED)
RUNS_PER_QUERY = 100  # below the server's default (and largest) page of 200 runs


class DeploymentStarter:
    """Starts the process-documents deployment for a batch of entries; parameters are ids only."""

    def __init__(self, deployment: str) -> None:
        self.deployment = deployment

    def __call__(self, batch: Sequence[Attempt], idempotency_key: str) -> str:
        """Create the run (or get the one with this key) without waiting for it."""
        cases = sorted({f"case:{a.entry.case_id}" for a in batch})
        attempts = sorted({f"attempt:{a.number}" for a in batch})
        flow_run: FlowRun = run_deployment(  # type: ignore[assignment]
            self.deployment,
            parameters={"entry_ids": [a.entry.id for a in batch]},
            flow_run_name=run_name(batch),
            idempotency_key=idempotency_key,
            tags=[*PROCESS_TAGS, *cases, *attempts],
            timeout=0,
            as_subflow=False,
        )
        return str(flow_run.id)


def run_is_waiting(flow_run_id: str) -> bool:
    """Whether Prefect still holds this run as scheduled (late included): no worker took it."""
    with get_client(sync_client=True) as client:
        try:
            run = client.read_flow_run(UUID(flow_run_id))
        except ObjectNotFound:
            return False
    return run.state is not None and run.state.type == StateType.SCHEDULED


def ended_runs(flow_run_ids: Collection[str]) -> set[str]:
    """Those of these runs Prefect holds in a final state (not unknown ones or non-run ids)."""
    by_uuid: dict[UUID, str] = {}
    for flow_run_id in flow_run_ids:
        with contextlib.suppress(ValueError):
            by_uuid[UUID(flow_run_id)] = flow_run_id
    ids = sorted(by_uuid)
    ended: set[str] = set()
    if not ids:
        return ended
    with get_client(sync_client=True) as client:
        for chunk in itertools.batched(ids, RUNS_PER_QUERY):
            runs = client.read_flow_runs(
                flow_run_filter=FlowRunFilter(
                    id=FlowRunFilterId(any_=list(chunk)),
                    state=FlowRunFilterState(type=FlowRunFilterStateType(any_=list(FINAL_STATES))),
                ),
                limit=len(chunk),
            )
            ended.update(by_uuid[run.id] for run in runs if run.id in by_uuid)
    return ended


def mark_run_lost(flow_run_id: str, message: str) -> bool:
    """Show a run whose document was started again as Crashed; False if Prefect left it as it was.

    The state is proposed, not forced, so Prefect keeps a run that ended a moment ago as it
    ended. `message` holds ids and reason codes only.
    """
    with get_client(sync_client=True) as client:
        try:
            result: OrchestrationResult[None] = client.set_flow_run_state(
                UUID(flow_run_id), Crashed(message=message)
            )
        except ObjectNotFound:
            return False
    return result.status == SetStateStatus.ACCEPT
