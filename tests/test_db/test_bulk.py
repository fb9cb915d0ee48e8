"""Plain inserts for bulk loads: the values, ids and defaults SQLAlchemy itself would write."""

from __future__ import annotations

import itertools
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    create_engine,
    select,
)
from sqlalchemy.orm import Session

from clientbase.db.bulk import bulk_insert, insert_with_ids

metadata = MetaData()
_counter = itertools.count(1)
sale = Table(
    "sale",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50), nullable=False),
    Column("total", Numeric(10, 2), default=Decimal("0")),
    Column("at", DateTime, nullable=True),
    Column("note", String(50), default="-"),
)
numbered = Table(
    "numbered",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("serial", Integer, default=lambda: next(_counter)),  # computed: SQLAlchemy's path
)


def _session() -> Session:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    return Session(engine)


def test_rows_go_in_with_converted_values_and_the_defaults_left_out() -> None:
    with _session() as session, session.begin():
        at = datetime(2026, 12, 2, 10, 30)
        bulk_insert(session, sale, [{"name": "чай", "total": Decimal("12.50"), "at": at}])
        bulk_insert(session, sale, [{"name": "кофе", "total": Decimal("3"), "at": None}])
        rows = session.execute(select(sale).order_by(sale.c.id)).all()
    assert [tuple(r) for r in rows] == [
        (1, "чай", Decimal("12.50"), at, "-"),
        (2, "кофе", Decimal("3.00"), None, "-"),
    ]


def test_ids_are_given_in_order_after_the_largest() -> None:
    with _session() as session, session.begin():
        bulk_insert(session, sale, [{"name": "first"}])
        ids = insert_with_ids(
            session, _Sale, [{"name": "a", "total": Decimal("1")}, {"name": "b", "total": 2}]
        )
        names = dict(session.execute(select(sale.c.id, sale.c.name)).all())
    assert ids == [2, 3]
    assert names == {1: "first", 2: "a", 3: "b"}


def test_a_computed_default_takes_sqlalchemys_own_path() -> None:
    with _session() as session, session.begin():
        bulk_insert(session, numbered, [{"name": "x"}, {"name": "y"}])
        serials = session.execute(select(numbered.c.name, numbered.c.serial)).all()
    assert [name for name, _ in serials] == ["x", "y"]
    assert all(serial is not None for _, serial in serials)


def test_ids_are_given_on_sqlalchemys_own_path_too() -> None:
    with _session() as session, session.begin():
        bulk_insert(session, numbered, [{"name": "first"}])
        ids = insert_with_ids(session, _Numbered, [{"name": "a"}, {"name": "b"}])
        names = dict(session.execute(select(numbered.c.id, numbered.c.name)).all())
    assert ids == [2, 3]
    assert names == {1: "first", 2: "a", 3: "b"}


class _Sale:
    """insert_with_ids takes a mapped class; only its table is used."""

    __table__ = sale


class _Numbered:
    __table__ = numbered
