"""The dialogs of backups: make one, restore one, and the schedule of automatic ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbase.services.backup_rotation import KeepRule
from clientbase.services.backup_schedule import BackupSchedule
from clientbase.services.backups import BackupInfo
from clientbase.ui.dialog_parts import hint_label, ok_cancel, problem_label, stack
from clientbase.ui.formatting import format_datetime


def load_schedule(settings: QSettings) -> BackupSchedule:
    default = BackupSchedule()

    def number(key: str, fallback: int) -> int:
        try:
            return int(str(settings.value(key, fallback)))
        except ValueError:
            return fallback

    folder = str(settings.value("backup/folder", "") or "")
    return BackupSchedule(
        folder=Path(folder) if folder else None,
        every_hours=number("backup/every_hours", default.every_hours),
        on_exit=str(settings.value("backup/on_exit", default.on_exit)).lower() == "true",
        warn_after_days=number("backup/warn_after_days", default.warn_after_days),
        keep=KeepRule(
            latest=number("backup/keep_latest", default.keep.latest),
            daily=number("backup/keep_daily", default.keep.daily),
            weekly=number("backup/keep_weekly", default.keep.weekly),
            monthly=number("backup/keep_monthly", default.keep.monthly),
        ),
    )


def save_schedule(settings: QSettings, schedule: BackupSchedule) -> None:
    settings.setValue("backup/folder", str(schedule.folder) if schedule.folder else "")
    settings.setValue("backup/every_hours", schedule.every_hours)
    settings.setValue("backup/on_exit", schedule.on_exit)
    settings.setValue("backup/warn_after_days", schedule.warn_after_days)
    settings.setValue("backup/keep_latest", schedule.keep.latest)
    settings.setValue("backup/keep_daily", schedule.keep.daily)
    settings.setValue("backup/keep_weekly", schedule.keep.weekly)
    settings.setValue("backup/keep_monthly", schedule.keep.monthly)


class FolderField(QWidget):
    """A folder path with a «Choose…» button."""

    def __init__(self, path: Path | None, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(path) if path else "")
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(360)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(choose)

    def _choose(self) -> None:
        start = self.edit.text() or self.edit.placeholderText()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.edit.setText(folder)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class PasswordPair(QWidget):
    """A new password typed twice; empty means none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("password")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("password_again")
        self.second.setPlaceholderText(self.tr("repeat the password"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.first)
        layout.addWidget(self.second)

    def password(self) -> str | None:
        return self.first.text() or None

    def matches(self) -> bool:
        return self.first.text() == self.second.text()


class CreateBackupDialog(QDialog):
    """Where to put a backup made by hand, and an optional password."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create backup"))
        self.folder = FolderField(folder, str(folder))
        self.password = PasswordPair()
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Password (optional):"), self.password)
        hint = hint_label(
            self.tr(
                "A backup with a password can only be restored with it. "
                "Keep the password safe: it cannot be recovered."
            )
        )
        stack(self, form, hint, self.problem, ok_cancel(self, self.tr("Create backup")))

    def accept(self) -> None:
        if not self.password.matches():
            self.problem.setText(self.tr("The two passwords differ"))
            return
        super().accept()

    def chosen_folder(self) -> Path:
        return self.folder.path() or Path(self.folder.edit.placeholderText())


class RestoreDialog(QDialog):
    """What a backup holds, its password if it has one, and the last word before restoring."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        counts = info.counts
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(info.path.name))
        form.addRow(self.tr("Made:"), QLabel(format_datetime(info.created_at)))
        form.addRow(self.tr("Base:"), QLabel(info.base_name))
        form.addRow(self.tr("Clients:"), QLabel(f"{counts.get('clients', 0):n}"))
        form.addRow(self.tr("In archive:"), QLabel(f"{counts.get('archived_clients', 0):n}"))
        form.addRow(self.tr("Purchases:"), QLabel(f"{counts.get('purchases', 0):n}"))
        form.addRow(self.tr("Reminders:"), QLabel(f"{counts.get('reminders', 0):n}"))
        form.addRow(self.tr("Program version:"), QLabel(info.program_version))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if info.encrypted:
            form.addRow(self.tr("Password:"), self.password)
        warning = hint_label(
            self.tr(
                "The base open now will be replaced by this backup. A copy of it is kept "
                "beside the base first, so this step can be undone."
            )
        )
        stack(self, form, warning, ok_cancel(self, self.tr("Restore")))
        self.setMinimumWidth(460)


class BackupSettingsDialog(QDialog):
    """The schedule of automatic backups."""

    def __init__(
        self, schedule: BackupSchedule, default_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup settings"))
        self.folder = FolderField(schedule.folder, str(default_folder))
        self.every_hours = self._spin(schedule.every_hours, 0, 168, self.tr("off"))
        self.every_hours.setSuffix(self.tr(" h"))
        self.on_exit = QCheckBox(self.tr("Make a backup when the program closes"))
        self.on_exit.setChecked(schedule.on_exit)
        self.warn_after = self._spin(schedule.warn_after_days, 0, 365, self.tr("never"))
        self.warn_after.setSuffix(self.tr(" days"))
        self.latest = self._spin(schedule.keep.latest, 1, 100)
        self.daily = self._spin(schedule.keep.daily, 0, 366)
        self.weekly = self._spin(schedule.keep.weekly, 0, 260)
        self.monthly = self._spin(schedule.keep.monthly, 0, 240)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Every (while open):"), self.every_hours)
        form.addRow("", self.on_exit)
        form.addRow(self.tr("Warn when the last backup is older than:"), self.warn_after)
        form.addRow(self.tr("Keep the latest backups:"), self.latest)
        form.addRow(self.tr("Keep daily backups:"), self.daily)
        form.addRow(self.tr("Keep weekly backups:"), self.weekly)
        form.addRow(self.tr("Keep monthly backups:"), self.monthly)
        hint = hint_label(
            self.tr(
                "Choose a USB stick or a synced folder (Yandex Disk, OneDrive) to keep backups "
                "away from this computer. Backups made by hand are never deleted."
            )
        )
        stack(self, form, hint, ok_cancel(self))

    @staticmethod
    def _spin(value: int, low: int, high: int, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        if special:
            spin.setSpecialValueText(special)
        return spin

    def schedule(self) -> BackupSchedule:
        return BackupSchedule(
            folder=self.folder.path(),
            every_hours=self.every_hours.value(),
            on_exit=self.on_exit.isChecked(),
            warn_after_days=self.warn_after.value(),
            keep=KeepRule(
                latest=self.latest.value(),
                daily=self.daily.value(),
                weekly=self.weekly.value(),
                monthly=self.monthly.value(),
            ),
        )
