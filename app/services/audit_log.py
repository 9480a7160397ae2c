"""Writing to and verifying the hash-chained audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.audit import GENESIS, ChainLink, ChainReport, link_hash, verify_chain
from app.context import AppContext
from db.base import new_id
from db.models import AuditEntry

SYSTEM_ACTOR = "system"


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: object
    actor: str
    action: str
    target_kind: str
    target_id: str
    detail: dict


def append(ctx: AppContext, session: Session, actor: str, action: str, *, target_kind: str = "",
           target_id: str = "", detail: dict | None = None, at=None) -> AuditEntry:
    """Add one entry to this workstation's chain inside the caller's unit of work."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.origin_node == ctx.node_id)
        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev_hash = (last.seq + 1, last.hash) if last else (1, GENESIS)
    entry_id = new_id()
    at = at or ctx.now()
    detail_text = json.dumps(detail or {}, sort_keys=True, ensure_ascii=False)
    entry = AuditEntry(
        id=entry_id, origin_node=ctx.node_id, seq=seq, at=at, actor=actor, action=action,
        target_kind=target_kind, target_id=str(target_id), detail=detail_text,
        prev_hash=prev_hash,
        hash=link_hash(prev_hash, id=str(entry_id), origin_node=ctx.node_id, seq=seq, at=at,
                       actor=actor, action=action, target_kind=target_kind,
                       target_id=str(target_id), detail=detail_text))
    session.add(entry)
    session.flush()
    return entry


def verify(ctx: AppContext) -> ChainReport:
    with ctx.unit_of_work() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.origin_node, AuditEntry.seq)
                         .execution_options(yield_per=1000)).scalars()
        return verify_chain(ChainLink(
            id=str(e.id), origin_node=e.origin_node, seq=e.seq, at=e.at, actor=e.actor,
            action=e.action, target_kind=e.target_kind, target_id=e.target_id, detail=e.detail,
            prev_hash=e.prev_hash, hash=e.hash) for e in rows)


def recent(ctx: AppContext, limit: int = 50) -> list[AuditRecord]:
    with ctx.unit_of_work() as s:
        rows = s.scalars(select(AuditEntry)
                         .order_by(AuditEntry.at.desc(), AuditEntry.created_hlc.desc()).limit(limit))
        return [AuditRecord(e.seq, e.at, e.actor, e.action, e.target_kind, e.target_id,
                            json.loads(e.detail)) for e in rows]


def count(ctx: AppContext) -> int:
    with ctx.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0
