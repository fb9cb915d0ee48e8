"""The purchase on a row of an orders sheet: date, number, amount or item × quantity × price."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from clientbase.db.enums import PaymentState, PurchaseStatus
from clientbase.errors import ValidationError
from clientbase.exchange.appointment_rules import CALLED_OFF_NAMES
from clientbase.exchange.cell_formats import percent_shown
from clientbase.exchange.choices import is_payment_method, parse_choice, parse_yes_no
from clientbase.exchange.header import Target
from clientbase.exchange.values import text_of
from clientbase.services.blank_cells import says_nothing
from clientbase.services.booked_sales import (
    booked_day,
    booking_of,
    called_off_visit,
    hour_of,
    may_be_booked,
    planned_deal,
)
from clientbase.services.cell_days import cell_day
from clientbase.services.money import parse_decimal
from clientbase.services.purchases import (
    CENT,
    MAX_AMOUNT,
    MAX_QUANTITY,
    PurchaseInput,
    PurchaseItemInput,
    validate_purchase,
)
from clientbase.services.read_row import CellProblem
from clientbase.services.record_words import RecordWords
from clientbase.services.row_calls import RowCall
from clientbase.services.row_reminders import RowReminder
from clientbase.services.sale_payments import PAID_HEADER, paid_share, payment_of
from clientbase.services.text import fold
from clientbase.services.text_limits import purchase_too_long

# The unit a quantity is written with: «2 шт.», «1,5 кг», «3 уп».
_UNIT = re.compile(r"\s*(?:шт|штук[аи]?|кг|гр?|л|м|уп|упак|pcs|pc|kg)\.?$", re.IGNORECASE)

# The largest number each column of a sale keeps (see purchases.validate_purchase).
_LARGEST = {Target.QUANTITY: MAX_QUANTITY}
_QUANTITY_STEP = Decimal("0.001")  # the base's quantities are kept to grams


def _number(value: object, target: Target) -> Decimal:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    text = text_of(value)
    if target is Target.QUANTITY:
        return parse_decimal(_UNIT.sub("", text))  # «1,250» kg is a kilo and a quarter
    return parse_decimal(text, comma_groups=True)  # a sum: «1,200» is twelve hundred


def _quantity_from(amount: Decimal | None, price: Decimal | None) -> Decimal | None:
    """How many, when a line's sum is that many times its price (2, 1.5 kg, 0.25)."""
    if amount is None or not price or amount <= 0 or price <= 0:
        return None
    quantity = (amount / price).quantize(_QUANTITY_STEP)
    return quantity if _makes(quantity, price, amount) else None


def _makes(quantity: Decimal, price: Decimal, amount: Decimal) -> bool:
    """Whether a line's sum is its quantity times its price, to the kopeck as the till and
    the program round it: 0.347 kg at 1,299.99 is 451.10."""
    return (quantity * price).quantize(CENT) == amount


def _item(name: str, numbers: dict[Target, Decimal], whole_purchase: bool) -> PurchaseItemInput:
    """The item of a row. `whole_purchase`: the row is a purchase of its own (no order
    number), so its sum is what was paid for this line."""
    quantity, price = numbers.get(Target.QUANTITY), numbers.get(Target.PRICE)
    amount = numbers.get(Target.AMOUNT)
    asked = quantity * price if quantity is not None and price is not None else None
    if not whole_purchase and not (amount is not None and asked and 0 < amount < asked):
        # A line of a numbered order: its «Сумма» may be the whole order's, repeated on each
        # of its lines, so the price is trusted where there is one. A sum below the line's
        # price is no order's: what the line cost after its discount (a till's receipt).
        quantity = Decimal(1) if quantity is None else quantity
        if price is None:
            amount = amount or Decimal(0)
            price = (amount / quantity).quantize(Decimal("0.01")) if quantity else amount
        return PurchaseItemInput(name, quantity, price)
    if quantity is None:
        # No quantity, or «две»: the line's sum over the price says how many, if given.
        quantity = _quantity_from(amount, price) or Decimal(1)
    if amount is not None and (price is None or not _makes(quantity, price, amount)):
        # The sum is what was paid (after a discount, say): it wins over the price, which
        # becomes what one piece cost. Where no price in kopecks gives the sum exactly, the
        # line is one piece of that sum, its quantity kept in its name.
        quantity = quantity or Decimal(1)
        price = (amount / quantity).quantize(Decimal("0.01"))
        if not _makes(quantity, price, amount):
            name, quantity, price = f"{name} × {quantity.normalize():f}", Decimal(1), amount
    return PurchaseItemInput(name, quantity, price or Decimal(0))


