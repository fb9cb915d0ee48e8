"""A date the import leaves out is named for what is wrong with it: a birthday to come, a
birth year alone and a 31st of February were all «not a date; write it as 01.02.1980»,
which has the person look for a typo in a date they see written right."""

from datetime import date
from pathlib import Path

from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, plan_for, write_sheet


def test_each_birthday_left_out_is_named_for_its_fault_and_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "clients.xlsx",
        [
            ["ФИО", "Телефон", "Дата рождения"],
            ["Алексеев Алексей", "89161112231", "01.02.2030"],
            ["Борисов Борис", "89161112232", "1975 г.р."],
            ["Васильев Василий", "89161112233", 1968],  # a number cell: the year typed alone
            ["Григорьев Григорий", "89161112234", "31.02.1985"],
            ["Дмитриев Дмитрий", "89161112235", "15.13.1985"],
            ["Егоров Егор", "89161112236", "01.02.1850"],
            ["Жуков Жук", "89161112237", "после 18"],
            ["Зайцев Захар", "89161112238", "15.03.1985"],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "01.02.2030", "date_in_future"),
        (3, "1975 г.р.", "year_only"),
        (4, "1968", "year_only"),
        (5, "31.02.1985", "no_such_day"),
        (6, "15.13.1985", "no_such_day"),
        (7, "01.02.1850", "year_out_of_range"),
        (8, "после 18", "date_invalid"),
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert [(c.birthday, c.notes) for c in cards] == [
        ("", "Дата рождения: 01.02.2030"),
        ("", "Дата рождения: 1975 г.р."),
        ("", "Дата рождения: 1968"),
        ("", "Дата рождения: 31.02.1985"),
        ("", "Дата рождения: 15.13.1985"),
        ("", "Дата рождения: 01.02.1850"),
        ("", "Дата рождения: после 18"),
        ("15.03.1985", ""),
    ]


def test_a_purchase_on_no_day_of_the_calendar_or_to_come_is_named_so(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "sales.xlsx",
        [
            ["ФИО", "Телефон", "Дата покупки", "Сумма"],
            ["Алексеев Алексей", "89161112231", "31.02.2026", 500],
            ["Алексеев Алексей", "89161112231", "2026", 600],
            ["Алексеев Алексей", "89161112231", "01.02.2027", 700],
            ["Алексеев Алексей", "89161112231", 2025, 900],  # a day of 1905 as a number
            ["Алексеев Алексей", "89161112231", date(2026, 2, 1), 800],
        ],
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "31.02.2026", "no_such_day"),
        (3, "2026", "year_only"),
        (4, "01.02.2027", "date_in_future"),
        (5, "2025", "year_only"),
    ]
    assert plan.counts()["purchases"] == 1
