"""Which tables travel, and who may write them.

- ``append``: insert-only from any workstation (check log, audit, work-order notes, camera
  events); never conflict.
- ``shared``: edited at the gates (visits, vehicles, passes, work orders); each field
  resolves by clock.
- ``roster``: the duty roster (posts, guards, roster plans): written only from a lead's
  workstation.
- ``central``: settings, watchlists, accounts: written centrally (a lead's workstation),
  read-only at the gates; an edit made on a stale copy loses to the hub's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

APPEND, SHARED, ROSTER, CENTRAL = "append", "shared", "roster", "central"

POLICIES = {
    "audit_entries": APPEND,
    "checks": APPEND,
    "work_order_notes": APPEND,
    "camera_events": APPEND,
    "device_events": APPEND,
    "work_order_photos": APPEND,
    "inspection_results": APPEND,
    "hazard_notes": APPEND,
    "handover_carries": APPEND,
    "visits": SHARED,
    "work_orders": SHARED,
    "visit_photos": SHARED,
    "vehicle_stays": SHARED,
    "inspection_rounds": SHARED,
    "hazards": SHARED,
    "handovers": SHARED,
    "handover_items": SHARED,
    "visitor_passes": SHARED,
    "posts": ROSTER,
    "guards": ROSTER,
    "roster_plans": ROSTER,
    "guard_leave": ROSTER,
    "users": CENTRAL,
    "watchlist": CENTRAL,
    "staff_vehicles": CENTRAL,
    "directory": CENTRAL,
    "camera_zones": CENTRAL,
    "checklists": CENTRAL,
}
# Per-workstation facts that ride in a synced row but never travel as edits.
LOCAL_COLUMNS = {"users": frozenset({"failed_logins", "locked_until", "last_login_at"})}
# Kept by the sync itself, not edited field by field.
META_COLUMNS = ("id", "origin_node", "created_hlc", "updated_hlc")
ROLES = ("guard", "lead")


@dataclass(frozen=True)
class SyncedTable:
    name: str
    policy: str
    columns: tuple[str, ...]  # every column but id, in table order
    fields: tuple[str, ...]  # the columns edits travel in (not meta, not local)
    unique: tuple[tuple[str, ...], ...]  # natural keys besides id

    @property
    def append_only(self) -> bool:
        return self.policy == APPEND


def is_synced(table) -> bool:
    return {"id", "origin_node", "updated_hlc", "deleted"} <= set(table.columns.keys())


@cache
def synced_tables() -> dict[str, SyncedTable]:
    """Every synced table of the schema, in dependency order (parents first)."""
    from sqlalchemy import UniqueConstraint

    from db.schema import metadata

    found = {}
    for table in metadata.sorted_tables:
        if not is_synced(table):
            continue
        if table.name not in POLICIES:
            raise LookupError(f"table {table.name} is synced but has no sync policy")
        local = LOCAL_COLUMNS.get(table.name, frozenset())
        columns = tuple(c for c in table.columns.keys() if c != "id")
        unique = [tuple(c.name for c in con.columns) for con in table.constraints
                  if isinstance(con, UniqueConstraint)]
        unique += [(c.name,) for c in table.columns if c.unique]
        found[table.name] = SyncedTable(
            table.name, POLICIES[table.name], columns,
            tuple(c for c in columns if c not in META_COLUMNS and c not in local),
            tuple(unique))
    return found


def may_write(policy: str, role: str, op: str) -> str | None:
    """None if a workstation of ``role`` may do ``op`` (I/U/D) on such a table, else why not."""
    if policy == APPEND and op != "I":
        return "append-only"
    if policy in (ROSTER, CENTRAL) and role != "lead":
        return "lead-only" if policy == ROSTER else "central"
    return None


def compact_stamps(stamps: dict[str, str]) -> dict[str, str]:
    """Field stamps as stored and sent: the most common stamp under ``"*"``, the rest named
    (a row written once has just ``{"*": stamp}``)."""
    if not stamps:
        return {}
    counts: dict[str, int] = {}
    for s in stamps.values():
        counts[s] = counts.get(s, 0) + 1
    common = max(counts, key=counts.get)
    return {"*": common} | {f: s for f, s in stamps.items() if s != common}


def field_stamp(stamps: dict[str, str], name: str) -> str:
    """One field's stamp in compact stamps ('' if never written)."""
    return stamps.get(name) or stamps.get("*", "")