# A column's name that says it holds a sum.
_SUM_WORDS = re.compile(r"сумм|стоимост|итого|amount|total|sum\b")
_ZERO = re.compile(r"0+(?:[.,]0+)?")

# What a till's «Тип документа» or «Вид операции» says of a row kept with the sale: a sale
# taken back, its sums written in plus (Эвотор's «Возврат», a receipt's «Возврат прихода»)…
_RETURN_KINDS = frozenset({
    "возврат", "возврат продажи", "возврат прихода", "возврат покупателя", "чек возврата",
    "return", "refund", "sale return", "sell refund",
})  # fmt: skip
# …or a sale made, which tells its comment nothing.
_SALE_KINDS = frozenset({"продажа", "приход", "чек продажи", "sale", "sell"})

# What a row sold: with any of these and no date, its purchase is left out and named.
_SOLD = frozenset({Target.AMOUNT, Target.ITEM, Target.PRICE})


class PurchaseReading(NamedTuple):
    # The row's purchase; None when the row has no purchase date (or it is unreadable).
    purchase: PurchaseInput | None
    problems: list[CellProblem]
    # A row of a sale taken back, written as the till writes it, «-1», «-7 000»: the sale
    # it returns, in plus, for sale_returns to find among the client's purchases. Its
    # minus stays named among the problems unless that sale is found.
    returned: PurchaseInput | None = None
    # A sale booked for a day to come (see booked_sales): the reminder it is instead.
    booked: RowReminder | None = None
    # Such a booking called off: the client's history entry it is instead.
    called_off: RowCall | None = None


