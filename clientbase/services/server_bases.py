"""A shop's base on a PostgreSQL server: moving a SQLite base there, its backups, passwords.

A server base is backed up in the program's own portable format: its records are copied
into a SQLite file (services.base_copy), which the ordinary backup packs and checks, so the
.zip restores on any PC, into a file or back onto a server. No pg_dump is needed.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.paths import data_dir
from clientbase.services.backups import BackupInfo, Progress, create_backup, restore_backup
from clientbase.services.base_copy import copy_records

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a server base is, without its password."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "clientbase"
    user: str = ""

    def url(self, password: str | None = None) -> str:
        """The URL to connect with; the password in it only when given."""
        url = URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )
        return url.render_as_string(hide_password=False)

    @classmethod
    def of(cls, url: str) -> ServerAddress | None:
        """The address in a server URL; None for a file."""
        if "://" not in url:
            return None
        parsed = make_url(url)
        if not parsed.drivername.startswith("postgresql"):
            return None
        return cls(
            parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "",
            parsed.username or "",
        )  # fmt: skip


def without_password(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.set(password=None).render_as_string(hide_password=False)


def has_password(url: str) -> bool:
    return make_url(url).password is not None


def server_url(url: str | URL) -> URL:
    """The URL with the psycopg driver named (postgresql:// → postgresql+psycopg://)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def move_to_server(
    source: Database, target_url: str | URL, progress: Progress | None = None
) -> dict[str, int]:
    """Copy a base (every client, purchase, history and audit entry) into an empty server
    database, creating its tables; return the counts, checked on both sides."""
    target = open_database(server_url(target_url).render_as_string(hide_password=False))
    try:
        return copy_records(source, target, progress)
    finally:
        target.close()


def server_backup_folder() -> Path:
    """Where backups of a server base go by default: the user's data folder on this PC."""
    return data_dir() / "backups"


def back_up_server(
    db: Database,
    folder: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """A backup .zip of a server base, the same kind a SQLite base gets."""

    def half(step: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, total: progress(step * total + done, 2 * total)

    with tempfile.TemporaryDirectory(prefix="clientbase-") as scratch:
        snapshot = open_database(Path(scratch) / f"{db.name}.sqlite")
        try:
            copy_records(db, snapshot, half(0))
            return create_backup(snapshot, folder, password=password, progress=half(1), now=now)
        finally:
            snapshot.close()


def restore_server(
    backup: Path,
    db: Database,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> BackupInfo:
    """Replace a server base's records by a backup's, after backing up what is there now
    (beside the backup); return that backup of the base as it was."""
    aside = back_up_server(db, backup.parent)
    with tempfile.TemporaryDirectory(prefix="clientbase-") as scratch:
        unpacked = Path(scratch) / "restore.sqlite"
        restore_backup(backup, unpacked, password=password, progress=progress)
        copy = open_database(unpacked)  # an older backup is brought to this schema first
        try:
            copy_records(copy, db, replace=True)
        finally:
            copy.close()
    return aside
