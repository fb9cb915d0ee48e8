from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStyleOptionViewItem,
)

from clientbase.errors import OperationCancelled
from clientbase.exchange.header import Target
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.exporting import export_clients
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import DuplicateRule, plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from clientbase.ui.background import run_with_progress
from clientbase.ui.column_mapping import SAMPLE_COLUMN, TARGET_COLUMN
from clientbase.ui.formatting import format_date, format_datetime
from clientbase.ui.import_dialog import ImportDialog
from clientbase.ui.import_history_dialog import ImportHistoryDialog
from clientbase.ui.import_preview import CHOICES_ROLE
from tests.conftest import person
from tests.test_exchange import test_document_tables as word
from tests.test_services.test_importing import xls_with_a_looping_directory
from tests.test_services.test_joined_sheets import sales_book

DATA = Path(__file__).parents[1] / "data"


def opened(qtbot, workspace: Workspace, path: Path) -> ImportDialog:
    """The wizard on a file, its sheet read."""
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()
    return dialog


def checked_csv(qtbot, workspace: Workspace, path: Path, text: str) -> ImportDialog:
    """The wizard on a CSV written as given, its rows checked."""
    path.write_text(text, encoding="utf-8")
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    return dialog


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> ImportDialog:
    return opened(qtbot, workspace, DATA / "messy_clients.xlsx")


def test_the_wizard_proposes_a_mapping_previews_and_imports(dialog, workspace) -> None:
    assert dialog.sheet.currentText() == "Клиенты"
    assert dialog.columns.item(1, 0).text() == "Контакт"
    assert dialog.mapping()[1] is Target.PHONE
    assert not dialog.import_button.isEnabled()

    dialog.check()
    assert "6" in dialog.summary.text()
    assert dialog.problems.rowCount() == 4  # three bad values and one row without a name
    assert dialog.import_button.isEnabled()
    assert find_client_ids(workspace.db, ClientQuery()) == []

    dialog.run_import()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert len(find_client_ids(workspace.db, ClientQuery())) == 6
    assert import_history(workspace.db)[0].id == dialog.batch_id


def test_a_column_set_to_do_not_import_is_left_out(dialog, workspace) -> None:
    combo = dialog.columns.cellWidget(2, TARGET_COLUMN)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Target.IGNORE.value))
    assert not dialog.import_button.isEnabled()  # the preview must be made again
    dialog.check()
    dialog.run_import()
    ivanov = find_client_ids(workspace.db, ClientQuery(search="иванов"))[0]
    assert workspace.clients.get(ivanov).data.emails == []


def test_a_broken_file_is_reported_and_the_wizard_does_not_open(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    broken = tmp_path / "clients.ods"
    broken.write_bytes(b"PK\x03\x04 broken")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    broken_dialog = ImportDialog(workspace, broken)
    qtbot.addWidget(broken_dialog)
    assert broken_dialog.load_sheet() is False
    assert "clients.ods" in warnings[-1]
    # One that kills the reader (in a process of its own) is told as well, in Russian too.
    killer = xls_with_a_looping_directory(tmp_path / "клиенты.xls")
    killer_dialog = ImportDialog(workspace, killer)
    qtbot.addWidget(killer_dialog)
    assert killer_dialog.load_sheet() is False
    assert "клиенты.xls" in warnings[-1] and "XFD1048576" in warnings[-1]
    tables = tmp_path / "only_headers.csv"
    tables.write_text("ФИО;Телефон\n", encoding="utf-8")
    dialog = ImportDialog(workspace, tables)
    qtbot.addWidget(dialog)
    assert dialog.load_sheet() is False
    assert "only_headers.csv" in warnings[-1]


def test_cancel_while_a_sheet_is_read_keeps_the_sheet_shown(qtbot, workspace, monkeypatch) -> None:
    from clientbase.ui import import_dialog

    dialog = opened(qtbot, workspace, DATA / "messy_clients.xlsx")
    shown = dialog.sheet.currentData()

    def cancelled_while_reading(*args: object, progress, **kwargs: object):
        progress(0, 0)  # Cancel pressed: the reading's progress raises OperationCancelled
        raise AssertionError("the reading went on")

    def cancel_at_once(parent, label, job):
        def progress(done: int, total: int) -> None:
            raise OperationCancelled()

        return job(progress)

    monkeypatch.setattr(import_dialog, "read_plan_source", cancelled_while_reading)
    monkeypatch.setattr(import_dialog, "run_with_progress", cancel_at_once)
    dialog.sheet.addItem("Другой лист", "Другой лист")
    dialog.sheet.setCurrentIndex(dialog.sheet.count() - 1)  # reads it, and is cancelled
    assert dialog.sheet.currentData() == shown
    assert dialog.table_data is not None and dialog.table_data.sheet == shown


def test_cancel_stops_a_background_job_with_operation_cancelled(qtbot) -> None:
    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                button = widget.findChild(QPushButton)
                assert button is not None
                button.click()
                return
        QTimer.singleShot(20, press_cancel)

    def endless(progress) -> None:
        import time

        for step in range(2_000):
            progress(step, 2_000)
            time.sleep(0.005)

    QTimer.singleShot(400, press_cancel)
    with pytest.raises(OperationCancelled):
        run_with_progress(None, "working", endless)


def test_a_cancelled_import_leaves_the_base_unchanged(workspace) -> None:
    table, header, mapping = read_plan_source(DATA / "messy_clients.xlsx")
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "messy.xlsx")

    def cancel_at_the_end(done: int, total: int) -> None:
        if done == total:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        commit_import(workspace.db, workspace.settings, plan, cancel_at_the_end)
    assert find_client_ids(workspace.db, ClientQuery()) == []
    assert import_history(workspace.db) == []


def test_the_history_undoes_an_import(qtbot, dialog, workspace, monkeypatch) -> None:
    dialog.check()
    dialog.run_import()
    history = ImportHistoryDialog(workspace)
    qtbot.addWidget(history)
    undone = []
    history.undone.connect(lambda: undone.append(True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    history.table.selectRow(0)
    history.undo_selected()
    assert undone == [True]
    assert find_client_ids(workspace.db, ClientQuery()) == []
    assert "messy_clients.xlsx" in history.table.item(0, 1).text()
    # The time of import and of its undoing were wrapped under their dates and cut off.
    history.show()
    metrics = history.table.fontMetrics()
    for column in (0, 6):
        shown = history.table.item(0, column).text()
        assert history.table.columnWidth(column) > metrics.horizontalAdvance(shown)


def test_the_history_tells_merged_cards_from_unchanged_ones(qtbot, dialog, workspace) -> None:
    # The same sheet imported again: every row found its client and changed nothing, and
    # the history listed them all as merged.
    dialog.check()
    dialog.run_import()
    again = opened(qtbot, workspace, DATA / "messy_clients.xlsx")
    again.check()
    again.run_import()
    history = ImportHistoryDialog(workspace)
    qtbot.addWidget(history)
    headers = [history.table.horizontalHeaderItem(c).text() for c in range(2, 6)]
    assert headers == ["New", "Merged", "Unchanged", "Purchases"]
    assert [history.table.item(0, c).text() for c in range(2, 6)] == ["0", "0", "6", "0"]


def test_the_history_offers_to_keep_clients_worked_on_since(
    qtbot, dialog, workspace, monkeypatch, no_modal_message_boxes
) -> None:
    dialog.check()
    dialog.run_import()
    petrova = find_client_ids(workspace.db, ClientQuery(search="петрова"))[0]
    workspace.purchases.add(petrova, PurchaseInput(date(2026, 12, 1), total=Decimal("990")))
    history = ImportHistoryDialog(workspace)
    qtbot.addWidget(history)
    history.table.selectRow(0)

    history.undo_selected()  # the box is dismissed: nothing is undone
    assert "1 client of this import was worked on" in no_modal_message_boxes[-1]
    assert len(find_client_ids(workspace.db, ClientQuery())) == 6

    def press(text: str):
        def run(box: QMessageBox) -> int:
            next(b for b in box.buttons() if b.text() == text).click()
            return 0

        return run

    monkeypatch.setattr(QMessageBox, "exec", press("Undo, keep those clients"))
    history.undo_selected()
    assert find_client_ids(workspace.db, ClientQuery()) == [petrova]
    assert workspace.clients.get(petrova).summary.total_spent == Decimal("990.00")


def test_a_bad_value_can_be_retyped_in_the_preview(dialog, workspace) -> None:
    dialog.check()
    bad_phone = next(
        row for row in range(dialog.problems.rowCount())
        if dialog.problems.item(row, 2).text() == "12-34"
    )  # fmt: skip
    dialog.problems.item(bad_phone, 2).setText("8 916 555-44-33")
    assert not dialog.import_button.isEnabled()
    dialog.check()
    assert dialog.problems.rowCount() == 3
    dialog.run_import()
    sidorov = find_client_ids(workspace.db, ClientQuery(search="сидоров"))[0]
    assert [p.raw for p in workspace.clients.get(sidorov).data.phones] == ["8 916 555-44-33"]


def test_the_values_left_out_show_their_column_and_value_whole(qtbot, workspace, tmp_path):
    """«Дата рождения клиента» was wrapped onto two lines under «Column»; a long
    value still leaves the reason room."""
    path = tmp_path / "dates.csv"
    long_value = "01.02.1985 " + "уточнить у мужа " * 20
    path.write_text(
        f"ФИО;Дата рождения клиента\nИванов Иван;31.02.1985\nПетров Пётр;{long_value}\n",
        encoding="utf-8",
    )
    wizard = opened(qtbot, workspace, path)
    wizard.resize(900, 700)
    wizard.show()
    wizard.check()
    wizard.results.setCurrentIndex(1)
    qtbot.waitExposed(wizard.problems)
    table = wizard.problems
    metrics = table.fontMetrics()
    assert table.columnWidth(1) > metrics.horizontalAdvance("Дата рождения клиента")
    assert table.columnWidth(2) > metrics.horizontalAdvance("31.02.1985")
    assert table.columnWidth(2) < metrics.horizontalAdvance(long_value)
    assert table.columnWidth(3) > table.columnWidth(2)


def test_a_row_without_a_name_shows_what_it_holds_and_takes_a_name(dialog, workspace) -> None:
    dialog.check()
    nameless = next(
        row for row in range(dialog.problems.rowCount())
        if dialog.problems.item(row, 0).text() == "13"
    )  # fmt: skip
    assert dialog.problems.item(nameless, 1).text() == "ФИО"
    assert dialog.problems.columnWidth(2) >= 160  # room to type the name into
    assert dialog.problems.item(nameless, 3).text().endswith("which holds: 8 903 000-00-00")
    dialog.problems.item(nameless, 2).setText("Кузьмина Ольга")
    dialog.check()
    assert dialog.plan is not None and dialog.plan.counts()["error"] == 0
    dialog.run_import()
    found = find_client_ids(workspace.db, ClientQuery(search="кузьмина"))
    assert [p.raw for p in workspace.clients.get(found[0]).data.phones] == ["8 903 000-00-00"]


def test_every_target_can_be_chosen_in_the_wizard() -> None:
    from clientbase.ui.import_targets import target_names

    assert set(target_names()) == set(Target)


def test_the_names_column_can_be_chosen_when_the_headers_do_not_say(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    path = tmp_path / "contacts.csv"
    # A nickname: no given name, patronymic or surname tells the names by their values.
    path.write_text("Кто;Телефон\nПетрушка;+7 916 123-45-67\n", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = ImportDialog(workspace, path)
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()  # the sheet opens, so the person can say where names are
    dialog.check()
    assert "contacts.csv" in warnings[-1] and dialog.plan is None

    combo = dialog.columns.cellWidget(0, TARGET_COLUMN)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Target.FULL_NAME.value))
    dialog.check()
    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery(search="петрушка"))) == 1


