"""Requisites as sheets give them: grouped by a person, or taken for numbers by Excel."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientbase.services.importing import commit_import
from clientbase.services.requisite_cells import cell_fields, cell_text
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, plan_for
from tests.test_services.test_joined_sheets import workbook_of


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        # Excel's numbers, their first zero dropped: an Адыгея company's, a person's of Тыва.
        ("inn", 105012345, "0105012345"),
        ("inn", 12345678901.0, "012345678901"),
        ("kpp", 10501001, "010501001"),
        ("bank_bik", 44525225, "044525225"),
        ("inn", 7707083893, "7707083893"),
        # Grouped as a person writes them.
        ("inn", "7728 168 971", "7728168971"),
        ("bank_account", "40702810 9000 0000 0001", "40702810900000000001"),
        ("kpp", "770-701-001", "770701001"),
        # No zero begins an ОГРН: one digit short is a typo, for the card's check to name.
        ("ogrn", 102770013219, "102770013219"),
        # Typed as text one digit short: a typo too, not a dropped zero.
        ("inn", "105012345", "105012345"),
        # Words beside the number, and any other field, as the cell shows them.
        ("inn", "ИНН 7707083893", "ИНН 7707083893"),
        ("client_code", "00123", "00123"),
    ],
)
def test_a_requisites_cell_gives_its_digits(field: str, value: object, text: str) -> None:
    assert cell_text(field, value) == text


def test_a_sheets_requisites_taken_for_numbers_come_in_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "companies.xlsx"
    header = ["Наименование", "ИНН", "КПП", "БИК", "Расчётный счёт"]
    adygea = ["ООО «Адыгея»", 105012345, 10501001, 44525225, "40702810000000000001"]
    workbook_of(path, {"Контрагенты": [header, adygea]})
    for _ in range(2):  # imported again, it finds the company by its ИНН
        plan = plan_for(workspace, path)
        assert plan.problems() == []
        commit_import(workspace.db, workspace.settings, plan)
    [card] = all_cards(workspace)
    assert (card.inn, card.kpp, card.bank_bik) == ("0105012345", "010501001", "044525225")


def test_1cs_main_bank_account_gives_the_account_and_its_bank(
    workspace: Workspace, tmp_path: Path
) -> None:
    # 1C lists a counterparty's «Основной банковский счет» as its number and its bank; a
    # «Банк» column of the sheet's own still names the bank.
    path = tmp_path / "counterparties.xlsx"
    header = ["Наименование", "ИНН", "Основной банковский счет"]
    rows = [
        ["Ромашка ООО", "7707083893", "40702810938000012345, ПАО СБЕРБАНК"],
        ["Вектор ООО", "7728168971", "40702810100000000002"],
    ]
    workbook_of(path, {"Контрагенты": [header, *rows]})
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    cards = {
        card.organization: (card.bank_account, card.bank_name) for card in all_cards(workspace)
    }
    assert cards == {
        "Ромашка ООО": ("40702810938000012345", "ПАО СБЕРБАНК"),
        "Вектор ООО": ("40702810100000000002", ""),
    }
    assert cell_fields("bank_account", "40702810938000012345, ПАО СБЕРБАНК") == {
        "bank_account": "40702810938000012345", "bank_name": "ПАО СБЕРБАНК",
    }  # fmt: skip
    assert cell_fields("bank_account", "40702810938000012345, 044525225") == {
        "bank_account": "40702810938000012345, 044525225"
    }
