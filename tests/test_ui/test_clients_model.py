from datetime import date

from PySide6.QtCore import QLocale

from clientbase.services.client_query import ClientQuery, SortKey, find_client_ids
from clientbase.services.demo import fill_demo
from clientbase.services.workspace import Workspace
from clientbase.ui.clients_model import COLUMNS, FIRST_SCREEN, PAGE_SIZE, ClientsModel
from tests.conftest import person


def test_a_long_list_shows_its_first_screen_then_the_rest(qtbot, workspace: Workspace) -> None:
    fill_demo(workspace.db, workspace.settings, clients=450, today=date(2026, 11, 22))
    model = ClientsModel(workspace)
    loaded = []
    model.loaded.connect(lambda: loaded.append(model.rowCount()))

    model.refresh()
    assert model.rowCount() == FIRST_SCREEN and not model.is_complete

    qtbot.waitUntil(lambda: model.is_complete, timeout=2000)
    assert loaded == [450]
    assert [model.client_id(r) for r in range(450)] == find_client_ids(workspace.db, ClientQuery())


def test_rows_far_down_are_read_when_asked_for(qtbot, workspace: Workspace) -> None:
    fill_demo(workspace.db, workspace.settings, clients=450, today=date(2026, 11, 22))
    model = ClientsModel(workspace)
    model.set_query(ClientQuery(sort=SortKey.TOTAL_SPENT, descending=True))
    model.finish_loading()
    last = model.row(449)
    first = model.row(0)
    assert last is not None and first is not None
    assert first.total_spent >= last.total_spent
    name_column = COLUMNS.index(SortKey.NAME)
    text = model.data(model.index(PAGE_SIZE + 3, name_column))
    row = model.row(PAGE_SIZE + 3)
    assert row is not None and text.removeprefix("★ ") == row.display_name


def test_a_newer_query_makes_the_pending_rest_moot(qtbot, workspace: Workspace) -> None:
    fill_demo(workspace.db, workspace.settings, clients=300, today=date(2026, 11, 22))
    model = ClientsModel(workspace)
    model.refresh()
    model.set_query(ClientQuery(search="зайцев"))
    qtbot.wait(50)
    expected = find_client_ids(workspace.db, ClientQuery(search="зайцев"))
    assert [model.client_id(r) for r in range(model.rowCount())] == expected


def test_the_birthday_column_writes_dates_as_the_window_does(qtbot, workspace: Workspace) -> None:
    # The tests' window is American: 05.03.1980 would read there as the 3rd of May.
    workspace.clients.create(person("Smith", "Jane", birthday="05.03.1980"))
    workspace.clients.create(person("Doe", "John", birthday="14.03"))
    model = ClientsModel(workspace)
    model.refresh()
    model.finish_loading()
    column = COLUMNS.index(SortKey.BIRTHDAY)
    shown = sorted(model.data(model.index(row, column)) for row in range(model.rowCount()))
    assert shown == ["3/14", "3/5/1980"]
    QLocale.setDefault(QLocale("en_GB"))  # the British write 05/03/1980
    try:
        british = ClientsModel(workspace)
        british.refresh()
        british.finish_loading()
        shown = sorted(british.data(british.index(row, column)) for row in range(2))
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert shown == ["05/03/1980", "14/03"]