def read_purchase(
    line: int,
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    today: date,
    month_first: bool = False,
    words: RecordWords | None = None,
    percents: frozenset[int] = frozenset(),
    bookings: bool = False,
) -> PurchaseReading:
    """The row's purchase, or the sale it returns. `month_first`: the date column writes
    2/25/2026 (see import_columns.month_first_columns); `words`, the importer's (an item's
    code as «арт. 123» or «SKU 123»); `percents`, the columns the sheet shows as
    percentages (a sale's «Скидка» of 0.1 shown «10%»); `bookings`: a sale of a day to come
    is a booking (an order's further line is not)."""
    problems: list[CellProblem] = []
    values: dict[Target, object] = {}
    for column, target in enumerate(mapping):
        value = cells[column] if column < len(cells) else None
        if value is not None:
            values.setdefault(target, value)
    column_of = {target: column for column, target in enumerate(mapping)}

    def problem(target: Target, code: str) -> None:
        column = column_of[target]
        problems.append(
            CellProblem(line, text_of(headers[column]), text_of(values[target]), code, column)
        )

    if Target.PURCHASE_DATE not in values:
        planned = planned_deal(cells, headers, mapping, today, words) if bookings else None
        if planned is not None:
            return PurchaseReading(None, problems, booked=planned)
        if _SOLD.intersection(values) and Target.PURCHASE_DATE in column_of:
            # Something sold, and no day: named, so the purchase is not lost unseen.
            column = column_of[Target.PURCHASE_DATE]
            problems.append(
                CellProblem(line, text_of(headers[column]), "", "purchase_date_missing", column)
            )
        return PurchaseReading(None, problems)
    day_cell = values[Target.PURCHASE_DATE]
    day_header = text_of(headers[column_of[Target.PURCHASE_DATE]])

    def bookable() -> bool:  # asked of a day to come only: most rows have none
        return bookings and may_be_booked(day_header, [text_of(h) for h in headers])

    try:
        when = cell_day(day_cell, today, month_first)
    except ValidationError as error:  # 31.02.2025, a day to come
        ahead = booked_day(day_cell, today, month_first) if bookable() else None
        if ahead is None:
            problem(Target.PURCHASE_DATE, error.problems[0].code)
            return PurchaseReading(None, problems)
        when = ahead  # refused below, as a date of a cell is, unless it is a booking
    except ValueError:
        problem(Target.PURCHASE_DATE, "date_invalid")
        return PurchaseReading(None, problems)
    numbers: dict[Target, Decimal] = {}
    for target in (Target.AMOUNT, Target.QUANTITY, Target.PRICE):
        if target in values:
            try:
                numbers[target] = _number(values[target], target)
            except ValueError:
                problem(target, "not_a_number")
    if past := [t for t, n in numbers.items() if abs(n) > _LARGEST.get(t, MAX_AMOUNT)]:
        # «1e308», a phone pasted into the sums: the base refuses such a sale, and the sums
        # worked out from it (a price × a quantity, to kopecks) are past what Decimal rounds.
        for target in past:
            problem(target, "number_too_large")
        return PurchaseReading(None, problems)
    # «0,0000001», «1e-300» rounded as the base keeps them: a sum over such a price is past
    # what Decimal rounds too.
    numbers = {
        t: n.quantize(_QUANTITY_STEP if t is Target.QUANTITY else CENT) for t, n in numbers.items()
    }
    number = text_of(values.get(Target.ORDER_NUMBER))
    items = []
    name = text_of(values.get(Target.ITEM)).strip()
    if code := text_of(values.get(Target.ITEM_CODE)).strip():
        # «Артикул» beside the item: kept with it, not a line of the client's notes a sale.
        said = (words or RecordWords()).say("item_code", code=code)
        name = f"{name} ({said})" if name else said
    if name:
        items.append(_item(name, numbers, whole_purchase=not number))
    # A sheet that does not say is a list of sales made: done and paid.
    status, payment = PurchaseStatus.DONE, PaymentState.PAID
    status_said = False
    comment = [text_of(values.get(Target.PURCHASE_COMMENT)).strip()]

    def as_said(target: Target) -> str:
        """The cell under its column's name, as the sheet wrote it; "" if it is empty."""
        if target not in values:
            return ""
        header = text_of(headers[column_of[target]]).strip()
        return f"{header}: {text_of(values[target]).strip()}"

    def kept(target: Target) -> None:
        """The cell in the purchase's comment: a word the program has no choice for is left
        out of the field, not lost."""
        comment.append(as_said(target))

    if Target.PURCHASE_STATUS in values:
        said_status = text_of(values[Target.PURCHASE_STATUS])
        try:
            if fold(text_of(headers[column_of[Target.PURCHASE_STATUS]])) in CALLED_OFF_NAMES:
                # «Canceled: false» says only that the visit was not called off.
                if parse_yes_no(said_status):
                    status, status_said = PurchaseStatus.CANCELLED, True
            else:
                status = parse_choice(PurchaseStatus, said_status)
                status_said = True
        except ValueError:
            problem(Target.PURCHASE_STATUS, "unknown_choice")
            kept(Target.PURCHASE_STATUS)
    if Target.SERVED_BY in values:
        kept(Target.SERVED_BY)  # «Мастер: Ольга»: who did this visit, beside the sale
    notes = _sale_notes(cells, headers, mapping, percents, text_of(values.get(Target.AMOUNT)))
    if Target.PRICE in numbers:
        # The sum paid made the price, or stands for it: the price asked is said where it
        # is another and no note says it.
        asked, price = text_of(values[Target.PRICE]).strip(), numbers[Target.PRICE]
        pieces = numbers.get(Target.QUANTITY, Decimal(1))
        if items:
            differs = items[0].price != price
        else:
            differs = Target.AMOUNT in numbers and numbers[Target.AMOUNT] != price * pieces
        if differs and not any(note.endswith(f": {asked}") for note in notes):
            kept(Target.PRICE)
    comment += notes
    if not items and numbers.get(Target.QUANTITY, Decimal(1)) != 1:
        kept(Target.QUANTITY)  # «Кол-во: 3» of a sale that names no item: said, not dropped
    said_how_paid = False  # a word of the payment's state, not only of its way
    if Target.PAYMENT in values:
        paid_by = text_of(values[Target.PAYMENT]).strip()
        try:
            payment = parse_choice(PaymentState, paid_by)
            said_how_paid = True
        except ValueError:
            if (share := paid_share(paid_by)) is not None:
                payment, said_how_paid = share, True
                if share is PaymentState.PARTIAL:
                    kept(Target.PAYMENT)  # how much of it: «Оплата: 50%»
            else:
                if not is_payment_method(paid_by):
                    problem(Target.PAYMENT, "unknown_choice")
                kept(Target.PAYMENT)  # «карта», «наличные»: paid, and how
    longer = purchase_too_long(number, [item.name for item in items])
    if longer:
        # The base could not keep it: the row keeps only its client, and says why.
        for found in longer:
            target = Target.ORDER_NUMBER if found.field == "number" else Target.ITEM
            problem(target, "too_long")
        return PurchaseReading(None, problems)
    purchase = PurchaseInput(
        date=when,
        number=number,
        status=status,
        payment_state=payment,
        items=items,
        total=numbers.get(Target.AMOUNT, Decimal("0")) if items else _sum_of(numbers),
        comment="\n".join(filter(None, comment)),
    )
    if not said_how_paid:  # «Оплата: карта» beside «Оплачено: 2000» of 5 000: in part
        purchase = _paid_as_said(purchase, cells, headers, mapping)
    try:
        # What the base refuses (a day ahead of today, a return written as «-500») is named
        # here, in its cell: found only when writing, it failed the whole import instead.
        validate_purchase(purchase, today)
    except ValidationError as error:
        if all(r.code == "date_in_future" for r in error.problems) and bookable():
            # Its sum, and how it stands («Подтвердил», «Предоплата»), as the sheet says them.
            as_sheet_says = [as_said(Target.AMOUNT) or as_said(Target.PRICE)]
            as_sheet_says += [as_said(Target.PURCHASE_STATUS)] if status_said else []
            booked = booking_of(
                purchase, day_cell, day_header, today,
                month_first=month_first, status_said=status_said, said=as_sheet_says,
                hour=hour_of(cells, headers, mapping), words=words,
            )  # fmt: skip
            if booked is not None:
                return PurchaseReading(None, problems, booked=booked)
            off = status_said and called_off_visit(
                purchase, day_cell, day_header, today, month_first=month_first,
                status=as_said(Target.PURCHASE_STATUS), said=as_sheet_says[:1],
                hour=hour_of(cells, headers, mapping), words=words,
            )  # fmt: skip
            if off:
                return PurchaseReading(None, problems, called_off=off)
        named = set()
        for refused in error.problems:
            cells = _CELLS_OF.get(re.sub(r"\[\d+\]", "", refused.field), ())
            target = next((t for t in cells if t in values), Target.PURCHASE_DATE)
            if (target, refused.code) not in named:  # a sum both the total and the price
                named.add((target, refused.code))
                problem(target, refused.code)
        if all(refused.code == "negative_amount" for refused in error.problems):
            return PurchaseReading(None, problems, _in_plus(purchase))
        return PurchaseReading(None, problems)
    if (kind := _return_column(cells, mapping)) is not None:
        # Named until sale_returns finds the sale it takes back.
        said = text_of(cells[kind])
        problems.append(CellProblem(line, text_of(headers[kind]), said, "return_of_no_sale", kind))
        return PurchaseReading(None, problems, purchase)
    return PurchaseReading(purchase, problems)


