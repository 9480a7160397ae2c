"""Guardroom application core: domain rules, services, settings, the CLI. No Qt here."""

__version__ = "0.1.0"
APP_NAME = "Guardroom"