def test_an_access_base_offers_its_tables_as_sheets(qtbot, workspace) -> None:
    dialog = ImportDialog(workspace, DATA / "users_jet4.mdb")
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()  # as the window is opened: the file read, its sheets listed
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Users"]
    assert dialog.sheet_caption.text() == "Table"  # an Access base has no sheets
    dialog.check()
    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery())) == 3


def test_a_word_documents_table_is_imported_from_the_dialog(qtbot, workspace) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    from clientbase.ui.import_controls import dropped_files

    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(DATA / "clients_word.docx"))])
    assert dropped_files(dropped) == [DATA / "clients_word.docx"]  # dragged onto the window
    dialog = ImportDialog(workspace, DATA / "clients_word.docx")
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()
    assert dialog.sheet_caption.text() == "Table"  # a document has tables, not sheets
    assert dialog.header_row.value() == 2  # «Телефон» and «E-mail» under «Контакты»
    dialog.check()
    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery())) == 4


def test_the_mapping_marks_the_columns_the_sheet_hides(qtbot, workspace) -> None:
    dialog = ImportDialog(workspace, DATA / "hidden_columns.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()
    names = [dialog.columns.item(row, 0).text() for row in range(dialog.columns.rowCount())]
    assert names == [
        "ФИО", "Телефон", "Ключ (hidden column)", "Возраст (hidden column)",
        "Телефон 2 (hidden column)", "Город", "Проверка (hidden column)",
    ]  # fmt: skip
    assert dialog.mapping()[2:5] == [Target.IGNORE, Target.IGNORE, Target.PHONE]


def test_rows_the_sheet_hides_are_counted_and_can_be_left_out(qtbot, workspace) -> None:
    dialog = ImportDialog(workspace, DATA / "hidden_columns.xlsx")  # a filter hides row 3
    qtbot.addWidget(dialog)
    assert dialog.load_sheet()
    assert not dialog.skip_hidden.isHidden() and not dialog.skip_hidden.isChecked()
    assert dialog.skip_hidden.text() == "Leave out the row the sheet hides (by a filter or by hand)"
    dialog.check()
    assert [row.line for row in dialog.plan.rows] == [2, 3, 4]
    dialog.skip_hidden.setChecked(True)
    assert not dialog.import_button.isEnabled()  # the preview shown is outdated
    dialog.check()
    assert [row.line for row in dialog.plan.rows] == [2, 4]
    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery())) == 2
    other = ImportDialog(workspace, DATA / "messy_clients.xlsx")
    qtbot.addWidget(other)
    assert other.load_sheet() and other.skip_hidden.isHidden()


def test_progress_reaches_the_dialog_on_the_gui_thread(qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from clientbase.ui import background

    seen: list[bool] = []
    original = QProgressDialog.setValue

    def set_value(self, value: int) -> None:
        seen.append(threading.current_thread() is threading.main_thread())
        original(self, value)

    QProgressDialog.setValue = set_value  # type: ignore[method-assign]
    try:

        def job(progress) -> int:
            for step in range(200):
                progress(step, 200)
            return 7

        assert background.run_with_progress(None, "working", job) == 7
    finally:
        QProgressDialog.setValue = original  # type: ignore[method-assign]
    assert seen and all(seen)  # never from the worker's thread: that crashes Qt


def preview_cells(dialog: ImportDialog, line: int) -> list[str]:
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == str(line))
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_preview_shows_every_row_as_it_will_be_saved(qtbot, dialog) -> None:
    dialog.check()
    model = dialog.preview_model
    # Rows 6 to 14 of the sheet: seven clients, a row without a name and the totals row.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        str(line) for line in range(6, 15)
    ]
    _, action, name, phones, email, birthday, city, same, notes = preview_cells(dialog, 6)
    assert (action, name, phones, email, birthday, city, same, notes) == (
        "New client", "Иванов Иван Иванович", "+7 916 123-45-67", "ivanov@mail.ru",
        "2/1/1980", "Москва", "", "любит чай · звонить вечером",  # American dates: the tests'
    )  # fmt: skip
    # The notes are shown on one line, and whole in the tooltip (row 8's merged in).
    sixth = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "6")
    tip = model.index(sixth, 8).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "любит чай\nзвонить вечером"
    # A phone shows as it was understood: 79161112233 in the sheet is a Russian mobile.
    assert preview_cells(dialog, 7)[3] == "+7 916 111-22-33"
    assert preview_cells(dialog, 8)[1] == "Merged into row 6"
    assert preview_cells(dialog, 8)[7] == "row 6"
    assert preview_cells(dialog, 13)[1] == "Not imported: no name"
    assert preview_cells(dialog, 14)[1] == "Skipped: a totals row"
    # A duplicate can be merged, kept apart or skipped; another row with a card imported or
    # skipped; a row without a name added to the client above or not; a totals row has
    # nothing to choose.
    choices = {
        model.index(r, 0).data(): [value for value, _ in model.index(r, 1).data(CHOICES_ROLE)]
        for r in range(model.rowCount())
        if model.flags(model.index(r, 1)) & Qt.ItemFlag.ItemIsEditable
    }
    assert choices["8"] == ["merge", "keep", "skip"]
    assert choices["6"] == choices["9"] == ["keep", "skip"]
    assert choices["13"] == ["merge", "keep"]
    assert "14" not in choices

    # The list in the cell offers the three choices; skipping row 8 plans the import again.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "8")
    index = model.index(row, 1)
    delegate = dialog.preview.itemDelegateForColumn(1)
    editor = delegate.createEditor(dialog.preview.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert [editor.itemData(i) for i in range(editor.count())] == ["merge", "keep", "skip"]
    assert editor.currentData() == "merge"
    editor.setCurrentIndex(editor.findData("skip"))
    delegate.setModelData(editor, model, index)
    qtbot.waitUntil(lambda: preview_cells(dialog, 8)[1] == "Skipped: already there")
    assert "skipped: 2" in dialog.summary.text()


def test_the_preview_shows_each_phones_note(qtbot, workspace, tmp_path) -> None:
    dialog = checked_csv(
        qtbot, workspace, tmp_path / "contacts.csv",
        "ФИО;Мобильный телефон;E-mail\n"
        "Петров Пётр;8 916 123-45-67, 8 916 123-45-68 (жена);petrov@mail.ru (рабочий)\n",
    )  # fmt: skip
    cells = preview_cells(dialog, 2)
    assert cells[3] == "+7 916 123-45-67 (мобильный), +7 916 123-45-68 (жена)"
    assert cells[4] == "petrov@mail.ru (рабочий)"


def test_a_duplicate_decided_in_the_preview_is_imported_so(qtbot, dialog, workspace) -> None:
    mine = workspace.clients.create(
        person("Иванов", "Иван", "Иванович", phones=("+79161234567",), city="Химки")
    )
    dialog.check()
    assert preview_cells(dialog, 6)[1] == "Merged into the client in the base"
    assert preview_cells(dialog, 6)[7] == "Иванов Иван Иванович"
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "6")
    # As the list in the cell commits «Add as another client».
    assert model.setData(model.index(row, 1), DuplicateRule.KEEP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 6)[1] == "New client (added apart)")
    assert dialog.decisions == {6: DuplicateRule.KEEP}

    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery(search="иванов"))) == 2
    assert workspace.clients.get(mine).data.emails == []  # the base's Иванов untouched


