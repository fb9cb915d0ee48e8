"""Opening a base: the engine, SQLite settings and the session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, Select, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from clientbase.db.sqlite_files import create_private_file
from clientbase.errors import DatabaseError


@dataclass(frozen=True)
class Database:
    """An open base: what the services need to read and write it."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        """The file of a SQLite base, or None for a server base."""
        return sqlite_path(self.engine.url)

    @property
    def name(self) -> str:
        path = self.path
        return path.stem if path else (self.engine.url.database or "")

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, or rolled back whole on any error.

        A full disk or a read-only file surfaces as DatabaseError("disk_full"/"read_only"),
        after the rollback, so the person is told and nothing is half-written.
        """
        try:
            with self.sessions.begin() as session:
                yield session
        except exc.OperationalError as error:
            code = write_failure(error)
            if code is None:
                raise
            raise DatabaseError(code) from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def write_failure(error: exc.OperationalError) -> str | None:
    """The reason code of a write the storage refused, or None for any other failure."""
    text = str(error.orig).lower()
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    return None


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def to_url(target: str | Path) -> URL:
    """A path opens a SQLite file; anything with a scheme (postgresql+psycopg://...) is a URL."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


# 32 MB of page cache keeps the indexes of 100,000 clients in memory between keystrokes.
USUAL_CACHE_KIB = 32 * 1024


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the table keep reading while a long import writes; NORMAL is still crash-safe
    # in WAL mode (a power cut may lose the last commit, never corrupt the file).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute(f"PRAGMA cache_size=-{USUAL_CACHE_KIB}")
    cursor.close()


def _json_text(value: Any) -> str:
    # orjson: the audit log stores a card as JSON for every imported client, and the
    # standard json module took a tenth of the time of writing 100,000 of them.
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


def _json_value(stored: Any) -> Any:
    # SQLite gives a JSON column numeric affinity: a stored 5 comes back as the number.
    if isinstance(stored, int | float):
        return stored
    return orjson.loads(stored)


def create_database_engine(url: URL) -> Engine:
    json_options: dict[str, Any] = {
        "json_serializer": _json_text,
        "json_deserializer": _json_value,
    }
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.exists():
            create_private_file(path)
        engine = create_engine(url, **json_options)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True, **json_options)


def connect(url: URL) -> Database:
    engine = create_database_engine(url)
    return Database(engine, sessionmaker(engine, expire_on_commit=False))


def _driver_value(value: Any) -> Any:
    """A query parameter as SQLite stores it (SQLAlchemy's own conversions, for our types)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Money columns are REAL in SQLite; SQLAlchemy binds them as float the same way.
        return float(value)
    return value


def fetch_plain(session: Session, statement: Select[Any]) -> list[tuple[Any, ...]]:
    """Rows as the driver gives them: on SQLite, dates as ISO text and money as float.

    For reading whole columns of 100,000 clients, where SQLAlchemy's conversions of each
    value cost more than the query; the caller converts what it needs.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark":
        return [tuple(row) for row in connection.execute(statement)]
    compiled = statement.compile(dialect=connection.dialect)
    values = compiled.construct_params()
    parameters = [_driver_value(values[name]) for name in compiled.positiontup or ()]
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver.execute(str(compiled), parameters).fetchall()


def fetch_ids(session: Session, statement: Select[Any]) -> list[int]:
    """Run a select of one integer column and return the values as a plain list.

    The table asks for up to 100,000 ids at every keystroke and sort. On SQLite the SQL built
    by SQLAlchemy is run on the driver's own cursor: SQLAlchemy's result machinery costs
    30-50 ms per 100,000 rows, more than the query itself.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark":
        return [int(value) for value in connection.execute(statement).scalars()]
    compiled = statement.compile(dialect=connection.dialect)
    values = compiled.construct_params()
    parameters = [_driver_value(values[name]) for name in compiled.positiontup or ()]
    driver = connection.connection.driver_connection
    assert driver is not None
    return [row[0] for row in driver.execute(str(compiled), parameters)]
