from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from clientbase.db.enums import ClientStatus
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from clientbase.ui.clients_model import COLUMNS
from clientbase.ui.import_dialog import ImportDialog
from clientbase.ui.main_window import MainWindow
from tests.conftest import person
from tests.test_ui.conftest import type_into


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    clients = workspace.clients
    petrov = clients.create(person("Петров", "Пётр", phones=("8 916 123-45-67",), city="Москва"))
    clients.create(person("Петрова", "Анна", city="Тула", status=ClientStatus.REGULAR))
    ivanov = clients.create(person("Иванов", "Иван", emails=("ivanov@mail.ru",), city="Москва"))
    workspace.purchases.add(petrov, PurchaseInput(date(2026, 1, 5), total=Decimal("1500")))
    workspace.purchases.add(ivanov, PurchaseInput(date(2026, 3, 5), total=Decimal("99000")))
    return workspace


@pytest.fixture
def window(qtbot, shop: Workspace, qsettings: QSettings) -> MainWindow:
    window = MainWindow(shop, qsettings)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    model.finish_loading()
    return [model.row(r).display_name for r in range(model.rowCount())]  # type: ignore[union-attr]


def type_search(qtbot, window: MainWindow, text: str) -> None:
    window.filters.search.clear()
    type_into(window.filters.search, text)
    window.filters.flush()


def test_the_window_lists_clients_by_name_and_counts_them(window: MainWindow) -> None:
    assert shown_names(window) == ["Иванов Иван", "Петров Пётр", "Петрова Анна"]
    assert "3" in window.counts.text()


def test_typing_in_the_search_box_filters_the_table(qtbot, window: MainWindow) -> None:
    type_search(qtbot, window, "ПЁТР")
    assert shown_names(window) == ["Петров Пётр", "Петрова Анна"]
    type_search(qtbot, window, "916 123")
    assert shown_names(window) == ["Петров Пётр"]
    type_search(qtbot, window, "нет такого")
    assert shown_names(window) == []
    assert window.counts.text().startswith(window.tr("Shown: %1 of %2 clients")[:5])


def test_the_search_applies_by_itself_after_a_pause(qtbot, window: MainWindow) -> None:
    type_into(window.filters.search, "иванов")
    qtbot.waitUntil(lambda: shown_names(window) == ["Иванов Иван"], timeout=2000)


def test_filter_by_city_and_status(window: MainWindow) -> None:
    window.filters.city.setCurrentIndex(window.filters.city.findData("Москва"))
    assert shown_names(window) == ["Иванов Иван", "Петров Пётр"]
    window.filters.reset()
    window.filters.status.setCurrentIndex(window.filters.status.findData("regular"))
    assert shown_names(window) == ["Петрова Анна"]


def test_clicking_a_column_header_sorts_by_it(window: MainWindow) -> None:
    total_column = COLUMNS.index(COLUMNS[6])
    window.table.sortByColumn(total_column, Qt.SortOrder.DescendingOrder)
    assert shown_names(window) == ["Иванов Иван", "Петров Пётр", "Петрова Анна"]
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_names(window)[0] == "Петрова Анна"


def test_delete_key_archives_the_selected_client(qtbot, window: MainWindow) -> None:
    window.table.selectRow(1)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert shown_names(window) == ["Иванов Иван", "Петрова Анна"]
    window.filters.archive.setCurrentIndex(1)
    assert shown_names(window) == ["Петров Пётр"]
    window.table.selectRow(0)
    window.restore_action.trigger()
    assert shown_names(window) == []


