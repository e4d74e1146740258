"""Load: N digital reports through the deployed flows with two workers on one process pool.

    .venv/bin/python bench/bench_load.py [--n 1000] [--workers 2] [--limit 2]
        [--prefect-database-url postgresql+asyncpg://...]

Starts `markerflow up` on a fresh MARKERFLOW_HOME (its worker is the first of --workers; the
others are `prefect worker start` on the same pool), drops N corpus digital PDFs into the inbox
under new case ids, each with one byte appended after %%EOF so every sha256 differs, and waits
(bounded) until every one is done or rejected. With --prefect-database-url the Prefect server
runs on that database (PostgreSQL) instead of SQLite: the scale-out configuration.

Prints and writes bench/out/load.json: throughput, median and 95th-percentile upload-to-queue
latency, run times, peak memory, and the checks: every document reached the queue, none twice.
"""

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_flows import BIN, digital_reports, drop, free_port, open_store  # noqa: E402
from flows.prefect_setup import DOCUMENTS_QUEUE, worker_command  # noqa: E402
from tests.flows.reliability.phi_sinks import files_holding, prefect_records_holding  # noqa: E402

READY = "Ctrl-C stops everything."


def unique_copies(count: int, folder: Path) -> list[tuple[str, Path]]:
    """(case id, file): corpus digital PDFs, each with its own trailing comment byte string."""
    reports = digital_reports()
    chosen = []
    for index in range(count):
        source = reports[index % len(reports)]
        target = folder / f"load-{index:05d}-{source.name}"
        target.write_bytes(source.read_bytes() + f"\n%load {index}\n".encode())
        chosen.append((f"load-{index:05d}", target))
    return chosen


