"""Personal data at rest (PIPL): encrypted with AES-GCM under a key per installation, found by
keyed hash, shown masked. The key lives in the data directory's ``keys/``; a stolen database
file alone reveals no identity number."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.keys import search_hash, secret_key

PERSONAL_KEY = "personal-data.key"
VERSION = "v1:"


class Vault:
    """Seals and opens personal values; ``purpose`` (e.g. ``"visit.id_number"``) is bound
    into each ciphertext, so a value cannot be moved to another field unnoticed."""

    def __init__(self, key: bytes, hash_key: bytes):
        if len(key) != 32 or not hash_key:
            raise ValueError("the vault needs a 32-byte key and a hash key")
        self._aead = AESGCM(key)
        self._hash_key = hash_key

    @classmethod
    def for_folder(cls, folder: Path) -> "Vault":
        return cls(secret_key(folder, PERSONAL_KEY), secret_key(folder))

    def seal(self, value: str, purpose: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), purpose.encode("utf-8"))
        return VERSION + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, sealed: str, purpose: str) -> str:
        if not sealed.startswith(VERSION):
            raise ValueError("not a sealed value")
        raw = base64.b64decode(sealed[len(VERSION):])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], purpose.encode("utf-8")).decode()
        except InvalidTag:
            raise ValueError("the sealed value was altered or sealed for another purpose") from None

    def search_hash(self, value: str) -> str:
        """The keyed hash stored beside a sealed value, for exact search and watchlists."""
        return search_hash(self._hash_key, value)
