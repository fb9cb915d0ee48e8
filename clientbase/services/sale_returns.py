"""Sales taken back, as a shop's sales book writes them: a row of the client, the day and the
sum in minus («Куртка», «-1», «-7 000»). The sale it returns, found among the client's
purchases earlier in the sheet, comes in cancelled with the day of its return, so the client's
total and the shop's takings count neither; the return's row brings no purchase of its own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from clientbase.db.enums import PurchaseStatus
from clientbase.services.planned_rows import ImportPlan, PlannedRow, purchase_kept
from clientbase.services.purchases import PurchaseInput
from clientbase.services.record_words import RecordWords
from clientbase.services.text import fold


def settle_returns(
    plan: ImportPlan, returns: Mapping[int, PurchaseInput], words: RecordWords
) -> None:
    """Mark returned the sale each row of `returns` (sheet line → the sale it takes back,
    see import_purchases.read_purchase) returns: the latest sale of the same client on
    that day or before, of that sum, not returned already, and of that item where both
    name one. Such a row's minus is then no problem to name; a return whose sale the
    sheet does not hold (sold before the sheet begins, or in part) stays named."""
    if not returns:
        return
    by_line = {row.line: row for row in plan.rows}
    sales: dict[object, list[PlannedRow]] = {}  # of each client, its sales so far
    for row in plan.rows:
        client = plan.owner(row, by_line)[1]
        if client is None:
            continue
        returned = returns.get(row.line)
        if returned is None:
            if row.purchase is not None and not row.purchase.number and purchase_kept(row):
                sales.setdefault(client, []).append(row)
            continue
        sale = _sale_returned(sales.get(client, []), returned)
        if sale is None or sale.purchase is None:
            continue
        comment = words.say("returned", day=f"{returned.date:%d.%m.%Y}")
        sale.purchase = replace(
            sale.purchase,
            status=PurchaseStatus.CANCELLED,
            comment="\n".join(filter(None, (sale.purchase.comment, comment))),
        )
        row.returned_line = sale.line
        row.problems = [p for p in row.problems if p.code != "negative_amount"]


def _sale_returned(sales: list[PlannedRow], returned: PurchaseInput) -> PlannedRow | None:
    for sale in reversed(sales):
        bought = sale.purchase
        if (
            bought is not None
            and bought.status is not PurchaseStatus.CANCELLED
            and bought.date <= returned.date
            and bought.computed_total == returned.computed_total
            and _same_items(bought, returned)
        ):
            return sale
    return None


def _same_items(bought: PurchaseInput, returned: PurchaseInput) -> bool:
    """Whether the items agree, where both rows name one: «Куртка (возврат)» takes back a
    «Куртка» (one's name begins the other's)."""
    if not (bought.items and returned.items):
        return True
    sold, back = fold(bought.items[0].name), fold(returned.items[0].name)
    return sold.startswith(back) or back.startswith(sold)
