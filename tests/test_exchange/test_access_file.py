"""Access bases (.mdb, .accdb): their tables become sheets to import."""

import struct
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.errors import ImportFileError
from clientbase.exchange.access_file import (
    CUSTOMERS_AND_ORDERS,
    NorthwindTables,
    access_date,
    customers_and_orders,
)
from clientbase.exchange.header import Target
from clientbase.exchange.table_file import TableData, read_table, sheet_names
from clientbase.services.client_query import ClientQuery, find_client_ids, load_rows
from clientbase.services.import_plan import RowAction, plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.stats import base_stats
from clientbase.services.workspace import Workspace

DATA = Path(__file__).parents[1] / "data"


def test_the_tables_of_a_base_are_its_sheets_without_the_system_ones() -> None:
    assert sheet_names(DATA / "users_jet4.mdb") == ["Users"]
    assert sheet_names(DATA / "fruit_jet4.mdb") == [
        "Fruit", "Fruit Salad", "Veggie Salad", "Muffin/Bread", "Dried",
    ]  # fmt: skip


def test_a_table_reads_in_column_order_with_typed_values() -> None:
    table = read_table(DATA / "users_jet4.mdb")
    assert table.sheet == "Users"
    assert table.rows == [
        ["UserId", "UserName", "UserSex", "UserBirthday", "UserMarried"],
        [1, "Nuintun", "Male", datetime(1989, 1, 25), True],
        [2, "Angela", "Female", datetime(1988, 12, 18), False],
        [3, "张三", "男", datetime(1986, 12, 18), True],
    ]
    fruit = read_table(DATA / "fruit_jet4.mdb", "Muffin/Bread")
    assert fruit.rows[0][0] == "fruit" and len(fruit.rows) > 2


def test_a_users_table_imports_as_clients(workspace: Workspace) -> None:
    path = DATA / "users_jet4.mdb"
    table, header, mapping = read_plan_source(path)
    # Database columns carry the table's name in front: UserName is the name, and UserID
    # the client's code from the old base (as an online school's «ID пользователя» is).
    assert mapping[:4] == [Target.CLIENT_CODE, Target.FULL_NAME, Target.NOTES, Target.BIRTHDAY]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)

    rows = load_rows(workspace.db, find_client_ids(workspace.db, ClientQuery()))
    assert sorted(r.display_name for r in rows) == ["Angela", "Nuintun", "张三"]
    angela = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="angela"))[0])
    assert angela.data.birthday == "18.12.1988"
    assert "UserSex: Female" in (angela.data.notes or "")


def test_dates_before_1900_and_at_midnight_read_as_the_base_keeps_them() -> None:
    # A guild's register of admissions: access-parser alone turns each of these dates into
    # the words «(Invalid Date)», as it does every date before 30.12.1899.
    table = read_table(DATA / "merchant_taylors_jet4.mdb")
    header = table.rows[0]
    court, freedom = header.index("Date of order of Court"), header.index("Freedom")
    aaron, abbey = table.rows[1], table.rows[2]
    assert (aaron[court], aaron[freedom]) == (datetime(1760, 6, 5), datetime(1760, 7, 3))
    assert (abbey[court], abbey[freedom]) == (None, datetime(1601, 5, 11))
    words = [c for row in table.rows for c in row if isinstance(c, str) and "Date)" in c]
    assert words == []


def test_the_register_imports_with_its_forenames_and_dates(workspace: Workspace) -> None:
    path = DATA / "merchant_taylors_jet4.mdb"
    table, header, mapping = read_plan_source(path)
    assert mapping[table.rows[header].index("Forenames")] is Target.FIRST_NAME
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)

    assert base_stats(workspace.db)["clients"] == 20
    abbey = workspace.clients.get(find_client_ids(workspace.db, ClientQuery(search="abbey"))[0])
    assert (abbey.data.last_name, abbey.data.first_name) == ("Abbey", "Richard")
    assert "Freedom: 11.05.1601\n" in (abbey.data.notes or "")