def _return_column(cells: Sequence[object], mapping: Sequence[Target]) -> int | None:
    """The column of the sale's notes that says the row takes a sale back, if one does."""
    for column, target in enumerate(mapping):
        said = text_of(cells[column]) if column < len(cells) else ""
        if target is Target.SALE_NOTE and fold(said.strip()) in _RETURN_KINDS:
            return column
    return None


def _paid_as_said(
    purchase: PurchaseInput,
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
) -> PurchaseInput:
    """The sale paid as its «Оплачено» or «Долг» says (see sale_payments): a coat of
    50 000 with 30 000 paid had come in as a sale of 30 000, paid. A sale paid in full
    needs no «Оплачено: 50 000» in its comment; one paid in part keeps what was paid."""
    said = payment_of(cells, headers, mapping, purchase.computed_total)
    if said is None:
        return purchase
    state, column = said
    comment = purchase.comment
    if column is not None and PAID_HEADER.search(fold(text_of(headers[column]))):
        kept = f"{text_of(headers[column]).strip()}: "
        comment = "\n".join(line for line in comment.split("\n") if not line.startswith(kept))
    return replace(purchase, payment_state=state, comment=comment)


def _sum_of(numbers: dict[Target, Decimal]) -> Decimal:
    """The sale's sum where it names no item: its «Сумма», or its «Цена» times its quantity
    (a log of «Дата», «Клиент», «Цена»: each sale had come in at 0)."""
    if Target.AMOUNT in numbers or Target.PRICE not in numbers:
        return numbers.get(Target.AMOUNT, Decimal("0"))
    return numbers[Target.PRICE] * numbers.get(Target.QUANTITY, Decimal(1))


