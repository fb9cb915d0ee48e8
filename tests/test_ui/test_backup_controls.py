"""Backups as the shop owner meets them: the menu, the warning bar, closing, restoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from clientbase.services.backups import list_backups, read_backup
from clientbase.services.client_query import count_clients
from clientbase.services.demo import fill_demo
from clientbase.services.workspace import Workspace
from clientbase.ui.backup_dialogs import (
    BackupSettingsDialog,
    CreateBackupDialog,
    RestoreDialog,
    load_schedule,
    save_schedule,
)
from clientbase.ui.controller import Controller
from clientbase.ui.main_window import MainWindow
from tests.conftest import SERVER, person


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def accept(monkeypatch: pytest.MonkeyPatch, dialog: type, fill: object = None) -> None:
    def exec_(self: object) -> int:
        if callable(fill):
            fill(self)
        return 1

    monkeypatch.setattr(dialog, "exec", exec_)


def test_a_new_base_warns_until_the_first_backup(
    qtbot, workspace: Workspace, db_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    fill_demo(workspace.db, workspace.settings, clients=15, seed=1)
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    assert window.backups.warning.isVisible()
    assert "No backup" in window.backups.warning.text.text()

    accept(monkeypatch, CreateBackupDialog)
    window.backups.backup_action.trigger()
    made = list_backups(db_path.parent / "backups", "base")
    assert len(made) == 1 and not made[0].automatic
    assert not window.backups.warning.isVisible()
    assert "Backup saved" in window.statusBar().currentMessage()


def test_closing_backs_up_a_changed_base_once(
    qtbot, workspace: Workspace, db_path: Path, qsettings: QSettings
) -> None:
    folder = db_path.parent / "backups"
    window = MainWindow(workspace, qsettings)
    window.close()
    assert [b.automatic for b in list_backups(folder)] == [True]
    window = MainWindow(workspace, qsettings)
    window.close()
    assert len(list_backups(folder)) == 1
    workspace.clients.create(person("Смирнова", "Анна"))
    window = MainWindow(workspace, qsettings)
    window.close()
    assert len(list_backups(folder)) == 2


@pytest.mark.sqlite_file
def test_an_encrypted_backup_from_the_dialog(
    qtbot, workspace: Workspace, tmp_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)

    def fill(dialog: CreateBackupDialog) -> None:
        dialog.folder.edit.setText(str(tmp_path / "stick"))
        dialog.password.first.setText("пароль")
        dialog.password.second.setText("пароль")

    accept(monkeypatch, CreateBackupDialog, fill)
    window.backups.backup_now()
    (made,) = list_backups(tmp_path / "stick")
    assert read_backup(made.path).encrypted


def test_differing_passwords_keep_the_dialog_open(qtbot, tmp_path: Path) -> None:
    dialog = CreateBackupDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.password.first.setText("один")
    dialog.password.second.setText("два")
    dialog.accept()
    assert dialog.result() == 0 and "differ" in dialog.problem.text()


@pytest.mark.sqlite_file
def test_an_unwritable_backup_folder_is_told_in_words(
    qtbot, workspace: Workspace, tmp_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    accept(monkeypatch, CreateBackupDialog, lambda d: d.folder.edit.setText(str(blocker / "b")))
    window.backups.backup_now()
    assert messages and "cannot be written" in messages[0]


def test_restore_from_the_menu_brings_the_old_base_back(
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    base = tmp_path / "shop.sqlite"
    controller = Controller(qsettings)
    qsettings.setValue("database/first_start_done", True)
    assert controller.start(str(base), demo=False)
    window = controller.window
    assert window is not None
    window.workspace.clients.create(person("Смирнова", "Анна"))
    accept(monkeypatch, CreateBackupDialog)
    window.backups.backup_now()
    (made,) = list_backups(tmp_path / "backups")
    window.workspace.clients.create(person("Петров", "Олег"))

    accept(monkeypatch, RestoreDialog)
    window.backups.restore_from(made.path)
    restored = controller.window
    assert restored is not None and restored is not window
    assert count_clients(restored.workspace.db) == 1
    assert "was restored" in messages[-1]
    assert list(tmp_path.glob("shop.before-restore-*.sqlite"))
    restored.close()


def test_a_broken_backup_is_refused_before_anything_changes(
    qtbot, workspace: Workspace, tmp_path: Path, qsettings: QSettings, messages
) -> None:
    fake = tmp_path / "backup.zip"
    fake.write_text("не архив", encoding="utf-8")
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.backups.restore_from(fake)
    assert messages and "not a ClientBase backup" in messages[0]


def test_a_second_start_on_the_same_base_is_refused_and_wakes_the_first(
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    base = str(tmp_path / "shop.sqlite")
    qsettings.setValue("database/first_start_done", True)
    first = Controller(qsettings)
    assert first.start(base, demo=False)
    assert first.window is not None
    woken: list[bool] = []
    monkeypatch.setattr(MainWindow, "bring_to_front", lambda self: woken.append(True))
    assert first.guard is not None
    first.guard.wake_requested.disconnect()
    first.guard.wake_requested.connect(lambda: woken.append(True))

    second = Controller(qsettings)
    assert second.start(base, demo=False) is False
    assert messages and "already open" in messages[0]
    qtbot.waitUntil(lambda: bool(woken), timeout=3000)

    first.window.close()
    third = Controller(qsettings)
    assert third.start(base, demo=False)
    assert third.window is not None
    third.window.close()


def test_check_database_reports_a_clean_base(
    qtbot, workspace: Workspace, qsettings: QSettings, messages
) -> None:
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.backups.check_action.trigger()
    assert messages == ["The database checked clean: no damage was found."]


def test_backup_settings_are_remembered(qtbot, qsettings: QSettings, tmp_path: Path) -> None:
    dialog = BackupSettingsDialog(load_schedule(qsettings), tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.folder.edit.setText(str(tmp_path / "usb"))
    dialog.every_hours.setValue(2)
    dialog.daily.setValue(3)
    dialog.on_exit.setChecked(False)
    save_schedule(qsettings, dialog.schedule())
    again = load_schedule(qsettings)
    assert again.folder == tmp_path / "usb"
    assert (again.every_hours, again.keep.daily, again.on_exit) == (2, 3, False)


@pytest.mark.skipif(not SERVER, reason="needs a PostgreSQL server")
def test_a_server_base_is_backed_up_and_restored_from_the_menu(
    qtbot, workspace: Workspace, tmp_path: Path, qsettings: QSettings, monkeypatch, messages
) -> None:
    qsettings.setValue("database/first_start_done", True)
    qsettings.setValue("backup/folder", str(tmp_path / "backups"))
    controller = Controller(qsettings)
    assert controller.start(workspace.db.url.render_as_string(hide_password=False), demo=False)
    window = controller.window
    assert window is not None and window.workspace.db.path is None
    window.workspace.clients.create(person("Смирнова", "Анна"))
    accept(monkeypatch, CreateBackupDialog)
    window.backups.backup_now()
    (made,) = list_backups(tmp_path / "backups")
    window.workspace.clients.create(person("Петров", "Олег"))

    accept(monkeypatch, RestoreDialog)
    window.backups.restore_from(made.path)
    assert controller.window is window  # the server base stays open, its records replaced
    assert count_clients(window.workspace.db) == 1
    assert "was restored" in messages[-1]
    window.close()
