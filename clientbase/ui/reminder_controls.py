"""Reminders in the main window: the Today panel, the calendar, notifications, many at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from clientbase.errors import ClientBaseError
from clientbase.services.ics_export import export_ics
from clientbase.services.workspace import Workspace
from clientbase.ui.calendar_window import CalendarWindow
from clientbase.ui.file_places import dated_name, last_folder, remember_folder
from clientbase.ui.labels import error_text
from clientbase.ui.privacy_dialogs import export_permission
from clientbase.ui.record_dialogs import ReminderDialog
from clientbase.ui.reminder_notifier import ReminderNotifier
from clientbase.ui.today_panel import TodayPanel

DEFAULT_BIRTHDAY_LEAD = 3


class ReminderControls(QObject):
    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: QSettings,
        selected_ids: Callable[[], list[int]],
        open_card: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.selected_ids = selected_ids
        self.open_card = open_card
        self.calendar_window: CalendarWindow | None = None
        self.today = TodayPanel(workspace, self.birthday_lead_days(), window)
        self.today.changed.connect(self.reminders_changed)
        self.today.open_client.connect(open_card)
        self.today.calendar_requested.connect(self.show_calendar)
        self.notifier = ReminderNotifier(window, workspace)
        self.notifier.notified.connect(lambda _items: self.today.reload())

        def action(text: str, shortcut: str, slot: object) -> QAction:
            created = QAction(text, window)
            if shortcut:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            window.addAction(created)
            return created

        self.calendar_action = action(self.tr("&Calendar"), "Ctrl+K", self.show_calendar)
        self.remind_selected_action = action(
            self.tr("Add &reminder for selected…"), "Ctrl+R", self.remind_selected
        )
        self.lead_action = action(self.tr("Birthday &reminders…"), "", self.edit_birthday_lead)
        self.ics_action = action(
            self.tr("Export calendar for a &phone (.ics)…"), "", self.export_calendar
        )

    def birthday_lead_days(self) -> int:
        try:
            return int(
                str(self.settings.value("reminders/birthday_lead_days", DEFAULT_BIRTHDAY_LEAD))
            )
        except ValueError:
            return DEFAULT_BIRTHDAY_LEAD

    def edit_birthday_lead(self) -> None:
        days, accepted = QInputDialog.getInt(
            self.window,
            self.tr("Birthday reminders"),
            self.tr("Show birthdays this many days ahead:"),
            self.birthday_lead_days(),
            0,
            60,
        )
        if accepted:
            self.set_birthday_lead(days)

    def set_birthday_lead(self, days: int) -> None:
        self.settings.setValue("reminders/birthday_lead_days", days)
        self.today.birthday_lead_days = days
        self.today.reload()

    def show_calendar(self) -> None:
        if self.calendar_window is None:
            self.calendar_window = CalendarWindow(self.workspace, self.window)
            self.calendar_window.changed.connect(self.reminders_changed)
            self.calendar_window.open_client.connect(self.open_card)
        self.calendar_window.show()
        self.calendar_window.raise_()
        self.calendar_window.activateWindow()

    def reminders_changed(self) -> None:
        self.today.reload()
        if self.calendar_window is not None:
            self.calendar_window.reload()

    def remind_selected(self) -> int:
        """One reminder for every selected client («congratulate all VIP on 8 March»)."""
        ids = self.selected_ids()
        if not ids:
            return 0
        dialog = ReminderDialog(None, None, self.window)
        dialog.setWindowTitle(self.tr("Reminder for %n client(s)", "", len(ids)))
        while dialog.exec():
            try:
                count = self.workspace.reminders.add_for_clients(ids, dialog.value())
            except ClientBaseError as error:
                dialog.error.setText(error_text(error))
                dialog.error.show()
                continue
            self.reminders_changed()
            self.window.statusBar().showMessage(self.tr("%n reminder(s) added", "", count), 5000)
            return count
        return 0

    def export_calendar(self) -> Path | None:
        """Reminders and birthdays into an .ics file that a phone's calendar imports."""
        title = self.tr("Export calendar")
        allowed, password = export_permission(self.window, self.workspace.db, title)
        if not allowed:
            return None
        # Beside the client lists exported last, named for the day: the phone takes it by
        # mail or a cable, and yesterday's file is kept.
        offered = last_folder(self.settings, "export") / dated_name(
            self.tr("Reminders and birthdays"), ".ics"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(offered), self.tr("Calendar (*.ics)")
        )
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
        remember_folder(self.settings, "export", target)
        try:
            count = export_ics(self.workspace.db, target, password=password)
        except ClientBaseError as error:
            QMessageBox.warning(self.window, title, error_text(error))
            return None
        self.window.statusBar().showMessage(
            self.tr("%n event(s) exported to %1", "", count).replace("%1", target.name), 8000
        )
        return target

    def stop(self) -> None:
        self.notifier.stop()
        if self.calendar_window is not None:
            self.calendar_window.close()
