"""`wijkbot serve`: the web app (resident chat, inbox, admin, dashboard, Telegram webhook)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("serve", help="start the web server (chat, inbox, admin, dashboard)")
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8000)")
    parser.set_defaults(func=serve)


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from web.app import create_app
    from wijkbot.settings import get_settings

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.port
    app = create_app()
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    print(f"Wijkbot draait op http://{shown}:{port}/  (inbox: /inbox, API-documentatie: /docs)")
    uvicorn.run(
        app, host=host, port=port, log_level=settings.log_level.lower(), proxy_headers=False
    )
    return 0
