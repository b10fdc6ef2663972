"""Drive the real app in headless Chromium: the browser tests' helpers, and the screenshots in docs/.

    .venv/bin/python -m web.screenshots [--out docs/screenshots]

runs a resident's chat until the hand-off, logs in as the coordinator who gets the case, replies,
and shows the reply in the resident's chat, saving chat.png, inbox.png and case.png (admin.png
and dashboard.png come from tests/web/test_admin_browser.py with WIJKBOT_SCREENSHOTS_DIR). It uses
a throw-away SQLite database and Debian's Chromium (`/usr/bin/chromium`); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import re
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REFERENCE = re.compile(r"WB-\d{4}-\d{6}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any) -> Iterator[str]:
    """Run `app` with uvicorn on a free port in a daemon thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def launch_chromium(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


def _last_bot_text(page: Any) -> str:
    bubbles = page.locator("#chat-log .bubble.out")
    return str(bubbles.last.inner_text()) if bubbles.count() else ""


def chat_until_handoff(page: Any, base_url: str, message: str, theme_label: str) -> str:
    """Type `message` in the web chat and answer the assistant's questions with its buttons
    (the theme, then 'Ja' on the summary) until it hands off; returns the case reference."""
    page.goto(base_url + "/")
    page.wait_for_selector("#chat-log .bubble.out")
    page.get_by_label("Uw bericht").fill(message)
    page.keyboard.press("Enter")
    for _ in range(6):
        page.wait_for_function("() => document.getElementById('chat-status').textContent === ''")
        found = REFERENCE.search(_last_bot_text(page))
        if found:
            return found.group(0)
        for label in (theme_label, "Ja"):
            button = page.locator("#chat-log .chat-buttons button", has_text=label)
            if button.count():
                button.first.click()
                break
        else:
            raise AssertionError(f"no hand-off; the assistant said: {_last_bot_text(page)!r}")
    raise AssertionError("no hand-off after six turns")


def log_in(page: Any, base_url: str, username: str, password: str) -> None:
    page.goto(base_url + "/login")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r".*/inbox.*"))


def reply_from_inbox(page: Any, base_url: str, reference: str, text: str) -> None:
    page.goto(base_url + "/inbox?tab=all")
    page.get_by_role("link", name=reference).click()
    page.get_by_label("Bericht aan de bewoner").fill(text)
    page.get_by_role("button", name="Stuur antwoord").click()
    page.wait_for_selector("p.notice")


# --- the screenshot script ----------------------------------------------------------------------


def _demo_container(folder: Path) -> tuple[Any, dict[str, str]]:
    from routing.municipality import load_municipality
    from storage.config import save_config
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade
    from web.users import create_demo_users
    from wijkbot.bootstrap import build_container
    from wijkbot.settings import get_settings

    url = f"sqlite:///{folder / 'screens.sqlite3'}"
    settings = get_settings(database_url=url, data_dir=folder, web_background_tasks=False)
    upgrade(url)
    config = load_municipality(settings.municipality_dir)
    with make_session_factory(make_engine(url))() as session:
        save_config(session, config)
        logins = {name: password for name, password, _ in create_demo_users(session, config)}
        session.commit()
    return build_container(settings), logins


def take_screenshots(out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from web.app import create_app

    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        container, logins = _demo_container(Path(tmp))
        with (
            serve_in_thread(create_app(container, background=False)) as base,
            sync_playwright() as pw,
        ):
            browser = launch_chromium(pw)
            resident = browser.new_page(viewport={"width": 420, "height": 820}, locale="nl-NL")
            text = "Er ligt al een week grofvuil naast de container in Oog in Al"
            reference = chat_until_handoff(resident, base, text, "Afval")
            staff = browser.new_page(viewport={"width": 1280, "height": 900}, locale="nl-NL")
            with container.session_factory() as db:
                from storage.models import CaseRow

                case = db.query(CaseRow).filter_by(reference=reference).one()
                owner = case.coordinator_id or "admin"
            log_in(
                staff,
                base,
                owner if owner in logins else "admin",
                logins.get(owner, logins["admin"]),
            )
            add_reports_via_api(base)
            staff.goto(base + "/inbox?tab=all")
            saved.append(_shot(staff, out / "inbox.png"))
            reply_from_inbox(
                staff, base, reference, "Dank u. We laten het grofvuil morgen ophalen."
            )
            saved.append(_shot(staff, out / "case.png"))
            resident.wait_for_selector("#chat-log .bubble.staff", timeout=15000)
            saved.append(_shot(resident, out / "chat.png"))
            browser.close()
        container.engine.dispose()
    return saved


EXTRA_REPORTS = (
    "Elke avond hangen er jongeren op het plein in Lombok, met harde muziek tot laat",
    "Er zit een groot gat in het fietspad in Oog in Al, gevaarlijk voor fietsers",
    "In Zuilen staan al dagen vuilniszakken naast de container",
)


def add_reports_via_api(base_url: str, texts: tuple[str, ...] = EXTRA_REPORTS) -> list[str]:
    """Chat a few more reports through the JSON API (answering with the first or 'yes' button)."""
    import httpx

    references = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for text in texts:
            started = client.post("/api/chat/sessions", json={"lang": "nl"}).json()
            url = f"/api/chat/sessions/{started['session_id']}/messages"
            headers = {"Authorization": f"Bearer {started['token']}"}
            body: dict[str, str] = {"text": text}
            for _ in range(5):
                replies = client.post(url, json=body, headers=headers).json()["replies"]
                found = REFERENCE.search(" ".join(r["text"] for r in replies))
                buttons = [b for r in replies for b in r["buttons"]]
                if found or not buttons:
                    references += [found.group(0)] if found else []
                    break
                yes = [b for b in buttons if b["value"].endswith(":yes")]
                body = {"button": (yes or buttons)[0]["value"]}
    return references


def _shot(page: Any, path: Path) -> Path:
    page.screenshot(path=str(path), full_page=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    for path in take_screenshots(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
