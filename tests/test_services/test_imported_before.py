"""The same rows imported a second time are told so, with the import that brought them."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from clientbase.exchange.table_file import read_table, rows_digest
from clientbase.services.import_batches import imported_before
from clientbase.services.import_plan import plan_import, read_plan_source, with_fixes
from clientbase.services.import_undo import undo_import
from clientbase.services.importing import commit_import
from clientbase.services.joined_sheets import join_sheets
from clientbase.services.planned_rows import ImportPlan
from clientbase.services.workspace import Workspace
from tests.test_services.test_joined_sheets import sales_book

CLIENTS = "ФИО;Телефон;Город\nИванов Иван;89161234567;Москва\nПетрова Анна;;Тверь\n"


def planned(workspace: Workspace, path: Path) -> ImportPlan:
    table, header, mapping = read_plan_source(path)
    return plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)


def imported_once(workspace: Workspace, folder: Path) -> tuple[Path, int]:
    """The list written as клиенты.csv and imported: the file and its import."""
    path = folder / "клиенты.csv"
    path.write_text(CLIENTS, encoding="utf-8")
    return path, commit_import(workspace.db, workspace.settings, planned(workspace, path))


def test_rows_imported_already_name_that_import(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "клиенты.csv"
    path.write_text(CLIENTS, encoding="utf-8")
    first = planned(workspace, path)
    assert first.imported_before is None
    batch = commit_import(workspace.db, workspace.settings, first)
    # The same rows from a copy of the file, under another name, are the same list.
    copy = tmp_path / "клиенты (1).csv"
    shutil.copy(path, copy)
    again = planned(workspace, copy)
    assert again.imported_before is not None
    before = again.imported_before
    assert (before.id, before.file_name, before.sheet) == (batch, "клиенты.csv", "клиенты")
    # Imported again all the same, the later import is the one named.
    second = commit_import(workspace.db, workspace.settings, again)
    assert (found := planned(workspace, path).imported_before) is not None
    assert found.id == second


def test_an_undone_import_is_not_named(workspace: Workspace, tmp_path: Path) -> None:
    path, batch = imported_once(workspace, tmp_path)
    undo_import(workspace.db, workspace.settings, batch)
    assert planned(workspace, path).imported_before is None


def test_a_list_with_a_row_changed_or_added_is_another_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    path, _ = imported_once(workspace, tmp_path)
    path.write_text(CLIENTS.replace("Тверь", "Тула"), encoding="utf-8")
    assert planned(workspace, path).imported_before is None
    path.write_text(CLIENTS + "Сидоров Олег;89031112233;Казань\n", encoding="utf-8")
    assert planned(workspace, path).imported_before is None


def test_a_value_retyped_in_the_preview_keeps_the_list_known(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A value retyped in the wizard the second time round: still the list imported."""
    path, _ = imported_once(workspace, tmp_path)
    table, header, mapping = read_plan_source(path)
    fixed = with_fixes(table, {(2, 2): "Торжок"})
    plan = plan_import(workspace.db, workspace.settings, fixed, header, mapping, path.name)
    assert plan.imported_before is not None


def test_a_sheet_saved_again_with_other_looks_is_the_same_list(tmp_path: Path) -> None:
    """The owner opens the sheet, widens a column, makes the header bold and saves: the
    file's bytes are others, its list the same."""
    path = tmp_path / "клиенты.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["ФИО", "Телефон", "Сумма"], ["Иванов Иван", "89161234567", 1500.5]):
        sheet.append(row)
    book.save(path)
    first, saved = read_table(path).digest, path.read_bytes()
    sheet["A1"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 40
    book.save(path)
    assert path.read_bytes() != saved
    assert read_table(path).digest == first
    sheet["C2"] = 1500.25
    book.save(path)
    assert read_table(path).digest != first


def test_a_number_and_its_text_are_other_values() -> None:
    assert rows_digest([["Иванов", 1]]) != rows_digest([["Иванов", "1"]])
    assert rows_digest([["Иванов", 1], []]) == rows_digest([[], ["Иванов", 1, None, ""]])
    assert rows_digest([["Иванов"], ["Петров"]]) != rows_digest([["Петров"], ["Иванов"]])


def test_joined_sheets_are_known_together_not_as_the_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = sales_book(tmp_path / "Продажи 2026.xlsx")
    table, header, mapping = read_plan_source(path)
    january = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, january)
    both = join_sheets(path, table, header).table
    assert both.digest not in ("", table.digest)
    plan = plan_import(workspace.db, workspace.settings, both, header, mapping, path.name)
    assert plan.imported_before is None
    commit_import(workspace.db, workspace.settings, plan)
    joined_again = join_sheets(path, read_plan_source(path)[0], header).table
    before = imported_before(workspace.db, joined_again.digest)
    assert before is not None and before.sheet == "Январь, Февраль"


def test_rows_of_no_digest_name_no_import(workspace: Workspace, tmp_path: Path) -> None:
    """A base's imports from before it kept the rows' digest have an empty one: none of
    them is the list being imported."""
    path = tmp_path / "клиенты.csv"
    path.write_text(CLIENTS, encoding="utf-8")
    table, header, mapping = read_plan_source(path)
    blank = replace(table, digest="")
    plan = plan_import(workspace.db, workspace.settings, blank, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    again = plan_import(workspace.db, workspace.settings, blank, header, mapping, path.name)
    assert again.imported_before is None
