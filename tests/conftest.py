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
