"""Fixtures every test folder may use: where the shared corpus and bad inputs are."""

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARKERFLOW_SHARED", REPO.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
BADINPUTS = SHARED / "badinputs"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"corpus not found at {CORPUS}; set MARKERFLOW_SHARED")
    return CORPUS


@pytest.fixture(scope="session")
def badinputs_dir() -> Path:
    if not BADINPUTS.is_dir():
        pytest.fail(f"bad inputs not found at {BADINPUTS}; set MARKERFLOW_SHARED")
    return BADINPUTS


@pytest.fixture(scope="session")
def corpus_labels(corpus_dir: Path) -> dict[str, list[dict]]:
    labels = {}
    for line in (corpus_dir / "labels.jsonl").read_text().splitlines():
        row = json.loads(line)
        labels[row["id"]] = row["markers"]
    return labels


# The longest test files, longest first: under pytest-xdist (a file per process) they start at
# once instead of last, so the two processes end together rather than one waiting on the tail.
LONGEST_FIRST = (
    "tests/flows/test_deployed_flows.py",
    "tests/flows/reliability/test_hostile_files.py",
    "tests/flows/reliability/test_killed_at_each_stage.py",
    "tests/flows/reliability/test_scale_out.py",
    "tests/flows/reliability/test_faults.py",
    "tests/flows/reliability/test_review_database_down.py",
    "tests/flows/test_up.py",
    "tests/extractors/markers/test_corpus_figures.py",
    "tests/flows/reliability/test_full_disk.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the longest files first; every other item keeps its place (the sort is stable)."""

    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return LONGEST_FIRST.index(path) if path in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)
