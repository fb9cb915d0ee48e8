"""What is on each day: open reminders (repeating ones expanded) and the clients' birthdays.

Birthdays come from the clients themselves and from the contact persons of companies; archived
clients are left out. A birthday on 29 February is kept on the 28th in other years.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import Recurrence
from clientbase.db.models import Client, ContactPerson, Reminder
from clientbase.services.recurrence import occurrences

BIRTHDAY = "birthday"
# A panel lists the latest late reminders; past a hundred, the count says the rest.
OVERDUE_SHOWN = 100
# Named, not «!= none», so that the index on (done_at, recurrence, due_at) can seek them.
REPEATING = [r for r in Recurrence if r is not Recurrence.NONE]


@dataclass(frozen=True)
class CalendarItem:
    """One line of a day: a reminder's occurrence or a birthday."""

    when: datetime
    kind: str  # a ReminderKind value, or BIRTHDAY
    title: str
    client_id: int | None
    client_name: str
    reminder_id: int | None = None
    age: int | None = None  # the age reached that day, when the year of birth is known
    person: str = ""  # the contact person whose birthday it is, at the company client_name
    recurrence: Recurrence = Recurrence.NONE

    @property
    def is_birthday(self) -> bool:
        return self.kind == BIRTHDAY

    @property
    def day(self) -> date:
        return self.when.date()


@dataclass(frozen=True)
class DayMarks:
    reminders: int = 0
    birthdays: int = 0


@dataclass(frozen=True)
class DueSummary:
    """The «Today» panel: what is late, what is today, and what comes in the next days."""

    overdue: list[CalendarItem]
    today: list[CalendarItem]
    upcoming: list[CalendarItem]
    overdue_total: int = 0  # all of them; `overdue` holds the latest OVERDUE_SHOWN

    @property
    def count_due(self) -> int:
        return max(self.overdue_total, len(self.overdue)) + len(self.today)


def birthday_in(year: int, month: int, day: int) -> date:
    """The date of a birthday in `year`: 29 February falls on the 28th in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def _months(start: date, end: date) -> list[tuple[int, int]]:
    """(year, month) of every month that [start, end) touches."""
    months = []
    year, month = start.year, start.month
    while date(year, month, 1) < end:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _day_windows(start: date, end: date) -> Any:
    """A condition on (birthday_month, birthday_day) columns for the days of [start, end).

    Each month the range touches contributes its days; a range holding 28 February of a
    common year also takes the 29th, which is celebrated that day.
    """

    def condition(month_column: Any, day_column: Any) -> Any:
        windows = []
        for year, month in _months(start, end):
            first = max(start, date(year, month, 1))
            last = min(
                end - timedelta(days=1), date(year, month, calendar.monthrange(year, month)[1])
            )
            high = 29 if month == 2 and last.day == 28 and not calendar.isleap(year) else last.day
            windows.append(and_(month_column == month, day_column >= first.day, day_column <= high))
        return or_(*windows)

    return condition


def _birthday_rows(session: Session, start: date, end: date) -> list[Any]:
    """(client id, name, day, month, year, contact person) of the birthdays in [start, end)."""
    days = _day_windows(start, end)
    people = select(
        Client.id, Client.display_name, Client.birthday_day, Client.birthday_month,
        Client.birthday_year, literal(""),
    ).where(
        Client.archived_at.is_(None), days(Client.birthday_month, Client.birthday_day)
    )  # fmt: skip
    persons = (
        select(
            Client.id,
            Client.display_name,
            ContactPerson.birthday_day,
            ContactPerson.birthday_month,
            ContactPerson.birthday_year,
            ContactPerson.name,
        )
        .join(Client, Client.id == ContactPerson.client_id)
        .where(
            Client.archived_at.is_(None),
            days(ContactPerson.birthday_month, ContactPerson.birthday_day),
        )
    )
    return list(session.execute(people)) + list(session.execute(persons))


def birthdays_between(db: Database, start: date, end: date) -> list[CalendarItem]:
    """Birthdays on the days in [start, end), in date order."""
    months = _months(start, end)
    items = []
    with db.reading() as session:
        rows = _birthday_rows(session, start, end)
    for client_id, name, day, month, born, person in rows:
        for year, in_month in months:
            if in_month != month:
                continue
            try:
                when = birthday_in(year, month, day)
            except ValueError:
                continue  # a day the month does not have (kept from an old import)
            if start <= when < end:
                age = when.year - born if born else None
                items.append(
                    CalendarItem(
                        datetime.combine(when, time()),
                        BIRTHDAY,
                        person or name,
                        client_id,
                        name,
                        age=age,
                        person=person or "",
                    )
                )
    items.sort(key=lambda item: (item.when, item.client_name, item.person))
    return items


_REMINDER_COLUMNS = (
    Reminder.id, Reminder.due_at, Reminder.snoozed_until, Reminder.kind, Reminder.title,
    Reminder.recurrence, Reminder.repeat_from, Reminder.repeat_until, Reminder.client_id,
    Client.display_name,
)  # fmt: skip
# What the month grid needs of a reminder: its times only, so a month reads narrow rows.
_TIME_COLUMNS = (
    Reminder.due_at, Reminder.snoozed_until, Reminder.recurrence, Reminder.repeat_from,
    Reminder.repeat_until,
)  # fmt: skip


def _reminder_item(row: Any, when: datetime) -> CalendarItem:
    """A reminder's occurrence from a row of _REMINDER_COLUMNS."""
    return CalendarItem(
        when, row.kind.value, row.title, row.client_id, row.display_name or "",
        reminder_id=row.id, recurrence=row.recurrence,
    )  # fmt: skip


