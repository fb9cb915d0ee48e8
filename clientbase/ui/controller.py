"""Which base is open: start-up, the first-start offer, switching bases, the demo base."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from clientbase.db.open import open_database
from clientbase.errors import ClientBaseError, DatabaseError, OperationCancelled
from clientbase.paths import default_database_path, demo_database_path
from clientbase.services.backups import restore_backup
from clientbase.services.client_query import count_clients
from clientbase.services.demo import fill_demo
from clientbase.services.privacy import check_password, read_privacy
from clientbase.services.server_bases import (
    ServerAddress,
    has_password,
    restore_server,
    without_password,
)
from clientbase.services.server_passwords import recall
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.first_start import FirstStartChoice, FirstStartDialog
from clientbase.ui.labels import database_error_text, error_text
from clientbase.ui.main_window import MainWindow
from clientbase.ui.preferences import load_settings
from clientbase.ui.privacy_dialogs import PasswordPrompt
from clientbase.ui.server_controls import with_password
from clientbase.ui.server_dialog import ServerDialog
from clientbase.ui.single_instance import BaseGuard

DEMO_CLIENTS = 300
translate = QCoreApplication.translate


class Controller:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.guard: BaseGuard | None = None
        self.pending_guard: BaseGuard | None = None

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

    def restore(self, backup: str, password: str) -> None:
        """Replace the open base by a backup, then show it; on failure show the base as it was."""
        window, guard = self.window, self.guard
        if window is None:
            return
        if window.workspace.db.path is None:
            self._restore_server(window, Path(backup), password)
            return
        db_file = window.workspace.db.path
        window.backups.skip_exit_backup = True
        window.workspace.close()
        message = None
        try:
            aside = run_with_progress(
                window,
                translate("Controller", "Restoring the backup…"),
                lambda progress: restore_backup(
                    Path(backup), db_file, password=password or None, progress=progress
                ),
            )
        except OperationCancelled:
            aside = None
        except ClientBaseError as error:
            message = error_text(error)
            aside = None
        try:
            workspace = Workspace(open_database(db_file), load_settings(self.settings))
        except DatabaseError as error:
            QMessageBox.critical(window, "ClientBase", database_error_text(error))
            return
        self._show(workspace, guard)
        if message is not None:
            QMessageBox.warning(
                self.window, translate("Controller", "Restore from backup"), message
            )
        elif aside is not None and self.window is not None:
            QMessageBox.information(
                self.window,
                translate("Controller", "Restore from backup"),
                translate(
                    "Controller", "The backup was restored. The base as it was is kept in %1"
                ).replace("%1", str(aside)),
            )

    def _restore_server(self, window: MainWindow, backup: Path, password: str) -> None:
        """A server base stays open: its records are replaced in one transaction."""
        title = translate("Controller", "Restore from backup")
        try:
            aside = run_with_progress(
                window,
                translate("Controller", "Restoring the backup…"),
                lambda progress: restore_server(
                    backup, window.workspace.db, password=password or None, progress=progress
                ),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(window, title, error_text(error))
            return
        window.refresh()
        QMessageBox.information(
            window,
            title,
            translate(
                "Controller", "The backup was restored. The base as it was is kept in %1"
            ).replace("%1", str(aside.path)),
        )

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

    @staticmethod
    def _server_target(target: str) -> str:
        """A server URL with the password the keyring keeps for it, if the URL has none.

        Without either, libpq may still find one ($PGPASSWORD, pgpass) or need none; the
        person is asked only when the server refuses."""
        address = ServerAddress.of(target)
        if address is None or has_password(target):
            return target
        password = recall(address.url())
        return address.url(password) if password else target

    def _ask_server(self, address: ServerAddress | None) -> str | None:
        dialog = ServerDialog(
            translate("Controller", "Connect to server"),
            translate("Controller", "Enter the password for the base on the server."),
            address,
            self.window,
        )
        return with_password(dialog) if dialog.exec() else None

    def _open(self, target: str) -> Workspace | None:
        """Open a base and take its lock (self.pending_guard); None when it cannot be shown."""
        if "://" in target:
            return self._open_server(target)
        guard = None
        if "://" not in target:
            path = Path(target).expanduser().resolve()
            if self.window is not None and self.window.workspace.db.path == path:
                self.window.bring_to_front()
                return None
            guard = BaseGuard(path)
            try:
                guard.acquire()
            except DatabaseError as error:
                QMessageBox.information(self.window, "ClientBase", database_error_text(error))
                return None
        try:
            workspace = Workspace(open_database(target), load_settings(self.settings))
        except DatabaseError as error:
            if guard is not None:
                guard.release()
            QMessageBox.critical(self.window, "ClientBase", database_error_text(error))
            return None
        if not self._unlock(workspace):
            workspace.close()
            if guard is not None:
                guard.release()
            return None
        self.pending_guard = guard
        return workspace

    def _open_server(self, target: str | None) -> Workspace | None:
        """Connect; a refused password is asked for again, until right or given up."""
        while target is not None:
            target = self._server_target(target)
            try:
                workspace = Workspace(open_database(target), load_settings(self.settings))
            except DatabaseError as error:
                QMessageBox.critical(self.window, "ClientBase", database_error_text(error))
                if "password" not in error.detail:
                    return None
                target = self._ask_server(ServerAddress.of(target))
                continue
            if not self._unlock(workspace):
                workspace.close()
                return None
            self.pending_guard = None
            return workspace
        return None

    def _unlock(self, workspace: Workspace) -> bool:
        """Ask for the base's password, when it has one; False when the person gives up."""
        if not read_privacy(workspace.db).has_password:
            return True
        prompt = PasswordPrompt(
            "ClientBase",
            translate("Controller", "The base «%1» is protected. Enter the password:").replace(
                "%1", workspace.db.name
            ),
            lambda typed: check_password(workspace.db, typed),
            self.window,
        )
        return bool(prompt.exec())

    def _show(self, workspace: Workspace, guard: BaseGuard | None = None) -> None:
        old = self.window
        guard = guard or self.pending_guard
        self.pending_guard = None
        window = MainWindow(workspace, self.settings)
        window.open_database_requested.connect(self.open_path)
        window.open_demo_requested.connect(self.open_demo)
        window.restore_requested.connect(self.restore)
        if guard is not None:
            guard.owner = window
            guard.wake_requested.connect(window.bring_to_front)
            window.closed.connect(lambda: guard.release_for(window))
        if workspace.db.path is not None:
            self.settings.setValue("database/last", str(Path(workspace.db.path)))
        else:  # reconnects at the next start; the password stays in the keyring, if anywhere
            self.settings.setValue("database/last", without_password(workspace.db.url))
        self.window = window
        self.guard = guard
        window.show()
        if old is not None:
            old.close()
            old.workspace.close()
            old.deleteLater()
