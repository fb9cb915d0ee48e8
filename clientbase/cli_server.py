"""clientbase-cli move-to-server, and backup / restore of a base on a PostgreSQL server.

The server's password comes as libpq takes it: in the URL, from $PGPASSWORD, or from the
user's pgpass file; the program itself never writes it down.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from clientbase.db.database import Database
from clientbase.db.open import open_database
from clientbase.services.backups import BackupInfo, read_backup
from clientbase.services.server_bases import (
    back_up_server,
    move_to_server,
    restore_server,
    server_backup_folder,
)
from clientbase.services.stats import base_stats


def add_server_parser(commands: Any) -> None:
    move = commands.add_parser(
        "move-to-server",
        help="copy the base, every record and its history, into an empty PostgreSQL database",
    )
    move.add_argument("url", help="postgresql://user@host:5432/database")


def run_move(database: Database, args: argparse.Namespace) -> int:
    counts = move_to_server(database, args.url)
    print(json.dumps({"moved_to": _shown(args.url), "counts": counts}, ensure_ascii=False))
    return 0


def backup_json(info: BackupInfo) -> str:
    return json.dumps(
        {"file": str(info.path), "created_at": info.created_at.isoformat(),
         "schema": info.schema_revision, "encrypted": info.encrypted, "counts": info.counts},
        ensure_ascii=False,
    )  # fmt: skip


def run_server_backup(database: Database, folder: Path | None, password: str | None) -> int:
    info = back_up_server(database, folder or server_backup_folder(), password=password)
    print(backup_json(info))
    return 0


def run_server_restore(url: str, backup: Path, password_for: Any) -> int:
    info = read_backup(backup)
    password = password_for(confirm=False) if info.encrypted else None
    database = open_database(url)
    try:
        aside = restore_server(backup, database, password=password)
        stats = base_stats(database)
    finally:
        database.close()
    print(json.dumps(
        {"restored": str(backup), "previous_base_kept_as": str(aside.path), "counts": stats},
        ensure_ascii=False,
    ))  # fmt: skip
    return 0


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
