"""Preparing a Prefect server for markerflow: work pool, tesseract limit, deployments."""

import os
import subprocess
import sys
from pathlib import Path

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

from flows.process_document import TESSERACT_LIMIT

WORK_POOL = "markerflow"
REPO = Path(__file__).resolve().parent.parent


def prefect_command(*args: str) -> list[str]:
    """Argv running this environment's `prefect` CLI without prompts."""
    return [sys.executable, "-m", "prefect", "--no-prompt", *args]


def create_work_pool(env: dict[str, str]) -> None:
    """The process work pool the deployments run on (kept if it exists)."""
    subprocess.run(
        prefect_command("work-pool", "create", WORK_POOL, "--type", "process"),
        env=env,
        check=False,
        capture_output=True,
    )


def ensure_tesseract_limit(slots: int) -> None:
    """The per-machine global concurrency limit that tesseract runs take slots of."""
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(TESSERACT_LIMIT)
        except ObjectNotFound:
            try:
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(name=TESSERACT_LIMIT, limit=slots)
                )
            except ObjectAlreadyExists:
                pass


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


def prefect_env(api_url: str, home: Path | None = None) -> dict[str, str]:
    """The current environment pointed at one Prefect API, analytics off."""
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "OMP_THREAD_LIMIT": "1",
        "MARKERFLOW_REPO": str(REPO),
    }
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    return env
