"""A value the import cannot put into its field is named in the preview and kept in the
client's notes under its column's name, so that importing the row anyway loses nothing of
the sheet: the shop owner finds «Телефон: 12345» on the card and retypes it there."""

from datetime import date
from pathlib import Path

from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import (
    DuplicateRule,
    plan_import,
    read_plan_source,
    with_fixes,
)
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace

TODAY = date(2026, 11, 22)


def imported(
    workspace: Workspace, path: Path, text: str, fixes: dict[tuple[int, int], str] | None = None
) -> tuple[list[tuple[int, str, str]], list[ClientInput]]:
    """The problems the preview names, and every card once the file is imported anyway."""
    path.write_text(text, encoding="utf-8")
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, with_fixes(table, fixes or {}), header, mapping,
        path.name, DuplicateRule.MERGE, TODAY,
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    ids = find_client_ids(workspace.db, ClientQuery())
    problems = [(p.line, p.column, p.value) for p in plan.problems()]
    return problems, [workspace.clients.get(i).data for i in ids]


def test_values_the_row_cannot_read_are_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    problems, [card] = imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Дата рождения;E-mail;VIP;Заметки\n"
        "Сидоров Пётр;12345, 8 916 111-22-33;1980г.;petr@;может быть;брат Ивана\n",
    )
    assert problems == [
        (2, "Телефон", "12345"), (2, "Дата рождения", "1980г."), (2, "E-mail", "petr@"),
        (2, "VIP", "может быть"),
    ]  # fmt: skip
    assert [phone.raw for phone in card.phones] == ["8 916 111-22-33"]
    assert (card.birthday, card.emails) == ("", [])
    # Each value left out as the sheet wrote it, in the order of the columns.
    assert card.notes.splitlines() == [
        "Телефон: 12345", "Дата рождения: 1980г.", "E-mail: petr@", "VIP: может быть",
        "брат Ивана",
    ]  # fmt: skip


def test_values_the_card_check_refuses_are_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    problems, [card] = imported(
        workspace,
        tmp_path / "clients.csv",
        "Наименование;ИНН;Скидка;Город;Контактное лицо\n"
        f'ООО Ромашка;12345;150;{"Москва " * 19}Москва;"Иванов Иван; директор; 123"\n',
    )
    assert [column for _line, column, _value in problems] == [
        "Скидка", "Город", "ИНН", "Контактное лицо",
    ]  # fmt: skip
    assert (card.organization, card.inn, card.city, card.contact_persons) == (
        "ООО Ромашка", "", "", [],
    )  # fmt: skip
    assert card.discount_percent == 0
    # Whole, not as shortened for the message: the person can shorten it on the card.
    assert card.notes.splitlines() == [
        "Скидка: 150", "Город: " + "Москва " * 19 + "Москва", "ИНН: 12345",
        "Контактное лицо: Иванов Иван; директор; 123",
    ]  # fmt: skip


def test_a_cell_read_as_a_whole_is_kept_whole(workspace: Workspace, tmp_path: Path) -> None:
    # One item of «Мессенджеры» names no messenger: the cell is left out, all of it kept.
    problems, [card] = imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Мессенджеры\nСидоров Пётр;Telegram: @petr, ICQ 12345\n",
    )
    assert problems == [(2, "Мессенджеры", "ICQ 12345")]
    assert card.messengers == []
    assert card.notes == "Мессенджеры: Telegram: @petr, ICQ 12345"


def test_a_value_retyped_in_the_preview_goes_to_its_field_not_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    problems, [card] = imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Дата рождения\nСидоров Пётр;12345;1980г.\n",
        fixes={(2, 1): "8 916 111-22-33"},
    )
    assert problems == [(2, "Дата рождения", "1980г.")]
    assert [phone.raw for phone in card.phones] == ["8 916 111-22-33"]
    assert card.notes == "Дата рождения: 1980г."


def test_a_sale_the_orders_sheet_cannot_read_stays_out_of_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The purchase's own values are the purchase's, named in the preview; the client's
    # notes are no place for an amount of a sale that did not come in.
    problems, [card] = imported(
        workspace,
        tmp_path / "orders.csv",
        "Дата заказа;Клиент;Телефон;Сумма\n"
        "01.02.2024;Иванов Иван;8 916 111-22-33;300\n"
        "31.02.2024;Иванов Иван;8 916 111-22-33;500\n",
    )
    assert [(line, column) for line, column, _value in problems] == [(3, "Дата заказа")]
    assert card.notes == ""
