"""What reading one sheet row gives: a card with the values it could not take, named."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clientbase.services.client_data import ClientInput
from clientbase.services.row_calls import RowCall
from clientbase.services.row_reminders import RowReminder


@dataclass(frozen=True)
class CellProblem:
    """A value left out of a row: where it was, what it was, and why."""

    line: int
    column: str
    value: str
    code: str
    # Position of the cell in the sheet's row, when the problem is one cell's (to fix it).
    index: int | None = None
    # The count a message names («at most 100 characters», «10 or 12 digits»).
    count: str = ""


@dataclass(frozen=True)
class ReadRow:
    line: int
    data: ClientInput | None  # None for a blank or totals row; without a name for "no_name"
    problems: list[CellProblem]
    # Why the whole row is left out: "blank", "totals", "header_again" and "page_number" (see
    # page_rows), "no_name".
    skipped: str = ""
    # The sheet marks the client archived («Архивный: Да», 1C's «Пометка удаления»).
    archived: bool = False
    # The day the shop took the client on («Дата регистрации», «Клиент с»).
    since: date | None = None
    # When to call the client again («Перезвонить: 05.12»): a reminder.
    reminder: RowReminder | None = None
    # The last call («Дата последнего звонка», «Результат звонка») and the last visit
    # («Последний визит»): the card's history.
    calls: tuple[RowCall, ...] = ()
    # The days to congratulate the client every year («Годовщина свадьбы: 12.06»).
    occasions: tuple[RowReminder, ...] = ()
