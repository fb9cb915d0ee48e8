"""The calendar, the Today panel and notifications, as the shop owner uses them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from time import sleep

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from clientbase.db.enums import InteractionKind, ReminderKind
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from clientbase.ui.calendar_window import CalendarWindow, grid_start, item_text
from clientbase.ui.main_window import MainWindow
from clientbase.ui.record_dialogs import ReminderDialog
from clientbase.ui.reminder_actions import CallDoneDialog
from tests.conftest import person


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour)


def wait_past_midnight() -> None:
    """These tests put a birthday and a call on today's date, then open a window that reads
    the clock again: one started in the last two minutes of a day saw the window open on
    the next («Today (0)»). Such a run waits for the new day instead."""
    now = datetime.now()
    left = datetime.combine(now.date() + timedelta(days=1), datetime.min.time()) - now
    if left < timedelta(minutes=2):
        sleep(left.total_seconds() + 1)


@pytest.fixture
def shop(workspace: Workspace) -> Workspace:
    wait_past_midnight()
    today = date.today()
    client = workspace.clients.create(
        person("Орлова", "Вера", birthday=f"{today:%d.%m}.1980", phones=("+7 912 000-00-01",))
    )
    # Later today (the last minute of the day, when the tests run that late).
    later = min(datetime.now() + timedelta(hours=1), at(today, 23).replace(minute=59))
    workspace.reminders.add(
        ReminderInput(later, ReminderKind.CALL, "Перезвонить", client_id=client)
    )
    return workspace


def test_the_marks_cover_every_day_the_grid_shows(qtbot, workspace: Workspace) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    assert grid_start(2026, 11, 1) == date(2026, 10, 26)  # Monday before Sunday 1 November
    assert grid_start(2026, 11, 7) == date(2026, 10, 25)  # Sunday-first: a week before
    assert grid_start(2026, 6, 1) == date(2026, 5, 25)  # 1 June is a Monday: Qt shows May too
    window = CalendarWindow(workspace)
    qtbot.addWidget(window)
    for first_day, (year, month) in (
        (Qt.DayOfWeek.Monday, (2026, 6)),
        (Qt.DayOfWeek.Sunday, (2026, 11)),
    ):
        window.calendar.setFirstDayOfWeek(first_day)
        window.calendar.setCurrentPage(year, month)
        window.show()
        view = window.calendar.findChild(QTableView)
        model = view.model()
        shown_first = model.data(
            model.index(1, 1 if window.calendar.verticalHeaderFormat().value else 0)
        )
        assert shown_first == window.calendar.visible_range()[0].day


def test_the_calendar_marks_days_and_lists_the_selected_one(qtbot, shop: Workspace) -> None:
    window = CalendarWindow(shop)
    qtbot.addWidget(window)
    today = date.today()
    assert window.calendar.marks[today].reminders == 1
    assert window.calendar.marks[today].birthdays == 1
    texts = [
        window.day_list.topLevelItem(i).text(1) for i in range(window.day_list.topLevelItemCount())
    ]
    age = today.year - 1980
    assert texts == [f"Birthday, {age} years", "Перезвонить"]


def test_done_on_a_call_logs_it_and_sets_the_next_one(qtbot, shop: Workspace, monkeypatch) -> None:
    window = CalendarWindow(shop)
    qtbot.addWidget(window)

    def answer(dialog: CallDoneDialog) -> int:
        dialog.outcome.setText("Перезвонит сама")
        dialog.next_call.setChecked(True)
        return 1

    monkeypatch.setattr(CallDoneDialog, "exec", answer)
    window.day_list.setCurrentItem(window.day_list.topLevelItem(1))
    window.done_button.click()

    (client_id,) = find_client_ids(shop.db, ClientQuery())
    history = shop.interactions.list_for(client_id)
    assert [(h.data.kind, h.data.outcome) for h in history] == [
        (InteractionKind.CALL, "Перезвонит сама")
    ]
    open_ones = shop.reminders.list_for(client_id, include_done=False)
    assert [r.data.due_at.date() for r in open_ones] == [date.today() + timedelta(days=7)]


def test_the_today_panel_opens_when_something_is_due(
    qtbot, shop: Workspace, qsettings: QSettings
) -> None:
    window = MainWindow(shop, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.today.ready)
    assert window.today.isVisible()
    today_section = window.today.tree.topLevelItem(1)
    assert today_section.text(0) == "Today (2)"


def test_the_today_panel_stays_closed_on_a_quiet_day(
    qtbot, workspace: Workspace, qsettings: QSettings
) -> None:
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.today.ready)
    assert not window.today.isVisible()


def test_a_reminder_for_all_selected_clients(
    qtbot, workspace: Workspace, qsettings: QSettings, monkeypatch
) -> None:
    for name in ("Аз", "Буки", "Веди"):
        workspace.clients.create(person(name, is_vip=True))
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    window.model.finish_loading()
    window.table.selectAll()

    def fill(dialog: ReminderDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("congratulate"))
        dialog.title.setText("Поздравить с 8 Марта")
        return 1

    monkeypatch.setattr(ReminderDialog, "exec", fill)
    assert window.reminders.remind_selected() == 3
    assert "3 reminders added" in window.statusBar().currentMessage()


def test_a_notification_comes_when_a_reminder_is_due(
    qtbot, workspace: Workspace, qsettings: QSettings, monkeypatch
) -> None:
    window = MainWindow(workspace, qsettings)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append(box.text()))
    monkeypatch.setattr(
        "clientbase.ui.reminder_notifier.QSystemTrayIcon.showMessage",
        lambda _tray, _title, text, _icon: shown.append(text),
    )
    now = datetime.now().replace(second=0, microsecond=0)
    workspace.reminders.add(ReminderInput(now + timedelta(minutes=1), ReminderKind.CALL, "Звонок"))
    window.reminders.notifier.last_check = now
    assert window.reminders.notifier.check(now + timedelta(seconds=30)) == []
    found = window.reminders.notifier.check(now + timedelta(minutes=2))
    assert [i.title for i in found] == ["Звонок"]
    assert shown and "Звонок" in shown[0]


def test_birthday_texts_name_the_company_of_a_contact_person() -> None:
    from clientbase.services.calendar import BIRTHDAY, CalendarItem

    item = CalendarItem(
        at(date(2026, 3, 7), 0), BIRTHDAY, "Сидоров", 1, "ООО «Ромашка»", person="Сидоров"
    )
    assert item_text(item) == "Birthday: Сидоров (ООО «Ромашка»)"


def test_the_calendar_exports_for_a_phone(
    qtbot, shop: Workspace, qsettings: QSettings, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(shop, qsettings)
    qtbot.addWidget(window)
    offered: list[str] = []
    answers = [str(tmp_path / "phone"), ""]

    def save_as(_parent, _title, suggested, *_args):
        offered.append(suggested)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    target = window.reminders.export_calendar()
    assert target == tmp_path / "phone.ics"
    text = target.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 2 and "Перезвонить" in text
    # It offered «clientbase.ics» in the home folder each time, over the last one.
    assert window.reminders.export_calendar() is None
    today = date.today().isoformat()
    assert offered[1] == str(tmp_path / f"Reminders and birthdays {today}.ics")
