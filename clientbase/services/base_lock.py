"""One program per base file: a lock file beside the base, held while the base is open.

The lock is the operating system's (flock on Linux, LockFileEx on Windows through `filelock`),
so it goes away with the process, even after kill -9 or a power cut: a stale lock never keeps
a shop out of its own base.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from clientbase.errors import DatabaseError


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".lock")


def instance_key(db_file: Path) -> str:
    """A short name for the base, the same in every process: the GUI's wake-up channel."""
    text = str(db_file.expanduser().resolve())
    if sys.platform == "win32":
        text = text.lower()
    return "clientbase-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class BaseLock:
    """Held by the program that has a base open; a second one is refused with `in_use`."""

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        self._lock: FileLock | None = FileLock(lock_path(db_file), timeout=0, mode=0o600)

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseError("in_use").

        In a folder where no lock file can be made (read-only media) the base opens unlocked:
        SQLite's own locking still keeps every write whole there.
        """
        if self._lock is None:
            return
        try:
            self._lock.acquire()
        except Timeout as error:
            raise DatabaseError("in_use", str(self.db_file)) from error
        except OSError:
            self._lock = None

    def release(self) -> None:
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.is_locked


def is_in_use(db_file: Path) -> bool:
    """Whether another process holds the base's lock right now."""
    probe = BaseLock(db_file)
    try:
        probe.acquire()
    except DatabaseError:
        return True
    probe.release()
    return False
