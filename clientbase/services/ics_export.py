"""Reminders and birthdays as an iCalendar (.ics) file, for the calendar of a phone.

Repeating reminders and birthdays become one event each with a repeat rule (RRULE), so the
phone's calendar shows them in every year without a file per year. A birthday is an all-day
event; a reminder lasts 30 minutes and rings 15 minutes before (VALARM).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import vobject
from dateutil import tz
from sqlalchemy import or_, select

from clientbase import __version__
from clientbase.db.database import Database
from clientbase.db.enums import Recurrence
from clientbase.db.models import Client, Reminder
from clientbase.services.calendar import birthday_in, birthdays_between
from clientbase.services.file_output import written_in_place
from clientbase.services.privacy import require_export

_FREQ = {
    Recurrence.DAILY: "DAILY",
    Recurrence.WEEKLY: "WEEKLY",
    Recurrence.MONTHLY: "MONTHLY",
    Recurrence.YEARLY: "YEARLY",
}
REMINDER_MINUTES = 30
ALARM_MINUTES = 15


def _rule(recurrence: Recurrence, until: date | None, bymonthday: int | None = None) -> str:
    rule = f"FREQ={_FREQ[recurrence]}"
    if bymonthday is not None:
        # RFC 5545 skips months without the day; -1 is «the last day» for the 31st.
        rule += f";BYMONTHDAY={bymonthday}"
    if until is not None:
        rule += f";UNTIL={until:%Y%m%d}T235959"
    return rule


def _add_reminder(calendar: vobject.base.Component, row: Reminder, name: str) -> None:
    event = calendar.add("vevent")
    event.add("uid").value = f"reminder-{row.id}@clientbase"
    event.add("dtstamp").value = datetime.now(tz.UTC)
    start = row.snoozed_until or row.due_at
    event.add("dtstart").value = start
    event.add("dtend").value = start + timedelta(minutes=REMINDER_MINUTES)
    event.add("summary").value = f"{row.title} — {name}" if name else row.title
    if row.note:
        event.add("description").value = row.note
    if row.recurrence is not Recurrence.NONE:
        first = row.repeat_from or row.due_at
        monthly = row.recurrence is Recurrence.MONTHLY and first.day > 28
        event.add("rrule").value = _rule(
            row.recurrence, row.repeat_until, -1 if monthly and first.day == 31 else None
        )
    alarm = event.add("valarm")
    alarm.add("action").value = "DISPLAY"
    alarm.add("description").value = row.title
    alarm.add("trigger").value = timedelta(minutes=-ALARM_MINUTES)


def export_ics(
    db: Database,
    path: Path,
    *,
    birthdays: bool = True,
    today: date | None = None,
    password: str | None = None,
) -> int:
    """Write open reminders (and birthdays) to `path`; return how many events it holds."""
    require_export(db, password)
    calendar = vobject.iCalendar()
    calendar.add("prodid").value = f"-//ClientBase//{__version__}//RU"
    count = 0
    with db.reading() as session:
        rows = session.execute(
            select(Reminder, Client.display_name)
            .outerjoin(Client, Client.id == Reminder.client_id)
            .where(Reminder.done_at.is_(None))
            .where(or_(Reminder.client_id.is_(None), Client.archived_at.is_(None)))
            .order_by(Reminder.due_at)
        )
        for row, name in rows:
            _add_reminder(calendar, row, name or "")
            count += 1
    if birthdays:
        start = today or date.today()
        # One year from today: each birthday once, and its rule repeats it every year.
        year_later = birthday_in(start.year + 1, start.month, start.day)
        for item in birthdays_between(db, start, year_later):
            event = calendar.add("vevent")
            key = f"{item.client_id}-{item.person}" if item.person else str(item.client_id)
            event.add("uid").value = f"birthday-{key}@clientbase"
            event.add("dtstamp").value = datetime.now(tz.UTC)
            event.add("dtstart").value = item.day
            title = item.person or item.client_name
            event.add("summary").value = f"🎂 {title}" + (
                f" ({item.client_name})" if item.person else ""
            )
            event.add("rrule").value = "FREQ=YEARLY"
            count += 1
    with written_in_place(path) as partial:
        partial.write_text(calendar.serialize(), encoding="utf-8")
    return count