def _not_archived() -> Any:
    """Reminders of archived clients are hidden: a short list of ids the database sets aside
    once, cheaper than joining every reminder to its client."""
    archived = select(Client.id).where(Client.archived_at.is_not(None))
    return or_(Reminder.client_id.is_(None), Reminder.client_id.not_in(archived))


def _reminder_select(columns: tuple[Any, ...], *conditions: Any) -> Select[Any]:
    statement = select(*columns).select_from(Reminder)
    if any(getattr(column, "table", None) is Client.__table__ for column in columns):
        statement = statement.outerjoin(Client, Client.id == Reminder.client_id)
    return statement.where(Reminder.done_at.is_(None), _not_archived(), *conditions)


def _one_off_ranges(start: datetime, end: datetime) -> tuple[tuple[Any, tuple[Any, ...]], ...]:
    """(time column, conditions) of the one-off reminders in [start, end): those not snoozed
    by their due time, the snoozed ones by their new time.

    Plain ranges instead of one over coalesce(), so each read seeks along an index.
    """
    one_off = Reminder.recurrence == Recurrence.NONE
    return (
        (
            Reminder.due_at,
            (one_off, Reminder.snoozed_until.is_(None), Reminder.due_at >= start,
             Reminder.due_at < end),
        ),
        (
            Reminder.snoozed_until,
            (one_off, Reminder.snoozed_until >= start, Reminder.snoozed_until < end),
        ),
    )  # fmt: skip


def _series_occurrences(
    session: Session, start: datetime, end: datetime, columns: tuple[Any, ...]
) -> Iterator[tuple[Any, datetime]]:
    """(row, time) of each date in [start, end) of the repeating reminders.

    They are named in an IN list rather than «!= none», so the read seeks along an index.
    """
    series = _reminder_select(
        columns,
        Reminder.recurrence.in_(REPEATING),
        Reminder.due_at < end,
        or_(Reminder.repeat_until.is_(None), Reminder.repeat_until >= start.date()),
    )
    for row in session.execute(series):
        current = row.snoozed_until or row.due_at
        if start <= current < end:
            yield row, current
        first = row.repeat_from or row.due_at
        for moment in occurrences(first, row.recurrence, start, end, row.repeat_until):
            if moment > row.due_at:
                yield row, moment


def reminders_between(db: Database, start: datetime, end: datetime) -> list[CalendarItem]:
    """Open reminders due in [start, end); a repeating one once for each of its dates."""
    items = []
    with db.reading() as session:
        for moment, conditions in _one_off_ranges(start, end):
            for row in session.execute(_reminder_select(_REMINDER_COLUMNS, *conditions)):
                items.append(_reminder_item(row, getattr(row, moment.key)))
        for row, when in _series_occurrences(session, start, end, _REMINDER_COLUMNS):
            items.append(_reminder_item(row, when))
    items.sort(key=lambda item: (item.when, item.title))
    return items


def items_between(db: Database, start: date, end: date) -> list[CalendarItem]:
    """Everything on the days in [start, end): birthdays first in each day, then by time."""
    items = birthdays_between(db, start, end) + reminders_between(
        db, datetime.combine(start, time()), datetime.combine(end, time())
    )
    items.sort(key=lambda item: (item.day, not item.is_birthday, item.when, item.title))
    return items


