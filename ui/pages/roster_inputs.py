"""The lead's inputs to the month, beside the roster grid: the guards' wishes, what each post
needs and runs, a big event's extra cover and temporary guards, and rotation templates. Each
is an undoable change of the draft's problem (saved with the draft); the guards' own terms and
their leave are kept with the guards (see guard_editor) and reach the draft from there."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.roster import drafting, events, rotation
from app.roster.model import Request, Roster
from ui.pages.guard_editor import GuardsTab, LeaveTab
from ui.widgets import MessageLabel, Retranslating, TranslatedDialog


class _DraftTab(Retranslating, QWidget):
    """A tab that edits the page's draft: ``page.model`` and ``page.apply_inputs``."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.labels: list[QLabel] = []
        self.form = QFormLayout()
        self.message = MessageLabel("notice")

    def _row(self, widget) -> None:
        label = QLabel()
        self.labels.append(label)
        self.form.addRow(label, widget)

    def _name_rows(self, texts) -> None:
        for label, text in zip(self.labels, texts):
            label.setText(text)

    def _fill_guards(self, combo: QComboBox) -> None:
        combo.clear()
        for g in self.page.model.guards:
            combo.addItem(f"{g.name} {g.id}", g.id)

    def _fill_shifts(self, combo: QComboBox, none: str | None = None) -> None:
        combo.clear()
        if none is not None:
            combo.addItem(none, None)
        for s in self.page.model.problem.shifts:
            combo.addItem(f"{s.id} {s.name}", s.id)

    def _fill_posts(self, combo: QComboBox, none: str | None = None) -> None:
        combo.clear()
        if none is not None:
            combo.addItem(none, None)
        for q in self.page.model.problem.posts:
            combo.addItem(q.name or q.id, q.id)


class RequestsTab(_DraftTab):
    """A guard's wish for a day: off, or to work (any shift or a given one); soft, weighted."""

    def __init__(self, page, parent=None):
        super().__init__(page, parent)
        self.list = QListWidget(objectName="requestList")
        self.guard = QComboBox(objectName="requestGuard")
        self.day = QSpinBox(objectName="requestDay", minimum=1, maximum=31)
        self.kind = QComboBox(objectName="requestKind")
        self.shift = QComboBox(objectName="requestShift")
        self.weight = QSpinBox(objectName="requestWeight", minimum=1, maximum=1000, value=3)
        self.add_button = QPushButton(objectName="addRequest", clicked=lambda: self.add())
        self.remove_button = QPushButton(objectName="removeRequest",
                                         clicked=lambda: self.remove())
        for part in (self.guard, self.day, self.kind, self.shift, self.weight):
            self._row(part)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.form)
        for part in (self.add_button, self.remove_button, self.message):
            layout.addWidget(part)
        self.retranslate()

    def refresh(self) -> None:
        problem = self.page.model.problem
        self._fill_guards(self.guard)
        self._fill_shifts(self.shift, self.tr("any shift"))
        self.day.setMaximum(problem.horizon)
        names = {g.id: g.name for g in problem.guards}
        self.list.clear()
        self.requests = sorted(problem.requests, key=lambda r: (r.day, r.guard))
        for r in self.requests:
            what = (self.tr("to work {0}").format(r.shift or self.tr("any shift")) if r.on
                    else self.tr("a day off"))
            self.list.addItem(self.tr("{0}, day {1}: {2} (weight {3})").format(
                names.get(r.guard, r.guard), r.day + 1, what, r.weight))

    def add(self) -> None:
        on = self.kind.currentIndex() == 1
        request = Request(self.guard.currentData(), self.day.value() - 1, on,
                          self.weight.value(), self.shift.currentData() if on else None)
        model = self.page.model
        self.page.apply_inputs(drafting.add_request(model.problem, request), model.roster,
                               self.tr("wish"))

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.requests):
            model = self.page.model
            self.page.apply_inputs(drafting.remove_request(model.problem, self.requests[row]),
                                   model.roster, self.tr("remove wish"))

    def retranslate(self) -> None:
        self._name_rows((self.tr("Guard"), self.tr("Day"), self.tr("Wish"), self.tr("Shift"),
                         self.tr("Weight")))
        self.kind.clear()
        self.kind.addItems([self.tr("A day off"), self.tr("To work")])
        self.add_button.setText(self.tr("Add the wish"))
        self.remove_button.setText(self.tr("Remove the selected wish"))


