"""Reading the tables of a Microsoft Access base (.mdb, .accdb) as rows of cell values.

access-parser is pure Python, so the same reader works on Windows without Access or its ODBC
driver installed, and on Linux without mdbtools. It reads Jet 3 (Access 97), Jet 4 (2000–2003)
and ACE (2007 and later) files; it cannot open an encrypted base or read attachment and
multi-value fields, whose columns come back empty.

A Northwind-style base (Customers, Orders and Order Details) is offered one more table,
«Customers and orders»: every customer with their orders, one row per order line, in the
words the orders import knows.
"""

from __future__ import annotations

import logging
import math
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
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

# Access keeps a date as a count of days from this one, the time of day as the fraction.
_ACCESS_EPOCH = datetime(1899, 12, 30)
# What Access itself takes: 1 January 100 to 31 December 9999.
_FIRST_DAY = (datetime(100, 1, 1) - _ACCESS_EPOCH).days
_LAST_DAY = (datetime(9999, 12, 31) - _ACCESS_EPOCH).days

# The Jet file header: page 0 starts with these bytes, then the engine name.
_JET_MAGIC = b"\x00\x01\x00\x00"
_ENGINE_NAMES = (b"Standard Jet DB", b"Standard ACE DB")


def access_table_names(path: Path) -> list[str]:
    """The user tables of the base, in the order Access lists them, and the Northwind join."""
    return _sheets(_user_tables(_open(path)))


def read_access_table(path: Path, table: str | None = None) -> tuple[str, Rows, list[str]]:
    """One table as a header row and its records (the first table when none is named), and
    the base's tables as access_table_names gives them, from the same reading."""
    parser = _open(path)
    names = _user_tables(parser)
    if not names:
        raise ImportFileError("no_tables", path.name)
    name = table or names[0]
    if name == CUSTOMERS_AND_ORDERS:
        tables = _northwind_tables(names)
        if tables is None:
            raise ImportFileError("table_not_found", name)
        rows = customers_and_orders(lambda t: _read(parser, path, t), tables)
        return name, rows, _sheets(names)
    if name not in names:
        raise ImportFileError("table_not_found", name)
    return name, _read(parser, path, name), _sheets(names)


def _user_tables(parser: Any) -> list[str]:
    return [name for name in parser.catalog if not name.startswith("MSys")]


def _sheets(names: list[str]) -> list[str]:
    return [*names, CUSTOMERS_AND_ORDERS] if _northwind_tables(names) is not None else names


def _open(path: Path) -> Any:
    from access_parser import AccessParser  # imported late: it is needed by few imports

    with path.open("rb") as file:
        head = file.read(0x80)
    if not head.startswith(_JET_MAGIC) or not any(n in head[:32] for n in _ENGINE_NAMES):
        raise ImportFileError("cannot_read", path.name)
    try:
        with _quiet(), _exact_dates():
            return AccessParser(str(path))
    except Exception as error:
        # access-parser raises whatever its parsing library meets in a damaged file
        # (ValueError, KeyError, construct's errors, IndexError): every one means the same.
        raise ImportFileError("cannot_read", path.name) from error


def _read(parser: Any, path: Path, name: str) -> Rows:
    try:
        with _quiet(), _exact_dates():
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


@contextmanager
def _exact_dates() -> Iterator[None]:
    """access-parser 0.0.6 reads the 8 bytes of a date as a signed number and packs them back
    as an unsigned one: every date before 30.12.1899 comes out as the words «(Invalid Date)»,
    and that day itself as «(Empty Date)». A base of old records (a guild's register of 1601,
    tests/data/merchant_taylors_jet4.mdb) would come in as English words in place of its
    dates. Its reading of a date is replaced by access_date while the base is read."""
    from access_parser import utils

    original = getattr(utils, "mdb_date_to_readable", None)
    if original is None:  # a later access-parser reads dates its own way: let it
        yield
        return
    utils.mdb_date_to_readable = access_date
    try:
        yield
    finally:
        utils.mdb_date_to_readable = original


