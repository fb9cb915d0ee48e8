"""Purchases an import would add that the base has already: an orders sheet imported again,
as a shop re-imports the sales book it keeps adding rows to. Each would otherwise be added a
second time, and the client's total with it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.models import Purchase
from clientbase.services.planned_rows import ImportPlan, RowAction, one_purchase
from clientbase.services.purchases import PurchaseInput

_CHUNK = 500


def mark_known_purchases(db: Database, plan: ImportPlan) -> None:
    """Mark the rows of each purchase a client of the base already has (purchase_in_base).

    A purchase is the same when its client, day and order number are, or, without a number,
    its client, day and sum. Two sales alike on one day stay two: each in the base answers
    for one in the sheet."""
    groups = [
        (owner.client_id, rows)
        for owner, rows in plan.purchase_rows()
        if owner.client_id is not None and owner.action is not RowAction.NEW
    ]
    if not groups:
        return
    known = _base_purchases(db, sorted({client_id for client_id, _ in groups if client_id}))
    for client_id, rows in groups:
        key = _key(client_id, one_purchase([row.purchase for row in rows if row.purchase]))
        if known[key] > 0:
            known[key] -= 1
            for row in rows:
                row.purchase_in_base = True


def _key(client_id: int | None, purchase: PurchaseInput) -> Hashable:
    number = purchase.number.strip()
    if number:
        return (client_id, purchase.date, number)
    return (client_id, purchase.date, "", purchase.computed_total)


def _base_purchases(db: Database, client_ids: list[int]) -> Counter[Hashable]:
    known: Counter[Hashable] = Counter()
    with db.reading() as session:
        for start in range(0, len(client_ids), _CHUNK):
            chunk = client_ids[start : start + _CHUNK]
            rows = session.execute(
                select(Purchase.client_id, Purchase.date, Purchase.number, Purchase.total).where(
                    Purchase.client_id.in_(chunk)
                )
            )
            for client_id, day, number, total in rows:
                known[_key(client_id, PurchaseInput(day, number or "", total=total))] += 1
    return known
