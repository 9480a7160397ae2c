"""Secrets that live in the data directory's ``keys/`` folder, created on first use."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

RECORD_KEY = "record-hash.key"


def secret_key(folder: Path, name: str = RECORD_KEY) -> bytes:
    """32 random bytes kept in ``folder/name`` (readable by this account only where possible)."""
    path = Path(folder) / name
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(key)
    if os.name != "nt":
        tmp.chmod(0o600)
    tmp.replace(path)
    return key


def keyed_hash(key: bytes, text: str) -> str:
    """What is stored instead of a personal value or a health-code token, and searched by."""
    if not key:
        raise ValueError("a keyed hash needs a non-empty key")
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def search_hash(key: bytes, value: str) -> str:
    """The keyed hash of a code, card, plate or identity number as entered: exact search and
    watchlists match on it, case and surrounding spaces aside."""
    return keyed_hash(key, value.strip().upper())
