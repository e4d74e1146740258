"""The corpus figures may only go up: digital renderings in full, a sample of scans and faxes."""

import pytest

from flows.cli.eval_cmd import Rendering, evaluate_corpus

# Figures measured on the corpus when these floors were set (see README, section markers).
DIGITAL_FLOOR = {"precision": 0.995, "recall": 0.995, "f1": 0.995, "details": 0.984}
# A handful of reports with lung panels, mismatch repair and breast receptors; OCR is slow.
OCR_SAMPLE = ["006", "032", "114", "170"]
OCR_SAMPLE_FLOOR = {Rendering.SCAN: 1.0, Rendering.FAX: 1.0}


@pytest.fixture(scope="module")
def document_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("documents")


def test_digital_renderings_keep_their_figures(corpus_dir, document_cache):
    scores = evaluate_corpus(corpus_dir, [Rendering.DIGITAL], jobs=2, cache=document_cache)
    digital = scores[Rendering.DIGITAL]
    assert digital.overall.precision >= DIGITAL_FLOOR["precision"]
    assert digital.overall.recall >= DIGITAL_FLOOR["recall"]
    assert digital.overall.f1 >= DIGITAL_FLOOR["f1"]
    assert digital.detail_accuracy >= DIGITAL_FLOOR["details"]


@pytest.mark.slow
@pytest.mark.parametrize("rendering", [Rendering.SCAN, Rendering.FAX])
def test_a_sample_of_ocr_renderings_keeps_its_figures(corpus_dir, document_cache, rendering):
    scores = evaluate_corpus(
        corpus_dir, [rendering], jobs=2, cache=document_cache, reports=OCR_SAMPLE
    )
    assert scores[rendering].overall.f1 >= OCR_SAMPLE_FLOOR[rendering]
