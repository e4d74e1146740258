"""Flows that do nothing, for measuring what one Prefect run costs on markerflow's stack."""

from prefect import flow, task
from prefect.cache_policies import NO_CACHE


@task(persist_result=False, cache_policy=NO_CACHE)
def nothing(step: int) -> int:
    """A task with no work: only its Prefect bookkeeping costs."""
    return step


@flow(name="noop", persist_result=False, log_prints=False)
def noop(tasks: int = 0) -> int:
    """One run per document with no document: `tasks` empty tasks in a row."""
    for step in range(tasks):
        nothing(step)
    return tasks
