"""SQLite files as files: consistent copies, checks and restores through SQLite itself.

Everything here works on a path with the standard `sqlite3` module, so a backup can be taken
while the program has the base open, and a file can be checked before anything trusts it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

Progress = Callable[[int, int], None]

# 2,048 pages of 4 KB: a progress step about every 8 MB, few enough steps to cost nothing.
PAGES_PER_STEP = 2048
HEADER = b"SQLite format 3\x00"


def make_private(path: Path) -> None:
    """Readable and writable by the user alone (0600); other systems keep their own rules."""
    if sys.platform != "win32":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def create_private_file(path: Path) -> None:
    """Create an empty file only the user can read; SQLite takes an empty file as a new base.

    SQLite gives its -wal and -shm files the permissions of the base file, so they stay
    private too.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(HEADER)) == HEADER
    except OSError:
        return False


def copy_database(source: Path, target: Path, progress: Progress | None = None) -> None:
    """A consistent copy of a base that may be open and in use (SQLite's online backup API).

    The target is created private. Raising from `progress` stops the copy.
    """
    if target.exists():
        target.unlink()
    create_private_file(target)

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as copy:
        origin.backup(copy, pages=PAGES_PER_STEP, progress=report)
        # The copy would carry the WAL flag of the open base; a rollback journal keeps it one
        # self-contained file that reading does not add -wal and -shm files beside.
        copy.execute("PRAGMA journal_mode=DELETE")


def replace_contents(source: Path, target: Path) -> None:
    """Make `target` hold exactly what `source` holds, in one write transaction.

    One backup step of all pages is one transaction on the target, so a crash or power cut
    leaves the target as it was or as the source, never between; its WAL is handled by SQLite.
    """
    with closing(sqlite3.connect(source)) as origin, closing(sqlite3.connect(target)) as base:
        base.execute("PRAGMA busy_timeout=5000")
        origin.backup(base, pages=-1)


@dataclass(frozen=True)
class FileCheck:
    """What SQLite found wrong with a file; empty lists mean it checks clean."""

    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys


def check_connection(connection: sqlite3.Connection) -> FileCheck:
    integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    if integrity == ["ok"]:
        integrity = []
    foreign_keys = [
        f"{table} row {rowid} → {parent}"
        for table, rowid, parent, _index in connection.execute("PRAGMA foreign_key_check")
    ]
    return FileCheck(integrity, foreign_keys)


def check_file(path: Path) -> FileCheck:
    """integrity_check and foreign_key_check; a file that is not a base raises sqlite3.Error."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return check_connection(connection)


def schema_revision(path: Path) -> str | None:
    """The Alembic revision written in a base, or None when it has none."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None


def count_rows(path: Path, tables: dict[str, str]) -> dict[str, int]:
    """Row counts, by name, of `tables` given as {name: SQL table expression with a WHERE}."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return {
            name: int(connection.execute(f"SELECT count(*) FROM {source}").fetchone()[0])
            for name, source in tables.items()
        }


def last_rowid(path: Path, table: str) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return int(connection.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])
