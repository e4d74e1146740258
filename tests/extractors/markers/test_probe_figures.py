"""The blind probe's figures may only go up (tests/extractors/markers/probe/README.md).

The probe was written without sight of the extractor; its halves are scored apart like the
corpus's tune and check sets, and its check half (ids ending in 0 or 5) is never read by whoever
writes rules. Floors measured on 2026-12-03 with `markerflow eval --corpus
tests/extractors/markers/probe --renderings text`, figures cut (not rounded) to three places.
"""

from pathlib import Path

import pytest

from extractors.labelled_corpus import Rendering, evaluate_split

PROBE = Path(__file__).parent / "probe"
FLOOR = {
    "tune": {"precision": 0.881, "recall": 0.787, "f1": 0.831, "details": 0.907},
    "check": {"precision": 0.91, "recall": 0.835, "f1": 0.871, "details": 0.909},
}


@pytest.fixture(scope="module")
def probe_scores(tmp_path_factory):
    cache = tmp_path_factory.mktemp("probe-documents")
    return evaluate_split(PROBE, [Rendering.TEXT], jobs=2, cache=cache)[Rendering.TEXT]


@pytest.mark.parametrize("part", sorted(FLOOR))
def test_the_blind_probe_keeps_its_figures(probe_scores, part):
    evaluation, floor = probe_scores[part], FLOOR[part]
    assert evaluation.overall.precision >= floor["precision"]
    assert evaluation.overall.recall >= floor["recall"]
    assert evaluation.overall.f1 >= floor["f1"]
    assert evaluation.detail_accuracy >= floor["details"]


def test_every_probe_text_has_its_labels():
    texts = {path.stem for path in (PROBE / "texts").glob("*.txt")}
    labelled = {line[8:11] for line in (PROBE / "labels.jsonl").read_text().splitlines()}
    assert texts == labelled
    assert len(texts) == 100
