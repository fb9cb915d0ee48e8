"""The .xlsx writer: what it does with values Excel cannot hold as they are."""

from datetime import date, datetime
from pathlib import Path

import pytest

from clientbase.errors import CellTooLong
from clientbase.exchange.sheet_column import Sheet, SheetColumn
from clientbase.exchange.table_file import read_table
from clientbase.exchange.xlsx_writer import write_xlsx


def test_a_date_before_1900_goes_out_as_its_text_and_the_rest_as_dates(tmp_path: Path) -> None:
    # rust_xlsxwriter refuses a date before Excel's first day, and the whole file with it.
    columns = [SheetColumn("Клиент", 20), SheetColumn("Дата", 12, "dd.mm.yyyy")]
    rows = [
        ["Aaron", datetime(1760, 6, 5)],
        ["Abbey", date(1899, 12, 31)],
        ["Иванов", date(1900, 1, 1)],
        ["Петрова", "01.02"],  # a birthday without its year, in the same column
        ["Сидоров", None],
    ]
    path = tmp_path / "old.xlsx"
    write_xlsx(path, [Sheet("Клиенты", columns, iter(rows))])
    assert read_table(path).rows[1:] == [
        ["Aaron", "05.06.1760"],
        ["Abbey", "31.12.1899"],
        ["Иванов", date(1900, 1, 1)],
        ["Петрова", "01.02"],
        ["Сидоров", None],
    ]


def test_a_text_too_long_for_a_cell_is_named_by_sheet_row_and_column(tmp_path: Path) -> None:
    columns = [SheetColumn("Клиент", 20), SheetColumn("Заметки", 30)]
    first = Sheet("Клиенты", columns, iter([["Иванов", "коротко"]]))
    second = Sheet("Покупки", columns, iter([["Петрова", "."], ["Сидоров", "я" * 32_768]]))
    with pytest.raises(CellTooLong) as error:
        write_xlsx(tmp_path / "long.xlsx", [first, second])
    found = error.value
    assert (found.sheet, found.line, found.column, found.length) == (
        "Покупки",
        3,
        "Заметки",
        32_768,
    )
    assert found.row[0] == "Сидоров"
