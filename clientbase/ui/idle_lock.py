"""Locking the program after some idle minutes, until the password is typed again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from clientbase.db.database import Database
from clientbase.services.privacy import check_password, read_privacy
from clientbase.ui.privacy_dialogs import PasswordPrompt

MINUTE_MS = 60_000
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class _Cover(QWidget):
    """An opaque sheet over a window while locked, so no client shows through.

    Covering, rather than hiding, keeps an open client card and its unsaved edits alive.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        text = QLabel(self.tr("ClientBase is locked"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    """Watches the person's input; after the base's idle minutes, covers every window."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.is_locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.configure()

    def configure(self) -> None:
        """Read the idle minutes again (after the privacy settings changed)."""
        privacy = read_privacy(self.db)
        self.timer.stop()
        if privacy.has_password and privacy.lock_after_minutes > 0:
            self.timer.setInterval(privacy.lock_after_minutes * MINUTE_MS)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive() and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.is_locked = True
        covers = [
            _Cover(widget)
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and not isinstance(widget, _Cover)
        ]
        self.locked.emit()
        prompt = PasswordPrompt(
            self.tr("ClientBase is locked"),
            self.tr("The program locked itself after a pause. Enter the password to go on."),
            lambda typed: check_password(self.db, typed),
            self.window,
        )
        try:
            while not prompt.exec():
                if QApplication.activeModalWidget() is None:
                    self.window.close()
                    return
        finally:
            for cover in covers:
                cover.deleteLater()
            self.is_locked = False
        self.unlocked.emit()
        self.configure()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
