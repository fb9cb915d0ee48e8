"""Reading the tables of a Microsoft Access base (.mdb, .accdb) as rows of cell values.

access-parser is pure Python, so the same reader works on Windows without Access or its ODBC
driver installed, and on Linux without mdbtools. It reads Jet 3 (Access 97), Jet 4 (2000–2003)
and ACE (2007 and later) files; it cannot open an encrypted base or read attachment and
multi-value fields, whose columns come back empty.

A Northwind-style base (Customers, Orders and Order Details) is offered one more table,
«Customers and orders», with one row per order line in the words the orders import knows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from clientbase.errors import ImportFileError

CUSTOMERS_AND_ORDERS = "Customers and orders"

AccessCell = str | int | float | Decimal | bool | datetime | None
Rows = list[list[AccessCell]]

# access-parser's column type codes (access_parser.utils).
_MONEY = 5
_DATETIME = 8
_BINARY_TYPES = {9, 11, 16}  # binary, OLE object, replication id: no client data in them
_MONEY_SCALE = Decimal(10_000)  # Access keeps currency as an integer of 1/10,000

# The Jet file header: page 0 starts with these bytes, then the engine name.
_JET_MAGIC = b"\x00\x01\x00\x00"
_ENGINE_NAMES = (b"Standard Jet DB", b"Standard ACE DB")


def access_table_names(path: Path) -> list[str]:
    """The user tables of the base, in the order Access lists them, and the Northwind join."""
    parser = _open(path)
    names = [name for name in parser.catalog if not name.startswith("MSys")]
    if _northwind_tables(names) is not None:
        names.append(CUSTOMERS_AND_ORDERS)
    return names


def read_access_table(path: Path, table: str | None = None) -> tuple[str, Rows]:
    """One table as a header row and its records (the first table when none is named)."""
    parser = _open(path)
    names = [name for name in parser.catalog if not name.startswith("MSys")]
    if not names:
        raise ImportFileError("no_tables", path.name)
    name = table or names[0]
    if name == CUSTOMERS_AND_ORDERS:
        tables = _northwind_tables(names)
        if tables is None:
            raise ImportFileError("sheet_not_found", name)
        return name, customers_and_orders(lambda t: _read(parser, path, t), tables)
    if name not in names:
        raise ImportFileError("sheet_not_found", name)
    return name, _read(parser, path, name)


def _open(path: Path) -> Any:
    from access_parser import AccessParser  # imported late: it is needed by few imports

    with path.open("rb") as file:
        head = file.read(0x80)
    if not head.startswith(_JET_MAGIC) or not any(n in head[:32] for n in _ENGINE_NAMES):
        raise ImportFileError("cannot_read", path.name)
    try:
        with _quiet():
            return AccessParser(str(path))
    except Exception as error:
        # access-parser raises whatever its parsing library meets in a damaged file
        # (ValueError, KeyError, construct's errors, IndexError): every one means the same.
        raise ImportFileError("cannot_read", path.name) from error


def _read(parser: Any, path: Path, name: str) -> Rows:
    try:
        with _quiet():
            table = parser.get_table(name)
            if table is None:
                raise ImportFileError("cannot_read", path.name)
            columns = [table.columns[i] for i in sorted(table.columns)]
            values = table.parse()
    except ImportFileError:
        raise
    except Exception as error:  # see _open: a damaged table fails in many ways
        raise ImportFileError("cannot_read", path.name) from error
    kept = [c for c in columns if c.type not in _BINARY_TYPES]
    lists = [values.get(c.col_name_str) or [] for c in kept]
    count = max((len(v) for v in lists), default=0)
    if any(0 < len(v) != count for v in lists):
        # access-parser drops a record it cannot parse from some columns only: the columns
        # would no longer line up, and a phone would land on another person's row.
        raise ImportFileError("cannot_read", path.name)
    rows: Rows = [[c.col_name_str for c in kept]]
    converters = [_converter(c.type) for c in kept]
    for index in range(count):
        rows.append(
            [
                convert(column[index]) if column else None
                for convert, column in zip(converters, lists, strict=True)
            ]
        )
    return rows


def _converter(kind: int) -> Callable[[Any], AccessCell]:
    if kind == _MONEY:
        return _money
    if kind == _DATETIME:
        return _datetime
    return _plain


def _plain(value: Any) -> AccessCell:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _money(value: Any) -> AccessCell:
    # Without a Format property access-parser hands back the raw integer.
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value) / _MONEY_SCALE
    if isinstance(value, str):
        return value.strip() or None
    return value


def _datetime(value: Any) -> AccessCell:
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value or None


@contextmanager
def _quiet() -> Iterator[None]:
    """access-parser logs every odd page as an ERROR; the import reports problems itself."""
    logger = logging.getLogger("access_parser")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@dataclass(frozen=True)
class NorthwindTables:
    """The names a Northwind-style base gives its tables (spaced or not, in any case)."""

    customers: str
    orders: str
    details: str | None
    products: str | None


def _northwind_tables(names: Sequence[str]) -> NorthwindTables | None:
    by_folded = {n.replace(" ", "").replace("_", "").lower(): n for n in names}
    customers, orders = by_folded.get("customers"), by_folded.get("orders")
    if customers is None or orders is None:
        return None
    return NorthwindTables(
        customers, orders, by_folded.get("orderdetails"), by_folded.get("products")
    )


_CUSTOMER_COLUMNS = (
    ("companyname", "Company name"),
    ("contactname", "Contact name"),
    ("phone", "Phone"),
    ("email", "E-mail"),
    ("address", "Address"),
    ("city", "City"),
    ("region", "Region"),
    ("postalcode", "Postal code"),
)


def customers_and_orders(read: Callable[[str], Rows], tables: NorthwindTables) -> Rows:
    """Northwind's tables joined into an orders sheet: one row per order line.

    The customer's fields repeat on each row, so the orders import finds or creates the client
    by phone or name; the order number groups the lines into one purchase. An order without
    lines still becomes a row, so its date (the customer's last purchase) is not lost.
    """
    by_id = {c.get("customerid"): c for c in _records(read(tables.customers))}
    lines: dict[AccessCell, list[dict[str, AccessCell]]] = {}
    if tables.details is not None:
        for line in _records(read(tables.details)):
            lines.setdefault(line.get("orderid"), []).append(line)
    products: dict[AccessCell, AccessCell] = {}
    if tables.products is not None:
        products = {
            p.get("productid"): p.get("productname") for p in _records(read(tables.products))
        }
    header = [title for _, title in _CUSTOMER_COLUMNS]
    header += ["Order number", "Order date", "Item", "Quantity", "Price"]
    rows: Rows = [list(header)]
    for order in _records(read(tables.orders)):
        customer = by_id.get(order.get("customerid"))
        if customer is None:
            continue
        person = [customer.get(key) for key, _ in _CUSTOMER_COLUMNS]
        order_cells = [order.get("orderid"), order.get("orderdate")]
        for line in lines.get(order.get("orderid")) or [{}]:
            rows.append([*person, *order_cells, *_order_line(line, products)])
    return rows


def _order_line(
    line: dict[str, AccessCell], products: dict[AccessCell, AccessCell]
) -> list[AccessCell]:
    if not line:
        return [None, None, None]
    product = line.get("productid")
    item = line.get("productname") or products.get(product) or product
    price = line.get("unitprice")
    discount = line.get("discount")
    if isinstance(price, int | float | Decimal) and isinstance(discount, int | float | Decimal):
        # Northwind keeps the discount as a fraction in a single-precision float (0.15).
        kept = 1 - Decimal(str(discount)).quantize(Decimal("0.0001"))
        price = (Decimal(str(price)) * kept).quantize(Decimal("0.01"))
    return [item, line.get("quantity"), price]


def _records(rows: Rows) -> list[dict[str, AccessCell]]:
    if not rows:
        return []
    keys = [str(name).replace(" ", "").replace("_", "").lower() for name in rows[0]]
    return [dict(zip(keys, row, strict=False)) for row in rows[1:]]
