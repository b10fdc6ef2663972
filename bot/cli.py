"""`wijkbot telegram`: run the Telegram bot with long polling."""

from __future__ import annotations

import argparse
import asyncio
import logging


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "telegram",
        help="run the Telegram bot with long polling (development; production uses the webhook)",
    )
    parser.add_argument(
        "--poll-timeout", type=float, default=10.0, help="getUpdates long-poll seconds"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.polling import run_polling
    from wijkbot.bootstrap import build_container
    from wijkbot.settings import get_settings

    log = logging.getLogger(__name__)
    settings = get_settings()
    if not settings.telegram_token:
        log.error("set WIJKBOT_TELEGRAM_TOKEN to run the Telegram bot")
        return 2
    if settings.telegram_webhook_url:
        # Polling would delete the webhook the web app (`wijkbot serve`) registered.
        log.error("WIJKBOT_TELEGRAM_WEBHOOK_URL is set: updates go to `wijkbot serve`; "
                  "unset it to poll")
        return 2
    container = build_container(settings)
    asyncio.run(run_polling(container, poll_timeout=args.poll_timeout))
    return 0
