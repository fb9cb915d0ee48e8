"""The calendar's days: birthdays (persons, contact persons, 29 February) and reminders."""

from __future__ import annotations

from datetime import date, datetime

from clientbase.db.enums import ClientKind, Recurrence, ReminderKind
from clientbase.services.calendar import (
    birthdays_between,
    due_summary,
    items_between,
    marks_between,
)
from clientbase.services.client_data import ContactPersonInput
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_birthdays_with_ages_and_contact_persons_and_no_archived_clients(
    workspace: Workspace,
) -> None:
    clients = workspace.clients
    clients.create(person("Иванова", "Мария", birthday="05.03.1980"))
    clients.create(person("Без", "Года", birthday="05.03"))
    gone = clients.create(person("Архивный", "Пётр", birthday="05.03.1970"))
    clients.archive([gone])
    company = person("", organization="ООО «Ромашка»", kind=ClientKind.COMPANY)
    company.contact_persons = [ContactPersonInput("Сидоров Илья", birthday="07.03.1990")]
    clients.create(company)

    found = birthdays_between(workspace.db, date(2026, 3, 1), date(2026, 4, 1))
    assert [(b.day.day, b.client_name, b.person, b.age) for b in found] == [
        (5, "Без Года", "", None),
        (5, "Иванова Мария", "", 46),
        (7, "ООО «Ромашка»", "Сидоров Илья", 36),
    ]


def test_29_february_falls_on_the_28th_in_common_years(workspace: Workspace) -> None:
    workspace.clients.create(person("Високосный", "Лев", birthday="29.02.1988"))
    common = birthdays_between(workspace.db, date(2027, 2, 1), date(2027, 3, 1))
    leap = birthdays_between(workspace.db, date(2028, 2, 1), date(2028, 3, 1))
    assert [(b.day, b.age) for b in common] == [(date(2027, 2, 28), 39)]
    assert [(b.day, b.age) for b in leap] == [(date(2028, 2, 29), 40)]


def test_the_month_grid_counts_repeating_reminders_on_each_of_their_days(
    workspace: Workspace,
) -> None:
    reminders = workspace.reminders
    reminders.add(
        ReminderInput(
            datetime(2026, 11, 2, 9),
            ReminderKind.TASK,
            "Заказать товар",
            recurrence=Recurrence.WEEKLY,
        )
    )
    reminders.add(ReminderInput(datetime(2026, 11, 16, 12), ReminderKind.CALL, "Позвонить"))
    done = reminders.add(ReminderInput(datetime(2026, 11, 3, 12), ReminderKind.CALL, "Сделано"))
    reminders.complete(done)
    workspace.clients.create(person("Иванова", birthday="16.11.1980"))

    marks = marks_between(workspace.db, date(2026, 11, 1), date(2026, 12, 1))
    assert {day.day: (m.reminders, m.birthdays) for day, m in marks.items()} == {
        2: (1, 0), 9: (1, 0), 16: (2, 1), 23: (1, 0), 30: (1, 0),
    }  # fmt: skip


def test_a_snoozed_reminder_moves_to_its_new_time(workspace: Workspace) -> None:
    reminders = workspace.reminders
    call = reminders.add(ReminderInput(datetime(2026, 11, 20, 10), ReminderKind.CALL, "Звонок"))
    reminders.snooze(call, datetime(2026, 11, 23, 9))
    items = items_between(workspace.db, date(2026, 11, 19), date(2026, 11, 25))
    assert [(i.when, i.title) for i in items] == [(datetime(2026, 11, 23, 9), "Звонок")]


def test_today_panel_splits_overdue_today_and_upcoming(workspace: Workspace) -> None:
    reminders = workspace.reminders
    client = workspace.clients.create(person("Петров", "Олег", birthday="24.11.1975"))
    reminders.add(
        ReminderInput(
            datetime(2026, 11, 20, 10), ReminderKind.CALL, "Перезвонить", client_id=client
        )
    )
    reminders.add(ReminderInput(datetime(2026, 11, 22, 18), ReminderKind.MEETING, "Встреча"))
    reminders.add(ReminderInput(datetime(2026, 11, 27, 9), ReminderKind.TASK, "Инвентаризация"))
    reminders.add(ReminderInput(datetime(2026, 12, 10, 9), ReminderKind.TASK, "Далеко"))
    workspace.clients.create(person("Дальний", birthday="28.11.1990"))

    summary = due_summary(workspace.db, datetime(2026, 11, 22, 12), 7, birthday_lead_days=3)
    assert [(i.title, i.client_name) for i in summary.overdue] == [("Перезвонить", "Петров Олег")]
    assert [i.title for i in summary.today] == ["Встреча"]
    assert [(i.title, i.age) for i in summary.upcoming] == [
        ("Петров Олег", 51), ("Инвентаризация", None),
    ]  # fmt: skip
    assert summary.count_due == 2


def test_the_panel_lists_the_latest_overdue_and_counts_them_all(workspace: Workspace) -> None:
    from clientbase.services.calendar import overdue_reminders

    for day in (1, 2, 3):
        workspace.reminders.add(
            ReminderInput(datetime(2026, 11, day, 10), ReminderKind.CALL, f"Звонок {day}")
        )
    items, total = overdue_reminders(workspace.db, datetime(2026, 11, 22), limit=2)
    assert [i.title for i in items] == ["Звонок 3", "Звонок 2"] and total == 3
