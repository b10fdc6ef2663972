"""Command line of the routing package: `routing check`, `routing import-pc6`, `outbox run`."""

from __future__ import annotations

import argparse
import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    routing = sub.add_parser("routing", help="routing rules, coverage and address tables")
    routing_sub = routing.add_subparsers(dest="routing_command", metavar="ACTION", required=True)

    check = routing_sub.add_parser(
        "check", help="validate the configuration, print the coverage matrix"
    )
    check.add_argument("--municipality", default=None, help="municipality folder name")
    check.add_argument(
        "--folder", action="store_true", help="check the folder, not the database copy"
    )
    check.add_argument(
        "--strict", action="store_true", help="exit 1 when a theme × wijk is uncovered"
    )
    check.set_defaults(func=check_command)

    pc6 = routing_sub.add_parser(
        "import-pc6",
        help="import the CBS postcode-huisnummer file (PC6;Huisnummer;Buurt;Wijk;Gemeente)",
    )
    pc6.add_argument("file", type=Path, help="the CBS CSV (optionally .gz)")
    pc6.add_argument("--municipality", default=None, help="municipality folder name")
    pc6.add_argument(
        "--data-dir", action="store_true", help="write to WIJKBOT_DATA_DIR/<municipality>/ instead"
    )
    pc6.set_defaults(func=import_pc6_command)

    evaluate = routing_sub.add_parser(
        "evaluate",
        help="wijk accuracy of the text locator on a JSON-lines file (fields text, wijk)",
    )
    evaluate.add_argument(
        "file", type=Path, help="JSON lines with text and wijk (null: no location)"
    )
    evaluate.add_argument("--municipality", default=None, help="municipality folder name")
    evaluate.add_argument("--errors", action="store_true", help="print the ids of wrong answers")
    evaluate.set_defaults(func=evaluate_command)

    outbox = sub.add_parser("outbox", help="notifications to coordinators")
    outbox_sub = outbox.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    run = outbox_sub.add_parser("run", help="send due notifications and escalate unclaimed cases")
    run.add_argument("--once", action="store_true", help="one round, then exit")
    run.add_argument("--interval", type=float, default=30.0, help="seconds between rounds")
    run.add_argument(
        "--now", default=None, help="pretend it is this moment (ISO 8601; with --once)"
    )
    run.set_defaults(func=outbox_command)


# --- helpers -------------------------------------------------------------------------------------


def _settings(municipality: str | None) -> Any:
    from wijkbot.settings import get_settings

    overrides = {"municipality": municipality} if municipality else {}
    return get_settings(**overrides)


def _config(settings: Any, folder_only: bool = False) -> Any:
    """The configuration the assistant runs with: the database copy when seeded, else the folder."""
    from routing.municipality import load_municipality

    if not folder_only:
        try:
            from storage.db import make_engine, make_session_factory
            from wijkbot.bootstrap import stored_config

            engine = make_engine(settings.sqlalchemy_url)
            try:
                stored = stored_config(make_session_factory(engine), settings.municipality)
            finally:
                engine.dispose()
            if stored is not None:
                return stored
        except ImportError:
            pass
    return load_municipality(settings.municipality_dir)


# --- commands ------------------------------------------------------------------------------------


def check_command(args: argparse.Namespace) -> int:
    from routing.municipality import MunicipalityConfigError
    from routing.rules import RuleRouter, coverage, startup_warnings

    settings = _settings(args.municipality)
    try:
        config = _config(settings, folder_only=args.folder)
    except MunicipalityConfigError as error:
        print(f"configuratiefout: {error}")
        return 2
    matrix = coverage(config)
    router = RuleRouter(config)
    print(
        f"{config.name} ({config.cbs_code}): {len(config.rules)} regels, {len(config.wijken)} wijken"
    )
    print()
    print(matrix.render())
    print()
    for rule in sorted(config.rules, key=lambda r: r.position):
        print(f"  {router.describe(rule)}")
    warnings = startup_warnings(config)
    print()
    print(
        "\n".join(warnings) if warnings else "Alle combinaties van thema en wijk hebben een regel."
    )
    return 1 if args.strict and matrix.uncovered else 0


def import_pc6_command(args: argparse.Namespace) -> int:
    from routing.geo import import_pc6

    settings = _settings(args.municipality)
    config = _config(settings, folder_only=True)
    target = settings.data_dir / config.slug if args.data_dir else settings.municipality_dir
    try:
        count = import_pc6(args.file, config, target)
    except (OSError, ValueError) as error:
        print(f"import mislukt: {error}")
        return 1
    print(f"{count} adressen van {config.name} geschreven naar {target}")
    return 0


def evaluate_command(args: argparse.Namespace) -> int:
    from routing.geo import GeoLocator, wijk_accuracy

    settings = _settings(args.municipality)
    config = _config(settings, folder_only=True)
    locator = GeoLocator.from_folder(settings.municipality_dir, config)
    try:
        rows = [
            json.loads(line)
            for line in args.file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    except (OSError, ValueError) as error:
        print(f"kan {args.file} niet lezen: {error}")
        return 1
    score, wrong = wijk_accuracy(locator, rows)
    print(f"wijk accuracy {score:.3f} ({len(rows) - len(wrong)}/{len(rows)})")
    if args.errors:
        for row_id, expected, got in wrong:
            print(f"  {row_id}: expected {expected}, got {got}")
    return 0


def build_senders(settings: Any, config: Any) -> dict[str, Any]:
    """E-mail over SMTP always; Telegram for coordinators when a bot token is configured."""
    from routing.handover import SmtpSender

    senders: dict[str, Any] = {
        "email": SmtpSender(config, settings.smtp_host, settings.smtp_port, settings.smtp_from)
    }
    try:
        from bot.outbox import staff_sender
    except ImportError:
        return senders
    telegram = staff_sender(settings, config)
    if telegram is not None:
        senders["telegram"] = telegram
    return senders


def outbox_command(args: argparse.Namespace) -> int:
    from routing.handover import run_outbox
    from routing.hours import OfficeSchedule
    from routing.rules import startup_warnings
    from storage.db import make_engine, make_session_factory
    from storage.uow import SqlUnitOfWorkFactory

    settings = _settings(None)
    config = _config(settings)
    for warning in startup_warnings(config):
        log.warning(warning)
    engine = make_engine(settings.sqlalchemy_url)
    uow_factory = SqlUnitOfWorkFactory(make_session_factory(engine))
    schedule = OfficeSchedule(config)
    senders = build_senders(settings, config)
    after = settings.escalate_after_working_hours
    from sqlalchemy.exc import SQLAlchemyError

    try:
        while True:
            now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC)
            try:
                report = run_outbox(uow_factory, senders, config, schedule, now, after)
            except SQLAlchemyError as error:  # keep the loop alive; the outbox keeps the work
                log.error("outbox round failed (is the database migrated? wijkbot db upgrade): %s",
                          type(error).__name__)  # fmt: skip
                if args.once:
                    return 1
                time.sleep(args.interval)
                continue
            if report.sent or report.failed:
                log.info("outbox: %d sent, %d failed", len(report.sent), len(report.failed))
            if args.once:
                print(f"{len(report.sent)} verstuurd, {len(report.failed)} mislukt")
                return 0
            time.sleep(args.interval)
    except KeyboardInterrupt:
        return 0
    finally:
        engine.dispose()
