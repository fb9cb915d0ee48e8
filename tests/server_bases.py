"""Throw-away databases on a PostgreSQL server for the test suite (see tests/conftest.py)."""

from __future__ import annotations

import itertools
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from clientbase.db.open import open_database

_numbers = itertools.count()


def _admin(server: str):  # type: ignore[no-untyped-def]
    return create_engine(server, isolation_level="AUTOCOMMIT")


def make_template(server: str) -> str:
    """A migrated, empty base to copy for each test; its name."""
    name = f"clientbase_template_{os.getpid()}"
    engine = _admin(server)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    open_database(str(make_url(server).set(database=name))).close()
    return name


def _create(server: str, kind: str, template: str | None = None) -> str:
    name = f"clientbase_{kind}_{os.getpid()}_{next(_numbers)}"
    copied = f' TEMPLATE "{template}"' if template else ""
    engine = _admin(server)
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copied}'))
    engine.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def copy_template(server: str, template: str) -> str:
    return _create(server, "test", template)


def drop_base(server: str, name: str) -> None:
    engine = _admin(server)
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def empty_base(server: str) -> str:
    """A new database with nothing in it, not even the schema; its URL."""
    return _create(server, "empty")
