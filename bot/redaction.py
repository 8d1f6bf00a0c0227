"""Keep the bot token out of every log line and error message.

python-telegram-bot and httpx put the request URL, which contains the token,
into log records and exception texts. A filter on the root handlers replaces
the token wherever it appears, whoever logs it.
"""

from __future__ import annotations

import logging

REDACTED = "<TOKEN>"


class TokenFilter(logging.Filter):
    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, REDACTED)
            record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so handlers don't redo it.
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = text.replace(self.token, REDACTED)
            record.exc_info = None
        return True


def redact(text: str, token: str | None) -> str:
    return text.replace(token, REDACTED) if token else text


def configure_logging(level: str, token: str | None) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # httpx logs every request URL at INFO; those URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if token:
        for handler in logging.getLogger().handlers:
            handler.addFilter(TokenFilter(token))
