"""`wijkbot db upgrade | current | purge`: the storage commands of the CLI."""

from __future__ import annotations

import argparse
import json
import logging
from datetime import UTC, datetime

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = sub.add_parser("db", help="database: migrate, inspect, purge old data")
    commands = db.add_subparsers(dest="db_command", metavar="DB_COMMAND")
    db.set_defaults(func=lambda _args: _help(db))

    upgrade = commands.add_parser("upgrade", help="apply the migrations (alembic upgrade head)")
    upgrade.set_defaults(func=upgrade_command)

    current = commands.add_parser("current", help="print the schema revision of the database")
    current.set_defaults(func=current_command)

    revision = commands.add_parser(
        "revision", help="maintainers: write a new migration from the model changes"
    )
    revision.add_argument("-m", "--message", required=True, help="what the migration changes")
    revision.add_argument("--empty", action="store_true", help="an empty script, no autogenerate")
    revision.set_defaults(func=revision_command)

    purge = commands.add_parser("purge", help="delete data older than the retention period")
    purge.add_argument("--days", type=int, default=None, help="default: WIJKBOT_RETENTION_DAYS")
    purge.add_argument("--now", default=None, help="pretend it is this moment (ISO 8601)")
    purge.add_argument("--dry-run", action="store_true", help="count only, delete nothing")
    purge.set_defaults(func=purge_command)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def upgrade_command(_args: argparse.Namespace) -> int:
    from storage.migrate import upgrade
    from wijkbot.settings import get_settings

    upgrade(get_settings().sqlalchemy_url)
    print("database is up to date")
    return 0


def current_command(_args: argparse.Namespace) -> int:
    from storage.migrate import current
    from wijkbot.settings import get_settings

    print(current(get_settings().sqlalchemy_url) or "empty (run: wijkbot db upgrade)")
    return 0


def revision_command(args: argparse.Namespace) -> int:
    from storage.migrate import revision
    from wijkbot.settings import get_settings

    path = revision(get_settings().sqlalchemy_url, args.message, autogenerate=not args.empty)
    print(f"written: {path} (review it, then add a test if it moves data)")
    return 0


def purge_command(args: argparse.Namespace) -> int:
    from storage.db import make_engine, make_session_factory
    from storage.retention import purge
    from wijkbot.settings import get_settings

    settings = get_settings()
    now = _moment(args.now)
    days = settings.retention_days if args.days is None else args.days
    engine = make_engine(settings.sqlalchemy_url)
    removed: list[str] = []
    try:
        with make_session_factory(engine)() as session:
            counts = purge(session, now, days, removed)
            if args.dry_run:
                session.rollback()
            else:
                session.commit()
    finally:
        engine.dispose()
    if not args.dry_run:
        from storage.files import LocalFileStore

        LocalFileStore(settings.data_dir).delete(removed)
    print(json.dumps({"dry_run": args.dry_run, "retention_days": days, **counts}))
    return 0


def _moment(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise SystemExit("--now needs a time zone, e.g. 2026-11-24T09:00:00+01:00")
    return moment
