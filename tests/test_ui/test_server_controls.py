"""File → Connect to server and Move this base to a server, as the window offers them."""

import pytest
from PySide6.QtWidgets import QMessageBox

from clientbase.services.server_bases import ServerAddress
from clientbase.services.workspace import Workspace
from clientbase.ui.main_window import MainWindow
from clientbase.ui.server_dialog import ServerDialog
from tests.conftest import SERVER, person


@pytest.fixture
def window(qtbot, workspace: Workspace, qsettings) -> MainWindow:
    workspace.clients.create(person("Зайцева", "Ольга"))
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    return window


def fill(dialog: ServerDialog, address: ServerAddress, password: str = "") -> int:
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(password)
    dialog.remember.setChecked(False)
    dialog.accept()
    return dialog.result()


def test_the_server_dialog_needs_a_server_and_a_database(qtbot) -> None:
    dialog = ServerDialog("Connect", "")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text()
    assert fill(dialog, ServerAddress("db.shop.local", 5433, "shop", "anna"), "секрет") == 1
    assert dialog.address().url("секрет").startswith("postgresql+psycopg://anna:")
    assert ServerAddress.of(dialog.address().url()) == ServerAddress(
        "db.shop.local", 5433, "shop", "anna"
    )


def test_connect_asks_where_and_opens_that_base(window: MainWindow, monkeypatch) -> None:
    where = ServerAddress("server.shop", 5432, "shop", "kassa")
    monkeypatch.setattr(ServerDialog, "exec", lambda d: fill(d, where, "pw"))
    opened: list[str] = []
    window.open_database_requested.connect(opened.append)
    window.server.connect_action.trigger()
    assert opened == ["postgresql+psycopg://kassa:pw@server.shop:5432/shop"]


@pytest.mark.skipif(not SERVER, reason="needs a PostgreSQL server")
def test_move_copies_the_base_to_the_server_and_offers_to_open_it(
    qtbot, tmp_path, qsettings, monkeypatch
) -> None:
    from clientbase.db.open import open_database
    from tests.server_bases import drop_base, empty_base

    shop = Workspace(open_database(tmp_path / "shop.sqlite"))  # a file, whatever the suite runs on
    shop.clients.create(person("Зайцева", "Ольга"))
    window = MainWindow(shop, qsettings)
    qtbot.addWidget(window)
    url = empty_base(SERVER)
    address = ServerAddress.of(url)
    assert address is not None
    monkeypatch.setattr(ServerDialog, "exec", lambda d: fill(d, address))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    opened: list[str] = []
    window.open_database_requested.connect(opened.append)
    try:
        window.server.move_action.trigger()
        assert opened and opened[0].endswith(address.database)
    finally:
        window.close()
        shop.close()
        drop_base(SERVER, address.database)


def test_the_keyring_password_is_used_when_the_url_has_none(qtbot, monkeypatch, qsettings) -> None:
    from clientbase.ui import controller

    kept = {"kassa@server.shop:5432/shop": "kept-pw"}
    monkeypatch.setattr(controller, "recall", lambda url: kept.get(url.split("//")[1]))
    bare = "postgresql+psycopg://kassa@server.shop:5432/shop"
    assert controller.Controller._server_target(bare) == (
        "postgresql+psycopg://kassa:kept-pw@server.shop:5432/shop"
    )
    other = "postgresql+psycopg://anna@server.shop:5432/shop"
    assert controller.Controller._server_target(other) == other  # libpq may still find one
    given = "postgresql+psycopg://kassa:typed@server.shop:5432/shop"
    assert controller.Controller._server_target(given) == given


def test_a_server_out_of_reach_is_told_in_the_status_bar(
    qtbot, workspace: Workspace, qsettings, monkeypatch
) -> None:
    from clientbase.ui.server_controls import ServerControls

    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()

    def unreachable() -> None:
        raise ConnectionError("connection refused\nmore detail")

    controls = ServerControls(window, workspace, qsettings, unreachable)
    controls._refresh_if_idle()
    assert "connection refused" in window.statusBar().currentMessage()
    window.hide()
    controls._refresh = lambda: pytest.fail("a hidden window does not refresh")
    controls._refresh_if_idle()


def test_a_password_this_computer_cannot_keep_is_said_so(window: MainWindow, monkeypatch) -> None:
    from clientbase.ui import server_controls

    monkeypatch.setattr(server_controls, "remember", lambda _url, _password: False)
    where = ServerAddress("server.shop", 5432, "shop", "kassa")

    def answer(dialog: ServerDialog) -> int:
        fill(dialog, where, "pw")
        dialog.remember.setChecked(True)
        return 1

    monkeypatch.setattr(ServerDialog, "exec", answer)
    window.server.connect_action.trigger()
    assert "keyring" in window.statusBar().currentMessage()
