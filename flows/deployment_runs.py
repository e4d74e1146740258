"""Starting process-document runs through Prefect: one per attempt, found again by its key."""

from prefect.client.schemas.objects import FlowRun
from prefect.deployments import run_deployment

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