def test_a_row_without_a_name_can_be_added_to_the_client_above(qtbot, dialog, workspace) -> None:
    """Row 13 of the messy sheet holds only a phone, under Кузнецов's row: a second phone
    written in the row below, or someone unnamed. The person decides; by default it stays
    out, and the preview shows the phone it holds."""
    dialog.check()
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "13")
    assert preview_cells(dialog, 13)[1:4] == ["Not imported: no name", "", "+7 903 000-00-00"]
    assert [name for _, name in model.index(row, 1).data(CHOICES_ROLE)] == [
        "Add to the client in row 12",
        "Do not import",
    ]
    assert model.setData(model.index(row, 1), DuplicateRule.MERGE.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 13)[1] == "Added to the client in row 12")
    dialog.run_import()
    found = find_client_ids(workspace.db, ClientQuery(search="кузнецов"))
    assert [p.raw for p in workspace.clients.get(found[0]).data.phones] == ["8 903 000-00-00"]


def test_rows_without_a_name_are_added_to_the_clients_above_at_one_click(
    qtbot, workspace, tmp_path
) -> None:
    path = tmp_path / "below.csv"
    path.write_text(
        "ФИО;Телефон;Комментарий\nПетров Пётр;89261112299;\n;89261112288;жена\n"
        "Орлова Вера;89261112277;\n;;аллергия на орехи\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.show()
    button = dialog.summary_line.to_clients_above
    assert button.isHidden()  # nothing checked yet
    dialog.check()
    assert button.isVisible()
    assert button.text() == "Add the rows without a name to the clients above (2)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview_cells(dialog, 5)[1] == "Added to the client in row 4")
    assert preview_cells(dialog, 3)[1] == "Added to the client in row 2"
    assert button.isHidden()
    # Each row can still be left out on its own.
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "5")
    assert model.setData(model.index(row, 1), DuplicateRule.KEEP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 5)[1] == "Not imported: no name")
    assert button.text() == "Add the rows without a name to the clients above (1)"
    dialog.run_import()
    cards = [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]
    assert sorted((c.last_name, len(c.phones), c.notes) for c in cards) == [
        ("Орлова", 1, ""), ("Петров", 2, "жена"),
    ]  # fmt: skip


def test_a_return_on_a_sales_book_names_the_sale_it_takes_back(qtbot, workspace, tmp_path):
    head = "Дата;Клиент;Телефон;Товар;Сумма\n"
    dialog = checked_csv(
        qtbot, workspace, tmp_path / "book.csv",
        head + "03.11.2026;Петров Олег;89162223344;Куртка;7 000\n"
        "05.11.2026;Петров Олег;89162223344;Куртка;-7 000\n",
    )  # fmt: skip
    assert preview_cells(dialog, 3)[1] == "A return of the purchase in row 2"
    assert dialog.problems.rowCount() == 0  # its minus is understood, not a value to fix
    # The next book's sale imported, a later book's return finds it in the base.
    dialog.run_import()
    checked_csv(
        qtbot, workspace, tmp_path / "later.csv",
        head + "06.11.2026;Петров Олег;89162223344;Шапка;1 000\n",
    ).run_import()  # fmt: skip
    returned = checked_csv(
        qtbot, workspace, tmp_path / "last.csv",
        head + "08.11.2026;Петров Олег;89162223344;Шапка;-1 000\n",
    )  # fmt: skip
    day = format_date(date(2026, 11, 6))
    assert preview_cells(returned, 2)[1] == f"A return of the purchase of {day} in the base"


def test_local_numbers_take_the_area_code_typed_for_them(qtbot, workspace, tmp_path) -> None:
    dialog = checked_csv(
        qtbot, workspace, tmp_path / "list.csv", "ФИО;Телефон\nПетров Олег;8 916 111-22-33\n"
    )
    assert dialog.area_code.isHidden()  # a list of whole numbers: nothing to ask
    town = checked_csv(
        qtbot, workspace, tmp_path / "town.csv", "ФИО;Телефон\nИванова Мария;52-34-56\n"
    )
    assert not town.area_code.isHidden()
    assert town.problems.item(0, 3).text() == "«52-34-56» is a local number: give its area code"
    town.area_code.edit.setText("4822")
    town.area_code.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: preview_cells(town, 2)[3].startswith("+7 482"))
    assert town.problems.rowCount() == 0
    assert not town.area_code.isHidden()  # still there, to change or clear


def test_another_person_at_the_same_phone_is_shown_and_can_be_merged(
    qtbot, workspace, tmp_path
) -> None:
    """A family at one home phone: Пётр is a client of his own, named beside Мария, whose
    phone he shares, in case the person knows them for one client after all."""
    path = tmp_path / "family.csv"
    path.write_text(
        "ФИО;Телефон\nИванова Мария;+7 495 111-22-33\nИванов Пётр;+7 495 111-22-33\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert preview_cells(dialog, 3)[1] == (
        "New client: another name, the same phone, e-mail, card or code"
    )
    # With what the other row holds: in the list of rows to look at, row 2 is not shown.
    assert preview_cells(dialog, 3)[7] == "row 2 (+7 495 111-22-33)"
    assert "Another name at the same phone, e-mail, card or code: 1." in dialog.summary.text()
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "3")
    assert [name for _, name in model.index(row, 1).data(CHOICES_ROLE)] == [
        "Add as another client",
        "Merge",
        "Skip",
    ]
    assert model.setData(model.index(row, 1), DuplicateRule.MERGE.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 3)[1] == "Merged into row 2")
    dialog.run_import()
    assert len(find_client_ids(workspace.db, ClientQuery())) == 1


def test_the_header_row_can_be_moved(dialog) -> None:
    assert dialog.header_row.value() == 5  # the sheet's fifth row holds «ФИО, Контакт, …»
    dialog.header_row.setValue(4)  # the merged «Контакты» heading above it
    assert dialog.columns.item(1, 0).text() == "Контакты"
    assert dialog.mapping()[0] is not Target.FULL_NAME
    dialog.header_row.setValue(5)
    assert dialog.mapping()[:2] == [Target.FULL_NAME, Target.PHONE]
    dialog.header_row.setValue(dialog.header_row.maximum())  # the last row: nothing below it
    assert "no rows" in dialog.summary.text()
    assert not dialog.check_button.isEnabled()


# A months sheet whose months stand in a second row of names, under «Покупки».
MONTHS_UNDER_A_HEADING = (
    "ФИО;Телефон;Покупки;\n;;Январь 2026;Февраль 2026\n"
    "Иванова Анна;89161234567;1500;2000\nПетров Олег;89161112233;;700\n"
)


def test_a_header_row_moved_reshapes_the_sheet(qtbot, workspace, tmp_path) -> None:
    # The months' row was taken for a client without a name, and choosing it as the row of
    # column names kept the sheet as the first row had shaped it: no purchases.
    path = tmp_path / "months.csv"
    path.write_text(MONTHS_UNDER_A_HEADING, encoding="utf-8")
    dialog = opened(qtbot, workspace, path)
    assert dialog.header_row.value() == 1
    dialog.header_row.setValue(2)
    assert dialog.mapping()[2:4] == [Target.PURCHASE_DATE, Target.AMOUNT]
    dialog.check()
    assert "Purchases: 3" in dialog.summary.text()
    dialog.header_row.setValue(1)  # and back: the sheet as the first row shapes it
    assert dialog.mapping()[2] is Target.NOTES


def test_a_header_row_moved_and_cancelled_stays_the_one_before(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    # The sheet is shaped anew in the background (3 s for 100,000 rows of months); Cancel
    # there leaves the row and the mapping as they were.
    path = tmp_path / "months.csv"
    path.write_text(MONTHS_UNDER_A_HEADING, encoding="utf-8")
    dialog = opened(qtbot, workspace, path)
    before = dialog.mapping()

    def cancelled(*_: object) -> None:
        raise OperationCancelled

    monkeypatch.setattr("clientbase.ui.import_dialog.run_with_progress", cancelled)
    dialog.header_row.setValue(2)
    assert (dialog.header_row.value(), dialog.mapping()) == (1, before)


def test_a_row_with_bad_values_can_be_skipped_instead(qtbot, dialog, workspace) -> None:
    dialog.check()
    model = dialog.preview_model
    # Row 9 (Сидоров) would come in without its phone, e-mail and birthday.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "9")
    assert model.setData(model.index(row, 1), DuplicateRule.SKIP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 9)[1] == "Skipped, as you chose")
    dialog.run_import()
    assert find_client_ids(workspace.db, ClientQuery(search="сидоров")) == []
    assert len(find_client_ids(workspace.db, ClientQuery())) == 5


def test_a_choice_plans_again_without_reading_the_rows_again(qtbot, dialog, monkeypatch) -> None:
    from clientbase.services import import_plan

    read = []
    reader = import_plan.RowReader.read
    monkeypatch.setattr(
        import_plan.RowReader,
        "read",
        lambda self, line, cells: read.append(line) or reader(self, line, cells),
    )
    dialog.check()
    assert len(read) == 9
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "9")
    model.setData(model.index(row, 1), DuplicateRule.SKIP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 9)[1] == "Skipped, as you chose")
    assert len(read) == 9
    # Another mapping reads the rows anew.
    combo = dialog.columns.cellWidget(2, TARGET_COLUMN)
    combo.setCurrentIndex(combo.findData(Target.IGNORE.value))
    dialog.check()
    assert len(read) == 18


