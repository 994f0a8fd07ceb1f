"""The review pages in real Chromium: log in, work the queue, correct a field, approve.

Drives Debian's /usr/bin/chromium through Playwright's sync API against the app served by
uvicorn on 127.0.0.1. These tests fail (never skip) when Chromium is missing: the review
pages are where analysts spend their day, so CI must exercise them.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "review"))
import uvicorn
from review_fixtures import PASSWORD, make_record, write_document

from pipeline.settings import Settings
from review.app import create_app
from review.auth import hash_password

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
REVIEW_BUDGET_SECONDS = 30.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Settings, object]]:
    from pipeline.store import open_store

    settings = Settings(home=tmp_path / "data")
    settings.home.mkdir()
    store = open_store(settings)
    from datetime import UTC, datetime

    write_document(
        settings, store, make_record("a1b2c3d4e5f6", received_at=datetime(2025, 1, 1, tzinfo=UTC))
    )
    write_document(
        settings,
        store,
        make_record(
            "0f9e8d7c6b5a",
            case_number="MA23C00042",
            doc_type="la_check",
            received_at=datetime(2025, 1, 2, tzinfo=UTC),
        ),
    )
    # A check quoting no case number, about the child of the first document (Amy Smith,
    # born 2019-02-01): once that one is approved, its case is suggested here.
    unassigned = make_record(
        "77aa88bb99cc",
        case_number=None,
        doc_type="la_check",
        received_at=datetime(2025, 1, 3, tzinfo=UTC),
    )
    unassigned.fields.children[0].name.value = "AMY SMITH"
    write_document(settings, store, unassigned)
    app = create_app(settings, store=store)
    app.state.db.add_user("analyst1", hash_password(PASSWORD), "analyst")
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", settings, app
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_review_in_browser_fix_a_field_and_approve_with_keyboard(served) -> None:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run `make setup` (installs chromium)"
    from playwright.sync_api import expect, sync_playwright

    base, settings, app = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.set_default_timeout(15_000)

            # Nothing without a login: the queue sends the browser to the login page.
            page.goto(f"{base}/queue")
            expect(page).to_have_url(f"{base}/login?next=%2Fqueue")
            page.fill("input[name=username]", "analyst1")
            page.fill("input[name=password]", PASSWORD)
            page.click("form.login button[type=submit]")
            expect(page).to_have_url(f"{base}/queue")
            expect(page.locator("table.queue tbody tr")).to_have_count(3)
            expect(page.locator(".count-needs_review b")).to_have_text("3")
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / "review-queue.png"), full_page=True)

            # The timed review: open, check three fields, fix one, approve by keyboard.
            started = time.monotonic()
            page.locator('tr[data-doc="a1b2c3d4e5f6"] button', has_text="Review").click()
            expect(page).to_have_url(f"{base}/documents/a1b2c3d4e5f6")
            page.wait_for_function(
                "() => [...document.querySelectorAll('figure.page img')]"
                ".every(i => i.complete && i.naturalWidth > 0)"
            )
            expect(page.locator('.box[data-field="judge"]')).to_have_class("box box-red")
            expect(page.locator("input[name=case_number]")).to_have_value("LS24C00123")
            expect(page.locator("input[name=court]")).to_have_value("Family Court at Leeds")
            expect(page.locator("input[name=document_date]")).to_have_value("2024-03-05")
            # The claim's expiry time changes every run; masked so the committed image is stable.
            page.screenshot(
                path=str(SCREENSHOTS / "review-document.png"),
                full_page=False,
                mask=[page.locator(".claim-note")],
            )
            judge = page.locator("input[name=judge]")
            judge.fill("District Judge Sarah Thompson")
            judge.press("Control+Enter")
            expect(page).to_have_url(f"{base}/queue?approved=a1b2c3d4e5f6")
            elapsed = time.monotonic() - started
            print(f"\nreview of one document (3 checked, 1 fixed, approved): {elapsed:.2f} s")
            assert elapsed < REVIEW_BUDGET_SECONDS

            # "n" opens (and claims) the next document; "a" outside an input approves it.
            expect(page.locator("table.queue tbody tr")).to_have_count(2)
            page.locator("body").press("n")
            expect(page).to_have_url(f"{base}/documents/0f9e8d7c6b5a")
            page.locator("h1").click()
            page.keyboard.press("a")
            expect(page).to_have_url(f"{base}/queue?approved=0f9e8d7c6b5a")
            expect(page.locator(".count-reviewed b")).to_have_text("2")

            # The check without a case number is offered the approved order's case, and
            # one click fills the field; approving files it into that case.
            page.locator("body").press("n")
            expect(page).to_have_url(f"{base}/documents/77aa88bb99cc")
            case_field = page.locator("input[name=case_number]")
            expect(case_field).to_have_value("")
            page.locator("button.use-case", has_text="LS24C00123").click()
            expect(case_field).to_have_value("LS24C00123")
            case_field.press("Control+Enter")
            expect(page).to_have_url(f"{base}/queue?approved=77aa88bb99cc")

            # The audit page shows the change.
            page.goto(f"{base}/audit")
            expect(page.locator("table.audit")).to_contain_text("District Judge Sarah Thompson")
        finally:
            browser.close()

    folder = settings.home / app.state.store.get("a1b2c3d4e5f6").folder
    record = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    assert record["status"] == "reviewed"
    assert record["fields"]["judge"]["value"] == "District Judge Sarah Thompson"
    assert record["fields"]["judge"]["source"] == "review"
    assert any(h["field"] == "judge" and h["actor"] == "analyst1" for h in record["history"])
    linked = app.state.store.get("77aa88bb99cc")
    assert linked.case_number == "LS24C00123" and linked.folder.startswith("cases/LS24C00123/")
    judge_entries = [e for e in app.state.db.audit_entries() if e.field == "judge"]
    assert len(judge_entries) == 1
    assert judge_entries[0].user == "analyst1"
    assert judge_entries[0].old == "District Judge Sarah Thomsen"
    assert judge_entries[0].new == "District Judge Sarah Thompson"
