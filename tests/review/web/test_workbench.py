"""The reviewer's workbench: the document beside the results, a worklist queue, rejected uploads."""

import hashlib
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from workbench_cases import (
    DIGITAL,
    DOC_DIGITAL,
    DOC_SCAN,
    SCAN,
    TWO_DOCUMENT_CASE,
    seed_two_document_case,
)

from review.ledger import Ledger, LedgerReason, NewObject
from review.queue_rows import QueueRow
from review.result_labels import result_label
from review.store import ReviewStore
from review.web.case_view import clean_diagnosis, specimen_words
from review.web.durations import in_words, turnaround, waiting
from schemas.case import ReviewStatus
from schemas.markers import Aspect, IHCScore, Marker, MarkerResult, Status
from tests.review.web.web_client import CASE_ID, csrf_token_in


@pytest.fixture
def two_documents(engine: Engine) -> None:
    seed_two_document_case(ReviewStore(engine))


def visible_text(html: str) -> str:
    """The page's text as a reader sees it: no tags, no attribute values."""
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        (dict(marker=Marker.HER2, aspect=Aspect.EXPRESSION, ihc_score=IHCScore.TWO), "HER2 IHC 2+"),
        (
            dict(marker=Marker.HER2, aspect=Aspect.AMPLIFICATION, status=Status.NEGATIVE),
            "HER2 ISH not amplified",
        ),
        (
            dict(marker=Marker.HER2, aspect=Aspect.AMPLIFICATION, method="FISH"),
            "HER2 FISH amplified",
        ),
        (dict(marker=Marker.ER, aspect=Aspect.EXPRESSION, percent=95), "ER IHC positive 95%"),
        (dict(marker=Marker.KRAS, aspect=Aspect.MUTATION, alteration="G12C"), "KRAS G12C"),
        (
            dict(marker=Marker.KRAS, aspect=Aspect.MUTATION, status=Status.NEGATIVE),
            "KRAS no mutation",
        ),
        (dict(marker=Marker.ALK, aspect=Aspect.FUSION, status=Status.NEGATIVE), "ALK no fusion"),
        (dict(marker=Marker.TMB, aspect=Aspect.SIGNATURE, value="12 mut/Mb"), "TMB 12 mut/Mb"),
    ],
)
def test_a_badge_says_what_was_tested_and_found(fields: dict[str, object], label: str) -> None:
    result = MarkerResult.model_validate({"status": Status.POSITIVE, **fields})
    assert result_label(result) == label


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("S26-10006/", "S26-10006"), ("S26-10006/A", "S26-10006, part A"), ("/B", "part B")],
)
def test_a_specimen_shows_without_the_empty_half_of_its_reference(raw: str, clean: str) -> None:
    assert specimen_words(raw) == clean


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("collected on: Clinical diagnosis: Adenocarcinoma G2", "Adenocarcinoma G2"),
        ("Final diagnosis: Invasive ductal carcinoma", "Invasive ductal carcinoma"),
        ("LUNG, RIGHT LOWER LOBE: ADENOCARCINOMA", "LUNG, RIGHT LOWER LOBE: ADENOCARCINOMA"),
    ],
)
def test_the_diagnosis_shows_without_the_form_labels_read_before_it(raw: str, clean: str) -> None:
    assert clean_diagnosis(raw) == clean


def test_durations_read_at_a_glance() -> None:
    assert in_words(timedelta(days=6, hours=2, minutes=30)) == "6 d 2 h"
    assert in_words(timedelta(hours=3, minutes=10)) == "3 h 10 min"
    assert in_words(timedelta(seconds=20)) == "under 1 min"


def test_an_open_case_waits_and_a_signed_off_one_has_a_turnaround() -> None:
    received = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    now = received + timedelta(days=2, hours=1)
    row = QueueRow(
        case_id="c1",
        received_at=received,
        status=ReviewStatus.PENDING,
        conflicts=0,
        documents=1,
        markers=1,
    )
    signed = row.model_copy(
        update={"status": ReviewStatus.SIGNED_OFF, "signed_off_at": received + timedelta(hours=5)}
    )

    assert (waiting(row, now), turnaround(row)) == (timedelta(days=2, hours=1), None)
    assert (waiting(signed, now), turnaround(signed)) == (None, timedelta(hours=5))