def test_the_preview_names_a_sale_to_an_anonymous_buyer(qtbot, workspace, tmp_path) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Покупатель;Товар;Сумма\n05.11.2026;Иванова Мария;Крем;1 500\n"
        "05.11.2026;Розничный покупатель;Мыло;300\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert preview_cells(dialog, 3)[1] == "Skipped: an anonymous buyer, not a client"


def test_the_preview_names_a_wide_rows_purchases_by_its_line(qtbot, workspace, tmp_path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Дата 1;Покупка 1;Сумма 1;Дата 2;Покупка 2;Сумма 2\n"
        "Иванова Мария;01.03.2026;Плед;3 490;15.05.2026;Свеча;650\n"
        "Петров Олег;10.04.2026;Кофе;1 200;;;\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    model = dialog.preview_model
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert shown == [
        ("2", "New client"), ("2", "A purchase of the client in row 2"), ("3", "New client"),
    ]  # fmt: skip


def test_a_shown_preview_follows_the_duplicate_rule_at_once(dialog, workspace) -> None:
    workspace.clients.create(person("Иванов", "Иван", "Иванович", phones=("+79161234567",)))
    dialog.check()
    assert preview_cells(dialog, 6)[1] == "Merged into the client in the base"
    dialog.rule.setCurrentIndex(dialog.rule.findData(DuplicateRule.SKIP.value))
    assert preview_cells(dialog, 6)[1] == "Skipped: already there"
    assert dialog.import_button.isEnabled()


def test_the_file_can_update_the_cards_it_lists(qtbot, dialog, workspace) -> None:
    """«Update the card from the file»: a list corrected in Excel, imported back. A row
    of the base's client offers it on its own too; a row listed twice in the file not."""
    client = workspace.clients.create(
        person("Иванов", "Иван", "Иванович", phones=("+79161234567",), city="Тверь")
    )
    dialog.check()
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "6")
    offered = [value for value, _ in model.index(row, 1).data(CHOICES_ROLE)]
    assert offered == ["merge", "update", "keep", "skip"]
    again = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "8")
    offered = [value for value, _ in model.index(again, 1).data(CHOICES_ROLE)]
    assert offered == ["merge", "keep", "skip"]  # row 6 again, which merges into it first
    # Merging keeps the card's city: the summary says where the other rule is.
    assert "choose “Update the card from the file”" in dialog.summary.text()
    dialog.rule.setCurrentIndex(dialog.rule.findData(DuplicateRule.UPDATE.value))
    assert "choose “Update" not in dialog.summary.text()
    # Which of the card's fields the file changes: its city (Тверь), what it adds; not its
    # phone, which the file writes otherwise. The first two, and all in the tooltip.
    assert preview_cells(dialog, 6)[1] == (
        "Updates the client in the base: E-mail, Birthday and 3 more"
    )
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("The file changes: E-mail, Birthday, City, Loyalty card, Notes\n")
    assert "1 of them updated from the file" in dialog.summary.text()
    dialog.run_import()
    assert workspace.clients.get(client).data.city == "Москва"
    history = ImportHistoryDialog(workspace)
    qtbot.addWidget(history)
    assert history.table.item(0, 3).text() == "1 (1 updated)"


def test_an_update_from_the_programs_own_export_says_it_deletes_what_was_deleted(
    qtbot, workspace, tmp_path: Path
) -> None:
    """The full export's cells hold whole cards: a number deleted from one in Excel goes
    from the card too, and the wizard says so before it is imported."""
    client = workspace.clients.create(
        person("Иванов", "Иван", phones=("+79161234567", "+79165554433"), city="Тверь")
    )
    path = tmp_path / "Клиенты.xlsx"
    export_clients(workspace.db, path, with_purchases=False)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    column = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(2, column["Телефон"]).value = "+7 916 123-45-67"
    book.save(path)
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    said = "The file is a ClientBase export: the cards it updates become what it says"
    assert said not in dialog.summary.text()  # merging changes no card
    dialog.rule.setCurrentIndex(dialog.rule.findData(DuplicateRule.UPDATE.value))
    assert said in dialog.summary.text()
    assert preview_cells(dialog, 2)[1] == "Updates the client in the base: Phone"
    dialog.run_import()
    assert [p.raw for p in workspace.clients.get(client).data.phones] == ["+79161234567"]


def test_a_namesake_of_a_client_in_the_base_can_update_it() -> None:
    """The same name with another phone: a namesake, or the client's new number."""
    from clientbase.services.client_data import ClientInput
    from clientbase.services.planned_rows import PlannedRow, RowAction
    from clientbase.ui.import_preview import choices_of

    card = ClientInput(last_name="Сидоров", first_name="Пётр")
    of_base = PlannedRow(7, RowAction.NEW, card, client_id=3, reason="namesake")
    of_file = PlannedRow(8, RowAction.NEW, card, same_as_line=7, reason="namesake")
    assert [value for value, _ in choices_of(of_base)] == ["keep", "merge", "update", "skip"]
    assert [value for value, _ in choices_of(of_file)] == ["keep", "merge", "skip"]


def test_walking_the_rows_opens_no_choice_but_a_click_does(qtbot, dialog) -> None:
    dialog.check()
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "8")
    index = model.index(row, 1)
    # As the arrow keys would: the cell is current, its choices stay closed.
    dialog.preview.setCurrentIndex(index)
    assert dialog.preview.state() is not QAbstractItemView.State.EditingState
    dialog.preview.clicked.emit(index)
    assert dialog.preview.state() is QAbstractItemView.State.EditingState
    editor = dialog.preview.indexWidget(index) or dialog.preview.focusWidget()
    assert isinstance(editor, QComboBox) and editor.currentData() == "merge"
    qtbot.waitUntil(lambda: editor.view().isVisible())  # the list is open, ready to choose
    editor.hidePopup()


