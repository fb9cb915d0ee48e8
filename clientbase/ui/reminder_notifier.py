"""While the program runs: a notification when a reminder's time comes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSystemTrayIcon

from clientbase.services.calendar import CalendarItem, reminders_between
from clientbase.services.workspace import Workspace

CHECK_MS = 30_000
LISTED = 3


class ReminderNotifier(QObject):
    """Checks every half minute; shows the tray's message, or a window where there is no tray."""

    notified = Signal(list)

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.last_check = datetime.now()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip("ClientBase")
            self.tray.messageClicked.connect(self._bring_up)
            self.tray.activated.connect(lambda _reason: self._bring_up())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _bring_up(self) -> None:
        bring = getattr(self.window, "bring_to_front", None)
        if callable(bring):
            bring()

    def check(self, now: datetime | None = None) -> list[CalendarItem]:
        """Tell about the reminders whose time came since the last check."""
        now = now or datetime.now()
        items = reminders_between(self.workspace.db, self.last_check, now)
        self.last_check = now
        if items:
            self.notify(items)
        return items

    def notify(self, items: list[CalendarItem]) -> None:
        lines = [
            f"{item.when:%H:%M} {item.title}"
            + (f" — {item.client_name}" if item.client_name else "")
            for item in items[:LISTED]
        ]
        if len(items) > LISTED:
            lines.append(self.tr("and %n more", "", len(items) - LISTED))
        title = self.tr("Reminder", "", len(items))
        if self.tray is not None:
            self.tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Information, title, "\n".join(lines), parent=self.window
            )
            box.setModal(False)
            box.show()
        self.notified.emit(items)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
