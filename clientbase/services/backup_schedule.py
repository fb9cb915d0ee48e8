"""When automatic backups run, where they go, and when the person is warned."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from clientbase.services.backup_rotation import KeepRule
from clientbase.services.backups import last_backup

BACKUP_FOLDER_NAME = "backups"


def default_backup_folder(db_file: Path) -> Path:
    """A «backups» folder beside the base: found at once by whoever looks for the base."""
    return db_file.parent / BACKUP_FOLDER_NAME


@dataclass(frozen=True)
class BackupSchedule:
    folder: Path | None = None  # None: the default folder beside the base
    every_hours: int = 4  # of the program being open; 0 turns it off
    on_exit: bool = True
    warn_after_days: int = 7  # 0 turns the warning off
    keep: KeepRule = field(default_factory=KeepRule)

    def folder_for(self, db_file: Path) -> Path:
        return self.folder or default_backup_folder(db_file)


@dataclass(frozen=True)
class OverdueBackup:
    """The warning to show: when the last backup was made (None: never, in that folder)."""

    last: datetime | None


def overdue_backup(
    schedule: BackupSchedule, db_file: Path, now: datetime | None = None
) -> OverdueBackup | None:
    """A warning when the newest backup is older than the schedule allows, else None."""
    if schedule.warn_after_days <= 0:
        return None
    newest = last_backup(schedule.folder_for(db_file), db_file.stem)
    if newest is None:
        return OverdueBackup(None)
    limit = (now or datetime.now()) - timedelta(days=schedule.warn_after_days)
    return OverdueBackup(newest.made_at) if newest.made_at < limit else None
