"""Where a lone upload's seconds go, step by step, through the deployed flows (embedded default).

    .venv/bin/python bench/bench_upload_timeline.py [--drops 5]

Starts `markerflow up` on a fresh MARKERFLOW_HOME (as bench_flows.py does), drops the 2-page
report into a new case `--drops` times, one after the other, and for each drop puts together:
- from the ledger, polled every 20 ms: when the inbox watcher recorded the file, when a run was
  noted for it, when the run claimed it, when it was done; when the case was in the queue;
- from Prefect's API: the flow run's created, expected start, start and end times; its task
  run's start and end; its log lines' times; the document's markdown artifact (seconds a step);
- from the worker's log: when it submitted the run and when the run's process was opened;
- CPU seconds by kind of process over the drop (bench/process_cpu.py), less noisy than wall time
  on a shared machine.
Prints one table a drop and the medians; writes bench/out/upload_timeline.json.
"""

import argparse
import json
import os
import re
import signal
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_flows import CORPUS, TWO_PAGE_REPORT, drop, open_store, start_up  # noqa: E402
from bench.process_cpu import ProcessCpu  # noqa: E402


def now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite gives naive UTC times back."""
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def watch_ledger(home: Path, case_id: str, timeout: float = 120.0) -> dict[str, datetime]:
    """First moments the ledger and the queue showed each step of the case's document."""
    store, ledger = open_store(home)
    seen: dict[str, datetime] = {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = ledger.entries(case_id)
        moment = now()
        if entries:
            entry = entries[0]
            seen.setdefault("recorded", aware(entry.first_seen_at) or moment)
            if entry.flow_run_id:
                seen.setdefault("run noted in ledger", moment)
            if entry.state in ("processing", "done"):
                seen.setdefault("claimed (seen)", moment)
            if entry.state == "done":
                seen.setdefault("ledger done (seen)", moment)
        if "queued" not in seen and store.get_case(case_id) is not None:
            seen["queued"] = moment
        if "queued" in seen and "ledger done (seen)" in seen:
            seen["flow_run_id"] = entries[0].flow_run_id  # type: ignore[assignment]
            return seen
        time.sleep(0.02)
    raise SystemExit(f"{case_id} not queued within {timeout:.0f} s")


def prefect_times(flow_run_id: str) -> tuple[dict[str, datetime], dict[str, float]]:
    """The run's and its task run's times, its log lines' times, the document's step seconds."""
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        FlowRunFilter,
        FlowRunFilterId,
        LogFilter,
        LogFilterFlowRunId,
    )
    from prefect.client.schemas.sorting import LogSort

    run_id = UUID(flow_run_id)
    times: dict[str, datetime] = {}
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(run_id)
        times["run created"] = run.created
        times["run expected start"] = run.expected_start_time
        if run.start_time:
            times["run started (Running)"] = run.start_time
        if run.end_time:
            times["run ended"] = run.end_time
        tasks = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run_id]))
        )
        for task_run in tasks:
            if task_run.start_time:
                times["task started"] = task_run.start_time
            if task_run.end_time:
                times["task ended"] = task_run.end_time
        logs = client.read_logs(
            log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])),
            sort=LogSort.TIMESTAMP_ASC,
        )
        for line in logs:
            key = f"log: {line.message[:48]}"
            times.setdefault(key, line.timestamp)
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    steps: dict[str, float] = {}
    for artifact in artifacts:
        if artifact.key and artifact.key.startswith("document-"):
            for name, seconds in re.findall(r"\| (\w+) \(s\) \| ([\d.]+) \|", str(artifact.data)):
                steps[name] = float(seconds)
            steps["_markdown"] = str(artifact.data)  # type: ignore[assignment]
    return times, steps


def worker_times(log: Path, flow_run_id: str, day: datetime) -> dict[str, datetime]:
    """The worker's log lines about this run (time of day only: the drop's date is taken)."""
    found: dict[str, datetime] = {}
    for line in log.read_text(errors="replace").splitlines():
        if flow_run_id not in line:
            continue
        match = re.match(r"(\d\d):(\d\d):(\d\d)\.(\d{3})", line)
        if not match:
            continue
        hour, minute, second, milli = (int(g) for g in match.groups())
        local = day.astimezone().replace(
            hour=hour, minute=minute, second=second, microsecond=milli * 1000
        )
        text = line.split(" - ", 1)[-1]
        text = re.sub(r"'[0-9a-f-]{36}'", "RUN", text.replace(flow_run_id, "RUN"))
        found.setdefault(f"worker: {text[:48]}", local.astimezone(UTC))
    return found


def one_drop(home: Path, index: int) -> dict[str, object]:
    case_id = f"timeline-{index}"
    sampler = ProcessCpu()
    sampler.start()
    dropped = now()
    drop(home, case_id, CORPUS / TWO_PAGE_REPORT)
    seen = watch_ledger(home, case_id)
    cpu = sampler.stop()
    flow_run_id = str(seen.pop("flow_run_id"))
    times, steps = prefect_times(flow_run_id)
    times.update(seen)
    times.update(worker_times(home / "logs" / "worker.log", flow_run_id, dropped))
    ordered = sorted(times.items(), key=lambda item: item[1])
    offsets = {name: round((moment - dropped).total_seconds(), 2) for name, moment in ordered}
    print(f"\ndrop {index}: queued after {offsets['queued']:.2f} s")
    for name, offset in offsets.items():
        print(f"  {offset:7.2f} s  {name}")
    markdown = steps.pop("_markdown", "")
    print(f"  steps (artifact): {steps}")
    print(f"  CPU s by process over the drop: {cpu}")
    return {"offsets_s": offsets, "steps_s": steps, "cpu_s": cpu, "artifact": markdown}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drops", type=int, default=5)
    parser.add_argument("--pause", type=float, default=3.0, help="seconds between drops")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    home = Path(tempfile.mkdtemp(prefix="bench-timeline-")) / "var"
    up, api = start_up(home)
    os.environ["PREFECT_API_URL"] = api
    drops = []
    try:
        for index in range(args.drops):
            time.sleep(args.pause)
            drops.append(one_drop(home, index))
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=120)
    names = set.intersection(*(set(d["offsets_s"]) for d in drops))  # type: ignore[arg-type]
    medians = {
        name: statistics.median(d["offsets_s"][name] for d in drops)  # type: ignore[index]
        for name in names
    }
    print("\nmedian seconds after the drop:")
    for name, offset in sorted(medians.items(), key=lambda item: item[1]):
        print(f"  {offset:7.2f} s  {name}")
    result = {
        "load_average_at_start": load_at_start,
        "load_average_at_end": os.getloadavg(),
        "medians_s": medians,
        "drops": drops,
    }
    out = REPO / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "upload_timeline.json").write_text(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
