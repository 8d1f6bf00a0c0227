"""Persistence of sessions behind one small interface (`storage.base.SessionStore`)."""
