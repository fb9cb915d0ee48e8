"""File → Connect to server, Move this base to a server, and the table kept fresh from it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from clientbase.errors import ClientBaseError, OperationCancelled
from clientbase.services.server_bases import ServerAddress, move_to_server
from clientbase.services.server_passwords import remember
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.labels import error_text
from clientbase.ui.server_dialog import ServerDialog

REFRESH_KEY = "server/refresh_seconds"
DEFAULT_REFRESH_SECONDS = 30


def refresh_seconds(settings: QSettings) -> int:
    try:
        return max(0, int(str(settings.value(REFRESH_KEY, DEFAULT_REFRESH_SECONDS))))
    except ValueError:
        return DEFAULT_REFRESH_SECONDS


def with_password(dialog: ServerDialog) -> str:
    """The dialog's URL with its password, to connect with; kept in the keyring if asked.

    Where this computer has no keyring, the dialog's parent window is told so in its status
    bar: the password will be asked for again at the next start."""
    address = dialog.address()
    password = dialog.password.text()
    if password and dialog.remember.isChecked() and not remember(address.url(), password):
        parent = dialog.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(
                QApplication.translate(
                    "ServerControls",
                    "This computer has no password keyring: the password will be asked for "
                    "again next time.",
                ),
                15000,
            )
    return address.url(password)


class ServerControls(QObject):
    open_requested = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        settings: QSettings,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.connect_action = QAction(self.tr("Connect to &server…"), window)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.move_action = QAction(self.tr("&Move this base to a server…"), window)
        self.move_action.triggered.connect(self.move_base)
        self.move_action.setEnabled(workspace.db.path is not None)
        # Others' changes on a shared base show up without anyone pressing F5.
        self.timer = QTimer(self)
        self._refresh = refresh
        self.timer.timeout.connect(self._refresh_if_idle)
        self._start_timer(refresh_seconds(settings))

    def apply_refresh(self, seconds: int) -> None:
        """A new interval from the settings window: kept, and used from now on."""
        self.settings.setValue(REFRESH_KEY, seconds)
        self._start_timer(seconds)

    def _start_timer(self, seconds: int) -> None:
        self.timer.stop()
        if self.workspace.db.path is None and seconds > 0:
            self.timer.start(seconds * 1000)

    def _refresh_if_idle(self) -> None:
        if not self.window.isVisible() or QApplication.activeModalWidget() is not None:
            return
        try:
            self._refresh()
        except Exception as error:  # a timer slot must never take the window down
            # The server is out of reach (the network, a restart): the list keeps what it
            # showed, the status bar says why, and the next tick tries again.
            self.window.statusBar().showMessage(
                self.tr(
                    "The server cannot be reached; the list shows what was read last (%1)"
                ).replace("%1", str(getattr(error, "orig", error)).splitlines()[0])
            )

    def ask(
        self, title: str, explanation: str, known: ServerAddress | None = None
    ) -> ServerDialog | None:
        dialog = ServerDialog(title, explanation, known, self.window)
        return dialog if dialog.exec() else None

    def connect_to_server(self) -> None:
        dialog = self.ask(
            self.tr("Connect to server"),
            self.tr(
                "Open the shop's base on a PostgreSQL server, shared by every PC of the shop. "
                "Ask whoever set the server up for these details."
            ),
        )
        if dialog is not None:
            self.open_requested.emit(with_password(dialog))

    def move_base(self) -> None:
        dialog = self.ask(
            self.tr("Move this base to a server"),
            self.tr(
                "Every client, purchase, reminder and the whole history are copied into an "
                "empty database on the server and counted on both sides. This file stays as "
                "it is."
            ),
        )
        if dialog is None:
            return
        target = with_password(dialog)
        try:
            counts = run_with_progress(
                self.window,
                self.tr("Copying the base to the server…"),
                lambda progress: move_to_server(self.workspace.db, target, progress),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(self.window, dialog.windowTitle(), error_text(error))
            return
        answer = QMessageBox.question(
            self.window,
            dialog.windowTitle(),
            self.tr(
                "The base is on the server: %1 clients, %2 purchases, %3 history entries. "
                "Open it from there now? Other PCs connect with File → Connect to server."
            )
            .replace("%1", str(counts.get("client", 0)))
            .replace("%2", str(counts.get("purchase", 0)))
            .replace("%3", str(counts.get("audit_entry", 0))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.open_requested.emit(target)
