"""Privacy as the shop owner meets it: the password at start, the idle lock, export rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clientbase.services.base_lock import is_in_use
from clientbase.services.privacy import (
    ExportPolicy,
    check_password,
    read_privacy,
    set_password,
    set_privacy,
)
from clientbase.services.workspace import Workspace
from clientbase.ui.controller import Controller
from clientbase.ui.idle_lock import MINUTE_MS, _Cover
from clientbase.ui.main_window import MainWindow
from clientbase.ui.privacy_dialogs import NewPasswordDialog, PasswordPrompt, PrivacyDialog
from tests.conftest import person


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: shown.append(str(a[2])))
    return shown


@pytest.fixture
def window(qtbot, workspace: Workspace, qsettings: QSettings) -> MainWindow:
    clients = workspace.clients
    clients.create(person("Согласнова", "Анна", marketing_consent=True))
    clients.create(person("Молчунов", "Олег"))
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_password_prompt_stays_open_on_a_wrong_password(qtbot) -> None:
    prompt = PasswordPrompt("ClientBase", "Пароль:", lambda typed: typed == "верный")
    qtbot.addWidget(prompt)
    prompt.password.setText("неверный")
    prompt.accept()
    assert prompt.result() == 0 and prompt.problem.text() == "The password is wrong"
    prompt.password.setText("верный")
    prompt.accept()
    assert prompt.result() == 1


def test_a_protected_base_does_not_open_without_its_password(
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch
) -> None:
    from clientbase.db.open import open_database

    base = tmp_path / "shop.sqlite"
    database = open_database(base)
    set_password(database, "секрет")
    database.close()
    qsettings.setValue("database/first_start_done", True)
    asked: list[str] = []

    def refuse(prompt: PasswordPrompt) -> int:
        asked.append(prompt.windowTitle())
        return 0

    monkeypatch.setattr(PasswordPrompt, "exec", refuse)
    controller = Controller(qsettings)
    assert controller.start(str(base), demo=False) is False
    assert asked == ["ClientBase"] and controller.window is None
    assert not is_in_use(base)

    monkeypatch.setattr(PasswordPrompt, "exec", lambda prompt: 1)
    assert controller.start(str(base), demo=False)
    assert controller.window is not None
    controller.window.close()


def test_the_program_locks_itself_and_covers_every_window(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    db = window.workspace.db
    set_password(db, "секрет")
    set_privacy(db, 5, ExportPolicy.ALLOWED, "секрет")
    window.idle_lock.configure()
    assert window.idle_lock.timer.isActive()
    assert window.idle_lock.timer.interval() == 5 * MINUTE_MS

    seen: list[bool] = []

    def unlock(prompt: PasswordPrompt) -> int:
        covers = window.findChildren(_Cover)
        seen.append(bool(covers) and all(c.isVisible() for c in covers))
        assert not prompt.check("не тот") and prompt.check("секрет")
        return 1

    monkeypatch.setattr(PasswordPrompt, "exec", unlock)
    window.idle_lock.timer.timeout.emit()
    assert seen == [True]
    qtbot.waitUntil(lambda: not window.findChildren(_Cover))
    assert window.idle_lock.timer.isActive() and not window.idle_lock.is_locked


def test_without_a_password_there_is_no_lock(window: MainWindow) -> None:
    assert not window.idle_lock.timer.isActive()


def test_turned_off_exports_are_refused_before_a_file_is_chosen(
    window: MainWindow, monkeypatch, messages
) -> None:
    db = window.workspace.db
    set_password(db, "секрет")
    set_privacy(db, 0, ExportPolicy.DISABLED, "секрет")
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(True))
    window.export_action.trigger()
    assert asked == []
    assert messages == ["Exports and printing are turned off in the privacy settings"]


def test_a_mailing_list_leaves_out_clients_without_consent(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "mailing.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV for Excel (*.csv)")
    )
    window.mailing_action.trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert "Согласнова" in text and "Молчунов" not in text
    assert "1 client without consent to mailings left out" in window.statusBar().currentMessage()


def test_the_consent_filter_shows_clients_to_ask(window: MainWindow) -> None:
    consent = window.filters.consent
    consent.setCurrentIndex(consent.findData("missing"))
    window.model.finish_loading()
    names = [window.model.row(r).display_name for r in range(window.model.rowCount())]  # type: ignore[union-attr]
    assert names == ["Молчунов Олег"]


def test_setting_the_password_and_restrictions_from_the_dialogs(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    db = window.workspace.db
    first = NewPasswordDialog(db, window)
    qtbot.addWidget(first)
    first.new.first.setText("ключ-1")
    first.new.second.setText("ключ-1")
    first.accept()
    assert first.result() == 1 and check_password(db, "ключ-1")

    change = NewPasswordDialog(db, window)
    qtbot.addWidget(change)
    change.current.setText("не тот")
    change.new.first.setText("ключ-2")
    change.new.second.setText("ключ-2")
    change.accept()
    assert change.result() == 0 and change.problem.text() == "The password is wrong"

    dialog = PrivacyDialog(db, window)
    qtbot.addWidget(dialog)
    assert dialog.exports.isEnabled()
    dialog.lock_after.setValue(15)
    dialog.exports.setCurrentIndex(dialog.exports.findData("password"))
    monkeypatch.setattr("clientbase.ui.privacy_dialogs.ask_password", lambda *a: "ключ-1")
    dialog.accept()
    privacy = read_privacy(db)
    assert (privacy.lock_after_minutes, privacy.export_policy) == (15, ExportPolicy.PASSWORD)
