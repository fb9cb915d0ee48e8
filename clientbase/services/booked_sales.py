"""A sale on a day still to come, on a sheet of sales: a salon's visit booked, a photo shoot,
a banquet, a tour. The base keeps no purchase ahead of today (in a book of sales made, a day
to come is a mistyped one), so such a row's sale is a reminder on its day instead: what the
shop owner wants to see coming in the calendar, titled with what was booked and noting its
sum and the sale's notes. It had been refused as «in the future», the sale's cells lost
with it but for the problem named.

A day farther ahead than BOOKED_AHEAD is still a mistake named in its cell (2062 for 2026),
and so is a sale the sheet says was made already: by its column («Дата покупки», «Дата
продажи», «Дата заказа»), by being a till's log or a sales book of goods (may_be_booked),
or by its status (done, sent, cancelled)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from clientbase.db.enums import InteractionKind, PaymentState, PurchaseStatus, ReminderKind
from clientbase.errors import ValidationError
from clientbase.exchange.choices import parse_choice
from clientbase.exchange.targets import Target
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import DAY_START, cell_moment
from clientbase.services.purchases import PurchaseInput
from clientbase.services.record_words import RecordWords
from clientbase.services.row_calls import RowCall
from clientbase.services.row_reminders import DATE_NAME, RowReminder

# A banquet hall and a travel agency book a year ahead and more; a wedding, two.
BOOKED_AHEAD = timedelta(days=2 * 366)
# What a booking may be said to be: not yet done, or paid in advance.
_BOOKABLE = frozenset({PurchaseStatus.NEW, PurchaseStatus.PAID})


def booked_day(value: object, today: date, month_first: bool = False) -> date | None:
    """The day of a sale's cell, if it is one still to come within BOOKED_AHEAD."""
    try:
        day = cell_moment(value, today, month_first).date()
    except (ValueError, ValidationError):
        return None
    return day if _ahead(day, today) else None


def _ahead(day: date, today: date) -> bool:
    return today < day <= today + BOOKED_AHEAD


# A day column named as the day a sale was made, paid or ordered: none of it is to come.
_MADE = re.compile(r"покуп|прода|заказ|чек|оплат|документ|операц|purchase|sale|sold|order|paid")
# A till's columns (its log lists receipts rung up), or a shop's goods (sold, not booked):
# a day to come beside them is mistyped.
_NEVER_BOOKED = re.compile(
    r"кассир|касс[аы]|чек|фискал|документ|операци|cashier|receipt|register"
    r"|товар|продук|номенклатур|артикул|запчаст|product|goods|sku"
    r"|что куп|что брал|что взял|что заказ"
)


def may_be_booked(day_header: str, headers: Sequence[str]) -> bool:
    """Whether a sheet's day of sales may name a day to come («Дата визита», «Дата
    мероприятия», «Заезд», a salon log's «Дата»): not the day a sale was made, nor a day
    of a till's log or of a sales book of goods, where a day to come is mistyped."""
    if _MADE.search(day_header.casefold()):
        return False
    return not any(_NEVER_BOOKED.search(header.casefold()) for header in headers)


# A salon's log gives the visit's hour apart from its day: «Время: 12:00».
_HOUR_NAMES = frozenset({"время", "время визита", "время записи", "начало", "time", "start time"})
_HOUR = re.compile(
    r"^\s*([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d)?\s*(?:([ap])\.?\s*m\.?)?\s*"
    r"(-|–|—|до\s)?",  # «12:00–13:30»: from its start
    re.IGNORECASE,
)


def hour_of(
    cells: Sequence[object], headers: Sequence[object], mapping: Sequence[Target]
) -> tuple[time, str] | None:
    """The hour of a row's visit from a column of its own, and that cell as the sale's
    notes say it («Время: 12:00»), which the reminder's time says instead; a span of hours
    («12:00–13:30») starts then, and its line stays in the note ("" in its place)."""
    for column, target in enumerate(mapping):
        if target is not Target.SALE_NOTE or column >= len(cells):
            continue
        header = text_of(headers[column]).strip()
        if header.casefold() not in _HOUR_NAMES:
            continue
        value = cells[column]
        if isinstance(value, time):
            return value.replace(second=0, microsecond=0), f"{header}: {text_of(value)}"
        text = text_of(value).strip()
        found = _HOUR.match(text)
        if found is not None and (found[4] is not None or found.end() == len(text)):
            hours = int(found[1])
            if found[3] is not None and hours <= 12:  # «2:30 PM», «12:15 AM»
                hours = hours % 12 + (12 if found[3].lower() == "p" else 0)
            hour = time(hours, int(found[2]))
            return hour, "" if found[4] is not None else f"{header}: {text}"
    return None


# Whether a visit to come is paid for yet (a tutor's lesson, «Оплачено: нет»), in its note.
_UNPAID_WORDS = {PaymentState.UNPAID: "unpaid", PaymentState.PARTIAL: "paid_in_part"}


