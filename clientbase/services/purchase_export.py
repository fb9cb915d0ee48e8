"""The purchases of exported clients as a second sheet, «Покупки» («Purchases»), one row
per item.

The columns are the ones the orders import knows (client, phone, e-mail, client code,
purchase date, order number, item, quantity, price, amount, order status, payment, the
order's comment), so after
the clients sheet the purchases sheet imports back as the same purchases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.id_select import IdSelect
from clientbase.db.models import Purchase, PurchaseItem
from clientbase.exchange.choices import word
from clientbase.exchange.sheet_column import SheetColumn
from clientbase.services.export_columns import DATE_FORMATS
from clientbase.services.purchases import PurchaseItemInput

BATCH = 1000


@dataclass(frozen=True)
class Buyer:
    """Who bought, as the clients sheet writes them: how the import finds the client again."""

    name: str
    phone: str
    email: str
    code: str = ""


# (Russian name, English name, width, number format); each a name the orders import knows.
_COLUMNS = (
    ("Клиент", "Client", 30, ""),
    ("Телефон", "Phone", 18, ""),
    ("E-mail", "E-mail", 24, ""),
    ("Код клиента", "Client code", 12, ""),
    ("Дата покупки", "Purchase date", 13, "date"),
    ("Номер заказа", "Order number", 14, ""),
    ("Товар", "Item", 30, ""),
    ("Количество", "Quantity", 10, "0.###"),
    ("Цена", "Price", 12, "#,##0.00"),
    ("Сумма", "Amount", 13, "#,##0.00"),
    ("Статус заказа", "Order status", 13, ""),
    ("Оплата", "Payment", 12, ""),
    ("Комментарий к заказу", "Order comment", 30, ""),
)
SHEET_NAMES = {"ru": "Покупки", "en": "Purchases"}


def is_purchase_export(headers: Sequence[object]) -> bool:
    """Whether a sheet's column names are those of the purchases sheet of the program's
    export (in either language): its «Клиент» is the name the base lists the card under."""
    names = {str(header).strip().casefold() for header in headers}
    russian = {name.casefold() for name, *_ in _COLUMNS}
    english = {name.casefold() for _, name, *_ in _COLUMNS}
    return russian <= names or english <= names


def purchase_sheet(language: str = "ru") -> tuple[str, list[SheetColumn]]:
    """The purchases sheet's name and columns in the export's language."""
    english = language == "en"
    return SHEET_NAMES["en" if english else "ru"], [
        SheetColumn(
            english_name if english else name,
            width,
            DATE_FORMATS["en" if english else "ru"] if fmt == "date" else fmt,
        )
        for name, english_name, width, fmt in _COLUMNS
    ]


def purchase_rows(
    db: Database,
    buyers: dict[int, Buyer],
    ids: Sequence[int],
    progress: Callable[[int, int], None] | None = None,
    language: str = "ru",
) -> Iterator[list[Any]]:
    """Rows for the purchases sheet, client by client in the export's order, oldest first;
    `progress(clients done, clients)` after each thousand clients. The order's status and
    payment in the words of `language`."""
    purchases_of = IdSelect(
        select(
            Purchase.id, Purchase.client_id, Purchase.date, Purchase.number, Purchase.status,
            Purchase.payment_state, Purchase.total, Purchase.comment,
        ).order_by(Purchase.client_id, Purchase.date, Purchase.id),
        Purchase.client_id,
    )  # fmt: skip
    items_of = IdSelect(
        select(
            PurchaseItem.purchase_id, PurchaseItem.name, PurchaseItem.quantity, PurchaseItem.price
        ).order_by(PurchaseItem.purchase_id, PurchaseItem.position),
        PurchaseItem.purchase_id,
    )
    for start in range(0, len(ids), BATCH):
        chunk = [i for i in ids[start : start + BATCH] if i in buyers]
        with db.reading() as session:
            # Plain tuples through db.id_select: the ORM's handling of plain selects, and
            # even SQLAlchemy's rows, cost more than writing the sheet.
            connection = session.connection()
            purchases = purchases_of.rows(connection, chunk)
            items: dict[int, list[tuple[str, Decimal, Decimal]]] = {}
            for purchase_id, name, quantity, price in items_of.rows(
                connection, [p[0] for p in purchases]
            ):
                items.setdefault(purchase_id, []).append((name, quantity, price))
        by_client: dict[int, list[Any]] = {}
        for purchase in purchases:
            by_client.setdefault(purchase[1], []).append(purchase)
        for client_id in chunk:
            buyer = buyers[client_id]
            for purchase_id, _, day, number, status, payment, total, comment in by_client.get(
                client_id, []
            ):
                lines = items.get(purchase_id)
                # The number ties the lines of one purchase together: an unnumbered purchase
                # of several items gets its id as one, so it comes back as one purchase.
                if not number and lines and len(lines) > 1:
                    number = f"#{purchase_id}"
                head = [buyer.name, buyer.phone, buyer.email, buyer.code, day, number]
                tail = [word(status, language), word(payment, language), comment]
                if not lines:
                    yield [*head, None, None, None, total, *tail]
                    continue
                for name, quantity, price in lines:
                    amount = PurchaseItemInput(name, quantity, price).amount
                    yield [*head, name, quantity, price, amount, *tail]
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))
