"""Search over clients' folded text: the one place that knows which database does what.

`client.search_text` holds everything searchable, lowercased with «ё» as «е» (SQLite's LIKE
and lower() fold only ASCII), and the terms arrive folded the same way.

- SQLite: an FTS5 trigram index (kept in step by triggers, so every writer updates it) finds
  any substring of three or more characters without reading the whole table; 100,000 clients
  are searched in milliseconds where a scan takes a tenth of a second.
- Other databases: a plain substring test on the column (PostgreSQL gets its own index later).
- Terms of one or two characters cannot use trigrams and would match nearly everyone anyway;
  they match the start of a word in the name instead, the way a phone's contact list does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, column, literal, table, text
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.orm import Session

MIN_INDEXED = 3
LISTING_INDEX = "ix_client_listing"

# SQLAlchemy's SQLite compiler drops table hints; SQLite does take one («INDEXED BY»), and
# it is asked for only through with_hint(..., "sqlite") below.
SQLiteCompiler.get_from_hint_text = lambda self, table, text: text  # type: ignore[method-assign]
# Above any character a name can hold, so [term, term + HIGH) is «starts with term».
HIGH = "\U0010ffff"

_fts = table("client_fts", column("rowid"), column("client_fts"))

_INSERT_TRIGGER = (
    "CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
)
_SQLITE_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE client_fts USING fts5("
    "search_text, content='client', content_rowid='id', tokenize='trigram')",
    _INSERT_TRIGGER,
    "CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER client_fts_update AFTER UPDATE OF search_text ON client BEGIN "
    "INSERT INTO client_fts(client_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO client_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO client_fts(client_fts) VALUES ('rebuild')",
)


def create_sqlite_search_index(execute: Callable[[str], object]) -> None:
    for statement in _SQLITE_SEARCH_INDEX:
        execute(statement)


def _fts_query(terms: list[str]) -> str:
    # Each term is a quoted phrase: with trigrams that means «contains this substring».
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _starts_a_word(name: Any, term: str) -> ColumnElement[bool]:
    return (literal(" ") + name).contains(" " + term, autoescape=True)


def apply_search(
    statement: Select[Any],
    client_table: Any,
    id_column: Any,
    search_text: Any,
    sort_name: Any,
    terms: list[str],
    dialect: str,
) -> Select[Any]:
    """Narrow a select of client ids to those whose text holds every term."""
    if not terms:
        return statement
    long_terms = [t for t in terms if len(t) >= MIN_INDEXED]
    short_terms = [t for t in terms if len(t) < MIN_INDEXED]
    if long_terms:
        if dialect == "sqlite":
            # For each match SQLite would read the wide client row just to sort and filter
            # it; the narrow listing index holds those columns, and halves the time of a
            # search that matches thousands. SQLite never picks it for a rowid lookup itself.
            statement = (
                statement.join(_fts, _fts.c.rowid == id_column)
                .where(_fts.c.client_fts.op("MATCH")(_fts_query(long_terms)))
                .with_hint(client_table, f"INDEXED BY {LISTING_INDEX}", "sqlite")
            )
        else:
            statement = statement.where(
                and_(*(search_text.contains(term, autoescape=True) for term in long_terms))
            )
    elif short_terms:
        # Alone, a short term is the start of the name: an index range, not a scan.
        first = short_terms.pop(0)
        statement = statement.where(sort_name >= first, sort_name < first + HIGH)
    for term in short_terms:
        statement = statement.where(_starts_a_word(sort_name, term))
    return statement


def check_sqlite_search_index(driver: Any) -> list[str]:
    """FTS5's own check that the search index matches the clients; problems as text."""
    try:
        # rank = 1 makes FTS5 compare the index with the client table it indexes, too.
        driver.execute("INSERT INTO client_fts(client_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as error:  # sqlite3.DatabaseError from the driver, whatever its module
        return [f"client_fts: {error}"]
    return []


@contextmanager
def indexed_at_the_end(session: Session) -> Iterator[None]:
    """Clients inserted inside enter the SQLite search index in one statement at the end.

    Indexing 100,000 clients one by one from the trigger takes about 16 s; the same in one
    INSERT … SELECT about 2 s. The trigger is dropped and made again inside the caller's
    transaction, so a failure rolls both back with the clients: the index stays whole.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    if not connection.in_transaction() or not _driver_in_transaction(connection):
        raise RuntimeError("indexed_at_the_end needs a transaction that has already written")
    first = (connection.execute(text("SELECT MAX(id) FROM client")).scalar() or 0) + 1
    connection.execute(text("DROP TRIGGER client_fts_insert"))
    yield
    connection.execute(
        text(
            "INSERT INTO client_fts(rowid, search_text) "
            "SELECT id, search_text FROM client WHERE id >= :first"
        ),
        {"first": first},
    )
    connection.execute(text(_INSERT_TRIGGER))


def _driver_in_transaction(connection: Connection) -> bool:
    # pysqlite begins its transaction at the first write; DDL before it would commit alone.
    return bool(getattr(connection.connection.dbapi_connection, "in_transaction", False))


def rebuild_sqlite_search_index(driver: Any) -> None:
    driver.execute("INSERT INTO client_fts(client_fts) VALUES ('rebuild')")
