"""End to end in headless Chromium (Debian's chromium, driven by Playwright; nothing downloaded):
a resident chats and is handed off, the case appears in the right coordinator's inbox, the
coordinator replies, and the resident sees the reply in the web chat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import Login
from web.screenshots import (
    CHROMIUM,
    chat_until_handoff,
    log_in,
    reply_from_inbox,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed"),
]

XSS = '<img src=x onerror="window.__xss=1">'


def test_resident_handoff_reaches_coordinator_and_reply_reaches_resident(
    base_url: str, browser: Any, users: dict[str, Login], container: Any, tmp_path: Path
) -> None:
    resident = browser.new_page(viewport={"width": 400, "height": 800})
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    resident.on("dialog", on_dialog)
    text = f"Er ligt al een week grofvuil naast de container in Oog in Al {XSS}"
    reference = chat_until_handoff(resident, base_url, text, "Afval")
    assert resident.evaluate("window.__xss") is None  # the message was shown as text

    # the case is in West: wr-noordwest does not see it, wr-west does
    other = browser.new_page()
    log_in(other, base_url, users["noordwest"].username, users["noordwest"].password)
    other.goto(base_url + "/inbox?tab=all")
    assert other.get_by_role("link", name=reference).count() == 0

    staff = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(staff, base_url, users["west"].username, users["west"].password)
    staff.goto(base_url + "/inbox?tab=mine")
    assert staff.get_by_role("link", name=reference).count() == 1
    staff.screenshot(path=str(tmp_path / "inbox.png"), full_page=True)

    reply_from_inbox(staff, base_url, reference, "Dank u. We halen het grofvuil morgen op.")
    assert staff.locator("#transcript .bubble.staff").inner_text().startswith("Dank u. We halen")
    assert staff.evaluate("window.__xss") is None

    reply = resident.locator("#chat-log .bubble.staff")
    reply.wait_for(timeout=15_000)  # the chat polls every few seconds
    assert "We halen het grofvuil morgen op" in reply.inner_text()
    assert dialogs == []
    resident.screenshot(path=str(tmp_path / "chat.png"), full_page=True)


def test_chat_is_usable_with_the_keyboard_only(base_url: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(base_url + "/")
    page.wait_for_selector("#chat-log .bubble.out")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.focus("#chat-input")
    page.keyboard.type("Hoe laat is het gemeentehuis open?")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#chat-log .bubble.out').length >= 2")
    assert page.get_by_label("Uw bericht").input_value() == ""
    assert page.evaluate("document.activeElement.id") == "chat-input"
    assert page.get_by_role("log").count() == 1
    page.reload()  # the conversation comes back (sessionStorage keeps the session)
    page.locator("#chat-log .bubble.in", has_text="gemeentehuis").wait_for()


def test_new_case_is_announced_on_the_inbox_page(
    base_url: str, browser: Any, users: dict[str, Login], container: Any
) -> None:
    from tests.web.conftest import WEST, add_case

    page = browser.new_page()
    log_in(page, base_url, users["west"].username, users["west"].password)
    page.clock.install()
    page.goto(base_url + "/inbox")
    case = add_case(container, WEST, "wr-west")
    page.clock.run_for(16_000)
    banner = page.locator("#new-cases")
    banner.wait_for(state="visible", timeout=10_000)
    assert case.reference in banner.inner_text()
