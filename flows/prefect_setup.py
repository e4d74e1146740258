"""Preparing a Prefect server for markerflow: work pool, deployments, schedules."""

import os
import subprocess
import sys
from pathlib import Path

from prefect.client.orchestration import get_client

WORK_POOL = "markerflow"
REPO = Path(__file__).resolve().parent.parent


def prefect_command(*args: str) -> list[str]:
    """Argv running this environment's `prefect` CLI without prompts."""
    return [sys.executable, "-m", "prefect", "--no-prompt", *args]


def worker_command(limit: int) -> list[str]:
    """Argv of Prefect's process worker on markerflow's pool running at most `limit` runs."""
    return prefect_command("worker", "start", "--pool", WORK_POOL, "--limit", str(limit))


def create_work_pool(env: dict[str, str]) -> None:
    """The process work pool the deployments run on, with Prefect's own job template.

    `--overwrite` gives a pool made by an older markerflow (a custom flow-run command) the
    default template again.
    """
    create = ("work-pool", "create", WORK_POOL, "--type", "process", "--overwrite")
    subprocess.run(prefect_command(*create), env=env, check=True, capture_output=True)


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
