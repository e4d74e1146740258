"""Preparing a Prefect server for markerflow: work pool, deployments, schedules."""

import contextlib
import os
import shlex
import subprocess
import sys
from pathlib import Path

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectAlreadyExists
from prefect.workers.process import ProcessWorker

WORK_POOL = "markerflow"
# The pool's two work queues. Document runs hold a worker slot for a batch's whole work; the
# ops flows (intake, the SQS consumer, finalize) are short, and one of them falling inside a
# batch used to take a document run's slot. Each queue has a worker of its own.
DOCUMENTS_QUEUE = "documents"
OPS_QUEUE = "ops"
OPS_WORKER_LIMIT = 3  # intake, the SQS consumer and a finalize at once
REPO = Path(__file__).resolve().parent.parent


def prefect_command(*args: str) -> list[str]:
    """Argv running this environment's `prefect` CLI without prompts."""
    return [sys.executable, "-m", "prefect", "--no-prompt", *args]


def worker_command(limit: int, queue: str | None = None) -> list[str]:
    """Argv of Prefect's process worker on markerflow's pool running at most `limit` runs.

    With a `queue`, the worker takes runs from that work queue only; without, from all of them.
    """
    argv = prefect_command("worker", "start", "--pool", WORK_POOL, "--limit", str(limit))
    return argv if queue is None else [*argv, "--work-queue", queue]


def create_work_pool() -> None:
    """The process work pool the deployments run on, with its two work queues.

    Prefect's job template, one change: the flow-run command is this environment's
    `python -m prefect.engine`, the command Prefect's process worker falls back to. Left
    blank, the worker first starts a workspace supervisor, a Python of its own that imports
    Prefect and runs the pull steps, and then replaces itself with that same command: two
    interpreters' start-up a run instead of one. Overwriting gives
    a pool made by an older markerflow this template.
    """
    template = ProcessWorker.get_default_base_job_template()
    command = template["variables"]["properties"]["command"]
    command["default"] = shlex.join([sys.executable, "-m", "prefect.engine"])
    pool = WorkPoolCreate(name=WORK_POOL, type="process", base_job_template=template)
    with get_client(sync_client=True) as client:
        client.create_work_pool(pool, overwrite=True)
        for queue in (DOCUMENTS_QUEUE, OPS_QUEUE):
            with contextlib.suppress(ObjectAlreadyExists):
                client.create_work_queue(queue, work_pool_name=WORK_POOL)


def deploy_all(env: dict[str, str]) -> None:
    """`prefect --no-prompt deploy --all` from the repository, the way ops would run it."""
    subprocess.run(
        prefect_command("deploy", "--all"),
        cwd=REPO,
        env={**env, "MARKERFLOW_REPO": str(REPO)},
        check=True,
        capture_output=True,
    )


def set_schedules_active(deployment_name: str, active: bool) -> None:
    """Turn a deployment's schedules on or off (the SQS consumer's are off until configured)."""
    with get_client(sync_client=True) as client:
        deployment = client.read_deployment_by_name(deployment_name)
        for schedule in deployment.schedules:
            client.update_deployment_schedule(deployment.id, schedule.id, active=active)


def prefect_env() -> dict[str, str]:
    """The current environment (PREFECT_API_URL set) for Prefect's processes, analytics off."""
    return {
        **os.environ,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "OMP_THREAD_LIMIT": "1",
        "MARKERFLOW_REPO": str(REPO),
    }
