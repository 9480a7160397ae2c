"""The hash chain of the audit log: pure functions over plain values.

Each workstation keeps its own chain (``origin_node``), numbered by ``seq`` from 1; an entry's
hash covers the previous hash and every field of the entry, so an edited, removed or inserted
row breaks the chain at that point and :func:`verify_chain` names the first broken link.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from app.i18n import QT_TRANSLATE_NOOP, Message

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainLink:
    id: str
    origin_node: str
    seq: int
    at: datetime
    actor: str
    action: str
    target_kind: str
    target_id: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class BrokenLink:
    origin_node: str
    seq: int
    entry_id: str
    reason: Message


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def canonical_time(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def link_hash(
    prev_hash: str,
    *,
    id: str,
    origin_node: str,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    target_kind: str,
    target_id: str,
    detail: str,
) -> str:
    body = json.dumps(
        {
            "id": id,
            "node": origin_node,
            "seq": seq,
            "at": canonical_time(at),
            "actor": actor,
            "action": action,
            "target_kind": target_kind,
            "target_id": target_id,
            "detail": detail,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def expected_hash(link: ChainLink) -> str:
    return link_hash(
        link.prev_hash,
        id=link.id,
        origin_node=link.origin_node,
        seq=link.seq,
        at=link.at,
        actor=link.actor,
        action=link.action,
        target_kind=link.target_kind,
        target_id=link.target_id,
        detail=link.detail,
    )


def verify_chain(links: Iterable[ChainLink]) -> ChainReport:
    """Check links sorted by (origin_node, seq); report the first one that does not hold."""
    checked = 0
    node, prev_hash, prev_seq = None, GENESIS, 0
    for link in links:
        if link.origin_node != node:
            node, prev_hash, prev_seq = link.origin_node, GENESIS, 0
        reason = None
        if link.seq != prev_seq + 1:
            reason = QT_TRANSLATE_NOOP(
                "Audit", "entry number {seq} follows {prev}: entries are missing"
            ).with_(seq=link.seq, prev=prev_seq)
        elif link.prev_hash != prev_hash:
            reason = QT_TRANSLATE_NOOP(
                "Audit", "entry {seq} does not point at the entry before it"
            ).with_(seq=link.seq)
        elif expected_hash(link) != link.hash:
            reason = QT_TRANSLATE_NOOP(
                "Audit", "entry {seq} was changed after it was written"
            ).with_(seq=link.seq)
        if reason:
            return ChainReport(checked, BrokenLink(link.origin_node, link.seq, link.id, reason))
        checked += 1
        prev_hash, prev_seq = link.hash, link.seq
    return ChainReport(checked, None)
