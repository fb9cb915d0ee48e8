"""A client's purchases, and the totals per client that the table sorts by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select, update
from sqlalchemy.orm import Session, selectinload

from clientbase.db.bulk import bulk_insert, insert_with_ids
from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, PaymentState, PurchaseStatus
from clientbase.db.models import Client, Purchase, PurchaseItem
from clientbase.errors import NotFoundError, Problem, ValidationError
from clientbase.services import audit
from clientbase.services.dates import FIRST_PLAUSIBLE_YEAR, written_date
from clientbase.services.text_limits import purchase_too_long

ENTITY = "purchase"
CENT = Decimal("0.01")


@dataclass
class PurchaseItemInput:
    name: str
    quantity: Decimal = Decimal("1")
    price: Decimal = Decimal("0")

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.price).quantize(CENT)


@dataclass
class PurchaseInput:
    date: date
    number: str = ""
    status: PurchaseStatus = PurchaseStatus.NEW
    payment_state: PaymentState = PaymentState.UNPAID
    items: list[PurchaseItemInput] = field(default_factory=list)
    # Used only when there are no items: many shops note just the sum of a sale.
    total: Decimal = Decimal("0")
    comment: str = ""

    @property
    def computed_total(self) -> Decimal:
        items = [i for i in self.items if i.name.strip()]
        if items:
            return sum((i.amount for i in items), Decimal("0"))
        return self.total.quantize(CENT)


@dataclass(frozen=True)
class PurchaseRecord:
    id: int
    client_id: int
    data: PurchaseInput
    total: Decimal


def _largest(column: Any) -> Decimal:
    """The largest value a NUMERIC(precision, scale) column keeps."""
    kind = column.type
    return Decimal(10) ** (kind.precision - kind.scale) - Decimal(10) ** -kind.scale


# PostgreSQL refuses more, failing a whole import at its end; SQLite keeps it, so that a
# phone number pasted into the sums column became a sale of 89 billion.
MAX_AMOUNT = _largest(Purchase.__table__.c.total)
MAX_QUANTITY = _largest(PurchaseItem.__table__.c.quantity)


def _too_large(field: str, value: Decimal, largest: Decimal) -> list[Problem]:
    return (
        [Problem(field, "number_too_large", {"value": str(value)})] if abs(value) > largest else []
    )


def validate_purchase(data: PurchaseInput, today: date | None = None) -> None:
    """Refuse what the base cannot keep, with each reason; `today` is the day a sale may not
    be after (the import's, which its plan was made for; the real one if None)."""
    problems = purchase_too_long(data.number, [item.name for item in data.items])
    if data.date > (today or date.today()):
        problems.append(
            Problem("date", "date_in_future", {"value": data.date.strftime("%d.%m.%Y")})
        )
    elif data.date.year < FIRST_PLAUSIBLE_YEAR:
        # A year typed 201 for 2012, or an old record from an Access base: no shop's sale,
        # and a date Excel cannot hold, which would stop every export of the client.
        problems.append(Problem("date", "year_out_of_range", {"value": written_date(data.date)}))
    items_fit = True
    for index, item in enumerate(data.items):
        if not item.name.strip():
            continue
        if item.quantity < 0:
            problems.append(
                Problem(
                    f"items[{index}].quantity", "negative_amount", {"value": str(item.quantity)}
                )
            )
        if item.price < 0:
            problems.append(
                Problem(f"items[{index}].price", "negative_amount", {"value": str(item.price)})
            )
        too_large = _too_large(f"items[{index}].quantity", item.quantity, MAX_QUANTITY)
        too_large += _too_large(f"items[{index}].price", item.price, MAX_AMOUNT)
        problems += too_large
        items_fit = items_fit and not too_large
    if data.total < 0:
        problems.append(Problem("total", "negative_amount", {"value": str(data.total)}))
    written = _too_large("total", data.total, MAX_AMOUNT)
    problems += written
    if items_fit and not written:
        # Not before: two 40-digit numbers multiply, and 1e400 rounds, past what Decimal can
        # round to kopecks.
        problems += _too_large("total", data.computed_total, MAX_AMOUNT)
    if problems:
        raise ValidationError(problems)


def refresh_summary(session: Session, client_id: int) -> None:
    """Recount a client's total, number of purchases and first/last dates (cancelled excluded)."""
    session.flush()
    total, count, first, last = session.execute(
        select(
            func.coalesce(func.sum(Purchase.total), 0),
            func.count(Purchase.id),
            func.min(Purchase.date),
            func.max(Purchase.date),
        ).where(Purchase.client_id == client_id, Purchase.status != PurchaseStatus.CANCELLED)
    ).one()
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("client", client_id)
    client.total_spent = Decimal(total).quantize(CENT)
    client.purchase_count = count
    client.first_purchase = first
    client.last_purchase = last


def refresh_all_summaries(session: Session, client_ids: Sequence[int] | None = None) -> None:
    """Recount the purchase figures of these clients (all when None) in one statement."""
    counted = Purchase.status != PurchaseStatus.CANCELLED

    def per_client(expression: ColumnElement[Any]) -> ScalarSelect[Any]:
        return select(expression).where(Purchase.client_id == Client.id, counted).scalar_subquery()

    statement = update(Client)
    if client_ids is not None:
        statement = statement.where(Client.id.in_(client_ids))
    session.execute(
        statement.values(
            total_spent=func.coalesce(per_client(func.sum(Purchase.total)), 0),
            purchase_count=per_client(func.count(Purchase.id)),
            first_purchase=per_client(func.min(Purchase.date)),
            last_purchase=per_client(func.max(Purchase.date)),
        )
    )


def _input_of(purchase: Purchase) -> PurchaseInput:
    return PurchaseInput(
        date=purchase.date,
        number=purchase.number,
        status=purchase.status,
        payment_state=purchase.payment_state,
        items=[PurchaseItemInput(i.name, i.quantity, i.price) for i in purchase.items],
        total=purchase.total,
        comment=purchase.comment,
    )


def _apply(purchase: Purchase, data: PurchaseInput) -> None:
    purchase.date = data.date
    purchase.number = data.number.strip()
    purchase.status = data.status
    purchase.payment_state = data.payment_state
    purchase.comment = data.comment.strip()
    purchase.items = [
        PurchaseItem(position=i, name=item.name.strip(), quantity=item.quantity, price=item.price)
        for i, item in enumerate(x for x in data.items if x.name.strip())
    ]
    purchase.total = data.computed_total


class PurchaseService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, client_id: int, data: PurchaseInput) -> int:
        validate_purchase(data)
        with self.db.transaction() as session:
            if session.get(Client, client_id) is None:
                raise NotFoundError("client", client_id)
            purchase = Purchase(client_id=client_id, created_at=datetime.now())
            _apply(purchase, data)
            session.add(purchase)
            session.flush()
            refresh_summary(session, client_id)
            audit.record(
                session,
                AuditAction.CREATE,
                ENTITY,
                purchase.id,
                f"{data.date:%d.%m.%Y} {purchase.total}",
                after=_input_of(purchase),
            )
            return purchase.id

    def update(self, purchase_id: int, data: PurchaseInput) -> None:
        validate_purchase(data)
        with self.db.transaction() as session:
            purchase = self._load(session, purchase_id)
            before = _input_of(purchase)
            _apply(purchase, data)
            refresh_summary(session, purchase.client_id)
            audit.record(
                session,
                AuditAction.UPDATE,
                ENTITY,
                purchase_id,
                f"{data.date:%d.%m.%Y} {purchase.total}",
                before=before,
                after=_input_of(purchase),
            )

    def delete(self, purchase_id: int) -> None:
        with self.db.transaction() as session:
            purchase = self._load(session, purchase_id)
            client_id = purchase.client_id
            audit.record(
                session,
                AuditAction.DELETE,
                ENTITY,
                purchase_id,
                f"{purchase.date:%d.%m.%Y} {purchase.total}",
                before=_input_of(purchase),
            )
            session.delete(purchase)
            refresh_summary(session, client_id)

    def get(self, purchase_id: int) -> PurchaseRecord:
        with self.db.reading() as session:
            purchase = self._load(session, purchase_id)
            return PurchaseRecord(
                purchase.id, purchase.client_id, _input_of(purchase), purchase.total
            )

    def list_for(self, client_id: int) -> list[PurchaseRecord]:
        with self.db.reading() as session:
            purchases = session.scalars(
                select(Purchase)
                .where(Purchase.client_id == client_id)
                .options(selectinload(Purchase.items))
                .order_by(Purchase.date.desc(), Purchase.id.desc())
            )
            return [PurchaseRecord(p.id, p.client_id, _input_of(p), p.total) for p in purchases]

    @staticmethod
    def _load(session: Session, purchase_id: int) -> Purchase:
        purchase = session.get(Purchase, purchase_id, options=[selectinload(Purchase.items)])
        if purchase is None:
            raise NotFoundError(ENTITY, purchase_id)
        return purchase


def insert_purchases(
    session: Session, purchases: Sequence[tuple[int, PurchaseInput]], now: datetime
) -> list[int]:
    """Insert many purchases (client id, purchase) with plain INSERTs; return their ids.

    The clients' totals are not recounted here: call refresh_all_summaries for them.
    """
    for _, data in purchases:
        validate_purchase(data)
    rows = [
        {
            "client_id": client_id,
            "date": data.date,
            "number": data.number.strip(),
            "status": data.status,
            "payment_state": data.payment_state,
            "total": data.computed_total,
            "comment": data.comment.strip(),
            "created_at": now,
        }
        for client_id, data in purchases
    ]
    ids = insert_with_ids(session, Purchase, rows)
    bulk_insert(
        session,
        PurchaseItem,
        [
            {
                "purchase_id": purchase_id,
                "position": position,
                "name": item.name.strip(),
                "quantity": item.quantity,
                "price": item.price,
            }
            for purchase_id, (_, data) in zip(ids, purchases, strict=True)
            for position, item in enumerate(i for i in data.items if i.name.strip())
        ],
    )
    return ids
