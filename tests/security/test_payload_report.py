"""The XSS/bidi payload report, read and analysed for real, is inert on every page that shows it."""

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

import extractors
from review.store import ReviewStore
from schemas.case import DocumentResults

CASE = "case-payload"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
EVENT_HANDLER = re.compile(r"<[^>]+\son\w+\s*=", re.IGNORECASE)


@cache
def payload_results(path: Path) -> tuple[DocumentResults, dict[int, bytes]]:
    data = path.read_bytes()
    document = extractors.read_document(data, filename=path.name)
    results = extractors.analyse_document(document).model_copy(update={"source_name": path.name})
    return results, extractors.render_page_images(data, document)


@pytest.fixture
def stored_payload_case(engine: Engine, badinputs_dir: Path) -> DocumentResults:
    results, images = payload_results(badinputs_dir / "xss_bidi_payload_report.pdf")
    store = ReviewStore(engine)
    assert store.add_document_results(CASE, results, page_images=images)
    store.save_case(extractors.assemble_case(CASE, store.document_results(CASE)))
    return results


def test_the_payload_report_is_read_and_its_her2_line_found(
    stored_payload_case: DocumentResults,
) -> None:
    her2 = [m for m in stored_payload_case.markers if m.marker == "HER2"]
    assert her2, "HER2 (IHC) 3+ must be found after the bidi controls are stripped"


APP_SCRIPT = '<script src="/static/case.js" defer></script>'


@pytest.mark.parametrize("name", ["vera", "rita", "adam"])
def test_every_page_showing_the_payload_report_keeps_it_inert(
    client_as: Callable[[str], TestClient], stored_payload_case: DocumentResults, name: str
) -> None:
    client = client_as(name)
    pages = [client.get("/"), client.get(f"/cases/{CASE}")]
    if name != "vera":
        pages.append(client.get(f"/cases/{CASE}/export.json"))
    for response in pages:
        assert response.status_code == 200, response.url
        html = response.text
        # The case page's one script is the app's static file; nothing else may be a script.
        assert "<script" not in html.lower().replace(APP_SCRIPT, ""), response.url
        assert 'href="javascript:' not in html.lower(), response.url
        assert not EVENT_HANDLER.search(html), response.url
        assert not BIDI_CONTROLS.search(html), response.url


PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']


def test_the_case_page_shows_the_her2_evidence_and_no_raw_payload(
    client_as: Callable[[str], TestClient], stored_payload_case: DocumentResults
) -> None:
    html = client_as("rita").get(f"/cases/{CASE}").text
    assert "HER2 (IHC): 3+ positive" in html, "the evidence line, its bidi controls gone"
    for payload in PAYLOADS:
        assert payload not in html
    assert 'href="javascript:' not in html.lower()
