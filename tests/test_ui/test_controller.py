from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from clientbase.services.client_query import count_clients
from clientbase.ui import controller as controller_module
from clientbase.ui.controller import DEMO_CLIENTS, Controller
from clientbase.ui.first_start import FirstStartChoice, FirstStartDialog


@pytest.fixture
def demo_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "demo.sqlite"
    monkeypatch.setattr(controller_module, "demo_database_path", lambda: path)
    return path


def choose(monkeypatch: pytest.MonkeyPatch, choice: FirstStartChoice) -> list[str]:
    shown: list[str] = []

    def exec_(dialog: FirstStartDialog) -> int:
        shown.append(dialog.windowTitle())
        dialog.choice = choice
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", exec_)
    return shown


def close(controller: Controller) -> None:
    assert controller.window is not None
    controller.window.close()
    controller.window.workspace.close()


def test_first_start_on_an_empty_base_offers_the_demo_and_opens_it(
    qtbot, tmp_path, qsettings: QSettings, demo_path: Path, monkeypatch
) -> None:
    shown = choose(monkeypatch, FirstStartChoice.DEMO)
    controller = Controller(qsettings)
    assert controller.start(str(tmp_path / "mine.sqlite"), demo=False)
    assert len(shown) == 1
    assert controller.window is not None
    assert controller.window.workspace.db.path == demo_path
    assert count_clients(controller.window.workspace.db) == DEMO_CLIENTS
    controller.window.model.finish_loading()
    assert controller.window.model.rowCount() == DEMO_CLIENTS
    close(controller)


def test_the_offer_is_made_once_and_an_empty_start_stays_empty(
    qtbot, tmp_path, qsettings: QSettings, demo_path: Path, monkeypatch
) -> None:
    shown = choose(monkeypatch, FirstStartChoice.EMPTY)
    mine = str(tmp_path / "mine.sqlite")
    controller = Controller(qsettings)
    assert controller.start(mine, demo=False)
    assert controller.window is not None
    assert controller.window.model.rowCount() == 0
    close(controller)
    again = Controller(qsettings)
    assert again.start(mine, demo=False)
    assert len(shown) == 1
    assert not demo_path.exists()
    close(again)


def test_a_broken_base_is_reported_and_nothing_opens(
    qtbot, tmp_path, qsettings: QSettings, monkeypatch
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: messages.append(args[2]))
    assert Controller(qsettings).start(str(broken), demo=False) is False
    assert messages and "broken.sqlite" in messages[0]
