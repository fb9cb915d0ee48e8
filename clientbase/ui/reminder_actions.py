"""What can be done with a reminder wherever it shows: done (a call is logged), snooze, edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from clientbase.db.enums import InteractionKind, ReminderKind
from clientbase.errors import ClientBaseError
from clientbase.services.calendar import CalendarItem
from clientbase.services.interactions import InteractionInput
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from clientbase.ui.dialog_parts import ok_cancel, stack
from clientbase.ui.formatting import date_format, from_qdatetime, to_qdatetime
from clientbase.ui.labels import error_text
from clientbase.ui.record_dialogs import ReminderDialog


class CallDoneDialog(QDialog):
    """After a call: how it went (into the client's history) and when to call next."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call done"))
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("e.g. thinks it over, call on Friday"))
        self.log = QCheckBox(self.tr("Write the call into the client's history"))
        self.log.setChecked(True)
        self.next_call = QCheckBox(self.tr("Call again on"))
        self.next_when = QDateTimeEdit()
        self.next_when.setCalendarPopup(True)
        self.next_when.setDisplayFormat(date_format() + " HH:mm")
        in_a_week = (datetime.now() + timedelta(days=7)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        self.next_when.setDateTime(to_qdatetime(in_a_week))
        self.next_when.setEnabled(False)
        self.next_call.toggled.connect(self.next_when.setEnabled)
        self.title = title
        form = QFormLayout()
        form.addRow(QLabel(title))
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.log)
        form.addRow(self.next_call, self.next_when)
        stack(self, form, ok_cancel(self))
        self.setMinimumWidth(460)

    def logged(self, when: datetime) -> InteractionInput | None:
        if not self.log.isChecked():
            return None
        return InteractionInput(when, InteractionKind.CALL, self.title, self.outcome.text().strip())

    def follow_up(self, client_id: int | None) -> ReminderInput | None:
        if not self.next_call.isChecked():
            return None
        return ReminderInput(
            from_qdatetime(self.next_when.dateTime()),
            ReminderKind.CALL,
            self.title,
            self.outcome.text().strip(),
            client_id=client_id,
        )


def complete_reminder(parent: QWidget, workspace: Workspace, reminder_id: int) -> bool:
    """Mark a reminder done; for a client's call, first ask how it went. True when done."""
    reminders = workspace.reminders
    record = reminders.get(reminder_id)
    now = datetime.now().replace(microsecond=0)
    if record.data.kind is ReminderKind.CALL and record.data.client_id is not None:
        dialog = CallDoneDialog(record.data.title, parent)
        if not dialog.exec():
            return False
        reminders.complete(
            reminder_id,
            now,
            logged=dialog.logged(now),
            follow_up=dialog.follow_up(record.data.client_id),
        )
        return True
    reminders.complete(reminder_id, now)
    return True


def snooze_choices(now: datetime) -> list[tuple[str, datetime]]:
    translate = QCoreApplication.translate
    tomorrow = (now + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    return [
        (
            translate("ReminderActions", "In an hour"),
            now.replace(microsecond=0) + timedelta(hours=1),
        ),
        (translate("ReminderActions", "Tomorrow at 10:00"), tomorrow),
        (translate("ReminderActions", "In a week"), tomorrow + timedelta(days=6)),
    ]


def snooze_menu(parent: QWidget, workspace: Workspace, reminder_id: int) -> QMenu:
    """A menu of «later» choices; choosing one snoozes the reminder and emits triggered."""
    menu = QMenu(parent)
    for text, until in snooze_choices(datetime.now()):
        action = menu.addAction(text)
        action.triggered.connect(
            lambda _checked=False, u=until: workspace.reminders.snooze(reminder_id, u)
        )
    return menu


def edit_reminder(
    parent: QWidget,
    workspace: Workspace,
    reminder_id: int | None,
    data: ReminderInput | None = None,
) -> bool:
    """Open the reminder dialog (a new one when `reminder_id` is None); True when saved."""
    existing = workspace.reminders.get(reminder_id).data if reminder_id else data
    client_id = existing.client_id if existing else None
    dialog = ReminderDialog(existing, client_id, parent)
    while dialog.exec():
        try:
            if reminder_id is None:
                workspace.reminders.add(dialog.value())
            else:
                workspace.reminders.update(reminder_id, dialog.value())
        except ClientBaseError as error:
            dialog.error.setText(error_text(error))
            dialog.error.show()
            continue
        return True
    return False


class ReminderButtons(QObject):
    """Done and Later for the reminder chosen in a list (the calendar, the Today panel)."""

    def __init__(
        self,
        owner: QWidget,
        workspace: Workspace,
        current: Callable[[], CalendarItem | None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.workspace = workspace
        self.current = current
        self.changed = changed
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.clicked.connect(self.complete)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.snooze)

    def _reminder_id(self) -> int | None:
        item = self.current()
        return item.reminder_id if item is not None else None

    def update(self) -> None:
        enabled = self._reminder_id() is not None
        self.done_button.setEnabled(enabled)
        self.later_button.setEnabled(enabled)

    def complete(self) -> None:
        reminder_id = self._reminder_id()
        if reminder_id is not None and complete_reminder(self.owner, self.workspace, reminder_id):
            self.changed()

    def snooze(self) -> None:
        reminder_id = self._reminder_id()
        if reminder_id is None:
            return
        menu = snooze_menu(self.owner, self.workspace, reminder_id)
        menu.triggered.connect(lambda _action: self.changed())
        menu.exec(self.later_button.mapToGlobal(QPoint(0, self.later_button.height())))
