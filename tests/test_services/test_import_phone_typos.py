"""A phone typed with a digit missing or one too many, which a sheet's years of typing hold:
named, and not saved as another person's number."""

from pathlib import Path

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.phones import in_numbering_plan
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for


def test_a_russian_number_a_digit_short_is_named_not_saved(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «8 916 111 22 3» was ten digits after the trunk 8, a possible number: it was saved as
    # +7 891 611-12-23, which nobody has, and no one was told.
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон\n"
        "Иванова Мария;8 916 111 22 3\n"
        "Петров Иван;8 029 123 45 67\n"  # a Belarusian mobile written the Belarusian way
        "Сидоров Олег;+7 727 244-55-66\n"  # Almaty
        "Козлова Анна;+375 29 123-45-67\n"
        "Орлов Пётр;8 916 111 22 33, 8 903 222 33 4\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "8 916 111 22 3", "phone_not_in_plan"),
        (3, "8 029 123 45 67", "phone_not_in_plan"),
        (6, "8 903 222 33 4", "phone_not_in_plan"),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = {}
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        record = workspace.clients.get(client_id)
        cards[record.display_name] = record.data
    assert cards["Иванова Мария"].phones == []
    assert cards["Иванова Мария"].notes == "Телефон: 8 916 111 22 3"  # to be retyped
    assert [p.raw for p in cards["Сидоров Олег"].phones] == ["+7 727 244-55-66"]
    assert [p.raw for p in cards["Козлова Анна"].phones] == ["+375 29 123-45-67"]
    assert [p.raw for p in cards["Орлов Пётр"].phones] == ["8 916 111 22 33"]


def test_the_numbering_plan_is_asked_of_plus_seven_only() -> None:
    assert in_numbering_plan("+79161112233")
    assert in_numbering_plan("+74951234567")
    assert in_numbering_plan("+78005553535")
    assert in_numbering_plan("+77012345678")  # Kazakhstan's mobiles
    assert not in_numbering_plan("+78916111223")
    assert not in_numbering_plan("+70291234567")
    assert in_numbering_plan("+4930123456")  # others: their length alone, as before


def test_a_letter_typed_for_a_digit_is_named_as_no_phone(workspace: Workspace, tmp_path) -> None:
    # «1O1» with a Latin O for the zero: the letter was dropped without a word, and what was
    # left was read as another number, or named as «a digit missing».
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон\n"
        "Иванова Мария;8 916 1O1-22-33\n"
        "Петров Иван;+375 29 1l1-22-33\n"
        "Сидоров Олег;8 916 101-22-ЗЗ\n"  # Cyrillic З for the threes
        "Козлова Анна;8 916 101-22-33 доб.5\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "8 916 1O1-22-33", "phone_invalid"),
        (3, "+375 29 1l1-22-33", "phone_invalid"),
        (4, "8 916 101-22-ЗЗ", "phone_invalid"),
    ]
