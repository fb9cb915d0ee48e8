"""A workbook of a sheet a month (or a sheet a kind of client) imported as one list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from clientbase.errors import ImportFileError
from clientbase.exchange import sheet_cells, table_file
from clientbase.exchange.ods_writer import write_ods
from clientbase.exchange.sheet_column import Sheet, SheetColumn
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import (
    hidden_rows_below,
    mapping_for,
    plan_import,
    read_plan_source,
    without_hidden_rows,
)
from clientbase.services.importing import commit_import
from clientbase.services.joined_sheets import join_sheets, sheets_to_join
from clientbase.services.sheet_columns import ColumnOrder, column_order
from clientbase.services.workspace import Workspace

HEADER = ["Дата", "Клиент", "Телефон", "Товар", "Сумма"]
JANUARY = [
    [date(2026, 1, 5), "Иванова Мария", "89161234567", "Куртка", 5000],
    [date(2026, 1, 9), "Петров Пётр", "89031112233", "Шапка", 1000],
]
FEBRUARY = [
    [date(2026, 2, 2), "Иванова Мария", "+7 916 123-45-67", "Шарф", 800],
    [date(2026, 2, 7), "Сидорова Анна", "89265554433", "Перчатки", 700],
]
TOTALS = [["Месяц", "Выручка"], ["Январь", 6000], ["Февраль", 1500]]


def workbook_of(path: Path, sheets: dict[str, list[list[object]]]) -> openpyxl.Workbook:
    """A workbook of these sheets and rows, saved at `path` (and returned, to mark)."""
    book = openpyxl.Workbook()
    for index, (name, rows) in enumerate(sheets.items()):
        sheet = book.worksheets[0] if index == 0 else book.create_sheet()
        sheet.title = name
        for row in rows:
            sheet.append(row)
    book.save(path)
    return book


def sales_book(path: Path) -> Path:
    """«Январь» under a title row, «Февраль», a summary of other columns, a hidden sheet of
    the same columns (a template) and an empty one."""
    book = workbook_of(
        path,
        {
            "Январь": [["Продажи за январь 2026"], [], HEADER, *JANUARY],
            "Февраль": [HEADER, *FEBRUARY],
            "Итоги": TOTALS,
            "Шаблон": [HEADER, [date(2026, 1, 1), "Образец Клиента", "89990000000", "Товар", 1]],
            "Лист5": [],
        },
    )
    book["Шаблон"].sheet_state = "hidden"
    book.save(path)
    return path


def test_the_sheets_of_a_sales_book_are_imported_as_one_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = sales_book(tmp_path / "Продажи 2026.xlsx")
    table, header, mapping = read_plan_source(path)
    assert sheets_to_join(table) == ["Февраль", "Итоги", "Лист5"]  # not the hidden template
    joined = join_sheets(path, table, header)
    assert (joined.joined, joined.other) == (("Январь", "Февраль"), ("Итоги", "Лист5"))
    plan = plan_import(workspace.db, workspace.settings, joined.table, header, mapping, path.name)
    # Each row as its own sheet numbers it: January's list starts under a title.
    assert [plan.where(row.line) for row in plan.rows] == [
        "4 (Январь)", "5 (Январь)", "2 (Февраль)", "3 (Февраль)",
    ]  # fmt: skip
    counts = plan.counts()
    assert (counts["new"], counts["listed_twice"], counts["purchases"]) == (3, 1, 4)
    batch = commit_import(workspace.db, workspace.settings, plan)
    [record] = import_history(workspace.db)
    assert (record.id, record.sheet) == (batch, "Январь, Февраль")
    ids = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert len(ids) == 1
    bought = sorted(
        (purchase.data.date, purchase.data.items[0].name)
        for purchase in workspace.purchases.list_for(ids[0])
    )
    assert bought == [(date(2026, 1, 5), "Куртка"), (date(2026, 2, 2), "Шарф")]


def test_an_ods_workbook_joins_its_sheets_too(workspace: Workspace, tmp_path: Path) -> None:
    columns = [SheetColumn(title, 12) for title in HEADER]
    path = tmp_path / "sales.ods"
    write_ods(path, [Sheet("Январь", columns, JANUARY), Sheet("Февраль", columns, FEBRUARY)])
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header)
    assert joined.joined == ("Январь", "Февраль")
    plan = plan_import(workspace.db, workspace.settings, joined.table, header, mapping, "s")
    assert [plan.where(row.line) for row in plan.rows][-1] == "3 (Февраль)"
    assert plan.counts()["purchases"] == 4


def test_a_sheet_of_other_columns_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    # Two of the list's five columns and three others: a purchases sheet, not a month.
    others = [HEADER[1], HEADER[2], "Адрес", "Город", "Дата рождения"]
    workbook_of(path, {"Январь": [HEADER, *JANUARY], "Клиенты": [others]})
    table, header, _ = read_plan_source(path)
    joined = join_sheets(path, table, header)
    assert (joined.joined, joined.other) == (("Январь",), ("Клиенты",))
    assert joined.table is table  # nothing joined: the sheet as it was read


def test_a_months_columns_moved_added_or_dropped_are_taken_by_their_names(
    workspace: Workspace, tmp_path: Path
) -> None:
    """February moved the client's columns to the front, March added «Скидка», April
    dropped «Товар»: each value goes under the list's column of its name, and the added
    column is named at the list's right."""
    path = tmp_path / "sales.xlsx"
    moved = [1, 2, 0, 3, 4]
    book = workbook_of(path, {
        "Январь": [HEADER, *JANUARY],
        "Февраль": [[HEADER[i] for i in moved], *[[row[i] for i in moved] for row in FEBRUARY]],
        "Март": [[*HEADER, "Скидка"],
                 [date(2026, 3, 3), "Петров Пётр", "89031112233", "Шапка", 900, "10%"]],
        "Апрель": [[*HEADER[:3], "Скидка", "Сумма"],
                   [date(2026, 4, 3), "Петров Пётр", "89031112233", "5%", 500]],
    })  # fmt: skip
    # A note on February's phone cell (its column B) stays the phone's.
    book["Февраль"]["B3"].comment = Comment("звонить после 18", "Продавец")
    book.save(path)
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header)
    assert joined.joined == ("Январь", "Февраль", "Март", "Апрель")
    rows = joined.table.rows
    assert rows[0] == [*HEADER, "Скидка"]
    assert rows[3:] == [
        [], *FEBRUARY,
        [], [date(2026, 3, 3), "Петров Пётр", "89031112233", "Шапка", 900, "10%"],
        [], [date(2026, 4, 3), "Петров Пётр", "89031112233", None, 500, "5%"],
    ]  # fmt: skip
    wider = mapping_for(joined.table, header, path.name)
    assert wider[: len(mapping)] == mapping and len(wider) == len(mapping) + 1
    plan = plan_import(workspace.db, workspace.settings, joined.table, header, wider, path.name)
    assert plan.counts()["purchases"] == 6
    commit_import(workspace.db, workspace.settings, plan)
    [anna] = find_client_ids(workspace.db, ClientQuery(search="сидорова"))
    [gloves] = workspace.purchases.list_for(anna)
    assert (gloves.data.date, gloves.data.total) == (date(2026, 2, 7), 700)
    assert "«Телефон»: звонить после 18" in gloves.data.comment


