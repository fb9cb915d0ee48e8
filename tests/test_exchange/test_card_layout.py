"""Clients written as cards, one field a row down the sheet: each field name came in as a
client («Телефон», «День Рождения»), each value as a note."""

from datetime import datetime
from pathlib import Path

from clientbase.exchange.card_layout import cards_as_rows
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace

CARDS: list[list[object]] = [
    ["Клиенты салона"],
    [],
    ["ФИО:", "Иванов Иван Иванович"],
    ["Телефон:", "8 916 111-22-33"],
    ["Телефон:", "8 495 123-45-67", "рабочий"],
    ["День рождения:", datetime(1980, 2, 1)],
    ["любит зелёный чай"],  # a remark of the card
    [],
    ["ФИО:", "Петрова Анна"],
    ["Телефон:", "8 916 111-22-44"],
    ["E-mail:", "anna@mail.ru"],
    ["ФИО:", "Сидоров Пётр"],  # no blank line between: the name begins the next card
    ["Телефон:", "8 916 111-22-55"],
]


def test_cards_are_laid_out_one_row_a_client_on_a_line_of_each_card() -> None:
    table = cards_as_rows(CARDS)
    assert table is not None
    assert table[0] == ["ФИО", "Телефон", "Телефон", "День рождения", "Заметки", "E-mail"]
    assert table[2] == [
        "Иванов Иван Иванович", "8 916 111-22-33", "8 495 123-45-67 рабочий",
        datetime(1980, 2, 1), "любит зелёный чай", None,
    ]  # fmt: skip
    assert table[8] == ["Петрова Анна", "8 916 111-22-44", None, None, None, "anna@mail.ru"]
    assert table[11][:2] == ["Сидоров Пётр", "8 916 111-22-55"]
    # The lines between stay blank: the preview's row numbers are the cards' lines.
    assert [index for index, row in enumerate(table) if row] == [0, 2, 8, 11]


def test_a_list_is_no_cards() -> None:
    # A status column first, «VIP» a field's name too, repeated down the list.
    rows: list[list[object]] = [
        ["Статус", "ФИО", "Телефон"],
        ["VIP", "Иванов Иван", "8 916 111-22-33"],
        ["VIP", "Петрова Анна", "8 916 111-22-44"],
        ["Новый", "Сидоров Пётр", "8 916 111-22-55"],
    ]
    assert cards_as_rows(rows) is None
    # One card is no list of cards.
    assert cards_as_rows([["ФИО", "Иванов Иван"], ["Телефон", "8 916 111-22-33"]]) is None


def test_a_sheet_of_cards_imports_its_clients(workspace: Workspace, tmp_path: Path) -> None:
    from tests.test_services.test_importing import write_sheet

    path = write_sheet(tmp_path / "cards.xlsx", CARDS)
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert [row.line for row in plan.rows] == [3, 9, 12]  # the lines of the cards' names
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]
    ivanov = cards[0]
    assert (ivanov.last_name, ivanov.birthday, ivanov.notes) == (
        "Иванов", "01.02.1980", "любит зелёный чай",
    )  # fmt: skip
    assert [(p.raw, p.label) for p in ivanov.phones] == [
        ("8 916 111-22-33", ""), ("8 495 123-45-67", "рабочий"),
    ]  # fmt: skip
    assert [card.last_name for card in cards] == ["Иванов", "Петрова", "Сидоров"]
    assert [e.address for e in cards[1].emails] == ["anna@mail.ru"]
