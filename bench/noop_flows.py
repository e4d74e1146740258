"""Flows that do nothing, for measuring what one Prefect run costs on markerflow's stack."""

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner


@task(persist_result=False, cache_policy=NO_CACHE)
def nothing(step: int, artifact: bool = False) -> int:
    """A task with no work: only its Prefect bookkeeping costs (and its artifact, if asked)."""
    if artifact:
        create_markdown_artifact(markdown=f"step {step}", key=f"step-{step}")
    return step


@flow(
    name="noop",
    persist_result=False,
    log_prints=False,
    task_runner=ThreadPoolTaskRunner(max_workers=2),
)
def noop(tasks: int = 0, side_by_side: bool = False, artifacts: bool = False) -> int:
    """`tasks` empty tasks: in a row, or submitted together to two threads the way
    process-documents runs its documents, each with a markdown artifact if `artifacts`."""
    if side_by_side:
        futures = [nothing.submit(step, artifacts) for step in range(tasks)]
        for future in futures:
            future.wait()
    else:
        for step in range(tasks):
            nothing(step, artifacts)
    return tasks
