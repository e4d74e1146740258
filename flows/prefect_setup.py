"""Preparing a Prefect server for markerflow: work pool, tesseract limit, deployments."""

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from prefect.client.orchestration import get_client

WORK_POOL = "markerflow"
REPO = Path(__file__).resolve().parent.parent


def prefect_command(*args: str) -> list[str]:
    """Argv running this environment's `prefect` CLI without prompts."""
    return [sys.executable, "-m", "prefect", "--no-prompt", *args]


def worker_command(limit: int) -> list[str]:
    """Argv of a warm process worker on markerflow's pool running at most `limit` runs."""
    return [sys.executable, "-m", "flows.warm_worker", "--pool", WORK_POOL, "--limit", str(limit)]


def warm_command() -> str:
    """The pool's flow-run command: warm under `flows.warm_worker`, else the plain engine."""
    return f"{shlex.quote(sys.executable)} -m flows.warm_client"


def base_job_template() -> dict[str, Any]:
    """The process worker's default job template with markerflow's command as the default."""
    from prefect.workers.process import ProcessWorker

    template = ProcessWorker.get_default_base_job_template()
    template["variables"]["properties"]["command"]["default"] = warm_command()
    return template


def create_work_pool(env: dict[str, str]) -> None:
    """The process work pool the deployments run on; an existing one gets the current template."""
    with tempfile.TemporaryDirectory(prefix="markerflow-pool-") as folder:
        path = Path(folder) / "base-job-template.json"
        path.write_text(json.dumps(base_job_template()))
        create = ("work-pool", "create", WORK_POOL, "--type", "process")
        subprocess.run(
            prefect_command(*create, "--base-job-template", str(path), "--overwrite"),
            env=env,
            check=True,
            capture_output=True,
        )


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
