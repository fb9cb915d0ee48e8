"""Rows copied in a spreadsheet and pasted: imported as a file of them would be."""

from datetime import date
from pathlib import Path

import pytest

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.pasted_table import is_pasted_list, write_pasted
from clientbase.services.workspace import Workspace

# As Excel puts three rows on the clipboard: tab between cells, CR LF after each row, a
# cell with a line break quoted (its quotes doubled), commas and «;» inside cells.
FROM_EXCEL = (
    "ФИО\tТелефон\tАдрес\tКомментарий\r\n"
    'Иванов Иван Иванович\t8 (916) 123-45-67\tМосква, ул. Ленина, 5\t"звонить после 18;\r\n'
    'любит ""Наполеон"""\r\n'
    "Петрова Анна\t+7 903 555-66-77\tТверь, пр. Мира, 10\t\r\n"
)


def test_rows_copied_from_excel_import_as_they_were(workspace: Workspace, tmp_path: Path) -> None:
    assert is_pasted_list(FROM_EXCEL)
    path = write_pasted(FROM_EXCEL, tmp_path, "Буфер обмена")
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, "Буфер обмена",
        today=date(2026, 12, 5),
    )  # fmt: skip
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]
    assert [(c.last_name, c.first_name, c.middle_name) for c in cards] == [
        ("Иванов", "Иван", "Иванович"),
        ("Петрова", "Анна", ""),
    ]
    assert [c.phones[0].raw for c in cards] == ["8 (916) 123-45-67", "+7 903 555-66-77"]
    # The address's commas are the address's, not columns.
    assert cards[0].street is not None and "Ленина, 5" in cards[0].street
    assert cards[0].notes == 'звонить после 18;\nлюбит "Наполеон"'
    assert import_history(workspace.db)[0].file_name == "Буфер обмена"


def test_one_column_of_names_with_commas_stays_one_column(
    workspace: Workspace, tmp_path: Path
) -> None:
    text = "Клиент\nИванов, Иван\nПетрова, Анна\n"
    table, _, _ = read_plan_source(write_pasted(text, tmp_path, "Clipboard"))
    assert table.rows == [["Клиент"], ["Иванов, Иван"], ["Петрова, Анна"]]


@pytest.mark.parametrize(
    ("text", "is_list"),
    [
        ("", False),
        ("  \r\n\r\n", False),
        ("+7 916 123-45-67", False),  # one cell: a phone to look for, not a list
        ("+7 916 123-45-67\r\n", False),
        ("Иванов Иван\t+7 916 123-45-67\r\n", True),  # one client's row
        ("Иванов Иван\nПетрова Анна\n", True),  # a column of names
        ('"ул. Ленина, 5\nкв. 3"\r\n', False),  # one cell of two lines, as Excel copies it
    ],
)
def test_what_counts_as_a_list(text: str, is_list: bool) -> None:
    assert is_pasted_list(text) is is_list


def test_a_name_windows_does_not_take_is_made_one_it_does(tmp_path: Path) -> None:
    assert write_pasted("a\tb\n", tmp_path, 'Вставка: "Excel"/1').name == "Вставка_ _Excel__1.tsv"
