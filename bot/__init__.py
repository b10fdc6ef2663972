"""The Telegram channel: python-telegram-bot around the channel-agnostic dialogue engine.

- `bot.adapter`   Update -> core.messages.Inbound, Reply -> sendMessage arguments (pure mapping)
- `bot.app`       build_application(container): thin handlers, rate limiter, error handler
- `bot.polling`   `wijkbot telegram` (bot/cli.py): long polling, for development
- `bot.webhook`   router(container) + lifespan(container) for the web app, for production
- `bot.outbox`    coordinator replies to residents and coordinator notifications over Telegram
- `bot.media`     photos: download, type and size checks, storage under WIJKBOT_DATA_DIR/uploads
"""
