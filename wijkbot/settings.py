"""Typed settings, read from the environment (prefix WIJKBOT_) and an optional .env file."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER_SECRET = "dev-only-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIJKBOT_", env_file=".env", extra="ignore")

    env: str = Field("development", description="development | test | production")
    data_dir: Path = Field(Path("./var"), description="folder for the SQLite file, model, uploads")
    database_url: str | None = Field(None, description="SQLAlchemy URL; default SQLite in data_dir")
    municipality: str = Field("utrecht", description="folder name under municipalities_dir")
    municipalities_dir: Path = Field(PROJECT_ROOT / "municipalities")
    model_dir: Path | None = Field(None, description="trained spaCy pipeline; default data_dir/model")
    log_level: str = "INFO"
    retention_days: int = Field(365, description="closed cases and their messages are deleted after")
    # NLP decision thresholds (the dialogue asks to confirm below these)
    theme_confidence_floor: float = 0.55
    theme_margin: float = 0.15
    # web
    host: str = "127.0.0.1"
    port: int = 8000
    secret_key: str = Field(PLACEHOLDER_SECRET, description="session signing key")
    public_url: str = "http://127.0.0.1:8000"
    web_embed_origins: str = Field(
        "", description="space-separated origins allowed to embed the chat widget (/widget) in a frame"
    )
    web_background_tasks: bool = Field(True, description="run the outbox dispatcher inside `serve`")
    # telegram
    telegram_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None
    # notifications
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_from: str = "wijkbot@localhost"
    escalate_after_working_hours: float = 8.0

    @field_validator(
        "database_url", "model_dir", "telegram_token", "telegram_webhook_url",
        "telegram_webhook_secret", mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env == "production" and self.secret_key == PLACEHOLDER_SECRET:
            raise ValueError("set WIJKBOT_SECRET_KEY: the placeholder is refused in production")
        if self.telegram_webhook_url and not self.telegram_webhook_secret:
            raise ValueError("WIJKBOT_TELEGRAM_WEBHOOK_URL needs WIJKBOT_TELEGRAM_WEBHOOK_SECRET")
        return self

    @cached_property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'wijkbot.sqlite3').resolve()}"

    @property
    def model_path(self) -> Path:
        return self.model_dir or self.data_dir / "model"

    @property
    def municipality_dir(self) -> Path:
        return self.municipalities_dir / self.municipality


def get_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
