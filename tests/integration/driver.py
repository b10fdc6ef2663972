"""A resident's session in a separate process, for crash and restart tests.

    python -m tests.integration.driver crash  TEXT   # dies (SIGKILL) after storing, before replying
    python -m tests.integration.driver report TEXT   # sends TEXT, answers the questions, prints the reply

Settings (database, data dir, model) come from the WIJKBOT_ environment.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from core.domain import Channel
from core.messages import Inbound, Reply
from core.service import Assistant
from wijkbot.bootstrap import build_container

RESIDENT = "crash-test-resident"
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def send(assistant: Assistant, text: str | None = None, button: str | None = None) -> list[Reply]:
    return assistant.handle(Inbound(Channel.TERMINAL, RESIDENT, NOW, text=text, button=button))


def crash(text: str) -> None:
    container = build_container()

    def die(*_: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    container.assistant.engine.run = die  # type: ignore[method-assign,assignment]
    send(container.assistant, text=text)
    print("not reached")


def report(text: str) -> None:
    assistant = build_container().assistant
    replies = send(assistant, text=text)
    for _ in range(6):  # answer whatever is asked, choosing the first offered button
        buttons = [b.value for r in replies for b in r.buttons]
        if any("WB-" in r.text for r in replies) or not buttons:
            break
        choice = "summary:yes" if "summary:yes" in buttons else buttons[0]
        replies = send(assistant, button=choice)
    print("\n".join(r.text for r in replies))


if __name__ == "__main__":
    {"crash": crash, "report": report}[sys.argv[1]](sys.argv[2])
