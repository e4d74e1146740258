"""CPU a document of one process-documents run, by process: the run's own, reader host, readers.

Run: PREFECT_API_URL=http://127.0.0.1:PORT/api .venv/bin/python bench/bench_run_cpu.py
     [--documents 20] [--server-pid PID]
Prints JSON: CPU milliseconds a document over one run of the flow called directly on the
corpus's digital PDFs (tune ids only, ids not ending in 0 or 5) in a throwaway review
database: the run's own process (Prefect's engine and task runs, the ledger, storing, the case
rebuild; imports excluded, printed apart in seconds), its reader host (the analysis, the
relays), the readers' fork server with its children, and the Prefect server named by
--server-pid (its idle services included: about 13 ms a second on this machine). The host is
started and left to settle before the run, as under `markerflow up`. bench_flows.py measures
the whole stack; this measures one run's pieces in CPU seconds, which load moves less than wall.
"""

import argparse
import hashlib
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"
TICK = os.sysconf("SC_CLK_TCK")


def own_cpu(pid: int, reaped: bool = False) -> float:
    """CPU seconds of a process, with those of the children it reaped when `reaped`."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    ticks = int(fields[11]) + int(fields[12])
    if reaped:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / TICK


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process and everything below it, living or reaped."""
    return own_cpu(pid, reaped=True) + sum(tree_cpu(child) for child in children(pid))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--server-pid", type=int)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="bench-run-cpu-")
    os.environ["MARKERFLOW_HOME"] = home
    for name in ("MARKERFLOW_DATABASE_URL", "MARKERFLOW_READER_HOST"):
        os.environ.pop(name, None)

    started = time.process_time()
    import prefect  # noqa: F401 - measured: what each run's fresh interpreter imports

    prefect_import = time.process_time() - started
    started = time.process_time()
    import flows.process_documents as process_documents

    flow_import = time.process_time() - started

    from extractors.reading import reader_host
    from flows import databases
    from flows import document_pipeline as steps
    from review.db import init_db, make_engine
    from review.ledger import Ledger, NewObject

    init_db(make_engine(f"sqlite:///{home}/markerflow.db"))
    ledger = Ledger(databases.review_engine())
    files = [
        path
        for path in sorted((CORPUS / "files").glob("*.pdf"))
        if path.name.count(".") == 1 and path.stem[-1] not in "05"
    ][: args.documents]
    entry_ids = []
    for number, path in enumerate(files):
        data = path.read_bytes()
        case_id = f"case-{number}"
        new = NewObject(
            case_id, hashlib.sha256(data).hexdigest(), "inbox", f"{case_id}/{path.name}", data
        )
        entry_ids.append(ledger.record(new).entry_id)

    steps_cpu: Counter[str] = Counter()
    lock = threading.Lock()

    def thread_timed(name: str) -> None:
        call = getattr(steps, name)

        def timed(*call_args: Any, **kwargs: Any) -> Any:
            begun = time.thread_time()
            try:
                return call(*call_args, **kwargs)
            finally:
                with lock:
                    steps_cpu[name] += time.thread_time() - begun

        setattr(steps, name, timed)

    for name in ("read", "analyse", "render", "store_document", "rebuild_case"):
        thread_timed(name)

    host = reader_host.shared_host(reader_host.ANALYSIS)
    host_pid = host.process.pid  # type: ignore[attr-defined]
    settled = -1.0
    while abs(tree_cpu(host_pid) - settled) >= 0.02:  # the pipeline built, the fork server up
        settled = tree_cpu(host_pid)
        time.sleep(1.0)

    def snapshot() -> dict[str, float]:
        taken = {
            "run's process": time.process_time(),
            "reader host": own_cpu(host_pid),
            "readers (fork server and children)": sum(tree_cpu(c) for c in children(host_pid)),
        }
        if args.server_pid:
            taken["prefect server"] = tree_cpu(args.server_pid)
        return taken

    before = snapshot()
    state = process_documents.process_documents(entry_ids, return_state=True)
    after = snapshot()
    count = len(entry_ids)
    figures: dict[str, Any] = {
        kind: round((after[kind] - before[kind]) / count * 1000, 1) for kind in before
    }
    figures["all of these"] = round(sum(figures.values()), 1)
    figures["steps in the run's process (thread CPU)"] = {
        name: round(seconds / count * 1000, 1) for name, seconds in steps_cpu.items()
    }
    figures["imports, s a run"] = {
        "prefect": round(prefect_import, 2),
        "flow": round(flow_import, 2),
    }
    figures["documents"] = count
    figures["run"] = state.message
    print(json.dumps(figures, indent=1))
    host.close()


if __name__ == "__main__":
    main()
