"""The least one Prefect run per document can cost on this machine: runs that do nothing.

    .venv/bin/python bench/bench_prefect_floor.py [--runs 100] [--tasks 0 4] [--batch-shape]

Starts `markerflow up` on a fresh MARKERFLOW_HOME (the same Prefect server, work pool and
process worker as the real flows), deploys `bench/noop_flows.py:noop` on the pool, then for each
--tasks value creates --runs runs at once, the way intake started one run per document, and
waits until every one has finished. No document is read: the wall time is what Prefect alone
needs for that many runs, the floor under the batch figure of bench_flows.py.

--batch-shape gives each run what process-documents asks of Prefect for a document: its tasks
submitted together to two threads, each with a markdown artifact. `--runs 5 --tasks 20
--batch-shape` is the Prefect part of bench_flows.py's batch of 100 (five runs of 20).
Writes bench/out/prefect_floor.json.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_flows import machine_cpu_seconds, start_up  # noqa: E402
from bench.process_cpu import ProcessCpu  # noqa: E402

DEPLOYMENT = "noop/noop"


def deploy_noop(api: str) -> None:
    # Imported here: Prefect reads PREFECT_API_URL once, when it is first imported.
    from flows.prefect_setup import DOCUMENTS_QUEUE

    env = {**os.environ, "PREFECT_API_URL": api, "MARKERFLOW_REPO": str(REPO)}
    argv = [sys.executable, "-m", "prefect", "--no-prompt", "deploy"]
    argv += ["bench/noop_flows.py:noop", "--name", "noop", "--pool", "markerflow"]
    # The queue the documents' worker takes runs from (a run on another queue is never taken).
    argv += ["--work-queue", DOCUMENTS_QUEUE]
    subprocess.run(argv, cwd=REPO, env=env, check=True, capture_output=True)


def start_runs(count: int, tasks: int, label: str, batch_shape: bool) -> None:
    """Create the round's runs one after another without waiting for them, as intake does."""
    from prefect.deployments import run_deployment

    for number in range(count):
        run_deployment(
            DEPLOYMENT,
            parameters={"tasks": tasks, "side_by_side": batch_shape, "artifacts": batch_shape},
            flow_run_name=f"{label}-{number}",
            tags=["bench", label],
            timeout=0,
            as_subflow=False,
        )


def unfinished(label: str) -> tuple[int, int]:
    """Runs of this round not yet final, and runs that ended other than Completed."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
        FlowRunFilterTags,
    )
    from prefect.client.schemas.objects import StateType

    def count(*types: StateType) -> int:
        state = FlowRunFilterState(type=FlowRunFilterStateType(any_=list(types)))
        tagged = FlowRunFilter(tags=FlowRunFilterTags(all_=[label]), state=state)
        return client.count_flow_runs(flow_run_filter=tagged)

    with get_client(sync_client=True) as client:
        waiting = count(StateType.SCHEDULED, StateType.PENDING, StateType.RUNNING)
        failed = count(StateType.FAILED, StateType.CRASHED, StateType.CANCELLED)
    return waiting, failed


def one_round(count: int, tasks: int, batch_shape: bool) -> dict[str, object]:
    label = f"floor-{tasks}-tasks"
    sampler = ProcessCpu()
    sampler.start()
    started, cpu = time.monotonic(), machine_cpu_seconds()
    start_runs(count, tasks, label, batch_shape)
    created = time.monotonic() - started
    while True:
        waiting, failed = unfinished(label)
        if waiting == 0:
            break
        time.sleep(0.5)
    wall, used, by_kind = time.monotonic() - started, machine_cpu_seconds() - cpu, sampler.stop()
    print(f"{count} runs of {tasks} empty tasks: {wall:.1f} s", flush=True)
    return {
        "runs": count,
        "tasks_per_run": tasks,
        "batch_shape": batch_shape,
        "wall_s": round(wall, 1),
        "creating_runs_s": round(created, 1),
        "failed_runs": failed,
        "cpu_per_run_s": round(used / count, 3),
        "cpu_per_run_by_process_s": {k: round(v / count, 3) for k, v in by_kind.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--tasks", type=int, nargs="+", default=[0, 4])
    parser.add_argument(
        "--batch-shape",
        action="store_true",
        help="tasks side by side on two threads, a markdown artifact each (process-documents)",
    )
    parser.add_argument("--worker-limit", type=int, help="markerflow up's --worker-limit")
    parser.add_argument(
        "--setting", action="append", default=[], help="PREFECT_...=value for markerflow up"
    )
    args = parser.parse_args()
    settings = dict(item.split("=", 1) for item in args.setting)
    work = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    up, api = start_up(work / "var", args.worker_limit, settings)
    try:
        os.environ["PREFECT_API_URL"] = api
        deploy_noop(api)
        rounds = [one_round(args.runs, tasks, args.batch_shape) for tasks in args.tasks]
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=120)
    result = {
        "cpus": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "worker_limit": args.worker_limit or "default",
        "settings": settings,
        "rounds": rounds,
    }
    out = REPO / "bench" / "out"
    out.mkdir(exist_ok=True)
    name = "prefect_floor.json" if not settings else "prefect_floor_settings.json"
    (out / name).write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
