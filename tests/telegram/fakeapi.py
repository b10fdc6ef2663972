"""A local Telegram Bot API server for tests: speaks the methods Wijkbot uses and records every call.

Runs `http.server.ThreadingHTTPServer` in a thread, so it serves the real python-telegram-bot in
the test's event loop as well as a `wijkbot telegram` subprocess. Updates for polling are queued
with `enqueue`; `getUpdates` long-polls until one arrives or its timeout passes.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

TOKEN = "123456:TEST-token"
BOT_ID = 123456
JSON_FIELDS = {"reply_markup", "commands", "allowed_updates", "scope", "link_preview_options"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


@dataclass
class Failure:
    method: str
    status: int
    body: dict[str, Any]
    remaining: int = 1


@dataclass
class FakeBotApi:
    """State of the fake server; all methods are thread-safe."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # file_id -> (path, bytes)
    webhook: dict[str, Any] = field(default_factory=dict)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _failures: list[Failure] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    server: ThreadingHTTPServer | None = None

    # --- test side -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def api_url(self) -> str:
        """The value for WIJKBOT_TELEGRAM_API_URL."""
        return f"{self.url}/bot"

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def enqueue(self, update: dict[str, Any]) -> None:
        with self._cond:
            self._updates.append(update)
            self._cond.notify_all()

    def add_file(self, file_id: str, data: bytes, path: str = "photos/file_0.jpg") -> None:
        with self._cond:
            self.files[file_id] = (path, data)

    def fail_next(self, method: str, status: int, body: dict[str, Any], times: int = 1) -> None:
        with self._cond:
            self._failures.append(Failure(method, status, body, times))

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """sendMessage calls, optionally for one chat."""
        return [
            c
            for c in self.calls_to("sendMessage")
            if chat_id is None or int(c.params["chat_id"]) == chat_id
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [str(c.params["text"]) for c in self.sent(chat_id)]

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
        """Block until `predicate()` holds (checked after every recorded call)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    sent = [c.params.get("text") for c in self.calls if c.method == "sendMessage"]
                    raise AssertionError(f"timed out; last messages sent: {sent[-4:]}")
                self._cond.wait(left)

    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates)

    # --- server side -----------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        handler = getattr(self, f"_m_{method}", None)
        with self._cond:
            failure = self._take_failure(method)
            if failure is not None:
                status, body = failure.status, failure.body
            elif handler is None:
                status, body = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
            else:
                status, body = handler(params)
            self.calls.append(Call(method, params, body.get("result")))
            self._cond.notify_all()
        return status, body

    def _take_failure(self, method: str) -> Failure | None:
        for failure in self._failures:
            if failure.method == method and failure.remaining > 0:
                failure.remaining -= 1
                return failure
        return None

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 5.0)
        deadline = time.monotonic() + timeout
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            self.calls.append(Call("getUpdates", params))
            self._cond.notify_all()
            return list(self._updates[: int(params.get("limit") or 100)])

    def _ok(self, result: Any) -> tuple[int, dict[str, Any]]:
        return 200, {"ok": True, "result": result}

    def _m_getMe(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return self._ok(
            {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Wijkbot",
                "username": "WijkTestBot",
                "can_join_groups": False,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        )

    def _m_setWebhook(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            self.webhook = dict(params)
        return self._ok(True)

    def _m_deleteWebhook(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self._cond:
            self.webhook = {}
        return self._ok(True)

    def _m_setMyCommands(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return self._ok(True)

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return self._ok(True)

    def _message(self, params: dict[str, Any], text: str | None = None) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": int(params.get("message_id") or next(self._message_ids)),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Wijkbot"},
            "text": text if text is not None else str(params.get("text", "")),
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _m_sendMessage(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        text = str(params.get("text", ""))
        if not text or len(text.encode("utf-16-le")) // 2 > 4096:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: text"}
        return self._ok(self._message(params))

    def _m_editMessageText(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return self._ok(self._message(params))

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return self._ok(self._message(params, text=""))

    def _m_getFile(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        file_id = str(params["file_id"])
        with self._cond:
            entry = self.files.get(file_id)
        if entry is None:
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: file"}
        path, data = entry
        result = {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": len(data)}
        return self._ok({**result, "file_path": path})

    def download(self, path: str) -> bytes | None:
        with self._cond:
            self.calls.append(Call("download", {"path": path}))
            self._cond.notify_all()
            for stored_path, data in self.files.values():
                if stored_path == path:
                    return data
        return None


def parse_params(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if content_type.startswith("application/json"):
        return dict(json.loads(raw))
    params: dict[str, Any] = {}
    for key, value in parse_qsl(raw.decode(), keep_blank_values=True):
        params[key] = json.loads(value) if key in JSON_FIELDS else value
    return params


def _handler_for(api: FakeBotApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)  # fails when the bot stopped during a long poll

        def _dispatch(self) -> None:
            path = unquote(urlsplit(self.path).path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            file_prefix = f"/file/bot{api.token}/"
            if path.startswith(file_prefix):
                data = api.download(path[len(file_prefix) :])
                if data is None:
                    self._reply(404, b"not found", "text/plain")
                else:
                    self._reply(200, data, "application/octet-stream")
                return
            prefix = f"/bot{api.token}/"
            if not path.startswith(prefix):
                body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
                self._reply(401, json.dumps(body).encode(), "application/json")
                return
            params = parse_params(raw, self.headers.get("Content-Type", ""))
            status, body = api.handle(path[len(prefix) :], params)
            self._reply(status, json.dumps(body).encode(), "application/json")

        do_GET = _dispatch
        do_POST = _dispatch

    return Handler


def start_fake_api(api: FakeBotApi | None = None) -> FakeBotApi:
    api = api or FakeBotApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(api))
    server.daemon_threads = True
    api.server = server
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-bot-api",
        daemon=True,
    ).start()
    return api


def stop_fake_api(api: FakeBotApi) -> None:
    if api.server is not None:
        with api._cond:
            api._cond.notify_all()
        api.server.shutdown()
        api.server.server_close()