def access_date(bits: int) -> datetime | float | None:
    """A Date/Time value from its 8 bytes (as a signed integer): whole days from 30.12.1899,
    and the time of day as the fraction, which counts forward on days before 1899 too
    (-1.25 is 29.12.1899 06:00). A value outside the years Access takes (100–9999) comes
    back as the number stored, so that the import names it rather than drop it; NaN, which
    no one can type, as no value."""
    value: float = struct.unpack("<d", struct.pack("<q", bits))[0]
    if math.isnan(value):
        return None
    if not _FIRST_DAY <= value < _LAST_DAY + 1:
        return value
    days = math.trunc(value)
    # Whole milliseconds: Access keeps no finer time, and the double's last digits are noise
    # (which may round up to a whole day: 31.12.9999 has no next day to round to).
    milliseconds = min(round(abs(value - days) * 86_400_000), 86_399_999)
    return _ACCESS_EPOCH + timedelta(days=days, milliseconds=milliseconds)


@dataclass(frozen=True)
class NorthwindTables:
    """The names a Northwind-style base gives its tables (spaced or not, in any case)."""

    customers: str
    orders: str
    details: str | None
    products: str | None


def _northwind_tables(names: Sequence[str]) -> NorthwindTables | None:
    by_folded = {_folded(n): n for n in names}
    customers, orders = by_folded.get("customers"), by_folded.get("orders")
    if customers is None or orders is None:
        return None
    return NorthwindTables(
        customers, orders, by_folded.get("orderdetails"), by_folded.get("products")
    )


_ORDER_COLUMNS = ["Order number", "Order date", "Item", "Quantity", "Price"]


def customers_and_orders(read: Callable[[str], Rows], tables: NorthwindTables) -> Rows:
    """Northwind's tables joined into an orders sheet: one row per order line.

    Each row carries every column of the customer's own record (its CustomerID becomes the
    client code, what the import finds the client by; Country, Fax and the rest go to the
    notes), followed by the order's number, date and line. The order number groups the
    lines into one purchase. Nothing is left out: a customer without orders is a row
    without an order, an order without lines a row with its date alone, and an order whose
    customer is not in Customers a row with its CustomerID only, which the preview names
    as a row without a client's name.
    """
    customers = read(tables.customers)
    header = [str(name) for name in customers[0]] if customers else []
    key_column = next((i for i, name in enumerate(header) if _folded(name) == "customerid"), None)
    if key_column is None:
        header.insert(0, "CustomerID")
        customers = [[None, *row] for row in customers]
        key_column = 0
    lines: dict[AccessCell, list[dict[str, AccessCell]]] = {}
    if tables.details is not None:
        for line in _records(read(tables.details)):
            lines.setdefault(line.get("orderid"), []).append(line)
    products: dict[AccessCell, AccessCell] = {}
    if tables.products is not None:
        products = {
            p.get("productid"): p.get("productname") for p in _records(read(tables.products))
        }
    known = {row[key_column] for row in customers[1:] if key_column < len(row)}
    orders: dict[AccessCell, list[dict[str, AccessCell]]] = {}
    for order in _records(read(tables.orders)):
        orders.setdefault(order.get("customerid"), []).append(order)

    def order_rows(customer: list[AccessCell], order: dict[str, AccessCell]) -> Rows:
        number = order.get("orderid")
        found = lines.get(number) or [{}]
        return [
            [*customer, number, order.get("orderdate"), *_order_line(line, products)]
            for line in found
        ]

    rows: Rows = [[*header, *_ORDER_COLUMNS]]
    for customer in customers[1:]:
        own = [*customer, *[None] * (len(header) - len(customer))][: len(header)]
        bought = orders.get(own[key_column])
        if not bought:
            rows.append([*own, *[None] * len(_ORDER_COLUMNS)])
        for order in bought or []:
            rows.extend(order_rows(own, order))
    for customer_id, unknown in orders.items():
        if customer_id not in known:
            stranger: list[AccessCell] = [None] * len(header)
            stranger[key_column] = customer_id
            for order in unknown:
                rows.extend(order_rows(stranger, order))
    return rows


def _folded(name: object) -> str:
    return str(name).replace(" ", "").replace("_", "").lower()


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
    keys = [_folded(name) for name in rows[0]]
    return [dict(zip(keys, row, strict=False)) for row in rows[1:]]
