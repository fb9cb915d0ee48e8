"""Plain multi-row inserts, for loads of thousands of rows (imports, the demo base)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from clientbase.db.models import Base


def bulk_insert(
    session: Session, model: type[Base] | Table, rows: Sequence[dict[str, Any]]
) -> None:
    """executemany on the table itself: naming the ORM class instead costs per-row bookkeeping
    (about a third of an import's write time)."""
    if not rows:
        return
    table = model if isinstance(model, Table) else cast(Table, model.__table__)
    session.execute(insert(table), list(rows))


def insert_with_ids(
    session: Session, model: type[Base], rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert rows and return their new ids in order.

    SQLite cannot promise the order of a multi-row RETURNING, and SQLAlchemy then inserts
    row by row; there the ids are given here instead. The caller's transaction must already
    have written (it then holds SQLite's single write lock), so no one else takes them.
    """
    if not rows:
        return []
    id_column = model.__table__.c.id
    if session.get_bind().dialect.name == "sqlite":
        start = (session.scalar(select(func.max(id_column))) or 0) + 1
        ids = list(range(start, start + len(rows)))
        bulk_insert(session, model, [{**row, "id": i} for row, i in zip(rows, ids, strict=True)])
        return ids
    statement = insert(model).returning(id_column, sort_by_parameter_order=True)
    return [int(i) for i in session.scalars(statement, list(rows))]


def continue_ids_after(
    connection: Connection | Session, tables: Sequence[type[Base] | Table]
) -> None:
    """After rows were written with ids of our own: new rows' ids must come after them.

    SQLite takes the next id from the largest in the table; PostgreSQL from a sequence,
    which explicit ids do not advance, so the next ordinary insert would collide.
    """
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    if bind.dialect.name != "postgresql":
        return
    for model in tables:
        table = model if isinstance(model, Table) else cast(Table, model.__table__)
        if "id" not in table.c:
            continue
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            ),
            {"table": table.name},
        )
