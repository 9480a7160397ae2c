"""Sync between workstations (SQLite) and the hub: capture, the outbox, applying pulled
changes, and the hub's store. Pure database code; the HTTP side lives in ``app.sync``."""
