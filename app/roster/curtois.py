"""The Curtois & Qu (2014) shift-scheduling benchmark format: read an instance into a
:class:`Problem`, write and read a roster (one line per employee, tab separated)."""

from __future__ import annotations

from pathlib import Path

from app.roster.model import Contract, Cover, Guard, Problem, Request, Roster, ShiftType


class FormatError(ValueError):
    pass


def _sections(text: str) -> dict[str, list[list[str]]]:
    sections: dict[str, list[list[str]]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            current = sections.setdefault(line, [])
            continue
        if current is None:
            raise FormatError(f"data before the first section: {line!r}")
        current.append([part.strip() for part in line.split(",")])
    return sections


def parse(text: str, name: str = "") -> Problem:
    sec = _sections(text)
    try:
        horizon = int(sec["SECTION_HORIZON"][0][0])
        shifts = tuple(
            ShiftType(id=row[0], minutes=int(row[1]),
                      forbidden_next=frozenset(x for x in (row[2] if len(row) > 2 else "")
                                               .split("|") if x))
            for row in sec["SECTION_SHIFTS"])
        days_off: dict[str, frozenset[int]] = {
            row[0]: frozenset(int(x) for x in row[1:] if x)
            for row in sec.get("SECTION_DAYS_OFF", [])}
        guards = []
        for row in sec["SECTION_STAFF"]:
            max_shifts = {}
            for part in row[1].split("|"):
                if part:
                    sid, value = part.split("=")
                    max_shifts[sid] = int(value)
            contract = Contract(max_shifts=max_shifts, max_minutes=int(row[2]),
                                min_minutes=int(row[3]), max_consecutive=int(row[4]),
                                min_consecutive=int(row[5]), min_days_off=int(row[6]),
                                max_weekends=int(row[7]))
            guards.append(Guard(id=row[0], name=row[0], contract=contract,
                                days_off=days_off.get(row[0], frozenset())))
        requests = [Request(guard=r[0], day=int(r[1]), shift=r[2], weight=int(r[3]), on=True)
                    for r in sec.get("SECTION_SHIFT_ON_REQUESTS", [])]
        requests += [Request(guard=r[0], day=int(r[1]), shift=r[2], weight=int(r[3]), on=False)
                     for r in sec.get("SECTION_SHIFT_OFF_REQUESTS", [])]
        cover = tuple(Cover(day=int(r[0]), shift=r[1], preferred=int(r[2]),
                            weight_under=int(r[3]), weight_over=int(r[4]))
                      for r in sec.get("SECTION_COVER", []))
    except (KeyError, IndexError, ValueError) as exc:
        raise FormatError(f"not a Curtois instance: {exc!r}") from exc
    return Problem(horizon=horizon, shifts=shifts, guards=tuple(guards), cover=cover,
                   requests=tuple(requests), name=name)


def load(path: str | Path) -> Problem:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), name=path.stem)


def format_roster(problem: Problem, roster: Roster) -> str:
    lines = []
    for g in problem.guards:
        row = roster.shifts[g.id]
        lines.append("\t".join([g.id] + [s if s is not None else "-" for s in row]))
    return "\n".join(lines) + "\n"


def write_roster(problem: Problem, roster: Roster, path: str | Path) -> None:
    Path(path).write_text(format_roster(problem, roster), encoding="utf-8")


def parse_roster(problem: Problem, text: str) -> Roster:
    shifts = {}
    known = {s.id for s in problem.shifts}
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        gid, cells = parts[0].strip(), [p.strip() for p in parts[1:]]
        if len(cells) != problem.horizon:
            raise FormatError(f"{gid}: {len(cells)} days, expected {problem.horizon}")
        bad = [c for c in cells if c != "-" and c not in known]
        if bad:
            raise FormatError(f"{gid}: unknown shift {bad[0]!r}")
        shifts[gid] = tuple(None if c == "-" else c for c in cells)
    missing = [g.id for g in problem.guards if g.id not in shifts]
    if missing:
        raise FormatError(f"no line for {', '.join(missing)}")
    return Roster(shifts)


def read_roster(problem: Problem, path: str | Path) -> Roster:
    return parse_roster(problem, Path(path).read_text(encoding="utf-8"))
