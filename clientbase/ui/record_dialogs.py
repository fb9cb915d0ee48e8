"""Small dialogs of the card: a history entry (call, meeting, note) and a reminder."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientbase.db.enums import InteractionKind, Recurrence, ReminderKind
from clientbase.errors import ValidationError
from clientbase.services.interactions import InteractionInput
from clientbase.services.reminders import ReminderInput
from clientbase.ui.formatting import (
    date_format,
    from_qdate,
    from_qdatetime,
    to_qdate,
    to_qdatetime,
)
from clientbase.ui.labels import error_text, label


def _combo(values: list[InteractionKind] | list[ReminderKind] | list[Recurrence]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def show_error(self, error: ValidationError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    @staticmethod
    def _when() -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format() + " HH:mm")
        return edit


class InteractionDialog(_FormDialog):
    def __init__(self, data: InteractionInput | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History entry"), parent)
        data = data or InteractionInput(datetime.now(), InteractionKind.CALL)
        self.when = self._when()
        self.when.setDateTime(to_qdatetime(data.happened_at))
        self.kind = _combo(list(InteractionKind))
        self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.text = QPlainTextEdit(data.text)
        self.outcome = QLineEdit(data.outcome)
        self.outcome.setPlaceholderText(self.tr("e.g. will call back on Friday"))
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("What was said"), self.text)
        self.form.addRow(self.tr("Outcome"), self.outcome)

    def value(self) -> InteractionInput:
        return InteractionInput(
            from_qdatetime(self.when.dateTime()),
            InteractionKind(self.kind.currentData()),
            self.text.toPlainText().strip(),
            self.outcome.text().strip(),
        )


class ReminderDialog(_FormDialog):
    def __init__(
        self, data: ReminderInput | None, client_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Reminder"), parent)
        tomorrow = (datetime.now() + timedelta(days=1)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        data = data or ReminderInput(tomorrow, ReminderKind.CALL, "", client_id=client_id)
        self.client_id = data.client_id
        self.when = self._when()
        self.when.setDateTime(to_qdatetime(data.due_at))
        self.kind = _combo(list(ReminderKind))
        self.kind.setCurrentIndex(self.kind.findData(data.kind.value))
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("e.g. Call about the new collection"))
        self.recurrence = _combo(list(Recurrence))
        self.recurrence.setCurrentIndex(self.recurrence.findData(data.recurrence.value))
        self.until_set = QCheckBox(self.tr("until"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_format())
        self.until.setDate(
            to_qdate(data.repeat_until or (data.due_at + timedelta(days=365)).date())
        )
        self.until_set.setChecked(data.repeat_until is not None)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.recurrence, 1)
        repeat_row.addWidget(self.until_set)
        repeat_row.addWidget(self.until)
        self.recurrence.currentIndexChanged.connect(self._repeat_changed)
        self.until_set.toggled.connect(self._repeat_changed)
        self.note = QPlainTextEdit(data.note)
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("What to do"), self.title)
        self.form.addRow(self.tr("Repeat"), repeat_row)
        self.form.addRow(self.tr("Note"), self.note)
        self._repeat_changed()

    def _repeat_changed(self) -> None:
        repeating = self.recurrence.currentData() != Recurrence.NONE.value
        self.until_set.setEnabled(repeating)
        self.until.setEnabled(repeating and self.until_set.isChecked())

    def value(self) -> ReminderInput:
        return ReminderInput(
            from_qdatetime(self.when.dateTime()),
            ReminderKind(self.kind.currentData()),
            self.title.text().strip(),
            self.note.toPlainText().strip(),
            Recurrence(self.recurrence.currentData()),
            self.client_id,
            from_qdate(self.until.date()) if self.until.isEnabled() else None,
        )
