"""Configuration from environment variables and an optional `.env` file."""

from __future__ import annotations

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # SecretStr keeps the token out of reprs, tracebacks and validation errors.
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_API_BASE_URL
    database_url: str | None = None
    # PostgreSQL only: connections per process, and how long start-up waits for the database.
    database_pool_min: int = Field(default=1, ge=0, le=100)
    database_pool_max: int = Field(default=10, ge=1, le=100)
    database_wait_seconds: float = Field(default=30.0, ge=0, le=3600)
    log_level: str = "INFO"
    # `strategibot webhook`: the public URL Telegram posts to, the secret token it sends
    # with each update, and where this process listens (behind a proxy or load balancer).
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=0, le=65535)
    # How many updates (from different people) are handled at the same time.
    max_concurrent_updates: int = Field(default=256, ge=1, le=10_000)
    # Worker processes that draw persona images and PDFs, at a lower priority, so
    # drawing never stalls the conversations; unset: one per core; 0 draws them in
    # a thread of the bot's own process.
    render_processes: int | None = Field(default=None, ge=0, le=32)

    # A field validator, not a model one: a model's error would quote every field,
    # DATABASE_URL (and its password) included.
    @field_validator("database_pool_max")
    @classmethod
    def _pool_bounds_in_order(cls, value: int, info: ValidationInfo) -> int:
        if value < info.data.get("database_pool_min", 0):
            raise ValueError("must not be smaller than DATABASE_POOL_MIN")
        return value

    @property
    def telegram_api_file_url(self) -> str:
        """The file endpoint beside the API: `.../bot` becomes `.../file/bot`."""
        base = self.telegram_api_base_url.rstrip("/")
        root, _, last = base.rpartition("/")
        return f"{root}/file/{last}"

    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None
