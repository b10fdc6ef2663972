"""`wijkbot telegram` refuses to start when it cannot or must not poll."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot import cli


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    return parser.parse_args(["telegram", *argv])


def test_poll_timeout_option() -> None:
    args = parse("--poll-timeout", "2.5")
    assert args.poll_timeout == 2.5 and args.func is cli.run


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"WIJKBOT_TELEGRAM_TOKEN": ""}, "WIJKBOT_TELEGRAM_TOKEN"),
        (
            {
                "WIJKBOT_TELEGRAM_TOKEN": "1:x",
                "WIJKBOT_TELEGRAM_WEBHOOK_URL": "https://x/tg",
                "WIJKBOT_TELEGRAM_WEBHOOK_SECRET": "geheim",
            },
            "wijkbot serve",
        ),
    ],
)
def test_refuses_without_token_or_while_a_webhook_is_configured(
    env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env of the checkout
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert parse().func(parse()) == 2
    assert message in caplog.text
