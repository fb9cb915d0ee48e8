"""A client's name in full kept beside the name the card took: a note only where it says
more than that name."""

from __future__ import annotations

from pathlib import Path

from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards
from tests.test_services.test_sales_book import committed


def notes_of(workspace: Workspace, path: Path, text: str) -> dict[str, str]:
    committed(workspace, path, text)
    return {card.organization or card.last_name: card.notes for card in all_cards(workspace)}


def test_a_moysklad_persons_full_name_is_not_noted_again(
    workspace: Workspace, tmp_path: Path
) -> None:
    # МойСклад's counterparties: a person's «Полное наименование» is her name again, and
    # each card's notes began with it; a company's says what «ООО Ромашка» is in full.
    notes = notes_of(
        workspace,
        tmp_path / "counterparty.csv",
        "Наименование;Полное наименование;Телефон;ИНН;Описание\n"
        "Иванова Анна Сергеевна;Иванова Анна Сергеевна;+79161234567;;любит розы\n"
        "ООО Ромашка;Общество с ограниченной ответственностью «Ромашка»;+74951234567;"
        "7701234567;\n",
    )
    assert notes == {
        "Иванова": "Описание: любит розы",
        "ООО Ромашка": "Полное наименование: Общество с ограниченной ответственностью «Ромашка»",
    }


def test_googles_file_as_is_not_noted_again(workspace: Workspace, tmp_path: Path) -> None:
    notes = notes_of(
        workspace,
        tmp_path / "contacts.csv",
        "First Name,Last Name,File As,Phone 1 - Value\n"
        'Анна,Иванова,"Иванова, Анна",+79161234567\n'
        "Олег,Петров,Петров Олег (сосед),+79161234568\n",
    )
    assert notes == {"Иванова": "", "Петров": "File As: Петров Олег (сосед)"}
