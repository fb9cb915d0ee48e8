"""Repeating reminders across month ends, leap years, summer time and their end date."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from clientbase.db.enums import Recurrence, ReminderKind
from clientbase.services.recurrence import next_after, occurrences
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace


def test_a_monthly_series_on_the_31st_comes_back_to_the_31st() -> None:
    dates = list(
        occurrences(
            datetime(2026, 1, 31, 10),
            Recurrence.MONTHLY,
            datetime(2026, 1, 1),
            datetime(2026, 6, 1),
        )
    )
    assert [d.date() for d in dates] == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
        date(2026, 4, 30), date(2026, 5, 31),
    ]  # fmt: skip


def test_a_yearly_series_on_29_february() -> None:
    dates = list(
        occurrences(
            datetime(2024, 2, 29, 9), Recurrence.YEARLY, datetime(2024, 1, 1), datetime(2029, 1, 1)
        )
    )
    assert [d.date() for d in dates] == [
        date(2024, 2, 29), date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28),
        date(2028, 2, 29),
    ]  # fmt: skip


def test_summer_time_does_not_move_the_hour() -> None:
    # Europe changed clocks on 29 March 2026; a shop's 10:00 call stays a 10:00 call.
    days = list(
        occurrences(
            datetime(2026, 3, 27, 10), Recurrence.DAILY, datetime(2026, 3, 27), datetime(2026, 4, 1)
        )
    )
    assert {d.hour for d in days} == {10} and len(days) == 5
    berlin = ZoneInfo("Europe/Berlin")
    offsets = {d.replace(tzinfo=berlin).utcoffset() for d in days}
    assert len(offsets) == 2  # the wall time stayed while the offset changed


def test_a_series_stops_at_its_end_date() -> None:
    dates = list(
        occurrences(
            datetime(2026, 11, 2, 9),
            Recurrence.WEEKLY,
            datetime(2026, 11, 1),
            datetime(2027, 1, 1),
            until=date(2026, 11, 23),
        )
    )
    assert [d.day for d in dates] == [2, 9, 16, 23]
    assert (
        next_after(datetime(2026, 11, 2, 9), Recurrence.WEEKLY, dates[-1], date(2026, 11, 23))
        is None
    )


def test_a_window_far_after_the_start_is_found_without_walking_every_day() -> None:
    first = datetime(1990, 1, 1, 8)
    dates = list(occurrences(first, Recurrence.DAILY, datetime(2026, 11, 1), datetime(2026, 11, 4)))
    assert [d.day for d in dates] == [1, 2, 3]


def test_completing_a_monthly_reminder_keeps_its_day(workspace: Workspace) -> None:
    reminders = workspace.reminders
    monthly = reminders.add(
        ReminderInput(
            datetime(2026, 1, 31, 10),
            ReminderKind.TASK,
            "Отчёт",
            recurrence=Recurrence.MONTHLY,
            repeat_until=date(2026, 3, 31),
        )
    )
    reminders.complete(monthly)
    assert reminders.get(monthly).data.due_at == datetime(2026, 2, 28, 10)
    reminders.complete(monthly)
    assert reminders.get(monthly).data.due_at == datetime(2026, 3, 31, 10)
    reminders.complete(monthly, when=datetime(2026, 3, 31, 12))
    assert reminders.get(monthly).done_at == datetime(2026, 3, 31, 12)
