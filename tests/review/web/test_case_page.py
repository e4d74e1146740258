"""The case page puts the summary first, shows evidence at its boxes, records decisions."""

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sample_cases import DOC_A, HER2_WORDS, PATIENT, document_results, sample_case
from sqlalchemy import Engine

from review.audit import AuditAction, AuditLog
from review.store import ReviewStore
from review.web import create_app
from schemas.case import ReviewAction, ReviewStatus
from schemas.markers import Status
from schemas.reviewed import result_version
from tests.review.web.web_client import CASE_ID, FAST_HASHER, csrf_token_in, log_in

HER2 = "HER2.expression.A.1"
ER = "ER.expression.A.1"


def page_version(client: TestClient, form: dict[str, str], path: str) -> dict[str, str]:
    """The version the case page's form would carry: the result's, or the case's to sign off."""
    case = client.app.state.services.store.get_case(CASE_ID)  # type: ignore[attr-defined]
    keys = {"decisions": form.get("marker_id", ""), "additions": "added", "sign-off": "case"}
    key = keys[path]
    return {"version": str(result_version(case, key))}


def decide(client: TestClient, form: dict[str, Any], path: str = "decisions") -> str:
    token = csrf_token_in(client.get(f"/cases/{CASE_ID}").text)
    data = {**page_version(client, form, path), **form, "csrf_token": token}
    response = client.post(f"/cases/{CASE_ID}/{path}", data=data, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"]


def test_the_summary_comes_before_the_results_and_the_evidence(
    client_as: Callable[[str], TestClient],
) -> None:
    html = client_as("vera").get(f"/cases/{CASE_ID}").text

    order = [
        html.index('id="summary"'),
        html.index("Invasive ductal carcinoma"),
        html.index("HER2 IHC 3+ vs 1+"),
        html.index("No PR result in any report"),
        html.index("HER2-directed programs may be relevant"),
        html.index('id="results"'),
        html.index("HER2 (IHC): 3+ POSITIVE"),
    ]
    assert order == sorted(order)


def test_evidence_words_are_highlighted_at_their_boxes_over_the_whole_page(
    client_as: Callable[[str], TestClient],
) -> None:
    client = client_as("vera")
    html = client.get(f"/cases/{CASE_ID}").text

    image_url = f"/cases/{CASE_ID}/pages/{DOC_A}/1"
    assert f'<img src="{image_url}" width="612" height="792"' in html
    assert 'viewBox="0 0 612.0 792.0"' in html, "the whole page, not a crop around the words"
    for _, box in HER2_WORDS:
        rect = (
            f'<rect class="highlight" data-result="result-1" x="{box.x0}" y="{box.top}" '
            f'width="{box.x1 - box.x0}" height="{box.bottom - box.top}"/>'
        )
        assert rect in html
    image = client.get(image_url)
    assert image.headers["content-type"] == "image/png"
    assert image.content.startswith(b"\x89PNG")


def test_a_page_of_a_document_outside_the_case_is_not_served(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    other = "c" * 64
    ReviewStore(engine).add_document_results("case-0002", document_results(other), {1: b"png"})

    response = client_as("vera").get(f"/cases/{CASE_ID}/pages/{other}/1")

    assert response.status_code == 404


def test_a_viewer_sees_no_decision_forms(client_as: Callable[[str], TestClient]) -> None:
    html = client_as("vera").get(f"/cases/{CASE_ID}").text
    assert "confirm-form" not in html and "Record correction" not in html
    assert "Record rejection" not in html and "Add result" not in html
    assert "Sign off case" not in html


def test_a_correction_is_recorded_with_its_reason_and_shown(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client = client_as("rita")

    decide(
        client,
        {
            "marker_id": HER2,
            "action": "correct",
            "status": "equivocal",
            "details": "IHC 2+",
            "reason": "the addendum says 2+",
        },
    )

    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    [decision] = case.decisions
    assert (decision.action, decision.corrected_status) == (ReviewAction.CORRECT, Status.EQUIVOCAL)
    assert (decision.reviewer, decision.reason) == ("rita", "the addendum says 2+")
    html = client.get(f"/cases/{CASE_ID}").text
    assert "the addendum says 2+" in html
    assert "Corrected</strong> by rita" in html


def test_a_decision_without_a_reason_is_not_recorded(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client = client_as("rita")

    location = decide(client, {"marker_id": HER2, "action": "reject", "reason": "  "})

    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    assert case.decisions == []
    assert "Give a reason for the decision." in client.get(location).text


def test_a_missing_result_can_be_added_with_a_reason(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client = client_as("rita")

    decide(
        client,
        {
            "marker": "PR",
            "aspect": "expression",
            "status": "negative",
            "details": "0%",
            "reason": "stated in the comment section",
        },
        path="additions",
    )

    [row] = ReviewStore(engine).list_cases()
    assert ("PR", "negative") in [(b.marker.value, b.status.value) for b in row.badges]


def test_sign_off_locks_the_case_and_calls_the_callback_once(
    client_as: Callable[[str], TestClient], engine: Engine, signed_off: list[str]
) -> None:
    client = client_as("rita")
    decide(client, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})
    decide(client, {"marker_id": ER, "action": "confirm", "reason": "agreed"})
    decide(client, {}, "sign-off")

    assert signed_off == [CASE_ID]
    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    assert case.review_status is ReviewStatus.SIGNED_OFF
    html = client.get(f"/cases/{CASE_ID}").text
    assert "Signed off by rita" in html
    assert "confirm-form" not in html and "Record correction" not in html
    token = csrf_token_in(html)
    late = client.post(
        f"/cases/{CASE_ID}/decisions",
        data={"marker_id": HER2, "action": "reject", "reason": "late", "csrf_token": token},
    )
    assert late.status_code == 409
    again = client.post(f"/cases/{CASE_ID}/sign-off", data={"csrf_token": token})
    assert again.status_code == 409
    assert signed_off == [CASE_ID]


def test_a_failing_sign_off_callback_leaves_the_case_signed_off(
    app: FastAPI, engine: Engine
) -> None:
    def unreachable_prefect(case_id: str) -> None:
        raise ConnectionError("prefect is down")

    failing = create_app(engine, on_signoff=unreachable_prefect, password_hasher=FAST_HASHER)
    client = log_in(TestClient(failing), "rita")

    decide(client, {"undecided": [HER2, ER], "confirm_undecided": "yes"}, "sign-off")

    case = ReviewStore(engine).get_case(CASE_ID)
    assert case is not None
    assert case.review_status is ReviewStatus.SIGNED_OFF


def test_the_fhir_export_is_a_bundle_and_is_audited(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    response = client_as("rita").get(f"/cases/{CASE_ID}/export.fhir.json")

    assert response.status_code == 200
    assert json.loads(response.text)["resourceType"] == "Bundle"
    actions = [e.action for e in AuditLog(engine).entries(case_id=CASE_ID)]
    assert AuditAction.EXPORT_FHIR in actions


def test_the_json_export_is_the_case_with_its_decisions_and_is_audited(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client = client_as("rita")
    decide(client, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})

    response = client.get(f"/cases/{CASE_ID}/export.json")

    exported = json.loads(response.text)
    assert exported["case_id"] == CASE_ID
    assert [d["action"] for d in exported["decisions"]] == ["confirm"]
    assert "attachment" in response.headers["content-disposition"]
    actions = [e.action for e in AuditLog(engine).entries(case_id=CASE_ID)]
    assert AuditAction.EXPORT_JSON in actions


def test_views_decisions_and_sign_off_are_all_in_the_audit(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    client = client_as("rita")
    decide(client, {"marker_id": HER2, "action": "confirm", "reason": "agreed"})
    decide(client, {"marker_id": ER, "action": "confirm", "reason": "agreed"})
    decide(client, {}, "sign-off")

    entries = AuditLog(engine).entries(case_id=CASE_ID)
    actions = [(e.action, e.username) for e in reversed(entries)]
    assert actions == [
        (AuditAction.VIEW_CASE, "rita"),
        (AuditAction.DECISION, "rita"),
        (AuditAction.VIEW_CASE, "rita"),
        (AuditAction.DECISION, "rita"),
        (AuditAction.VIEW_CASE, "rita"),
        (AuditAction.SIGN_OFF, "rita"),
    ]
    audit_page = client_as("adam").get(f"/audit?case_id={CASE_ID}").text
    assert "sign off" in audit_page
    assert "CANARY" not in audit_page


def test_queue_shows_badges_and_no_report_text(client_as: Callable[[str], TestClient]) -> None:
    html = client_as("vera").get("/").text

    assert CASE_ID in html
    assert "HER2 positive" in html
    assert "breast" in html
    assert "CANARY" not in html
    assert "Invasive" not in html


def test_queue_filters_and_sorts(client_as: Callable[[str], TestClient], engine: Engine) -> None:
    store = ReviewStore(engine)
    store.save_case(sample_case("case-0002").model_copy(update={"markers": [], "conflicts": []}))
    client = client_as("vera")

    def listed(query: str) -> list[str]:
        html = client.get(f"/?{query}").text
        return re.findall(r'<th scope="row"><a href="/cases/([\w-]+)">', html)

    assert listed("marker=HER2") == [CASE_ID]
    assert listed("with_conflicts=true") == [CASE_ID]
    assert listed("status=signed_off") == []
    assert sorted(listed("status=&tumour_type=&marker=")) == ["case-0001", "case-0002"]
    assert listed("sort=case_id&order=asc") == ["case-0001", "case-0002"]
    assert listed("sort=case_id&order=desc") == ["case-0002", "case-0001"]


PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
]


def payload_lines(badinputs_dir: Path) -> list[str]:
    with pdfplumber.open(badinputs_dir / "xss_bidi_payload_report.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    return [line for line in text.splitlines() if line.strip()]


def test_the_payload_reports_text_shows_up_as_inert_text(
    client_as: Callable[[str], TestClient], engine: Engine, badinputs_dir: Path
) -> None:
    lines = payload_lines(badinputs_dir)
    her2_line = next(line for line in lines if "HER2" in line)
    assert "\u202e" in her2_line, "the payload report should carry a bidi override"
    case = sample_case("case-xss", diagnosis_text="\n".join(lines))
    markers = [
        m.model_copy(
            update={"evidence": [e.model_copy(update={"text": her2_line}) for e in m.evidence]}
        )
        for m in case.markers
    ]
    case = case.model_copy(update={"markers": markers})
    ReviewStore(engine).save_case(case)

    html = client_as("rita").get("/cases/case-xss").text

    for payload in PAYLOADS:
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{7*7}} ${7*7}" in html, "template syntax is shown as written, never evaluated"
    assert 'href="javascript:' not in html
    assert "\u202e" not in html and "\u202a" not in html
    assert "\\u202e" in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/case.js" defer>']
    assert '<script src="/static/case.js" defer></script>' in html, "no inline script"


def test_the_patient_name_is_on_the_case_page_but_not_in_the_queue_or_audit(
    client_as: Callable[[str], TestClient],
) -> None:
    client = client_as("adam")
    assert PATIENT in client.get(f"/cases/{CASE_ID}").text
    assert PATIENT not in client.get("/").text
    assert PATIENT not in client.get("/audit").text


def test_a_case_without_markers_says_so_on_both_pages(
    client_as: Callable[[str], TestClient], engine: Engine
) -> None:
    empty = sample_case("case-empty").model_copy(update={"markers": [], "conflicts": []})
    ReviewStore(engine).save_case(empty)
    client = client_as("vera")

    assert "No markers were found in any document" in client.get("/cases/case-empty").text
    assert "no markers found" in client.get("/?sort=case_id&order=desc").text


def test_an_unknown_filter_value_is_refused_without_echoing_it(
    client_as: Callable[[str], TestClient],
) -> None:
    response = client_as("vera").get("/?status=<b>bogus</b>")

    assert response.status_code == 422
    assert "Check these fields: status" in response.text
    assert "bogus" not in response.text
