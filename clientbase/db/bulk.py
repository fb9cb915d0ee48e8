"""Plain multi-row inserts, for loads of thousands of rows (imports, the demo base)."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from clientbase.db.database import USUAL_CACHE_KIB
from clientbase.db.models import Base
from clientbase.db.text_search import indexed_at_the_end

# Pages SQLite keeps in memory while a bulk load runs (in KiB, as cache_size takes it):
# the ten indexes of 100,000 new clients fit, where the usual 32 MB makes them spill.
BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Inside the caller's transaction, for tens of thousands of inserted clients.

    The search index is filled once at the end (`indexed_at_the_end`), SQLite gets a cache
    big enough for the indexes, and Python's cycle collector is paused: it would otherwise
    walk the hundreds of thousands of live objects again and again (a third of the time of
    an import of 100,000 rows) to find no garbage, since these objects hold no cycles.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text(f"PRAGMA cache_size=-{BULK_CACHE_KIB}"))
    with paused_gc(), indexed_at_the_end(session):
        try:
            yield
        finally:
            if sqlite:
                session.execute(text(f"PRAGMA cache_size=-{USUAL_CACHE_KIB}"))


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def bulk_insert(
    session: Session, model: type[Base] | Table, rows: Sequence[dict[str, Any]]
) -> None:
    """executemany on the table itself: naming the ORM class instead costs per-row bookkeeping
    (about a third of an import's write time). Every row must have the same keys."""
    if not rows:
        return
    table = model if isinstance(model, Table) else cast(Table, model.__table__)
    if session.get_bind().dialect.name == "sqlite":
        _driver_insert(session, table, rows)
        return
    session.execute(insert(table), list(rows))


def _driver_insert(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    more: dict[str, Sequence[Any]] | None = None,
) -> None:
    """The rows converted by SQLAlchemy's own bind processors, column by column, and given to
    the driver's executemany as tuples; `more` adds whole columns (the ids) to the rows.

    SQLAlchemy's executemany builds and processes a parameter dict per row, which on SQLite
    costs more than the insert itself: a quarter of an import of 100,000 clients. Columns
    left out get their scalar defaults, as SQLAlchemy would give them. The values are
    handled a column at a time and zipped into rows at the end, which keeps the loops in C.
    """
    names = list(rows[0])
    defaults: dict[str, Any] = {}
    for column in table.columns:
        if column.name in names or (more and column.name in more) or column.default is None:
            continue
        if not column.default.is_scalar:  # a computed default: SQLAlchemy's own path
            session.execute(insert(table), _with_columns(rows, more))
            return
        defaults[column.name] = cast(Any, column.default).arg
    connection = session.connection()
    dialect = connection.dialect
    columns: list[Sequence[Any]] = []
    for name in names:
        values = [row[name] for row in rows]
        process = table.c[name].type._cached_bind_processor(dialect)
        columns.append(values if process is None else list(map(process, values)))
    for name, given in (more or {}).items():
        names.append(name)
        process = table.c[name].type._cached_bind_processor(dialect)
        columns.append(given if process is None else list(map(process, given)))
    for name, default in defaults.items():
        process = table.c[name].type._cached_bind_processor(dialect)
        names.append(name)
        columns.append([process(default) if process is not None else default] * len(rows))
    quote = dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(name) for name in names)}) VALUES ({', '.join('?' for _ in names)})",
        list(zip(*columns, strict=True)),
    )


def _with_columns(
    rows: Sequence[dict[str, Any]], more: dict[str, Sequence[Any]] | None
) -> list[dict[str, Any]]:
    if not more:
        return list(rows)
    names = list(more)
    return [
        {**row, **dict(zip(names, values, strict=True))}
        for row, values in zip(rows, zip(*more.values(), strict=True), strict=True)
    ]


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
        _driver_insert(session, cast(Table, model.__table__), rows, {"id": ids})
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
