"""``guardroom roster solve`` and ``roster check``: the duty-roster engine on benchmark files.

``solve`` reads an instance (the Curtois & Qu format), searches for the given time, writes
the roster and prints the validator's objective of what it wrote; ``check`` re-scores a
roster file and lists its hard violations. Ctrl-C stops the search and keeps the best roster.
"""

from __future__ import annotations

import argparse

from app.i18n import QT_TRANSLATE_NOOP, GuardroomError

FORMATS = ("curtois",)


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def _workers(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("must be between 1 and 64")
    return value


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    roster = sub.add_parser("roster", help="the duty-roster engine").add_subparsers(
        dest="roster_command", metavar="ACTION", required=True)
    solve = roster.add_parser("solve", parents=[common],
                              help="solve a rostering instance and write the roster")
    solve.add_argument("file", metavar="FILE", help="the instance")
    solve.add_argument("--format", choices=FORMATS, default="curtois",
                       help="instance format (default curtois: Curtois & Qu 2014)")
    solve.add_argument("--seconds", type=_seconds, default=10.0, metavar="N",
                       help="time budget in seconds (default 10)")
    solve.add_argument("--workers", type=_workers, default=2, metavar="W",
                       help="CP-SAT worker threads (default 2)")
    solve.add_argument("--seed", type=int, default=0, metavar="S", help="random seed")
    solve.add_argument("--deterministic", action="store_true",
                       help="repeatable result: --seconds counts CP-SAT's deterministic time")
    solve.add_argument("--out", metavar="ROSTER.txt", required=True,
                       help="where to write the roster (one line per employee)")
    check = roster.add_parser("check", parents=[common],
                              help="re-score a roster file against its instance")
    check.add_argument("file", metavar="FILE", help="the instance")
    check.add_argument("roster", metavar="ROSTER.txt")
    check.add_argument("--format", choices=FORMATS, default="curtois")


def _load(path: str):
    from app.roster import curtois

    try:
        return curtois.load(path)
    except curtois.FormatError as exc:
        raise GuardroomError(QT_TRANSLATE_NOOP(  # noqa: B904 - the message says it all
            "Cli", "{path} is not a rostering instance: {error}").with_(path=path, error=exc))


def cmd_solve(args, out) -> int:
    from app.roster import curtois
    from app.roster.solver import CancelToken, solve

    problem = _load(args.file)
    last = [0.0]

    def progress(best, bound, elapsed):
        if not out.as_json and elapsed - last[0] >= 5 and best is not None:
            last[0] = elapsed
            out.note(QT_TRANSLATE_NOOP("Cli", "{seconds} s: best {best}, bound {bound}").with_(
                seconds=round(elapsed), best=best, bound="—" if bound is None else bound))

    result = solve(problem, args.seconds, workers=args.workers, seed=args.seed,
                   progress=progress, cancel=CancelToken(), deterministic=args.deterministic)
    if result.roster is None:
        raise GuardroomError(QT_TRANSLATE_NOOP("Cli", "No roster found ({status}).").with_(
            status=result.status))
    curtois.write_roster(problem, result.roster, args.out)
    out.emit(QT_TRANSLATE_NOOP(
        "Cli", "Objective {objective} ({status}, bound {bound}, {seconds} s); "
               "roster written to {path}").with_(
        objective=result.objective, status=result.status,
        bound="—" if result.bound is None else result.bound,
        seconds=f"{result.wall_time:.1f}", path=args.out),
        objective=result.objective, status=result.status, bound=result.bound,
        seconds=round(result.wall_time, 3), feasible=result.report.feasible,
        violations=len(result.report.violations), out=str(args.out), instance=problem.name,
        cancelled=result.cancelled)
    return 0 if result.report.feasible else 1


def cmd_check(args, out) -> int:
    from app.roster import curtois
    from app.roster.validator import Validator

    problem = _load(args.file)
    try:
        roster = curtois.read_roster(problem, args.roster)
    except curtois.FormatError as exc:
        raise GuardroomError(QT_TRANSLATE_NOOP(  # noqa: B904
            "Cli", "{path} is not a roster of this instance: {error}").with_(
            path=args.roster, error=exc))
    report = Validator(problem).report(roster)
    for v in report.violations:
        out.emit(QT_TRANSLATE_NOOP("Cli", "{guard} day {day}: {rule} ({detail})").with_(
            guard=v.guard or "—", day="—" if v.day is None else v.day, rule=v.rule,
            detail=v.detail), guard=v.guard, day=v.day, rule=v.rule, detail=v.detail)
    out.emit(QT_TRANSLATE_NOOP("Cli", "Objective {objective}, {n} hard violations.").with_(
        objective=report.objective, n=len(report.violations)),
        objective=report.objective, violations=len(report.violations),
        feasible=report.feasible)
    return 0 if report.feasible else 1
