"""A reviewer in a real browser: the document beside the results, decisions, sign-off, keys."""

import os
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from sqlalchemy import Engine
from test_workbench import reject_bad_folder
from workbench_cases import TWO_DOCUMENT_CASE, seed_two_document_case

from review.store import ReviewStore
from tests.review.web.web_client import CASE_ID, PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = os.environ.get("MARKERFLOW_SCREENSHOTS_DIR")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def base_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a thread."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("uvicorn did not start")
        threading.Event().wait(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/bootstrap --test installs Debian's chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(base_url=base_url, viewport={"width": 1440, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def log_in(page: Page, name: str) -> None:
    page.goto("/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()


def screenshot(page: Page, name: str, full_page: bool = True) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=full_page)


def test_a_reviewer_goes_from_login_to_a_signed_off_case(
    page: Page, signed_off: list[str], engine: Engine
) -> None:
    reject_bad_folder(engine, "Fall-M%C3%BCller-%C3%BC", "Befund 3.pdf")
    reject_bad_folder(engine, "C 7", "report.pdf")
    log_in(page, "rita")
    expect(page.get_by_role("row", name=CASE_ID)).to_contain_text("HER2 IHC 3+")

    page.get_by_role("link", name=CASE_ID, exact=True).click()
    expect(page.get_by_role("heading", name=f"Case {CASE_ID}")).to_be_visible()
    her2 = page.locator("#result-1")
    expect(her2.get_by_role("heading")).to_have_text("HER2 IHC 3+ positive")
    expect(her2.locator("blockquote")).to_have_text("HER2 (IHC): 3+ POSITIVE")
    expect(page.locator('#pages rect.highlight[data-result="result-1"]')).to_have_count(4)
    assert_highlight_sits_on_its_word(page)

    her2.locator("summary", has_text="Correct").click()
    her2.get_by_label("Corrected status").select_option("equivocal")
    her2.get_by_label("Corrected details").fill("IHC 2+")
    her2.get_by_label("Reason for the correction").fill("the addendum revises the score to 2+")
    her2.get_by_role("button", name="Record correction").click()
    expect(her2).to_contain_text("Corrected by rita")
    expect(her2.get_by_role("heading")).to_have_text("HER2 IHC 2+ equivocal")

    er = page.locator("article.result", has=page.get_by_role("heading", name="ER IHC positive 95%"))
    er.get_by_role("button", name="Confirm").click()
    expect(er).to_contain_text("Confirmed by rita")

    page.get_by_role("button", name=f"Sign off case {CASE_ID}").click()
    expect(page.get_by_text("Signed off by rita")).to_be_visible()
    assert signed_off == [CASE_ID]
    expect(page.get_by_role("button", name="Confirm")).to_have_count(0)

    page.get_by_role("button", name="Log out").click()
    log_in(page, "adam")
    page.get_by_role("link", name="Audit log").click()
    audit = page.locator("table.audit")
    for what in ("login", "view case", "decision", "sign off", "logout"):
        expect(audit.get_by_role("cell", name=what, exact=True).first).to_be_visible()
    expect(audit).to_contain_text("correct HER2.expression.A.1")
    screenshot(page, "audit.png")

    page.get_by_role("link", name="Rejected documents").first.click()
    rejected = page.locator("table.rejected-docs")
    expect(rejected.get_by_role("row", name="Fall-M%C3%BCller-%C3%BC")).to_contain_text(
        "bad_case_id"
    )
    expect(rejected.locator("tbody tr")).to_have_count(2)
    screenshot(page, "rejected.png")


def assert_highlight_sits_on_its_word(page: Page) -> None:
    """The first box (the word HER2 at x 72-110, y 200 pt of a 612 pt page) lands there.

    Both boxes are taken in one call once the page image has loaded: before, the layout may
    still move, and two calls a moment apart could see the page at two places.
    """
    page.wait_for_function(
        "() => { const img = document.querySelector('#doc-1-page-1 img');"
        " return img !== null && img.complete && img.naturalWidth > 0; }"
    )
    sheet, rect = page.evaluate(
        """() => [
            document.querySelector('#doc-1-page-1 img'),
            document.querySelector('#pages rect.highlight[data-result="result-1"]'),
        ].map(element => {
            const box = element.getBoundingClientRect();
            return {x: box.x, y: box.y, width: box.width};
        })"""
    )
    scale = sheet["width"] / 612
    stroke = scale  # the outline reaches past the box by half its width on each side
    assert abs(rect["x"] - (sheet["x"] + 72 * scale)) <= stroke + 1
    assert abs(rect["y"] - (sheet["y"] + 200 * scale)) <= stroke + 1
    assert abs(rect["width"] - 38 * scale) <= 2 * stroke + 1


def tab_to(page: Page, selector: str, limit: int = 150) -> None:
    """Press Tab until the focused element matches the selector, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} cannot be reached with the Tab key")


def inside(inner: Locator, outer: Locator) -> bool:
    """Whether the inner element is on screen within the outer one's visible box."""
    a, b = inner.bounding_box(), outer.bounding_box()
    assert a is not None and b is not None
    return (
        a["x"] >= b["x"] - 1
        and a["y"] >= b["y"] - 1
        and a["x"] + a["width"] <= b["x"] + b["width"] + 1
        and a["y"] + a["height"] <= b["y"] + b["height"] + 1
    )


def press(page: Page, *keys: str) -> None:
    for key in keys:
        page.keyboard.press(key)


def workbench_ready(page: Page) -> None:
    """The case page's script has run: its keys work from here."""
    expect(page.locator("html[data-workbench=ready]")).to_have_count(1)


@pytest.fixture
def two_documents(engine: Engine) -> None:
    seed_two_document_case(ReviewStore(engine))


def test_a_two_document_case_is_reviewed_beside_the_document_with_the_keyboard_alone(
    page: Page, signed_off: list[str], two_documents: None
) -> None:
    page.goto("/login")
    tab_to(page, "#username")
    page.keyboard.type("rita")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()

    tab_to(page, "#take-next")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=f"Case {TWO_DOCUMENT_CASE}")).to_be_visible()
    workbench_ready(page)
    pages, side = page.locator("#pages"), page.locator("#side")
    assert pages.bounding_box()["x"] < side.bounding_box()["x"]  # type: ignore[index]
    expect(page.locator("#pages img")).to_have_count(2)

    press(page, "c")  # on arrival a decision key only takes up the result shown
    first = page.locator("#result-1")
    expect(first).to_be_focused()
    expect(first).to_contain_text("Not reviewed yet")
    expect(first).to_have_class("result active")
    expect(first.locator("blockquote")).to_have_count(1)
    expect(first.locator(".where")).to_contain_text("report-002.scan.pdf, page 1")
    assert inside(page.locator("#pages rect.highlight.active").first, pages)
    fit = page.locator("#doc-1-page-1 img").bounding_box()
    press(page, "+", "+")
    expect(page.locator("#zoom-level")).to_have_text("150%")
    zoomed = page.locator("#doc-1-page-1 img").bounding_box()
    assert fit is not None and zoomed is not None
    assert abs(zoomed["width"] - 1.5 * fit["width"]) <= 2
    assert inside(page.locator("#pages rect.highlight.active").first, pages)
    press(page, "0")
    expect(page.locator("#zoom-level")).to_have_text("fit")
    press(page, "c")
    expect(first).to_contain_text("Confirmed by rita")
    workbench_ready(page)

    press(page, "j")
    ish = page.locator("#result-2")
    expect(ish).to_be_focused()
    press(page, "e")
    expect(ish.get_by_label("Corrected status")).to_be_focused()
    press(page, "Tab", "Control+a")
    page.keyboard.type("FISH ratio 1.5")
    press(page, "Tab")
    page.keyboard.type("the addendum gives ratio 1.5")
    press(page, "Control+Enter")
    expect(ish).to_contain_text("Corrected by rita")
    workbench_ready(page)

    press(page, "j")
    er = page.locator("#result-3")
    expect(er).to_be_focused()
    for rect in page.locator('#pages rect.highlight[data-result="result-3"]').all():
        expect(rect).to_have_class("highlight active")
    assert inside(page.locator("#pages rect.highlight.active").first, pages)
    press(page, "r")
    expect(er.get_by_label("Reason for the rejection")).to_be_focused()
    page.keyboard.type("this ER line is from the earlier biopsy")
    press(page, "Control+Enter")
    expect(er).to_contain_text("Rejected by rita")
    workbench_ready(page)

    press(page, "s")
    expect(page.get_by_role("button", name=f"Sign off case {TWO_DOCUMENT_CASE}")).to_be_focused()
    press(page, "Enter")
    expect(page.get_by_text("Signed off by rita")).to_be_visible()
    assert signed_off == [TWO_DOCUMENT_CASE]
    workbench_ready(page)

    assert_export_carries_the_review(page)
    expect(page.locator("#next-case")).to_be_focused()
    press(page, "n")
    expect(page.get_by_role("heading", name=f"Case {CASE_ID}")).to_be_visible()