def checked_orders(qtbot, workspace, tmp_path: Path, rows: list[list[object]]) -> ImportDialog:
    """The wizard on a sheet of these rows, checked."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / "orders.xlsx"
    workbook.save(path)
    importing = ImportDialog(workspace, path)
    qtbot.addWidget(importing)
    importing.load_sheet()
    importing.check()
    return importing


def test_an_order_row_without_a_name_shows_whose_purchase_it_is(qtbot, workspace, tmp_path):
    workspace.clients.create(person("Смирнова", "Ольга", phones=("+79035556677",)))
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата заказа", "Клиент", "Телефон", "Сумма"],
        [date(2026, 3, 5), "Иванов Иван", "8 916 123-45-67", 300],
        [date(2026, 3, 6), None, "8 916 123-45-67", 200],
        [date(2026, 3, 7), None, "8 903 555-66-77", 50],
    ])  # fmt: skip
    assert preview_cells(importing, 3)[1] == "A purchase of the client in row 2"
    assert preview_cells(importing, 3)[7] == "row 2"
    assert preview_cells(importing, 4)[1] == "A purchase of the client in the base"
    assert preview_cells(importing, 4)[7] == "Смирнова Ольга"
    # What each row adds, in a column a client list does not have.
    assert importing.preview_model.headers[-1] == "Purchase"
    assert preview_cells(importing, 2)[8].startswith("3/5/2026: ")
    assert "300.00" in preview_cells(importing, 2)[8]
    assert preview_cells(importing, 4)[8].startswith("3/7/2026: ")


def test_an_item_row_under_its_order_shows_as_a_line_of_it(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата заказа", "Клиент", "Товар", "Сумма"],
        [date(2026, 3, 5), "Иванов Иван", "Плед", 300],
        [None, None, "Свеча", 200],
        [date(2026, 3, 6), None, "Чай", 50],  # a sale of the client above, named once
        [None, None, "Мёд", 70],
        [],
        [date(2026, 3, 7), None, "Кофе", 90],  # under a blank row: a sale of nobody
        [None, None, "Сахар", 10],
    ])  # fmt: skip
    assert preview_cells(importing, 3)[1] == "An item of the order in row 2"
    assert preview_cells(importing, 3)[-1].startswith("3/5/2026: Свеча")
    assert preview_cells(importing, 4)[1] == "A purchase of the client in row 2"
    assert preview_cells(importing, 5)[1] == "An item of the order in row 4"
    assert preview_cells(importing, 8)[1] == "Not imported, as the order in row 7 is not"


def test_the_preview_shows_an_orders_items_and_number(qtbot, workspace, tmp_path) -> None:
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата заказа", "№ заказа", "Клиент", "Товар", "Кол-во", "Цена"],
        [date(2026, 3, 5), 101, "Иванов Иван", "Плед", 1, 3490],
        [date(2026, 3, 5), 101, "Иванов Иван", "Свеча", 2, 650],
    ])  # fmt: skip
    plaid, candles = preview_cells(importing, 2)[8], preview_cells(importing, 3)[8]
    assert plaid.startswith("3/5/2026 No. 101: Плед — ") and "3,490.00" in plaid
    assert candles.startswith("3/5/2026 No. 101: Свеча × 2 — ") and "1,300.00" in candles


def test_the_preview_says_which_sales_are_cancelled(qtbot, workspace, tmp_path) -> None:
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата", "Клиент", "Товар", "Сумма", "Статус"],
        [date(2026, 3, 5), "Иванов Иван", "Плед", 3490, "Выполнен"],
        [date(2026, 3, 6), "Иванов Иван", "Свеча", 650, "Отменен"],
    ])  # fmt: skip
    assert not preview_cells(importing, 2)[8].endswith(")")
    assert preview_cells(importing, 3)[8].endswith(" (cancelled)")


def test_the_preview_shows_who_served_each_visit(qtbot, workspace, tmp_path) -> None:
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата визита", "Клиент", "Процедура", "Стоимость", "Мастер"],
        [date(2026, 3, 5), "Иванова Мария", "Стрижка", 1000, "Ольга"],
        [date(2026, 3, 6), "Иванова Мария", "Укладка", 500, None],
    ])  # fmt: skip
    cut, styled = preview_cells(importing, 2)[-1], preview_cells(importing, 3)[-1]
    assert cut.startswith("3/5/2026: Стрижка — ") and cut.endswith("; Мастер: Ольга")
    assert styled.startswith("3/6/2026: Укладка — ") and "Мастер" not in styled


def test_a_client_list_has_no_purchase_column(qtbot, dialog) -> None:
    dialog.check()
    assert "Purchase" not in dialog.preview_model.headers
    assert "Client since" not in dialog.preview_model.headers


def test_the_preview_shows_the_reminders_a_call_again_column_adds(qtbot, workspace, tmp_path):
    later = date.today().replace(day=1) + timedelta(days=62)  # a day to come, whenever run
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "Перезвонить"],
        ["Иванова Мария", "+7 916 111-22-33", later],
        ["Петров Иван", "+7 916 222-33-44", "03.03.2020"],  # gone by: to the notes
    ])  # fmt: skip
    assert importing.preview_model.headers[7:] == ["Reminder", "Same as", "Notes"]
    shown = f"{later.month}/{later.day}/{later.year}"  # as the English window writes dates
    assert preview_cells(importing, 2)[7] == f"Перезвонить {shown} 10:00"
    assert preview_cells(importing, 3)[7] == ""
    assert preview_cells(importing, 3)[9] == "Перезвонить: 03.03.2020"
    assert "Reminders: 1." in importing.summary.text()


def test_the_preview_shows_whom_a_referrer_cell_found(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "Кто порекомендовал"],
        ["Иванова Анна Сергеевна", "+7 916 111-22-33", None],
        ["Петрова Мария", "+7 916 222-33-44", "8 916 111-22-33"],  # Иванова's phone
        ["Котова Ирина", "+7 916 333-44-55", "Смирнова Ольга"],  # nobody: to the notes
    ])  # fmt: skip
    headers = importing.preview_model.headers
    assert headers[7:] == ["Referred by", "Same as", "Notes"]
    assert preview_cells(importing, 3)[7] == "Иванова Анна Сергеевна"
    assert preview_cells(importing, 4)[7] == ""
    assert preview_cells(importing, 4)[-1] == "Кто порекомендовал: Смирнова Ольга"


def test_the_preview_shows_a_yearly_reminder_as_one(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "Перезвонить", "Годовщина свадьбы"],
        ["Иванова Мария", "+7 916 111-22-33", "03.03.2020", "12.06.2005"],
    ])  # fmt: skip
    today = date.today()
    year = today.year if (today.month, today.day) <= (6, 12) else today.year + 1
    assert preview_cells(importing, 2)[7] == (
        f"Годовщина свадьбы 6/12/{year} 10:00 (every year): 12.06.2005"
    )
    assert "Reminders: 1." in importing.summary.text()


def test_the_preview_shows_a_visit_booked_ahead_as_a_reminder_on_one_line(
    qtbot, workspace, tmp_path
):
    later = date.today().replace(day=1) + timedelta(days=62)  # a day to come, whenever run
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["Дата", "Время", "Клиент", "Телефон", "Услуга", "Сотрудник", "Стоимость"],
        [later, "12:00", "Смирнова Анна", "+7 916 123-45-67", "Окрашивание", "Ольга", 4500],
    ])  # fmt: skip
    assert importing.plan is not None and importing.plan.problems() == []
    shown = f"{later.month}/{later.day}/{later.year}"
    reminder = importing.preview_model.headers.index("Reminder")
    assert preview_cells(importing, 2)[reminder] == (
        f"Окрашивание {shown} 12:00: Стоимость: 4500 · Сотрудник: Ольга"
    )
    assert "Purchases: 0. Reminders: 1." in importing.summary.text()


def test_the_preview_shows_the_last_call_going_into_the_history(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "Дата последнего звонка", "Результат звонка"],
        ["Иванова Мария", "+7 916 111-22-33", datetime(2026, 11, 20), "перезвонит сама"],
        ["Петров Иван", "+7 916 222-33-44", None, None],
    ])  # fmt: skip
    assert importing.preview_model.headers[7:] == ["To the history", "Same as"]
    assert preview_cells(importing, 2)[7] == "11/20/2026: перезвонит сама"
    assert preview_cells(importing, 3)[7] == ""
    assert "Entries to the history: 1." in importing.summary.text()


def test_the_preview_says_a_matched_client_is_in_the_archive(qtbot, workspace, tmp_path):
    gone = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    workspace.clients.create(person("Петров", "Иван", phones=("+79162223344",)))
    workspace.clients.archive([gone])
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон"],
        ["Иванова Мария", "+7 916 111-22-33"],
        ["Петров Иван", "+7 916 222-33-44"],
    ])  # fmt: skip
    assert preview_cells(importing, 2)[-1] == "Иванова Мария (in the archive)"
    assert preview_cells(importing, 3)[-1] == "Петров Иван"


def test_the_preview_says_why_a_pages_rows_are_skipped(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон"],
        ["Иванова Мария", "+7 916 111-22-33"],
        ["ФИО", "Телефон"],
        ["Страница 2 из 2", None],
    ])  # fmt: skip
    assert [preview_cells(importing, line)[1] for line in (3, 4)] == [
        "Skipped: the column names again",
        "Skipped: a page number",
    ]


def test_the_preview_shows_since_when_the_shop_knows_each_client(qtbot, workspace, tmp_path):
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "Дата регистрации"],
        ["Иванова Мария", "+7 916 111-22-33", datetime(2023, 3, 1, 12, 0)],
        ["Петров Иван", "+7 916 222-33-44", None],
        [None, "+7 916 333-44-55", "15.01.2021"],  # no name: nothing to show
    ])  # fmt: skip
    headers = importing.preview_model.headers
    assert headers[7:] == ["Client since", "Same as"]
    # Dates as the rest of the window writes them: the English one's, the Russian one's.
    assert preview_cells(importing, 2)[7] == "3/1/2023"
    assert preview_cells(importing, 3)[7] == ""
    assert preview_cells(importing, 4)[7:] == ["", ""]
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        importing.check()
        assert preview_cells(importing, 2)[7] == "01.03.2023"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_a_workbook_that_opens_on_other_sheets_shows_the_clients_sheet(
    qtbot, workspace, tmp_path
) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "Сводка"
    workbook.create_sheet("Итоги").append(["Всего клиентов", 1])  # no column names here
    clients = workbook.create_sheet("Клиенты")
    clients.append(["ФИО", "Телефон"])
    clients.append(["Иванов Иван", "8 916 123-45-67"])
    path = tmp_path / "book.xlsx"
    workbook.save(path)
    importing = ImportDialog(workspace, path)
    qtbot.addWidget(importing)
    assert importing.load_sheet()  # before this, the wizard would not open at all
    assert importing.sheet.currentText() == "Клиенты"
    assert importing.sheet_caption.text() == "Sheet"
    assert importing.mapping() == [Target.FULL_NAME, Target.PHONE]
    # The empty sheet can still be chosen: it is said to be empty, and the other one stays.
    importing.sheet.setCurrentText("Сводка")
    assert importing.table_data is not None and importing.table_data.sheet == "Клиенты"


def test_a_northwind_base_offers_its_customers_with_their_orders(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from clientbase.exchange import access_file
    from tests.test_exchange.test_access_file import NORTHWIND

    # No Northwind base can be had here (tests/data/THIRD_PARTY_SAMPLES.md): its tables stand in
    # for what access-parser reads from one.
    fake = SimpleNamespace(catalog={name: None for name in NORTHWIND})
    monkeypatch.setattr(access_file, "_open", lambda path: fake)
    monkeypatch.setattr(access_file, "_read", lambda parser, path, name: NORTHWIND[name])
    dialog = opened(qtbot, workspace, DATA / "users_jet4.mdb")
    shown = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert shown == [*NORTHWIND, "Customers and orders"]
    dialog.sheet.setCurrentIndex(len(shown) - 1)  # reads the chosen sheet
    assert dialog.sheet.currentData() == access_file.CUSTOMERS_AND_ORDERS
    assert dialog.mapping()[0] is Target.CLIENT_CODE
    dialog.check()
    dialog.run_import()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert len(find_client_ids(workspace.db, ClientQuery())) == 3
    history = import_history(workspace.db)[0]
    assert history.sheet == access_file.CUSTOMERS_AND_ORDERS


def test_a_grouped_report_shows_which_rows_are_its_clients(
    qtbot, workspace, tmp_path, no_modal_message_boxes
) -> None:
    from tests.test_services.test_importing import _SALES_REPORT, write_sheet

    dialog = opened(qtbot, workspace, write_sheet(tmp_path / "Продажи.xlsx", _SALES_REPORT))
    # The column's first value is the first client's, not the name of a grouping.
    assert dialog.columns.item(0, SAMPLE_COLUMN).text() == "Иванов Иван Иванович"
    dialog.check()
    assert preview_cells(dialog, 5)[1] == "Skipped: the names of the report's groupings"
    assert preview_cells(dialog, 6)[1] == "New client"
    assert preview_cells(dialog, 8)[1] == "Skipped: a line of the report under the client in row 6"
    assert dialog.import_button.isEnabled()

    # Figures that do not add up: the reason, and nothing to import.
    rows = [list(row) for row in _SALES_REPORT]
    rows[6][1:] = [5, 1000]
    dialog = opened(qtbot, workspace, write_sheet(tmp_path / "Продажи 2.xlsx", rows))
    dialog.check()
    assert "their figures do not add up" in no_modal_message_boxes[-1]
    assert not dialog.import_button.isEnabled()


def test_a_heading_between_the_rows_says_what_it_gives(qtbot, workspace, tmp_path) -> None:
    from tests.test_services.test_importing import write_sheet

    rows: list[list[object]] = [
        ["ФИО", "Телефон"],
        ["А"],
        ["Алексеев Алексей", "89161112233"],
        ["Оптовики:"],
        ["ООО Ромашка", "84951112237"],
    ]
    dialog = opened(qtbot, workspace, write_sheet(tmp_path / "clients.xlsx", rows))
    assert dialog.columns.item(0, SAMPLE_COLUMN).text() == "Алексеев Алексей"  # not «А»
    dialog.check()
    assert preview_cells(dialog, 2)[1] == "Skipped: a heading"
    assert preview_cells(dialog, 4)[1] == (
        "Skipped: a heading; the clients under it are tagged «Оптовики»"
    )
    assert preview_cells(dialog, 5)[1] == "New client"


def test_a_client_taken_for_a_heading_can_be_imported_as_one(qtbot, workspace, tmp_path) -> None:
    # A client alone in its row, with no phone and no name a person has, reads as a
    # heading; the preview offered no way to bring it in.
    from tests.test_services.test_importing import write_sheet

    rows: list[list[object]] = [
        ["ФИО", "Телефон"],
        ["Оптовики:"],
        ["ООО Ромашка", "84951112237"],
        ["Салон Стиль 2024"],  # its year makes it read as a heading
        ["ООО Лютик", "84951112238"],
    ]
    dialog = opened(qtbot, workspace, write_sheet(tmp_path / "clients.xlsx", rows))
    dialog.check()
    assert preview_cells(dialog, 4)[1] == (
        "Skipped: a heading; the clients under it are tagged «Салон Стиль 2024»"
    )
    model = dialog.preview_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "4")
    assert [name for _, name in model.index(row, 1).data(CHOICES_ROLE)] == [
        "Skip", "Import as a client",
    ]  # fmt: skip
    assert model.setData(model.index(row, 1), DuplicateRule.KEEP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 4)[1] == "New client")
    dialog.run_import()
    ids = find_client_ids(workspace.db, ClientQuery())
    cards = {workspace.clients.get(i).display_name: workspace.clients.get(i).data for i in ids}
    assert sorted(cards) == ["ООО Лютик", "ООО Ромашка", "Салон Стиль 2024"]
    # The rows after it stay under the heading above.
    assert cards["ООО Лютик"].tags == ["Оптовики"]


def test_a_list_without_column_names_shows_its_columns_by_letter(
    qtbot, workspace, tmp_path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "Иванов Иван;89161112233;ivan@mail.ru\n"
        "Петрова Мария;+7 916 111-22-34;maria@mail.ru\n"
        "Орлов Олег;8 903 111 22 35;oleg@mail\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    assert (dialog.header_row.value(), dialog.header_row.text()) == (0, "none")
    assert [dialog.columns.item(row, 0).text() for row in range(3)] == [
        "Column A", "Column B", "Column C",
    ]  # fmt: skip
    assert dialog.columns.item(0, SAMPLE_COLUMN).text() == "Иванов Иван"
    assert dialog.mapping() == [Target.FULL_NAME, Target.PHONE, Target.EMAIL]
    dialog.check()
    assert preview_cells(dialog, 1)[1:3] == ["New client", "Иванов Иван"]
    assert dialog.problems.item(0, 1).text() == "Column C"  # «oleg@mail» left out
    # The first row can still be taken for the names, as before.
    dialog.header_row.setValue(1)
    assert dialog.columns.item(0, 0).text() == "Иванов Иван"


def test_a_reports_documents_show_as_purchases_of_their_client(qtbot, workspace) -> None:
    dialog = opened(qtbot, workspace, DATA / "sales_report_1c.xlsx")
    dialog.check()
    assert preview_cells(dialog, 8)[1] == "Skipped: a line of the report under the client in row 7"
    assert preview_cells(dialog, 9)[1] == "A purchase of the client in row 7"
    assert "Purchases: 2" in dialog.summary.text()
    dialog.run_import()
    # The history says what the report brought: until 5 December only its clients.
    history = ImportHistoryDialog(workspace)
    qtbot.addWidget(history)
    assert history.table.horizontalHeaderItem(5).text() == "Purchases"
    assert history.table.item(0, 5).text() == "2"


def test_a_client_marked_archived_shows_so_in_the_preview(qtbot, workspace, tmp_path) -> None:
    importing = checked_orders(qtbot, workspace, tmp_path, [
        ["ФИО", "Телефон", "В архиве"],
        ["Иванов Иван", "8 916 111-22-33", "да"],
        ["Петрова Анна", "8 916 111-22-44", "нет"],
    ])  # fmt: skip
    combo = importing.columns.cellWidget(2, TARGET_COLUMN)
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == Target.ARCHIVED.value
    assert combo.currentText() == "In the archive (yes / no)"
    assert preview_cells(importing, 2)[1] == "New client, to the archive"
    assert preview_cells(importing, 3)[1] == "New client"


def test_sales_imported_before_show_as_in_the_base(qtbot, workspace, tmp_path) -> None:
    rows: list[list[object]] = [
        ["Дата заказа", "Клиент", "Товар", "Сумма"],
        [date(2026, 3, 5), "Иванов Иван", "Плед", 300],
        [date(2026, 3, 6), None, "Чай", 50],
    ]
    checked_orders(qtbot, workspace, tmp_path, rows).run_import()
    again = checked_orders(qtbot, workspace, tmp_path, rows)
    # The card has all the row says: no merge to make, the same sheet imported again.
    assert preview_cells(again, 2)[1] == "In the base already: the card does not change"
    assert "merged into clients in the base: 1 (1 of them unchanged)" in again.summary.text()
    assert preview_cells(again, 2)[-1].endswith("(in the base already)")
    assert preview_cells(again, 3)[1] == "Skipped: the purchase is in the base already"
    assert "Purchases: 0. Purchases in the base already, not added again: 2." in (
        again.summary.text()
    )


def test_the_first_values_show_as_the_sheet_shows_them(qtbot, workspace, tmp_path) -> None:
    # A birthday typed «15.03» and a discount shown «5%» read 15.03.2023 and 0.05 here.
    from tests.test_services.test_importing import write_sheet

    path = write_sheet(
        tmp_path / "clients.xlsx",
        [["ФИО", "День рождения", "Скидка"], ["Иванов Иван", datetime(2023, 3, 15), 0.05]],
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    sheet["B2"].number_format, sheet["C2"].number_format = "DD.MM", "0%"
    workbook.save(path)
    dialog = opened(qtbot, workspace, path)
    # The day and month as the window writes them (this test runs in English).
    assert [dialog.columns.item(row, SAMPLE_COLUMN).text() for row in range(3)] == [
        "Иванов Иван", "3/15", "5%",
    ]  # fmt: skip
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        russian = opened(qtbot, workspace, path)
        assert russian.columns.item(1, SAMPLE_COLUMN).text() == "15.03"
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_the_first_values_write_dates_as_the_window_does(qtbot, workspace, tmp_path) -> None:
    """Beside the preview's «2/1/1980», the column of the same birthdays showed «01.02.1980»
    in an English window: a day or a month, to a reader of either."""
    from tests.test_services.test_importing import write_sheet

    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Дата рождения", "Последний звонок"],
            ["Иванов Иван", datetime(1980, 2, 1), datetime(2025, 3, 4, 12, 30)],
        ],
    )

    def samples() -> list[str]:
        dialog = opened(qtbot, workspace, path)
        return [dialog.columns.item(row, SAMPLE_COLUMN).text() for row in (1, 2)]

    assert samples() == ["2/1/1980", "3/4/2025 12:30"]
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        assert samples() == ["01.02.1980", "04.03.2025 12:30"]
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_a_client_of_the_same_name_in_the_base_is_shown_and_can_be_merged(
    qtbot, workspace, tmp_path
) -> None:
    """The sheet imported again after Мария changed her phone: a new card, named beside
    hers in case she is the same client."""
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    path = tmp_path / "again.csv"
    path.write_text("ФИО;Телефон\nИванова Мария;+7 999 000-11-22\n", encoding="utf-8")
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    cells = preview_cells(dialog, 2)
    # With her phone, to tell whether she is the one with a new number.
    assert (cells[1], cells[-1]) == (
        "New client, though one of the same name is there",
        "Иванова Мария (+7 916 111-22-33)",
    )
    assert "The name of another client, other contacts: 1" in dialog.summary.text()
    model = dialog.preview_model
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.setData(model.index(0, 1), DuplicateRule.MERGE.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 2)[1] == "Merged into the client in the base")
    dialog.run_import()
    assert find_client_ids(workspace.db, ClientQuery()) == [maria]
    assert len(workspace.clients.get(maria).data.phones) == 2


def test_the_preview_can_show_only_the_rows_to_look_at(qtbot, dialog) -> None:
    """Among a sheet's thousands of rows, the few to decide on: the duplicate (row 8), the
    row with values left out (9) and the one without a name (13) of the messy sheet."""
    dialog.check()
    model = dialog.preview_model
    assert dialog.only_worth_a_look.text() == "Only the rows to look at (3)"
    assert model.rowCount() == 9
    dialog.only_worth_a_look.setChecked(True)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["8", "9", "13"]
    # Decided, the row stays in the list, to be seen and changed again.
    assert model.setData(model.index(0, 1), DuplicateRule.KEEP.value)
    qtbot.waitUntil(lambda: preview_cells(dialog, 8)[1] == "New client (added apart)")
    assert model.rowCount() == 3
    dialog.only_worth_a_look.setChecked(False)
    assert model.rowCount() == 9


def test_a_list_imported_again_leaves_no_row_to_look_at(qtbot, workspace, tmp_path) -> None:
    """Every row of a list imported again is a merge that changes nothing: none to decide."""
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Телефон\nИванова Мария;+7 916 111-22-33\n", encoding="utf-8")
    first = opened(qtbot, workspace, path)
    first.check()
    first.run_import()
    again = opened(qtbot, workspace, path)
    again.check()
    assert preview_cells(again, 2)[1] == "In the base already: the card does not change"
    assert again.only_worth_a_look.text() == "Only the rows to look at (0)"


def test_a_regulars_next_sales_on_a_sales_log_are_no_rows_to_look_at(
    qtbot, workspace, tmp_path
) -> None:
    """A shop's sales log names its regulars on thousands of rows: each was a «duplicate» to
    look at, burying the one row that is. A row that brings something new of the client's
    (a second phone) stays one to look at."""
    path = tmp_path / "log.csv"
    path.write_text(
        "Дата;Покупатель;Телефон;Товар;Сумма\n"
        "12.01.2026;Иванова Мария;8 916 111-22-33;Плед;4500\n"
        "20.01.2026;Иванова Мария;+7 916 111-22-33;Чай;700\n"
        "21.01.2026;Иванова Мария;8 916 111-22-33;Свеча;300\n"
        "22.01.2026;Петров Олег;8 916 111-22-34;Чай;700\n"
        "23.01.2026;Петров Олег;8 916 111-22-34, 8 495 123-45-67;Мёд;900\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.only_worth_a_look.text() == "Only the rows to look at (1)"
    dialog.only_worth_a_look.setChecked(True)
    model = dialog.preview_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["6"]
    dialog.run_import()
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert len(workspace.purchases.list_for(maria)) == 3


def test_an_attendance_sheets_visits_under_each_client_are_nothing_to_look_at(
    qtbot, workspace, tmp_path
) -> None:
    """Each day a client came is a row of the preview under the client's: the program's
    own spreading, no row without a name to decide on nor one listed twice."""
    path = tmp_path / "visits.csv"
    path.write_text(
        "ФИО;Телефон;03.11.2026;10.11.2026;17.11.2026\n"
        "Иванова Мария;8 916 111-22-33;+;н;+\n"
        "Петров Олег;8 916 222-33-44;;+;\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.only_worth_a_look.text() == "Only the rows to look at (0)"
    model = dialog.preview_model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "New client", "Added to the client in row 2", "New client",
    ]  # fmt: skip
    assert model.index(1, 1).data(CHOICES_ROLE) in (None, [])
    dialog.run_import()
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert len(workspace.interactions.list_for(maria)) == 2


def test_the_preview_shows_the_tags_a_row_brings_its_colour_too(qtbot, workspace, tmp_path) -> None:
    """A row the shop filled yellow comes in tagged «highlighted yellow» (in the English
    window; «выделен жёлтым» in the Russian): seen before it is."""
    from openpyxl.styles import PatternFill

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", "Метки"])
    sheet.append(["Иванова Мария", "+79161112233", "опт"])
    for number in range(2, 7):
        sheet.append([f"Клиентов Клиент{number}", f"+7916111{number:04d}", None])
    for cell in sheet[3]:
        cell.fill = PatternFill("solid", fgColor="FFFFFF00")
    workbook.save(path := tmp_path / "marked.xlsx")
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.preview_model.headers[7] == "Tags"
    assert preview_cells(dialog, 2)[7] == "опт"
    assert preview_cells(dialog, 3)[7] == "highlighted yellow"
    assert preview_cells(dialog, 4)[7] == ""


def test_the_preview_shows_each_childs_name_and_birthday(qtbot, workspace, tmp_path) -> None:
    """A children's shop's «Дети» and «Дата рождения ребенка» become the card's contact
    persons: seen in the preview, not only after the import."""
    path = tmp_path / "kids.csv"
    path.write_text(
        "ФИО;Телефон;Дети;Дата рождения ребенка\n"
        "Иванова Мария;+79161112233;сын Петя, Маша;12.05.2015, 03.02.2018\n"
        "Петрова Анна;+79161112244;;\n",
        "utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.preview_model.headers[7] == "Contact persons"
    # Dates as the window writes them, as in its «Birthday» column (month first here).
    assert preview_cells(dialog, 2)[7] == "Петя (сын, 5/12/2015); Маша (2/3/2018)"
    assert preview_cells(dialog, 3)[7] == ""


def test_the_preview_shows_each_clients_messengers(qtbot, workspace, tmp_path) -> None:
    """«Ник в инстаграме», a Telegram link: the preview showed no messenger, so a handle
    taken from its column seemed lost (a second one shows in the notes)."""
    path = tmp_path / "shop.csv"
    path.write_text(
        "ФИО;Телефон;Ник в инстаграме;Telegram\n"
        "Иванова Мария;+79161112233;@masha_iv;t.me/masha\n"
        "Петрова Анна;+79161112244;;\n",
        "utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.preview_model.headers[7] == "Messengers"
    assert preview_cells(dialog, 2)[7] == "Instagram: @masha_iv; Telegram: @masha"
    assert preview_cells(dialog, 3)[7] == ""


def test_the_previews_last_column_fills_the_rest_with_a_column_more(
    qtbot, workspace, tmp_path
) -> None:
    """A sheet with «Клиент с» adds a column to the preview: its last one kept its old width
    and left a grey gap on the right instead of filling it."""
    path = tmp_path / "since.csv"
    path.write_text("ФИО;Телефон;Клиент с\nИванова Мария;+79161112233;01.02.2020\n", "utf-8")
    dialog = opened(qtbot, workspace, path)
    dialog.resize(1300, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.check()
    header = dialog.preview.horizontalHeader()
    last = header.count() - 1
    assert dialog.preview_model.headers[last] == "Same as"
    assert header.sectionViewportPosition(last) + header.sectionSize(last) == (
        header.viewport().width()
    )


def test_a_hidden_sheet_is_named_so_and_not_offered_next(qtbot, workspace) -> None:
    """The workbook's hidden «Справочник» stays in the list of sheets, marked, for whoever
    wants it; the wizard opens on «Клиенты» and offers «Покупки» after it, not the lists."""
    dialog = opened(qtbot, workspace, DATA / "lookup_sheet_first.xlsx")
    shown = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
    assert shown == ["Справочник (hidden sheet)", "Клиенты", "Покупки"]
    assert dialog.sheet.currentData() == "Клиенты"
    assert dialog.later_sheets() == ["Покупки"]


def test_a_tills_sales_of_clients_of_the_base_alone_can_be_imported(qtbot, workspace, tmp_path):
    """Each row a sale of a client the base has, found by phone, and nothing for any card:
    the preview listed the purchases and left Import greyed out."""
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    path = tmp_path / "till.csv"
    path.write_text(
        "Дата;Телефон;Товар;Сумма\n01.02.2026;89161112233;Чай;100\n02.02.2026;89161112233;Плед;200\n",
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    assert dialog.import_button.isEnabled()
    # Not «skipped»: the rows bring their sales.
    summary = dialog.summary.text()
    assert "skipped: 0;" in summary
    assert "Sales of clients in the base, whose cards stay as they are: 2." in summary
    dialog.run_import()
    assert workspace.clients.get(maria).summary.total_spent == Decimal(300)


def test_the_sheets_of_a_sales_book_are_checked_and_imported_as_one(
    qtbot, workspace, tmp_path
) -> None:
    book = sales_book(tmp_path / "sales.xlsx")
    workbook = openpyxl.load_workbook(book)
    workbook["Февраль"]["C3"] = "8 916 12"  # a phone cut short, on the second sheet
    workbook.save(book)
    dialog = opened(qtbot, workspace, book)
    assert dialog.sheet.currentText() == "Январь"
    assert not dialog.join_sheets.isHidden() and not dialog.join_sheets.isChecked()
    dialog.join_sheets.setChecked(True)
    assert dialog.join_sheets.text() == (
        "Together with the sheets «Февраль» (not taken, of other columns: «Итоги», «Лист5»)"
    )
    assert not dialog.header_row.isEnabled()  # each sheet's column names found on it
    dialog.check()
    model = dialog.preview_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "4 (Январь)", "5 (Январь)", "2 (Февраль)", "3 (Февраль)",
    ]  # fmt: skip
    assert "4 (Январь)" in model.index(2, 1).data()  # merged into January's row
    assert dialog.problems.item(0, 0).text() == "3 (Февраль)"
    # The phone retyped where the person sees it goes to February's row.
    dialog.problems.item(0, 2).setText("8 916 123-45-99")
    dialog.check()
    assert dialog.problems.rowCount() == 0
    dialog.run_import()
    [record] = import_history(workspace.db)
    assert (record.id, record.sheet, record.counts["purchases"]) == (
        dialog.batch_id, "Январь, Февраль", 4,
    )  # fmt: skip
    [anna] = find_client_ids(workspace.db, ClientQuery(search="сидорова"))
    assert [p.raw for p in workspace.clients.get(anna).data.phones] == ["8 916 123-45-99"]
    # The sheets taken are not offered again after the import; the summary is.
    assert dialog.later_sheets() == ["Итоги", "Лист5"]


def test_the_sheets_taken_together_can_be_left_again(qtbot, workspace, tmp_path) -> None:
    dialog = opened(qtbot, workspace, sales_book(tmp_path / "sales.xlsx"))
    dialog.join_sheets.setChecked(True)
    dialog.check()
    assert dialog.plan is not None and len(dialog.plan.rows) == 4
    dialog.join_sheets.setChecked(False)
    assert dialog.join_sheets.text().startswith("Also the other sheets")
    assert dialog.header_row.isEnabled() and dialog.plan is None
    dialog.check()
    assert [row.line for row in dialog.plan.rows] == [4, 5]
    assert dialog.preview_model.index(0, 0).data() == "4"


def test_a_workbook_without_another_sheet_of_its_columns_says_so(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    book = openpyxl.Workbook()
    clients = book.active
    assert clients is not None
    for row in (["ФИО", "Телефон"], ["Иванова Мария", "89161234567"]):
        clients.append(row)
    notes = book.create_sheet("Заметки")
    notes.append(["Что", "Когда"])
    notes.append(["Позвонить поставщику", "в среду"])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    dialog = opened(qtbot, workspace, path)
    assert not dialog.join_sheets.isHidden()
    dialog.join_sheets.setChecked(True)
    assert said == ["No other sheet of the file has the same column names."]
    assert not dialog.join_sheets.isChecked() and dialog.header_row.isEnabled()
    dialog.check()
    assert [row.line for row in dialog.plan.rows] == [2]
    single = opened(qtbot, workspace, DATA / "clients_cp1251.csv")
    assert single.join_sheets.isHidden()


def test_a_documents_tables_of_the_same_columns_are_taken_as_tables(
    qtbot, workspace, tmp_path
) -> None:
    # A list kept in Word a table a letter of the alphabet.
    def table(*names: str) -> str:
        head = word.row(word.cell("ФИО"), word.cell("Телефон"))
        rows = [head, *(word.row(word.cell(name), word.cell(f"8916123456{n}"))
                        for n, name in enumerate(names))]  # fmt: skip
        return f"<w:tbl>{''.join(rows)}</w:tbl><w:p/>"

    path = word.word_file(tmp_path / "Клиенты.docx", table("Андреева Анна", "Антонов Олег")
                     + table("Борисова Вера"))  # fmt: skip
    dialog = opened(qtbot, workspace, path)
    assert dialog.join_sheets.text() == (
        "Also the other tables with the same column names, as one list"
    )
    dialog.join_sheets.setChecked(True)
    assert dialog.join_sheets.text() == "Together with the tables «Клиенты (2)»"
    dialog.check()
    assert dialog.plan is not None and dialog.plan.counts()["new"] == 3
    assert dialog.preview_model.index(2, 0).data() == "2 (Клиенты (2))"


def test_rows_imported_already_are_said_and_asked_about_before_adding_clients(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    """The same list opened again from the downloads folder: the preview says when it was
    imported, and Import asks before adding clients (No is the default answer)."""
    path = tmp_path / "клиенты.csv"
    path.write_text(
        "ФИО;Телефон\nИванов Иван;89161234567\nПетрова Анна;89031112233\n", encoding="utf-8"
    )
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    first = commit_import(workspace.db, workspace.settings, plan)
    # Anna's card deleted since: the list would bring her back.
    anna = find_client_ids(workspace.db, ClientQuery())[-1]
    assert workspace.clients.get(anna).data.last_name == "Петрова"
    workspace.clients.delete(anna)
    when = import_history(workspace.db)[0].imported_at

    asked: list[tuple[str, QMessageBox.StandardButton]] = []
    answer = QMessageBox.StandardButton.No

    def question(parent, title, text, buttons, default) -> QMessageBox.StandardButton:
        asked.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = opened(qtbot, workspace, path)
    dialog.check()
    said = (
        f"These rows were imported already, on {format_datetime(when)} from клиенты.csv "
        "(клиенты) (File → Import history)."
    )
    assert dialog.summary.text().startswith(said + "\nRows: 2. New clients: 1;")
    dialog.run_import()
    question = said.replace(" (File → Import history).", ". Import them again? New clients: 1.")
    assert asked == [(question, QMessageBox.StandardButton.No)]
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    assert [b.id for b in import_history(workspace.db)] == [first]
    answer = QMessageBox.StandardButton.Yes
    dialog.run_import()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert len(find_client_ids(workspace.db, ClientQuery())) == 2


def test_rows_imported_already_that_add_nobody_are_imported_without_a_question(
    qtbot, dialog, workspace, no_modal_message_boxes
) -> None:
    table, header, mapping = read_plan_source(DATA / "messy_clients.xlsx")
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, "messy.xlsx")
    commit_import(workspace.db, workspace.settings, plan)
    dialog.check()
    assert dialog.summary.text().startswith("These rows were imported already, on ")
    dialog.run_import()
    assert no_modal_message_boxes == []
    assert dialog.result() == ImportDialog.DialogCode.Accepted


def test_a_long_note_shows_its_first_words_and_is_whole_in_its_tooltip(qtbot, workspace, tmp_path):
    note = "Постоянная клиентка с 2015 года, " * 6
    path = tmp_path / "clients.csv"
    path.write_text(f"ФИО;Телефон;Заметки\nИванова Мария;89161234567;{note}\n", encoding="utf-8")
    importing = opened(qtbot, workspace, path)
    importing.check()
    model = importing.preview_model
    assert model.headers[-1] == "Notes"
    shown = model.index(0, len(model.headers) - 1)
    assert len(shown.data()) == 100 and shown.data().endswith("…")
    assert shown.data(Qt.ItemDataRole.ToolTipRole) == note.strip()


def test_a_columns_first_value_is_one_that_says_something(qtbot, workspace, tmp_path) -> None:
    # «нет» above the first phone was what the wizard showed of the «Телефон» column.
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон;Город\nИванова Анна;нет;—\nПетров Олег;89161112233;—\n", encoding="utf-8"
    )
    dialog = opened(qtbot, workspace, path)
    assert dialog.columns.item(1, SAMPLE_COLUMN).text() == "89161112233"
    assert dialog.columns.item(2, SAMPLE_COLUMN).text() == "—"  # nothing better below it


def test_a_field_set_on_a_second_column_moves_the_first_to_the_notes(
    qtbot, workspace, tmp_path
) -> None:
    # Two columns could both say «Город»: the second's values wrote over the first's.
    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Город;Откуда\nИванова Анна;Тверь;Москва\n", encoding="utf-8")
    dialog = opened(qtbot, workspace, path)
    assert dialog.mapping() == [Target.FULL_NAME, Target.CITY, Target.NOTES]
    combo = dialog.columns.cellWidget(2, TARGET_COLUMN)
    combo.setCurrentIndex(combo.findData(Target.CITY.value))
    assert dialog.mapping() == [Target.FULL_NAME, Target.NOTES, Target.CITY]
    dialog.check()
    data = dialog.plan.rows[0].data
    assert data is not None and (data.city, data.notes) == ("Москва", "Город: Тверь")
    # A field of many columns stays on each.
    combo.setCurrentIndex(combo.findData(Target.PHONE.value))
    other = dialog.columns.cellWidget(1, TARGET_COLUMN)
    other.setCurrentIndex(other.findData(Target.PHONE.value))
    assert dialog.mapping() == [Target.FULL_NAME, Target.PHONE, Target.PHONE]


def test_the_counts_keep_all_their_lines_beside_a_sheet_of_many_columns(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    # With eight columns or more the mapping and the preview took the room, and the counts
    # showed a line and a half: «…повторов в файле: 1, пропущено: 0, строк без имени» cut.
    names = ["ФИО", "Телефон", *(f"Поле {n}" for n in range(1, 13))]
    rows = [
        ["Иванова Анна", f"8916123456{n}", *(f"значение {n}" for n in range(12))] for n in range(3)
    ]
    dialog = checked_csv(
        qtbot, workspace, tmp_path / "wide.csv", "\n".join(";".join(r) for r in [names, *rows])
    )
    dialog.resize(900, 760)
    dialog.show()
    summary = dialog.summary
    assert summary.heightForWidth(summary.width()) > summary.fontMetrics().height() * 2
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))


def test_the_preview_shows_a_visit_called_off_on_one_line(qtbot, workspace, tmp_path) -> None:
    """A salon's visit to come, called off: the history entry it becomes, its sum and master
    beside it on the row's one line."""
    past, ahead = date.today() - timedelta(days=5), date.today() + timedelta(days=5)
    dialog = checked_csv(
        qtbot,
        workspace,
        tmp_path / "visits.csv",
        "Дата;Время;Клиент;Телефон;Услуга;Мастер;Стоимость;Статус\n"
        f"{past:%d.%m.%Y};10:00;Иванова Анна;+79161234567;Маникюр;Ольга;1500;Пришёл\n"
        f"{ahead:%d.%m.%Y};12:00;Петрова Мария;+79161234568;Педикюр;Ольга;2000;Отменена\n",
    )
    model = dialog.preview_model
    assert dialog.plan is not None and dialog.plan.problems() == []
    column = model.headers.index("To the history")
    assert preview_cells(dialog, 3)[column] == (
        f"{ahead.month}/{ahead.day}/{ahead.year}: "
        "Booking called off: Педикюр · Стоимость: 2000 · Мастер: Ольга"
    )