def test_a_sheet_that_adds_or_drops_more_than_one_column_in_four_is_another_list(
    tmp_path: Path,
) -> None:
    path = tmp_path / "book.xlsx"
    workbook_of(path, {
        "Январь": [HEADER, *JANUARY],
        "Март": [[*HEADER, "Скидка", "Продавец"]],  # two added to five
        "Май": [[*HEADER[:3], "Сумма"]],  # one dropped
        "Июнь": [[*HEADER[:3], "Сумма", "Скидка"]],  # one dropped, one added
    })  # fmt: skip
    table, header, _ = read_plan_source(path)
    joined = join_sheets(path, table, header)
    assert (joined.joined, joined.other) == (("Январь", "Май"), ("Март", "Июнь"))


def test_the_columns_of_a_later_sheet_by_their_names() -> None:
    five = ["дата", "клиент", "телефон", "товар", "сумма"]
    assert column_order(five, five) == ColumnOrder((0, 1, 2, 3, 4), (), 5)
    assert column_order(five, [*five[1:], "дата"]) == ColumnOrder((4, 0, 1, 2, 3), (), 5)
    assert column_order(five, [*five, "скидка"]) == ColumnOrder((0, 1, 2, 3, 4), (5,), 6)
    assert column_order(five, five[:4]) == ColumnOrder((0, 1, 2, 3, None), (), 4)
    # Another list: two changes in five, a list of three changed at all, a name twice, or
    # a column of no name on a sheet of other names or order.
    assert column_order(five, [*five[:4], "скидка"]) is None
    assert column_order(five[:3], [*five[:3], "товар"]) is None
    assert column_order(five[:3], [five[1], five[0], five[2]]) is not None
    assert column_order(five, [*five[1:], "дата", "дата"]) is None
    assert column_order(["дата", "", *five[1:]], ["дата", "", *five[1:]]) is not None
    assert column_order(["дата", "", *five[1:]], ["", *five]) is None
    # The list's column of no name is left empty by a sheet that moves the others.
    assert column_order(["дата", "", *five[1:]], [*five[1:], "дата"]) == ColumnOrder(
        (4, None, 0, 1, 2, 3), (), 5
    )
    # Columns other sheets added count as the list's own for nothing: a sheet without
    # March's «Скидка» but with its own «Продавец» is one change to the first sheet's five.
    assert column_order([*five, "скидка"], [*five, "продавец"], own=5) == ColumnOrder(
        (0, 1, 2, 3, 4, None), (5,), 6
    )


