"""Backups in the main window: the menu actions, the automatic schedule and the warning bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clientbase.errors import BackupError, ClientBaseError, OperationCancelled
from clientbase.services.backup_schedule import default_backup_folder, overdue_backup
from clientbase.services.backups import create_backup, needs_backup, read_backup
from clientbase.services.maintenance import check_base, repair_base
from clientbase.services.server_bases import back_up_server, server_backup_folder
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.backup_dialogs import (
    BackupSettingsDialog,
    CreateBackupDialog,
    RestoreDialog,
    load_schedule,
    save_schedule,
)
from clientbase.ui.formatting import format_date
from clientbase.ui.labels import error_text

HOUR_MS = 3600 * 1000


class BackupWarning(QFrame):
    """A yellow bar over the table while the last backup is too old."""

    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_warning")
        self.setStyleSheet(
            "#backup_warning { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        button = QPushButton(self.tr("Create backup now"))
        button.clicked.connect(self.backup_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)
        self.hide()


class BackupControls(QObject):
    """Everything about backups that the main window offers, on the base it shows."""

    restore_requested = Signal(str, str)

    def __init__(self, window: QMainWindow, workspace: Workspace, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.schedule = load_schedule(settings)
        self.skip_exit_backup = False
        self.warning = BackupWarning()
        self.warning.backup_requested.connect(self.backup_now)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.automatic_backup)

        def action(text: str, slot: object) -> QAction:
            created = QAction(text, window)
            created.triggered.connect(slot)
            return created

        self.backup_action = action(self.tr("Create &backup…"), self.backup_now)
        self.restore_action = action(self.tr("&Restore from backup…"), self.choose_restore)
        self.settings_action = action(self.tr("Backup &settings…"), self.edit_settings)
        self.check_action = action(self.tr("&Check and repair database…"), self.check_database)
        # A server base is backed up and restored by hand; the schedule is the file's.
        self.settings_action.setEnabled(workspace.db.path is not None)
        self._apply_schedule()

    @property
    def db_file(self) -> Path | None:
        return self.workspace.db.path

    def folder(self) -> Path | None:
        """Where backups go; for a server base, made by hand only, the folder chosen or the
        user's data folder."""
        if self.db_file is None:
            return self.schedule.folder or server_backup_folder()
        return self.schedule.folder_for(self.db_file)

    def summary(self) -> str:
        """The schedule in one sentence, for the settings window."""
        folder = self.folder()
        if folder is None or self.db_file is None:
            return self.tr(
                "A base on a server is backed up by hand (File → Create backup…), to %1."
            ).replace("%1", str(folder))
        if not self.schedule.every_hours and not self.schedule.on_exit:
            return self.tr("Automatic backups are off. Backups made by hand go to %1.").replace(
                "%1", str(folder)
            )
        if not self.schedule.every_hours:
            text = self.tr("On closing the program, to %1.")
        elif self.schedule.on_exit:
            text = self.tr("Every %2 h while the program is open and on closing, to %1.")
        else:
            text = self.tr("Every %2 h while the program is open, to %1.")
        return text.replace("%1", str(folder)).replace("%2", str(self.schedule.every_hours))

    def _apply_schedule(self) -> None:
        self.timer.stop()
        if self.db_file is not None and self.schedule.every_hours > 0:
            self.timer.start(self.schedule.every_hours * HOUR_MS)
        self.update_warning()

    def update_warning(self) -> None:
        if self.db_file is None:
            self.warning.hide()
            return
        overdue = overdue_backup(self.schedule, self.db_file)
        if overdue is None:
            self.warning.hide()
            return
        if overdue.last is None:
            text = self.tr("No backup of this base has been made yet.")
        else:
            text = self.tr("The last backup of this base was made on %1.").replace(
                "%1", format_date(overdue.last.date())
            )
        self.warning.text.setText(
            text + " " + self.tr("A failed disk or a stolen computer would take every client.")
        )
        self.warning.show()

    # --- making backups ----------------------------------------------------------------------

    def backup_now(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        dialog = CreateBackupDialog(folder, self.window)
        if not dialog.exec():
            return
        target = dialog.chosen_folder()
        password = dialog.password.password()
        try:
            info = run_with_progress(
                self.window,
                self.tr("Making a backup…"),
                lambda progress: (create_backup if self.db_file else back_up_server)(
                    self.workspace.db, target, password=password, progress=progress
                ),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(self.window, self.tr("Create backup"), error_text(error))
            return
        self.update_warning()
        self.window.statusBar().showMessage(
            self.tr("Backup saved: %1").replace("%1", str(info.path)), 10000
        )

    def automatic_backup(self) -> bool:
        """A quiet backup by the schedule; False (and a status message) when it failed."""
        folder = self.folder()
        if folder is None or self.db_file is None:
            return True
        try:
            if not needs_backup(self.workspace.db, folder):
                return True
            create_backup(self.workspace.db, folder, automatic=True, keep=self.schedule.keep)
        except ClientBaseError as error:
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: %1").replace("%1", error_text(error))
            )
            self.update_warning()
            return False
        self.update_warning()
        return True

    def backup_on_exit(self) -> None:
        """On closing: a backup with a progress bar if the base changed since the last one."""
        folder = self.folder()
        if (
            self.skip_exit_backup
            or folder is None
            or self.db_file is None
            or not self.schedule.on_exit
        ):
            return
        self.timer.stop()
        try:
            if not needs_backup(self.workspace.db, folder):
                return
            run_with_progress(
                self.window,
                self.tr("Making a backup…"),
                lambda progress: create_backup(
                    self.workspace.db,
                    folder,
                    automatic=True,
                    keep=self.schedule.keep,
                    progress=progress,
                ),
            )
        except OperationCancelled:
            return
        except ClientBaseError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Automatic backup"),
                self.tr("The backup on closing failed: %1").replace("%1", error_text(error)),
            )

    # --- restoring ---------------------------------------------------------------------------

    def choose_restore(self) -> None:
        folder = self.folder()
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(folder or Path.home()),
            self.tr("ClientBase backups (*.zip);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        try:
            info = read_backup(path)
        except BackupError as error:
            QMessageBox.warning(self.window, self.tr("Restore from backup"), error_text(error))
            return
        dialog = RestoreDialog(info, self.window)
        if dialog.exec():
            self.restore_requested.emit(str(path), dialog.password.text())

    # --- settings and checks -----------------------------------------------------------------

    def edit_settings(self) -> None:
        if self.db_file is None:
            return
        dialog = BackupSettingsDialog(
            self.schedule, default_backup_folder(self.db_file), self.window
        )
        if dialog.exec():
            self.schedule = dialog.schedule()
            save_schedule(self.settings, self.schedule)
            self._apply_schedule()

    def check_database(self) -> None:
        title = self.tr("Check database")
        found = run_with_progress(
            self.window, self.tr("Checking the database…"), lambda _p: check_base(self.workspace.db)
        )
        if found.ok:
            QMessageBox.information(
                self.window, title, self.tr("The database checked clean: no damage was found.")
            )
            return
        details = "\n".join((found.integrity + found.foreign_keys)[:20])
        answer = QMessageBox.warning(
            self.window,
            title,
            self.tr(
                "The check found damage:\n%1\n\nRepair now? Indexes are rebuilt from the data; "
                "nothing is deleted. If the damage stays, restore the latest backup."
            ).replace("%1", details),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        repaired = run_with_progress(
            self.window,
            self.tr("Repairing the database…"),
            lambda _p: repair_base(self.workspace.db),
        )
        if repaired.ok:
            QMessageBox.information(self.window, title, self.tr("The database was repaired."))
        else:
            QMessageBox.critical(
                self.window,
                title,
                self.tr("The damage could not be repaired. Restore the latest backup."),
            )
