"""A reviewer in a real browser: log in, read the case and its evidence, correct, sign off."""

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from conftest import CASE_ID, PASSWORD
from fastapi import FastAPI
from playwright.sync_api import Browser, Page, expect, sync_playwright

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
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def log_in(page: Page, name: str) -> None:
    page.goto("/login")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()


def screenshot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=True)


def test_a_reviewer_goes_from_login_to_a_signed_off_case(page: Page, signed_off: list[str]) -> None:
    log_in(page, "rita")
    expect(page.get_by_role("row", name=CASE_ID)).to_contain_text("HER2 positive")
    screenshot(page, "queue.png")

    page.get_by_role("link", name=CASE_ID).click()
    expect(page.get_by_role("heading", name=f"Case {CASE_ID}")).to_be_visible()
    her2 = page.locator("article", has=page.get_by_role("heading", name="HER2 expression"))
    highlights = her2.locator("rect.highlight")
    expect(highlights).to_have_count(4)
    expect(her2.locator("blockquote")).to_have_text("HER2 (IHC): 3+ POSITIVE")
    assert_highlight_sits_on_its_word(her2)
    screenshot(page, "case.png")

    her2.get_by_label("Correct", exact=True).check()
    her2.get_by_label("Corrected status").select_option("equivocal")
    her2.get_by_label("Corrected details").fill("IHC 2+")
    her2.get_by_label("Reason").fill("the addendum revises the score to 2+")
    her2.get_by_role("button", name="Record decision").click()

    summary = page.locator("#summary")
    expect(summary.get_by_role("row", name="HER2")).to_contain_text("equivocal")
    expect(summary.get_by_role("row", name="HER2")).to_contain_text("correct")

    page.get_by_role("button", name=f"Sign off case {CASE_ID}").click()
    expect(page.get_by_text("Signed off by rita")).to_be_visible()
    assert signed_off == [CASE_ID]
    expect(page.get_by_role("button", name="Record decision")).to_have_count(0)

    page.get_by_role("button", name="Log out").click()
    log_in(page, "adam")
    page.get_by_role("link", name="Audit log").click()
    audit = page.locator("table.audit")
    for what in ("login", "view case", "decision", "sign off", "logout"):
        expect(audit.get_by_role("cell", name=what, exact=True).first).to_be_visible()
    expect(audit).to_contain_text("correct HER2.expression.A.1")
    screenshot(page, "audit.png")


def assert_highlight_sits_on_its_word(article: object) -> None:
    """The first box (the word HER2 at x 72-110 pt of a 612 pt page) lands there on screen."""
    from playwright.sync_api import Locator

    assert isinstance(article, Locator)
    page_view = article.locator("svg.page")
    svg = page_view.bounding_box()
    rect = article.locator("rect.highlight").first.bounding_box()
    assert svg is not None and rect is not None
    left, top, width, _ = map(float, str(page_view.get_attribute("viewBox")).split())
    scale = svg["width"] / width
    stroke = scale / 2  # the 1 pt outline reaches half a point past the box on each side
    assert abs(rect["x"] - (svg["x"] + (72 - left) * scale)) <= stroke + 1
    assert abs(rect["y"] - (svg["y"] + (200 - top) * scale)) <= stroke + 1
    assert abs(rect["width"] - 38 * scale) <= 2 * stroke + 1


def tab_to(page: Page, selector: str, limit: int = 150) -> None:
    """Press Tab until the focused element matches the selector, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} cannot be reached with the Tab key")


def test_a_whole_case_can_be_reviewed_with_the_keyboard_alone(
    page: Page, signed_off: list[str]
) -> None:
    page.goto("/login")
    tab_to(page, "#username")
    page.keyboard.type("rita")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()

    tab_to(page, f'a[href="/cases/{CASE_ID}"]')
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=f"Case {CASE_ID}")).to_be_visible()

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"

    tab_to(page, 'input[name="action"][value="confirm"]')
    page.keyboard.press("Space")
    tab_to(page, "#result-1-reason")
    page.keyboard.type("matches the slide report")
    tab_to(page, "#result-1 button")
    page.keyboard.press("Enter")
    expect(page.locator("#summary").get_by_role("row", name="HER2")).to_contain_text("confirm")

    tab_to(page, "button.sign")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Signed off by rita")).to_be_visible()
    assert signed_off == [CASE_ID]
