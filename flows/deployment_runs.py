"""Starting process-document runs through Prefect: one per attempt, found again by its key."""

from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound

from flows.submission import run_name
from review.ledger import LedgerEntry

PROCESS_TAGS = ("markerflow", "process-document")


class DeploymentStarter:
    """Starts the process-document deployment for a ledger entry; parameters are ids only."""

    def __init__(self, deployment: str) -> None:
        self.deployment = deployment

    def __call__(self, entry: LedgerEntry, attempt: int, idempotency_key: str) -> str:
        """Create the run (or get the one with this key) without waiting for it."""
        flow_run: FlowRun = run_deployment(  # type: ignore[assignment]
            self.deployment,
            parameters={"case_id": entry.case_id, "entry_id": entry.id},
            flow_run_name=run_name(entry),
            idempotency_key=idempotency_key,
            tags=[*PROCESS_TAGS, f"case:{entry.case_id}", f"attempt:{attempt}"],
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
