"""Accessibility basics of every page of the chat, login and inbox: a language, a skip link, one
h1, a label for every form control, alt text / names for images, buttons with text."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import WEST, Login, add_case, login


class PageAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang = ""
        self.h1 = 0
        self.skip_link = False
        self.controls: list[dict[str, str]] = []
        self.label_for: set[str] = set()
        self.label_depth = 0
        self.wrapped: set[int] = set()
        self.problems: list[str] = []
        self._button: dict[str, str] | None = None
        self._button_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")
        elif tag == "h1":
            self.h1 += 1
        elif tag == "a" and a.get("href") == "#main":
            self.skip_link = True
        elif tag == "label":
            self.label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        elif tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            if self.label_depth:
                self.wrapped.add(len(self.controls))
            self.controls.append(a)
        elif tag == "button":
            self._button, self._button_text = a, ""
        elif tag == "svg" and not (a.get("aria-label") or a.get("aria-hidden")):
            self.problems.append("svg without a name")
        elif tag == "img" and "alt" not in a:
            self.problems.append("img without alt")

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.label_depth -= 1
        elif tag == "button" and self._button is not None:
            if not (self._button_text.strip() or self._button.get("aria-label")):
                self.problems.append("button without text")
            self._button = None

    def handle_data(self, data: str) -> None:
        if self._button is not None:
            self._button_text += data

    def unlabelled(self) -> list[str]:
        return [
            c.get("name", "?")
            for i, c in enumerate(self.controls)
            if i not in self.wrapped
            and c.get("id") not in self.label_for
            and not c.get("aria-label")
        ]


def audit(html: str) -> PageAudit:
    page = PageAudit()
    page.feed(html)
    return page


@pytest.fixture
def pages(client: TestClient, users: dict[str, Login], container: Any) -> dict[str, str]:
    out = {
        "/": client.get("/").text,
        "/widget": client.get("/widget").text,
        "/login": client.get("/login").text,
    }
    case = add_case(container, WEST, "wr-west")
    login(client, users["west"])
    for url in ("/inbox", f"/inbox/cases/{case.id}"):
        out[url] = client.get(url).text
    return out


def test_every_page_is_labelled_and_navigable(pages: dict[str, str]) -> None:
    for url, html in pages.items():
        page = audit(html)
        assert page.lang == "nl", url
        assert page.skip_link and 'id="main"' in html, url
        assert page.h1 == 1, url
        assert page.unlabelled() == [], (url, page.unlabelled())
        assert page.problems == [], (url, page.problems)


def test_chat_log_is_a_live_region(pages: dict[str, str]) -> None:
    html = pages["/"]
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert 'role="status"' in html  # errors and progress are announced


def test_the_audit_finds_problems() -> None:
    page = audit(
        '<html lang="en"><input name="q"><button></button><img src="/x.png"><svg></svg></html>'
    )
    assert page.unlabelled() == ["q"]
    assert page.problems == ["button without text", "img without alt", "svg without a name"]
    labelled = audit(
        '<label for="q">Zoek</label><input id="q" name="q"><label>Ja <input name="j"></label>'
    )
    assert labelled.unlabelled() == []
