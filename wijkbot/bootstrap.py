"""The composition root: the one place that picks adapters and wires them into the core.

Nothing here runs at import time; `build_container()` is called by the CLI and the web app's
lifespan. The spaCy pipeline is loaded once, here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.config import MunicipalityConfig
from core.ports import Analyzer, HandoffPlanner, Locator, Router, Schedule, UnitOfWorkFactory
from core.service import Assistant
from wijkbot.settings import Settings, get_settings

if TYPE_CHECKING:  # `wijkbot analyze` needs no database: SQLAlchemy is imported when one is built
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


@dataclass
class Container:
    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    uow_factory: UnitOfWorkFactory
    config: MunicipalityConfig
    analyzer: Analyzer
    locator: Locator
    router: Router
    schedule: Schedule
    planner: HandoffPlanner
    assistant: Assistant

    @property
    def municipality_dir(self) -> Path:
        return self.settings.municipality_dir


@dataclass
class Policy:
    """The configuration-derived parts, rebuilt whenever an admin edits the configuration."""

    config: MunicipalityConfig
    locator: Locator
    router: Router
    schedule: Schedule
    planner: HandoffPlanner


def folder_config(settings: Settings) -> MunicipalityConfig:
    from routing.municipality import load_municipality

    return load_municipality(settings.municipality_dir)


def stored_config(session_factory: sessionmaker[Session], slug: str) -> MunicipalityConfig | None:
    """The admin-edited configuration in the database, if it was seeded for this municipality."""
    from storage.config import load_config

    try:
        with session_factory() as session:
            config = load_config(session)
    except Exception:  # not migrated yet: fall back to the folder
        log.warning("no stored configuration readable; using the municipality folder")
        return None
    return config if config is not None and config.slug == slug else None


def build_policy(settings: Settings, config: MunicipalityConfig) -> Policy:
    from routing.geo import GeoLocator
    from routing.handover import HandoverPlanner
    from routing.hours import OfficeSchedule
    from routing.rules import RuleRouter

    schedule = OfficeSchedule(config)
    return Policy(
        config=config,
        locator=GeoLocator.from_folder(settings.municipality_dir, config, data_dir=settings.data_dir),
        router=RuleRouter(config),
        schedule=schedule,
        planner=HandoverPlanner(schedule, config),
    )


def _warn_about_routing(config: MunicipalityConfig) -> None:
    from routing.rules import startup_warnings

    for warning in startup_warnings(config):
        log.warning("%s", warning)


def build_analyzer(settings: Settings, config: MunicipalityConfig) -> Analyzer:
    from nlp.analyzer import load_analyzer

    faq = [entry for entry in config.faq if entry.active]
    return load_analyzer(settings.model_path, faq, floor=settings.theme_confidence_floor,
                         margin=settings.theme_margin)


def build_container(settings: Settings | None = None) -> Container:
    from storage.db import make_engine, make_session_factory
    from storage.files import LocalFileStore
    from storage.uow import SqlUnitOfWorkFactory

    settings = settings or get_settings()
    engine = make_engine(settings.sqlalchemy_url)
    session_factory = make_session_factory(engine)
    uow_factory = SqlUnitOfWorkFactory(session_factory)
    config = stored_config(session_factory, settings.municipality) or folder_config(settings)
    _warn_about_routing(config)
    policy = build_policy(settings, config)
    analyzer = build_analyzer(settings, config)
    assistant = Assistant(uow_factory, analyzer, policy.locator, policy.router, policy.schedule,
                          policy.planner, config, settings.retention_days,
                          files=LocalFileStore(settings.data_dir))
    return Container(settings, engine, session_factory, uow_factory, config, analyzer,
                     policy.locator, policy.router, policy.schedule, policy.planner, assistant)


def reload_config(container: Container) -> MunicipalityConfig:
    """Re-read the stored configuration after an admin edit and use it from now on.

    The configuration and the FAQ index come first: they cannot fail on geography or rules, so
    an FAQ edit reaches residents even if rebuilding the routing policy raises (the caller logs
    that; the next restart picks it up)."""
    config = stored_config(container.session_factory, container.settings.municipality)
    if config is None:
        return container.config
    container.config = config
    container.assistant.reconfigure(config)
    set_faq: Any = getattr(container.analyzer, "set_faq", None)
    if callable(set_faq):
        set_faq([entry for entry in config.faq if entry.active])
    policy = build_policy(container.settings, config)
    container.locator, container.router = policy.locator, policy.router
    container.schedule, container.planner = policy.schedule, policy.planner
    container.assistant.reconfigure(config, policy.locator, policy.router, policy.schedule,
                                    policy.planner)
    return config
