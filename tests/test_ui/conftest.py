from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp: QApplication) -> None:
    """The English interface as a user sees it: with its plural forms («1 client», «3
    clients»), which the texts in the code write as «%n client(s)»."""
    from clientbase.ui.i18n import install_translations

    install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box nobody answers would block the test run for ever.

    pytest-qt closes every widget a test added when the test ends; a card left with typed
    changes then asks whether to save them. Unless a test answers itself (monkeypatching
    again), questions are answered Discard, which is neither Yes nor Save, and the other
    boxes are recorded and dismissed.
    """
    shown: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Discard

    def notice(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    def run(box: QMessageBox) -> int:  # a box with buttons of its own: none is pressed
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, notice)
    monkeypatch.setattr(QMessageBox, "exec", run)
    return shown


@pytest.fixture(autouse=True)
def export_options_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The export dialog, modal like a message box, is accepted as offered unless a test
    answers it itself (tests/test_ui/test_main_window.py: export_answering)."""
    from PySide6.QtWidgets import QDialog

    from clientbase.ui.export_dialog import ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


@pytest.fixture(autouse=True)
def opened_files(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the program handed to the system to open (an export, to Excel): recorded,
    not opened, so no test starts another program."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[Path] = []

    def record(url: QUrl) -> bool:
        opened.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return opened


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    """Settings in a file of the test's own, so no test sees another's remembered state."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def type_into(widget: QWidget, text: str) -> None:
    """Type text key by key, Cyrillic included (QTest.keyClicks handles only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
