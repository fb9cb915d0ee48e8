"""A workbook whose first sheet is hidden: the lists its drop-down cells offer (cities,
statuses), kept out of sight before the clients' sheet, as shops' workbooks often are. The
import read that sheet, found no names in it and refused the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientbase.exchange.table_file import read_table
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace

DATA = Path(__file__).parents[1] / "data"


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_the_clients_sheet_is_read_not_the_hidden_one_before_it(
    workspace: Workspace, suffix: str
) -> None:
    path = DATA / f"lookup_sheet_first.{suffix}"
    table, header, mapping = read_plan_source(path)
    assert (table.sheet, table.hidden) == ("Клиенты", ("Справочник",))
    assert table.sheets == ("Справочник", "Клиенты", "Покупки")
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.counts()["new"] == 2
    commit_import(workspace.db, workspace.settings, plan)


def test_a_hidden_sheet_is_read_when_named() -> None:
    table = read_table(DATA / "lookup_sheet_first.xlsx", "Справочник")
    assert (table.sheet, table.rows[1]) == ("Справочник", ["Москва", "Новый"])


def test_a_hidden_sheet_is_read_when_no_other_holds_anything(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    clients = workbook.active
    assert clients is not None
    clients.append(["ФИО", "Телефон"])
    clients.append(["Иванова Мария", "+7 916 111-22-33"])
    clients.sheet_state = "hidden"
    workbook.create_sheet("Пустой")
    workbook.active = 1
    workbook.save(tmp_path / "hidden_only.xlsx")
    assert read_table(tmp_path / "hidden_only.xlsx").sheet == "Sheet"
