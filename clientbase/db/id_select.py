"""A select run again and again for a thousand ids at a time, as plain tuples.

An export of 100,000 clients runs six such selects a hundred times each. Through
SQLAlchemy's usual path, each run coerces and expands a 1,000-item IN list and then fetches
and wraps its rows one by one: about half of the export's reading time. On SQLite the SQL
is compiled here once per chunk size and run on the driver's cursor, and the columns are
converted by SQLAlchemy's own result processors, column by column. Other servers take the
ordinary path with an expanding parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Select, bindparam
from sqlalchemy.orm import QueryableAttribute

_IDS = "ids"
# Id lists are padded (with their last id again) to a multiple of this, so that lists of
# many lengths share a few compiled statements.
_ROUND = 250


class IdSelect:
    """`statement` restricted to the rows whose `key` is one of the ids given to `rows`."""

    def __init__(
        self, statement: Select[*tuple[Any, ...]], key: ColumnElement[Any] | QueryableAttribute[Any]
    ) -> None:
        self._statement = statement.where(key.in_(bindparam(_IDS, expanding=True)))
        self._sql: dict[int, str] = {}
        self._processors: list[tuple[int, Callable[[Any], Any]]] | None = None

    def rows(self, connection: Connection, ids: Sequence[int]) -> list[Sequence[Any]]:
        if not ids:
            return []
        dialect = connection.dialect
        if dialect.name != "sqlite":
            return list(connection.execute(self._statement, {_IDS: list(ids)}).all())
        padded = tuple(ids) + (ids[-1],) * (-len(ids) % _ROUND)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            found = cursor.execute(self._sql_for(connection, len(padded)), padded).fetchall()
        finally:
            cursor.close()
        return self._converted(connection, found)

    def _sql_for(self, connection: Connection, count: int) -> str:
        if count not in self._sql:
            compiled = self._statement.params({_IDS: list(range(count))}).compile(
                dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
            )
            expected = [f"{_IDS}_{n}" for n in range(1, count + 1)]
            if list(compiled.positiontup or ()) != expected:
                # Another bound value in the statement would need its own place here.
                raise ValueError("IdSelect takes statements without other parameters")
            self._sql[count] = compiled.string
        return self._sql[count]

    def _converted(self, connection: Connection, found: list[Any]) -> list[Sequence[Any]]:
        if self._processors is None:
            self._processors = []
            for index, column in enumerate(self._statement.selected_columns):
                process = column.type._cached_result_processor(connection.dialect, None)
                if process is not None:
                    self._processors.append((index, cast(Callable[[Any], Any], process)))
        if not self._processors or not found:
            return found
        # Column by column: a map over one column is far cheaper than a Python loop per row.
        columns: list[Any] = list(zip(*found, strict=True))
        for index, convert in self._processors:
            columns[index] = list(map(convert, columns[index]))
        return list(zip(*columns, strict=True))
