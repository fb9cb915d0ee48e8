"""The base's safety: one program per file, checks and repair, a full disk mid-change."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from clientbase.db.database import Database
from clientbase.errors import DatabaseError
from clientbase.services.base_lock import BaseLock, instance_key, is_in_use
from clientbase.services.client_query import count_clients
from clientbase.services.demo import fill_demo
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.maintenance import check_base, repair_base
from clientbase.services.settings import Settings
from clientbase.services.workspace import Workspace
from tests.conftest import person


def test_a_second_lock_on_the_same_base_is_refused(db_path: Path) -> None:
    first = BaseLock(db_path)
    first.acquire()
    assert is_in_use(db_path)
    with pytest.raises(DatabaseError) as refused:
        BaseLock(db_path).acquire()
    assert refused.value.code == "in_use"
    first.release()
    assert not is_in_use(db_path)
    second = BaseLock(db_path)
    second.acquire()
    second.release()


def test_other_bases_are_not_locked_and_keys_differ(tmp_path: Path) -> None:
    first = BaseLock(tmp_path / "a.sqlite")
    first.acquire()
    other = BaseLock(tmp_path / "b.sqlite")
    other.acquire()
    assert instance_key(tmp_path / "a.sqlite") != instance_key(tmp_path / "b.sqlite")
    assert instance_key(tmp_path / "a.sqlite") == instance_key(tmp_path / "." / "a.sqlite")
    first.release()
    other.release()


def test_a_sound_base_checks_clean(db: Database) -> None:
    fill_demo(db, Settings(), clients=20, seed=3)
    assert check_base(db).ok


def test_a_broken_search_index_is_found_and_repaired(db: Database, db_path: Path) -> None:
    fill_demo(db, Settings(), clients=20, seed=3)
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute(
            "INSERT INTO client_fts(client_fts, rowid, search_text) VALUES ('delete', 1, 'x y')"
        )
        connection.commit()
    found = check_base(db)
    assert not found.ok and "client_fts" in found.integrity[0]
    assert repair_base(db).ok
    assert count_clients(db) == 20


def test_a_broken_link_is_reported(db: Database, db_path: Path) -> None:
    Workspace(db).clients.create(person("Иванов", phones=("+7 912 000-00-01",)))
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE phone SET client_id = 999")
        connection.commit()
    found = check_base(db)
    assert not found.ok
    assert found.foreign_keys == ["phone row 1 → client"]


@pytest.mark.sqlite_file
def test_a_full_disk_is_a_clear_error_and_nothing_is_half_written(db: Database) -> None:
    workspace = Workspace(db)
    workspace.clients.create(person("Иванов"))
    db.engine.dispose()

    def no_room(connection: Any, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", no_room)
    big = person("Петров", notes="заметка " * 200_000)
    with pytest.raises(DatabaseError) as refused:
        workspace.clients.create(big)
    assert refused.value.code == "disk_full"
    event.remove(db.engine, "connect", no_room)
    db.engine.dispose()
    assert count_clients(db) == 1
    assert check_base(db).ok


@pytest.mark.sqlite_file
def test_an_import_on_a_full_disk_leaves_the_base_as_it_was(db: Database, tmp_path: Path) -> None:
    import openpyxl

    workspace = Workspace(db)
    workspace.clients.create(person("Иванов"))
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", "Заметки"])
    for n in range(500):
        sheet.append([f"Клиент{n} Анна", f"+7 916 {n:03}-00-00", "заметка " * 50])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    table, header, mapping = read_plan_source(path)
    plan = plan_import(db, workspace.settings, table, header, mapping, path.name)
    db.engine.dispose()

    def no_room(connection: Any, _record: Any) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", no_room)
    with pytest.raises(DatabaseError) as refused:
        commit_import(db, workspace.settings, plan)
    assert refused.value.code == "disk_full"
    event.remove(db.engine, "connect", no_room)
    db.engine.dispose()
    # Not one of the 500, and no batch in the history to undo.
    assert count_clients(db) == 1
    assert import_history(db) == []
    assert check_base(db).ok
