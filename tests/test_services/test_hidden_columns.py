"""Columns the sheet's owner hid: helpers of her own formulas and checks, which filled every
client's notes («Возраст: 41», «Проверка: ДУБЛЬ») and, for a key of the name and phone run
together, labelled the client's phone with her name."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from clientbase.exchange.header import Target
from clientbase.exchange.hidden_columns import xlsx_hidden_columns
from clientbase.exchange.table_file import read_table
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards

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
    maria, petr = all_cards(workspace)
    assert [(p.raw, p.label) for p in maria.phones] == [("89161234567", ""), ("84951234567", "")]
    assert (maria.notes, petr.notes) == ("", "")


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


def test_a_sheet_without_hidden_columns_or_with_a_damaged_part_hides_none(tmp_path) -> None:
    assert read_table(DATA / "messy_clients.xlsx").formats.hidden == frozenset()
    assert xlsx_hidden_columns(DATA / "messy_clients.xlsx", "Нет такого") == frozenset()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    assert xlsx_hidden_columns(broken, "Клиенты") == frozenset()
