"""Visitor passes: QR texts signed by the compound (Ed25519), verified offline at the gate.

A pass is ``GRP1.<payload>.<signature>``, both parts base64url without padding; the payload
is compact JSON ``{"v": visit id, "from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}``. The signing key
lives in the data directory (``keys/``); a workstation that only verifies needs the public key.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "GRP1."
PRIVATE_FILE = "pass-signing-key.pem"
PUBLIC_FILE = "pass-signing-key.pub.pem"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class PassCheck:
    valid: bool
    reason: str  # "" when valid; otherwise pass_forged, pass_malformed, pass_expired, ...
    visit_id: str = ""


def looks_like_pass(text: str) -> bool:
    return text.startswith(PREFIX)


class PassKeys:
    """The compound's pass key pair in ``folder``, created on first use."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def private_key(self) -> Ed25519PrivateKey:
        path = self.folder / PRIVATE_FILE
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            key = Ed25519PrivateKey.generate()
            path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
            (self.folder / PUBLIC_FILE).write_bytes(key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
            return key
        return serialization.load_pem_private_key(path.read_bytes(), password=None)

    def public_key(self) -> Ed25519PublicKey:
        path = self.folder / PUBLIC_FILE
        if not path.exists():
            return self.private_key().public_key()
        return serialization.load_pem_public_key(path.read_bytes())


def issue(key: Ed25519PrivateKey, visit_id: str, valid_from: date, valid_to: date) -> str:
    payload = json.dumps({"v": visit_id, "from": valid_from.isoformat(),
                          "to": valid_to.isoformat()}, separators=(",", ":")).encode()
    return f"{PREFIX}{_b64(payload)}.{_b64(key.sign(payload))}"


def verify(public: Ed25519PublicKey, text: str, today: date) -> PassCheck:
    try:
        body, signature = text[len(PREFIX):].split(".")
        payload = _unb64(body)
        public.verify(_unb64(signature), payload)
    except InvalidSignature:
        return PassCheck(False, "pass_forged")
    except (ValueError, TypeError):
        return PassCheck(False, "pass_malformed")
    try:
        data = json.loads(payload)
        valid_from, valid_to = date.fromisoformat(data["from"]), date.fromisoformat(data["to"])
        visit_id = str(data["v"])
    except (ValueError, KeyError, TypeError):
        return PassCheck(False, "pass_malformed")
    if today < valid_from:
        return PassCheck(False, "pass_not_yet_valid", visit_id)
    if today > valid_to:
        return PassCheck(False, "pass_expired", visit_id)
    return PassCheck(True, "", visit_id)
