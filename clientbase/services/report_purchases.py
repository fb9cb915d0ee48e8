"""The sales a grouped 1C report holds, where it groups them by document.

Under each client's row a report grouped «Контрагент» → «Документ» (→ «Номенклатура») lists
the client's sales documents, «Реализация товаров и услуг 0000-000012 от 12.03.2026
14:22:01», with their sums, and under each the items sold. Those are the client's
purchases: the document's number and date, its sum, and its items with their quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from clientbase.db.enums import PaymentState, PurchaseStatus
from clientbase.errors import ValidationError
from clientbase.exchange.header import Target, target_of_header
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import cell_day
from clientbase.services.purchases import CENT, PurchaseInput, PurchaseItemInput, validate_purchase
from clientbase.services.report_groups import ReportGroups, figure
from clientbase.services.text import fold
from clientbase.services.text_limits import purchase_too_long

_DOCUMENTS = frozenset(
    fold(word) for word in ("документ", "регистратор", "документ продажи", "заказ", "заказ клиента")
)
# «Реализация товаров и услуг 0000-000012 от 12.03.2026 14:22:01», «Чек ККМ 123 от 1.3.26»
_NUMBER_AND_DATE = re.compile(r"(\S+)\s+от\s+(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))\b")


def report_purchases(
    rows: Sequence[Sequence[object]],
    headers: Sequence[object],
    groups: ReportGroups,
    today: date,
) -> dict[int, PurchaseInput]:
    """Rows of `rows` (counted from zero) that record a purchase → the purchase: an item's
    row, as one line of its document's purchase (the import joins the lines of one number),
    or a document's row with no items under it. Empty where the report has no documents,
    or no column of sums; a document the base could not keep is left out."""
    document = next(
        (at for at, name in enumerate(groups.groupings) if fold(name) in _DOCUMENTS), None
    )
    names = groups.column
    amount = _column(headers, Target.AMOUNT, names)
    if document is None or amount is None or groups.under is None:
        return {}
    quantity = _column(headers, Target.QUANTITY, names)
    purchases: dict[int, PurchaseInput] = {}
    current: PurchaseInput | None = None
    for at in sorted(groups.levels):
        level = groups.levels[at]
        if level < document:
            current = None
        elif level == document:
            current = _document(text_of(rows[at][names]), figure(rows[at], amount), today)
            if current is not None and not _has_items(groups, at, document):
                purchases[at] = current
        elif level == document + 1 and current is not None:
            total = figure(rows[at], amount)
            count = figure(rows[at], quantity) if quantity is not None else None
            item = _item(text_of(rows[at][names]), count, total)
            if item is not None:
                purchases[at] = PurchaseInput(
                    current.date, current.number, current.status, current.payment_state, [item]
                )
    return {at: purchase for at, purchase in purchases.items() if _keepable(purchase)}


def _column(headers: Sequence[object], target: Target, names: int) -> int | None:
    return next(
        (
            at
            for at, header in enumerate(headers)
            if at != names and target_of_header(header) is target
        ),
        None,
    )


def _document(name: str, total: Decimal | None, today: date) -> PurchaseInput | None:
    found = _NUMBER_AND_DATE.search(name)
    if found is None or total is None:
        return None
    number, written = found.groups()
    try:
        when = cell_day(written, today)
    except (ValueError, ValidationError):
        return None
    return PurchaseInput(
        when, number, PurchaseStatus.DONE, PaymentState.PAID, total=total.quantize(CENT)
    )


def _has_items(groups: ReportGroups, at: int, document: int) -> bool:
    return groups.levels.get(at + 1) == document + 1


def _item(name: str, quantity: Decimal | None, total: Decimal | None) -> PurchaseItemInput | None:
    """The line sold: its sum is what was paid. Where no price in kopecks gives the sum
    exactly, the line is one piece of that sum, its quantity kept in its name, as an orders
    sheet's line is (see import_purchases)."""
    if not name or total is None:
        return None
    count = quantity.normalize() if quantity is not None and quantity > 0 else Decimal(1)
    price = (total / count).quantize(CENT)
    if count * price != total:
        return PurchaseItemInput(f"{name} × {count:f}", Decimal(1), total)
    return PurchaseItemInput(name, count, price)


def _keepable(purchase: PurchaseInput) -> bool:
    """A return (a negative sum), a date ahead of today or a name too long: left out."""
    if purchase_too_long(purchase.number, [item.name for item in purchase.items]):
        return False
    try:
        validate_purchase(purchase)
    except ValidationError:
        return False
    return True
