"""Sales taken back, as a shop's sales book writes them: a row of the client, the day and the
sum in minus («Куртка», «-1», «-7 000»). The sale it returns, found among the client's
purchases earlier in the sheet or in the base, is cancelled with the day of its return, so
the client's total and the shop's takings count neither; the return's row brings no purchase
of its own."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.enums import PurchaseStatus
from clientbase.db.models import Purchase, PurchaseItem
from clientbase.services.planned_rows import BaseReturn, ImportPlan, PlannedRow, purchase_kept
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.record_words import RecordWords
from clientbase.services.text import fold

# Clients whose sales are read at a time.
CHUNK = 500
# The import batch's item of a sale of the base it took back (see importing, import_undo).
RETURNED = "returned"


def settle_returns(
    db: Database, plan: ImportPlan, returns: Mapping[int, PurchaseInput], words: RecordWords
) -> None:
    """Mark returned the sale each row of `returns` (sheet line → the sale it takes back,
    see import_purchases.read_purchase) returns: the latest sale of the same client on
    that day or before, of that sum, not returned already, and of that item where both
    name one; one of the sheet's, or else, for a client of the base, one of the base's (a
    sale of last month's book), which the commit marks. A sale of the sheet of more pieces
    of that item at that price, where none is of that sum, keeps the pieces not taken back.
    Such a row's minus is then no problem to name; a return of no such sale (sold before
    the base knew the client, a part of a sale of the base) stays named."""
    if not returns:
        return
    by_line = {row.line: row for row in plan.rows}
    sales: dict[object, list[PlannedRow]] = {}  # of each client, its sales so far
    left: list[tuple[PlannedRow, int, PurchaseInput]] = []  # returns of no sale of the sheet
    # A receipt's number on one row only: the row is the whole sale, to be taken back. One
    # on several rows is an order of several lines, which one line's return does not undo.
    numbers = Counter(
        (plan.owner(row, by_line)[1], row.purchase.number, row.purchase.date)
        for row in plan.rows
        if row.purchase is not None and row.purchase.number
    )
    for row in plan.rows:
        client = plan.owner(row, by_line)[1]
        if client is None:
            continue
        returned = returns.get(row.line)
        if returned is None:
            sold = row.purchase
            if (
                sold is not None
                and (not sold.number or numbers[client, sold.number, sold.date] == 1)
                and purchase_kept(row)
            ):
                sales.setdefault(client, []).append(row)
            continue
        sale = _sale_returned(sales.get(client, []), returned)
        if sale is not None and sale.purchase is not None:
            sale.purchase = replace(
                sale.purchase,
                status=PurchaseStatus.CANCELLED,
                comment=returned_comment(sale.purchase.comment, returned.date, words),
            )
        elif (sale := _sale_returned_in_part(sales.get(client, []), returned)) and sale.purchase:
            sale.purchase = _less(sale.purchase, returned, words)
        else:
            if isinstance(client, int):
                left.append((row, client, returned))
            continue
        row.returned_line = sale.line
        _understood(row)
    if left:
        _returned_in_base(db, left, words)


def returned_comment(comment: str, day: date, words: RecordWords) -> str:
    """A sale's comment with the day it was taken back: «…\nВозврат 05.11.2026»."""
    return "\n".join(filter(None, (comment, words.say("returned", day=f"{day:%d.%m.%Y}"))))


# What a return's row is named for until the sale it takes back is found: its sums in
# minus, or its «Возврат» (see import_purchases.read_purchase).
_RETURN_PROBLEMS = frozenset({"negative_amount", "return_of_no_sale"})


def _understood(row: PlannedRow) -> None:
    row.problems = [p for p in row.problems if p.code not in _RETURN_PROBLEMS]


def _returned_in_base(
    db: Database, left: list[tuple[PlannedRow, int, PurchaseInput]], words: RecordWords
) -> None:
    """The base's sales these returns take back. One returned by the same return before
    (its comment says that day: the book imported again) is found too, and left as it is."""
    base = _base_sales(db, sorted({client for _, client, _ in left}))
    taken: set[int] = set()
    for row, client, returned in left:
        said = words.say("returned", day=f"{returned.date:%d.%m.%Y}")
        for sale_id, sold in reversed(base.get(client, [])):
            done = sold.status is PurchaseStatus.CANCELLED
            if (
                sale_id not in taken
                and (not done or said in sold.comment.splitlines())
                and sold.date <= returned.date
                and sold.computed_total == returned.computed_total
                and _same_items(sold, returned)
            ):
                taken.add(sale_id)
                row.returned_sale = BaseReturn(sale_id, sold.date, returned.date)
                _understood(row)
                break


