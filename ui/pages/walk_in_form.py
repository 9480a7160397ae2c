"""The walk-in registration form, keyboard first: Tab between fields, Enter saves, a failed
save keeps everything typed. The identity number is checked as it is typed — or a resident
ID card laid on the reader fills the form (number masked), leaving the host and purpose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.domain import CurrentUser
from app.visitors import directory, drafts, id_numbers, plates, registry
from ui.i18n import error_text, render
from ui.widgets import MessageLabel, Retranslating
from ui.worker import ServiceRunner


class CardBridge(QObject):
    """Carries a read card from the reader thread to the GUI thread (queued signal)."""

    card = Signal(object)


class WalkInForm(Retranslating, QGroupBox):
    registered = Signal(object)  # Outcome

    def __init__(self, ctx: AppContext, user: CurrentUser, runner: ServiceRunner,
                 parent: QWidget | None = None, cards=None):
        super().__init__(parent)
        self.ctx, self.user, self.runner = ctx, user, runner
        self.cards = cards  # the workstation's CardDesk: cards come here while the form shows
        self.card = None  # the IdCardEvent that filled the form
        self.bridge = CardBridge(self)
        self.bridge.card.connect(self.fill_from_card, Qt.ConnectionType.QueuedConnection)
        self.card_info = MessageLabel("notice")
        self.card_photo = QLabel(objectName="cardPhoto", visible=False)
        self.clear_card_button = QPushButton(objectName="clearCard", visible=False)
        self.clear_card_button.clicked.connect(self.clear_card)
        self.address = QLineEdit(objectName="visitorAddress")
        self.name = QLineEdit(objectName="visitorName")
        self.kind = QComboBox(objectName="documentKind")
        for kind in id_numbers.DocumentKind:
            self.kind.addItem("", kind.value)
        self.number = QLineEdit(objectName="documentNumber")
        self.number_hint = MessageLabel("error")
        self.phone = QLineEdit(objectName="visitorPhone")
        self.host_name = QLineEdit(objectName="hostName")
        self.host_department = QLineEdit(objectName="hostDepartment")
        self.purpose = QLineEdit(objectName="purpose")
        self.minutes = QSpinBox(objectName="expectedMinutes", minimum=5, maximum=24 * 60,
                                singleStep=15, value=60)
        self.companions = QSpinBox(objectName="companions", minimum=0, maximum=50)
        self.province = QComboBox(objectName="plateProvince")
        self.province.addItem("—", "")
        for char in plates.PROVINCES:
            self.province.addItem(char, char)
        self.plate = QLineEdit(objectName="plate")
        self.consent = QCheckBox(objectName="photoConsent")
        self.photo_button = QPushButton(objectName="takePhoto", enabled=False)
        self.photo_view = QLabel(objectName="photoPreview")
        self.photo_jpeg: bytes | None = None
        self.consent.toggled.connect(self._consent_changed)
        self.photo_button.clicked.connect(self.take_photo)
        self.save_button = QPushButton(objectName="registerVisit")
        self.slip_button = QPushButton(objectName="printSlip", enabled=False)
        self.last_visit = None
        self.message = MessageLabel("error")
        self.notice = MessageLabel("notice")

        plate_row = QHBoxLayout()
        plate_row.addWidget(self.province)
        plate_row.addWidget(self.plate, 1)
        self.labels = [QLabel() for _ in range(11)]
        form = QFormLayout()
        self.form_layout = form
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_photo)
        card_row.addWidget(self.card_info, 1)
        card_row.addWidget(self.clear_card_button)
        form.addRow(card_row)
        rows = (self.name, self.kind, self.number, self.address, self.phone, self.host_name,
                self.host_department, self.purpose, self.minutes, self.companions, plate_row)
        for label, field in zip(self.labels, rows):
            form.addRow(label, field)
            if field is self.number:
                form.addRow("", self.number_hint)
        self.apply_settings()
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.consent)
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_view)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(photo_row)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.save_button)
        layout.addWidget(self.slip_button)

        self.number.textEdited.connect(self._check_as_typed)
        self.kind.currentIndexChanged.connect(lambda _i: self._check_as_typed())
        self.province.activated.connect(self._province_chosen)
        self.save_button.clicked.connect(self.save)
        self.slip_button.clicked.connect(lambda: self.print_slip())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.save,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.name, self.kind)
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self._save_draft)
        for edit in self._text_fields():
            edit.textEdited.connect(lambda _t: self._draft_timer.start())
        self._restore_draft()
        self.runner.submit(directory.hosts, self.ctx, on_done=self._set_directory)
        self.retranslate()

    # --- the ID card reader ----------------------------------------------------------------

    def apply_settings(self) -> None:
        """Show the address row only where the admin lets a card fill it."""
        self.form_layout.setRowVisible(self.address, self.ctx.settings.visitors.card_fills_address)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.cards is not None:
            self.cards.claim(self.bridge.card.emit)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.cards is not None:
            self.cards.release(self.bridge.card.emit)
        super().hideEvent(event)

    def fill_from_card(self, card) -> None:
        """Name, number (shown masked, not editable), gender and birth date from the card;
        the address too where allowed. An expired card is flagged; a watchlisted person
        stops the guard at once."""
        self.card = card
        self.message.show_text("")
        self.notice.show_text("")
        self.name.setText(card.name)
        self.kind.setCurrentIndex(self.kind.findData(id_numbers.DocumentKind.RESIDENT_ID.value))
        self.number.setText(id_numbers.mask(card.id_number))
        self.number.setReadOnly(True)
        problem = id_numbers.validate_resident_id(card.id_number)
        self.number_hint.show_text(render(problem.message) if problem else "")
        if self.ctx.settings.visitors.card_fills_address:
            self.address.setText(card.address)
        self._show_card()
        self._show_card_photo(card)
        self.clear_card_button.setVisible(True)
        self.runner.submit(registry.screen_document, self.ctx, card.id_number,
                           on_done=self._screened)
        (self.purpose if self.host_name.text() else self.host_name).setFocus()

    def _show_card_photo(self, card) -> None:
        """The card's photo, only through the vendor's decoder plug-in (none: no photo)."""
        from hardware.id_card import photo_decoder

        decode = photo_decoder() if card.photo_wlt else None
        if decode is not None:
            self.runner.submit(decode, card.photo_wlt, on_done=self._card_photo,
                               on_error=lambda _e: None)

    def _card_photo(self, image: bytes) -> None:
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap()
        if self.card is not None and pixmap.loadFromData(image):
            self.card_photo.setPixmap(pixmap.scaledToHeight(96))
            self.card_photo.show()

    def _show_card(self) -> None:
        card = self.card
        if card is None:
            self.card_info.show_text("")
            return
        gender = {"male": self.tr("male"), "female": self.tr("female")}.get(card.gender, "—")
        birth = card.birth.isoformat() if card.birth else "—"
        text = self.tr("From the ID card: {0}, born {1}, {2}").format(gender, birth,
                                                                      card.nation or "—")
        if card.expired:
            text += "  " + self.tr("EXPIRED on {0}: ask for a valid document").format(
                card.valid_to.isoformat())
        self.card_info.set_kind("error" if card.expired else "notice")
        self.card_info.show_text(text)

    def _screened(self, watchlisted: bool) -> None:
        if watchlisted and self.card is not None:
            self.message.show_text(render(registry.WATCHLIST_STOP))

    def clear_card(self) -> None:
        self.card = None
        self.card_photo.clear()
        self.card_photo.hide()
        self.number.setReadOnly(False)
        for field in (self.name, self.number, self.address):
            field.clear()
        self.number_hint.show_text("")
        self.message.show_text("")
        self.clear_card_button.setVisible(False)
        self._show_card()
        self.name.setFocus()

    def _set_directory(self, hosts: list[directory.Host]) -> None:
        """Complete the host's name (which fills in the department) and the department."""
        from PySide6.QtWidgets import QCompleter

        self._departments = {h.person: h.department for h in hosts}
        for field, words in ((self.host_name, sorted({h.person for h in hosts})),
                             (self.host_department, sorted({h.department for h in hosts
                                                            if h.department}))):
            completer = QCompleter(words, field)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            field.setCompleter(completer)
        self.host_name.completer().activated.connect(self._host_chosen)

    def _host_chosen(self, person: str) -> None:
        department = getattr(self, "_departments", {}).get(person)
        if department and not self.host_department.text():
            self.host_department.setText(department)

    def _text_fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.number, self.phone, self.host_name, self.host_department,
                self.purpose, self.plate)

    def _save_draft(self) -> None:
        fields = {edit.objectName(): edit.text() for edit in self._text_fields()}
        if self.card is not None:  # a card is read again, never kept in a draft
            fields.update(visitorName="", documentNumber="")
        fields["documentKind"] = self.kind.currentData()
        self.runner.submit(drafts.save, self.ctx, fields)

    def _restore_draft(self) -> None:
        draft = drafts.load(self.ctx)
        for edit in self._text_fields():
            edit.setText(str(draft.get(edit.objectName(), "")))
        kind = self.kind.findData(draft.get("documentKind"))
        if kind >= 0:
            self.kind.setCurrentIndex(kind)
        if draft:
            self._check_as_typed()

    def _check_as_typed(self, _text: str = "") -> None:
        problem = None
        if self.kind.currentData() == id_numbers.DocumentKind.RESIDENT_ID:
            problem = id_numbers.partial_problem(self.number.text())
        self.number_hint.show_text(render(problem.message) if problem else "")

    def _consent_changed(self, agreed: bool) -> None:
        camera = self.ctx.settings.visitors.photo_camera
        self.photo_button.setEnabled(agreed and bool(camera))
        if not agreed:  # no consent, no photo
            self.photo_jpeg = None
            self.photo_view.clear()

    def take_photo(self) -> None:
        from hardware.snapshot import grab_still

        self.message.show_text("")
        self.runner.submit(grab_still, self.ctx.settings.visitors.photo_camera,
                           on_done=self._photo_taken, on_error=self._failed)

    def _photo_taken(self, jpeg: bytes) -> None:
        from PySide6.QtGui import QPixmap

        if not self.consent.isChecked():
            return
        self.photo_jpeg = jpeg
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg, "JPG")
        self.photo_view.setPixmap(pixmap.scaledToHeight(64))

    def _province_chosen(self, _index: int) -> None:
        char = self.province.currentData()
        text = plates.normalise(self.plate.text())
        if char:
            rest = text[1:] if text[:1] in plates.PROVINCES else text
            self.plate.setText(char + rest)
        self.plate.setFocus()

    def walk_in(self) -> registry.WalkIn:
        card = self.card
        return registry.WalkIn(
            name=self.name.text(), document_kind=self.kind.currentData(),
            document_number=card.id_number if card else self.number.text(),
            phone=self.phone.text(),
            host_name=self.host_name.text(), host_department=self.host_department.text(),
            purpose=self.purpose.text(), expected_minutes=self.minutes.value(),
            companions=self.companions.value(), plate=self.plate.text(),
            gender=card.gender if card else "",
            address=self.address.text() if self.ctx.settings.visitors.card_fills_address
            else "")

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        self.message.show_text("")
        photo = self.photo_jpeg if self.consent.isChecked() else None
        self.runner.submit(_register_with_photo, self.ctx, self.user, self.walk_in(), photo,
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome) -> None:
        self.save_button.setEnabled(True)
        self._draft_timer.stop()
        self.runner.submit(drafts.clear, self.ctx)
        for field in self._text_fields():
            field.clear()
        self.minutes.setValue(60)
        self.companions.setValue(0)
        self.consent.setChecked(False)
        self.clear_card()
        self.notice.show_text(self.tr("Registered: {0} ({1})").format(
            outcome.value.name, outcome.value.document_masked))
        self.name.setFocus()
        self.last_visit = outcome.value
        self.slip_button.setEnabled(True)
        self.registered.emit(outcome)

    def print_slip(self, printer=None) -> bool:
        """Print the last registered visitor's slip (to ``printer``, or one the guard picks)."""
        from ui import printing

        if self.last_visit is None:
            return False
        printer = printer or printing.choose_printer(self)
        if printer is None:
            return False
        text = registry.visit_pass(self.ctx, self.last_visit)
        photo = registry.photo(self.ctx, self.last_visit.id)
        printing.print_document(printing.slip_document(
            self.last_visit, text, self.ctx.settings.station.post, photo), printer)
        return True

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.notice.show_text("")
        self.message.show_text(error_text(error))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Walk-in visitor"))
        texts = (self.tr("Name"), self.tr("Document"), self.tr("Number"), self.tr("Address"),
                 self.tr("Phone"),
                 self.tr("Visiting"), self.tr("Department"), self.tr("Purpose"),
                 self.tr("Expected stay (minutes)"), self.tr("Companions"), self.tr("Vehicle"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        for i in range(self.kind.count()):
            kind = id_numbers.DocumentKind(self.kind.itemData(i))
            self.kind.setItemText(i, QCoreApplication.translate(
                "DocumentKind", id_numbers.DOCUMENT_LABELS[kind].text))
        self.plate.setPlaceholderText(self.tr("optional, e.g. 京A12345"))
        self.save_button.setText(self.tr("Register (Enter)"))
        self.slip_button.setText(self.tr("Print the visitor slip"))
        self.consent.setText(self.tr("The visitor agrees to a photo"))
        self.photo_button.setText(self.tr("Take photo"))
        self.clear_card_button.setText(self.tr("Clear card"))
        self.number.setPlaceholderText(self.tr("type it, or lay the ID card on the reader")
                                       if self.cards is not None and self.cards.url else "")
        self._show_card()
        self.photo_button.setToolTip("" if self.ctx.settings.visitors.photo_camera
                                     else self.tr("No photo camera is set in Settings"))


def _register_with_photo(ctx, user, walk_in, photo: bytes | None):
    """Register, then keep the photo the visitor agreed to (one background call)."""
    outcome = registry.register(ctx, user, walk_in)
    if photo is not None:
        registry.attach_photo(ctx, user, outcome.value.id, photo, consent=True)
    return outcome
