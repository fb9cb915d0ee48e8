"""A shop's list kept as a table in a Word or Writer document, imported as its clients."""

from __future__ import annotations

import pytest

from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import RowAction
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import DATA, all_cards, plan_for


@pytest.mark.parametrize("name", ["clients_word.docx", "clients_word.odt"])
def test_a_documents_table_imports_as_its_clients(workspace: Workspace, name: str) -> None:
    plan = plan_for(workspace, DATA / name)
    # The header of two rows is found under the document's title; the total below the
    # table is the document's text, not a row.
    assert [(row.line, row.action) for row in plan.rows] == [
        (3, RowAction.NEW), (4, RowAction.NEW), (5, RowAction.NEW),
        (6, RowAction.MERGE_IN_FILE), (7, RowAction.NEW),
    ]  # fmt: skip
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (5, "Дата рождения", "31.02.1990", "no_such_day")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = {card.last_name: card for card in all_cards(workspace)}
    assert sorted(cards) == ["Иванова", "Кузнецова", "Петров", "Сидорова"]
    maria = cards["Иванова"]
    assert (maria.first_name, maria.middle_name, maria.birthday) == (
        "Мария", "Петровна", "15.03.1985"
    )  # fmt: skip
    # The cell's two lines are two phones; the row listing her again adds its note.
    assert [(p.raw, p.label) for p in maria.phones] == [
        ("8 916 123-45-67", ""),
        ("8 495 123-45-67", "раб."),
    ]
    assert [e.address for e in maria.emails] == ["ivanova@mail.ru"]
    assert "постоянная, скидка 5%" in maria.notes and "записана дважды" in maria.notes
    assert cards["Петров"].birthday == "01.02.1980"
    assert cards["Кузнецова"].birthday == "07.11.1979" and cards["Кузнецова"].is_vip
