"""A booking program's export of appointments (Acuity Scheduling's, a salon's online
booking): each row a visit from its «Start Time» to its «End Time», of a «Type», in a
staff member's «Calendar», at a price. Its visits done are the clients' purchases, the ones
to come reminders (services/booked_sales). Every column had gone to the notes, and
«Appointment Price» was taken for a day to call («appointment»)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from clientbase.errors import ValidationError
from clientbase.exchange.header_names import PASSES
from clientbase.exchange.targets import NAME_TARGETS, Target
from clientbase.services.cell_days import cell_moment

_STARTS = {"start time", "start date time", "время начала", "начало записи", "начало визита"}
_ENDS = {"end time", "end date time", "время окончания", "окончание записи", "конец записи"}
# What was booked, where an appointment's «Type» says it.
_KINDS = {"type", "appointment type", "event type", "event type name", "тип", "тип записи"}
# A status column that says only whether the visit was called off, yes or no (Calendly's
# «Canceled», a salon's «Отмена»): import_purchases reads its values so.
CALLED_OFF_NAMES = frozenset({"canceled", "cancelled", "отменен", "отменена", "отменено", "отмена"})
# Whose calendar the visit is in: the staff member who takes it.
_STAFF = {"calendar", "staff", "provider", "календарь"}
# Told of each visit: when it was booked, whether paid online, its gift certificate.
_VISITS_OWN = {
    "date scheduled", "amount paid online", "certificate code", "label", "scheduled by",
    "cancellation reason", "canceled by", "cancelled by", "location", "invitee time zone",
    "дата создания записи", "кто записал", "причина отмены",
}  # fmt: skip
_PAID = {"paid", "paid?", "оплачено?"}


def appointment_log(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """A sheet of visits from a start to an end, named clients on them: the start is the
    day (and hour) of each visit sold, the rest of the columns told of each visit."""
    if Target.PURCHASE_DATE in mapping or not NAME_TARGETS & set(mapping):
        return
    starts = [c for c, name in enumerate(names) if name in _STARTS and _moments(samples, c)]
    if len(starts) != 1 or not any(name in _ENDS for name in names):
        return
    mapping[starts[0]] = Target.PURCHASE_DATE
    for column, name in enumerate(names):
        target = mapping[column]
        if name in _KINDS and target is Target.NOTES and Target.ITEM not in mapping:
            mapping[column] = Target.ITEM
        elif name in _STAFF and target is Target.NOTES:
            mapping[column] = Target.SERVED_BY
        elif name in _PAID and target is Target.NOTES:
            mapping[column] = Target.PAYMENT
        elif name in _ENDS or (name in _VISITS_OWN and target in (Target.NOTES, Target.IGNORE)):
            mapping[column] = Target.SALE_NOTE


def called_off(mapping: list[Target], names: Sequence[str]) -> None:
    """On a sheet of sales without a status, a column that says whether each visit was
    called off («Canceled», «Отменена»: true or false, да or нет) is the visit's status
    (see import_purchases): a cancelled visit had counted as one made."""
    if Target.PURCHASE_DATE not in mapping or Target.PURCHASE_STATUS in mapping:
        return
    flags = [
        c for c, name in enumerate(names) if name in CALLED_OFF_NAMES and mapping[c] is Target.NOTES
    ]
    if len(flags) == 1:
        mapping[flags[0]] = Target.PURCHASE_STATUS


def _moments(samples: Sequence[Sequence[object]], column: int) -> bool:
    """Whether a column's values are each a day, as written in any way a date is read."""
    values = [row[column] for row in samples if column < len(row) and row[column] is not None]
    today = date.today()
    try:
        for value in values:
            cell_moment(value, today)
    except (ValueError, ValidationError):
        return False
    return bool(values)


# What makes a row a sale: a sum, a price, a count, a way of paying, an order.
_SOLD = {Target.AMOUNT, Target.PRICE, Target.QUANTITY, Target.PAYMENT, Target.ORDER_NUMBER}


def check_ins(mapping: list[Target], names: Sequence[str]) -> None:
    """A log of check-ins (a day, a client, the client's pass, nothing paid): each row a
    visit in the client's history, the pass a line of the notes. Read as sales, every
    visit had been a purchase of 0 ₽ of «Безлимит»."""
    if Target.PURCHASE_DATE not in mapping or _SOLD & set(mapping):
        return
    passes = [c for c, name in enumerate(names) if name in PASSES]
    if len(passes) != 1 or mapping[passes[0]] is not Target.ITEM:
        return
    mapping[passes[0]] = Target.NOTES
    if Target.LAST_VISIT not in mapping:
        mapping[mapping.index(Target.PURCHASE_DATE)] = Target.LAST_VISIT
