"""Which base is open: start-up, the first-start offer, switching bases, the demo base."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from clientbase.db.open import open_database
from clientbase.errors import DatabaseError
from clientbase.paths import default_database_path, demo_database_path
from clientbase.services.client_query import count_clients
from clientbase.services.demo import fill_demo
from clientbase.services.workspace import Workspace
from clientbase.ui.first_start import FirstStartChoice, FirstStartDialog
from clientbase.ui.labels import database_error_text
from clientbase.ui.main_window import MainWindow

DEMO_CLIENTS = 300


class Controller:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None

    def start(self, db: str | None, demo: bool) -> bool:
        """Open the base to show first; False when there is none to show."""
        if demo:
            return self.open_demo()
        target = db or str(self.settings.value("database/last", "")) or str(default_database_path())
        workspace = self._open(target)
        if workspace is None:
            return False
        if not self.settings.value("database/first_start_done", False) and not count_clients(
            workspace.db
        ):
            self.settings.setValue("database/first_start_done", True)
            dialog = FirstStartDialog()
            dialog.exec()
            if dialog.choice is FirstStartChoice.DEMO:
                workspace.close()
                return self.open_demo()
        self._show(workspace)
        return True

    def open_path(self, path: str) -> None:
        workspace = self._open(path)
        if workspace is not None:
            self._show(workspace)

    def open_demo(self) -> bool:
        workspace = self._open(str(demo_database_path()))
        if workspace is None:
            return False
        if not count_clients(workspace.db):
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                fill_demo(workspace.db, workspace.settings, clients=DEMO_CLIENTS)
            finally:
                QGuiApplication.restoreOverrideCursor()
        self._show(workspace)
        return True

    def _open(self, target: str) -> Workspace | None:
        try:
            return Workspace(open_database(target))
        except DatabaseError as error:
            QMessageBox.critical(self.window, "ClientBase", database_error_text(error))
            return None

    def _show(self, workspace: Workspace) -> None:
        old = self.window
        window = MainWindow(workspace, self.settings)
        window.open_database_requested.connect(self.open_path)
        window.open_demo_requested.connect(self.open_demo)
        if workspace.db.path is not None:
            self.settings.setValue("database/last", str(Path(workspace.db.path)))
        self.window = window
        window.show()
        if old is not None:
            old.close()
            old.workspace.close()
            old.deleteLater()