class PostsTab(_DraftTab):
    """What a post needs of its guards and which shifts it runs this month."""

    def __init__(self, page, parent=None):
        super().__init__(page, parent)
        self.post = QComboBox(objectName="postChoice")
        self.post.currentIndexChanged.connect(lambda _i: self._show())
        self.qualification = QComboBox(objectName="postQualification")
        self.shift_boxes = QHBoxLayout()
        self.boxes: dict[str, QCheckBox] = {}
        self.apply_button = QPushButton(objectName="applyPost", clicked=lambda: self.apply())
        self.rest = QSpinBox(objectName="minRest", minimum=0, maximum=24)
        self.rest_button = QPushButton(objectName="applyRest", clicked=lambda: self.apply_rest())
        for part in (self.post, self.qualification):
            self._row(part)
        holder = QWidget()
        holder.setLayout(self.shift_boxes)
        self._row(holder)
        self._row(self.rest)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.rest_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        problem = self.page.model.problem
        chosen = self.post.currentData()
        self.post.blockSignals(True)
        self._fill_posts(self.post)
        self.post.blockSignals(False)
        if chosen is not None and self.post.findData(chosen) >= 0:
            self.post.setCurrentIndex(self.post.findData(chosen))
        self.qualification.clear()
        self.qualification.addItem(self.tr("anyone"), None)
        for q in sorted({q.qualification for q in problem.posts if q.qualification}):
            self.qualification.addItem(q, q)
        if not self.boxes:
            for s in problem.shifts:
                self.boxes[s.id] = QCheckBox(f"{s.id} {s.name}", objectName=f"postShift_{s.id}")
                self.shift_boxes.addWidget(self.boxes[s.id])
        self.rest.setValue(drafting.min_rest(problem) // 60)
        self._show()

    def _show(self) -> None:
        post = next((q for q in self.page.model.problem.posts
                     if q.id == self.post.currentData()), None)
        if post is None:
            return
        self.qualification.setCurrentIndex(max(0, self.qualification.findData(
            post.qualification)))
        for sid, box in self.boxes.items():
            box.setChecked(not post.shifts or sid in post.shifts)

    def apply(self) -> None:
        shifts = frozenset(s for s, box in self.boxes.items() if box.isChecked())
        if not shifts:
            self.message.show_text(self.tr("A post runs at least one shift."))
            return
        model = self.page.model
        self.page.apply_inputs(drafting.set_post(model.problem, self.post.currentData(),
                                                 self.qualification.currentData(), shifts),
                               model.roster, self.tr("post"))

    def apply_rest(self) -> None:
        """The month's rule for everyone: at least so many hours between two shifts."""
        model = self.page.model
        self.page.apply_inputs(drafting.set_min_rest(model.problem, self.rest.value() * 60),
                               model.roster, self.tr("rest"))

    def retranslate(self) -> None:
        self._name_rows((self.tr("Post"), self.tr("Qualification needed"),
                         self.tr("Shifts it runs"),
                         self.tr("Rest between two shifts, at least (hours)")))
        self.apply_button.setText(self.tr("Apply to this month"))
        self.rest_button.setText(self.tr("Apply the rest rule to every guard"))


class EventTab(_DraftTab):
    """A big event: more guards at a post on chosen days and shift, and temporary guards
    who are available on those days only."""

    def __init__(self, page, parent=None):
        super().__init__(page, parent)
        self.first = QSpinBox(objectName="eventFirst", minimum=1, maximum=31)
        self.last = QSpinBox(objectName="eventLast", minimum=1, maximum=31)
        self.shift = QComboBox(objectName="eventShift")
        self.post = QComboBox(objectName="eventPost")
        self.extra = QSpinBox(objectName="eventExtra", minimum=1, maximum=50, value=2)
        self.temporary = QSpinBox(objectName="eventTemporary", minimum=0, maximum=60)
        self.temp_name = QLineEdit(objectName="eventTempName", maxLength=20)
        self.apply_button = QPushButton(objectName="applyEvent", clicked=lambda: self.apply())
        for part in (self.first, self.last, self.shift, self.post, self.extra, self.temporary,
                     self.temp_name):
            self._row(part)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        horizon = self.page.model.problem.horizon
        self.first.setMaximum(horizon)
        self.last.setMaximum(horizon)
        self._fill_shifts(self.shift)
        self._fill_posts(self.post)

    def apply(self) -> None:
        first, last = self.first.value() - 1, self.last.value() - 1
        if last < first:
            self.message.show_text(self.tr("The event ends before it starts."))
            return
        days = range(first, last + 1)
        model = self.page.model
        post_id = self.post.currentData()
        problem = events.raise_cover(model.problem, days, self.shift.currentData(), post_id,
                                     self.extra.value())
        post = next((q for q in problem.posts if q.id == post_id), None)
        quals = frozenset({post.qualification}) if post and post.qualification else frozenset()
        base = self.temp_name.text().strip() or self.tr("Temporary")
        names = [f"{base}{i + 1}" for i in range(self.temporary.value())]
        problem, added = events.add_temporary_guards(problem, names, days, quals)
        roster = Roster(dict(model.roster.shifts) | {g: (None,) * problem.horizon for g in added},
                        dict(model.roster.posts))  # their rows start as days off
        self.page.apply_inputs(problem, roster, self.tr("event"))
        self.message.show_text(self.tr("Cover raised on {0} days; {1} temporary guards added. "
                                       "Solve to staff it.").format(len(days), len(added)))

    def retranslate(self) -> None:
        self._name_rows((self.tr("First day"), self.tr("Last day"), self.tr("Shift"),
                         self.tr("Post"), self.tr("More guards"),
                         self.tr("Temporary guards to add"),
                         self.tr("Their name (numbered)")))
        self.apply_button.setText(self.tr("Apply the event"))


class TemplateTab(_DraftTab):
    """A rotation laid over a group of guards from a start day, as pins in the draft."""

    def __init__(self, page, parent=None):
        super().__init__(page, parent)
        self.rotation = QComboBox(objectName="templateRotation")
        self.guards = QListWidget(objectName="templateGuards")
        self.guards.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.start = QSpinBox(objectName="templateStart", minimum=1, maximum=31)
        self.post = QComboBox(objectName="templatePost")
        self.stagger = QCheckBox(objectName="templateStagger", checked=True)
        self.apply_button = QPushButton(objectName="applyTemplate", clicked=lambda: self.apply())
        for part in (self.rotation, self.start, self.post, self.stagger):
            self._row(part)
        layout = QVBoxLayout(self)
        layout.addWidget(self.guards, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.message)
        self.retranslate()

    def refresh(self) -> None:
        self.guards.clear()
        for g in self.page.model.guards:
            self.guards.addItem(f"{g.name} {g.id}")
        self.start.setMaximum(self.page.model.problem.horizon)
        self._fill_posts(self.post, self.tr("the guard's first post for the shift"))

    def apply(self) -> None:
        chosen = [self.page.model.guards[i.row()].id for i in self.guards.selectedIndexes()]
        if not chosen:
            self.message.show_text(self.tr("Choose the guards first."))
            return
        model = self.page.model
        rot = rotation.rotation(self.rotation.currentData())
        problem, roster = rotation.apply(model.problem, model.roster, sorted(chosen), rot,
                                         self.start.value() - 1, self.post.currentData(),
                                         self.stagger.isChecked())
        self.page.apply_inputs(problem, roster, self.tr("rotation"))
        self.message.show_text(self.tr("{0} guards pinned to the rotation.").format(len(chosen)))

    def retranslate(self) -> None:
        self._name_rows((self.tr("Rotation"), self.tr("From day"), self.tr("Post"),
                         self.tr("Stagger the guards")))
        names = {"ab_days": self.tr("A/B 12-hour: a day on, a day off"),
                 "ab_day_night": self.tr("A/B 12-hour: two days, two nights, two off"),
                 "day_night_off_off": self.tr("Day-night-off-off (白-夜-休-休)"),
                 "three_shift": self.tr("Three shifts: early, middle, night"),
                 "duty24_one_off": self.tr("24-hour duty: a day on, a day off (做一休一)"),
                 "duty24_two_off": self.tr("24-hour duty: a day on, two days off (做一休二)")}
        current = self.rotation.currentIndex()
        self.rotation.clear()
        for r in rotation.ROTATIONS:
            self.rotation.addItem(names.get(r.key, r.name), r.key)
        self.rotation.setCurrentIndex(max(0, current))
        self.apply_button.setText(self.tr("Apply the rotation"))


class RosterInputsDialog(TranslatedDialog):
    """Every input of the month in one window, beside the grid (not modal)."""

    def __init__(self, page, parent=None):
        super().__init__(parent or page)
        self.setObjectName("rosterInputs")
        self.page = page
        self.guards = GuardsTab(page.ctx, page.user, page.runner)
        self.leave = LeaveTab(page.ctx, page.user, page.runner)
        for tab in (self.guards, self.leave):
            tab.booked.connect(lambda _c: page.take_up_books())
        self.requests = RequestsTab(page)
        self.posts = PostsTab(page)
        self.event_tab = EventTab(page)
        self.template = TemplateTab(page)
        self.tabs = QTabWidget()
        for tab in (self.guards, self.leave, self.requests, self.posts, self.event_tab,
                    self.template):
            self.tabs.addTab(tab, "")
        QVBoxLayout(self).addWidget(self.tabs)
        self.resize(620, 640)
        self.retranslate()
        self.guards.load()
        self.leave.load()
        self.refresh()

    def refresh(self) -> None:
        """The draft changed (loaded, edited, undone): the month's tabs show it."""
        if self.page.model is None:
            return
        for tab in (self.requests, self.posts, self.event_tab, self.template):
            tab.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The month's inputs"))
        for i, text in enumerate((self.tr("Guards"), self.tr("Leave"), self.tr("Wishes"),
                                  self.tr("Posts"), self.tr("Event"), self.tr("Rotation"))):
            self.tabs.setTabText(i, text)
