"""The reminder a sheet's row asks for: a day to call the client again («Перезвонить»), or
the client's next appointment («Следующий визит»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from clientbase.db.enums import ReminderKind
from clientbase.errors import ValidationError
from clientbase.services.cell_days import moment_and_words

# A day to come under «Следующий визит», «Запись», «Примерка»: an appointment, not a call.
_VISIT = re.compile(
    r"визит|запис|при[её]м|встреч|придет|придёт|примерк|visit|appointment|meeting", re.IGNORECASE
)


@dataclass(frozen=True)
class RowReminder:
    due_at: datetime
    title: str  # the column's name, as the sheet says it: «Перезвонить», «Следующий звонок»
    note: str = ""  # what to call about, written beside the day: «05.12 — уточнить размер»
    kind: ReminderKind = ReminderKind.CALL  # a «Следующий визит» is a meeting


def reminder_of(
    value: object, header: str, today: date, month_first: bool = False
) -> RowReminder | None:
    """The reminder a cell asks for; None for a day gone by (history) or words without a
    day («после праздников»), which the notes keep."""
    try:
        due, about = moment_and_words(value, today, month_first)
    except (ValueError, ValidationError):
        return None
    if due.date() < today:
        return None
    title = header  # the column's name, or the importer's word for «call back»
    kind = ReminderKind.MEETING if _VISIT.search(title) else ReminderKind.CALL
    return RowReminder(due, title, about, kind)