def test_what_a_later_sheet_says_beside_its_values_stays_on_its_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    # February's second client has a note on her phone cell and a yellow row; its first row
    # is hidden by a filter. Each must stay on its own row once the sheets are one list.
    path = sales_book(tmp_path / "sales.xlsx")
    book = openpyxl.load_workbook(path)
    february = book["Февраль"]
    february["C3"].comment = Comment("звонить после 18", "Продавец")
    for cell in february[3]:
        cell.fill = PatternFill("solid", fgColor="FFFF00")
    february.row_dimensions[2].hidden = True
    book.save(path)
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header).table
    hidden = hidden_rows_below(joined, header)
    assert [joined.rows[index][1] for index in hidden] == ["Иванова Мария"]
    shown = without_hidden_rows(joined, header)
    plan = plan_import(workspace.db, workspace.settings, shown, header, mapping, path.name)
    assert [plan.where(row.line) for row in plan.rows] == [
        "4 (Январь)", "5 (Январь)", "3 (Февраль)",
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    [anna] = find_client_ids(workspace.db, ClientQuery(search="сидорова"))
    # On a sheet of sales the notes and the colour are the sale's.
    [gloves] = workspace.purchases.list_for(anna)
    assert "звонить после 18" in gloves.data.comment
    assert "выделена жёлтым" in gloves.data.comment
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert len(workspace.purchases.list_for(maria)) == 1  # February's sale was left out
    assert not workspace.clients.get(maria).data.tags


def test_a_later_sheets_value_past_the_named_columns_is_not_dropped(
    workspace: Workspace, tmp_path: Path
) -> None:
    # March has a value past the last named column: its header still matches, and the
    # value, under no name, comes in as any such value does.
    path = tmp_path / "sales.xlsx"
    march = [HEADER, [date(2026, 3, 3), "Орлова Ольга", "89160001122", "Зонт", 900, "подарок"]]
    workbook_of(path, {"Январь": [HEADER, *JANUARY], "Март": march})
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header).table
    assert joined.parts and [part.sheet for part in joined.parts] == ["Январь", "Март"]
    wider = mapping_for(joined, header, path.name)
    assert len(wider) == len(mapping) + 1
    plan = plan_import(workspace.db, workspace.settings, joined, header, wider, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    [olga] = find_client_ids(workspace.db, ClientQuery(search="орлова"))
    sale = workspace.purchases.list_for(olga)[0].data
    assert "подарок" in (sale.comment + workspace.clients.get(olga).data.notes)


def test_a_name_merged_over_two_rows_of_a_later_sheet_is_one_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Clients kept a sheet a kind; on «Розница» a client's name is merged down over the
    # row of her second phone.
    path = tmp_path / "clients.xlsx"
    retail = [
        ["ФИО", "Телефон"],
        ["Орлова Ольга", "89160001122"],
        ["Иванова Мария", "89161234567"],
        [None, "84951234567"],
    ]
    book = workbook_of(path, {"Опт": [["ФИО", "Телефон"], ["Петров Пётр", "89031112233"]],
                              "Розница": retail})  # fmt: skip
    book["Розница"].merge_cells("A3:A4")
    book.save(path)
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header).table
    plan = plan_import(workspace.db, workspace.settings, joined, header, mapping, path.name)
    assert plan.counts()["new"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    phones = [phone.raw for phone in workspace.clients.get(maria).data.phones]
    assert phones == ["89161234567", "84951234567"]


def test_sheets_that_fit_one_by_one_but_not_together_are_refused(
    tmp_path: Path, monkeypatch
) -> None:
    # Each sheet was read within the memory's budget; joined, they are checked again, so
    # that a year of big months does not push the computer into swap while it is checked.
    path = sales_book(tmp_path / "sales.xlsx")
    table, header, _ = read_plan_source(path)
    monkeypatch.setattr(sheet_cells, "ALWAYS_FITS", 2)
    monkeypatch.setattr(sheet_cells, "rows_that_fit", lambda filled, width: len(table.rows))
    with pytest.raises(ImportFileError) as refused:
        join_sheets(path, table, header)
    assert refused.value.code == "too_big_for_memory"
    assert refused.value.counts == {"rows": len(table.rows) + 3, "fits": len(table.rows)}


def test_a_web_pages_tables_of_the_same_columns_are_read_once_and_joined(
    tmp_path: Path, monkeypatch
) -> None:
    def table(*rows: tuple[str, str]) -> str:
        cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        return f"<table>{cells}</table>"

    path = tmp_path / "clients.html"
    path.write_text(
        "<html><body>"
        + table(("ФИО", "Телефон"), ("Андреева Анна", "89161234560"))
        + table(("ФИО", "Телефон"), ("Борисова Вера", "89161234561"))
        + table(("Товар", "Цена"), ("Чай", "100"))
        + "</body></html>",
        encoding="utf-8",
    )
    table_data, header, _ = read_plan_source(path, "clients (1)")
    readings: list[Path] = []
    original = table_file.read_html_tables

    def counted(*args: object, **kwargs: object) -> object:
        readings.append(path)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(table_file, "read_html_tables", counted)
    joined = join_sheets(path, table_data, header)
    assert (joined.joined, joined.other) == (("clients (1)", "clients (2)"), ("clients (3)",))
    assert [row[0] for row in joined.table.rows if row] == ["ФИО", "Андреева Анна", "Борисова Вера"]
    assert len(readings) == 1  # the page read once for both other tables


def test_clients_kept_a_sheet_a_kind_keep_their_group_as_a_tag(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Опт» and «Розница» were what set the clients apart; joined, they are tags, as a
    heading over a group in one sheet is. A town's or a default sheet's name tags nobody."""
    path = tmp_path / "clients.xlsx"
    head = ["ФИО", "Телефон"]
    workbook_of(path, {
        "Опт": [head, ["Петров Пётр", "89031112233"]],
        "Розница": [head, ["Иванова Мария", "89161234567"], ["Петров Пётр", "89031112233"]],
        "Москва": [head, ["Сидорова Анна", "89265554433"]],
        "Лист4": [head, ["Орлова Ольга", "89160001122"]],
    })  # fmt: skip
    table, header, mapping = read_plan_source(path)
    alone = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [row.data.tags for row in alone.rows if row.data] == [[]]
    joined = join_sheets(path, table, header).table
    plan = plan_import(workspace.db, workspace.settings, joined, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    tags = {
        workspace.clients.get(i).data.last_name: workspace.clients.get(i).data.tags
        for i in find_client_ids(workspace.db, ClientQuery())
    }
    assert tags == {
        "Петров": ["Опт", "Розница"], "Иванова": ["Розница"], "Сидорова": [], "Орлова": [],
    }  # fmt: skip


def test_a_sales_books_months_tag_no_client(workspace: Workspace, tmp_path: Path) -> None:
    path = sales_book(tmp_path / "sales.xlsx")
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header).table
    plan = plan_import(workspace.db, workspace.settings, joined, header, mapping, path.name)
    assert all(not row.data.tags for row in plan.rows if row.data)


def test_a_sheet_of_months_for_each_year_is_one_list(workspace: Workspace, tmp_path: Path) -> None:
    # A sheet a year, each of its months' sums: only the first one was read as purchases,
    # the others left out as sheets of other columns.
    months = ["ФИО", "Телефон", "Январь", "Февраль", "Март"]
    path = tmp_path / "Продажи.xlsx"
    workbook_of(
        path,
        {
            "2025": [months, ["Иванова Мария", "89161234567", 1500, None, 700]],
            "2026": [
                ["Продажи за 2026 год"],
                months,
                ["Петров Пётр", "89031112233", None, 900, None],
                ["Иванова Мария", "89161234567", 2000, 300, None],
            ],
        },
    )
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header)
    assert (joined.joined, joined.other) == (("2025", "2026"), ())
    plan = plan_import(workspace.db, workspace.settings, joined.table, header, mapping, path.name)
    # Each purchase's row named by its sheet's own line, a client's months under one line.
    assert [plan.where(row.line) for row in plan.rows] == [
        "2 (2025)", "2 (2025)", "3 (2026)", "4 (2026)", "4 (2026)",
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert sorted((p.data.date, p.data.total) for p in workspace.purchases.list_for(maria)) == [
        (date(2025, 1, 1), 1500), (date(2025, 3, 1), 700),
        (date(2026, 1, 1), 2000), (date(2026, 2, 1), 300),
    ]  # fmt: skip
    [petr] = find_client_ids(workspace.db, ClientQuery(search="петров"))
    assert [p.data.date for p in workspace.purchases.list_for(petr)] == [date(2026, 2, 1)]
