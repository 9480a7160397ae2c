"""Beside the roster grid: why a cell is as it is (the rules and costs touching it, and the
guards who could take its shift, best first), and the cover of every post and shift."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.roster.model import Problem, Roster
from app.roster.rules import rule_name
from app.roster.validator import Validator
from ui.i18n import render
from ui.widgets import Retranslating, read_only_table

CANDIDATES = 8


def candidates(validator: Validator, roster: Roster, guard: str, day: int):
    """Guards off that day who could take ``guard``'s shift there, best first: (hard rules
    the move adds, change in penalty, guard id)."""
    shift, post = roster.cell(guard, day)
    if shift is None:
        return []
    problem = validator.problem
    before = _local(validator, roster, (guard,), day)
    ranked = []
    for other in problem.guards:
        if other.id == guard or roster.shift(other.id, day) is not None:
            continue
        if problem.posts and post not in problem.allowed_posts(other):
            continue
        moved = roster.with_cell(guard, day, None).with_cell(other.id, day, shift, post)
        after = _local(validator, moved, (guard, other.id), day)
        before_other = _local(validator, roster, (other.id,), day, cover=False)
        broken = len(after.violations) - len(before.violations) - len(before_other.violations)
        delta = after.objective - before.objective - before_other.objective
        ranked.append((broken, delta, other.id))
    return sorted(ranked)[:CANDIDATES]


def _local(validator: Validator, roster: Roster, guards, day: int, cover: bool = True):
    from app.roster.validator import Report

    report = Report()
    for g in guards:
        report.extend(validator.guard_report(roster, g))
    if cover:
        report.extend(validator.cover_report(roster, day))
    return report


class WhyPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(objectName="whyTitle", wordWrap=True)
        self.reasons = QListWidget(objectName="whyReasons")
        self.others_title = QLabel()
        self.others = QListWidget(objectName="whyCandidates")
        layout = QVBoxLayout(self)
        for part in (self.title, self.reasons, self.others_title, self.others):
            layout.addWidget(part)
        self.retranslate()

    def explain(self, validator: Validator, roster: Roster, guard: str, day: int) -> None:
        names = {g.id: g.name for g in validator.problem.guards}
        why = validator.explain(roster, guard, day)
        shift = why.shift or self.tr("off")
        self.title.setText(self.tr("{0}, day {1}: {2}").format(names.get(guard, guard),
                                                               day + 1, shift))
        self.reasons.clear()
        for v in why.violations:
            self.reasons.addItem(f"✖ {render(rule_name(v.rule))}：{v.detail}")
        for p in why.penalties:
            self.reasons.addItem(f"△ {render(rule_name(p.rule))} −{p.cost} {p.detail}")
        for note in why.notes:
            self.reasons.addItem(f"• {note}")
        if not (why.violations or why.penalties or why.notes):
            self.reasons.addItem(self.tr("No rule or cost touches this cell."))
        self.others.clear()
        for broken, delta, other in candidates(validator, roster, guard, day):
            flag = (self.tr("{0} more hard rules broken").format(broken) if broken > 0
                    else self.tr("no new broken rule"))
            self.others.addItem(f"{names.get(other, other)} {other}: {flag}, "
                                f"{'+' if delta >= 0 else ''}{delta}")

    def retranslate(self) -> None:
        self.others_title.setText(self.tr("Who could take this shift (best first)"))


class CoverageTable(QWidget):
    """Per post and shift, per day: guards planned against the preferred number (red: below
    the hard minimum, amber: below preferred)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = read_only_table(1, "coverage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_cover(self, problem: Problem, roster: Roster) -> None:
        keys = sorted({(c.post, c.shift) for c in problem.cover}, key=str)
        posts = {q.id: q.name for q in problem.posts}
        counts: dict[tuple[int, str, str | None], int] = {}
        for _g, day, shift, post in roster.cells():
            if shift is not None:
                counts[(day, shift, post)] = counts.get((day, shift, post), 0) + 1
        cover = {(c.day, c.shift, c.post): c for c in problem.cover}
        self.table.setColumnCount(problem.horizon)
        self.table.setRowCount(len(keys))
        self.table.setVerticalHeaderLabels([f"{posts.get(p, p or '')} {s}" for p, s in keys])
        self.table.setHorizontalHeaderLabels([str(d + 1) for d in range(problem.horizon)])
        for row, (post, shift) in enumerate(keys):
            for day in range(problem.horizon):
                c = cover.get((day, shift, post))
                n = counts.get((day, shift, post), 0)
                item = QTableWidgetItem(f"{n}/{c.preferred}" if c else str(n))
                if c and n < c.minimum:
                    item.setBackground(QColor("#f8c4c4"))
                elif c and n < c.preferred:
                    item.setBackground(QColor("#fde9c4"))
                self.table.setItem(row, day, item)
        self.table.resizeColumnsToContents()