def booking_of(
    purchase: PurchaseInput,
    day_cell: object,
    day_header: str,
    today: date,
    *,
    month_first: bool = False,
    status_said: bool = False,
    said: Sequence[str] = (),
    hour: tuple[time, str] | None = None,
    words: RecordWords | None = None,
) -> RowReminder | None:
    """The reminder of a sale booked for a day to come; None if it is no such sale.
    `status_said`: the sheet gives the sale's status (else the purchase's is its default,
    done); `said`: its sum and status as the sheet says them («Сумма: 250000», "" where
    none); `hour`: the visit's hour from a column of its own, and its line of the sale's
    comment (hour_of).
    Titled with what was booked, or else the day's column («Заезд»), or where that names a
    date only, the importer's word for a visit."""
    if status_said and purchase.status not in _BOOKABLE:
        return None
    visit = _visit_to_come(purchase, day_cell, day_header, today, month_first, hour, words)
    if visit is None:
        return None
    due, title, comment = visit
    number = f"№ {purchase.number}" if purchase.number else ""
    state = _UNPAID_WORDS.get(purchase.payment_state)
    payment = (words or RecordWords())[state] if state else ""
    note = "\n".join(filter(None, [*said, payment, number, *comment]))
    return RowReminder(due, title, note, ReminderKind.MEETING)


# A visit's status, or its column, that says it was called off: «Отменена», «Canceled».
_CALLED_OFF = re.compile(r"отмен|cancel", re.IGNORECASE)


def called_off_visit(
    purchase: PurchaseInput,
    day_cell: object,
    day_header: str,
    today: date,
    *,
    month_first: bool = False,
    status: str = "",
    said: Sequence[str] = (),
    hour: tuple[time, str] | None = None,
    words: RecordWords | None = None,
) -> RowCall | None:
    """A visit booked for a day to come and called off («Статус: Отменена»): no sale and
    no reminder, but the client's history keeps it on its day, «Запись отменена: Педикюр»
    with what the sheet says of it (`said`: its sum, as booking_of's). It had been named as
    a sale dated ahead of today, which nothing in the preview could mend. None for any
    other row: a visit to come that the client did not come to, or a sale returned, is a
    day mistyped. `status`: the status as the sheet says it, «Статус: Отменена»."""
    if purchase.status is not PurchaseStatus.CANCELLED or not _CALLED_OFF.search(status):
        return None
    visit = _visit_to_come(purchase, day_cell, day_header, today, month_first, hour, words)
    if visit is None:
        return None
    due, title, comment = visit
    text = (words or RecordWords()).say("called_off", what=title)
    return RowCall(due, "\n".join(filter(None, [text, *said, *comment])), InteractionKind.MEETING)


def _visit_to_come(
    purchase: PurchaseInput,
    day_cell: object,
    day_header: str,
    today: date,
    month_first: bool,
    hour: tuple[time, str] | None,
    words: RecordWords | None,
) -> tuple[datetime, str, list[str]] | None:
    """A booked visit's moment, its title and the lines of its comment (the hour's taken
    out), if its day is one still to come."""
    try:
        due = cell_moment(day_cell, today, month_first)  # with the visit's hour, where given
    except (ValueError, ValidationError):
        return None
    if not _ahead(due.date(), today):
        return None
    comment = purchase.comment.split("\n")
    if hour is not None:
        due = datetime.combine(due.date(), hour[0])
        comment = [line for line in comment if line != hour[1]]
    title = ", ".join(item.name for item in purchase.items)
    if not title:
        named_day = day_header.strip() and not DATE_NAME.search(day_header)
        title = day_header.strip() if named_day else (words or RecordWords())["visit"]
    return due, title, comment


# A deal's day it is expected to close: Pipedrive's «Expected close date», Bitrix24's
# «Предполагаемая дата закрытия».
_PLANNED = re.compile(r"expected close|предполагаем|планируем|плановая дата|ожидаемая дата")


def planned_deal(
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    today: date,
    words: RecordWords | None = None,
) -> RowReminder | None:
    """A deal still open (no day it was won or lost, its stage not either) with the day it is
    expected to close still to come: a reminder to call the client about it that day,
    titled with the deal, noting its sum, status and the sale's other columns. It had been
    named as a sale without its day, which nothing in the sheet could give it."""
    said: dict[Target, str] = {}
    planned: date | None = None
    notes = []
    for column, target in enumerate(mapping):
        value = cells[column] if column < len(cells) else None
        text = text_of(value).strip()
        if not text:
            continue
        header = text_of(headers[column]).strip()
        if target is Target.SALE_NOTE and planned is None and _PLANNED.search(header.casefold()):
            planned = booked_day(value, today)
        elif target in (Target.ITEM, Target.AMOUNT, Target.PURCHASE_STATUS):
            said.setdefault(target, text)
            if target is not Target.ITEM:
                notes.append(f"{header}: {text}")
        elif target is Target.SALE_NOTE:
            notes.append(f"{header}: {text}")
    if planned is None:
        return None
    if Target.PURCHASE_STATUS in said and not _still_open(said[Target.PURCHASE_STATUS]):
        return None
    title = said.get(Target.ITEM) or (words or RecordWords())["call_back"]
    return RowReminder(datetime.combine(planned, DAY_START), title, "\n".join(notes))


def _still_open(status: str) -> bool:
    """Whether a deal's status says it is still being worked on: a new one, or a CRM's own
    stage the program has no word for («Переговоры»), which no won or lost deal is in."""
    try:
        return parse_choice(PurchaseStatus, status) is PurchaseStatus.NEW
    except ValueError:
        return True
