"""A sheet imported again after a client changed her phone: the row finds no client by its
keys, yet the base has one of that very name. The import used to add her a second card in
silence; now it adds her apart still (a namesake is as likely), and names the row so that
the person can merge the two."""

from pathlib import Path

from clientbase.services.import_plan import DuplicateRule, RowAction
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import all_cards
from tests.test_services.test_shared_contacts import planned

AGAIN = "ФИО;Телефон;Дата рождения\nИванова Мария;+7 999 000-11-22;\n"


def test_a_namesake_of_the_base_is_new_and_named_beside_the_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    plan = planned(workspace, tmp_path / "again.csv", AGAIN)
    [row] = plan.rows
    assert (row.action, row.reason, row.client_id) == (RowAction.NEW, "namesake", maria)
    assert plan.counts()["namesake"] == 1
    # Not a duplicate by the rule for all: another person of the name is as likely.
    skipping = planned(workspace, tmp_path / "again.csv", AGAIN, rule=DuplicateRule.SKIP)
    assert skipping.rows[0].action is RowAction.NEW


def test_the_person_merges_a_namesake_with_a_new_phone(workspace: Workspace, tmp_path) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    plan = planned(
        workspace, tmp_path / "again.csv", AGAIN, decisions={2: DuplicateRule.MERGE}
    )  # fmt: skip
    assert (plan.rows[0].action, plan.rows[0].client_id) == (RowAction.MERGE, maria)
    commit_import(workspace.db, workspace.settings, plan)
    [card] = all_cards(workspace)
    assert [p.raw for p in card.phones] == ["+79161112233", "+7 999 000-11-22"]
    skipped = planned(workspace, tmp_path / "again.csv", AGAIN, decisions={2: DuplicateRule.SKIP})
    assert skipped.rows[0].action is RowAction.SKIP


def test_namesakes_in_one_file(workspace: Workspace, tmp_path: Path) -> None:
    text = "ФИО;Телефон\nСидоров Ян;+7 900 111-22-33\nОрлова Анна;\nСидоров Ян;+7 900 111-44-55\n"
    plan = planned(workspace, tmp_path / "two.csv", text)
    assert [(row.action, row.reason, row.same_as_line) for row in plan.rows] == [
        (RowAction.NEW, "", None),
        (RowAction.NEW, "", None),
        (RowAction.NEW, "namesake", 2),
    ]
    merged = planned(workspace, tmp_path / "two.csv", text, decisions={4: DuplicateRule.MERGE})
    assert merged.rows[2].action is RowAction.MERGE_IN_FILE
    assert merged.counts()["listed_twice"] == 1
    commit_import(workspace.db, workspace.settings, merged)
    sidorov = next(card for card in all_cards(workspace) if card.last_name == "Сидоров")
    assert [p.raw for p in sidorov.phones] == ["+7 900 111-22-33", "+7 900 111-44-55"]


def test_what_tells_namesakes_apart_or_too_little_is_not_asked_about(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.clients.create(
        person("Петров", "Олег", phones=("+79162223344",), birthday="01.02.1980")
    )
    workspace.clients.create(person("", "Ольга", phones=("+79163334455",)))
    text = (
        "ФИО;Телефон;Дата рождения\n"
        "Петров Олег;+7 999 555-66-77;03.04.1990\n"  # born another day: another Олег
        "Ольга;+7 999 555-66-88;\n"  # a first name alone names nobody in particular
        "Петров Олег;+7 999 555-66-99;01.02.1980\n"  # the same birthday finds him
    )
    plan = planned(workspace, tmp_path / "others.csv", text)
    assert [(row.action, row.reason) for row in plan.rows] == [
        (RowAction.NEW, ""),
        (RowAction.NEW, ""),
        (RowAction.MERGE, "duplicate"),
    ]
    assert plan.counts()["namesake"] == 0


def test_a_namesake_without_a_patronymic_and_not_one_with_another(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The card typed by hand with a patronymic, the sheet without one: the same name. Two
    patronymics are two people, and so are two companies' names apart."""
    maria = workspace.clients.create(
        person("Иванова", "Мария", "Петровна", phones=("+79161112233",))
    )
    workspace.clients.create(person("Сидорова", "Анна", "Олеговна", phones=("+79162223344",)))
    text = (
        "Фамилия;Имя;Отчество;Телефон\n"
        "Иванова;Мария;;+7 999 000-11-22\n"
        "Сидорова;Анна;Ивановна;+7 999 000-11-33\n"
    )
    plan = planned(workspace, tmp_path / "parts.csv", text)
    assert [(row.action, row.reason, row.client_id) for row in plan.rows] == [
        (RowAction.NEW, "namesake", maria),
        (RowAction.NEW, "", None),
    ]
