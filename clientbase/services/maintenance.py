"""Database check and repair, from the menu and `clientbase-cli check`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from clientbase.db.database import Database
from clientbase.db.sqlite_files import FileCheck, check_connection
from clientbase.db.text_search import check_sqlite_search_index, rebuild_sqlite_search_index


def _with_driver(db: Database, work: Callable[[Any], FileCheck]) -> FileCheck:
    with db.engine.connect() as connection:
        driver = connection.connection.driver_connection
        return work(driver)


def check_base(db: Database) -> FileCheck:
    """integrity_check, foreign_key_check and the search index's own check.

    A server base checks itself; for it the result is always clean.
    """
    if db.path is None:
        return FileCheck()

    def check(driver: sqlite3.Connection) -> FileCheck:
        found = check_connection(driver)
        return FileCheck(found.integrity + check_sqlite_search_index(driver), found.foreign_keys)

    return _with_driver(db, check)


def repair_base(db: Database) -> FileCheck:
    """Rebuild every index and the search index, then compact the file; return a new check.

    Damaged indexes are the usual harm a crash of the disk does, and rebuilding them from the
    tables loses nothing. Damaged table pages cannot be mended here: a backup can.
    """
    if db.path is None:
        return FileCheck()

    def repair(driver: sqlite3.Connection) -> FileCheck:
        driver.execute("REINDEX")
        rebuild_sqlite_search_index(driver)
        driver.commit()
        driver.execute("VACUUM")
        return FileCheck()

    _with_driver(db, repair)
    return check_base(db)
