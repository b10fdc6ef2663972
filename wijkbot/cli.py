"""`wijkbot`: the command line. Each package adds its own sub-commands through `register(sub)`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

log = logging.getLogger("wijkbot")

# packages that contribute sub-commands, in help order; a missing one is skipped
_CONTRIBUTORS = ("storage.cli", "nlp.cli", "routing.cli", "bot.cli", "web.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wijkbot",
        description="Wijkbot: the intake assistant for Dutch municipalities.",
    )
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO, WARNING (default from settings)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register_own(sub)
    for module_name in _CONTRIBUTORS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        module.register(sub)
    return parser


def _register_own(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from wijkbot import commands

    chat = sub.add_parser("chat", help="talk to the assistant in the terminal")
    chat.add_argument("--as", dest="resident", default="terminal", help="resident reference")
    chat.add_argument("--now", default=None, help="pretend it is this moment (ISO 8601)")
    chat.set_defaults(func=commands.chat)

    analyze = sub.add_parser("analyze", help="JSON lines in on stdin, one analysis per line out")
    analyze.add_argument("--now", default=None, help="moment of the hand-off (ISO 8601)")
    analyze.add_argument("--municipality", default=None, help="municipality folder name")
    analyze.add_argument(
        "--workers", type=int, default=0,
        help="processes analysing batches, this one included (default 0: one per CPU core; 1: no fork)",
    )  # fmt: skip
    analyze.set_defaults(func=commands.analyze)

    seed = sub.add_parser("seed", help="migrate and load a municipality's configuration and demo users")
    seed.add_argument("--municipality", default=None, help="municipality folder name")
    seed.add_argument("--credentials", default=None, help="write the demo logins to this file")
    seed.set_defaults(func=commands.seed)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from wijkbot.settings import get_settings

    level = (args.log_level or get_settings().log_level).upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # migrations are quiet unless wrong
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