def _sale_notes(
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    percents: frozenset[int],
    paid: str,
) -> list[str]:
    """The row's cells the sale keeps in its comment under their columns' names («Скидка:
    10%», «Бонусы: 45»). The sum before a discount is said where it is another than the sum
    `paid`; a «Доставка» or «Бонусы» of 0 or «нет» says nothing of the sale."""
    notes = []
    for column, target in enumerate(mapping):
        if target is Target.SALE_NOTE and column < len(cells):
            header = text_of(headers[column]).strip()
            said = percent_shown(cells[column], percents, column).strip()
            if not said or _ZERO.fullmatch(said) or says_nothing(said):
                continue
            if fold(said) in _SALE_KINDS | _RETURN_KINDS:
                continue  # «Тип документа: Продажа» on every sale; a return is no sale
            if not (said == paid.strip() and _SUM_WORDS.search(fold(header))):
                notes.append(f"{header}: {said}")
    return notes


def _in_plus(purchase: PurchaseInput) -> PurchaseInput | None:
    """The sale a row of minus sums takes back, or None where the row is no such sale."""
    items = [replace(item, quantity=abs(item.quantity), price=abs(item.price))
             for item in purchase.items]  # fmt: skip
    sale = replace(purchase, items=items, total=abs(purchase.total))
    try:
        validate_purchase(sale)
    except ValidationError:
        return None
    return sale if sale.computed_total > 0 else None


# The cells a refused field of a purchase comes from, the likeliest first: an item's price
# is the row's sum over its quantity where the sheet has no price. Any other field is named
# at the row's date.
_CELLS_OF = {
    "date": (Target.PURCHASE_DATE,),
    "total": (Target.AMOUNT, Target.PRICE),
    "items.price": (Target.PRICE, Target.AMOUNT),
    "items.quantity": (Target.QUANTITY, Target.AMOUNT),
}