def _birthday_counts(session: Session, months: list[int]) -> Counter[tuple[int, int]]:
    """How many birthdays fall on each (month, day): counted by the database, not in Python."""
    counts: Counter[tuple[int, int]] = Counter()
    own = (
        select(Client.birthday_month, Client.birthday_day, func.count())
        .where(Client.archived_at.is_(None), Client.birthday_month.in_(months))
        .group_by(Client.birthday_month, Client.birthday_day)
    )
    persons = (
        select(ContactPerson.birthday_month, ContactPerson.birthday_day, func.count())
        .join(Client, Client.id == ContactPerson.client_id)
        .where(Client.archived_at.is_(None), ContactPerson.birthday_month.in_(months))
        .group_by(ContactPerson.birthday_month, ContactPerson.birthday_day)
    )
    for statement in (own, persons):
        for month, day, count in session.execute(statement):
            if month is not None and day is not None:
                counts[(month, day)] += count
    return counts


def _reminder_counts(session: Session, start: datetime, end: datetime) -> Counter[date]:
    """Reminders per day: one-off ones counted by the database, repeating ones expanded."""
    counts: Counter[date] = Counter()
    for moment, conditions in _one_off_ranges(start, end):
        day = func.date(moment, type_=Date)
        per_day = _reminder_select((day, func.count()), *conditions).group_by(day)
        for when, count in session.execute(per_day):
            counts[when] += count
    for _row, when in _series_occurrences(session, start, end, _TIME_COLUMNS):
        counts[when.date()] += 1
    return counts


def marks_between(db: Database, start: date, end: date) -> dict[date, DayMarks]:
    """How many reminders and birthdays each day of [start, end) has, for the month grid.

    Counted with GROUP BY, so a month of 100,000 clients' birthdays costs a few milliseconds.
    """
    months = _months(start, end)
    with db.reading() as session:
        per_day = _birthday_counts(session, sorted({m for _y, m in months}))
        reminders = _reminder_counts(
            session, datetime.combine(start, time()), datetime.combine(end, time())
        )
    birthdays: Counter[date] = Counter()
    for (month, day), count in per_day.items():
        for year, in_month in months:
            if in_month != month:
                continue
            try:
                when = birthday_in(year, month, day)
            except ValueError:
                continue
            if start <= when < end:
                birthdays[when] += count
    return {
        day: DayMarks(reminders.get(day, 0), birthdays.get(day, 0))
        for day in set(birthdays) | set(reminders)
    }


def overdue_reminders(
    db: Database, now: datetime, limit: int | None = None
) -> tuple[list[CalendarItem], int]:
    """Open reminders whose time has passed, the latest first (at most `limit`), and how many.

    Read as two ranges, not one over coalesce(): unsnoozed ones by due_at and snoozed ones by
    snoozed_until, each along its index, so a base with thousands of late reminders answers
    at once.
    """
    parts = (
        (Reminder.due_at, and_(Reminder.snoozed_until.is_(None), Reminder.due_at < now)),
        (Reminder.snoozed_until, Reminder.snoozed_until < now),
    )
    items: list[CalendarItem] = []
    total = 0
    with db.reading() as session:
        for moment, condition in parts:
            total += session.scalar(_reminder_select((func.count(),), condition)) or 0
            late = _reminder_select(_REMINDER_COLUMNS, condition)
            for row in session.execute(late.order_by(moment.desc()).limit(limit)):
                items.append(_reminder_item(row, row.snoozed_until or row.due_at))
    items.sort(key=lambda item: item.when, reverse=True)
    return items[:limit] if limit is not None else items, total


def due_summary(
    db: Database, now: datetime, days_ahead: int = 7, birthday_lead_days: int = 3
) -> DueSummary:
    """Late reminders, today's reminders and birthdays, and the coming days' ones.

    Birthdays are shown `birthday_lead_days` ahead (so a present can be bought), reminders
    `days_ahead`.
    """
    today = now.date()
    overdue, overdue_total = overdue_reminders(db, now, OVERDUE_SHOWN)
    # One read each of birthdays and reminders for today and the days ahead, then split.
    items = birthdays_between(
        db, today, today + timedelta(days=birthday_lead_days + 1)
    ) + reminders_between(
        db,
        datetime.combine(today, time()),
        datetime.combine(today, time()) + timedelta(days=days_ahead + 1),
    )
    items.sort(key=lambda item: (item.day, not item.is_birthday, item.when, item.title))
    today_items = [
        item for item in items
        if item.day == today and (item.is_birthday or item.when >= now)
    ]  # fmt: skip
    upcoming = [item for item in items if item.day > today]
    return DueSummary(overdue, today_items, upcoming, overdue_total)
