"""Review store and app speed: saving cases, listing the queue, rendering queue and case pages.

Run: .venv/bin/python bench/bench_review.py [number of cases, default 1000]
Prints the time to save N synthetic cases (two results each, one page image) into a fresh
SQLite database, to list the queue, and to render the queue page and one case page.
"""

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "review"))
sys.path.insert(0, str(REPO / "tests" / "review" / "web"))

from fastapi.testclient import TestClient  # noqa: E402
from sample_cases import document_results, page_png, sample_case  # noqa: E402

from review.db import init_db, make_engine  # noqa: E402
from review.store import ReviewStore  # noqa: E402
from review.web import create_app  # noqa: E402

CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 1000


def timed(label: str, action, repeat: int = 1) -> None:
    start = time.perf_counter()
    for _ in range(repeat):
        action()
    each = (time.perf_counter() - start) / repeat
    print(f"{label:<40} {each * 1000:10.1f} ms")


def main() -> None:
    from conftest import log_in, seed  # the web tests' seeding: case-0001 and three users

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/bench.db")
        init_db(engine)
        seed(engine)
        store = ReviewStore(engine)
        png = page_png()

        def save_all() -> None:
            for number in range(2, CASES + 1):
                case_id = f"case-{number:05d}"
                document = document_results(f"{number:064x}")
                store.add_document_results(case_id, document, {1: png})
                store.save_case(sample_case(case_id, documents=[document]))

        timed(f"save {CASES} cases (document + case)", save_all)
        timed("list_cases", store.list_cases, repeat=5)
        from conftest import FAST_HASHER

        client = log_in(TestClient(create_app(engine, password_hasher=FAST_HASHER)), "rita")
        timed("GET / (queue page)", lambda: client.get("/"), repeat=5)
        timed("GET /cases/case-0001", lambda: client.get("/cases/case-0001"), repeat=5)


if __name__ == "__main__":
    main()