def assert_export_carries_the_review(page: Page) -> None:
    """The signed-off case's FHIR export: confirmed and corrected results in, the rejected out."""
    from fhir.resources.R4B.bundle import Bundle

    response = page.request.get(f"/cases/{TWO_DOCUMENT_CASE}/export.fhir.json")
    assert response.ok
    bundle = response.json()
    Bundle.model_validate(bundle)
    resources = [entry["resource"] for entry in bundle["entry"]]
    observations = {
        r["code"].get("text"): r for r in resources if r["resourceType"] == "Observation"
    }
    assert {"HER2 expression", "HER2 amplification"} <= observations.keys()
    assert "ER expression" not in observations
    corrected = observations["HER2 amplification"]
    assert "FISH ratio 1.5" in " ".join(n["text"] for n in corrected.get("note", []))
    assert any(r["resourceType"] == "Provenance" for r in resources)


@pytest.mark.skipif(not SCREENSHOTS, reason="only refreshes docs/screenshots")
def test_screenshots_of_a_real_report_in_two_renderings(
    page: Page, engine: Engine, corpus_dir: Path
) -> None:
    """The queue and case page for README and docs: report 104, as a PDF and as its scan."""
    from extractors import analyse_document, assemble_case, read_document, render_page_images

    store = ReviewStore(engine)
    results = []
    for name in ("104.pdf", "104.scan.pdf"):
        data = (corpus_dir / "files" / name).read_bytes()
        document = read_document(data)
        received = datetime(2026, 11, 26, 9, 15, tzinfo=UTC)  # the app's clock: 12:00 that day
        analysed = analyse_document(document, source_name=name, received_at=received)
        store.add_document_results("case-104", analysed, render_page_images(data, document))
        results.append(analysed)
    store.save_case(assemble_case("case-104", results))

    log_in(page, "rita")
    screenshot(page, "queue.png", full_page=False)
    page.goto("/cases/case-104")
    workbench_ready(page)
    press(page, "j", "j")
    expect(page.locator("#result-2")).to_be_focused()
    screenshot(page, "case.png", full_page=False)
