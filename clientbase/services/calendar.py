"""What is on each day: open reminders (repeating ones expanded) and the clients' birthdays.

Birthdays come from the clients themselves and from the contact persons of companies; archived
clients are left out. A birthday on 29 February is kept on the 28th in other years.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, literal, or_, select
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


def _birthday_rows(session: Session, months: Iterable[int]) -> list[Any]:
    wanted = sorted(set(months))
    people = select(
        Client.id, Client.display_name, Client.birthday_day, Client.birthday_month,
        Client.birthday_year, literal(""),
    ).where(Client.archived_at.is_(None), Client.birthday_month.in_(wanted))  # fmt: skip
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
        .where(Client.archived_at.is_(None), ContactPerson.birthday_month.in_(wanted))
    )
    rows = list(session.execute(people)) + list(session.execute(persons))
    return [row for row in rows if row[2] is not None]


def birthdays_between(db: Database, start: date, end: date) -> list[CalendarItem]:
    """Birthdays on the days in [start, end), in date order."""
    months = _months(start, end)
    items = []
    with db.reading() as session:
        rows = _birthday_rows(session, (m for _y, m in months))
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


def _effective_due() -> Any:
    return func.coalesce(Reminder.snoozed_until, Reminder.due_at)


def _reminder_item(row: Reminder, name: str | None, when: datetime) -> CalendarItem:
    return CalendarItem(
        when, row.kind.value, row.title, row.client_id, name or "", reminder_id=row.id,
        recurrence=row.recurrence,
    )  # fmt: skip


def reminders_between(db: Database, start: datetime, end: datetime) -> list[CalendarItem]:
    """Open reminders due in [start, end); a repeating one once for each of its dates."""
    due = _effective_due()
    items: list[CalendarItem] = []
    with db.reading() as session:
        base = (
            select(Reminder, Client.display_name)
            .outerjoin(Client, Client.id == Reminder.client_id)
            .where(Reminder.done_at.is_(None))
            .where(or_(Reminder.client_id.is_(None), Client.archived_at.is_(None)))
        )
        once = base.where(Reminder.recurrence == Recurrence.NONE, due >= start, due < end)
        for row, name in session.execute(once):
            items.append(_reminder_item(row, name, row.snoozed_until or row.due_at))
        series = base.where(
            Reminder.recurrence.in_(REPEATING),
            Reminder.due_at < end,
            or_(Reminder.repeat_until.is_(None), Reminder.repeat_until >= start.date()),
        )
        for row, name in session.execute(series):
            current = row.snoozed_until or row.due_at
            if start <= current < end:
                items.append(_reminder_item(row, name, current))
            for moment in occurrences(
                row.repeat_from or row.due_at, row.recurrence, start, end, row.repeat_until
            ):
                if moment > row.due_at:
                    items.append(_reminder_item(row, name, moment))
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
    due = _effective_due()
    counts: Counter[date] = Counter()
    visible = or_(Reminder.client_id.is_(None), Client.archived_at.is_(None))
    # Two plain ranges instead of one over coalesce(): the first can use ix_reminder_due.
    in_range = (
        and_(Reminder.snoozed_until.is_(None), Reminder.due_at >= start, Reminder.due_at < end),
        and_(Reminder.snoozed_until >= start, Reminder.snoozed_until < end),
    )
    for condition in in_range:
        once = (
            select(due)
            .select_from(Reminder)
            .outerjoin(Client, Client.id == Reminder.client_id)
            .where(Reminder.done_at.is_(None), Reminder.recurrence == Recurrence.NONE)
            .where(condition, visible)
        )
        for (moment,) in session.execute(once):
            counts[moment.date()] += 1
    series = (
        select(
            Reminder.due_at,
            Reminder.snoozed_until,
            Reminder.recurrence,
            Reminder.repeat_from,
            Reminder.repeat_until,
        )
        .outerjoin(Client, Client.id == Reminder.client_id)
        .where(Reminder.done_at.is_(None), Reminder.recurrence.in_(REPEATING))
        .where(Reminder.due_at < end, visible)
        .where(or_(Reminder.repeat_until.is_(None), Reminder.repeat_until >= start.date()))
    )
    for due_at, snoozed, recurrence, first, until in session.execute(series):
        current = snoozed or due_at
        if start <= current < end:
            counts[current.date()] += 1
        for moment in occurrences(first or due_at, recurrence, start, end, until):
            if moment > due_at:
                counts[moment.date()] += 1
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
    """Open reminders whose time has passed, the latest first (at most `limit`), and how many."""
    due = _effective_due()
    late = (
        select(Reminder, Client.display_name)
        .outerjoin(Client, Client.id == Reminder.client_id)
        .where(Reminder.done_at.is_(None), due < now)
        .where(or_(Reminder.client_id.is_(None), Client.archived_at.is_(None)))
    )
    with db.reading() as session:
        total = session.scalar(select(func.count()).select_from(late.subquery())) or 0
        rows = session.execute(late.order_by(due.desc()).limit(limit))
        items = [_reminder_item(row, name, row.snoozed_until or row.due_at) for row, name in rows]
    return items, total


def due_summary(
    db: Database, now: datetime, days_ahead: int = 7, birthday_lead_days: int = 3
) -> DueSummary:
    """Late reminders, today's reminders and birthdays, and the coming days' ones.

    Birthdays are shown `birthday_lead_days` ahead (so a present can be bought), reminders
    `days_ahead`.
    """
    today = now.date()
    tomorrow = today + timedelta(days=1)
    overdue, overdue_total = overdue_reminders(db, now, OVERDUE_SHOWN)
    today_items = [
        item for item in items_between(db, today, tomorrow)
        if item.is_birthday or item.when >= now
    ]  # fmt: skip
    upcoming = [
        item
        for item in items_between(
            db, tomorrow, today + timedelta(days=max(days_ahead, birthday_lead_days) + 1)
        )
        if item.day
        <= today + timedelta(days=birthday_lead_days if item.is_birthday else days_ahead)
    ]
    return DueSummary(overdue, today_items, upcoming, overdue_total)
