"""Birthdays of the month and calls of the day, on paper."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from clientbase.db.enums import ReminderKind
from clientbase.reports.day_lists import write_birthday_list, write_call_list
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_reports.pdf_text import pages_text


def test_birthday_list_of_a_month(workspace: Workspace, tmp_path: Path) -> None:
    workspace.clients.create(person("Зайцева", "Ольга", phones=("+7 916 000-11-22",),
                                    birthday="05.11.1980"))  # fmt: skip
    workspace.clients.create(person("Орлов", "Игорь", birthday="28.11"))
    workspace.clients.create(person("Декабрёв", "Пётр", birthday="01.12.1990"))
    path = tmp_path / "birthdays.pdf"
    write_birthday_list(workspace.db, path, date(2026, 11, 1), date(2026, 12, 1))
    [text] = pages_text(path)
    assert "Дни рождения: ноябрь 2026" in text
    assert "Именинников: 2" in text
    assert text.index("Зайцева Ольга") < text.index("Орлов Игорь")
    assert "05.11.2026" in text and "46" in text and "+7 916 000-11-22" in text
    assert "Декабрёв" not in text


def test_an_empty_period_says_so(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "none.pdf"
    write_birthday_list(workspace.db, path, date(2026, 1, 5), date(2026, 1, 12), "en")
    [text] = pages_text(path)
    assert "Birthdays: 1/5/2026 – 1/11/2026" in text
    assert "No birthdays in this period." in text


def test_call_list_of_the_day_has_a_blank_column_for_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    client = workspace.clients.create(person("Соколова", "Анна", phones=("89161234567",)))
    for hour, title in ((15, "Предложить новую коллекцию"), (10, "Уточнить размер")):
        workspace.reminders.add(
            ReminderInput(datetime(2026, 11, 23, hour, 30), ReminderKind.CALL, title,
                          client_id=client)
        )  # fmt: skip
    workspace.reminders.add(
        ReminderInput(datetime(2026, 11, 24, 9), ReminderKind.CALL, "Завтрашний", client_id=client)
    )
    workspace.reminders.add(ReminderInput(datetime(2026, 11, 23, 12), ReminderKind.TASK, "Касса"))
    path = tmp_path / "calls.pdf"
    write_call_list(workspace.db, path, date(2026, 11, 23))
    [text] = pages_text(path)
    assert "Звонки на 23.11.2026" in text and "Напоминаний: 2" in text
    assert text.index("10:30") < text.index("Уточнить размер") < text.index("15:30")
    assert "+7 916 123-45-67" in text and "Отметки" in text
    # Tomorrow's call and a task without a client are not on today's call list.
    assert "Завтрашний" not in text and "Касса" not in text
