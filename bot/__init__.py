"""The Telegram adapter, the terminal chat and the command line."""
