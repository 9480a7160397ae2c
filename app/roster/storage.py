"""A rostering problem and a roster as JSON, for the database (and for files)."""

from __future__ import annotations

import json
from dataclasses import asdict

from app.roster.model import (
    CarryOver,
    Contract,
    Cover,
    Guard,
    Pin,
    Post,
    Problem,
    Request,
    Roster,
    ShiftType,
)


def problem_to_json(p: Problem) -> str:
    return json.dumps({
        "horizon": p.horizon, "first_weekday": p.first_weekday, "name": p.name,
        "shifts": [asdict(s) | {"forbidden_next": sorted(s.forbidden_next)} for s in p.shifts],
        "posts": [asdict(q) | {"shifts": sorted(q.shifts)} for q in p.posts],
        "guards": [{"id": g.id, "name": g.name, "qualifications": sorted(g.qualifications),
                    "contract": asdict(g.contract) | {"max_shifts": dict(g.contract.max_shifts)},
                    "days_off": sorted(g.days_off)} for g in p.guards],
        "cover": [asdict(c) for c in p.cover],
        "requests": [asdict(r) for r in p.requests],
        "pins": [asdict(pin) for pin in p.pins],
        "carry_over": {k: asdict(v) for k, v in p.carry_over.items()},
    }, ensure_ascii=False, separators=(",", ":"))


def problem_from_json(text: str) -> Problem:
    d = json.loads(text)
    return Problem(
        horizon=d["horizon"], first_weekday=d["first_weekday"], name=d.get("name", ""),
        shifts=tuple(ShiftType(**(s | {"forbidden_next": frozenset(s["forbidden_next"])}))
                     for s in d["shifts"]),
        posts=tuple(Post(**(q | {"shifts": frozenset(q["shifts"])})) for q in d["posts"]),
        guards=tuple(Guard(g["id"], g["name"], frozenset(g["qualifications"]),
                           Contract(**g["contract"]), frozenset(g["days_off"]))
                     for g in d["guards"]),
        cover=tuple(Cover(**c) for c in d["cover"]),
        requests=tuple(Request(**r) for r in d["requests"]),
        pins=tuple(Pin(**pin) for pin in d["pins"]),
        carry_over={k: CarryOver(**v) for k, v in d["carry_over"].items()})


def roster_to_json(r: Roster) -> str:
    return json.dumps({"shifts": {g: list(row) for g, row in r.shifts.items()},
                       "posts": {g: list(row) for g, row in r.posts.items()}},
                      ensure_ascii=False, separators=(",", ":"))


def roster_from_json(text: str) -> Roster:
    d = json.loads(text)
    return Roster({g: tuple(row) for g, row in d["shifts"].items()},
                  {g: tuple(row) for g, row in d.get("posts", {}).items()})
