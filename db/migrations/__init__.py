"""Alembic migrations. ``HEAD`` names the newest revision so start-up can tell, without
loading Alembic, whether a migration is pending (a test keeps it equal to Alembic's head)."""

from pathlib import Path

HEAD = "0015"
LOCATION = Path(__file__).resolve().parent
