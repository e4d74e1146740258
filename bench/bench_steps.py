"""CPU of each step a flow run takes for one document, in one process, without Prefect.

Run: .venv/bin/python bench/bench_steps.py [--documents N]
Prints: CPU milliseconds per document of the run's own process for each step of
flows/document_pipeline (read's parent side, analyse, render, store, rebuild), on the
corpus's digital PDFs, into a throwaway review database. Reading and rendering run in the
readers' sandboxed children; their CPU is not counted here (bench_flows.py counts it by process).
"""

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
CORPUS = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")) / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["MARKERFLOW_HOME"] = home
        os.environ.pop("MARKERFLOW_DATABASE_URL", None)
        import extractors
        from extractors.limits import Limits
        from review.db import init_db, make_engine
        from review.store import ReviewStore

        engine = make_engine()
        init_db(engine)
        store = ReviewStore(engine)
        limits = Limits.from_env()
        cpu: Counter[str] = Counter()

        @contextmanager
        def timed(step: str) -> Iterator[None]:
            started = time.process_time()
            try:
                yield
            finally:
                cpu[step] += time.process_time() - started

        files = [p for p in sorted((CORPUS / "files").glob("*.pdf")) if p.name.count(".") == 1]
        files = files[: args.documents]
        for number, path in enumerate(files):
            data = path.read_bytes()
            case_id = f"case-{number % 40}"
            with timed("read (parent side)"):
                document = extractors.read_document(data, filename=path.name, limits=limits)
            with timed("analyse"):
                results = extractors.analyse_document(
                    document, source_name=path.name, received_at=datetime.now(UTC)
                )
            with timed("render (parent side)"):
                images = extractors.render_page_images(data, document)
            with timed("store"):
                store.add_document_results(case_id, results, page_images=images)
            with timed("rebuild"):
                case = extractors.assemble_case(case_id, store.document_results(case_id))
                store.save_case(case)
        print(f"{len(files)} documents, CPU ms per document of this process:")
        for step, seconds in cpu.items():
            print(f"  {step:<22} {seconds / len(files) * 1000:7.1f}")
        print(f"  {'all':<22} {cpu.total() / len(files) * 1000:7.1f}")
        engine.dispose()


if __name__ == "__main__":
    main()
