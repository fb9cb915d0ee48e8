"""The last call a sheet's row records («Дата последнего звонка», «Результат звонка»): an
entry of the client's history of calls."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from clientbase.errors import ValidationError
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import cell_moment

# A call's text where the sheet gives its day only: a history entry must say something.
NO_RESULT = "Звонок"


@dataclass(frozen=True)
class RowCall:
    happened_at: datetime
    text: str  # what the call came to, or NO_RESULT


def call_of(
    parts: Mapping[Target, tuple[int, object]],
    headers: Sequence[str],
    today: date,
    month_first: frozenset[int] = frozenset(),
) -> tuple[RowCall | None, list[str]]:
    """The call a row's day and result columns (column, cell) give, and the lines the notes
    keep instead: a day not come yet or unreadable, or a result without a day."""
    day, result = parts.get(Target.LAST_CALL), parts.get(Target.CALL_RESULT)
    if day is not None:
        try:
            when = cell_moment(day[1], today, day[0] in month_first, past=True)
        except (ValueError, ValidationError):
            when = None
        if when is not None and when.date() <= today:
            said = text_of(result[1]).strip() if result is not None else ""
            return RowCall(when, said or NO_RESULT), []
    kept = [
        f"{headers[column]}: {text_of(value)}"
        for column, value in (part for part in (day, result) if part is not None)
        if text_of(value).strip()
    ]
    return None, kept