def test_an_access_parser_without_that_date_function_still_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The replacement is of one function of access-parser 0.0.6: a later release without it
    # must not make every base unreadable.
    from access_parser import access_parser, utils

    parse_type = utils.parse_type
    monkeypatch.delattr(utils, "mdb_date_to_readable")

    def its_own_dates(kind: int, *args: object, **kwargs: object) -> object:
        return (
            "1989-01-25 00:00:00"
            if kind == utils.TYPE_DATETIME
            else parse_type(kind, *args, **kwargs)
        )

    monkeypatch.setattr(access_parser, "parse_type", its_own_dates)
    table = read_table(DATA / "users_jet4.mdb")
    assert table.rows[1] == [1, "Nuintun", "Male", datetime(1989, 1, 25), True]


def _bits(days: float) -> int:
    return int(struct.unpack("<q", struct.pack("<d", days))[0])


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0.5, datetime(1899, 12, 30, 12)),
        # Before 1899 the time of day still counts forward from the day's start.
        (-1.25, datetime(1899, 12, 29, 6)),
        (36622.742757291664, datetime(2000, 4, 6, 17, 49, 34, 230000)),
        (2958465.9999999995, datetime(9999, 12, 31, 23, 59, 59, 999000)),
        # Beyond what Access takes: the number, for the import to name.
        (1e9, 1e9),
        (-700000.0, -700000.0),
        (float("nan"), None),
    ],
)
def test_an_access_date_is_read_from_its_bytes(days: float, expected: object) -> None:
    assert access_date(_bits(days)) == expected