def base_env(home: Path, api: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MARKERFLOW_"))}
    env.update(
        MARKERFLOW_HOME=str(home),
        MARKERFLOW_LEASE_SECONDS="7200",  # queued runs wait long at N=1000; no early restarts
        PREFECT_API_URL=api,
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        OMP_THREAD_LIMIT="1",
        PREFECT_WORKER_QUERY_SECONDS="2",
    )
    return env


def start(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            argv, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def start_prefect_server(home: Path, database_url: str | None) -> tuple[subprocess.Popen, str]:
    """A Prefect server of the bench's own: on SQLite under home, or on the database named."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = base_env(home, api)
    env["PREFECT_HOME"] = str(home / "prefect")
    if database_url:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = database_url
    argv = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    server = start([*argv, "--port", str(port)], env, home / "logs" / "prefect-server.log")
    from flows.stack import wait_until_healthy

    wait_until_healthy(f"{api}/health", timeout=300)
    return server, api


def start_up(home: Path, api: str, limit: int) -> subprocess.Popen[str]:
    """`markerflow up` against the bench's server: pool, deployments, worker, inbox watcher."""
    env = base_env(home, api)
    env["PREFECT_HOME"] = str(home / "prefect")
    argv = [str(BIN / "markerflow"), "up", "--worker-limit", str(limit)]
    argv += ["--review-port", str(free_port())]
    # A session of its own, so that the teardown's killpg reaches it: without one, SIGTERM
    # never did, and `markerflow up` with its worker and inbox watcher outlived the bench.
    up = subprocess.Popen(
        argv,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert up.stdout is not None
    for line in up.stdout:
        if READY in line:
            return up
    raise SystemExit("markerflow up did not come up")


def tree_rss(root_pids: list[int]) -> tuple[int, int]:
    """(sum, largest) resident set size in bytes of the processes under the given pids."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:
            continue
        pid = int(status.parent.name)
        children.setdefault(int(fields["PPid"]), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    todo, seen = list(root_pids), set()
    while todo:
        pid = todo.pop()
        if pid not in seen:
            seen.add(pid)
            todo += children.get(pid, [])
    sizes = [rss.get(pid, 0) for pid in seen]
    return sum(sizes), max(sizes, default=0)


class MemorySampler(threading.Thread):
    """Samples the stack's memory twice a second until stopped; keeps the peaks."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.peak_total = 0
        self.peak_process = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.5):
            total, largest = tree_rss(self.pids)
            self.peak_total = max(self.peak_total, total)
            self.peak_process = max(self.peak_process, largest)


def wait_for_all(home: Path, wanted: set[str], timeout: float) -> dict[str, int]:
    """Poll the ledger until every case's entry is done or rejected (or the timeout)."""
    _, ledger = open_store(home)
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        entries = [e for e in ledger.entries() if e.case_id in wanted]
        ended = [e for e in entries if e.state in ("done", "rejected")]
        if len(ended) != last:
            print(f"{len(ended)}/{len(wanted)} finished", flush=True)
            last = len(ended)
        if len(ended) == len(wanted) and len(entries) == len(wanted):
            break
        time.sleep(2)
    counts: dict[str, int] = {}
    for entry in ledger.entries():
        if entry.case_id in wanted:
            counts[str(entry.state)] = counts.get(str(entry.state), 0) + 1
    return counts


def aware(moment: datetime) -> datetime:
    """Ledger times are UTC; SQLite hands them back without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def runs_per_worker(home: Path) -> dict[str, int]:
    """Flow runs each worker submitted, from the workers' own logs."""
    return {
        log.stem: log.read_text(errors="replace").count("submitting flow run")
        for log in sorted((home / "logs").glob("worker*.log"))
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def figures(home: Path, wanted: set[str], dropped_at: float, api: str) -> dict[str, object]:
    """Latency from the ledger (first seen -> finished), runs from Prefect, doubles from both."""
    store, ledger = open_store(home)
    entries = [e for e in ledger.entries() if e.case_id in wanted]
    latencies = [
        (e.finished_at - e.first_seen_at).total_seconds() for e in entries if e.finished_at
    ]
    last_finished = max(e.finished_at for e in entries if e.finished_at)
    first_seen = min(e.first_seen_at for e in entries)
    span = (last_finished - first_seen).total_seconds()
    documents = {case_id: len(store.document_results(case_id)) for case_id in wanted}
    runs = process_document_runs(api)
    return {
        "entries": len(entries),
        "entries_per_case_max": max(sum(1 for e in entries if e.case_id == c) for c in wanted),
        "attempts_max": max(e.attempts for e in entries),
        "cases_with_one_document": sum(1 for n in documents.values() if n == 1),
        "cases_with_more_than_one_document": sum(1 for n in documents.values() if n > 1),
        "throughput_documents_per_minute": round(len(entries) / span * 60, 1),
        "first_seen_to_last_finished_s": round(span, 1),
        "drop_to_last_finished_s": round(aware(last_finished).timestamp() - dropped_at, 1),
        "latency_median_s": round(statistics.median(latencies), 1),
        "latency_p95_s": round(percentile(latencies, 0.95), 1),
        **runs,
        "runs_per_worker": runs_per_worker(home),
    }


def process_document_runs(api: str) -> dict[str, object]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName
    from prefect.client.schemas.sorting import FlowRunSort
    from prefect.settings import PREFECT_API_URL, temporary_settings

    runs = []
    # Prefect read its settings at import (flows.stack): point this process's client by hand.
    with temporary_settings({PREFECT_API_URL: api}), get_client(sync_client=True) as client:
        while True:
            page = client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=["process-documents"])),
                sort=FlowRunSort.EXPECTED_START_TIME_ASC,
                limit=200,
                offset=len(runs),
            )
            runs += page
            if len(page) < 200:
                break
    states: dict[str, int] = {}
    for run in runs:
        name = run.state.type.value if run.state else "NONE"
        states[name] = states.get(name, 0) + 1
    times = [r.total_run_time.total_seconds() for r in runs if r.end_time]
    return {
        "flow_runs": len(runs),
        "flow_run_states": states,
        "run_time_median_s": round(statistics.median(times), 2) if times else None,
        "run_time_p95_s": round(percentile(times, 0.95), 2) if times else None,
    }


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--workers", type=int, default=2, help="workers on the pool")
    parser.add_argument("--limit", type=int, default=2, help="runs at once per worker")
    parser.add_argument("--prefect-database-url", default=None, help="Prefect's database")
    parser.add_argument("--timeout", type=float, default=None, help="s; default 30 s/doc")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop what was started, below
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    home = work / "var"
    (home / "logs").mkdir(parents=True)
    server, api = start_prefect_server(home, args.prefect_database_url)
    processes: list[subprocess.Popen] = [server]
    try:
        up = start_up(home, api, args.limit)
        processes.append(up)
        env = {**base_env(home, api), "PREFECT_HOME": str(home / "prefect")}
        # More workers on the same machine share `markerflow up`'s reader host.
        env["MARKERFLOW_READER_HOST"] = str(home / "run" / "reader-host.json")
        for index in range(1, args.workers):
            argv = [*worker_command(args.limit, DOCUMENTS_QUEUE), "--name", f"bench-worker-{index}"]
            processes.append(start(argv, env, home / "logs" / f"worker-{index}.log"))
        sampler = MemorySampler([p.pid for p in processes])
        sampler.start()
        files = work / "files"
        files.mkdir()
        chosen = unique_copies(args.n, files)
        dropped_at = time.time()
        for case_id, source in chosen:
            drop(home, case_id, source)
        wanted = {case_id for case_id, _ in chosen}
        states = wait_for_all(home, wanted, args.timeout or 30.0 * args.n)
        sampler.stopped.set()
        # Every sink but the review database and the inbox, after the whole load.
        canary = {
            "files": files_holding(b"CANARY", home, home / "prefect"),
            "prefect_records": prefect_records_holding("CANARY", api),
        }
        result = {
            "n": args.n,
            "workers": args.workers,
            "limit_per_worker": args.limit,
            "prefect_database": "postgresql" if args.prefect_database_url else "sqlite",
            "cpus": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
            "ledger_states": states,
            **figures(home, wanted, dropped_at, api),
            "peak_rss_all_processes_mb": round(sampler.peak_total / 2**20),
            "peak_rss_one_process_mb": round(sampler.peak_process / 2**20),
            "canary_found_in": canary,
        }
        # Written before the teardown, which can fail on its own (a session-3 run lost its
        # figures when `markerflow up` took over 60 s to stop).
        write_result(result)
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(processes):
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
    shutil.rmtree(work, ignore_errors=True)


def write_result(result: dict[str, object]) -> None:
    """bench/out/load.json, and the same on standard output."""
    out = REPO / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "load.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2), flush=True)


if __name__ == "__main__":
    main()
