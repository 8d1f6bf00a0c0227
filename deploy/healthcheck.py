"""The container's HEALTHCHECK: in webhook mode, GET /healthz on WEBHOOK_PORT.

In polling mode (`strategibot run`) there is no port to ask; the container
runs as long as the bot does, so there is nothing more to check.
"""

from __future__ import annotations

import os
import sys
import urllib.request


def main(arguments: list[bytes] | None = None) -> int:
    """0 if healthy; `arguments` are the container's command (PID 1's, by default)."""
    if arguments is None:
        try:
            with open("/proc/1/cmdline", "rb") as cmdline:
                arguments = cmdline.read().split(b"\0")
        except OSError:
            arguments = []
    if b"webhook" not in arguments:
        return 0
    port = os.environ.get("WEBHOOK_PORT", "8080")
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4) as answer:
            return 0 if answer.status == 200 else 1
    except OSError as error:
        print(f"healthz: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
