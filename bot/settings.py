"""Configuration from environment variables and an optional `.env` file."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    # SecretStr keeps the token out of reprs, tracebacks and validation errors.
    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_API_BASE_URL
    database_url: str | None = None
    log_level: str = "INFO"
    # How many updates (from different people) are handled at the same time.
    max_concurrent_updates: int = Field(default=256, ge=1, le=10_000)

    @property
    def telegram_api_file_url(self) -> str:
        """The file endpoint beside the API: `.../bot` becomes `.../file/bot`."""
        base = self.telegram_api_base_url.rstrip("/")
        root, _, last = base.rpartition("/")
        return f"{root}/file/{last}"

    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None
