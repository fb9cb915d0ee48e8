"""Lists to work from on paper: the month's birthdays, and the calls to make today.

Both take what the calendar shows (services.calendar), so paper and screen agree.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from clientbase.db.database import Database
from clientbase.reports.grid import GridStyle, TableReport, number_column_width, table_story
from clientbase.reports.page import ReportPage, write_pdf
from clientbase.reports.texts import ReportTexts
from clientbase.services.calendar import CalendarItem, birthdays_between, reminders_between
from clientbase.services.client_query import load_rows
from clientbase.services.locale_format import date_text

# The blank column to write the outcome of a call in takes this share of the width.
NOTES_SHARE = 0.3
# Two empty lines in the notes cell leave room to write by hand.
BLANK = "\n\n"


def _phones(db: Database, items: list[CalendarItem]) -> dict[int, str]:
    ids = sorted({i.client_id for i in items if i.client_id is not None})
    return {row.id: row.phone for row in load_rows(db, ids)}


def write_birthday_list(
    db: Database, path: Path, start: date, end: date, language: str = "ru"
) -> int:
    """Birthdays on the days in [start, end): date, who, the age they reach, a phone.

    Returns how many birthdays the list holds."""
    texts = ReportTexts(language)
    items = birthdays_between(db, start, end)
    phones = _phones(db, items)
    report = ReportPage(texts["birthdays_title"].format(period=texts.period(start, end)), language)
    rows = [
        [
            str(number),
            date_text(item.day, texts.language),
            f"{item.person} ({item.client_name})" if item.person else item.client_name,
            str(item.age) if item.age is not None else "",
            phones.get(item.client_id or 0, ""),
        ]
        for number, item in enumerate(items, start=1)
    ]
    table = TableReport(
        [texts["col.number"], texts["col.date"], texts["col.name"], texts["col.age"],
         texts["col.phone"]],
        rows,
        GridStyle({0, 3}),
        fixed={0: number_column_width(len(rows))},
    )  # fmt: skip
    subtitle = texts["birthdays_count"].format(count=len(rows)) if rows else texts["birthdays_none"]
    write_pdf(path, table_story(report, subtitle, table), report)
    return len(rows)


def write_call_list(db: Database, path: Path, day: date, language: str = "ru") -> int:
    """The reminders of `day` that concern a client, by time, with a blank column for notes.

    Returns how many calls the list holds."""
    texts = ReportTexts(language)
    start = datetime.combine(day, time())
    items = [i for i in reminders_between(db, start, start + timedelta(days=1)) if i.client_id]
    phones = _phones(db, items)
    report = ReportPage(texts["calls_title"].format(date=date_text(day, texts.language)), language)
    rows = [
        [
            str(number),
            f"{item.when:%H:%M}" if item.when.time() != time() else "",
            item.client_name,
            phones.get(item.client_id or 0, ""),
            item.title,
            BLANK,
        ]
        for number, item in enumerate(items, start=1)
    ]
    table = TableReport(
        [texts["col.number"], texts["col.time"], texts["col.name"], texts["col.phone"],
         texts["col.reminder"], texts["col.notes"]],
        rows,
        GridStyle({0}),
        fixed={0: number_column_width(len(rows)), 5: report.width * NOTES_SHARE},
    )  # fmt: skip
    subtitle = texts["reminders_count"].format(count=len(rows)) if rows else texts["calls_none"]
    write_pdf(path, table_story(report, subtitle, table), report)
    return len(rows)