def test_shift_delete_removes_the_selected_tagged_clients_for_good(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    # Deleting any client with a tag failed with an error, the clients before it in the
    # selection gone already.
    clients = window.workspace.clients
    for client_id in find_client_ids(window.workspace.db, ClientQuery()):
        data = clients.get(client_id).data
        clients.update(client_id, replace(data, tags=["опт", data.last_name]))
    window.refresh()
    assert window.filters.tag.findData("Петрова") >= 0
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    window.table.selectRow(1)
    window.table.selectionModel().select(
        window.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)

    assert shown_names(window) == ["Иванов Иван"]
    window.filters.archive.setCurrentIndex(1)
    assert shown_names(window) == []  # not archived: gone
    tags = [window.filters.tag.itemData(i) for i in range(1, window.filters.tag.count())]
    assert tags == ["Иванов", "опт"]


def test_filters_columns_and_sort_are_remembered(qtbot, shop, qsettings: QSettings) -> None:
    first = MainWindow(shop, qsettings)
    qtbot.addWidget(first)
    first.filters.city.setCurrentIndex(first.filters.city.findData("Тула"))
    first.table.horizontalHeader().setSectionHidden(2, True)
    first.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(shop, qsettings)
    qtbot.addWidget(second)
    assert second.filters.city.currentData() == "Тула"
    assert second.table.horizontalHeader().isSectionHidden(2)
    assert second.model.query.descending is True
    assert shown_names(second) == ["Петрова Анна"]


def test_enter_in_the_search_goes_to_the_first_client_and_enter_opens_it(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(window, "_open_card", opened.append)
    window.activateWindow()
    window.filters.search.setFocus()
    type_into(window.filters.search, "иванов")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert opened == []
    assert window.selected_ids() and window.table.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert window.workspace.clients.get(opened[0]).display_name == "Иванов Иван"


def test_delete_while_typing_a_search_edits_the_text_and_archives_nothing(
    qtbot, window: MainWindow
) -> None:
    window.table.selectRow(0)
    window.filters.search.setFocus()
    type_into(window.filters.search, "ив")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Home)
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Delete)
    assert window.filters.search.text() == "в"
    window.filters.reset()
    assert len(shown_names(window)) == 3


