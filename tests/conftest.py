"""Every test gets a fresh base of its own in tmp_path; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.workspace import Workspace


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "base.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


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
