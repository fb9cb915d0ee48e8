"""Backup, check and restore of a large base: `python -m bench.backup [--base PATH]`.

Fills a base with 100,000 demo clients (about 300,000 purchases) unless --base names one,
then times a plain backup (goal 2 s), a password backup, the check of a backup and a restore.
Prints one JSON object per line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench.clients import emit, fill
from clientbase.db.open import open_database
from clientbase.services.backups import check_backup, create_backup, restore_backup
from clientbase.services.stats import base_stats

BACKUP_GOAL_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--base", type=Path, help="reuse (or create) this base file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = args.base or work / "bench.sqlite"
        if not path.exists():
            fill(path, args.clients)
        database = open_database(path)
        stats = base_stats(database)
        emit("clients", stats["clients"], "count")
        emit("purchases", stats["purchases"], "count")
        emit("base_mb", path.stat().st_size / 2**20, "MB")

        started = time.perf_counter()
        plain = create_backup(database, work / "backups")
        emit("backup_s", time.perf_counter() - started, "s", BACKUP_GOAL_S)
        emit("backup_mb", plain.path.stat().st_size / 2**20, "MB")

        started = time.perf_counter()
        create_backup(database, work / "sealed", password="bench password")
        emit("encrypted_backup_s", time.perf_counter() - started, "s")
        database.close()

        started = time.perf_counter()
        check_backup(plain.path)
        emit("check_backup_s", time.perf_counter() - started, "s")

        target = work / "restored.sqlite"
        started = time.perf_counter()
        restore_backup(plain.path, target)
        emit("restore_s", time.perf_counter() - started, "s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
