"""The interview: models, flow, engine and summaries. No Telegram, no SQL."""
