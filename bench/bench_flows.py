"""Upload to queue through the deployed flows on the embedded default, against `markerflow extract`.

    .venv/bin/python bench/bench_flows.py [--latency-runs 5] [--batch 100]
        [--worker-limit N] [--keep-home] [--prefect-database-url postgresql+asyncpg://...]

Starts `markerflow up` on a fresh MARKERFLOW_HOME with free ports, then measures:
1. upload-to-queue latency of a 2-page digital report (median of --latency-runs drops);
2. --batch digital reports dropped at once: time until every one is in the queue (or rejected),
   against the wall time of `markerflow extract` on the same files;
3. Prefect's overhead per document, from the flow runs' own times, and the Prefect server's CPU
   seconds per document during the batch.
Writes bench/out/flows.json.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus" / "files"
BIN = Path(sys.executable).parent
sys.path.insert(0, str(REPO))

from bench.process_cpu import ProcessCpu  # noqa: E402

TWO_PAGE_REPORT = "014.pdf"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def digital_reports() -> list[Path]:
    return sorted(
        p for p in CORPUS.glob("*.pdf") if ".scan." not in p.name and ".orig." not in p.name
    )


def start_up(
    home: Path, worker_limit: int | None = None, settings: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], str]:
    """`markerflow up` on `home`; `settings` are extra PREFECT_ variables for every process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MARKERFLOW_"))}
    env.update(MARKERFLOW_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    env.update(settings or {})
    env.update(OMP_THREAD_LIMIT="1")
    port = free_port()
    argv = [str(BIN / "markerflow"), "up", "--prefect-port", str(port)]
    argv += ["--review-port", str(free_port())]
    if worker_limit is not None:
        argv += ["--worker-limit", str(worker_limit)]
    up = subprocess.Popen(
        argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert up.stdout is not None
    for line in up.stdout:
        if "Ctrl-C stops everything." in line:
            return up, f"http://127.0.0.1:{port}/api"
    raise SystemExit("markerflow up did not come up")


def open_store(home: Path):
    from review.db import make_engine
    from review.ledger import Ledger
    from review.store import ReviewStore

    engine = make_engine(f"sqlite:///{home / 'markerflow.db'}")
    return ReviewStore(engine), Ledger(engine)


def drop(home: Path, case_id: str, source: Path) -> None:
    folder = home / "inbox" / case_id
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{source.name}.part"
    shutil.copyfile(source, temporary)
    temporary.rename(folder / source.name)


def latency(home: Path, runs: int) -> list[float]:
    store, _ = open_store(home)
    seconds = []
    for run in range(runs):
        case_id = f"latency-{run}"
        started = time.monotonic()
        drop(home, case_id, CORPUS / TWO_PAGE_REPORT)
        while store.get_case(case_id) is None:
            time.sleep(0.1)
        seconds.append(time.monotonic() - started)
        print(f"latency run {run}: {seconds[-1]:.1f} s", flush=True)
    return seconds


def batch_inputs(count: int, folder: Path) -> list[tuple[str, Path]]:
    reports = digital_reports()
    chosen = [(f"batch-{i:03d}", reports[i % len(reports)]) for i in range(count)]
    for case_id, source in chosen:
        shutil.copyfile(source, folder / f"{case_id}-{source.name}")
    return chosen


def machine_cpu_seconds() -> float:
    """CPU seconds the machine spent in user and system time, not counting niced processes.

    From /proc/stat's first line (user nice system ...): what this benchmark's processes used,
    plus whatever else runs un-niced on the machine at the same time.
    """
    fields = Path("/proc/stat").read_text().splitlines()[0].split()
    return (int(fields[1]) + int(fields[3])) / os.sysconf("SC_CLK_TCK")


def batch(
    home: Path, chosen: list[tuple[str, Path]]
) -> tuple[float, float, dict[str, float], float]:
    """Wall seconds until every document is done or rejected, the machine's CPU seconds, the
    CPU seconds of each kind of process, and the clock time the batch was dropped at."""
    _, ledger = open_store(home)
    sampler = ProcessCpu()
    sampler.start()
    dropped_at = time.time()
    started, cpu = time.monotonic(), machine_cpu_seconds()
    for case_id, source in chosen:
        drop(home, case_id, source)
    wanted = {case_id for case_id, _ in chosen}
    while True:
        finished = {e.case_id for e in ledger.entries() if e.state in ("done", "rejected")} & wanted
        if len(finished) == len(wanted):
            wall, used = time.monotonic() - started, machine_cpu_seconds() - cpu
            return wall, used, sampler.stop(), dropped_at
        time.sleep(0.5)


def extract_seconds(folder: Path) -> tuple[float, float]:
    """Wall seconds of `markerflow extract` on the folder, and the machine's CPU seconds."""
    out = folder.parent / "extract-out"
    started, cpu = time.monotonic(), machine_cpu_seconds()
    done = subprocess.run(
        [str(BIN / "markerflow"), "extract", str(folder), "--out", str(out)],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seconds = time.monotonic() - started, machine_cpu_seconds() - cpu
    written = len(list(out.glob("*.json"))) if out.exists() else 0
    if done.returncode != 0 or written != len(list(folder.iterdir())):
        raise SystemExit(f"markerflow extract failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def prefect_overhead(api: str, dropped_at: float) -> dict[str, object]:
    os.environ["PREFECT_API_URL"] = api
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["process-documents"])), limit=200
        )
        # Other flows' runs that held a worker slot during the batch (intake, finalize, ...).
        names = {f.id: f.name for f in client.read_flows()}
        others = [
            r
            for r in client.read_flow_runs(limit=200)
            if names.get(r.flow_id) != "process-documents"
            and r.start_time
            and (r.end_time is None or r.end_time.timestamp() >= dropped_at)
        ]
        done = [r for r in runs if r.start_time and r.end_time and r.expected_start_time]
        batch_runs = [r for r in done if r.created and r.created.timestamp() >= dropped_at]
        # When the worker took each run up (its Pending state): a slot was free from then on.
        pending = {
            r.id: min(
                (s.timestamp for s in client.read_flow_run_states(r.id) if s.name == "Pending"),
                default=None,
            )
            for r in batch_runs
        }
    waits = [(r.start_time - r.expected_start_time).total_seconds() for r in done]
    runtimes = [r.total_run_time.total_seconds() for r in done]
    # The batch's runs: documents, then seconds from the drop to created, taken up by the
    # worker (pending), running and ended.
    timeline = [
        [
            len(r.parameters.get("entry_ids", [])),
            *(
                round(t.timestamp() - dropped_at, 1) if t else None
                for t in (r.created, pending[r.id], r.start_time, r.end_time)
            ),
        ]
        for r in batch_runs
    ]
    # Seconds from the drop to running and ended; negative when the run started before the drop.
    other_timeline = [
        [
            names.get(r.flow_id, "?"),
            *(round(t.timestamp() - dropped_at, 1) for t in (r.start_time, r.end_time) if t),
        ]
        for r in others
    ]
    return {
        "batch_runs": sorted(timeline, key=lambda run: run[3]),
        "other_runs": sorted(other_timeline, key=lambda run: run[1]),
        "runs": len(done),
        "median_submit_to_running_s": round(statistics.median(waits), 2) if waits else -1,
        "median_run_time_s": round(statistics.median(runtimes), 2) if runtimes else -1,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--worker-limit", type=int, help="markerflow up's --worker-limit")
    parser.add_argument(
        "--keep-home",
        action="store_true",
        help="keep the run's MARKERFLOW_HOME (its logs/ show the worker's and server's side)",
    )
    parser.add_argument(
        "--prefect-database-url",
        help="the embedded Prefect server's database (postgresql+asyncpg://...); SQLite if unset",
    )
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="bench-flows-"))
    home = work / "var"
    database = args.prefect_database_url
    settings = {"PREFECT_API_DATABASE_CONNECTION_URL": database} if database else None
    up, api = start_up(home, args.worker_limit, settings)
    try:
        lat = latency(home, args.latency_runs)
        files = work / "batch-files"
        files.mkdir()
        chosen = batch_inputs(args.batch, files)
        through_flows, flows_cpu, by_kind, dropped_at = batch(home, chosen)
        print(f"{args.batch} reports through the flows: {through_flows:.1f} s", flush=True)
        overhead = prefect_overhead(api, dropped_at)
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=120)
    through_extract, extract_cpu = extract_seconds(files)
    print(f"{args.batch} reports through markerflow extract: {through_extract:.1f} s", flush=True)
    per_doc_flows = through_flows / args.batch
    per_doc_extract = through_extract / args.batch
    result = {
        "cpus": os.cpu_count(),
        "load_average_at_start": load_at_start,
        "load_average_at_end": os.getloadavg(),
        "latency_2_page_s": [round(s, 2) for s in lat],
        "latency_median_s": round(statistics.median(lat), 2) if lat else None,
        "batch": args.batch,
        "worker_limit": args.worker_limit or "default",
        "prefect_database": "postgresql" if database else "sqlite",
        "batch_flows_s": round(through_flows, 1),
        "batch_extract_s": round(through_extract, 1),
        "batch_ratio": round(through_flows / through_extract, 2),
        "prefect_overhead_per_document_s": round(per_doc_flows - per_doc_extract, 2),
        "cpu_per_document_flows_s": round(flows_cpu / args.batch, 2),
        "cpu_per_document_extract_s": round(extract_cpu / args.batch, 2),
        "cpu_per_document_by_process_s": {
            kind: round(seconds / args.batch, 2) for kind, seconds in by_kind.items()
        },
        "prefect_server_cpu_per_document_s": round(
            by_kind.get("prefect server", 0.0) / args.batch, 3
        ),
        "flow_runs": overhead,
    }
    out = REPO / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "flows.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    if args.keep_home:
        print(f"home kept: {home}", flush=True)
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