def test_the_case_page_shows_every_page_beside_the_results_with_every_box(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    html = client_as("vera").get(f"/cases/{TWO_DOCUMENT_CASE}").text

    pane, side = html.index('id="pages"'), html.index('id="results"')
    assert pane < side
    for document in (DOC_DIGITAL, DOC_SCAN):
        assert f'<img src="/cases/{TWO_DOCUMENT_CASE}/pages/{document}/1"' in html
    highlights = re.findall(r'<rect class="highlight" data-result="(result-\d)"', html)
    assert highlights.count("result-1") == 2 * 4, "HER2 IHC's 4 words on both renderings"
    assert highlights.count("result-2") == 2 * 6
    assert highlights.count("result-3") == 3, "ER's 3 words, in the digital rendering only"


def test_the_same_evidence_in_two_renderings_is_shown_once_with_both_sources(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    html = client_as("vera").get(f"/cases/{TWO_DOCUMENT_CASE}").text

    assert html.count(">HER2 (IHC): 2+ EQUIVOCAL</blockquote>") == 1
    sources = re.search(r'<article id="result-1".*?<p class="where">(.*?)</p>', html, re.S)
    assert sources is not None
    text = visible_text(sources.group(1))
    assert f"{DIGITAL}, page 1" in text and f"{SCAN}, page 1" in text


def test_the_summary_shows_the_combined_her2_status_and_clean_values(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    text = visible_text(client_as("vera").get(f"/cases/{TWO_DOCUMENT_CASE}").text)

    assert "HER2 negative (HER2-low)" in text
    assert "IHC 2+, ISH not amplified" in text
    assert "Invasive carcinoma NST" in text and "collected on" not in text
    assert "S26-10006" in text and "S26-10006/" not in text


def test_no_internal_id_is_shown(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    client = client_as("rita")
    token = csrf_token_in(client.get(f"/cases/{TWO_DOCUMENT_CASE}").text)
    client.post(
        f"/cases/{TWO_DOCUMENT_CASE}/decisions",
        data={
            "marker_id": "ER.expression.A.1",
            "action": "confirm",
            "version": "0",
            "csrf_token": token,
        },
    )

    text = visible_text(client.get(f"/cases/{TWO_DOCUMENT_CASE}").text)

    assert DOC_DIGITAL[:12] not in text and DOC_SCAN[:12] not in text
    assert "ER.expression.A.1" not in text and "HER2.expression" not in text


def test_a_confirmation_needs_no_reason_but_a_rejection_does(
    client_as: Callable[[str], TestClient], engine: Engine, two_documents: None
) -> None:
    client = client_as("rita")
    token = csrf_token_in(client.get(f"/cases/{TWO_DOCUMENT_CASE}").text)

    def post(action: str, marker_id: str) -> None:
        client.post(
            f"/cases/{TWO_DOCUMENT_CASE}/decisions",
            data={"marker_id": marker_id, "action": action, "version": "0", "csrf_token": token},
        )

    post("confirm", "ER.expression.A.1")
    post("reject", "HER2.expression.A.1")

    case = ReviewStore(engine).get_case(TWO_DOCUMENT_CASE)
    assert case is not None
    assert [(d.action.value, d.marker_id, d.reason) for d in case.decisions] == [
        ("confirm", "ER.expression.A.1", "")
    ]


def test_the_queue_is_a_worklist_oldest_first_with_what_was_tested(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    html = client_as("vera").get("/").text

    listed = re.findall(r'<th scope="row"><a href="/cases/([\w-]+)">', html)
    assert listed == [TWO_DOCUMENT_CASE, CASE_ID]
    assert f'id="take-next">Take the oldest waiting case: {TWO_DOCUMENT_CASE}' in html
    for badge in ("HER2 IHC 2+", "HER2 FISH not amplified", "ER IHC positive 95%", "HER2 IHC 3+"):
        assert f">{badge}</li>" in html
    assert "waiting 7 d 4 h" in html, "received 2026-11-19 08:00, the clock says 11-26 12:00"


def test_the_queue_shows_who_has_a_case_open_or_claimed(
    client_as: Callable[[str], TestClient],
) -> None:
    rita = client_as("rita")
    token = csrf_token_in(rita.get(f"/cases/{CASE_ID}").text)

    assert "open: rita" in client_as("vera").get("/").text
    rita.post(f"/cases/{CASE_ID}/claim", data={"csrf_token": token})
    assert "claimed by rita" in client_as("vera").get("/").text


def test_the_case_page_links_to_the_next_case(
    client_as: Callable[[str], TestClient], two_documents: None
) -> None:
    html = client_as("rita").get(f"/cases/{TWO_DOCUMENT_CASE}").text

    assert f'<a id="next-case" href="/cases/{CASE_ID}" rel="next">' in html


def reject_bad_folder(engine: Engine, folder: str, name: str) -> None:
    data = f"%PDF-1.7 {folder}/{name}".encode()
    Ledger(engine).record_rejected(
        NewObject(
            case_id=folder,
            sha256=hashlib.sha256(data).hexdigest(),
            source="inbox",
            object_key=f"{folder}/{name}",
            data=data,
        ),
        LedgerReason.BAD_CASE_ID,
    )


def test_rejected_documents_are_listed_escaped_with_reason_and_time(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    reject_bad_folder(engine, "Fall-M%C3%BCller-%C3%BC", "<b>report</b>.pdf")
    reject_bad_folder(engine, "C 7", "report.pdf")

    response = client_as("vera").get("/rejected")

    assert response.status_code == 200
    html = response.text
    assert "Fall-M%C3%BCller-%C3%BC" in html and "C 7" in html
    assert "&lt;b&gt;report&lt;/b&gt;.pdf" in html and "<b>report" not in html
    assert html.count("<strong>bad_case_id</strong>") == 2
    assert re.search(r"<time datetime=\"20\d\d-\d\d-\d\dT", html)
