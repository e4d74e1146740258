"""The blind probes' figures may only go up (README.md in probe/, probe2/ and probe3/).

Each probe was written without sight of the extractor; its halves are scored apart like the
corpus's tune and check sets, and its check half (ids ending in 0 or 5) is never read by whoever
writes rules. Floors measured on 2026-12-03 with `markerflow eval --corpus
tests/extractors/markers/probe[2] --renderings text`, figures cut (not rounded) to three places;
the first probe's were re-based the same night after the kinds written from its tune half.
The second probe's were re-based on 2026-12-04 after kinds written from sentences of our own
(no rule was written from it). The third probe is laboratories' own PDFs, scored with
`--renderings original`; its floors are its figures on 2026-12-04 after that session's kinds.
"""

from pathlib import Path

import pytest

from extractors.labelled_corpus import Rendering, evaluate_split, read_labels

MARKERS = Path(__file__).parent
FLOOR = {
    "probe": {
        "tune": {"precision": 0.996, "recall": 0.987, "f1": 0.991, "details": 0.992},
        "check": {"precision": 0.924, "recall": 0.835, "f1": 0.877, "details": 0.954},
    },
    # The second and third probes: no rule was written from them; measured, not earned.
    "probe2": {
        "tune": {"precision": 0.878, "recall": 0.818, "f1": 0.847, "details": 0.929},
        "check": {"precision": 0.927, "recall": 0.796, "f1": 0.857, "details": 0.896},
    },
    "probe3": {
        "tune": {"precision": 0.883, "recall": 0.773, "f1": 0.824, "details": 0.893},
        "check": {"precision": 0.777, "recall": 0.656, "f1": 0.711, "details": 0.666},
    },
}
RENDERING = {"probe": Rendering.TEXT, "probe2": Rendering.TEXT, "probe3": Rendering.ORIGINAL}


@pytest.fixture(scope="module", params=sorted(FLOOR))
def probe(request, tmp_path_factory):
    cache = tmp_path_factory.mktemp("probe-documents")
    rendering = RENDERING[request.param]
    scores = evaluate_split(MARKERS / request.param, [rendering], jobs=2, cache=cache)
    return request.param, scores[rendering]


@pytest.mark.parametrize("part", ["tune", "check"])
def test_the_blind_probes_keep_their_figures(probe, part):
    name, scores = probe
    evaluation, floor = scores[part], FLOOR[name][part]
    assert evaluation.overall.precision >= floor["precision"]
    assert evaluation.overall.recall >= floor["recall"]
    assert evaluation.overall.f1 >= floor["f1"]
    assert evaluation.detail_accuracy >= floor["details"]


@pytest.mark.parametrize(("name", "reports"), [("probe", 100), ("probe2", 100), ("probe4", 40)])
def test_every_probe_text_has_its_labels(name, reports):
    folder = MARKERS / name
    texts = {path.stem for path in (folder / "texts").glob("*.txt")}
    labelled = set(read_labels(folder))
    assert texts == labelled
    assert len(texts) == reports


def test_every_probe_pdf_has_its_labels():
    folder = MARKERS / "probe3"
    pdfs = {path.name.removesuffix(".orig.pdf") for path in (folder / "files").glob("*.orig.pdf")}
    labelled = {line[8:12] for line in (folder / "labels.jsonl").read_text().splitlines()}
    assert pdfs == labelled
    assert len(pdfs) == 40
