"""Columns the sheet's owner hid: helpers of her own formulas and checks, which filled every
client's notes («Возраст: 41», «Проверка: ДУБЛЬ») and, for a key of the name and phone run
together, labelled the client's phone with her name. And rows hidden by a filter left on
or by hand: imported like the rest unless the person leaves them out."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from clientbase.exchange.header import Target
from clientbase.exchange.hidden_cells import PART_CHUNK, xlsx_hidden_columns, xlsx_hidden_rows
from clientbase.exchange.table_file import read_table
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import (
    plan_import,
    read_plan_source,
    without_hidden_rows,
)
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards
from tests.test_services.test_joined_sheets import workbook_of

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_hidden_helper_columns_are_left_out_and_a_hidden_phone_is_kept(
    workspace: Workspace, suffix: str
) -> None:
    path = DATA / f"hidden_columns.{suffix}"
    table, header, mapping = read_plan_source(path)
    assert table.formats.hidden == {2, 3, 4, 6}  # «Ключ», «Возраст», «Телефон 2», «Проверка»
    assert mapping == [
        Target.FULL_NAME, Target.PHONE, Target.IGNORE, Target.IGNORE, Target.PHONE,
        Target.CITY, Target.IGNORE,
    ]  # fmt: skip
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    maria, petr, anna = all_cards(workspace)
    assert [(p.raw, p.label) for p in maria.phones] == [("89161234567", ""), ("84951234567", "")]
    assert (maria.notes, petr.notes, anna.notes) == ("", "", "")


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_rows_a_filter_hides_are_imported_unless_left_out(
    workspace: Workspace, suffix: str
) -> None:
    # The sheet was saved with its filter on «Город» = Москва: Петров (row 3) is hidden.
    path = DATA / f"hidden_columns.{suffix}"
    table, header, mapping = read_plan_source(path)
    assert table.hidden_rows == {2}
    everyone = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [row.line for row in everyone.rows] == [2, 3, 4]
    shown = without_hidden_rows(table, header)
    plan = plan_import(workspace.db, workspace.settings, shown, header, mapping, path.name)
    assert [row.line for row in plan.rows] == [2, 4]  # as the sheet numbers its rows
    commit_import(workspace.db, workspace.settings, plan)
    assert [card.last_name for card in all_cards(workspace)] == ["Иванова", "Сидорова"]


def test_a_hidden_row_is_found_wherever_the_part_is_cut_into_chunks(tmp_path: Path) -> None:
    # Every seventh of 40,000 rows hidden, and the rows moved (by blanks before them, as
    # XML allows) so that the first chunk read ends inside a hidden row's tag.
    head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    hidden = ' hidden="1"'
    rows = "".join(
        f'<row r="{n}"{hidden if n % 7 == 0 else ""} spans="1:2">'
        f'<c r="A{n}" t="inlineStr"><is><t>Client {n}</t></is></c></row>'
        for n in range(1, 40_001)
    )
    end_of_chunk = PART_CHUNK - len(head) - len("<sheetData>")  # within `rows`, unmoved
    tags = (rows.find(f'<row r="{n}"{hidden}') for n in range(7, 40_001, 7))
    tag = max(start for start in tags if start <= end_of_chunk - 8)
    blanks = " " * (end_of_chunk - 8 - tag)  # the chunk ends 8 bytes into that tag
    sheet_xml = f"{head}<sheetData>{blanks}{rows}</sheetData></worksheet>"
    assert sheet_xml[PART_CHUNK - 8 : PART_CHUNK].startswith("<row r=")
    assert hidden in sheet_xml[PART_CHUNK - 8 : PART_CHUNK + 40]
    path = tmp_path / "long.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Клиенты" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        package.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>',
        )
        package.writestr(
            "xl/worksheets/sheet1.xml",
            sheet_xml,
        )
    assert xlsx_hidden_rows(path, "Клиенты") == {n - 1 for n in range(7, 40_001, 7)}


def test_a_hidden_column_is_counted_from_the_lists_first_column(tmp_path: Path) -> None:
    # A list drawn from column B: its hidden D is the table's third column.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([None, "ФИО", "Телефон", "Возраст"])
    sheet.append([None, "Орлова Вера", "89161112233", 41])
    sheet.column_dimensions["D"].hidden = True
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    assert xlsx_hidden_columns(path, "Sheet") == {3}
    assert read_table(path).formats.hidden == {2}


def test_a_sheet_without_hidden_cells_or_with_a_damaged_part_hides_none(tmp_path) -> None:
    table = read_table(DATA / "messy_clients.xlsx")
    assert (table.formats.hidden, table.hidden_rows) == (frozenset(), frozenset())
    assert xlsx_hidden_columns(DATA / "messy_clients.xlsx", "Нет такого") == frozenset()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    assert xlsx_hidden_columns(broken, "Клиенты") == frozenset()
    assert xlsx_hidden_rows(broken, "Клиенты") == frozenset()


def test_a_hidden_sale_left_out_keeps_the_rows_below_with_their_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A hand-kept sales book: the client named on the first of her sales only, the items of
    # an order on rows of their own under it; one sale and one item line hidden, left out.
    path = tmp_path / "sales.xlsx"
    rows: list[list[object]] = [
        ["Клиент", "Телефон", "Дата", "Товар", "Сумма"],
        ["Иванова Мария", "89161234567", date(2026, 1, 5), "Куртка", 5000],
        [None, None, date(2026, 2, 5), "Шапка", 1000],
        [None, None, date(2026, 3, 5), "Шарф", 800],  # hidden
        [None, None, date(2026, 4, 5), "Перчатки", 700],
        ["Петрова Анна", "89031112233", date(2026, 1, 7), "Платье", 3000],
        [None, None, None, "Пояс", 900],  # hidden
        [None, None, None, "Туфли", 4000],
    ]
    sheet = workbook_of(path, {"Продажи": rows})["Продажи"]
    sheet.row_dimensions[4].hidden = sheet.row_dimensions[7].hidden = True
    sheet.parent.save(path)
    table, header, mapping = read_plan_source(path)
    shown = without_hidden_rows(table, header)
    plan = plan_import(workspace.db, workspace.settings, shown, header, mapping, path.name)
    assert [row.line for row in plan.rows] == [2, 3, 5, 6, 8]
    assert plan.counts()["error"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    sales = {
        card.last_name: sorted(
            (item.name, item.price)
            for purchase in workspace.purchases.list_for(client_id)
            for item in purchase.data.items
        )
        for client_id, card in zip(
            find_client_ids(workspace.db, ClientQuery()), all_cards(workspace), strict=True
        )
    }
    assert sales == {
        "Иванова": [("Куртка", 5000), ("Перчатки", 700), ("Шапка", 1000)],
        "Петрова": [("Платье", 3000), ("Туфли", 4000)],
    }