def _base_sales(db: Database, clients: list[int]) -> dict[int, list[tuple[int, PurchaseInput]]]:
    """Each client's sales without an order number, oldest first, with their first item."""
    sales: dict[int, list[tuple[int, PurchaseInput]]] = {}
    with db.reading() as session:
        for start in range(0, len(clients), CHUNK):
            chunk = clients[start : start + CHUNK]
            found = session.execute(
                select(
                    Purchase.id, Purchase.client_id, Purchase.date, Purchase.total,
                    Purchase.status, Purchase.comment,
                )
                .where(Purchase.client_id.in_(chunk), Purchase.number == "")
                .order_by(Purchase.date, Purchase.id)
            ).all()  # fmt: skip
            items: dict[int, str] = {}
            for purchase_id, name in session.execute(
                select(PurchaseItem.purchase_id, PurchaseItem.name)
                .join(Purchase, Purchase.id == PurchaseItem.purchase_id)
                .where(Purchase.client_id.in_(chunk), Purchase.number == "")
                .order_by(PurchaseItem.position.desc(), PurchaseItem.id.desc())
            ):
                items[purchase_id] = name  # the first item's, read last
            for sale_id, client, day, total, status, comment in found:
                named = (
                    [PurchaseItemInput(items[sale_id], Decimal(1), total)]
                    if sale_id in items
                    else []
                )
                sales.setdefault(client, []).append(
                    (sale_id, PurchaseInput(day, "", status, items=named, total=total,
                                            comment=comment))
                )  # fmt: skip
    return sales


def _sale_returned(sales: list[PlannedRow], returned: PurchaseInput) -> PlannedRow | None:
    """The latest sale of the return's sum."""
    return _latest(sales, returned, lambda bought: bought.computed_total == returned.computed_total)


def _sale_returned_in_part(sales: list[PlannedRow], returned: PurchaseInput) -> PlannedRow | None:
    """The latest sale of more pieces of the returned item at its price («Плед», 2 × 3 500,
    of which «Плед», -1 × 3 500 takes one back)."""
    if len(returned.items) != 1:
        return None
    back = returned.items[0]
    return _latest(
        sales, returned,
        lambda bought: len(bought.items) == 1 and bought.items[0].price == back.price
        and bought.items[0].quantity > back.quantity,
    )  # fmt: skip


def _latest(
    sales: list[PlannedRow], returned: PurchaseInput, fits: Callable[[PurchaseInput], bool]
) -> PlannedRow | None:
    """The latest of the client's sales so far, on the return's day or before, not taken
    back already, of its item where both name one, that `fits` it."""
    for sale in reversed(sales):
        bought = sale.purchase
        if (
            bought is not None
            and bought.status is not PurchaseStatus.CANCELLED
            and bought.date <= returned.date
            and _same_items(bought, returned)
            and fits(bought)
        ):
            return sale
    return None


def _less(bought: PurchaseInput, returned: PurchaseInput, words: RecordWords) -> PurchaseInput:
    """The sale without the pieces taken back, its comment saying how many of how many."""
    item, back = bought.items[0], returned.items[0]
    said = words.say(
        "returned_part", day=f"{returned.date:%d.%m.%Y}",
        count=f"{back.quantity.normalize():f}", of=f"{item.quantity.normalize():f}",
    )  # fmt: skip
    return replace(
        bought,
        items=[replace(item, quantity=item.quantity - back.quantity)],
        comment="\n".join(filter(None, (bought.comment, said))),
    )


def _same_items(bought: PurchaseInput, returned: PurchaseInput) -> bool:
    """Whether the items agree, where both rows name one: «Куртка (возврат)» takes back a
    «Куртка» (one's name begins the other's)."""
    if not (bought.items and returned.items):
        return True
    sold, back = fold(bought.items[0].name), fold(returned.items[0].name)
    return sold.startswith(back) or back.startswith(sold)