def export_answering(
    window: MainWindow, monkeypatch, target, answer=lambda dialog: None
) -> list[object]:
    """Export to `target`, the options dialog answered by `answer` and OK; the dialogs seen."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from clientbase.ui.export_dialog import ExportDialog

    seen: list[object] = []

    def accept(dialog: ExportDialog) -> QDialog.DialogCode:
        seen.append(dialog)
        answer(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_clients()
    return seen


def test_export_writes_what_the_table_shows(qtbot, window: MainWindow, tmp_path, monkeypatch):
    from clientbase.exchange.table_file import read_table

    target = tmp_path / "moscow.xlsx"
    window.filters.city.setCurrentIndex(window.filters.city.findData("Москва"))
    export_answering(window, monkeypatch, target)
    rows = read_table(target).rows
    assert [row[0] for row in rows[1:]] == ["Иванов", "Петров"]
    # In the window's language (these tests run in English), as the import reads it back.
    assert rows[0][:2] == ["Last name", "First name"]
    assert read_table(target, "Purchases").rows[1][0] == "Иванов Иван"


def test_export_of_all_clients_with_the_tables_columns_and_no_purchases(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    import openpyxl

    from clientbase.exchange.table_file import read_table

    window.filters.city.setCurrentIndex(window.filters.city.findData("Москва"))
    window.table.setColumnHidden(1, True)  # the phone

    def answer(dialog) -> None:
        assert "2 client" in dialog.scope_buttons["table"].text()
        dialog.scope_buttons["all"].setChecked(True)
        dialog.table_columns.setChecked(True)
        dialog.with_purchases.setChecked(False)

    target = tmp_path / "all.xlsx"
    export_answering(window, monkeypatch, target, answer)
    assert openpyxl.load_workbook(target).sheetnames == ["Clients"]
    rows = read_table(target).rows
    assert rows[0][:3] == ["Name", "E-mail", "City"] and "Phone" not in rows[0]
    assert [row[0] for row in rows[1:]] == ["Иванов Иван", "Петров Пётр", "Петрова Анна"]


def test_an_export_over_a_list_open_in_excel_says_so_in_russian(
    qtbot, qapp, window: MainWindow, tmp_path, monkeypatch
):
    """Saving the list again while yesterday's is open in Excel: Windows refuses to replace
    it, and the shop owner is told to close it, in words, not «[WinError 5]»."""
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from clientbase.ui.i18n import install_translations

    target = tmp_path / "clients.xlsx"
    target.write_bytes(b"yesterday's list")
    real_replace = Path.replace

    def held_open(self: Path, other) -> Path:
        if Path(other) == target:
            raise PermissionError(13, "Access is denied", str(self), None, 5)
        return real_replace(self, other)

    monkeypatch.setattr(Path, "replace", held_open)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_: shown.append(args[2]))
    try:
        install_translations(qapp, "ru")
        export_answering(window, monkeypatch, target)
    finally:
        install_translations(qapp, "en")
    assert shown == [
        f"Не удалось записать {target}: файл открыт в другой программе (Excel, просмотр PDF) "
        "или папка либо диск закрыты для записи. Закройте файл или сохраните в другое место"
    ]
    assert target.read_bytes() == b"yesterday's list"


def test_a_csv_export_offers_its_separator_and_encoding(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    def answer(dialog) -> None:
        assert not dialog.offers_purchases
        assert dialog.delimiter.currentData() == ","  # English Excel's, in the English window
        dialog.delimiter.setCurrentIndex(dialog.delimiter.findData(";"))
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))

    target = tmp_path / "clients.csv"
    export_answering(window, monkeypatch, target, answer)
    assert target.read_bytes().decode("cp1251").startswith("Last name;First name;")


def test_the_import_dialog_offers_every_kind_of_file_the_import_reads() -> None:
    from clientbase.exchange import table_file
    from clientbase.ui.import_controls import IMPORT_PATTERNS, IMPORTABLE

    readable = (
        table_file.SPREADSHEETS
        | table_file.TEXT_TABLES
        | table_file.ACCESS_BASES
        | table_file.WEB_PAGES
        | table_file.XML_FILES
        | table_file.CONTACT_FILES
    )
    assert {f"*{suffix}" for suffix in readable} <= set(IMPORT_PATTERNS.split())
    assert readable <= IMPORTABLE


def importing_as_asked(monkeypatch, next_sheet: bool) -> list[str]:
    """Every wizard opened imports its sheet at once; the question of the next sheet is
    answered `next_sheet`. The questions asked, as they come."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from clientbase.ui.import_dialog import ImportDialog

    asked: list[str] = []

    def import_all(dialog: ImportDialog) -> QDialog.DialogCode:
        dialog.check()
        dialog.run_import()
        return QDialog.DialogCode(dialog.result())

    def answer(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if next_sheet else QMessageBox.StandardButton.No

    monkeypatch.setattr(ImportDialog, "exec", import_all)
    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def wizards_run(monkeypatch) -> list[tuple[str, object]]:
    """Every wizard opened imports its sheet at once, with no next sheet; the title and
    file of each, as they come."""
    importing_as_asked(monkeypatch, next_sheet=False)
    run = ImportDialog.exec
    seen: list[tuple[str, object]] = []

    def noting(dialog: ImportDialog):
        seen.append((dialog.windowTitle(), dialog.path))
        return run(dialog)

    monkeypatch.setattr(ImportDialog, "exec", noting)
    return seen


@pytest.mark.parametrize("next_sheet", [True, False])
def test_an_exports_purchases_sheet_is_offered_after_its_clients(
    qtbot, window: MainWindow, tmp_path, monkeypatch, qsettings: QSettings, next_sheet: bool
):
    """The shop's own export holds the clients and, on a second sheet, their purchases. Back
    in another base, the wizard imported the clients alone; the purchases needed the file
    picked again and its other sheet chosen, which nobody would guess."""
    from clientbase.db.open import open_database
    from clientbase.services.client_query import ClientQuery, find_client_ids
    from clientbase.services.import_batches import import_history

    target = tmp_path / "clients.xlsx"
    export_answering(window, monkeypatch, target)
    other = Workspace(open_database(tmp_path / "other.sqlite"))
    try:
        elsewhere = MainWindow(other, qsettings)
        qtbot.addWidget(elsewhere)
        asked = importing_as_asked(monkeypatch, next_sheet)
        elsewhere.imports.open_import(target)
        assert asked == ["The file has another sheet, «Purchases». Import it too?"]
        assert [batch.sheet for batch in import_history(other.db)] == (
            ["Purchases", "Clients"] if next_sheet else ["Clients"]
        )
        spent = {
            card.display_name: card.summary.total_spent
            for card in map(other.clients.get, find_client_ids(other.db, ClientQuery()))
        }
        assert spent == {
            "Иванов Иван": Decimal("99000.00") if next_sheet else Decimal(0),
            "Петров Пётр": Decimal("1500.00") if next_sheet else Decimal(0),
            "Петрова Анна": Decimal(0),
        }
    finally:
        other.close()


def test_empty_sheets_are_passed_over_when_the_next_is_offered(
    qtbot, workspace: Workspace, tmp_path, monkeypatch, qsettings: QSettings
):
    """An old Excel workbook has its list on «Лист1» and an empty «Лист2» and «Лист3»;
    offered, those would each have ended in «no data in the file»."""
    import openpyxl
    from PySide6.QtWidgets import QMessageBox

    from clientbase.services.import_batches import import_history

    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Лист1"
    first.append(["ФИО", "Телефон"])
    first.append(["Иванов Иван", "89161112233"])
    workbook.create_sheet("Лист2")
    workbook.create_sheet("Лист3")
    notes = workbook.create_sheet("Заметки")
    notes.append(["Позвонить поставщику в пятницу"])
    workbook.save(path := tmp_path / "clients.xlsx")
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    asked = importing_as_asked(monkeypatch, next_sheet=True)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    window.imports.open_import(path)
    assert asked == [] and warned == []  # no sheet after «Лист1» holds a list
    assert [batch.sheet for batch in import_history(workspace.db)] == ["Лист1"]
    # What came in, said where the table shows it.
    assert window.statusBar().currentMessage() == (
        "Imported from clients.xlsx: new clients 1, merged 0, purchases 0."
    )


COPIED_IN_EXCEL = (
    "ФИО\tТелефон\tГород\r\n"
    "Сидоров Олег\t8 903 111-22-33\tКазань\r\n"
    "Котова Вера\t+7 926 555-44-33\tМосква, Зеленоград\r\n"
)


def test_rows_copied_in_excel_and_pasted_in_the_table_go_through_the_wizard(
    qtbot, window: MainWindow, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    from clientbase.services.import_batches import import_history

    QGuiApplication.clipboard().setText(COPIED_IN_EXCEL)
    opened = wizards_run(monkeypatch)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [title for title, _ in opened] == ["Import clients from the clipboard"]
    assert {"Сидоров Олег", "Котова Вера"} <= set(shown_names(window))
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Imported from the clipboard: new clients 2,")
    )
    assert import_history(window.workspace.db)[0].file_name == "Clipboard"
    # The rows were read from a file of their own, gone with the wizard.
    assert not opened[0][1].exists()


def test_ctrl_v_in_the_search_box_pastes_there(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Петров")
    opened: list[object] = []
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: opened.append(dialog))
    window.filters.search.setFocus()
    qtbot.keyClick(window.filters.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.filters.search.text() == "Петров" and opened == []
    # The search runs now, not after the test (and its base) are gone.
    window.filters.flush()
    assert shown_names(window) == ["Петров Пётр", "Петрова Анна"]


def test_a_list_pasted_into_the_search_box_is_imported_not_searched(
    qtbot, window: MainWindow, monkeypatch
):
    """The window starts in the search box: a list pasted there would have kept its first
    line as a search for «ФИО»."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(COPIED_IN_EXCEL)
    opened = wizards_run(monkeypatch)
    window.filters.search.setFocus()
    qtbot.keyClick(window.filters.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [title for title, _ in opened] == ["Import clients from the clipboard"]
    assert window.filters.search.text() == ""
    assert {"Сидоров Олег", "Котова Вера"} <= set(shown_names(window))


def test_a_single_copied_value_is_not_taken_for_a_list(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    QGuiApplication.clipboard().setText("+7 916 123-45-67")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **_: told.append(args[2]))
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("no wizard"))
    window.paste_action.trigger()
    assert told and told[0].startswith("The clipboard holds no list of clients.")
    assert len(shown_names(window)) == 3


def dragged(paths: list[object]):
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_a_sheet_dropped_on_the_window_opens_the_wizard_on_it(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    sheet = tmp_path / "клиенты.csv"
    sheet.write_text("ФИО;Телефон\nСидоров Олег;8 903 111-22-33\n", encoding="utf-8")
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.7")
    move = Qt.DropAction.CopyAction
    left = Qt.MouseButton.LeftButton
    plain = Qt.KeyboardModifier.NoModifier

    # The events do not own their data: each is kept while they live.
    other_files = dragged([notes, tmp_path])
    refused = QDragEnterEvent(QPoint(10, 10), move, other_files, left, plain)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()

    mime = dragged([notes, sheet])
    entering = QDragEnterEvent(QPoint(10, 10), move, mime, left, plain)
    window.dragEnterEvent(entering)
    assert entering.isAccepted()
    opened = wizards_run(monkeypatch)
    dropping = QDropEvent(QPointF(10, 10), move, mime, left, plain)
    window.dropEvent(dropping)
    assert dropping.isAccepted() and opened == []  # the wizard opens after the drop
    qtbot.waitUntil(lambda: "Сидоров Олег" in shown_names(window))
    assert opened == [("Import clients from клиенты.csv", sheet)]


def test_ctrl_c_on_several_clients_copies_their_rows_for_a_sheet(qtbot, window: MainWindow):
    from PySide6.QtGui import QGuiApplication

    window.table.setFocus()
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[0].split("\t")[:3] == ["Name", "Phone", "E-mail"]
    assert [line.split("\t")[0] for line in lines[1:-1]] == shown_names(window)
    assert window.statusBar().currentMessage() == (
        "3 clients copied: paste them into Excel or another table"
    )


def test_ctrl_c_on_one_client_copies_the_cell_under_the_cursor(qtbot, window: MainWindow):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    row = shown_names(window).index("Петров Пётр")
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(row, 1))  # the phone, as shown
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "+7 916 123-45-67"


def test_copying_clients_follows_the_export_policy(qtbot, window: MainWindow, monkeypatch):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from clientbase.services.privacy import ExportPolicy, set_password, set_privacy

    set_password(window.workspace.db, "секрет")
    set_privacy(window.workspace.db, 0, ExportPolicy.DISABLED, "секрет")
    QGuiApplication.clipboard().setText("before")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_: told.append(args[2]))
    window.table.setFocus()
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert told == ["Exports and printing are turned off in the privacy settings"]
    assert QGuiApplication.clipboard().text() == "before"


def test_an_export_opens_its_file_unless_told_not_to_and_remembers(
    qtbot, window: MainWindow, tmp_path, monkeypatch, opened_files
):
    first = tmp_path / "first.xlsx"
    seen = export_answering(window, monkeypatch, first)
    assert seen[0].open_after.isChecked() and opened_files == [first]

    def decline(dialog) -> None:
        dialog.open_after.setChecked(False)

    export_answering(window, monkeypatch, tmp_path / "second.xlsx", decline)
    assert opened_files == [first]
    later = export_answering(window, monkeypatch, tmp_path / "third.xlsx")
    assert not later[0].open_after.isChecked() and opened_files == [first]
    # A phone's contacts file is not opened: the system would start importing it.
    vcf = export_answering(window, monkeypatch, tmp_path / "phone.vcf")
    assert vcf[0].open_after.isHidden() and opened_files == [first]


def test_the_save_dialog_offers_todays_name_in_the_last_folder_and_format(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    from datetime import date

    from PySide6.QtWidgets import QFileDialog

    offered: list[tuple[str, str]] = []

    def save_as(_parent, _title, suggested, _kinds, kind, *_args):
        offered.append((suggested, kind))
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    folder = tmp_path / "exports"
    folder.mkdir()
    # A name typed without its extension gets the kind chosen in the dialog, whole: the
    # date's dots are not taken for one.
    answers = [(str(folder / "для бухгалтера 05.12"), "CSV for Excel (*.csv)"), ("", "")]
    window.export_clients()
    assert (folder / "для бухгалтера 05.12.csv").exists()
    window.export_clients()
    today = date.today().isoformat()
    assert offered[1] == (str(folder / f"Clients {today}.csv"), "CSV for Excel (*.csv)")


def test_the_import_dialog_opens_in_the_folder_imported_from_last(
    qtbot, window: MainWindow, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    started: list[str] = []
    sheet = tmp_path / "downloads" / "clients.csv"
    sheet.parent.mkdir()
    sheet.write_text("ФИО;Телефон\nСидоров Олег;8 903 111-22-33\n", encoding="utf-8")
    answers = [(str(sheet), ""), ("", "")]

    def open_one(_parent, _title, folder, *_args):
        started.append(folder)
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_one)
    importing_as_asked(monkeypatch, next_sheet=False)
    window.imports.import_clients()
    window.imports.import_clients()
    assert started[1] == str(sheet.parent) and started[0] != started[1]


def test_an_empty_base_says_how_to_bring_the_sheet_in_until_it_is_there(
    qtbot, workspace: Workspace, qsettings: QSettings, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    empty = MainWindow(workspace, qsettings)
    qtbot.addWidget(empty)
    empty.show()
    empty.model.finish_loading()
    assert empty.empty_hint.isVisible()
    assert "Ctrl+V" in empty.empty_hint.text()
    QGuiApplication.clipboard().setText(COPIED_IN_EXCEL)
    wizards_run(monkeypatch)
    empty.paste_action.trigger()
    assert len(shown_names(empty)) == 2 and not empty.empty_hint.isVisible()


def test_a_base_with_clients_shows_no_such_hint(window: MainWindow):
    assert shown_names(window) and not window.empty_hint.isVisible()
