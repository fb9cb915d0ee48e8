"""Every test gets a fresh base of its own; Qt runs offscreen.

The base is a SQLite file in tmp_path, or, when CLIENTBASE_TEST_SERVER holds a PostgreSQL
URL (postgresql+psycopg://user@host:port/postgres), a database of its own on that server,
copied from a migrated template so each test starts in milliseconds. Tests about the SQLite
file itself (backups of the file, its lock, crash safety) are skipped there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.exchange.header import Target
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.import_rows import RowReader
from clientbase.services.read_row import ReadRow
from clientbase.services.workspace import Workspace

SERVER = os.environ.get("CLIENTBASE_TEST_SERVER", "")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not SERVER:
        return
    skip = pytest.mark.skip(reason="about the SQLite file; the suite runs on PostgreSQL")
    for item in items:
        if "db_path" in getattr(item, "fixturenames", ()) or item.get_closest_marker("sqlite_file"):
            item.add_marker(skip)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "base.sqlite"


@pytest.fixture(scope="session")
def server_template() -> Iterator[str]:
    from tests.server_bases import drop_base, make_template

    name = make_template(SERVER)
    yield name
    drop_base(SERVER, name)


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if not SERVER:
        database = open_database(tmp_path / "base.sqlite")
        yield database
        database.close()
        return
    from tests.server_bases import copy_template, drop_base

    template = request.getfixturevalue("server_template")
    url = copy_template(SERVER, template)
    database = open_database(url)
    yield database
    database.close()
    drop_base(SERVER, url.rsplit("/", 1)[1])


@pytest.fixture
def workspace(db: Database) -> Workspace:
    return Workspace(db)


def person(
    last: str,
    first: str = "",
    middle: str = "",
    phones: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    **fields: object,
) -> ClientInput:
    data = ClientInput(
        last_name=last,
        first_name=first,
        middle_name=middle,
        phones=[PhoneInput(p) for p in phones],
        emails=[EmailInput(e) for e in emails],
    )
    for name, value in fields.items():
        setattr(data, name, value)
    return data


def read_row(
    line: int,
    cells: Sequence[object],
    headers: Sequence[object],
    mapping: Sequence[Target],
    region: str,
    today: date,
) -> ReadRow:
    """One row read on its own, as the import reads each (RowReader, made for many rows)."""
    return RowReader(headers, mapping, region, today).read(line, cells)
