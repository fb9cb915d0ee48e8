"""Clients a shop struck out in its sheet rather than delete them: tagged so, to be found
and archived, where they came in as any other client. And an old phone struck out beside
the rest of its row: kept in the notes, not on the card to be called."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards

DATA = Path(__file__).parents[1] / "data"
STRUCK = Font(strike=True)


def imported(workspace: Workspace, path: Path, language: str = "ru") -> None:
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, language=language
    )
    commit_import(workspace.db, workspace.settings, plan)


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_a_struck_out_client_is_tagged_so(workspace: Workspace, suffix: str) -> None:
    imported(workspace, DATA / f"struck_clients.{suffix}")
    cards = {card.last_name: card for card in all_cards(workspace)}
    # Петров struck out whole, Орлов in both his cells with values: tagged, their cards
    # whole. Of Сидорова's row only the phone: an old number, kept in her notes.
    assert {name: card.tags for name, card in cards.items()} == {
        "Иванова": [],
        "Петров": ["зачёркнут в таблице"],
        "Сидорова": [],
        "Орлов": ["зачёркнут в таблице"],
    }
    assert [p.raw for p in cards["Орлов"].phones] == ["89164445566"]
    anna = cards["Сидорова"]
    assert (anna.phones, anna.notes) == ([], "Телефон (зачёркнуто): 89163334455")


def test_the_tag_is_in_the_importers_language(workspace: Workspace) -> None:
    imported(workspace, DATA / "struck_clients.xlsx", language="en")
    cards = {card.last_name: card for card in all_cards(workspace)}
    assert cards["Петров"].tags == ["struck out in the sheet"]
    assert cards["Сидорова"].notes == "Телефон (struck out): 89163334455"


def test_a_sheet_struck_out_nearly_whole_is_its_look_not_a_mark(workspace, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон"])
    for number in range(1, 11):
        sheet.append([f"Клиентов Клиент{number}", f"+7916111{number:04d}"])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = STRUCK
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    imported(workspace, path)
    assert all(card.tags == [] and len(card.phones) == 1 for card in all_cards(workspace))


def test_a_struck_out_sale_says_so_in_its_comment(workspace, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Дата", "Покупатель", "Телефон", "Товар", "Сумма"])
    sheet.append([datetime.date(2026, 3, 1), "Иванова Мария", "89161234567", "Крем", 700])
    sheet.append([datetime.date(2026, 3, 2), "Иванова Мария", "89161234567", "Шампунь", 450])
    for cell in sheet[3]:
        cell.font = STRUCK
    path = tmp_path / "sales.xlsx"
    workbook.save(path)
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    comments = [row.purchase.comment for row in plan.rows if row.purchase is not None]
    assert comments == ["", "строка зачёркнута"]


def test_a_struck_phone_of_a_list_printed_two_up_stays_with_its_client(workspace, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", None, "ФИО", "Телефон"])
    sheet.append(["Иванова Мария", "89161234567", None, "Петров Пётр", "89162223344"])
    sheet.append(["Сидорова Анна", "89163334455", None, "Орлов Олег", "89164445566"])
    sheet["E2"].font = STRUCK  # Петров's old phone, on the right copy
    path = tmp_path / "two-up.xlsx"
    workbook.save(path)
    imported(workspace, path)
    cards = {card.last_name: card for card in all_cards(workspace)}
    assert (cards["Петров"].phones, cards["Петров"].notes) == (
        [], "Телефон (зачёркнуто): 89162223344"
    )  # fmt: skip
    assert [p.raw for p in cards["Иванова"].phones] == ["89161234567"]


def rich(*runs: str | tuple[str, bool]) -> CellRichText:
    """A cell's text of runs: a plain string, or (text, struck) in a font of its own."""
    return CellRichText(
        *(run if isinstance(run, str) else TextBlock(InlineFont(strike=run[1]), run[0])
          for run in runs)
    )  # fmt: skip


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_an_old_number_struck_inside_its_cell_goes_to_the_notes(
    workspace: Workspace, suffix: str
) -> None:
    """LibreOffice's (and Excel's) runs in the shared strings, an .ods's spans, an .xls's
    runs: an old phone after the new one, an old e-mail before it; a phone struck by its
    cell's font is struck whole."""
    imported(workspace, DATA / f"struck_parts.{suffix}")
    cards = {card.last_name: card for card in all_cards(workspace)}
    maria, petrov, anna = cards["Иванова"], cards["Петров"], cards["Сидорова"]
    assert [p.raw for p in maria.phones] == ["8 916 123-45-67"]
    assert maria.notes == "Телефон (зачёркнуто): 8 903 111-22-33"
    assert [e.address for e in petrov.emails] == ["petrov@mail.ru"]
    assert petrov.notes == "E-mail (зачёркнуто): petrov@old.ru"
    assert (anna.phones, anna.notes) == ([], "Телефон (зачёркнуто): 8 916 333-44-55")
    assert [e.address for e in anna.emails] == ["anna@mail.ru"]
    assert all(not card.tags for card in cards.values())


def test_struck_runs_written_inline_are_read_too(workspace: Workspace, tmp_path: Path) -> None:
    """openpyxl writes a cell's runs in the sheet itself. Runs struck one after another are
    one part; a run whose strike is turned off, or a struck name, is read as it is."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон"])
    sheet.append(
        [
            rich(("Иванова", True), " Мария"),
            rich("89161234567; ", ("8 (903) ", True), ("111-22-33", True), "; 84951234567"),
        ]
    )
    sheet.append(["Петров Пётр", rich(("89162223344", False))])
    path = tmp_path / "inline.xlsx"
    workbook.save(path)
    imported(workspace, path)
    cards = {card.last_name: card for card in all_cards(workspace)}
    maria = cards["Иванова"]
    assert [p.raw for p in maria.phones] == ["89161234567", "84951234567"]
    assert maria.notes == "Телефон (зачёркнуто): 8 (903) 111-22-33"
    assert [p.raw for p in cards["Петров"].phones] == ["89162223344"]
    assert cards["Петров"].notes == ""


def test_a_struck_part_moves_with_its_cell(workspace: Workspace, tmp_path: Path) -> None:
    """On the right copy of a list printed two-up, and on a later sheet of moved columns
    read with the first as one list, the struck part stays its own client's."""
    from clientbase.services.joined_sheets import join_sheets

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", None, "ФИО", "Телефон"])
    sheet.append(["Иванова Мария", "89161234567", None,
                  "Петров Пётр", rich("89162223344, ", ("89031112233", True))])  # fmt: skip
    later = workbook.create_sheet("Ещё")
    later.append(["Телефон", "ФИО"])
    later.append([rich(("84951112233", True), ", 89265554433"), "Сидорова Анна"])
    path = tmp_path / "two-up.xlsx"
    workbook.save(path)
    table, header, mapping = read_plan_source(path)
    joined = join_sheets(path, table, header).table
    plan = plan_import(workspace.db, workspace.settings, joined, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    cards = {card.last_name: card for card in all_cards(workspace)}
    assert [p.raw for p in cards["Петров"].phones] == ["89162223344"]
    assert cards["Петров"].notes == "Телефон (зачёркнуто): 89031112233"
    assert [p.raw for p in cards["Сидорова"].phones] == ["89265554433"]
    assert cards["Сидорова"].notes == "Телефон (зачёркнуто): 84951112233"
    assert cards["Иванова"].notes == ""