def test_an_access_2007_base_without_tables_of_its_own_says_so(workspace: Workspace) -> None:
    # Made by Access itself: the ACE catalog is read (its system tables are found and left
    # out), so the message can say what is missing rather than call the file damaged.
    path = DATA / "empty_ace.accdb"
    assert path.read_bytes()[4:19] == b"Standard ACE DB"
    assert sheet_names(path) == []
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "no_tables"
    assert base_stats(workspace.db)["clients"] == 0


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x00\x00Standard Jet DB\x00" + b"\x00" * 100,  # the header and nothing else
        b"PK\x03\x04 an .xlsx renamed to .mdb",
    ],
)
def test_a_broken_or_foreign_file_is_refused_and_nothing_is_written(
    workspace: Workspace, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "clients.mdb"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "cannot_read"
    assert base_stats(workspace.db)["clients"] == 0


def test_a_truncated_base_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "half.accdb"
    path.write_bytes((DATA / "users_jet4.mdb").read_bytes()[:20_000])
    with pytest.raises(ImportFileError) as error:
        read_table(path, "Users")
    assert error.value.code in {"cannot_read", "table_not_found"}


def test_a_missing_table_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        read_table(DATA / "users_jet4.mdb", CUSTOMERS_AND_ORDERS)
    assert error.value.code == "table_not_found"


NORTHWIND = {
    "Customers": [
        ["CustomerID", "CompanyName", "ContactName", "ContactTitle", "Phone", "Fax", "City",
         "Country"],
        ["ALFKI", "Alfreds Futterkiste", "Maria Anders", "Sales Representative",
         "+49 30 0074321", "+49 30 0076545", "Berlin", "Germany"],
        ["ANATR", "Ana Trujillo Emparedados", "Ana Trujillo", "Owner", "+52 5 555-4729", None,
         "México D.F.", "Mexico"],
        ["NOORD", "Never ordered", "Nobody", None, None, None, "Oslo", "Norway"],
    ],
    "Orders": [
        ["OrderID", "CustomerID", "OrderDate"],
        [10643, "ALFKI", datetime(1997, 8, 25)],
        [10308, "ANATR", datetime(1996, 9, 18)],
        [10692, "ALFKI", datetime(1997, 10, 3)],
        [10999, "GONE", datetime(1998, 1, 1)],  # its customer was deleted
    ],
    "Order Details": [
        ["OrderID", "ProductID", "UnitPrice", "Quantity", "Discount"],
        [10643, 28, Decimal("45.60"), 15, 0.25],
        [10643, 39, Decimal("18.00"), 21, 0.25],
        [10692, 63, Decimal("43.90"), 20, 0.0],
        [10999, 28, Decimal("45.60"), 1, 0.0],
    ],
    "Products": [["ProductID", "ProductName"], [28, "Rössle Sauerkraut"], [39, "Chartreuse"]],
}  # fmt: skip
TABLES = NorthwindTables("Customers", "Orders", "Order Details", "Products")


def test_the_northwind_sheet_holds_every_customer_and_every_order_line() -> None:
    rows = customers_and_orders(lambda name: NORTHWIND[name], TABLES)
    assert rows[0] == [*NORTHWIND["Customers"][0], "Order number", "Order date", "Item",
                       "Quantity", "Price"]  # fmt: skip
    by_customer = [(row[0], row[8], row[10]) for row in rows[1:]]
    assert by_customer == [
        ("ALFKI", 10643, "Rössle Sauerkraut"),
        ("ALFKI", 10643, "Chartreuse"),
        ("ALFKI", 10692, 63),  # no product name: its number stays
        ("ANATR", 10308, None),  # an order without lines keeps its date
        ("NOORD", None, None),  # a customer who never ordered is still a client
        ("GONE", 10999, "Rössle Sauerkraut"),  # an order of a deleted customer is not dropped
    ]
    assert rows[1][:8] == NORTHWIND["Customers"][1]  # every column of the customer
    assert rows[1][-5:] == [10643, datetime(1997, 8, 25), "Rössle Sauerkraut", 15,
                            Decimal("34.20")]  # fmt: skip
    assert rows[4][-4:] == [datetime(1996, 9, 18), None, None, None]
    assert rows[6][1:8] == [None] * 7


def test_northwind_customers_and_orders_become_clients_with_their_purchases(
    workspace: Workspace,
) -> None:
    rows = customers_and_orders(lambda name: NORTHWIND[name], TABLES)
    table = TableData(CUSTOMERS_AND_ORDERS, [list(r) for r in rows])
    mapping = _proposed(rows)
    assert mapping[:3] == [Target.CLIENT_CODE, Target.ORGANIZATION, Target.FULL_NAME]
    assert mapping[5] is Target.NOTES  # a fax is not a number to call
    plan = plan_import(workspace.db, workspace.settings, table, 0, mapping, "northwind.mdb")
    assert plan.counts()["purchases"] == 3  # ALFKI's first order is two lines, one purchase
    orphan = plan.rows[-1]
    assert (orphan.line, orphan.action, orphan.reason) == (7, RowAction.ERROR, "no_name")
    commit_import(workspace.db, workspace.settings, plan)

    stats = base_stats(workspace.db)
    assert stats["clients"] == 3
    assert stats["purchases"] == 3
    alfreds = find_client_ids(workspace.db, ClientQuery(search="Alfreds"))
    assert len(alfreds) == 1
    card = workspace.clients.get(alfreds[0]).data
    assert (card.client_code, card.last_name, card.first_name) == ("ALFKI", "Anders", "Maria")
    assert "Country: Germany" in card.notes and "Fax: +49 30 0076545" in card.notes
    purchases = workspace.purchases.list_for(alfreds[0])
    assert sorted(p.total for p in purchases) == [Decimal("796.50"), Decimal("878.00")]
    nobody = find_client_ids(workspace.db, ClientQuery(search="NOORD"))  # found by its code
    assert len(nobody) == 1
    assert workspace.purchases.list_for(nobody[0]) == []


def test_an_order_dated_before_1900_is_named_and_its_customer_comes_in(
    workspace: Workspace,
) -> None:
    # Read right, an old base's dates reach the import as they are: a sale of 1760 is no
    # shop's, and Excel could not hold it, so every later export of the client would fail.
    orders = [*NORTHWIND["Orders"], [10700, "ANATR", datetime(1760, 6, 5)]]
    rows = customers_and_orders(lambda name: {**NORTHWIND, "Orders": orders}[name], TABLES)
    table = TableData(CUSTOMERS_AND_ORDERS, [list(r) for r in rows])
    plan = plan_import(workspace.db, workspace.settings, table, 0, _proposed(rows), "old.mdb")
    dates = [(p.value, p.code) for p in plan.problems() if p.column == "Order date"]
    assert dates == [("05.06.1760", "year_out_of_range")]
    commit_import(workspace.db, workspace.settings, plan)
    assert base_stats(workspace.db)["purchases"] == 3


def _proposed(rows):
    from clientbase.exchange.header import propose_mapping

    return propose_mapping(rows[0], rows[1:])
