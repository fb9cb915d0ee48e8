"""Reading one sheet row and checking its card, kept per sheet so that a choice in the
preview plans the rows again without reading them again (see import_plan)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from clientbase.errors import ValidationError
from clientbase.exchange.header import Target
from clientbase.exchange.table_file import TableData
from clientbase.services.client_data import ClientInput
from clientbase.services.client_validation import ValidClient
from clientbase.services.import_checks import FieldColumns, validated_card
from clientbase.services.import_purchases import read_purchase
from clientbase.services.import_rows import RowReader
from clientbase.services.purchases import PurchaseInput
from clientbase.services.read_row import CellProblem
from clientbase.services.referral_cells import referral_of
from clientbase.services.row_calls import RowCall
from clientbase.services.row_reminders import RowReminder, call_in_note


@dataclass(frozen=True)
class Reading:
    # The checked card; None when the row is left out, for the reason in `skipped`.
    valid: ValidClient | None
    # "no_name", "totals", "" for a card, or "nameless": an order row without a name, whose
    # card (under a stand-in name) holds only the phones, e-mails and card that may find
    # its client.
    skipped: str
    problems: list[CellProblem]
    purchase: PurchaseInput | None
    archived: bool = False  # the sheet marks the client archived
    since: date | None = None  # the day the shop took the client on
    reminder: RowReminder | None = None  # when to call the client again
    calls: tuple[RowCall, ...] = ()  # the last call and visit, for the client's history
    returned: PurchaseInput | None = None  # the sale the row takes back (see read_purchase)
    # The further days the client is reminded of, each of them: the yearly days to
    # congratulate the client, and a sale's day booked ahead (see booked_sales).
    dated: tuple[RowReminder, ...] = ()
    # Of `dated` and `calls`, the sale's rather than the card's: the visit the row books
    # and the one it calls off, which come with its sale where the card is left alone.
    booked: tuple[RowReminder, ...] = ()
    called_off: tuple[RowCall, ...] = ()
    referrer: str = ""  # who referred the client, as written (see import_referrers)


class SheetReadings:
    """The rows of one sheet as read and checked, for planning it again with other choices.

    Reading the cells and checking the card (phones above all) is nine tenths of planning,
    and a choice in the preview (this duplicate kept apart, that row skipped) changes only
    the pass that finds duplicates: with this, planning 100,000 rows again takes a second
    or two instead of ten. It holds one sheet at a time: another table object (a cell
    retyped), mapping, region or day starts it afresh.
    """

    def __init__(self) -> None:
        self._table: TableData | None = None
        self._key: tuple[object, ...] = ()
        self._rows: dict[int, Reading | None] = {}

    def for_sheet(self, table: TableData, key: tuple[object, ...]) -> dict[int, Reading | None]:
        if table is not self._table or key != self._key:
            self._table, self._key, self._rows = table, key, {}
        return self._rows


def read_and_check(
    line: int,
    cells: Sequence[object],
    reader: RowReader,
    headers: Sequence[object],
    mapping: Sequence[Target],
    region: str,
    today: date,
    orders: bool,
    where: FieldColumns,
) -> Reading | None:
    """One row read and its card checked; None for a blank row."""
    read = reader.read(line, cells)
    if read.skipped == "blank":
        return None
    purchase = returned = None
    purchase_problems: list[CellProblem] = []
    dated, calls = read.occasions, read.calls
    booked: tuple[RowReminder, ...] = ()
    called_off: tuple[RowCall, ...] = ()
    if orders and read.skipped in ("", "no_name", "anonymous"):
        reading = read_purchase(
            line, cells, headers, mapping, today, reader.purchase_month_first, reader.words,
            reader.percents, bookings=True,
        )  # fmt: skip
        purchase, purchase_problems, returned = reading.purchase, reading.problems, reading.returned
        read.problems.extend(purchase_problems)
        if reading.booked is not None:
            booked = (reading.booked,)
        if purchase is not None and not reader.as_written:
            # «перезвонить 15.12, когда придёт размер»: the sale's call, as a note's is.
            asked = call_in_note(purchase.comment, today, reader.words)
            booked += (asked,) if asked else ()
        if reading.called_off is not None:
            called_off = (reading.called_off,)
        dated, calls = dated + booked, calls + called_off
    reader.mark(line, read.data, purchase)
    referrer = referral_of(cells, mapping, headers, read.data, reader.as_written)
    problems = list(read.problems)
    sold = (
        purchase is not None
        or returned is not None
        or (dated, calls) != (read.occasions, read.calls)
    )
    if read.skipped == "no_name" and orders and not sold and purchase_problems:
        # A sale of the client above whose day is no day: to be fixed, not given a name.
        return Reading(None, "sale_unread", problems, None)
    if read.skipped == "anonymous" and not (orders and sold and _finds_someone(read.data)):
        # A sale to «Розничный покупатель» is no client's: nor the client's above it.
        return Reading(None, "anonymous", problems, purchase)
    if read.data is not None and read.skipped in ("no_name", "anonymous") and (sold or not orders):
        # Values and no name, checked under a stand-in name: an order that names its client
        # by phone, e-mail, card or client code only, for the keys that may find the
        # client; a client list's row, so the person may add it to the client above.
        try:
            card = validated_card(
                replace(read.data, last_name="?"), line, region, today, problems, where
            )
        except ValidationError:
            return Reading(None, "no_name", problems, purchase)
        card = replace(card, data=replace(card.data, last_name=""))  # who it is: unknown
        skipped = "nameless" if orders else "unnamed"
        return Reading(
            card, skipped, problems, purchase, False, read.since, read.reminder, calls,
            returned, dated, booked, called_off, referrer,
        )  # fmt: skip
    if read.data is None or read.skipped:
        return Reading(None, read.skipped, problems, purchase)
    try:
        valid = validated_card(read.data, line, region, today, problems, where)
    except ValidationError:
        return Reading(None, "no_name", problems, purchase)
    return Reading(
        valid, "", problems, purchase, read.archived, read.since, read.reminder, calls,
        returned, dated, booked, called_off, referrer,
    )  # fmt: skip


def order_line_reading(
    line: int,
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    today: date,
    reader: RowReader,
) -> Reading:
    """An item row read with its order's date and number (see order_lines)."""
    purchase, problems, *_ = read_purchase(
        line, cells, headers, mapping, today, reader.purchase_month_first, reader.words,
        reader.percents,
    )  # fmt: skip
    reader.mark(line, None, purchase)
    return Reading(None, "order_line", problems, purchase)


def _finds_someone(data: ClientInput | None) -> bool:
    """Whether a row's phone, e-mail, card or client code may find its client."""
    return data is not None and bool(
        data.phones or data.emails or data.loyalty_card or data.client_code
    )
